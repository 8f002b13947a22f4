"""Every layout on every paper it is offered on: inside the page, legible, or refused."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from boothmanager.signage import (
    IllegibleLayout,
    Orientation,
    Paper,
    Piece,
    UnsupportedPaper,
    layout_for,
)
from boothmanager.signage.designs import BOOTH_SIGN, booth_sign, table_tent
from boothmanager.signage.fonts import Face, metrics
from boothmanager.signage.layout import (
    CutMarks,
    Panel,
    QrBox,
    RowList,
    Rule,
    SignLayout,
    TextBox,
    TextStack,
)
from boothmanager.signage.legibility import CAP_HEIGHT, check, letter_height
from boothmanager.signage.paper import SIZES, page_size
from boothmanager.signage.pieces import SHEET_PIECES

PRINTER = 4  # mm at each edge an office printer cannot reach
OFFERED = [(piece, paper, orientation) for piece in SHEET_PIECES for paper in Paper
           for orientation in Orientation]


def offered() -> list[SignLayout]:
    layouts = []
    for piece, paper, orientation in OFFERED:
        try:
            layouts.append(layout_for(piece, paper, orientation))
        except (IllegibleLayout, UnsupportedPaper):
            pass
    return layouts


LAYOUTS = offered()


def extent(e: object) -> tuple[int, int, int, int]:
    if isinstance(e, Rule):
        return e.x, e.y, e.x + e.width, e.y
    if isinstance(e, QrBox):
        return e.x, e.y, e.x + e.size, e.y + e.size
    if isinstance(e, CutMarks):  # the marks reach out beyond the trim box
        reach = e.gap + e.length
        return e.x - reach, e.y - reach, e.x + e.width + reach, e.y + e.height + reach
    return e.x, e.y, e.x + e.width, e.y + e.height  # type: ignore[attr-defined]


def test_what_is_offered() -> None:
    names = {layout.name for layout in LAYOUTS}
    for paper in ("A4", "A3", "A2", "A1", "A0"):
        assert f"Booth sign, {paper} landscape" in names
        assert f"Booth sign, {paper} portrait" in names
        assert f"Table tent, {paper} portrait" in names
    for paper in ("A3", "A2", "A1", "A0"):
        assert f"Fascia, {paper} landscape" in names
        assert f"Door poster, {paper} portrait" in names
    assert not any(paper in name for name in names for paper in ("A5", "A6"))


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_element_lies_inside_the_printable_page(layout: SignLayout) -> None:
    """The golden check: every panel lies on the page, every element inside its panel, and
    nothing that prints comes nearer the paper's edge than a printer reaches."""
    def inside(elements: tuple, dx: int, dy: int, width: int, height: int) -> None:
        for e in elements:
            left, top, right, bottom = extent(e)
            assert 0 <= left and right <= width and 0 <= top and bottom <= height, e
            if isinstance(e, Panel):
                inside(e.elements, dx + e.x, dy + e.y, e.width, e.height)
                continue
            assert PRINTER <= dx + left and dx + right <= layout.width - PRINTER, e
            assert PRINTER <= dy + top and dy + bottom <= layout.height - PRINTER, e

    assert (layout.width, layout.height) == page_size(layout.paper, layout.orientation)
    inside(layout.elements, 0, 0, layout.width, layout.height)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_no_two_boxes_overlap(layout: SignLayout) -> None:
    def boxes(elements: tuple) -> list[tuple[int, int, int, int]]:
        return [extent(e) for e in elements
                if isinstance(e, TextBox | TextStack | QrBox | RowList | Panel)]

    def disjoint(elements: tuple) -> None:
        for (al, at, ar, ab), (bl, bt, br, bb) in itertools.combinations(boxes(elements), 2):
            assert ar <= bl or br <= al or ab <= bt or bb <= at, layout.name
        for panel in (e for e in elements if isinstance(e, Panel)):
            disjoint(panel.elements)
    disjoint(layout.elements)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_positions_are_integer_millimetres(layout: SignLayout) -> None:
    def walk(elements: tuple) -> None:
        for e in elements:
            assert all(isinstance(v, int) for v in extent(e)), e
            if isinstance(e, Panel):
                walk(e.elements)
    walk(layout.elements)


def test_the_a4_sign_is_the_one_the_foundation_made() -> None:
    assert booth_sign() == BOOTH_SIGN == layout_for(Piece.SIGNS)
    assert (BOOTH_SIGN.paper, BOOTH_SIGN.orientation) == (Paper.A4, Orientation.LANDSCAPE)
    assert (BOOTH_SIGN.width, BOOTH_SIGN.height) == (297, 210)


