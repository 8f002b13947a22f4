"""`print signs|tents|fascia|door` with paper, orientation, language and a choice of booths."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import Cli
from pypdf import PdfReader

PT_PER_MM = 72 / 25.4


def size_mm(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width) / PT_PER_MM), round(float(box.height) / PT_PER_MM)


@pytest.mark.parametrize(("piece", "said", "pages", "paper"), [
    ("signs", "3 signs", 3, (297, 210)),
    ("tents", "3 table tents", 3, (210, 297)),
    ("fascia", "3 fascia strips on 2 sheets", 2, (420, 297)),
    ("door", "the door poster (3 stands on 1 page)", 1, (297, 420)),
])
def test_each_piece_on_its_own_paper(cli: Cli, demo_path: Path, tmp_path: Path, piece: str,
                                     said: str, pages: int, paper: tuple[int, int]) -> None:
    out = tmp_path / f"{piece}.pdf"
    result = cli("print", piece, demo_path, "--out", out)
    assert result.code == 0, result.err
    assert result.out == f"wrote {said} to {out}\n"
    assert len(PdfReader(out).pages) == pages
    assert size_mm(out) == paper
    assert "IKOE" in "".join(page.extract_text() for page in PdfReader(out).pages)


def test_paper_and_orientation(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    assert cli("print", "signs", demo_path, "--out", out, "--paper", "a3",
               "--orientation", "portrait").code == 0
    assert size_mm(out) == (297, 420)
    assert cli("print", "door", demo_path, "--out", out, "--paper", "A2").code == 0
    assert size_mm(out) == (420, 594)


def test_labels_in_english(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    assert cli("print", "signs", demo_path, "--out", out, "--lang", "en").code == 0
    text = PdfReader(out).pages[0].extract_text()
    assert text.startswith("Booth\nS1") and "Stand\n" not in text


def test_only_the_chosen_booths(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "tents.pdf"
    result = cli("print", "tents", demo_path, "--out", out, "--booths", "S3, S1")
    assert result.out == f"wrote 2 table tents to {out}\n"
    texts = [page.extract_text() for page in PdfReader(out).pages]
    assert "S1" in texts[0] and "S3" in texts[1]


def test_an_unknown_booth_is_a_user_error(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    out.write_bytes(b"%PDF older print")
    cli("print", "signs", demo_path, "--out", out, "--booths", "S1,S9").user_error(
        "boothmanager: booth S9: there is no booth 'S9'")
    cli("print", "door", demo_path, "--out", out, "--booths", "S4").user_error(
        "boothmanager: booth S4 has no stand assigned")
    assert out.read_bytes() == b"%PDF older print"


def test_a_paper_too_small_to_read_is_refused(cli: Cli, demo_path: Path,
                                              tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    cli("print", "signs", demo_path, "--out", out, "--paper", "A6").user_error(
        "boothmanager: Booth sign, A6 landscape: booth_number: letters at most 26 mm high; "
        "a booth number on a sign needs at least 50 mm", "choose a larger --paper")
    cli("print", "fascia", demo_path, "--out", out, "--paper", "A4").user_error(
        "Fascia, A4 landscape: booth_number: letters 11.4 mm high at the smallest size; "
        "read from 4 m they must be at least 16.0 mm")
    assert not out.exists()


def test_an_orientation_the_piece_is_not_made_for(cli: Cli, demo_path: Path,
                                                  tmp_path: Path) -> None:
    cli("print", "door", demo_path, "--out", tmp_path / "d.pdf", "--orientation",
        "landscape").user_error("door poster on A3 landscape: not offered; it is a portrait poster")


@pytest.mark.parametrize("argv", [
    ("print", "signs", "{file}", "--out", "{out}", "--paper", "A7"),
    ("print", "signs", "{file}", "--out", "{out}", "--orientation", "upright"),
    ("print", "signs", "{file}", "--out", "{out}", "--lang", "fr"),
    ("print", "signs", "{file}", "--out", "{out}", "--booths", " , "),
    ("print", "badges", "{file}", "--out", "{out}"),
    ("print", "tents", "{file}"),
])
def test_wrong_usage_is_exit_2(cli: Cli, demo_path: Path, tmp_path: Path,
                               argv: tuple[str, ...]) -> None:
    out = tmp_path / "x.pdf"
    result = cli(*(arg.format(file=demo_path, out=out) for arg in argv))
    assert result.code == 2 and "usage:" in result.err
    assert not out.exists()


def test_print_help_names_every_piece(cli: Cli) -> None:
    result = cli("print", "--help")
    assert result.code == 0
    for piece in ("signs", "tents", "fascia", "door", "poster", "directory", "packs",
                  "picklist"):
        assert piece in result.out
