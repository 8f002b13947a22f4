"""Small solver inputs for the automatic-assignment tests: booths in a row, stands by id."""

from __future__ import annotations

from boothmanager.domain import Amenity, Rect
from boothmanager.domain.assignment import BoothSlot, Problem, StandRequest, Weights

POWER, TABLE, PINBOARD = Amenity.POWER, Amenity.TABLE, Amenity.PINBOARD
M2 = 1_000_000


def row(count: int, *, width: int = 3_000, depth: int = 2_000, level: str = "EG",
        start: int = 1, gap: int = 0, **fields: object) -> list[BoothSlot]:
    """`count` booths S{start}… side by side along x (touching unless `gap`), all alike."""
    return [BoothSlot(number=f"S{start + k}", level=level,  # type: ignore[arg-type]
                      rect=Rect(k * (width + gap), 0, width, depth), **fields)
            for k in range(count)]


def booth(number: str, *, x: int = 0, y: int = 0, width: int = 3_000, depth: int = 2_000,
          **fields: object) -> BoothSlot:
    return BoothSlot(number=number, level=str(fields.pop("level", "EG")),
                     rect=Rect(x, y, width, depth), **fields)  # type: ignore[arg-type]


def stand(stand_id: int, **fields: object) -> StandRequest:
    return StandRequest(stand_id=stand_id, **fields)  # type: ignore[arg-type]


def problem(stands: list[StandRequest], booths: list[BoothSlot], **weights: int) -> Problem:
    return Problem(stands=tuple(stands), booths=tuple(booths), weights=Weights(**weights))
