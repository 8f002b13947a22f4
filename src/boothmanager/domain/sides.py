"""Which sides of a booth are open: not against a wall, an obstacle or another booth."""

from __future__ import annotations

# A booth is a rectangle turned counter-clockwise about its centre by `rotation` degrees.
# Each of its four sides is *against* something along the stretch where a wall lies within TOUCH
# mm of it (either side), or where an obstacle or another booth fills part of the strip TOUCH mm
# wide just outside it; a side against something along more than half its length is closed.
#
# Sides are named by compass (north = +y, into the building): a side is called after the compass
# direction its outward normal is nearest to. So an unturned booth's sides keep their names, a
# quarter turn renames them all (the front that faced south faces east), and at exactly 45°
# (135°, 225°, 315°) a side keeps the name of the lesser quarter turn, so a booth turned 45° is
# named as if unturned. The four names always stay distinct and opposite sides stay opposite, so
# the booth type (inline, corner, through, peninsula, island) reads the same at any angle.

import math
from collections.abc import Iterable

from boothmanager.domain.booth import Booth, Side
from boothmanager.domain.geometry import Rect
from boothmanager.domain.polygon import (
    Box,
    Polygon,
    bounds,
    boxes_meet,
    edges,
    points_polygon,
    rect_polygon,
    rotated_rect,
    strip_cover,
    union_length,
)
from boothmanager.domain.venue import Level

TOUCH = 100  # mm: a gap this small still counts as "against" (panels, tape, rounding)
COVERED = 0.5  # a side more than half covered is closed
OUTSIDE = 0.5  # mm: a neighbour must reach this far beyond a side to be against it (a booth
#                stacked exactly on another touches its sides only from within)
GRID = 10_000  # mm: cell size of the neighbour index

# The sides of the unturned rectangle in the order its corners run (counter-clockwise).
AROUND = (Side.SOUTH, Side.EAST, Side.NORTH, Side.WEST)


def corners(booth: Booth) -> Polygon:
    """The booth's turned rectangle: its corners counter-clockwise, south-west first."""
    return rotated_rect(booth.rect, booth.rotation)


def is_square_to_axes(booth: Booth) -> bool:
    return booth.rotation % 90 == 0


def footprint(booth: Booth) -> Rect:
    """The whole-mm box around the floor a booth covers (a quarter turn swaps width and depth;
    other angles give the box around the turned corners), for searching and indexing."""
    if booth.rotation == 0:
        return booth.rect
    x0, y0, x1, y1 = bounds(corners(booth))
    left, bottom = math.floor(x0 + 1e-6), math.floor(y0 + 1e-6)
    return Rect(left, bottom, max(1, math.ceil(x1 - 1e-6) - left),
                max(1, math.ceil(y1 - 1e-6) - bottom))


def quarter_turns(rotation: int) -> int:
    """The quarter turns a booth's side names follow: nearest, ties to the lesser."""
    return ((rotation + 44) // 90) % 4


def compass_side(side: Side, rotation: int) -> Side:
    """The compass name of the side that is `side` of the unturned booth."""
    return AROUND[(AROUND.index(side) + quarter_turns(rotation)) % 4]


def _walls(level: Level) -> list[tuple[Polygon, Box]]:
    outline = points_polygon(level.outline)
    return [((a, b), bounds((a, b))) for a, b in edges(outline)]


def _shapes(booths: Iterable[Booth], level: Level, booth: Booth) -> list[tuple[Polygon, Box]]:
    shapes = []
    for other in booths:
        if other.number != booth.number and other.level == booth.level:
            polygon = corners(other)
            shapes.append((polygon, bounds(polygon)))
    for obstacle in level.obstacles:
        polygon = rect_polygon(obstacle.rect)
        shapes.append((polygon, bounds(polygon)))
    return shapes


def _open_sides(booth: Booth, blockers: list[tuple[Polygon, Box]],
                walls: list[tuple[Polygon, Box]]) -> frozenset[Side]:
    open_sides = set()
    for own, (start, end) in zip(AROUND, edges(corners(booth))):
        length = math.hypot(end[0] - start[0], end[1] - start[1])
        reach = bounds((start, end))
        stretches = []
        for wall, box in walls:
            if boxes_meet(reach, box, margin=TOUCH):
                stretch = strip_cover(start, end, wall, near=-TOUCH, far=TOUCH)
                if stretch:
                    stretches.append(stretch)
        for shape, box in blockers:
            if boxes_meet(reach, box, margin=TOUCH):
                stretch = strip_cover(start, end, shape, near=OUTSIDE, far=TOUCH)
                if stretch:
                    stretches.append(stretch)
        if union_length(stretches) <= COVERED * length:
            open_sides.add(compass_side(own, booth.rotation))
    return frozenset(open_sides)


def detect_open_sides(booth: Booth, others: Iterable[Booth], level: Level) -> frozenset[Side]:
    """The sides of `booth` that visitors can walk up to."""
    return _open_sides(booth, _shapes(others, level, booth), _walls(level))


def open_sides_for(booths: Iterable[Booth], level: Level) -> dict[str, frozenset[Side]]:
    """Open sides of every booth on `level`, using a grid so a big plan stays linear."""
    on_level = [b for b in booths if b.level == level.name]
    cells: dict[tuple[int, int], list[Booth]] = {}
    for booth in on_level:
        for cell in _cells(footprint(booth)):
            cells.setdefault(cell, []).append(booth)
    walls = _walls(level)
    obstacles = _shapes((), level, Booth(number="-", level=level.name, rect=Rect(0, 0, 1, 1)))
    shapes = {booth.number: (corners(booth), bounds(corners(booth))) for booth in on_level}
    result = {}
    for booth in on_level:
        near = {other.number for cell in _cells(footprint(booth))
                for other in cells.get(cell, ()) if other.number != booth.number}
        blockers = [shapes[number] for number in near] + obstacles
        result[booth.number] = _open_sides(booth, blockers, walls)
    return result


def _cells(rect: Rect) -> list[tuple[int, int]]:
    """The grid cells a rectangle (grown by TOUCH) reaches into."""
    x0, x1 = (rect.x - TOUCH) // GRID, (rect.right + TOUCH) // GRID
    y0, y1 = (rect.y - TOUCH) // GRID, (rect.top + TOUCH) // GRID
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
