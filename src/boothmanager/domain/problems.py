"""What is wrong with where booths stand: overlaps, outside the hall, on obstacles or exits' space."""

from __future__ import annotations

# Booths are judged by their turned rectangles (separating axes for overlaps, the outline
# polygon, concave or not, for containment). Booths turned by other than a quarter turn have
# irrational corners while the plan stores whole millimetres, so for them a sliver of up to
# ROUNDING mm counts as touching, not as a problem. An L- or U-shaped booth is judged piece by
# piece: it overlaps what one of its rectangles overlaps, and lies inside the hall when each of
# them does.

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from boothmanager.domain.booth import Booth
from boothmanager.domain.event import natural_key
from boothmanager.domain.geometry import Rect
from boothmanager.domain.polygon import (
    EPS,
    Box,
    Polygon,
    bounds,
    convex_inside,
    convex_overlap,
    points_polygon,
    rect_polygon,
)
from boothmanager.domain.sides import GRID, footprint, is_square_to_axes, piece_polygons
from boothmanager.domain.venue import Level

ROUNDING = 1.0  # mm a turned booth may cut into its neighbour or a wall through rounding


class ProblemKind(StrEnum):
    OVERLAP = "overlap"
    OUTSIDE = "outside"
    ON_OBSTACLE = "on_obstacle"
    IN_KEEP_CLEAR = "in_keep_clear"
    IN_AREA = "in_area"  # on the stage, the registration, the café, the seating


@dataclass(frozen=True)
class PlanProblem:
    """One thing to fix; `other` names the booth, obstacle or zone involved."""

    kind: ProblemKind
    booth: str
    other: str = ""


@dataclass(frozen=True, slots=True)
class _Shape:
    polygons: tuple[Polygon, ...]  # convex pieces: one for a rectangle, two for an L
    boxes: tuple[Box, ...]
    box: Box  # around all of them
    square: bool  # unturned or a quarter turn: each piece's box is the piece

    @classmethod
    def of_booth(cls, booth: Booth) -> _Shape:
        polygons = piece_polygons(booth)
        boxes = tuple(bounds(polygon) for polygon in polygons)
        whole = boxes[0] if len(boxes) == 1 else (
            min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))
        return cls(polygons, boxes, whole, is_square_to_axes(booth))

    @classmethod
    def of_rect(cls, rect: Rect) -> _Shape:
        polygon = rect_polygon(rect)
        box = bounds(polygon)
        return cls((polygon,), (box,), box, True)

    def inside(self, outline: Polygon) -> bool:
        slack = 0.0 if self.square else ROUNDING
        return all(convex_inside(polygon, outline, slack=slack) for polygon in self.polygons)


def _boxes_overlap(a: Box, b: Box) -> bool:
    """Interiors share area (touching edges do not count)."""
    return a[0] < b[2] - EPS and b[0] < a[2] - EPS and a[1] < b[3] - EPS and b[1] < a[3] - EPS


def shapes_overlap(a: _Shape, b: _Shape) -> bool:
    if not _boxes_overlap(a.box, b.box):
        return False
    for polygon_a, box_a in zip(a.polygons, a.boxes):
        for polygon_b, box_b in zip(b.polygons, b.boxes):
            if not _boxes_overlap(box_a, box_b):
                continue
            if (a.square and b.square) or convex_overlap(polygon_a, polygon_b, slack=ROUNDING):
                return True
    return False


def booths_overlap(a: Booth, b: Booth) -> bool:
    """True when two booths' turned shapes share floor (touching does not count)."""
    return shapes_overlap(_Shape.of_booth(a), _Shape.of_booth(b))


def booth_inside(booth: Booth, level: Level) -> bool:
    """True when the booth's turned shape lies within the level's outline."""
    return _Shape.of_booth(booth).inside(points_polygon(level.outline))


def plan_problems(level: Level, booths: Iterable[Booth], *,
                  only: frozenset[str] | None = None) -> list[PlanProblem]:
    """Every problem on this level (overlaps named once per pair); with `only`, just the
    problems those booths are part of, so an edit need not check the whole plan again."""
    on_level = [b for b in booths if b.level == level.name]
    shapes = {b.number: _Shape.of_booth(b) for b in on_level}
    boxes = {b.number: footprint(b) for b in on_level}
    checked = [b for b in on_level if only is None or b.number in only]
    problems = [PlanProblem(ProblemKind.OVERLAP, *pair)
                for pair in _overlaps(shapes, boxes, only)]
    outline = points_polygon(level.outline)
    obstacles = [(_Shape.of_rect(o.rect), o.label or o.kind.value) for o in level.obstacles]
    zones = [(_Shape.of_rect(z.rect), z.reason) for z in level.zones]
    areas = [(_Shape.of_rect(a.rect), a.label or a.kind.value) for a in level.areas]
    for booth in checked:
        shape = shapes[booth.number]
        if not shape.inside(outline):
            problems.append(PlanProblem(ProblemKind.OUTSIDE, booth.number))
        for obstacle, name in obstacles:
            if shapes_overlap(shape, obstacle):
                problems.append(PlanProblem(ProblemKind.ON_OBSTACLE, booth.number, name))
        for zone, reason in zones:
            if shapes_overlap(shape, zone):
                problems.append(PlanProblem(ProblemKind.IN_KEEP_CLEAR, booth.number, reason))
        for area, name in areas:
            if shapes_overlap(shape, area):
                problems.append(PlanProblem(ProblemKind.IN_AREA, booth.number, name))
    return problems


def _overlaps(shapes: dict[str, _Shape], boxes: dict[str, Rect],
              only: frozenset[str] | None) -> list[tuple[str, str]]:
    """Pairs of overlapping booths, found through a grid so big plans stay fast."""
    cells: dict[tuple[int, int], list[str]] = {}
    for number, box in boxes.items():
        for cell in _cells(box):
            cells.setdefault(cell, []).append(number)
    pairs: set[tuple[str, str]] = set()
    for number, box in boxes.items():
        if only is not None and number not in only:
            continue
        for cell in _cells(box):
            for other in cells[cell]:
                if other != number and shapes_overlap(shapes[number], shapes[other]):
                    pairs.add(tuple(sorted((number, other), key=natural_key)))  # type: ignore[arg-type]
    return sorted(pairs, key=lambda pair: (natural_key(pair[0]), natural_key(pair[1])))


def _cells(rect: Rect) -> list[tuple[int, int]]:
    return [(x, y) for x in range(rect.x // GRID, (rect.right - 1) // GRID + 1)
            for y in range(rect.y // GRID, (rect.top - 1) // GRID + 1)]
