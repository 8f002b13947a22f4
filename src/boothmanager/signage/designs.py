"""The printed pieces as layouts: drawn once for a reference sheet, scaled to the paper asked."""

from __future__ import annotations

import math

from boothmanager.signage.fonts import Face
from boothmanager.signage.layout import (
    ACCENT,
    HAIRLINE,
    MUTED,
    Column,
    CutMarks,
    Element,
    ImageBox,
    Panel,
    QrBox,
    RowList,
    Rule,
    ShareGrid,
    SignLayout,
    StackItem,
    TextBox,
    TextStack,
    TextStyle,
)
from boothmanager.signage.legibility import UnsupportedPaper, check
from boothmanager.signage.paper import Orientation, Paper
from boothmanager.signage.paper import scale as paper_scale
from boothmanager.signage.scaling import scaled

# Reading distances (mm), after DOMAIN.md: a booth sign is read from the aisle, a table
# tent across a table, a fascia from across the hall, a door poster by someone in front
# of it. Small print (event line, web address) is read up close and says so.
SIGN_DISTANCE = 1500
TENT_DISTANCE = 1500
FASCIA_DISTANCE = 4000
DOOR_DISTANCE = 1000
NEAR = 600  # small print: event line, page number
FINE = 400  # the address beneath a QR code
SCAN = 350  # a phone held at arm's length
NUMBER_LETTER = 50  # mm, booth numbers on signs (DOMAIN.md)

LABEL = TextStyle(Face.BOLD, max_size=16, min_size=12, color=ACCENT, wrap=False,
                  descender=False)
NUMBER = TextStyle(Face.BOLD, max_size=210, min_size=48, leading=1.0, wrap_gain=math.inf,
                   descender=False)
NAME = TextStyle(Face.BOLD, max_size=66, min_size=26, leading=1.1)
ORGANISATION = TextStyle(max_size=30, min_size=16, leading=1.15, color=MUTED)
FOOTER = TextStyle(max_size=16, min_size=10, wrap=False)
FOOTER_ACCENT = TextStyle(Face.BOLD, max_size=16, min_size=10, color=ACCENT, wrap=False)
URL = TextStyle(max_size=10, min_size=7, leading=1.2, color=MUTED)


def _body(*, x: int, y: int, width: int, height: int, logo: int, columns: int) -> TextStack:
    """Name and organisation; a stand's logo, if it has one, at the right end (`logo` mm
    wide, square at most), the texts then ending beside it. A shared booth's stands each
    get a cell of their own, up to `columns` side by side, in their order along the front."""
    return TextStack(x=x, y=y, width=width, height=height, gap=5,
                     shares=ShareGrid(columns=columns, gap=8), items=(
        StackItem("stand_name", NAME),
        StackItem("organisation", ORGANISATION, max_height=24, reading_distance=1000)),
        beside=ImageBox("logo", x=x + width - logo, y=y, width=logo,
                        height=min(height, logo + 12)))


# A4 landscape, the sign the foundation issue made (tests hold its geometry).
SIGN_LANDSCAPE: tuple[Element, ...] = (
    TextBox("booth_label", x=18, y=16, width=150, height=7, style=LABEL, reading_distance=NEAR),
    # 210 pt Noto Sans Bold: capitals and figures 53 mm high (DOMAIN.md: at least 50 mm).
    TextBox("booth_number", x=18, y=27, width=190, height=56, style=NUMBER,
            min_letter=NUMBER_LETTER),
    QrBox("qr_payload", x=229, y=12, size=54, reading_distance=SCAN),
    TextBox("qr_url", x=231, y=67, width=50, height=13, align="center", style=URL,
            reading_distance=FINE),
    Rule(x=18, y=92, width=261, thickness=1.5),
    _body(x=18, y=101, width=261, height=72, logo=60, columns=3),
    Rule(x=18, y=181, width=261, thickness=0.5, color=HAIRLINE),
    TextBox("event", x=18, y=185, width=160, height=11, valign="bottom", style=FOOTER,
            reading_distance=NEAR),
    TextBox("marketplace", x=182, y=185, width=97, height=11, align="right", valign="bottom",
            style=FOOTER_ACCENT, reading_distance=NEAR),
)

