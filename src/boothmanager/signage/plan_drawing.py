"""One level of an event's plan, drawn to scale into a box on a ReportLab canvas."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Booth, Event, Exit, ExitKind, Level, Point, Rect
from boothmanager.domain.shares import front_side, share_rects
from boothmanager.signage import plan_symbols as sym
from boothmanager.signage.content import short_name
from boothmanager.signage.fonts import Face, metrics, register_fonts
from boothmanager.signage.layout import MUTED, TextStyle
from boothmanager.signage.legibility import CAP_HEIGHT, LETTERS_PER_DISTANCE, PT
from boothmanager.signage.plan_labels import SHORT_NAME, booth_label, number_sizes, shared_label
from boothmanager.signage.render import draw_fitted, fit_text
from boothmanager.signage.text import TextDoesNotFit, clean
from boothmanager.signage.wording import words

Box = tuple[float, float, float, float]  # left, bottom, width, height in pt (ReportLab's axes)
PLAN_READING = 500  # mm: a plan is read up close, with a finger on it
MAX_BOOTH_LABEL = 28.0  # pt: larger numbers do not help on a plan


class UnknownLevel(ValueError):
    """The plan asked for a level the venue does not have."""

    def __init__(self, level: str, known: Sequence[str]) -> None:
        self.level = level
        self.known = tuple(known)
        super().__init__(f"there is no level {level!r}; the venue has "
                         f"{', '.join(repr(name) for name in known) or 'no levels'}")


def letter_size(reading_distance: int) -> float:
    """The smallest type size (pt) whose capitals are read from `reading_distance` mm."""
    return reading_distance / LETTERS_PER_DISTANCE / (CAP_HEIGHT * PT)


@dataclass(frozen=True, slots=True)
class PlanFrame:
    """Where a level landed on the page: venue mm to page pt, north up."""

    level: Level
    bounds: Rect  # the level's extent in mm
    scale: float  # pt per mm of the venue
    left: float  # page x of bounds.x, pt
    bottom: float  # page y of bounds.y, pt

    def at(self, x: float, y: float) -> tuple[float, float]:
        """The page point (pt) of the venue point (`x`, `y`) in mm."""
        return (self.left + (x - self.bounds.x) * self.scale,
                self.bottom + (y - self.bounds.y) * self.scale)

    def point(self, point: Point) -> tuple[float, float]:
        return self.at(point.x, point.y)

    def length(self, millimetres: float) -> float:
        return millimetres * self.scale

    def rect(self, rect: Rect) -> Box:
        left, bottom = self.at(rect.x, rect.y)
        return left, bottom, rect.width * self.scale, rect.depth * self.scale

    @property
    def area(self) -> Box:
        """The level's extent on the page."""
        return self.rect(self.bounds)

    @property
    def ratio(self) -> int:
        """N of the scale 1 : N when printed at full size."""
        return max(1, round(mm / self.scale))


class PlanMark(Protocol):
    """Something a caller draws on top of the plan, placed in venue mm through the frame."""

    def draw(self, canvas: Canvas, frame: PlanFrame) -> None: ...


@dataclass(frozen=True, slots=True)
class Arrow:
    """An arrow between two venue points (mm), e.g. the way from the entrance to a booth."""

    start: Point
    end: Point
    color: str = sym.ARROW
    weight: float = 2.5  # pt

    def draw(self, canvas: Canvas, frame: PlanFrame) -> None:
        sym.arrow(canvas, frame.point(self.start), frame.point(self.end), color=self.color,
                  weight=self.weight)


@dataclass(frozen=True, slots=True)
class Here:
    """The "you are here" marker at a venue point, labelled in the plan's language."""

    at: Point
    text: str

    def draw(self, canvas: Canvas, frame: PlanFrame) -> None:
        x, y = frame.point(self.at)
        radius = max(2.5, min(frame.length(250), 9.0))
        sym.here_marker(canvas, x, y, radius)
        style = TextStyle(Face.BOLD, max_size=radius * 2.6, min_size=radius * 2.6, wrap=False,
                          color="#ffffff", descender=False)
        fitted = fit_text(self.text, style, 1e6, 1e6)
        face = metrics(Face.BOLD)
        width = face.ink_width(fitted.lines[0]) * fitted.size
        pad = fitted.size * 0.35
        box_w, box_h = width + 2 * pad, fitted.ascent + 2 * pad
        page_right = frame.area[0] + frame.area[2]
        left = x + radius * 2.4 if x + radius * 2.4 + box_w <= page_right else (
            x - radius * 2.4 - box_w)
        canvas.saveState()
        canvas.setFillColor(HexColor(sym.HERE_RED))
        canvas.roundRect(left, y - box_h / 2, box_w, box_h, pad * 0.6, stroke=0, fill=1)
        draw_fitted(canvas, fitted, style, x=left + pad, top=y + box_h / 2 - pad, width=width)
        canvas.restoreState()


