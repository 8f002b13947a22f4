"""Sign layouts as data: elements placed in integer mm from the page's top-left corner."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from boothmanager.signage.fonts import Face
from boothmanager.signage.text import WRAP_GAIN

# Geometry is in integer mm, x to the right and y down from the top-left corner of the page,
# as a person measures a printed sheet. Type sizes and stroke weights are in pt (as in pretix).

INK = "#141414"
MUTED = "#4d4d4d"
ACCENT = "#1d4e89"
HAIRLINE = "#b8b8b8"

A4_LANDSCAPE = (297, 210)


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a text is set: face, the range of sizes it may take, line pitch, colour."""

    face: Face = Face.REGULAR
    max_size: int = 12
    min_size: int = 8
    leading: float = 1.15
    color: str = INK
    wrap: bool = True
    wrap_gain: float = WRAP_GAIN  # how much larger another line must make the text
    descender: bool = True  # keep the font's descender free below the last line


@dataclass(frozen=True, slots=True)
class TextBox:
    """A text bound to a named field, fitted into its box."""

    field: str
    x: int
    y: int
    width: int
    height: int
    style: TextStyle = TextStyle()
    align: Literal["left", "center", "right"] = "left"
    valign: Literal["top", "middle", "bottom"] = "top"


@dataclass(frozen=True, slots=True)
class StackItem:
    """One text of a stack; with `max_height` (mm) fitted first, else it takes the room left."""

    field: str
    style: TextStyle
    max_height: int | None = None


@dataclass(frozen=True, slots=True)
class TextStack:
    """Texts set one below the other from the top of a box, `gap` mm apart; empty ones vanish."""

    x: int
    y: int
    width: int
    height: int
    items: tuple[StackItem, ...]
    gap: int = 4


@dataclass(frozen=True, slots=True)
class QrBox:
    """A QR code bound to a field; `size` mm is the whole white square, quiet zone included."""

    field: str
    x: int
    y: int
    size: int
    quiet_zone: int = 4  # modules; ISO/IEC 18004 asks for at least 4


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal line `thickness` pt thick whose centre runs at `y`."""

    x: int
    y: int
    width: int
    thickness: float = 1.0
    color: str = ACCENT


Element = TextBox | TextStack | QrBox | Rule


@dataclass(frozen=True, slots=True)
class SignLayout:
    """A page: its size in mm and the elements drawn on it, in order."""

    name: str
    width: int
    height: int
    elements: tuple[Element, ...]


MARGIN_X = 18
CONTENT_W = A4_LANDSCAPE[0] - 2 * MARGIN_X

BOOTH_SIGN = SignLayout(
    name="Booth sign, A4 landscape",
    width=A4_LANDSCAPE[0],
    height=A4_LANDSCAPE[1],
    elements=(
        TextBox("booth_label", x=MARGIN_X, y=16, width=150, height=7,
                style=TextStyle(Face.BOLD, max_size=16, min_size=12, color=ACCENT, wrap=False,
                                descender=False)),
        # 210 pt Noto Sans Bold: capitals and figures 53 mm high (DOMAIN.md: at least 50 mm).
        TextBox("booth_number", x=MARGIN_X, y=27, width=190, height=56,
                style=TextStyle(Face.BOLD, max_size=210, min_size=48, leading=1.0,
                                wrap_gain=math.inf, descender=False)),
        QrBox("qr_payload", x=229, y=12, size=54),
        TextBox("qr_url", x=231, y=67, width=50, height=13, align="center",
                style=TextStyle(max_size=10, min_size=7, leading=1.2, color=MUTED)),
        Rule(x=MARGIN_X, y=92, width=CONTENT_W, thickness=1.5),
        TextStack(x=MARGIN_X, y=101, width=CONTENT_W, height=72, gap=5, items=(
            StackItem("stand_name", TextStyle(Face.BOLD, max_size=66, min_size=26, leading=1.1)),
            StackItem("organisation", TextStyle(max_size=30, min_size=16, leading=1.15,
                                                color=MUTED), max_height=24),
        )),
        Rule(x=MARGIN_X, y=181, width=CONTENT_W, thickness=0.5, color=HAIRLINE),
        TextBox("event", x=MARGIN_X, y=185, width=160, height=11, valign="bottom",
                style=TextStyle(max_size=16, min_size=10, color=INK, wrap=False)),
        TextBox("marketplace", x=182, y=185, width=97, height=11, align="right",
                valign="bottom",
                style=TextStyle(Face.BOLD, max_size=16, min_size=10, color=ACCENT, wrap=False)),
    ),
)