# A4 portrait: number across the top, the name below, the code at the foot beside the
# event line.
SIGN_PORTRAIT: tuple[Element, ...] = (
    TextBox("booth_label", x=16, y=16, width=120, height=7, style=LABEL, reading_distance=NEAR),
    TextBox("booth_number", x=16, y=27, width=178, height=56, style=NUMBER,
            min_letter=NUMBER_LETTER),
    Rule(x=16, y=92, width=178, thickness=1.5),
    _body(x=16, y=101, width=178, height=118, logo=40, columns=2),
    Rule(x=16, y=226, width=178, thickness=0.5, color=HAIRLINE),
    TextBox("marketplace", x=16, y=232, width=118, height=9, style=FOOTER_ACCENT,
            reading_distance=NEAR),
    TextBox("event", x=16, y=243, width=118, height=9, style=FOOTER, reading_distance=NEAR),
    TextBox("qr_url", x=16, y=260, width=118, height=23, valign="bottom", style=URL,
            reading_distance=FINE),
    QrBox("qr_payload", x=140, y=231, size=54, reading_distance=SCAN),
)


def booth_sign(paper: Paper = Paper.A4, orientation: Orientation = Orientation.LANDSCAPE,
               *, reading_distance: int = SIGN_DISTANCE) -> SignLayout:
    """The booth sign on `paper`; IllegibleLayout if it cannot be read from its distance."""
    design = SIGN_LANDSCAPE if orientation is Orientation.LANDSCAPE else SIGN_PORTRAIT
    return check(SignLayout(
        name=f"Booth sign, {paper} {orientation}", paper=paper, orientation=orientation,
        elements=scaled(design, paper_scale(paper, Paper.A4)),
        reading_distance=reading_distance))


BOOTH_SIGN = booth_sign()

# One face of a table tent, 190 × 138 mm, its top at the fold (the ridge of the tent).
TENT_FACE: tuple[Element, ...] = (
    TextBox("booth_label", x=10, y=12, width=80, height=7, reading_distance=1000,
            style=TextStyle(Face.BOLD, max_size=18, min_size=16, color=ACCENT, wrap=False,
                            descender=False)),
    TextBox("booth_number", x=10, y=21, width=170, height=32,
            style=TextStyle(Face.BOLD, max_size=130, min_size=40, leading=1.0,
                            wrap_gain=math.inf, descender=False)),
    Rule(x=10, y=59, width=170, thickness=1.5),
    TextStack(x=10, y=65, width=170, height=47, gap=3, items=(
        StackItem("stand_name", TextStyle(Face.BOLD, max_size=44, min_size=24, leading=1.1)),
        StackItem("organisation", TextStyle(max_size=22, min_size=16, color=MUTED),
                  max_height=16, reading_distance=1000)),
        beside=ImageBox("logo", x=140, y=65, width=40, height=47)),
    Rule(x=10, y=116, width=170, thickness=0.5, color=HAIRLINE),
    TextBox("event", x=10, y=119, width=92, height=9, valign="bottom", style=FOOTER,
            reading_distance=NEAR),
    TextBox("marketplace", x=104, y=119, width=76, height=9, align="right", valign="bottom",
            style=FOOTER_ACCENT, reading_distance=NEAR),
)


def table_tent(paper: Paper = Paper.A4,
               orientation: Orientation = Orientation.PORTRAIT) -> SignLayout:
    """A portrait sheet folded across its middle: two faces back to back, the upper one
    upside down, so both stand upright on the table. Cut at the marks, fold at the line."""
    if orientation is not Orientation.PORTRAIT:
        raise UnsupportedPaper(piece="table tent", paper=paper, orientation=orientation,
                               reason="it is printed on a portrait sheet and folded across")
    k = paper_scale(paper, Paper.A4)
    left, top, width, fold = round(10 * k), round(10 * k), round(190 * k), round(148 * k)
    face_height = fold - top  # both faces alike, so the fold is the exact middle
    face = scaled(TENT_FACE, k)
    return check(SignLayout(
        name=f"Table tent, {paper} {orientation}", paper=paper, orientation=orientation,
        reading_distance=TENT_DISTANCE, elements=(
            CutMarks(x=left, y=top, width=width, height=2 * face_height),
            Panel(x=left, y=top, width=width, height=face_height, elements=face,
                  rotation=180),
            Panel(x=left, y=fold, width=width, height=face_height, elements=face),
            Rule(x=left, y=fold, width=width, thickness=0.4, color=HAIRLINE, dash=(4, 3)),
        )))