def choose_level(event: Event, level: str | None) -> Level:
    """The level named, or (None) the first level that has booths, else the first level."""
    levels = event.venue.levels
    if level is not None:
        for candidate in levels:
            if candidate.name == level:
                return candidate
        raise UnknownLevel(level, [candidate.name for candidate in levels])
    if not levels:
        raise UnknownLevel("", [])
    used = {booth.level for booth in event.booths}
    return next((candidate for candidate in levels if candidate.name in used), levels[0])


def frame_for(level: Level, box: Box, *, margin: float) -> PlanFrame:
    """The largest north-up scale at which the level fits `box` less `margin` on each side."""
    bounds = level.bounds()
    left, bottom, width, height = box
    inner_w, inner_h = max(width - 2 * margin, 1.0), max(height - 2 * margin, 1.0)
    scale = min(inner_w / bounds.width, inner_h / bounds.depth)
    return PlanFrame(level=level, bounds=bounds, scale=scale,
                     left=left + (width - bounds.width * scale) / 2,
                     bottom=bottom + (height - bounds.depth * scale) / 2)


def draw_plan(canvas: Canvas, event: Event, *, level: str | None, box: Box,
              highlight: Collection[str] = (), marks: Sequence[PlanMark] = (),
              lang: str = "de", here: Point | None = None,
              reading_distance: int = PLAN_READING, names: bool = True,
              max_label: float = MAX_BOOTH_LABEL,
              highlight_stands: Collection[int] = ()) -> PlanFrame:
    """Draw one level into `box` and return its frame, so callers can draw more.

    Booths carry their number and the short public name of their stand where both can
    be read from `reading_distance`; smaller booths keep the number only, or nothing.
    `highlight` names booths drawn in the highlight colour; `marks` are drawn last, then
    the "you are here" marker at `here`. Only public data is read.

    A shared booth is drawn as its stands' strips along its front with thin dividers, its
    number once and each stand's short name in its strip where it can be read there;
    `highlight_stands` (stand ids) highlights a stand's strip alone.
    """
    register_fonts()
    chosen = choose_level(event, level)
    left, bottom, width, height = box
    sign = max(12.0, min(min(width, height) * 0.04, 90.0))  # exit markers, pt
    frame = frame_for(chosen, box, margin=sign * 2.1)
    canvas.saveState()
    _floor(canvas, frame)
    for zone in chosen.zones:
        x, y, w, h = frame.rect(zone.rect)
        sym.hatch(canvas, x, y, w, h, spacing=max(2.5, min(frame.length(450), 9.0)),
                  weight=max(0.35, min(frame.length(40), 0.9)))
    min_size = letter_size(reading_distance)
    for obstacle in chosen.obstacles:
        _obstacle(canvas, frame, obstacle.rect, obstacle.label, min_size, max_label * 0.5)
    stands = {stand.id: stand for stand in event.stands}
    marked = set(highlight)
    booths = [booth for booth in event.booths if booth.level == chosen.name]
    for booth in booths:
        _booth_shape(canvas, frame, booth, booth.number in marked, highlight_stands)
    _walls(canvas, frame)
    for exit_ in chosen.exits:
        _exit(canvas, frame, exit_, sign)
    names_of = {booth.number: [short_name(stands[i].name) for i in booth.stand_ids
                               if i in stands] for booth in booths if names and booth.shares}
    sizes = number_sizes(frame, booths, names_of, min_size, max_label)
    for booth in booths:
        if booth.number in sizes:
            size, with_name = sizes[booth.number]
            shown = names_of.get(booth.number, []) if with_name else []
            if len(shown) > 1 and shared_label(canvas, frame, booth, shown, size, min_size,
                                               max_label):
                continue
            booth_label(canvas, frame, booth, shown[0] if len(shown) == 1 else "", size,
                        min_size, max_label)
    for mark in marks:
        canvas.saveState()
        mark.draw(canvas, frame)
        canvas.restoreState()
    if here is not None:
        Here(here, words(lang)["here"]).draw(canvas, frame)
    canvas.restoreState()
    return frame


