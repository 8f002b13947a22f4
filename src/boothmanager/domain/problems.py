"""What is wrong with where booths stand: overlaps, outside the hall, on obstacles or exits' space."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from boothmanager.domain.booth import Booth
from boothmanager.domain.event import natural_key
from boothmanager.domain.geometry import Point, Rect
from boothmanager.domain.sides import GRID, footprint
from boothmanager.domain.venue import Level


class ProblemKind(StrEnum):
    OVERLAP = "overlap"
    OUTSIDE = "outside"
    ON_OBSTACLE = "on_obstacle"
    IN_KEEP_CLEAR = "in_keep_clear"


@dataclass(frozen=True)
class PlanProblem:
    """One thing to fix; `other` names the booth, obstacle or zone involved."""

    kind: ProblemKind
    booth: str
    other: str = ""


def inside_polygon(point: Point, polygon: tuple[Point, ...]) -> bool:
    """Ray casting; points on the edge count as inside."""
    x, y = point.x, point.y
    inside = False
    for a, b in zip(polygon, polygon[1:] + polygon[:1]):
        if min(a.x, b.x) <= x <= max(a.x, b.x) and min(a.y, b.y) <= y <= max(a.y, b.y):
            cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x)
            if cross == 0:
                return True
        if (a.y > y) != (b.y > y):
            x_cross = a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y)
            if x < x_cross:
                inside = not inside
    return inside


def plan_problems(level: Level, booths: Iterable[Booth], *,
                  only: frozenset[str] | None = None) -> list[PlanProblem]:
    """Every problem on this level (overlaps named once per pair); with `only`, just the
    problems those booths are part of, so an edit need not check the whole plan again."""
    on_level = [b for b in booths if b.level == level.name]
    rects = {b.number: footprint(b) for b in on_level}
    checked = [b for b in on_level if only is None or b.number in only]
    problems = [PlanProblem(ProblemKind.OVERLAP, *pair) for pair in _overlaps(rects, only)]
    for booth in checked:
        rect = rects[booth.number]
        if not all(inside_polygon(corner, level.outline) for corner in rect.corners()):
            problems.append(PlanProblem(ProblemKind.OUTSIDE, booth.number))
        for obstacle in level.obstacles:
            if rect.overlaps(obstacle.rect):
                problems.append(PlanProblem(ProblemKind.ON_OBSTACLE, booth.number,
                                            obstacle.label or obstacle.kind.value))
        for zone in level.zones:
            if rect.overlaps(zone.rect):
                problems.append(PlanProblem(ProblemKind.IN_KEEP_CLEAR, booth.number, zone.reason))
    return problems


def _overlaps(rects: dict[str, Rect], only: frozenset[str] | None) -> list[tuple[str, str]]:
    """Pairs of overlapping booths, found through a grid so big plans stay fast."""
    cells: dict[tuple[int, int], list[str]] = {}
    for number, rect in rects.items():
        for cell in _cells(rect):
            cells.setdefault(cell, []).append(number)
    pairs: set[tuple[str, str]] = set()
    for number, rect in rects.items():
        if only is not None and number not in only:
            continue
        for cell in _cells(rect):
            for other in cells[cell]:
                if other != number and rect.overlaps(rects[other]):
                    pairs.add(tuple(sorted((number, other), key=natural_key)))  # type: ignore[arg-type]
    return sorted(pairs, key=lambda pair: (natural_key(pair[0]), natural_key(pair[1])))


def _cells(rect: Rect) -> list[tuple[int, int]]:
    return [(x, y) for x in range(rect.x // GRID, (rect.right - 1) // GRID + 1)
            for y in range(rect.y // GRID, (rect.top - 1) // GRID + 1)]
