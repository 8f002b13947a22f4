"""Every piece as a PDF: pages, paper, what it says, what it never says, which booths."""

from __future__ import annotations

from pathlib import Path

import pytest
from print_support import CONTACT, PT_PER_MM, WORLD, PdfProbe
from pypdf import PdfReader

from boothmanager.domain import BoothNotAssigned, Stand, UnknownBooth
from boothmanager.signage import NothingToPrint, Orientation, Paper, Piece, print_piece
from boothmanager.signage.pieces import SHEET_PIECES
from boothmanager.signage.paper import page_size
from boothmanager.storage import Database

# piece, paper, orientation, pages for the six WORLD stands
PAPERS = [
    (Piece.SIGNS, None, None, Paper.A4, Orientation.LANDSCAPE, 6),
    (Piece.SIGNS, Paper.A4, Orientation.PORTRAIT, Paper.A4, Orientation.PORTRAIT, 6),
    (Piece.SIGNS, Paper.A3, Orientation.LANDSCAPE, Paper.A3, Orientation.LANDSCAPE, 6),
    (Piece.SIGNS, Paper.A3, Orientation.PORTRAIT, Paper.A3, Orientation.PORTRAIT, 6),
    (Piece.TENTS, None, None, Paper.A4, Orientation.PORTRAIT, 6),
    (Piece.TENTS, Paper.A3, None, Paper.A3, Orientation.PORTRAIT, 6),
    (Piece.FASCIA, None, None, Paper.A3, Orientation.LANDSCAPE, 3),
    (Piece.FASCIA, Paper.A2, None, Paper.A2, Orientation.LANDSCAPE, 3),
    (Piece.DOOR, None, None, Paper.A3, Orientation.PORTRAIT, 1),
    (Piece.DOOR, Paper.A2, None, Paper.A2, Orientation.PORTRAIT, 1),
]
IDS = [f"{p[0]}-{p[3]}-{p[4]}" for p in PAPERS]


@pytest.mark.parametrize(("piece", "paper", "orientation", "sheet", "turned", "pages"), PAPERS,
                         ids=IDS)
def test_pages_and_paper(build_event, tmp_path: Path, piece: Piece, paper: Paper | None,
                         orientation: Orientation | None, sheet: Paper, turned: Orientation,
                         pages: int) -> None:
    out = tmp_path / "piece.pdf"
    printed = print_piece(piece, build_event(*WORLD), out, paper=paper, orientation=orientation)
    assert printed.pages == pages == len(PdfReader(out).pages)
    assert printed.booths == len(WORLD)
    width, height = page_size(sheet, turned)
    for page in PdfReader(out).pages:
        assert float(page.mediabox.width) == pytest.approx(width * PT_PER_MM, abs=1)
        assert float(page.mediabox.height) == pytest.approx(height * PT_PER_MM, abs=1)
        assert page.get("/Rotate", 0) == 0


def said(probe: PdfProbe, out: Path) -> str:
    return probe.squeeze("".join(probe.texts(out)))


@pytest.mark.parametrize("piece", SHEET_PIECES)
def test_every_piece_says_who_stands_where_and_never_the_contact(
        build_event, probe, tmp_path: Path, piece: Piece) -> None:
    latin = [pair for pair in WORLD if pair[0] in ("S1", "S2", "S3", "S5")]
    out = tmp_path / "piece.pdf"
    print_piece(piece, build_event(*latin), out)
    text = said(probe, out)
    for number, stand in latin:
        assert number in text
        assert probe.squeeze(stand.project) in text
        if piece is not Piece.FASCIA:  # a fascia carries the number and the name only
            assert probe.squeeze(stand.organisation) in text
    for part in ("Erika", "Mustermann", "example.org", "1234567"):
        assert part not in text


def test_markup_and_every_script_come_out_as_text(build_event, probe, tmp_path: Path) -> None:
    event = build_event(*WORLD)
    for piece in SHEET_PIECES:
        out = tmp_path / f"{piece}.pdf"
        print_piece(piece, event, out)
        text = said(probe, out)
        for word in ("Öffnung", "İstanbul", "Київ", "Магдебург", "Σαξονία", "Straße", "ẞ",
                     "<b>Markup</b>&Co"):
            assert word in text, (piece, word)


