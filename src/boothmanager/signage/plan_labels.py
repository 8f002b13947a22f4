"""Booth labels on a printed plan: numbers even along a row, names that fit or are dropped."""

from __future__ import annotations

import math
from dataclasses import replace
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Booth
from boothmanager.domain.shaping import placed
from boothmanager.domain.shares import share_rects
from boothmanager.signage.fonts import Face, metrics
from boothmanager.signage.layout import TextStyle
from boothmanager.signage.render import draw_fitted, fit_text
from boothmanager.signage.scripts import shape
from boothmanager.signage.text import ELLIPSIS, Fitted

if TYPE_CHECKING:
    from boothmanager.signage.plan_drawing import Box, PlanFrame

SHORT_NAME = 4  # characters: a name cut shorter than this is dropped, not printed as "Pr…"


def footprint(frame: PlanFrame, booth: Booth) -> Box:
    """The box on the page its label goes in: the booth's rectangle (an L's or U's largest)
    turned about its centre, upright."""
    if booth.parts:
        booth = replace(booth, rect=placed(booth, booth.largest_piece), parts=())
    x, y, w, h = frame.rect(booth.rect)
    turn = math.radians(booth.rotation)
    c, s = abs(math.cos(turn)), abs(math.sin(turn))
    if booth.rotation % 90:
        side = min(w, h) * 0.7  # a slanted booth: label a square inside it
        return x + (w - side) / 2, y + (h - side) / 2, side, side
    fw, fh = w * c + h * s, w * s + h * c
    return x + (w - fw) / 2, y + (h - fh) / 2, fw, fh


def number_sizes(frame: PlanFrame, booths: Sequence[Booth], named: Collection[str],
                  min_size: float, max_label: float) -> dict[str, tuple[float, bool]]:
    """Per booth the size of its number and whether its name fits below it.

    Booths of one size share one type size (the smallest that fits all their numbers), so a
    row reads evenly; where that is below `min_size`, their numbers are left out.
    """
    face = metrics(Face.BOLD)
    fits: dict[tuple[float, float], list[tuple[str, float, float]]] = {}
    for booth in booths:
        _, _, w, h = footprint(frame, booth)
        room_w, room_h = w * 0.84, h * 0.84
        ink_w, ink_h = face.ink_width(booth.number), face.ink_top(booth.number)
        if ink_w <= 0 or ink_h <= 0:
            continue
        alone = min(max_label, room_w / ink_w, room_h * 0.8 / ink_h)
        above = min(max_label, room_w / ink_w, room_h * 0.42 / ink_h)
        fits.setdefault((round(w, 1), round(h, 1)), []).append((booth.number, alone, above))
    sizes = {}
    for group in fits.values():
        alone = min(fit[1] for fit in group)
        above = min((fit[2] for fit in group if fit[0] in named), default=alone)
        if above >= min_size:
            size, with_name = above, True
        elif alone >= min_size:
            size, with_name = alone, False
        else:
            continue  # too small to read: the booths stay coloured rectangles
        for number, _, _ in group:
            sizes[number] = (size, with_name)
    return sizes


