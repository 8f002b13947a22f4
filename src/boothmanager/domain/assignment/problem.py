"""What the automatic assignment is asked: stands with their rules and wishes, booths, weights."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from boothmanager.domain.booth import MAX_SHARES, Amenity
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.event import natural_key
from boothmanager.domain.geometry import Rect


@dataclass(frozen=True, slots=True)
class Wish:
    """A stand's wish for one booth, or any booth of a zone (or level); a higher weight, stronger."""

    booth: str | None = None
    zone: str | None = None
    weight: int = 1

    def __post_init__(self) -> None:
        if (self.booth is None) == (self.zone is None):
            raise InvalidValue(field="wish", value=(self.booth, self.zone),
                               reason="names either a booth or a zone")
        if self.weight <= 0:
            raise InvalidValue(field="wish weight", value=self.weight, reason="must be positive")


@dataclass(frozen=True, slots=True)
class StandRequest:
    """One stand as the solver sees it: hard rules, wishes, theme and where it stands now.

    `zones` empty: any zone. A booth is in a zone when its zone or its level has that name.
    `locked_booth`: the stand stays (or goes) there, whatever the rest asks.
    `table_length_mm`: the table it brings or books needs a booth frontage at least this long.
    `waitlisted`: the stand gets a booth only where every stand not waitlisted has one.
    """

    stand_id: int
    theme: str = ""
    needs: frozenset[Amenity] = frozenset()
    min_area_mm2: int | None = None
    zones: frozenset[str] = frozenset()
    locked_booth: str | None = None
    current_booth: str | None = None
    wishes: tuple[Wish, ...] = ()
    near: frozenset[int] = frozenset()
    apart: frozenset[int] = frozenset()
    table_length_mm: int | None = None
    waitlisted: bool = False

    def __post_init__(self) -> None:
        if self.min_area_mm2 is not None and self.min_area_mm2 < 0:
            raise InvalidValue(field="minimum area", value=self.min_area_mm2,
                               reason="must not be negative")
        if self.table_length_mm is not None and self.table_length_mm < 0:
            raise InvalidValue(field="table length", value=self.table_length_mm,
                               reason="must not be negative")
        for name in ("near", "apart"):
            if self.stand_id in getattr(self, name):
                raise InvalidValue(field=name, value=self.stand_id, reason="names the stand itself")


@dataclass(frozen=True, slots=True)
class BoothSlot:
    """One booth as the solver sees it; a reserved booth is left out of the automatic assignment.

    `frontage_mm`: how long a table visitors can walk up to may be (an event gives the longest
    open side); None: not known, the longer side of the booth.
    `capacity`: how many stands it takes (a shared booth: more than one); each has an equal
    part of the area and of the frontage. `occupied`: places held by stands the assignment
    leaves alone (a cancelled stand still on it).
    """

    number: str
    level: str
    rect: Rect
    amenities: frozenset[Amenity] = frozenset()
    zone: str = ""
    reserved: bool = False
    frontage_mm: int | None = None
    area_mm2: int | None = None  # an L or U covers more than its main rectangle; None: that
    capacity: int = 1
    occupied: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.capacity <= MAX_SHARES:
            raise InvalidValue(field="stands per booth", value=self.capacity,
                               reason=f"booth {self.number}: 1 to {MAX_SHARES}")
        if not 0 <= self.occupied <= self.capacity:
            raise InvalidValue(field="occupied places", value=self.occupied,
                               reason=f"booth {self.number}: 0 to {self.capacity}")

    @property
    def area(self) -> int:
        return self.area_mm2 if self.area_mm2 is not None else self.rect.area_mm2

    @property
    def frontage(self) -> int:
        if self.frontage_mm is not None:
            return self.frontage_mm
        return max(self.rect.width, self.rect.depth)

    @property
    def place_area(self) -> int:
        """The area one stand has on the booth: all of it, or an equal part when shared."""
        return self.area // self.capacity

    @property
    def place_frontage(self) -> int:
        """The frontage one stand has on the booth, likewise."""
        return self.frontage // self.capacity

    def in_zones(self, zones: frozenset[str]) -> bool:
        return not zones or self.zone in zones or self.level in zones


