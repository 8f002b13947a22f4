"""Legibility by construction: every text and code of a layout checked against its distance."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from boothmanager.signage.layout import (
    Panel,
    QrBox,
    RowList,
    SignLayout,
    TextBox,
    TextStack,
    TextStyle,
)

PT = 25.4 / 72  # mm
CAP_HEIGHT = 0.714  # em, Noto Sans Regular and Bold (OS/2 sCapHeight 714 of 1000)
LETTERS_PER_DISTANCE = 250  # DIN 1450 rule of thumb: letter height = distance / 250
QR_PER_DISTANCE = 10  # a QR code's edge = scan distance / 10
QR_FEWEST_MODULES = 21  # version 1: the smallest code, so the worst case for module size
MIN_QUIET_ZONE = 4  # modules
TYPICAL_NUMBER = "S12"  # a booth number the design size must hold on one line
SAID = 3  # problems named in the message; all are in IllegibleLayout.problems


class IllegibleLayout(ValueError):
    """A layout cannot be read from its distance at its paper size; nothing is printed.

    `problems` holds (field, reason) for every element that fails; `element` and `reason`
    are the first of them.
    """

    def __init__(self, *, layout: str, problems: tuple[tuple[str, str], ...]) -> None:
        self.layout = layout
        self.problems = problems
        self.element, self.reason = problems[0]
        said = "; ".join(f"{element}: {reason}" for element, reason in problems[:SAID])
        more = len(problems) - SAID
        super().__init__(f"{layout}: {said}" + (f"; and {more} more" if more > 0 else ""))


@dataclass(frozen=True, slots=True)
class _Text:
    field: str
    style: TextStyle
    distance: int
    reading_distance: int | None  # the element's own, if it has one
    min_letter: int = 0
    box: TextBox | None = None


def letter_height(size: float) -> float:
    """Height of a capital letter in mm at `size` pt."""
    return size * CAP_HEIGHT * PT


def _metres(distance: int) -> str:
    return f"{distance / 1000:g} m"


def _texts(elements: tuple[object, ...], distance: int) -> Iterator[_Text | QrBox]:
    for element in elements:
        if isinstance(element, TextBox):
            yield _Text(element.field, element.style, element.reading_distance or distance,
                        element.reading_distance, element.min_letter, element)
        elif isinstance(element, TextStack):
            for item in element.items:
                yield _Text(item.field, item.style, item.reading_distance or distance,
                            item.reading_distance)
        elif isinstance(element, RowList):
            for column in element.columns:
                yield _Text(column.field, column.style, element.reading_distance or distance,
                            element.reading_distance)
        elif isinstance(element, QrBox):
            yield element
        elif isinstance(element, Panel):
            yield from _texts(element.elements, distance)


def check(layout: SignLayout) -> SignLayout:
    """`layout` itself if every element meets its reading distance, else IllegibleLayout
    naming each that does not and why."""
    problems: list[tuple[bool, str, str]] = []
    for found in _texts(layout.elements, layout.reading_distance):
        reason = _code(found, layout) if isinstance(found, QrBox) else _text(found)
        if reason and all(found.field != seen for _, seen, _ in problems):
            # What the layout is read for (its own distance) is named before small print.
            small_print = found.reading_distance is not None and not getattr(
                found, "min_letter", 0)
            problems.append((small_print, found.field, reason))
    if problems:
        problems.sort(key=lambda problem: problem[0])  # stable: layout order within each
        raise IllegibleLayout(layout=layout.name,
                              problems=tuple((field, reason) for _, field, reason in problems))
    return layout


def _text(text: _Text) -> str | None:
    smallest, needed = letter_height(text.style.min_size), text.distance / LETTERS_PER_DISTANCE
    if smallest < needed - 1e-9:
        return (f"letters {smallest:.1f} mm high at the smallest size; read from "
                f"{_metres(text.distance)} they must be at least {needed:.1f} mm "
                f"(distance / {LETTERS_PER_DISTANCE})")
    if not text.min_letter:
        return None
    largest = letter_height(text.style.max_size)
    if largest < text.min_letter:
        return (f"letters at most {largest:.0f} mm high; a booth number on a sign needs "
                f"at least {text.min_letter} mm")
    if text.box is not None and not _holds(text.box):
        return (f"a number like {TYPICAL_NUMBER!r} does not fit its box at "
                f"{text.min_letter} mm letter height")
    return None


def _holds(box: TextBox) -> bool:
    """Whether a typical booth number fits the box on one line at the largest size."""
    from boothmanager.signage.fonts import metrics  # reads the font: only for numbers

    face = metrics(box.style.face)
    size = box.style.max_size * PT
    return (face.ink_width(TYPICAL_NUMBER) * size <= box.width
            and face.ink_top(TYPICAL_NUMBER) * size <= box.height)


def _code(code: QrBox, layout: SignLayout) -> str | None:
    distance = code.reading_distance or layout.reading_distance
    if code.quiet_zone < MIN_QUIET_ZONE:
        return f"quiet zone of {code.quiet_zone} modules; a QR code needs at least {MIN_QUIET_ZONE}"
    edge = code.size * QR_FEWEST_MODULES / (QR_FEWEST_MODULES + 2 * code.quiet_zone)
    needed = distance / QR_PER_DISTANCE
    if edge < needed - 1e-9:
        return (f"code {edge:.0f} mm wide; scanned from {_metres(distance)} it must be "
                f"at least {needed:.0f} mm (distance / {QR_PER_DISTANCE})")
    return None


class UnsupportedPaper(ValueError):
    """A piece is not made for this paper or orientation (a landscape door poster)."""

    def __init__(self, *, piece: str, paper: str, orientation: str, reason: str) -> None:
        self.piece = piece
        self.paper = paper
        self.orientation = orientation
        self.reason = reason
        super().__init__(f"{piece} on {paper} {orientation}: not offered; {reason}")
