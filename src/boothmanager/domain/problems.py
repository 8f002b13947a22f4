"""What is wrong with where booths stand: overlaps, outside the hall, on obstacles or exits' space."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from boothmanager.domain.booth import Booth
from boothmanager.domain.geometry import Point
from boothmanager.domain.sides import footprint
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


def plan_problems(level: Level, booths: Iterable[Booth]) -> list[PlanProblem]:
    """Every problem on this level, booth by booth (overlaps named once per pair)."""
    on_level = [b for b in booths if b.level == level.name]
    rects = {b.number: footprint(b) for b in on_level}
    problems: list[PlanProblem] = []
    # Sweep along x so a plan of thousands of booths is not compared pair by pair.
    order = sorted(on_level, key=lambda b: rects[b.number].x)
    for i, booth in enumerate(order):
        rect = rects[booth.number]
        for other in order[i + 1:]:
            other_rect = rects[other.number]
            if other_rect.x >= rect.right:
                break
            if rect.overlaps(other_rect):
                problems.append(PlanProblem(ProblemKind.OVERLAP, booth.number, other.number))
    for booth in on_level:
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