class BoothState(StrEnum):
    """What the solver may do with a booth."""

    FREE = "free"          # free, or held by a stand the solver may move
    RESERVED = "reserved"  # kept out of the automatic assignment
    LOCKED = "locked"      # holds a stand that stays


@dataclass(frozen=True, slots=True)
class Weights:
    """Points per unit of each preference; all non-negative, so pairwise terms never lower a cost.

    wish: per wish-weight unit below the stand's strongest wish (a stand without a booth misses
    them all); theme: per pair of neighbouring
    stands of different themes; apart: per keep-apart pair on neighbouring booths; near: per
    metre between be-near stands; waste: per m² of booth beyond the stand's minimum area;
    move: a placed stand moved; displace: a placed stand left without a booth.
    """

    wish: int = 10
    theme: int = 5
    apart: int = 50
    near: int = 1
    waste: int = 1
    move: int = 20
    displace: int = 40

    def __post_init__(self) -> None:
        for name in self.__slots__:
            value = getattr(self, name)
            if not isinstance(value, int) or value < 0 or value > 1_000_000:
                raise InvalidValue(field=f"{name} weight", value=value, reason="0 to 1,000,000")


@dataclass(frozen=True, slots=True)
class Problem:
    """The solver's whole input, independent of storage; stands by id, booths in natural order.

    Booths closer than `neighbour_gap_mm` on one level are neighbours (keep-apart, themes).
    """

    stands: tuple[StandRequest, ...]
    booths: tuple[BoothSlot, ...]
    weights: Weights = field(default_factory=Weights)
    neighbour_gap_mm: int = 1_000

    def __post_init__(self) -> None:
        object.__setattr__(self, "stands", tuple(sorted(self.stands, key=lambda s: s.stand_id)))
        object.__setattr__(self, "booths",
                           tuple(sorted(self.booths, key=lambda b: natural_key(b.number))))
        check_problem(self)

    def booth_state(self, number: str) -> BoothState:
        """LOCKED: a stand stays on it (a shared booth may still have free places)."""
        if any(s.locked_booth == number for s in self.stands):
            return BoothState.LOCKED
        booth = {b.number: b for b in self.booths}[number]  # KeyError, as Event.booth
        if booth.reserved:
            held = any(s.current_booth == number for s in self.stands)
            return BoothState.LOCKED if held else BoothState.RESERVED
        return BoothState.FREE


def check_problem(problem: Problem) -> None:
    """Refuse input that names what is not there, or puts more stands on a booth than it takes."""
    numbers = [b.number for b in problem.booths]
    ids = [s.stand_id for s in problem.stands]
    if len(set(numbers)) != len(numbers):
        raise InvalidValue(field="booths", value=numbers, reason="booth numbers repeat")
    if len(set(ids)) != len(ids):
        raise InvalidValue(field="stands", value=ids, reason="stand ids repeat")
    known_booths, known_stands = set(numbers), set(ids)
    places = {b.number: b.capacity - b.occupied for b in problem.booths}
    for kind in ("current_booth", "locked_booth"):
        taken: dict[str, list[int]] = {}
        for stand in problem.stands:
            number = getattr(stand, kind)
            if number is None:
                continue
            if number not in known_booths:
                raise InvalidValue(field=kind.replace("_", " "), value=number,
                                   reason=f"stand {stand.stand_id}: no such booth")
            taken.setdefault(number, []).append(stand.stand_id)
            if len(taken[number]) > places[number]:
                on = " and ".join(str(i) for i in taken[number])
                room = f"{places[number]} place{'s' * (places[number] != 1)}"
                raise InvalidValue(field=kind.replace("_", " "), value=number,
                                   reason=f"stands {on} on one booth with {room}")
    for stand in problem.stands:
        for other in stand.near | stand.apart:
            if other not in known_stands:
                raise InvalidValue(field="near/apart", value=other,
                                   reason=f"stand {stand.stand_id}: no such stand")
        for wish in stand.wishes:
            if wish.booth is not None and wish.booth not in known_booths:
                raise InvalidValue(field="wish", value=wish.booth,
                                   reason=f"stand {stand.stand_id}: no such booth")
    if problem.neighbour_gap_mm < 0:
        raise InvalidValue(field="neighbour gap", value=problem.neighbour_gap_mm,
                           reason="must not be negative")
