"""`print poster|directory|packs|picklist`: the pieces drawn around the plan, from the shell."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import Cli
from pypdf import PdfReader

PT_PER_MM = 72 / 25.4


def size_mm(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width) / PT_PER_MM), round(float(box.height) / PT_PER_MM)


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(("piece", "said", "paper"), [
    ("poster", "the floor plan poster (3 stands on 1 sheet)", (841, 594)),
    ("directory", "the exhibitor directory (3 stands on 2 pages)", (148, 210)),
    ("picklist", "the pick list (5 booths on 1 page)", (210, 297)),
])
def test_each_plan_piece_on_its_own_paper(cli: Cli, demo_path: Path, tmp_path: Path,
                                          piece: str, said: str,
                                          paper: tuple[int, int]) -> None:
    out = tmp_path / f"{piece}.pdf"
    result = cli("print", piece, demo_path, "--out", out)
    assert result.code == 0, result.err
    assert result.out == f"wrote {said} to {out}\n"
    assert size_mm(out) == paper
    assert "IKOE" in text_of(out)


def test_poster_paper_level_here_and_highlight(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    result = cli("print", "poster", demo_path, "--out", out, "--paper", "a0", "--lang", "en",
                 "--level", "Foyer (EG)", "--here", "17,2.5", "--booths", "S2")
    assert result.code == 0, result.err
    assert size_mm(out) == (1189, 841)
    text = text_of(out)
    assert "You are here" in text and "highlighted" in text


def test_packs_go_into_a_folder(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "packs"
    result = cli("print", "packs", demo_path, "--out", out, "--contact",
                 "Leitstand Foyer, 0345 000 000", "--booths", "S1,S3")
    assert result.code == 0, result.err
    assert result.out == f"wrote 2 exhibitor packs to {out}\n"
    assert sorted(p.name for p in out.iterdir()) == ["Ausstellerinformation-S1.pdf",
                                                     "Ausstellerinformation-S3.pdf"]
    assert "Leitstand Foyer, 0345 000 000" in text_of(out / "Ausstellerinformation-S1.pdf")


@pytest.mark.parametrize(("argv", "fragments"), [
    (("poster", "--paper", "A4"), ("floor plan poster on A4", "A2 to A0")),
    (("poster", "--level", "Keller"), ("--level", "no level 'Keller'", "'Foyer (EG)'")),
    (("poster", "--here", "17,2"), ("--here", "also give --level",)),
    (("poster", "--level", "Foyer (EG)", "--here", "99,2"), ("--here", "outside the level")),
    (("poster", "--level", "Foyer (EG)", "--here", "x,2"), ("--here", "not X,Y in metres")),
    (("directory", "--orientation", "landscape"), ("exhibitor directory", "portrait")),
    (("picklist", "--booths", "S9"), ("S9",)),
])
def test_refusals_name_the_problem_and_write_nothing(cli: Cli, demo_path: Path, tmp_path: Path,
                                                     argv: tuple[str, ...],
                                                     fragments: tuple[str, ...]) -> None:
    out = tmp_path / "out.pdf"
    result = cli("print", argv[0], demo_path, "--out", out, *argv[1:])
    result.user_error(*fragments)
    assert not out.exists()


def test_packs_refuse_the_event_file_or_another_file(cli: Cli, demo_path: Path,
                                                     tmp_path: Path) -> None:
    before = demo_path.read_bytes()
    cli("print", "packs", demo_path, "--out", demo_path).user_error("is a file", "folder")
    assert demo_path.read_bytes() == before
    cli("print", "packs", demo_path, "--out", tmp_path / "no" / "packs").user_error(
        "does not exist")


def test_here_needs_two_figures(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    result = cli("print", "poster", demo_path, "--out", tmp_path / "p.pdf", "--here", "17")
    assert result.code == 2 and "give X,Y in metres" in result.err