# One fascia strip, half an A3 sheet (420 × 148 mm): number and name, nothing else.
FASCIA_STRIP: tuple[Element, ...] = (
    Rule(x=14, y=12, width=392, thickness=3),
    # 168 mm hold four characters ("S199", "A123") at 200 pt, 50 mm high.
    TextBox("booth_number", x=14, y=44, width=168, height=58, valign="middle",
            style=TextStyle(Face.BOLD, max_size=200, min_size=64, leading=1.0,
                            wrap_gain=math.inf, descender=False),
            min_letter=NUMBER_LETTER),
    # A shared booth: its stands' short names one below the other (two columns beyond three).
    TextBox("stand_name", x=192, y=20, width=214, height=116, valign="middle",
            style=TextStyle(Face.BOLD, max_size=110, min_size=64, leading=1.05),
            shares=ShareGrid(rows=3, gap=4, across=False, short=True)),
)


def fascia(paper: Paper = Paper.A3,
           orientation: Orientation = Orientation.LANDSCAPE) -> SignLayout:
    """Two strips per landscape sheet, one booth each, cut apart along the middle."""
    if orientation is not Orientation.LANDSCAPE:
        raise UnsupportedPaper(piece="fascia", paper=paper, orientation=orientation,
                               reason="its strips are the halves of a landscape sheet")
    k = paper_scale(paper, Paper.A3)
    width, cut = round(420 * k), round(148 * k)
    strip = scaled(FASCIA_STRIP, k)
    edge = round(5 * k)
    return check(SignLayout(
        name=f"Fascia, {paper} {orientation}", paper=paper, orientation=orientation,
        reading_distance=FASCIA_DISTANCE, elements=(
            Panel(x=0, y=0, width=width, height=cut, elements=strip, slot=0),
            Rule(x=edge, y=cut, width=width - 2 * edge, thickness=0.4, color=HAIRLINE,
                 dash=(4, 3)),
            Panel(x=0, y=cut, width=width, height=cut, elements=strip, slot=1),
        )))


DOOR_ROW = TextStyle(max_size=16, min_size=16, leading=1.1)
DOOR_HEAD = TextStyle(Face.BOLD, max_size=14, min_size=14, color=ACCENT, wrap=False,
                      descender=False)
# A3 portrait: the marketplace's name, the event, then the stands in booth order.
DOOR_POSTER: tuple[Element, ...] = (
    TextBox("marketplace", x=20, y=20, width=257, height=40, reading_distance=3000,
            style=TextStyle(Face.BOLD, max_size=72, min_size=48, leading=1.05, color=ACCENT)),
    TextBox("event", x=20, y=62, width=257, height=12,
            style=TextStyle(max_size=28, min_size=24, color=MUTED, wrap=False)),
    Rule(x=20, y=80, width=257, thickness=1.5),
    TextBox("head_booth", x=20, y=86, width=30, height=6, style=DOOR_HEAD,
            reading_distance=NEAR),
    TextBox("head_project", x=54, y=86, width=125, height=6, style=DOOR_HEAD,
            reading_distance=NEAR),
    TextBox("head_organisation", x=183, y=86, width=94, height=6, style=DOOR_HEAD,
            reading_distance=NEAR),
    RowList(x=20, y=95, width=257, height=288, row_height=16, columns=(
        Column("booth_number", x=0, width=30,
               style=TextStyle(Face.BOLD, max_size=20, min_size=16, wrap=False)),
        Column("stand_name", x=34, width=125,
               style=TextStyle(Face.BOLD, max_size=16, min_size=16, leading=1.1)),
        Column("organisation", x=163, width=94, style=DOOR_ROW),
    )),
    Rule(x=20, y=398, width=257, thickness=0.5, color=HAIRLINE),
    TextBox("page", x=177, y=401, width=100, height=7, align="right", valign="bottom",
            style=TextStyle(max_size=12, min_size=12, color=MUTED, wrap=False,
                            descender=False),
            reading_distance=NEAR),
)


def door_poster(paper: Paper = Paper.A3,
                orientation: Orientation = Orientation.PORTRAIT) -> SignLayout:
    """The marketplace's door poster: the stand list, continued on further sheets."""
    if orientation is not Orientation.PORTRAIT:
        raise UnsupportedPaper(piece="door poster", paper=paper, orientation=orientation,
                               reason="it is a portrait poster")
    return check(SignLayout(
        name=f"Door poster, {paper} {orientation}", paper=paper, orientation=orientation,
        reading_distance=DOOR_DISTANCE,
        elements=scaled(DOOR_POSTER, paper_scale(paper, Paper.A3))))