def test_the_door_poster_lists_stands_in_booth_order_over_several_pages(
        build_event, probe, tmp_path: Path) -> None:
    booths = [(f"S{n}", Stand(f"Verein {n}", f"Projekt {n}")) for n in range(1, 41)]
    out = tmp_path / "door.pdf"
    printed = print_piece(Piece.DOOR, build_event(*reversed(booths)), out)
    texts = probe.texts(out)
    assert printed.pages == len(texts) == 3  # 18 rows to an A3 sheet
    order = [line.split()[0] for text in texts for line in text.splitlines()
             if line.startswith("S") and line.split()[0][1:].isdigit()]
    assert order == [f"S{n}" for n in range(1, 41)]
    assert "Seite 1 von 3" in texts[0] and "Seite 3 von 3" in texts[2]
    assert all("Markt der Möglichkeiten" in text for text in texts)


def test_fascia_puts_two_booths_on_a_sheet(build_event, probe, tmp_path: Path) -> None:
    out = tmp_path / "fascia.pdf"
    printed = print_piece(Piece.FASCIA, build_event(*WORLD[:3]), out)
    assert (printed.pages, printed.booths) == (2, 3)
    first, second = (probe.squeeze(t) for t in probe.texts(out))
    assert "S1" in first and "S2" in first and "S3" in second
    assert "İstanbul" in first and "Київ" in second


def test_only_the_chosen_booths_are_printed(build_event, probe, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    printed = print_piece(Piece.SIGNS, build_event(*WORLD), out, booths=["S3", "S1"])
    assert printed.pages == 2
    numbers = [text.split()[1] for text in probe.texts(out)]
    assert numbers == ["S1", "S3"]  # in booth order, as always


def test_an_unknown_or_free_booth_is_refused_before_anything_is_written(
        build_event, tmp_path: Path) -> None:
    event = build_event(*WORLD[:2], ("S9", None))
    out = tmp_path / "signs.pdf"
    with pytest.raises(UnknownBooth):
        print_piece(Piece.SIGNS, event, out, booths=["S1", "X7"])
    with pytest.raises(BoothNotAssigned):
        print_piece(Piece.TENTS, event, out, booths=["S9"])
    assert not out.exists()


@pytest.mark.parametrize("piece", SHEET_PIECES)
def test_nothing_assigned_is_nothing_to_print(build_event, tmp_path: Path,
                                              piece: Piece) -> None:
    with pytest.raises(NothingToPrint, match="there are no .* to print"):
        print_piece(piece, build_event(("S1", None)), tmp_path / "x.pdf")


def test_english_labels(build_event, probe, tmp_path: Path) -> None:
    event = build_event(*WORLD[:2])
    sign, door = tmp_path / "sign.pdf", tmp_path / "door.pdf"
    print_piece(Piece.SIGNS, event, sign, lang="en")
    print_piece(Piece.DOOR, event, door, lang="en")
    assert probe.texts(sign)[0].startswith("Booth\nS1")
    assert probe.qr_texts(sign, 0)[0].startswith("BuKo 2020 · Booth S1 · ")
    assert "Project" in probe.texts(door)[0] and "Projekt" not in probe.texts(door)[0]
    with pytest.raises(ValueError, match="no labels in 'fr'"):
        print_piece(Piece.SIGNS, event, sign, lang="fr")


@pytest.mark.parametrize(("piece", "paper", "orientation"), [
    (Piece.SIGNS, Paper.A4, Orientation.PORTRAIT), (Piece.SIGNS, Paper.A3, Orientation.LANDSCAPE),
    (Piece.SIGNS, Paper.A0, Orientation.PORTRAIT)])
def test_codes_on_every_sign_scan(build_event, probe, tmp_path: Path, piece: Piece,
                                  paper: Paper, orientation: Orientation) -> None:
    url = "https://www.auslandsgesellschaft.de/projekte/ikoe"
    stand = Stand("Auslandsgesellschaft Sachsen-Anhalt e.V.", "IKOE", website=url)
    out = tmp_path / "sign.pdf"
    print_piece(piece, build_event(("S1", stand), ("S2", WORLD[3][1])), out, paper=paper,
                orientation=orientation)
    scale = 1.0 if paper is Paper.A0 else 2.0
    assert probe.qr_texts(out, 0, scale=scale) == [url]
    (reference,) = probe.qr_texts(out, 1, scale=scale)
    assert reference == f"BuKo 2020 · Stand S2 · {WORLD[3][1].project} · {WORLD[3][1].organisation}"


def test_demo_event_prints_every_piece(demo_db: Database, probe, tmp_path: Path) -> None:
    event = demo_db.load()
    for piece in SHEET_PIECES:
        out = tmp_path / f"{piece}.pdf"
        printed = print_piece(piece, event, out)
        assert printed.booths == 3
        assert "IKOE" in "".join(probe.texts(out))
        assert CONTACT not in "".join(probe.texts(out))
