"""The symbols of a printed plan: escape-sign markers, hatching, north arrow, scale bar."""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas

# Colours of the printed plan; safety colours after ISO 7010 / ASR A1.3.
SAFETY_GREEN = "#009a44"
DOOR_BLUE = "#1565c0"
KEEP_CLEAR = "#d32f2f"
HERE_RED = "#d50000"
WALL = "#263238"
FLOOR = "#ffffff"
OBSTACLE = "#cfd8dc"
OBSTACLE_EDGE = "#78909c"
BOOTH_FILL = "#dbe8fa"
BOOTH_EDGE = "#1d4e89"
FREE_FILL = "#ffffff"
FREE_EDGE = "#90a4ae"
HIGHLIGHT_FILL = "#ffb74d"
HIGHLIGHT_EDGE = "#e65100"
ARROW = "#e65100"

# A running figure in a unit square (x right, y up), facing right: head, then strokes.
_HEAD = (0.60, 0.86, 0.095)
_FIGURE = (
    ((0.56, 0.72), (0.42, 0.44)),  # torso
    ((0.20, 0.52), (0.34, 0.63), (0.52, 0.68), (0.66, 0.56), (0.80, 0.60)),  # arms
    ((0.42, 0.44), (0.60, 0.28), (0.56, 0.06)),  # front leg
    ((0.42, 0.44), (0.28, 0.26), (0.08, 0.22)),  # back leg
)


