"""Review mode's logic without a screen: answering, what blocks Save, saving into the package."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from boothmanager.domain import snapshot_document, without_private
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.review import Decision, PinnedComment, Verdict
from boothmanager.domain.review_package import (
    SEALED,
    NotAReviewPackage,
    ReviewPackageTampered,
    read_package,
    write_package,
)
from boothmanager.gui.review_session import (
    BlockerKind,
    PackageChangedOnDisk,
    PackageUnreadable,
    ReviewSession,
    SaveRefused,
    touched_by,
)

from .diff_support import BASE

AT = datetime(2020, 9, 15, 8, 30, tzinfo=UTC)
CHANGES = [{"kind": "booth_moved", "booth": "S2", "fields": ["x_mm"], "from": {}, "to": {}},
           {"kind": "assignment_made", "stand_id": 1, "stand": "Eins", "fields": ["booth"],
            "from": None, "to": {"booth": "S1"}}]


def package_file(tmp_path: Path, changes: list[dict[str, object]] | None = None) -> Path:
    path = tmp_path / "markt.boothreview"
    path.write_bytes(write_package(
        manifest={"event": "Markt", "snapshot": "review-2", "previous": "review-1"},
        document=snapshot_document(without_private(BASE)), pdf=b"%PDF-1.4\n%%EOF\n",
        diff={"since": "review-1", "changes": changes or []}))
    return path


def sealed(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name in SEALED}


def test_rows_are_the_package_assignments_with_what_changed_since_the_last_review(
        tmp_path: Path) -> None:
    session = ReviewSession.open(package_file(tmp_path, CHANGES))
    rows = session.rows()
    assert [(r.booth, r.stand_id, r.stand, r.decision, r.changed) for r in rows] == [
        ("S1", 1, "Eins", None, True), ("S2", 2, "Zwei", None, True)]
    assert session.snapshot == "review-2" and session.previous == "review-1"
    assert session.counts() == (0, 0, 2)
    assert not session.answerable("S10")  # a booth without a stand has nothing to answer
    assert touched_by(CHANGES) == (frozenset({"S1", "S2"}), frozenset({1}))


def test_what_blocks_saving_is_said_in_order_and_clears_as_the_reviewer_answers(
        tmp_path: Path) -> None:
    session = ReviewSession.open(package_file(tmp_path))
    assert not session.modified and not session.can_save
    assert [b.kind for b in session.blockers()] == [BlockerKind.NO_REVIEWER,
                                                    BlockerKind.NOTHING_ANSWERED]
    session.request_change("S2")
    session.set_comment("S1", "schön")
    assert [(b.kind, b.booth) for b in session.blockers()] == [
        (BlockerKind.NO_REVIEWER, None),
        (BlockerKind.COMMENT_WITHOUT_DECISION, "S1"),
        (BlockerKind.REQUEST_WITHOUT_COMMENT, "S2")]
    session.set_reviewer("Anna Schmidt")
    session.approve("S1")
    session.set_comment("S2", "zu nah am Notausgang")
    assert session.blockers() == [] and session.can_save
    assert session.counts() == (1, 1, 2)
    session.set_reviewer("   ")
    assert [b.kind for b in session.blockers()] == [BlockerKind.NO_REVIEWER]
    with pytest.raises(SaveRefused):
        session.answers()
    session.set_reviewer("x" * 101)
    assert [b.kind for b in session.blockers()] == [BlockerKind.BAD_REVIEWER]


def test_taking_an_answer_back_and_refusing_bad_input(tmp_path: Path) -> None:
    session = ReviewSession.open(package_file(tmp_path))
    session.approve("S1", "gut")
    session.decide("S1", None)
    assert session.row("S1").decision is None and session.row("S1").comment == "gut"
    session.set_comment("S1", "")
    assert session.empty
    with pytest.raises(InvalidValue):
        session.approve("S10")  # no stand there in the package
    with pytest.raises(InvalidValue):
        session.add_pin("EG", 10, 10, "   ")
    with pytest.raises(InvalidValue):
        session.add_pin("Keller", 10, 10, "hier")
    assert session.pins == []


def test_save_writes_only_the_answers_and_reopening_shows_them(tmp_path: Path) -> None:
    path = package_file(tmp_path)
    before = sealed(path)
    session = ReviewSession.open(path, clock=lambda: AT)
    session.set_reviewer("Anna")
    session.approve("S1")
    session.request_change("S2", "zu eng")
    pin = session.add_pin("OG", 1_500.4, 2_499.6, " Notausgang frei? ")
    assert pin == PinnedComment(level="OG", x=1_500, y=2_500, text="Notausgang frei?")
    session.set_verdict(Verdict.CHANGES, "fast fertig")
    answers = session.save()
    assert not session.modified and session.reviewer_locked
    assert sealed(path) == before  # snapshot, diff, PDF and manifest byte for byte
    again = ReviewSession.open(path)
    assert again.reviewer == "Anna" and again.reviewer_locked
    assert [(r.booth, r.decision, r.comment) for r in again.rows()] == [
        ("S1", Decision.APPROVE, ""), ("S2", Decision.REQUEST_CHANGE, "zu eng")]
    assert again.pins == [pin]
    assert (again.verdict, again.verdict_comment) == (Verdict.CHANGES, "fast fertig")
    assert read_package(path.read_bytes()).answers == answers
    assert answers.answered_at == AT
    again.set_reviewer("Bernd")  # one copy per reviewer: the name stays
    assert again.reviewer == "Anna"


def test_nothing_is_written_before_save_and_a_package_changed_meanwhile_is_left_alone(
        tmp_path: Path) -> None:
    path = package_file(tmp_path)
    original = path.read_bytes()
    session = ReviewSession.open(path)
    session.set_reviewer("Anna")
    session.approve("S1")
    session.add_pin("EG", 1, 2, "hier")
    session.answers()
    assert path.read_bytes() == original
    (tmp_path / "other").mkdir()
    other = package_file(tmp_path / "other", CHANGES).read_bytes()  # another export, same name
    path.write_bytes(other)
    with pytest.raises(PackageChangedOnDisk):
        session.save()
    assert path.read_bytes() == other
    path.unlink()
    with pytest.raises(PackageUnreadable):
        session.save()


def test_a_tampered_package_or_no_package_cannot_be_opened(tmp_path: Path) -> None:
    path = package_file(tmp_path)
    data = path.read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "snapshot.json":
                content = content.replace(b"Zwei", b"Zwai")
            target.writestr(info, content)
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ReviewPackageTampered):
        ReviewSession.open(path)
    path.write_bytes(b"not a zip at all")
    with pytest.raises(NotAReviewPackage):
        ReviewSession.open(path)
    with pytest.raises(PackageUnreadable):
        ReviewSession.open(tmp_path)
    with pytest.raises(PackageUnreadable):
        ReviewSession.open(tmp_path / "missing.boothreview")
