"""The venue: levels with their outline, exits, obstacles and keep-clear zones."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from boothmanager.domain.geometry import Point, Rect


class ExitKind(StrEnum):
    MAIN_ENTRANCE = "main_entrance"
    EMERGENCY_EXIT = "emergency_exit"
    HALL_DOOR = "hall_door"


class ObstacleKind(StrEnum):
    COLUMN = "column"
    STAIRS = "stairs"
    LIFT = "lift"
    BAR = "bar"
    CLOAKROOM = "cloakroom"
    DESK = "desk"
    OTHER = "other"
    FIRE_EXTINGUISHER = "fire_extinguisher"
    HYDRANT = "hydrant"


class AreaKind(StrEnum):
    """What a non-exhibit area is used for."""

    STAGE = "stage"
    REGISTRATION = "registration"
    CAFE = "cafe"
    SEATING = "seating"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Exit:
    """An opening in the outline: from `start`, `width` mm along the wall at `angle` degrees."""

    name: str
    kind: ExitKind
    start: Point
    width: int
    angle: int = 0
    description: str = ""

    @property
    def end(self) -> Point:
        if self.angle % 180 == 0:
            sign = 1 if self.angle % 360 == 0 else -1
            return Point(self.start.x + sign * self.width, self.start.y)
        sign = 1 if self.angle % 360 == 90 else -1
        return Point(self.start.x, self.start.y + sign * self.width)


@dataclass(frozen=True, slots=True)
class Obstacle:
    """Something stands may not cover: a column, the stairs, the bar (`movable` if it can go)."""

    kind: ObstacleKind
    rect: Rect
    label: str = ""
    movable: bool = False


@dataclass(frozen=True, slots=True)
class KeepClearZone:
    """An area that must stay free (in front of exits and doors)."""

    rect: Rect
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Area:
    """A part of the floor that is not for stands: stage, registration, café, seating."""

    kind: AreaKind
    rect: Rect
    label: str = ""


@dataclass(frozen=True, slots=True)
class Level:
    """One floor of the venue with its outline polygon (mm, counter-clockwise or not)."""

    name: str
    outline: tuple[Point, ...]
    exits: tuple[Exit, ...] = ()
    obstacles: tuple[Obstacle, ...] = ()
    zones: tuple[KeepClearZone, ...] = ()
    areas: tuple[Area, ...] = ()

    def bounds(self) -> Rect:
        xs = [p.x for p in self.outline]
        ys = [p.y for p in self.outline]
        return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


@dataclass(frozen=True, slots=True)
class Venue:
    """The building; `is_estimate` marks geometry that is assumed, not measured."""

    name: str
    city: str = ""
    levels: tuple[Level, ...] = field(default_factory=tuple)
    is_estimate: bool = False
    source_note: str = ""

    def level(self, name: str) -> Level:
        for level in self.levels:
            if level.name == name:
                return level
        raise KeyError(name)