def test_a_larger_paper_scales_type_but_not_the_promises() -> None:
    a4, a3 = booth_sign(Paper.A4), booth_sign(Paper.A3)
    number4, number3 = (next(e for e in layout.elements
                             if isinstance(e, TextBox) and e.field == "booth_number")
                        for layout in (a4, a3))
    assert number3.style.max_size == pytest.approx(number4.style.max_size * 420 / 297, rel=1e-3)
    assert number3.min_letter == number4.min_letter == 50
    assert a3.reading_distance == a4.reading_distance


def test_letter_height_is_the_cap_height_of_noto_sans() -> None:
    for face in Face:
        assert metrics(face).cap_height == CAP_HEIGHT
    assert letter_height(72) == pytest.approx(25.4 * CAP_HEIGHT)


def test_a_booth_sign_on_a6_is_refused_and_says_why() -> None:
    with pytest.raises(IllegibleLayout) as refused:
        layout_for(Piece.SIGNS, Paper.A6)
    error = refused.value
    assert error.layout == "Booth sign, A6 landscape"
    assert error.element == "booth_number"
    assert "a booth number on a sign needs at least 50 mm" in error.reason
    fields = [field for field, _ in error.problems]
    assert {"stand_name", "qr_payload"} <= set(fields)
    assert str(error).startswith("Booth sign, A6 landscape: booth_number: letters at most")
    assert str(error).endswith("more")


def test_a_sign_read_from_six_metres_needs_more_than_a4() -> None:
    with pytest.raises(IllegibleLayout) as refused:
        booth_sign(Paper.A4, reading_distance=6000)
    assert dict(refused.value.problems)["stand_name"] == (
        "letters 6.5 mm high at the smallest size; read from 6 m they must be at least "
        "24.0 mm (distance / 250)")


@pytest.mark.parametrize(("piece", "paper", "element"), [
    (Piece.SIGNS, Paper.A5, "booth_number"), (Piece.TENTS, Paper.A5, "stand_name"),
    (Piece.FASCIA, Paper.A4, "booth_number"), (Piece.DOOR, Paper.A4, "booth_number"),
])
def test_too_small_a_paper_is_illegible(piece: Piece, paper: Paper, element: str) -> None:
    with pytest.raises(IllegibleLayout) as refused:
        layout_for(piece, paper)
    assert refused.value.element == element


@pytest.mark.parametrize(("piece", "orientation"), [
    (Piece.TENTS, Orientation.LANDSCAPE), (Piece.FASCIA, Orientation.PORTRAIT),
    (Piece.DOOR, Orientation.LANDSCAPE)])
def test_an_orientation_a_piece_is_not_made_for_is_refused(piece: Piece,
                                                           orientation: Orientation) -> None:
    with pytest.raises(UnsupportedPaper, match="not offered"):
        layout_for(piece, None, orientation)


def test_a_small_code_or_thin_quiet_zone_is_caught() -> None:
    code = next(e for e in BOOTH_SIGN.elements if isinstance(e, QrBox))
    others = tuple(e for e in BOOTH_SIGN.elements if e is not code)
    with pytest.raises(IllegibleLayout, match=r"qr_payload: code 29 mm wide; scanned from "
                                              r"0.35 m it must be at least 35 mm"):
        check(replace(BOOTH_SIGN, elements=(*others, replace(code, size=40))))
    with pytest.raises(IllegibleLayout, match="quiet zone of 2 modules"):
        check(replace(BOOTH_SIGN, elements=(*others, replace(code, quiet_zone=2))))


def test_a_number_box_too_small_for_its_type_is_caught() -> None:
    number = next(e for e in BOOTH_SIGN.elements
                  if isinstance(e, TextBox) and e.field == "booth_number")
    others = tuple(e for e in BOOTH_SIGN.elements if e is not number)
    with pytest.raises(IllegibleLayout, match="'S12' does not fit its box"):
        check(replace(BOOTH_SIGN, elements=(*others, replace(number, width=90))))


def test_the_tent_folds_in_its_exact_middle() -> None:
    for paper in (Paper.A4, Paper.A3, Paper.A2):
        tent = table_tent(paper)
        upper, lower = (e for e in tent.elements if isinstance(e, Panel))
        (marks,) = (e for e in tent.elements if isinstance(e, CutMarks))
        fold = next(e for e in tent.elements if isinstance(e, Rule))
        assert (upper.rotation, lower.rotation) == (180, 0)
        assert upper.elements == lower.elements and upper.height == lower.height
        assert upper.y + upper.height == fold.y == lower.y
        assert (marks.y, marks.y + marks.height) == (upper.y, lower.y + lower.height)
        assert fold.dash is not None


def test_din_sizes() -> None:
    assert SIZES[Paper.A4] == (210, 297) and SIZES[Paper.A0] == (841, 1189)
    for small, large in itertools.pairwise(Paper):
        assert SIZES[large][0] == pytest.approx(SIZES[small][1], abs=1)
