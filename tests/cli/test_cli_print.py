"""`print signs`: the PDF, nothing to print, and an --out that must not be written."""

from __future__ import annotations

from pathlib import Path

from cli_support import Cli, load
from pypdf import PdfReader

from boothmanager.operations import Unassign
from boothmanager.storage import Database


def unassign_all(path: Path) -> None:
    db = Database.open(path)
    try:
        for booth in db.load().booths:
            if booth.stand_id is not None:
                db.run(Unassign(booth=booth.number))
    finally:
        db.close()


def test_signs_pdf(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    result = cli("print", "signs", demo_path, "--out", out)
    assert result.code == 0, result.err
    assert result.out == f"wrote 3 signs to {out}\n"
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    texts = [page.extract_text() for page in reader.pages]
    for text, number in zip(texts, ["S1", "S2", "S3"], strict=True):
        assert number in text
    assert sorted(p.name for p in tmp_path.iterdir() if "signs" in p.name) == ["signs.pdf"]


def test_one_sign_is_singular(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    for booth in ("S2", "S3"):
        assert cli("unassign", demo_path, booth).code == 0
    out = tmp_path / "a.pdf"
    assert cli("print", "signs", demo_path, "--out", out).out == f"wrote 1 sign to {out}\n"
    assert len(PdfReader(out).pages) == 1


def test_nothing_to_print(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    unassign_all(demo_path)
    out = tmp_path / "signs.pdf"
    out.write_bytes(b"an older print")
    cli("print", "signs", demo_path, "--out", out).user_error(
        f"boothmanager: {demo_path}: nothing to print: no booth has a stand assigned")
    assert out.read_bytes() == b"an older print"


def test_out_must_not_be_the_event_file(cli: Cli, demo_path: Path) -> None:
    before = load(demo_path)
    cli("print", "signs", demo_path, "--out", demo_path).user_error(
        f"{demo_path}: that is the event file")
    assert load(demo_path) == before


def test_out_in_a_missing_folder(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "signs.pdf"
    cli("print", "signs", demo_path, "--out", out).user_error(f"{out}: the folder does not exist")


def test_out_is_a_folder(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    cli("print", "signs", demo_path, "--out", tmp_path).user_error(f"{tmp_path}: is a folder")