def booth_label(canvas: Canvas, frame: PlanFrame, booth: Booth, name: str, size: float,
                 min_size: float, max_label: float) -> None:
    x, y, w, h = footprint(frame, booth)
    pad = min(w, h) * 0.08
    room_w, room_h = w - 2 * pad, h - 2 * pad
    number_style = TextStyle(Face.BOLD, max_size=size, min_size=size, wrap=False,
                             descender=False)
    number = fit_text(booth.number, number_style, room_w + 0.5, room_h + 0.5)
    lines: list[Fitted] = []
    gap = size * 0.25
    if name:
        # Names as even as the numbers (words are never split); a long one is shortened.
        # Larger booths: the name may shrink (not below min_size) until its first word fits.
        first = metrics(Face.REGULAR).advance(shape(name.split()[0]))
        name_size = max(min_size, min(size * 0.5, max_label * 0.6, room_w * 0.98 / max(first, 1e-6)))
        name_style = TextStyle(max_size=name_size, min_size=name_size, wrap=False,
                               descender=False)
        pitch = name_size * 1.12
        count = int((room_h - number.height - gap) // pitch)
        for line in word_lines(name, name_style, room_w, count):
            lines.append(fit_text(line, name_style, room_w + 0.5, pitch * 2))
    block = number.height + (gap + len(lines) * name_size * 1.12 if lines else 0.0)
    top = y + h / 2 + block / 2
    canvas.saveState()
    draw_fitted(canvas, number, number_style, x=x + pad, top=top, width=room_w, align="center")
    top -= number.height + gap
    for fitted in lines:
        draw_fitted(canvas, fitted, name_style, x=x + pad, top=top, width=room_w, align="center")
        top -= name_size * 1.12
    canvas.restoreState()


def strip_boxes(frame: PlanFrame, booth: Booth) -> list[Box]:
    """A shared booth's strips on the page, upright (none for a slanted booth)."""
    if booth.rotation % 90:
        return []
    rect = booth.rect
    cx, cy = rect.x + rect.width / 2, rect.y + rect.depth / 2
    px, py = frame.at(cx, cy)
    turn = math.radians(booth.rotation)
    c, s = round(math.cos(turn)), round(math.sin(turn))
    boxes = []
    for strip in share_rects(booth):
        dx, dy = strip.x + strip.width / 2 - cx, strip.y + strip.depth / 2 - cy
        mx, my = px + frame.length(dx * c - dy * s), py + frame.length(dx * s + dy * c)
        w, h = frame.length(strip.width), frame.length(strip.depth)
        if booth.rotation % 180:
            w, h = h, w
        boxes.append((mx - w / 2, my - h / 2, w, h))
    return boxes


def shared_label(canvas: Canvas, frame: PlanFrame, booth: Booth, names: Sequence[str],
                 size: float, min_size: float, max_label: float) -> bool:
    """A shared booth's number once at the top of the booth, each stand's name in its strip
    below it. The number shrinks (not below `min_size`) until every name has a line; if
    that cannot be, as many names as fit. False (nothing drawn) if none fits anywhere."""
    best: tuple[Fitted, TextStyle, list[_Placed]] | None = None
    candidate = size
    while True:
        number, style, placed_names = _shared_layout(frame, booth, names, candidate, min_size,
                                                     max_label)
        if best is None or len(placed_names) > len(best[2]):
            best = number, style, placed_names
        if len(placed_names) == len([name for name in names if name]) or candidate <= min_size:
            break
        candidate = max(min_size, candidate * 0.85)
    number, style, placed_names = best
    if not placed_names:
        return False
    x, y, w, h = footprint(frame, booth)
    pad = min(w, h) * 0.08
    canvas.saveState()
    draw_fitted(canvas, number, style, x=x + pad, top=y + h - pad, width=w - 2 * pad,
                align="center")
    for lines, name_style, left, top, width, pitch in placed_names:
        for line in lines:
            draw_fitted(canvas, fit_text(line, name_style, width + 0.5, pitch * 2), name_style,
                        x=left, top=top, width=width, align="center")
            top -= pitch
    canvas.restoreState()
    return True


_Placed = tuple[list[str], TextStyle, float, float, float, float]  # lines, style, x, top, w, pitch


def _shared_layout(frame: PlanFrame, booth: Booth, names: Sequence[str], size: float,
                   min_size: float, max_label: float) -> tuple[Fitted, TextStyle, list[_Placed]]:
    """The number at `size` at the top of the booth and the names that fit their strips
    below it."""
    x, y, w, h = footprint(frame, booth)
    pad = min(w, h) * 0.08
    number_style = TextStyle(Face.BOLD, max_size=size, min_size=size, wrap=False,
                             descender=False)
    number = fit_text(booth.number, number_style, w - 2 * pad + 0.5, h - 2 * pad + 0.5)
    band = y + h - pad - number.height - size * 0.25  # names stay below this line
    placed_names: list[_Placed] = []
    for name, (sx, sy, sw, sh) in zip(names, strip_boxes(frame, booth), strict=False):
        spad = min(sw, sh) * 0.08
        top = min(sy + sh - spad, band)
        room_w, room_h = sw - 2 * spad, top - (sy + spad)
        if not name or room_w <= 0 or room_h <= 0:
            continue
        first = metrics(Face.REGULAR).advance(shape(name.split()[0]))
        name_size = max(min_size, min(size * 0.5, max_label * 0.6,
                                      room_w * 0.98 / max(first, 1e-6)))
        style = TextStyle(max_size=name_size, min_size=name_size, wrap=False, descender=False)
        pitch = name_size * 1.12
        lines = word_lines(name, style, room_w, int(room_h // pitch))
        if lines:
            block = len(lines) * pitch
            placed_names.append((lines, style, sx + spad, top - (room_h - block) / 2, room_w,
                                 pitch))
    return number, number_style, placed_names


def word_lines(text: str, style: TextStyle, width: float, count: int) -> list[str]:
    """`text` broken between words into at most `count` lines no wider than `width` pt, the
    last one ending in "…" if words are left over; none if even that cannot be read."""
    if count <= 0:
        return []
    face = metrics(style.face)
    size = style.max_size

    def fits(line: str) -> bool:
        return face.advance(shape(line)) * size <= width

    lines: list[str] = []
    words_left = text.split()
    while words_left and len(lines) < count:
        line = words_left.pop(0)
        while words_left and fits(f"{line} {words_left[0]}"):
            line = f"{line} {words_left.pop(0)}"
        lines.append(line)
        if not fits(line):  # one word wider than the booth: it ends the name
            break
    if lines and (words_left or not fits(lines[-1])):
        last = lines[-1]
        while last and not fits(last + ELLIPSIS):
            last = last[:-1].rstrip()
        if len(last) < SHORT_NAME and len(lines) == 1:
            return []  # "Pr…" says nothing
        lines[-1] = last + ELLIPSIS if last else ""
    return [line for line in lines if line]
