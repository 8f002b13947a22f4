"""The Print dialog's logic without a screen: pieces, papers, booths, changed-only, and the job."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from boothmanager.gui.print_choice import (
    PIECES,
    NothingChanged,
    PrintChoice,
    Scope,
)
from boothmanager.gui.print_job import JobState, PrintJob, scratch_for
from boothmanager.operations import UpdateStand
from boothmanager.operations.printing import RecordPrint, as_digests, printed_digests
from boothmanager.storage import Database


def choice_for(db: Database, **kwargs: object) -> PrintChoice:
    def recorded(piece: str) -> dict[str, str]:
        with db.unit_of_work() as uow:
            return printed_digests(uow, piece)

    return PrintChoice(db.load(), recorded=recorded, **kwargs)  # type: ignore[arg-type]


def test_each_piece_brings_its_papers_orientations_and_defaults(demo_db: Database) -> None:
    choice = choice_for(demo_db)
    assert (choice.piece, choice.paper, choice.orientation) == ("signs", "A4", "landscape")
    assert len(PIECES) == 8
    choice.set_piece("poster")
    assert choice.papers() == ("A2", "A1", "A0") and choice.paper == "A1"
    assert choice.orientations() == (None, "landscape", "portrait")
    choice.set_piece("tents")
    assert choice.orientations() == ("portrait",)
    with pytest.raises(ValueError, match="tents is not printed landscape"):
        choice.set_orientation("landscape")
    choice.set_piece("packs")
    assert choice.writes_folder and choice.papers() == ("A4",)
    assert choice.file_name(Path("/x")) == Path("/x/ausstellermappen")
    choice.lang = "en"
    choice.set_piece("door")
    assert not choice.per_booth and choice.file_name(Path("/x")) == Path("/x/door-poster.pdf")


def test_booths_all_selection_and_a_short_preview(demo_db: Database) -> None:
    choice = choice_for(demo_db, selected=["S3", "S99"])
    assert choice.selected == ["S3"]  # a booth the event lacks is no choice
    assert choice.scope is Scope.SELECTION and choice.booths() == ["S3"]
    choice.scope = Scope.ALL
    assert choice.booths() is None
    assert choice.preview_booths() == ["S1", "S2", "S3"]  # at most three
    assert choice_for(demo_db).scopes() == (Scope.ALL, Scope.CHANGED)  # nothing selected


def test_changed_only_follows_what_was_recorded(demo_db: Database) -> None:
    choice = choice_for(demo_db)
    choice.scope = Scope.CHANGED
    assert choice.booths() == ["S1", "S2", "S3"]  # never printed
    record = choice.record(None)
    demo_db.run(RecordPrint(piece=record.piece, digests=as_digests(record.digests),
                            forget=record.forget))
    with pytest.raises(NothingChanged):
        choice.booths()
    demo_db.run(UpdateStand(stand_id=choice.event.booth("S2").stand_id,
                            changes={"project": "Umbenannt"}))
    choice = choice_for(demo_db)
    choice.scope = Scope.CHANGED
    assert choice.booths() == ["S2"]
    choice.set_piece("directory")  # every stand in one booklet: printed whole, never before
    assert choice.booths() is None
    assert choice.options(None)["piece"] == "directory"


def test_a_job_moves_its_print_in_only_when_it_finished(tmp_path: Path) -> None:
    target = tmp_path / "signs.pdf"

    def work(scratch: Path, progress) -> str:  # noqa: ANN001
        for done in range(3):
            if not progress(done, 3):
                raise RuntimeError("stopped")
        scratch.write_bytes(b"%PDF-1.4 new")
        return "printed"

    job = PrintJob(target, work)
    job.start()
    assert job.wait(10) is JobState.DONE
    assert target.read_bytes() == b"%PDF-1.4 new" and job.result == "printed"
    assert not scratch_for(target).exists() and job.progress() == (2, 3)


def test_a_cancelled_job_leaves_nothing_even_if_the_work_ran_on(tmp_path: Path) -> None:
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"%PDF-1.4 older")
    release = threading.Event()

    def work(scratch: Path, _progress) -> None:  # noqa: ANN001 - ignores progress, as a poster does
        release.wait(10)
        scratch.write_bytes(b"%PDF-1.4 newer")

    job = PrintJob(target, work)
    job.start()
    assert job.poll() is JobState.RUNNING
    job.cancel()
    release.set()
    assert job.wait(10) is JobState.CANCELLED
    assert target.read_bytes() == b"%PDF-1.4 older"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf"]


def test_a_failed_job_keeps_its_error_and_leaves_nothing(tmp_path: Path) -> None:
    def work(scratch: Path, _progress) -> None:  # noqa: ANN001
        scratch.write_bytes(b"%PDF half")
        raise ValueError("a broken logo")

    job = PrintJob(tmp_path / "x.pdf", work)
    job.start()
    assert job.wait(10) is JobState.FAILED
    assert isinstance(job.error, ValueError) and list(tmp_path.iterdir()) == []


def test_a_folder_job_moves_its_files_into_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "packs"
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")

    def work(scratch: Path, _progress) -> None:  # noqa: ANN001
        scratch.mkdir()
        (scratch / "S1.pdf").write_bytes(b"%PDF")

    job = PrintJob(target, work, folder=True)
    job.start()
    assert job.wait(10) is JobState.DONE
    assert sorted(p.name for p in target.iterdir()) == ["S1.pdf", "keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packs"]