def _outline_path(canvas: Canvas, frame: PlanFrame):  # noqa: ANN202 - ReportLab's PDFPathObject
    path = canvas.beginPath()
    points = [frame.point(p) for p in frame.level.outline]
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    return path


def _floor(canvas: Canvas, frame: PlanFrame) -> None:
    canvas.setFillColor(HexColor(sym.FLOOR))
    canvas.drawPath(_outline_path(canvas, frame), stroke=0, fill=1)


def _walls(canvas: Canvas, frame: PlanFrame) -> None:
    canvas.saveState()
    canvas.setStrokeColor(HexColor(sym.WALL))
    canvas.setLineWidth(max(1.2, min(frame.length(250), 5.0)))
    canvas.setLineJoin(0)
    canvas.drawPath(_outline_path(canvas, frame), stroke=1, fill=0)
    canvas.restoreState()


def _obstacle(canvas: Canvas, frame: PlanFrame, rect: Rect, label: str, min_size: float,
              max_size: float) -> None:
    x, y, w, h = frame.rect(rect)
    canvas.saveState()
    canvas.setFillColor(HexColor(sym.OBSTACLE))
    canvas.setStrokeColor(HexColor(sym.OBSTACLE_EDGE))
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, w, h, stroke=1, fill=1)
    canvas.restoreState()
    face = metrics(Face.REGULAR)
    label = clean(label)
    # A fixture's name is printed whole or not at all: "Garder|obe" helps nobody.
    if label and max(face.ink_width(word) for word in label.split()) * min_size < w * 0.88:
        style = TextStyle(max_size=max(min_size, min(h * 0.3, max_size)), min_size=min_size,
                          leading=1.05, color=MUTED, descender=False)
        _centred(canvas, label, style, x, y, w, h)


def _centred(canvas: Canvas, text: str, style: TextStyle, x: float, y: float, w: float,
             h: float, *, keep_short: bool = False) -> float:
    """Draw `text` centred in the box, or nothing if it cannot be read there; its height."""
    pad = min(w, h) * 0.06
    try:
        fitted = fit_text(text, style, w - 2 * pad, h - 2 * pad)
    except TextDoesNotFit:
        return 0.0
    if not fitted.lines or (fitted.shortened and not keep_short
                            and len("".join(fitted.lines).strip()) <= SHORT_NAME):
        return 0.0
    top = y + h / 2 + fitted.height / 2
    canvas.saveState()
    draw_fitted(canvas, fitted, style, x=x + pad, top=top, width=w - 2 * pad, align="center")
    canvas.restoreState()
    return fitted.height


def _booth_shape(canvas: Canvas, frame: PlanFrame, booth: Booth, highlighted: bool,
                 highlight_stands: Collection[int] = ()) -> None:
    x, y, w, h = frame.rect(booth.rect)
    if highlighted:
        fill, edge, weight = sym.HIGHLIGHT_FILL, sym.HIGHLIGHT_EDGE, 1.6
    elif booth.stand_id is not None:
        fill, edge, weight = sym.BOOTH_FILL, sym.BOOTH_EDGE, 0.7
    else:
        fill, edge, weight = sym.FREE_FILL, sym.FREE_EDGE, 0.5
    canvas.saveState()
    canvas.translate(x + w / 2, y + h / 2)
    if booth.rotation:
        canvas.rotate(booth.rotation)
    canvas.setFillColor(HexColor(fill))
    canvas.setStrokeColor(HexColor(edge))
    line = min(weight, max(0.2, min(w, h) * 0.08))
    canvas.setLineWidth(line)
    cx = booth.rect.x + booth.rect.width / 2
    cy = booth.rect.y + booth.rect.depth / 2
    if booth.parts:  # an L or U: its outline, about the main rectangle's centre like the rest
        path = canvas.beginPath()
        (first, *rest) = [(frame.length(c.x - cx), frame.length(c.y - cy))
                          for c in booth.outline()]
        path.moveTo(*first)
        for corner in rest:
            path.lineTo(*corner)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    else:
        canvas.rect(-w / 2, -h / 2, w, h, stroke=1, fill=1)
    if booth.shared:
        _strips(canvas, frame, booth, (cx, cy), line, highlight_stands)
    canvas.restoreState()