def hatch(canvas: Canvas, left: float, bottom: float, width: float, height: float, *,
          spacing: float, color: str = KEEP_CLEAR, weight: float = 0.6) -> None:
    """Diagonal hatching clipped to a rectangle, with a dashed edge (a keep-clear area)."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(left, bottom, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(HexColor(color))
    canvas.setLineWidth(weight)
    reach = width + height
    offset = -height
    lines = []
    while offset < width:
        lines.append((left + offset, bottom, left + offset + reach, bottom + reach))
        offset += spacing
    canvas.lines(lines)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColor(HexColor(color))
    canvas.setLineWidth(weight * 1.5)
    canvas.setDash([3 * weight * 2, 2 * weight * 2])
    canvas.rect(left, bottom, width, height, stroke=1, fill=0)
    canvas.restoreState()


def _arrow(canvas: Canvas, *, length: float, weight: float) -> None:
    """A white arrow along +x from 0 to `length`, centred on y = 0."""
    head = weight * 2.6
    canvas.setLineWidth(weight)
    canvas.setLineCap(0)
    canvas.line(0, 0, length - head * 0.9, 0)
    path = canvas.beginPath()
    path.moveTo(length, 0)
    path.lineTo(length - head, head * 0.75)
    path.lineTo(length - head, -head * 0.75)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def escape_sign(canvas: Canvas, cx: float, cy: float, size: float, *,
                direction: tuple[float, float]) -> None:
    """A green square with a white running figure and an arrow pointing `direction` (a unit
    vector on the page): an emergency-exit marker in the manner of ISO 7010 E001/E002."""
    dx, dy = direction
    canvas.saveState()
    canvas.setFillColor(HexColor(SAFETY_GREEN))
    radius = size * 0.08
    canvas.roundRect(cx - size / 2, cy - size / 2, size, size, radius, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setStrokeColor(white)
    horizontal = abs(dx) >= abs(dy)
    facing = -1 if horizontal and dx < 0 else 1
    inner = size * 0.84
    # The figure runs toward the arrow: left half for a sideways arrow, centre otherwise.
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.scale(facing, 1)
    figure = inner * (0.62 if horizontal else 0.56)
    fx = -inner / 2 if horizontal else -figure / 2 - inner * 0.14
    canvas.translate(fx, -figure / 2)
    canvas.scale(figure, figure)
    canvas.setLineWidth(0.11)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    x, y, r = _HEAD
    canvas.circle(x, y, r, stroke=0, fill=1)
    for stroke in _FIGURE:
        path = canvas.beginPath()
        path.moveTo(*stroke[0])
        for point in stroke[1:]:
            path.lineTo(*point)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()
    canvas.saveState()
    if horizontal:
        canvas.translate(cx + facing * inner * 0.12, cy)
        canvas.scale(facing, 1)
        _arrow(canvas, length=inner * 0.36, weight=size * 0.07)
    else:
        canvas.translate(cx + inner * 0.30, cy - math.copysign(inner * 0.30, dy))
        canvas.rotate(90 if dy > 0 else -90)
        _arrow(canvas, length=inner * 0.60, weight=size * 0.07)
    canvas.restoreState()
    canvas.restoreState()


def here_marker(canvas: Canvas, x: float, y: float, radius: float) -> None:
    """A red dot with a white ring: the "you are here" point."""
    canvas.saveState()
    canvas.setFillColor(HexColor(HERE_RED))
    canvas.circle(x, y, radius * 1.9, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.circle(x, y, radius * 1.2, stroke=0, fill=1)
    canvas.setFillColor(HexColor(HERE_RED))
    canvas.circle(x, y, radius * 0.8, stroke=0, fill=1)
    canvas.restoreState()


def arrow(canvas: Canvas, start: tuple[float, float], end: tuple[float, float], *,
          color: str = ARROW, weight: float = 2.0) -> None:
    """A line from `start` to `end` (pt) with a filled head at `end`."""
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1e-6:
        return
    head = min(weight * 4, length * 0.5)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    canvas.saveState()
    canvas.setStrokeColor(HexColor(color))
    canvas.setFillColor(HexColor(color))
    canvas.setLineWidth(weight)
    canvas.setLineCap(1)
    canvas.line(x0, y0, x1 - ux * head * 0.8, y1 - uy * head * 0.8)
    path = canvas.beginPath()
    path.moveTo(x1, y1)
    path.lineTo(x1 - ux * head - uy * head * 0.55, y1 - uy * head + ux * head * 0.55)
    path.lineTo(x1 - ux * head + uy * head * 0.55, y1 - uy * head - ux * head * 0.55)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def north_arrow(canvas: Canvas, cx: float, bottom: float, height: float) -> None:
    """An arrow pointing up the page (north is +y on every plan) with an N above it."""
    width = height * 0.45
    canvas.saveState()
    canvas.setFillColor(HexColor(WALL))
    canvas.setStrokeColor(HexColor(WALL))
    canvas.setLineWidth(max(height * 0.015, 0.5))
    tip = bottom + height * 0.72
    left = canvas.beginPath()
    left.moveTo(cx, tip)
    left.lineTo(cx - width / 2, bottom)
    left.lineTo(cx, bottom + height * 0.18)
    left.close()
    canvas.drawPath(left, stroke=1, fill=1)
    right = canvas.beginPath()
    right.moveTo(cx, tip)
    right.lineTo(cx + width / 2, bottom)
    right.lineTo(cx, bottom + height * 0.18)
    right.close()
    canvas.setFillColor(white)
    canvas.drawPath(right, stroke=1, fill=1)
    canvas.restoreState()


def nice_length(limit_mm: float) -> int:
    """The longest 1, 2 or 5 × 10ⁿ mm that is at most `limit_mm` (at least 1 mm)."""
    if limit_mm < 1:
        return 1
    power = 10 ** math.floor(math.log10(limit_mm))
    for step in (5, 2, 1):
        if step * power <= limit_mm:
            return int(step * power)
    return int(power)


def scale_bar(canvas: Canvas, left: float, bottom: float, *, length: float, height: float,
              segments: int = 4) -> None:
    """A bar of `segments` alternating dark and light parts, `length` pt long."""
    canvas.saveState()
    canvas.setStrokeColor(HexColor(WALL))
    canvas.setLineWidth(0.6)
    part = length / segments
    for i in range(segments):
        canvas.setFillColor(HexColor(WALL) if i % 2 == 0 else white)
        canvas.rect(left + i * part, bottom, part, height, stroke=1, fill=1)
    canvas.restoreState()


def swatch(canvas: Canvas, kind: str, left: float, bottom: float, size: float) -> None:
    """The legend's sample of one kind of thing on the plan, in a `size` pt square."""
    canvas.saveState()
    canvas.setLineWidth(max(size * 0.06, 0.6))
    fills = {"stand": (BOOTH_FILL, BOOTH_EDGE), "free": (FREE_FILL, FREE_EDGE),
             "highlight": (HIGHLIGHT_FILL, HIGHLIGHT_EDGE), "obstacle": (OBSTACLE, OBSTACLE_EDGE)}
    if kind in fills:
        fill, edge = fills[kind]
        canvas.setFillColor(HexColor(fill))
        canvas.setStrokeColor(HexColor(edge))
        canvas.rect(left, bottom + size * 0.15, size, size * 0.7, stroke=1, fill=1)
    elif kind == "zone":
        hatch(canvas, left, bottom + size * 0.15, size, size * 0.7, spacing=size * 0.18)
    elif kind == "exit":
        escape_sign(canvas, left + size / 2, bottom + size / 2, size, direction=(1, 0))
    elif kind == "door":
        canvas.setStrokeColor(HexColor(DOOR_BLUE))
        canvas.setLineWidth(size * 0.22)
        canvas.line(left, bottom + size / 2, left + size, bottom + size / 2)
    elif kind == "here":
        here_marker(canvas, left + size / 2, bottom + size / 2, size * 0.22)
    canvas.restoreState()
