"""Poster, directory, packs and pick list: pages, paper, what they say and what they never say."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from print_support import ARABIC_PROJECT, PRIVATE, PT_PER_MM, WORLD, PdfProbe, runs
from pypdf import PdfReader

from boothmanager.domain import Event, Point, Stand
from boothmanager.signage import (
    PLAN_PIECES,
    Orientation,
    Paper,
    Piece,
    PointOutsideLevel,
    UnknownLevel,
    UnsuitableOutput,
    UnsupportedPaper,
    print_piece,
)
from boothmanager.signage.paper import page_size

PRINTER = 4  # mm at each edge an office printer cannot reach
SECRETS = ("Erika", "Mustermann", "example.org", "1234567", "zahlt")

# piece, paper, orientation asked → the sheet expected
PAPERS = [
    (Piece.POSTER, None, None, Paper.A1, Orientation.LANDSCAPE),
    (Piece.POSTER, Paper.A2, None, Paper.A2, Orientation.LANDSCAPE),
    (Piece.POSTER, Paper.A0, Orientation.PORTRAIT, Paper.A0, Orientation.PORTRAIT),
    (Piece.DIRECTORY, None, None, Paper.A5, Orientation.PORTRAIT),
    (Piece.DIRECTORY, Paper.A4, None, Paper.A4, Orientation.PORTRAIT),
    (Piece.PICKLIST, None, None, Paper.A4, Orientation.PORTRAIT),
    (Piece.PICKLIST, Paper.A4, Orientation.LANDSCAPE, Paper.A4, Orientation.LANDSCAPE),
]


def pdfs(out: Path) -> list[Path]:
    return sorted(out.glob("*.pdf")) if out.is_dir() else [out]


def said(probe: PdfProbe, out: Path) -> str:
    return probe.squeeze("".join(text for pdf in pdfs(out) for text in probe.texts(pdf)))


@pytest.mark.parametrize(("piece", "paper", "orientation", "sheet", "turned"), PAPERS,
                         ids=[f"{p[0]}-{p[3]}-{p[4]}" for p in PAPERS])
def test_pages_and_paper(build_event, tmp_path: Path, piece: Piece, paper: Paper | None,
                         orientation: Orientation | None, sheet: Paper,
                         turned: Orientation) -> None:
    out = tmp_path / "piece.pdf"
    printed = print_piece(piece, build_event(*WORLD), out, paper=paper, orientation=orientation)
    reader = PdfReader(out)
    assert printed.pages == len(reader.pages) >= 1
    width, height = page_size(sheet, turned)
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width * PT_PER_MM, abs=1)
        assert float(page.mediabox.height) == pytest.approx(height * PT_PER_MM, abs=1)


def test_the_poster_has_one_sheet_per_level_and_its_furniture(multilingual: Event, probe,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    printed = print_piece(Piece.POSTER, multilingual, out, paper=Paper.A0)
    assert printed.pages == 2 == len(PdfReader(out).pages)
    hall, gallery = (probe.squeeze(text) for text in probe.texts(out))
    for text, level in ((hall, "Halle1(EG)"), (gallery, "Galerie(OG)")):
        for part in ("Vielfaltverbindet2021", "21.–22.09.2021", "Legende", "Maßstab1:",
                     "Notausgang", "Freihaltefläche", "Grundrissgeschätzt", level):
            assert part in text, (level, part)
    assert "A1" in hall and "A176" in hall and "G177" in gallery and "A1" not in gallery


@pytest.mark.parametrize("piece", [Piece.POSTER, Piece.DIRECTORY])
def test_public_pieces_never_carry_private_data(build_event, probe, tmp_path: Path,
                                                piece: Piece) -> None:
    out = tmp_path / "piece.pdf"
    print_piece(piece, build_event(*WORLD), out)
    text = said(probe, out)
    assert "S1" in text and "S4" in text
    for secret in (*SECRETS, *(probe.squeeze(value) for value in PRIVATE.values())):
        assert secret not in text, secret


def test_the_poster_and_directory_of_200_stands_keep_private_data_out(
        multilingual: Event, probe, tmp_path: Path) -> None:
    for piece in (Piece.POSTER, Piece.DIRECTORY):
        out = tmp_path / f"{piece}.pdf"
        print_piece(piece, multilingual, out)
        text = said(probe, out)
        for secret in ("Kontaktperson", "example.org/", "kontakt1@", "+49345", "intern:"):
            assert secret not in text, (piece, secret)


def test_the_directory_lists_every_stand_three_ways(build_event, probe, tmp_path: Path) -> None:
    out = tmp_path / "directory.pdf"
    event = build_event(*WORLD)
    print_piece(Piece.DIRECTORY, event, out)
    text = said(probe, out)
    for heading in ("Ausstellerverzeichnis", "NachStandnummer", "Alphabetisch", "NachThema"):
        assert heading in text
    for _, stand in WORLD:
        latin = not any("\u0600" <= c <= "\u06ff" for c in stand.project)
        if latin:  # Arabic comes back from the PDF in drawing order: see the next test
            assert text.count(probe.squeeze(stand.project)) == 3, stand.project
    for word in ("Öffnung", "İstanbul", "Київ", "Σαξονία", "Straße", "ẞ", "<b>Markup</b>&Co"):
        assert word in text, word


def test_the_directory_is_alphabetical_across_scripts(build_event, probe, tmp_path: Path) -> None:
    out = tmp_path / "directory.pdf"
    names = ["Zebra-Projekt", "Ärztinnen ohne Grenzen", "apfelbaum e.V.", "Çay Evi", "Бібліотека"]
    print_piece(Piece.DIRECTORY, build_event(*((f"S{i}", Stand("", name)) for i, name in
                                               enumerate(names, start=1))), out)
    text = "".join(probe.texts(out))
    alphabetical = text[text.index("Alphabetisch"):text.index("Nach Thema")]
    found = sorted(names, key=alphabetical.index)
    assert found == ["apfelbaum e.V.", "Ärztinnen ohne Grenzen", "Çay Evi", "Zebra-Projekt",
                     "Бібліотека"]


def test_an_arabic_name_reads_right_to_left_in_the_directory(build_event, tmp_path: Path) -> None:
    import unicodedata

    from boothmanager.signage.fonts import is_arabic

    out = tmp_path / "directory.pdf"
    print_piece(Piece.DIRECTORY, build_event(("S4", Stand("Verein", ARABIC_PROJECT))), out)
    hello, world = ARABIC_PROJECT.split()
    arabic = [run for run in runs(out, 1) if any(is_arabic(c) for c in run.text)]
    words = {unicodedata.normalize("NFKC", run.text.strip()): run for run in arabic}
    assert hello in words and world in words
    assert words[hello].y == pytest.approx(words[world].y)  # one line
    assert words[hello].x > words[world].x  # the first word stands to the right
    assert all("NotoSansArabic" in run.font for run in arabic)


@pytest.mark.parametrize("length", [1, 60, 300])
def test_long_names_stay_inside_their_column(build_event, probe, tmp_path: Path,
                                            length: int) -> None:
    name = ("Ä" if length == 1 else ("Interkulturelle Öffnung " * 20)[:length].strip())
    out = tmp_path / "directory.pdf"
    print_piece(Piece.DIRECTORY, build_event(("S1", Stand("Verein", name)),
                                             ("S2", Stand("", "Kurz"))), out)
    width, height = page_size(Paper.A5, Orientation.PORTRAIT)
    for index in range(len(PdfReader(out).pages)):
        for glyph in probe.glyphs(out, index):
            assert 12 - 0.3 <= glyph.left and glyph.right <= width - 12 + 0.3, glyph
            assert 12 - 0.3 <= glyph.bottom and glyph.top <= height - 12 + 0.3, glyph
    text = said(probe, out)
    if length == 300:
        assert "…" in text and probe.squeeze(name) not in text  # shortened, never clipped
    else:
        assert probe.squeeze(name) in text


def blank_edges(path: Path, margin_mm: float = PRINTER) -> list[tuple[int, str]]:
    """The pages whose outer `margin_mm` is not white, and which edge."""
    found = []
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            scale = 150 / 72 / max(1.0, page.get_width() / 1200)
            image = page.render(scale=scale).to_pil().convert("L")
            edge = max(1, int(margin_mm * PT_PER_MM * scale) - 1)
            w, h = image.size
            for name, box in (("left", (0, 0, edge, h)), ("right", (w - edge, 0, w, h)),
                              ("top", (0, 0, w, edge)), ("bottom", (0, h - edge, w, h))):
                if image.crop(box).getextrema()[0] < 250:
                    found.append((index, name))
    finally:
        pdf.close()
    return found


@pytest.mark.parametrize(("piece", "paper"), [
    (Piece.POSTER, Paper.A2), (Piece.POSTER, Paper.A0), (Piece.DIRECTORY, Paper.A5),
    (Piece.DIRECTORY, Paper.A4), (Piece.PICKLIST, Paper.A4), (Piece.PACKS, Paper.A4)])
def test_golden_everything_drawn_stays_inside_the_printable_page(
        multilingual: Event, tmp_path: Path, piece: Piece, paper: Paper) -> None:
    out = tmp_path / ("packs" if piece is Piece.PACKS else "piece.pdf")
    booths = ["A9", "A13", "A4", "G200"] if piece is Piece.PACKS else None
    print_piece(piece, multilingual, out, paper=paper, booths=booths)
    for pdf in pdfs(out):
        assert blank_edges(pdf) == [], pdf.name


def test_the_poster_marks_where_you_are_and_highlights_booths(build_event, probe,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    event = build_event(*WORLD[:3])
    print_piece(Piece.POSTER, event, out, paper=Paper.A2, level="EG", here=Point(5_000, 500),
                booths=["S2"], lang="en")
    text = said(probe, out)
    assert "Youarehere" in text and "highlighted" in text and "Floorplan" in text
    with pytest.raises(PointOutsideLevel, match="outside the level 'EG'"):
        print_piece(Piece.POSTER, event, tmp_path / "x.pdf", level="EG",
                    here=Point(90_000, 500))
    with pytest.raises(UnknownLevel, match="no level 'OG'; the venue has 'EG'"):
        print_piece(Piece.POSTER, event, tmp_path / "x.pdf", level="OG")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(("piece", "paper", "orientation"), [
    (Piece.POSTER, Paper.A3, None), (Piece.POSTER, Paper.A4, None),
    (Piece.DIRECTORY, Paper.A3, None), (Piece.DIRECTORY, Paper.A5, Orientation.LANDSCAPE),
    (Piece.PACKS, Paper.A3, None), (Piece.PICKLIST, Paper.A6, None)])
def test_a_paper_the_piece_is_not_made_for_is_refused(build_event, tmp_path: Path,
                                                     piece: Piece, paper: Paper,
                                                     orientation: Orientation | None) -> None:
    out = tmp_path / "piece"
    with pytest.raises(UnsupportedPaper, match="not offered"):
        print_piece(piece, build_event(*WORLD[:1]), out, paper=paper, orientation=orientation)
    assert not out.exists()


def test_every_piece_of_the_multilingual_event(multilingual: Event, probe,
                                               tmp_path: Path) -> None:
    samples = ("Integrationsnetzwerk", "Kültür", "Українська", "Straße<b>&</b>Co")
    for piece in Piece:
        out = tmp_path / str(piece) if piece is Piece.PACKS else tmp_path / f"{piece}.pdf"
        printed = print_piece(piece, multilingual, out,
                              booths=["A1", "A2", "A3", "A13"] if piece is Piece.PACKS
                              else None)
        assert printed.pages >= 1 and printed.booths >= 4
        if piece in (Piece.DIRECTORY, Piece.DOOR, Piece.PICKLIST, Piece.SIGNS, Piece.PACKS):
            text = said(probe, out)
            for sample in samples:
                assert sample in text, (piece, sample)
    assert len(list((tmp_path / "packs").glob("*.pdf"))) == 4


def test_plan_pieces_are_the_new_ones() -> None:
    assert set(PLAN_PIECES) == {Piece.POSTER, Piece.DIRECTORY, Piece.PACKS, Piece.PICKLIST}


def test_an_output_that_is_not_a_pdf_is_refused(build_event, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me", encoding="utf-8")
    event = build_event(*WORLD[:1])
    for piece in (Piece.POSTER, Piece.DIRECTORY, Piece.PICKLIST):
        with pytest.raises(UnsuitableOutput, match="not a PDF"):
            print_piece(piece, event, notes)
    assert notes.read_text(encoding="utf-8") == "keep me"
