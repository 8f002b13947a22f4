"""Booths: a numbered rectangle on a level, its open sides, amenities and status."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.geometry import Rect


class BoothStatus(StrEnum):
    FREE = "free"
    RESERVED = "reserved"
    ASSIGNED = "assigned"


class Side(StrEnum):
    """A side of the unrotated booth rectangle, by compass (north = +y, into the building)."""

    NORTH = "north"
    EAST = "east"
    SOUTH = "south"
    WEST = "west"


class BoothType(StrEnum):
    """Booth type by number of open sides (Reihen-, Eck-, Kopf-, Blockstand)."""

    INLINE = "inline"
    CORNER = "corner"
    PENINSULA = "peninsula"
    ISLAND = "island"
    THROUGH = "through"  # open at two opposite sides, e.g. front and back in a single row
    CLOSED = "closed"


class Amenity(StrEnum):
    """What a booth offers and a stand needs; new members go last (lists keep this order)."""

    POWER = "power"
    TABLE = "table"
    PINBOARD = "pinboard"
    WATER = "water"
    NETWORK = "network"
    WALL = "wall"
    STEP_FREE = "step_free"  # step-free access (DIN 18040-1)
    CHAIRS = "chairs"


def booth_type(open_sides: frozenset[Side]) -> BoothType:
    """The trade name of a booth with these open sides."""
    if open_sides in ({Side.NORTH, Side.SOUTH}, {Side.EAST, Side.WEST}):
        return BoothType.THROUGH
    return {0: BoothType.CLOSED, 1: BoothType.INLINE, 2: BoothType.CORNER,
            3: BoothType.PENINSULA, 4: BoothType.ISLAND}[len(open_sides)]


MAX_LABEL = 20


def check_number(number: str) -> str:
    """A booth number as people write it on a sign: short, printable, no surrounding space."""
    cleaned = number.strip()
    if not cleaned:
        raise InvalidValue(field="booth number", value=number, reason="must not be empty")
    if len(cleaned) > MAX_LABEL or not cleaned.isprintable():
        raise InvalidValue(field="booth number", value=number,
                           reason=f"at most {MAX_LABEL} printable characters")
    return cleaned


@dataclass(frozen=True, slots=True)
class Booth:
    """A booth on a level; `stand_id` is the stand assigned to it, if any."""

    number: str
    level: str
    rect: Rect
    rotation: int = 0
    open_sides: frozenset[Side] = frozenset()
    amenities: frozenset[Amenity] = frozenset()
    reserved: bool = False
    stand_id: int | None = None
    zone: str = ""  # a named part of the venue ("Nord", "Eingang") wishes and rules refer to
    locked: bool = False  # its stand stays when the assignment is computed again

    def __post_init__(self) -> None:
        object.__setattr__(self, "number", check_number(self.number))
        if not 0 <= self.rotation < 360:
            raise InvalidValue(field="rotation", value=self.rotation, reason="0 to 359 degrees")
        if self.locked and self.stand_id is None:
            object.__setattr__(self, "locked", False)  # a lock holds a stand; none, no lock
        if len(self.zone) > MAX_LABEL * 5 or not self.zone.isprintable():
            raise InvalidValue(field="zone", value=self.zone, reason="a short printable name")

    @property
    def status(self) -> BoothStatus:
        if self.stand_id is not None:
            return BoothStatus.ASSIGNED
        return BoothStatus.RESERVED if self.reserved else BoothStatus.FREE

    @property
    def type(self) -> BoothType:
        return booth_type(self.open_sides)

    def moved_to(self, x: int, y: int) -> Booth:
        return replace(self, rect=self.rect.moved_to(x, y))
