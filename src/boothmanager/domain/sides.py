"""Which sides of a booth are open: not against a wall, an obstacle or another booth."""

from __future__ import annotations

from collections.abc import Iterable

from boothmanager.domain.booth import Booth, Side
from boothmanager.domain.geometry import Point, Rect
from boothmanager.domain.venue import Level

TOUCH = 100  # mm: a gap this small still counts as "against" (panels, tape, rounding)
COVERED = 0.5  # a side more than half covered is closed


def footprint(booth: Booth) -> Rect:
    """The area a booth covers on the floor (a quarter turn swaps width and depth)."""
    rect = booth.rect
    if booth.rotation % 180 == 90:
        cx, cy = rect.x + rect.width // 2, rect.y + rect.depth // 2
        return Rect(cx - rect.depth // 2, cy - rect.width // 2, rect.depth, rect.width)
    return rect


def _side_segment(rect: Rect, side: Side) -> tuple[Point, Point]:
    return {
        Side.SOUTH: (Point(rect.x, rect.y), Point(rect.right, rect.y)),
        Side.NORTH: (Point(rect.x, rect.top), Point(rect.right, rect.top)),
        Side.WEST: (Point(rect.x, rect.y), Point(rect.x, rect.top)),
        Side.EAST: (Point(rect.right, rect.y), Point(rect.right, rect.top)),
    }[side]


def _covered_by_rect(rect: Rect, side: Side, other: Rect) -> int:
    """How many mm of `side` of `rect` lie against `other` (within TOUCH, or through it)."""
    if side in (Side.SOUTH, Side.NORTH):
        edge = rect.y if side is Side.SOUTH else rect.top
        facing = other.top if side is Side.SOUTH else other.y
        low, high, span = other.y, other.top, (rect.x, rect.right, other.x, other.right)
    else:
        edge = rect.x if side is Side.WEST else rect.right
        facing = other.right if side is Side.WEST else other.x
        low, high, span = other.x, other.right, (rect.y, rect.top, other.y, other.top)
    if abs(facing - edge) > TOUCH and not low < edge < high:
        return 0
    start, end, other_start, other_end = span
    return max(0, min(end, other_end) - max(start, other_start))


def _covered_by_wall(rect: Rect, side: Side, outline: tuple[Point, ...]) -> int:
    """How many mm of the side run along an axis-parallel wall of the outline."""
    a, b = _side_segment(rect, side)
    covered = 0
    for start, end in zip(outline, outline[1:] + outline[:1]):
        if a.y == b.y and start.y == end.y and abs(start.y - a.y) <= TOUCH:
            low, high = sorted((start.x, end.x))
            covered += max(0, min(b.x, high) - max(a.x, low))
        elif a.x == b.x and start.x == end.x and abs(start.x - a.x) <= TOUCH:
            low, high = sorted((start.y, end.y))
            covered += max(0, min(b.y, high) - max(a.y, low))
    return covered


def detect_open_sides(booth: Booth, others: Iterable[Booth], level: Level) -> frozenset[Side]:
    """The sides of `booth` that visitors can walk up to."""
    rect = footprint(booth)
    blockers = [footprint(o) for o in others if o.number != booth.number and o.level == booth.level]
    blockers += [obstacle.rect for obstacle in level.obstacles]
    open_sides = set()
    for side in Side:
        length = rect.width if side in (Side.SOUTH, Side.NORTH) else rect.depth
        covered = _covered_by_wall(rect, side, level.outline)
        covered += sum(_covered_by_rect(rect, side, other) for other in blockers)
        if covered <= COVERED * length:
            open_sides.add(side)
    return frozenset(open_sides)


GRID = 10_000  # mm: cell size of the neighbour index


def open_sides_for(booths: Iterable[Booth], level: Level) -> dict[str, frozenset[Side]]:
    """Open sides of every booth on `level`, using a grid so a big plan stays linear."""
    on_level = [b for b in booths if b.level == level.name]
    cells: dict[tuple[int, int], list[Booth]] = {}
    for booth in on_level:
        for cell in _cells(footprint(booth)):
            cells.setdefault(cell, []).append(booth)
    result = {}
    for booth in on_level:
        near = {other.number: other for cell in _cells(footprint(booth))
                for other in cells.get(cell, ())}
        result[booth.number] = detect_open_sides(booth, near.values(), level)
    return result


def _cells(rect: Rect) -> list[tuple[int, int]]:
    """The grid cells a rectangle (grown by TOUCH) reaches into."""
    x0, x1 = (rect.x - TOUCH) // GRID, (rect.right + TOUCH) // GRID
    y0, y1 = (rect.y - TOUCH) // GRID, (rect.top + TOUCH) // GRID
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
