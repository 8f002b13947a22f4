"""Layouts as data: a sheet of DIN paper and its elements, placed in integer mm."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from boothmanager.signage.fonts import Face
from boothmanager.signage.paper import Orientation, Paper, page_size
from boothmanager.signage.text import WRAP_GAIN

# Geometry is in integer mm, x to the right and y down from the top-left corner of the page
# (or of the panel an element belongs to), as a person measures a printed sheet. Type sizes
# and stroke weights are in pt (as in pretix). Reading distances are in mm: they are the
# promise the legibility check holds each element to, never scaled with the paper.

INK = "#141414"
MUTED = "#4d4d4d"
ACCENT = "#1d4e89"
HAIRLINE = "#b8b8b8"


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a text is set: face, the range of sizes it may take, line pitch, colour."""

    face: Face = Face.REGULAR
    max_size: float = 12
    min_size: float = 8
    leading: float = 1.15
    color: str = INK
    wrap: bool = True
    wrap_gain: float = WRAP_GAIN  # how much larger another line must make the text
    descender: bool = True  # keep the font's descender free below the last line


@dataclass(frozen=True, slots=True)
class ShareGrid:
    """How a box that shows a stand is divided when several stands share the booth: one cell
    per stand, in their order along the front, `gap` mm apart with a hairline between them.

    `across` fills a row of up to `columns` cells first (a wide, low box: names side by
    side); otherwise a column of up to `rows` cells (a box for one large line each).
    """

    columns: int = 3
    rows: int = 3
    gap: int = 4
    across: bool = True
    short: bool = False  # each cell names its stand short (before a dash), as a plan does

    def grid(self, count: int) -> tuple[int, int]:
        """Columns and rows of the cells for `count` stands."""
        if self.across:
            columns = max(1, min(count, self.columns))
            return columns, -(-count // columns)
        rows = max(1, min(count, self.rows))
        columns = -(-count // rows)
        return columns, -(-count // columns)


@dataclass(frozen=True, slots=True)
class TextBox:
    """A text bound to a named field, fitted into its box.

    `reading_distance` (mm) overrides the layout's for small print read up close;
    `min_letter` (mm) is the letter height the largest size must reach (booth numbers).
    """

    field: str
    x: int
    y: int
    width: int
    height: int
    style: TextStyle = TextStyle()
    align: Literal["left", "center", "right"] = "left"
    valign: Literal["top", "middle", "bottom"] = "top"
    reading_distance: int | None = None
    min_letter: int = 0
    shares: ShareGrid | None = None  # a shared booth: one cell per stand (fields "…@i")


@dataclass(frozen=True, slots=True)
class StackItem:
    """One text of a stack; with `max_height` (mm) fitted first, else it takes the room left."""

    field: str
    style: TextStyle
    max_height: int | None = None
    reading_distance: int | None = None


@dataclass(frozen=True, slots=True)
class ImageBox:
    """An image bound to a field (a stand's logo), drawn inside the box with its aspect kept,
    centred, and never larger than its pixels allow at the renderer's sharpness limit."""

    field: str
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class TextStack:
    """Texts set one below the other from the top of a box, `gap` mm apart; empty ones vanish.

    `beside` is an image box at the right end of the stack: when the page has that image,
    the texts end `gap` mm left of it; without one they take the whole width.
    """

    x: int
    y: int
    width: int
    height: int
    items: tuple[StackItem, ...]
    gap: int = 4
    beside: ImageBox | None = None
    shares: ShareGrid | None = None  # a shared booth: one cell per stand (fields "…@i")


@dataclass(frozen=True, slots=True)
class QrBox:
    """A QR code bound to a field; `size` mm is the whole white square, quiet zone included."""

    field: str
    x: int
    y: int
    size: int
    quiet_zone: int = 4  # modules; ISO/IEC 18004 asks for at least 4
    reading_distance: int | None = None  # how far away a phone scans it


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal line `thickness` pt thick whose centre runs at `y`; dashed if `dash`
    (pt on, pt off) is given, as a fold or cut line is."""

    x: int
    y: int
    width: int
    thickness: float = 1.0
    color: str = ACCENT
    dash: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class CutMarks:
    """Crop marks at the four corners of the trim box, `gap` mm off it, `length` mm long."""

    x: int
    y: int
    width: int
    height: int
    length: int = 4
    gap: int = 2


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a row list: a field set in a cell `width` mm wide, `x` mm into the row."""

    field: str
    x: int
    width: int
    style: TextStyle
    align: Literal["left", "center", "right"] = "left"


@dataclass(frozen=True, slots=True)
class RowList:
    """The records of a page, one row each, `row_height` mm apart; rows that do not fit
    go on the next page (the piece splits its records by `capacity`)."""

    x: int
    y: int
    width: int
    height: int
    row_height: int
    columns: tuple[Column, ...]
    reading_distance: int | None = None

    @property
    def capacity(self) -> int:
        return self.height // self.row_height


@dataclass(frozen=True, slots=True)
class Panel:
    """A part of the sheet with elements of its own, placed relative to its top-left corner.

    `rotation` 180 turns it upside down (the far face of a table tent); `slot` binds it to
    one of the page's records (two fascia strips on a sheet), None to the page's fields.
    """

    x: int
    y: int
    width: int
    height: int
    elements: tuple[Element, ...]
    rotation: Literal[0, 180] = 0
    slot: int | None = None


Element = TextBox | TextStack | ImageBox | QrBox | Rule | CutMarks | RowList | Panel


@dataclass(frozen=True, slots=True)
class SignLayout:
    """A sheet: its paper, orientation, reading distance (mm) and the elements on it."""

    name: str
    paper: Paper
    orientation: Orientation
    elements: tuple[Element, ...]
    reading_distance: int = 1500

    @property
    def width(self) -> int:
        return page_size(self.paper, self.orientation)[0]

    @property
    def height(self) -> int:
        return page_size(self.paper, self.orientation)[1]

    def row_lists(self) -> list[RowList]:
        return [e for e in self.elements if isinstance(e, RowList)]

    def shows_shares(self) -> bool:
        """Whether the sheet divides a box among the stands of a shared booth (then it has
        one record per booth; otherwise one per stand)."""
        def walk(elements: tuple[Element, ...]) -> bool:
            return any(getattr(e, "shares", None) is not None
                       or (isinstance(e, Panel) and walk(e.elements)) for e in elements)
        return walk(self.elements)

    def slots(self) -> int:
        """How many records one sheet binds to its panels."""
        return max((e.slot + 1 for e in self.elements
                    if isinstance(e, Panel) and e.slot is not None), default=0)
