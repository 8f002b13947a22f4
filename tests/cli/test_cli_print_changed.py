"""`print … --changed`: only what changed since that piece was last printed; logos from the file."""

from __future__ import annotations

import io
from pathlib import Path

from cli_support import Cli
from PIL import Image
from pypdf import PdfReader

from boothmanager.operations import SetStandLogo, UpdateStand
from boothmanager.storage import Database


def change(path: Path, operation_for) -> None:  # noqa: ANN001
    db = Database.open(path)
    try:
        db.run(operation_for(db.load()))
    finally:
        db.close()


def numbers_in(pdf: Path) -> list[str]:
    texts = [page.extract_text() for page in PdfReader(pdf).pages]
    return [number for text in texts for number in ("S1", "S2", "S3") if number in text.split()]


def test_changed_prints_only_the_booths_that_changed(cli: Cli, demo_path: Path,
                                                     tmp_path: Path) -> None:
    first = tmp_path / "first.pdf"
    result = cli("print", "signs", demo_path, "--out", first, "--changed")
    assert result.code == 0, result.err  # never printed: every booth
    assert len(PdfReader(first).pages) == 3
    again = tmp_path / "again.pdf"
    result = cli("print", "signs", demo_path, "--out", again, "--changed")
    assert result.code == 0, result.err
    assert result.out == "nothing changed since the last print of signs; nothing was written\n"
    assert not again.exists()
    change(demo_path, lambda event: UpdateStand(stand_id=event.booth("S2").stand_id,
                                                changes={"project": "Neu benannt"}))
    result = cli("print", "signs", demo_path, "--out", again, "--changed")
    assert result.code == 0, result.err
    assert result.out == f"wrote 1 sign to {again}\n"
    assert "Neu benannt" in PdfReader(again).pages[0].extract_text()
    # Another piece keeps its own record: the tents were never printed.
    tents = tmp_path / "tents.pdf"
    assert cli("print", "tents", demo_path, "--out", tents, "--changed").code == 0
    assert len(PdfReader(tents).pages) == 3


def test_a_new_logo_makes_its_sign_changed_and_is_printed(cli: Cli, demo_path: Path,
                                                          tmp_path: Path) -> None:
    assert cli("print", "signs", demo_path, "--out", tmp_path / "all.pdf").code == 0
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (0, 90, 0)).save(buffer, format="PNG")
    change(demo_path, lambda event: SetStandLogo(stand_id=event.booth("S3").stand_id,
                                                 logo=(buffer.getvalue(), "logo.png")))
    out = tmp_path / "logo.pdf"
    result = cli("print", "signs", demo_path, "--out", out, "--changed")
    assert result.code == 0, result.err
    assert numbers_in(out) == ["S3"]
    assert PdfReader(out).pages[0].images  # the logo is in the PDF


def test_changed_with_booths_prints_the_changed_among_them(cli: Cli, demo_path: Path,
                                                           tmp_path: Path) -> None:
    assert cli("print", "fascia", demo_path, "--out", tmp_path / "a.pdf", "--booths",
               "S1").code == 0
    out = tmp_path / "b.pdf"
    result = cli("print", "fascia", demo_path, "--out", out, "--booths", "S1,S2", "--changed")
    assert result.code == 0, result.err
    assert result.out == f"wrote 1 fascia strip on 1 sheet to {out}\n"
    assert numbers_in(out) == ["S2"]


def test_a_broken_logo_is_refused_with_the_stand_and_nothing_is_written(
        cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    change(demo_path, lambda event: SetStandLogo(stand_id=event.booth("S1").stand_id,
                                                 logo=(b"GIF89a broken", "logo.gif")))
    out = tmp_path / "signs.pdf"
    result = cli("print", "signs", demo_path, "--out", out)
    assert result.code != 0
    assert "logo" in result.err and "IKOE" in result.err and "nothing was printed" in result.err
    assert not out.exists()
    # The fascia has no place for a logo: it prints.
    assert cli("print", "fascia", demo_path, "--out", tmp_path / "f.pdf").code == 0


def test_the_door_poster_is_reprinted_whole_when_one_stand_changed(cli: Cli, demo_path: Path,
                                                                   tmp_path: Path) -> None:
    assert cli("print", "door", demo_path, "--out", tmp_path / "a.pdf").code == 0
    assert "nothing changed" in cli("print", "door", demo_path, "--out", tmp_path / "b.pdf",
                                    "--changed").out
    change(demo_path, lambda event: UpdateStand(stand_id=event.booth("S1").stand_id,
                                                changes={"organisation": "Andere e.V."}))
    out = tmp_path / "c.pdf"
    assert cli("print", "door", demo_path, "--out", out, "--changed").code == 0
    assert numbers_in(out) == ["S1", "S2", "S3"]