def _strips(canvas: Canvas, frame: PlanFrame, booth: Booth, centre: tuple[float, float],
            line: float, highlight_stands: Collection[int]) -> None:
    """A shared booth's strips, in the booth's own turned frame: the highlighted stands'
    strips filled, thin dividers between neighbours."""
    cx, cy = centre
    strips = share_rects(booth)
    for share, strip in zip(booth.shares, strips, strict=True):
        if share.stand_id in highlight_stands:
            canvas.setFillColor(HexColor(sym.HIGHLIGHT_FILL))
            canvas.setStrokeColor(HexColor(sym.HIGHLIGHT_EDGE))
            canvas.setLineWidth(line * 1.6)
            canvas.rect(frame.length(strip.x - cx), frame.length(strip.y - cy),
                        frame.length(strip.width), frame.length(strip.depth), stroke=1, fill=1)
    canvas.setStrokeColor(HexColor(sym.BOOTH_EDGE))
    canvas.setLineWidth(max(0.2, line * 0.6))
    across_x = front_side(booth).value in ("north", "south")
    rect = booth.rect
    for strip in strips[1:]:
        if across_x:
            at = frame.length(strip.x - cx)
            canvas.line(at, frame.length(rect.y - cy), at, frame.length(rect.y + rect.depth - cy))
        else:
            at = frame.length(strip.y - cy)
            canvas.line(frame.length(rect.x - cx), at, frame.length(rect.x + rect.width - cx), at)


def inside(level: Level, x: float, y: float) -> bool:
    """Whether a venue point lies inside the level's outline (even-odd rule)."""
    inside = False
    points = level.outline
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        if (a.y > y) != (b.y > y):
            cross = a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y)
            if x < cross:
                inside = not inside
    return inside


def outward(level: Level, exit_: Exit) -> tuple[float, float]:
    """The unit vector (venue axes = page axes) from the exit's middle out of the level."""
    start, end = exit_.start, exit_.end
    length = math.hypot(end.x - start.x, end.y - start.y) or 1.0
    nx, ny = -(end.y - start.y) / length, (end.x - start.x) / length
    mx, my = (start.x + end.x) / 2, (start.y + end.y) / 2
    probe = max(50.0, length * 0.05)
    if inside(level, mx + nx * probe, my + ny * probe):
        return -nx, -ny
    return nx, ny


def _exit(canvas: Canvas, frame: PlanFrame, exit_: Exit, sign: float) -> None:
    (x0, y0), (x1, y1) = frame.point(exit_.start), frame.point(exit_.end)
    door = exit_.kind is ExitKind.HALL_DOOR
    color = sym.DOOR_BLUE if door else sym.SAFETY_GREEN
    wall = max(1.2, min(frame.length(250), 5.0))
    canvas.saveState()
    canvas.setLineCap(0)
    canvas.setStrokeColor(white)
    canvas.setLineWidth(wall * 1.6)
    canvas.line(x0, y0, x1, y1)
    canvas.setStrokeColor(HexColor(color))
    canvas.setLineWidth(wall * 2.2)
    canvas.line(x0, y0, x1, y1)
    canvas.restoreState()
    dx, dy = outward(frame.level, exit_)
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    if door:
        label_at = (mx + dx * (wall * 1.5 + sign * 0.45), my + dy * (wall * 1.5 + sign * 0.45))
    else:
        cx, cy = mx + dx * (wall * 1.2 + sign * 0.6), my + dy * (wall * 1.2 + sign * 0.6)
        sym.escape_sign(canvas, cx, cy, sign, direction=(dx, dy))
        # The name goes beside the sign: right of it on a north or south wall, below it
        # on an east or west wall.
        label_at = (cx + sign * 1.1, cy) if abs(dy) > abs(dx) else (cx, cy - sign * 0.9)
    style = TextStyle(Face.BOLD, max_size=sign * 0.5, min_size=sign * 0.5, wrap=False,
                      color=color, descender=False)
    try:
        fitted = fit_text(exit_.name, style, sign * 4, sign)
    except TextDoesNotFit:
        return
    if not fitted.lines:
        return
    width = metrics(Face.BOLD).ink_width(fitted.lines[0]) * fitted.size
    lx, ly = label_at
    canvas.saveState()
    draw_fitted(canvas, fitted, style, x=lx - width / 2, top=ly + fitted.ascent / 2, width=width,
                align="center")
    canvas.restoreState()
