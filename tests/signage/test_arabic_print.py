"""Arabic on paper: words right to left, letters from Noto Sans Arabic, Latin runs in place."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from print_support import ARABIC_PROJECT, WORLD, Run, runs
from pypdf import PdfReader

from boothmanager.domain import Stand
from boothmanager.signage import Piece, print_piece
from boothmanager.signage.pieces import SHEET_PIECES
from boothmanager.signage.fonts import is_arabic

HELLO, WORLD_WORD = ARABIC_PROJECT.split()


def word(run: Run) -> str:
    """What an Arabic run says: pypdf hands a right-to-left run back in reading order, in
    the joined forms that were drawn; NFKC turns those back into letters."""
    return unicodedata.normalize("NFKC", run.text.strip())


def arabic_runs(path: Path, index: int = 0) -> list[Run]:
    return [run for run in runs(path, index) if any(is_arabic(c) for c in run.text)]


@pytest.mark.parametrize("piece", SHEET_PIECES)
def test_an_arabic_name_reads_right_to_left(build_event, tmp_path: Path, piece: Piece) -> None:
    out = tmp_path / "piece.pdf"
    print_piece(piece, build_event(("S4", Stand("", ARABIC_PROJECT))), out)
    found = {word(run): run for run in arabic_runs(out) if not run.turned}
    hello, world = found[HELLO], found[WORLD_WORD]
    assert hello.y == pytest.approx(world.y)  # one line
    assert hello.x > world.x  # the first word stands to the right of the second


def test_mixed_name_keeps_each_run_in_its_font_and_place(build_event, tmp_path: Path) -> None:
    out = tmp_path / "sign.pdf"
    name = f"Verein {ARABIC_PROJECT} e.V."
    print_piece(Piece.SIGNS, build_event(("S1", Stand("", name))), out)
    line = [run for run in runs(out, 0) if run.size > 30]  # the stand name, 66 pt
    line = [run for run in line if run.text.strip() not in ("S1",)]
    texts = [run.text.strip() for run in sorted(line, key=lambda run: run.x)]
    assert texts[0] == "Verein" and texts[-1] == "e.V."
    assert [word(run) for run in sorted(line, key=lambda run: run.x)[1:-1]] == [WORLD_WORD,
                                                                                 HELLO]
    for run in line:
        arabic = any(is_arabic(c) for c in run.text)
        assert ("NotoSansArabic" in run.font) == arabic, run


def test_arabic_glyphs_come_from_the_embedded_arabic_font(build_event, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    print_piece(Piece.SIGNS, build_event(*WORLD), out)
    for run in arabic_runs(out, 3):
        assert "NotoSansArabic" in run.font
    latin = [run for run in runs(out, 0)]
    assert latin and all("NotoSansArabic" not in run.font for run in latin)
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]: font.get_object()
             for font in PdfReader(out).pages[3]["/Resources"]["/Font"].values()}
    assert {"NotoSansArabic-Bold", "NotoSansArabic-Regular", "NotoSans-Bold"} <= set(fonts)
    for font in fonts.values():
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded


def test_arabic_fonts_are_bundled_with_their_licence() -> None:
    from boothmanager.resources import FONTS

    licence = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    for name in ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"):
        assert (FONTS / name).stat().st_size > 100_000
        assert name in licence.split("License: OFL-1.1")[0]


def test_greek_and_cyrillic_extract_as_typed(build_event, probe, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    print_piece(Piece.SIGNS, build_event(*WORLD), out)
    texts = probe.texts(out)
    assert "Київ – Магдебург" in texts[2] and "Українська громада Магдебурга" in texts[2]
    assert "Ελληνική Κοινότητα Χάλλε" in texts[4]
    assert "Καλώς ήρθατε" in texts[4]


def test_an_arabic_organisation_under_a_latin_name(build_event, tmp_path: Path) -> None:
    out = tmp_path / "tent.pdf"
    organisation = WORLD[3][1].organisation  # جمعية الجالية العربية في هاله
    print_piece(Piece.TENTS, build_event(("S1", Stand(organisation, "Sprachcafé"))), out)
    lower = [run for run in arabic_runs(out) if not run.turned]  # the upright face
    said = [word(run) for run in sorted(lower, key=lambda run: -run.x)]  # right to left
    assert said == organisation.split()
