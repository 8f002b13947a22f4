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
#
# An L- or U-shaped booth has more than four edges; each edge of its outline belongs to the side
# its outward normal points to (an L has two edges facing north and two facing east), and a
# side is closed when more than half of the length of all its edges together is against
# something. Its own rectangles never block each other.

import math
from collections.abc import Iterable

from boothmanager.domain.booth import Booth, Side
from boothmanager.domain.geometry import Point, Rect
from boothmanager.domain.polygon import (
    Box,
    Polygon,
    bounds,
    boxes_meet,
    edges,
    points_polygon,
    rect_polygon,
    centre_of,
    rotated_rect,
    strip_cover,
    turned_points,
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
    """The booth's turned main rectangle: its corners counter-clockwise, south-west first."""
    return rotated_rect(booth.rect, booth.rotation)


def piece_polygons(booth: Booth) -> tuple[Polygon, ...]:
    """Each of the booth's rectangles turned with it (convex, counter-clockwise)."""
    if not booth.parts:
        return (corners(booth),)
    centre = centre_of(booth.rect)
    return tuple(turned_points(piece.corners(), centre, booth.rotation)
                 for piece in booth.pieces)


def outline(booth: Booth) -> Polygon:
    """The booth's turned outline, counter-clockwise (a rectangle's four corners, an L's six)."""
    if not booth.parts:
        return corners(booth)
    return turned_points(booth.outline(), centre_of(booth.rect), booth.rotation)


def is_square_to_axes(booth: Booth) -> bool:
    return booth.rotation % 90 == 0


def footprint(booth: Booth) -> Rect:
    """The whole-mm box around the floor a booth covers (a quarter turn swaps width and depth;
    other angles give the box around the turned corners), for searching and indexing."""
    if booth.rotation == 0 and not booth.parts:
        return booth.rect
    x0, y0, x1, y1 = bounds(outline(booth))
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
            shapes.extend((polygon, bounds(polygon)) for polygon in piece_polygons(other))
    for obstacle in level.obstacles:
        polygon = rect_polygon(obstacle.rect)
        shapes.append((polygon, bounds(polygon)))
    return shapes


def _open_sides(booth: Booth, blockers: list[tuple[Polygon, Box]],
                walls: list[tuple[Polygon, Box]]) -> frozenset[Side]:
    lengths: dict[Side, float] = {}
    covers: dict[Side, float] = {}
    unturned = booth.outline()
    for index, (start, end) in enumerate(edges(outline(booth))):
        own = _facing(unturned[index], unturned[(index + 1) % len(unturned)])
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
        lengths[own] = lengths.get(own, 0.0) + length
        covers[own] = covers.get(own, 0.0) + union_length(stretches)
    return frozenset(compass_side(own, booth.rotation) for own in AROUND
                     if covers[own] <= COVERED * lengths[own])


def _facing(start: Point, end: Point) -> Side:
    """The unturned side an outline edge (counter-clockwise) belongs to: where it faces."""
    if end.x > start.x:
        return Side.SOUTH
    if end.y > start.y:
        return Side.EAST
    if end.x < start.x:
        return Side.NORTH
    return Side.WEST


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
    shapes = {booth.number: [(polygon, bounds(polygon)) for polygon in piece_polygons(booth)]
              for booth in on_level}
    result = {}
    for booth in on_level:
        near = {other.number for cell in _cells(footprint(booth))
                for other in cells.get(cell, ()) if other.number != booth.number}
        blockers = [shape for number in near for shape in shapes[number]] + obstacles
        result[booth.number] = _open_sides(booth, blockers, walls)
    return result


def _cells(rect: Rect) -> list[tuple[int, int]]:
    """The grid cells a rectangle (grown by TOUCH) reaches into."""
    x0, x1 = (rect.x - TOUCH) // GRID, (rect.right + TOUCH) // GRID
    y0, y1 = (rect.y - TOUCH) // GRID, (rect.top + TOUCH) // GRID
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def side_lengths(booth: Booth) -> dict[Side, int]:
    """How long each compass side of the booth is (an L's side facing east: both its edges
    facing east), named as `open_sides` names them, so a turned booth's lengths match."""
    corners_ = booth.outline()
    lengths = {side: 0 for side in AROUND}
    for index, start in enumerate(corners_):
        end = corners_[(index + 1) % len(corners_)]
        side = compass_side(_facing(start, end), booth.rotation)
        lengths[side] += abs(end.x - start.x) + abs(end.y - start.y)
    return lengths


def frontage_mm(booth: Booth) -> int:
    """The longest side visitors can walk up to: where a stand's table goes. Not the booth's
    width: a booth against a wall may face the aisle with its depth (the foyer slots are 2 m
    wide and 3 m deep, open to the aisle along the 3 m). A booth closed on all sides has none.
    """
    sides = side_lengths(booth)  # an L's side is all its edges facing that way; turns count
    return max((sides[side] for side in booth.open_sides), default=0)
