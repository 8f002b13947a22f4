"""Booths: a numbered rectangle (or an L or U of rectangles) on a level, its open sides,
amenities and status."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.geometry import NotOneOutline, Point, Rect, shared_side, union_outline

# An L- or U-shaped booth is its main rectangle `rect` plus `parts`: further rectangles that
# join it along a side. A part is given relative to the main rectangle's south-west corner, in
# the booth's own unturned frame, so moving a booth moves `rect` alone and its parts follow;
# the whole booth turns about the centre of `rect`. Pieces never overlap, each shares a side
# with the main rectangle or an earlier part, and together they form one outline without a
# hole (an L has one part, a U two; MAX_PARTS allows a T or a cross too).
MAX_PARTS = 4


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
MAX_SHARES = 6  # stands on one booth: two or three projects at a table is the usual case


@dataclass(frozen=True, slots=True)
class Share:
    """A stand on a booth and its part of the booth's front in mm (None: an equal part of what
    the other stands' parts leave)."""

    stand_id: int
    frontage_mm: int | None = None

    def __post_init__(self) -> None:
        if self.frontage_mm is not None and self.frontage_mm <= 0:
            raise InvalidValue(field="frontage share", value=self.frontage_mm,
                               reason=f"stand {self.stand_id}: must be positive")


def check_number(number: str) -> str:
    """A booth number as people write it on a sign: short, printable, no surrounding space."""
    cleaned = number.strip()
    if not cleaned:
        raise InvalidValue(field="booth number", value=number, reason="must not be empty")
    if len(cleaned) > MAX_LABEL or not cleaned.isprintable():
        raise InvalidValue(field="booth number", value=number,
                           reason=f"at most {MAX_LABEL} printable characters")
    return cleaned


def check_pieces(number: str, pieces: tuple[Rect, ...]) -> None:
    """Refuse rectangles that do not make one booth: overlapping, apart, or around a hole."""
    value = f"booth {number}"
    if len(pieces) > MAX_PARTS + 1:
        raise InvalidValue(field="booth shape", value=value,
                           reason=f"at most {MAX_PARTS} parts besides the main rectangle")
    for index, piece in enumerate(pieces):
        if any(piece.overlaps(other) for other in pieces[:index]):
            raise InvalidValue(field="booth shape", value=value,
                               reason="its rectangles overlap each other")
        if index and not any(shared_side(piece, other) for other in pieces[:index]):
            raise InvalidValue(field="booth shape", value=value,
                               reason=f"part {index} does not share a side with the booth")
    try:
        union_outline(pieces)
    except NotOneOutline as error:
        raise InvalidValue(field="booth shape", value=value, reason=str(error)) from None


def check_shares(number: str, shares: tuple[Share, ...], capacity: int) -> None:
    """Refuse a stand twice on one booth, more stands than a booth can take, a bad capacity."""
    if not 1 <= capacity <= MAX_SHARES:
        raise InvalidValue(field="stands per booth", value=capacity,
                           reason=f"booth {number}: 1 to {MAX_SHARES}")
    ids = [share.stand_id for share in shares]
    if len(ids) > MAX_SHARES:
        raise InvalidValue(field="stands per booth", value=len(ids),
                           reason=f"booth {number}: at most {MAX_SHARES} stands share a booth")
    if len(set(ids)) != len(ids):
        raise InvalidValue(field="stand", value=f"booth {number}",
                           reason="the same stand twice on one booth")


def placed(*stand_ids: int) -> tuple[Share, ...]:
    """Shares for these stands, the front split equally."""
    return tuple(Share(stand_id) for stand_id in stand_ids)


@dataclass(frozen=True, slots=True)
class Booth:
    """A booth on a level and the stands on it: usually one, several when they share it.

    `shares` run along the booth's front in order; `capacity` is how many stands the automatic
    assignment may put on it (a booth shared by hand may hold more: see `places`).
    """

    number: str
    level: str
    rect: Rect
    rotation: int = 0
    open_sides: frozenset[Side] = frozenset()
    amenities: frozenset[Amenity] = frozenset()
    reserved: bool = False
    shares: tuple[Share, ...] = ()
    zone: str = ""  # a named part of the venue ("Nord", "Eingang") wishes and rules refer to
    locked: bool = False  # its stand stays when the assignment is computed again
    parts: tuple[Rect, ...] = ()  # L/U: rectangles joined to `rect`, relative to its corner
    capacity: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "number", check_number(self.number))
        if not 0 <= self.rotation < 360:
            raise InvalidValue(field="rotation", value=self.rotation, reason="0 to 359 degrees")
        check_shares(self.number, self.shares, self.capacity)
        object.__setattr__(self, "shares", tuple(self.shares))
        if self.locked and not self.shares:
            object.__setattr__(self, "locked", False)  # a lock holds a stand; none, no lock
        if len(self.zone) > MAX_LABEL * 5 or not self.zone.isprintable():
            raise InvalidValue(field="zone", value=self.zone, reason="a short printable name")
        if self.parts:
            object.__setattr__(self, "parts", tuple(self.parts))
            check_pieces(self.number, self.pieces)

    @property
    def stand_id(self) -> int | None:
        """The first stand on the booth (its only one, unless it is shared), or None."""
        return self.shares[0].stand_id if self.shares else None

    @property
    def stand_ids(self) -> tuple[int, ...]:
        """All stands on the booth, along its front."""
        return tuple(share.stand_id for share in self.shares)

    @property
    def shared(self) -> bool:
        return len(self.shares) > 1

    @property
    def places(self) -> int:
        """How many stands the booth takes: its capacity, or the stands put on it by hand."""
        return max(self.capacity, len(self.shares))

    @property
    def pieces(self) -> tuple[Rect, ...]:
        """The main rectangle and the parts, all in plan mm of the unturned booth."""
        if not self.parts:
            return (self.rect,)
        x, y = self.rect.x, self.rect.y
        return (self.rect, *(Rect(x + p.x, y + p.y, p.width, p.depth) for p in self.parts))

    @property
    def area_mm2(self) -> int:
        """The floor the booth covers (an L or U: all its rectangles)."""
        return sum(piece.area_mm2 for piece in self.pieces)

    @property
    def largest_piece(self) -> Rect:
        """The largest of its rectangles (unturned), where its number and name go."""
        return max(self.pieces, key=lambda piece: (min(piece.width, piece.depth), piece.area_mm2))

    def outline(self) -> tuple[Point, ...]:
        """The corners of the unturned booth, counter-clockwise (4 for a rectangle, 6 for an L)."""
        if not self.parts:
            return self.rect.corners()
        return union_outline(self.pieces)

    @property
    def status(self) -> BoothStatus:
        if self.shares:
            return BoothStatus.ASSIGNED
        return BoothStatus.RESERVED if self.reserved else BoothStatus.FREE

    @property
    def type(self) -> BoothType:
        return booth_type(self.open_sides)

    def with_stand(self, stand_id: int) -> Booth:
        """The booth with `stand_id` added last along its front (sharing, if others are on it)."""
        if stand_id in self.stand_ids:
            return self
        return replace(self, shares=(*self.shares, Share(stand_id)))

    def without_stand(self, stand_id: int) -> Booth:
        """The booth without `stand_id` (the others keep their places and parts)."""
        return replace(self, shares=tuple(s for s in self.shares if s.stand_id != stand_id))

    def moved_to(self, x: int, y: int) -> Booth:
        return replace(self, rect=self.rect.moved_to(x, y))
