"""Keep every booth's open sides true to the plan after booths come, go or move."""

from __future__ import annotations

from dataclasses import replace

from boothmanager.domain import Booth, Rect
from boothmanager.domain.sides import TOUCH, detect_open_sides, footprint
from boothmanager.operations.base import UnitOfWork

REACH = 5_000  # mm beyond an area searched for booths, so quarter-turned neighbours are found


def grown(rect: Rect, by: int) -> Rect:
    return Rect(rect.x - by, rect.y - by, rect.width + 2 * by, rect.depth + 2 * by)


def settle_open_sides(uow: UnitOfWork, level: str, areas: list[Rect]) -> frozenset[str]:
    """Re-detect the open sides of booths at or next to `areas`; the numbers that changed."""
    venue_level = uow.event.level(level)
    candidates: dict[str, Booth] = {}
    for area in areas:
        for booth in uow.booths.near(level, grown(area, TOUCH + REACH)):
            if footprint(booth).overlaps(grown(area, TOUCH + 1)):
                candidates[booth.number] = booth
    changed = set()
    for booth in candidates.values():
        neighbours = uow.booths.near(level, grown(footprint(booth), TOUCH + REACH))
        sides = detect_open_sides(booth, neighbours, venue_level)
        if sides != booth.open_sides:
            uow.booths.update(replace(booth, open_sides=sides))
            changed.add(booth.number)
    return frozenset(changed)
