"""What the automatic assignment proposes, and why: typed reasons and blockers the CLI/GUI word."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from boothmanager.domain.booth import Amenity


class CostKind(StrEnum):
    """The terms of the objective, in points (see `Weights`)."""

    WISH = "wish"
    WASTE = "waste"
    MOVE = "move"
    DISPLACE = "displace"
    NEAR = "near"
    APART = "apart"
    THEME = "theme"


@dataclass(frozen=True, slots=True)
class CostTerm:
    """A term of one stand's cost; `other` is the second stand of a pair term (counted once)."""

    kind: CostKind
    points: int
    other: int | None = None


# Reasons for a placement.

@dataclass(frozen=True, slots=True)
class Locked:
    """The placement was locked (or the booth is reserved for this stand) and stays."""

    booth: str
    by_reservation: bool = False


@dataclass(frozen=True, slots=True)
class Kept:
    booth: str


@dataclass(frozen=True, slots=True)
class Moved:
    from_booth: str


@dataclass(frozen=True, slots=True)
class FitsNeeds:
    needs: frozenset[Amenity]
    min_area_mm2: int | None
    area_mm2: int


@dataclass(frozen=True, slots=True)
class InZone:
    """The booth lies in one of the stand's allowed zones (`zone` is the matching name)."""

    zone: str


@dataclass(frozen=True, slots=True)
class WishGranted:
    rank: int  # 1: the stand's first wish
    booth: str | None
    zone: str | None


@dataclass(frozen=True, slots=True)
class NearStand:
    stand_id: int
    distance_mm: int | None  # None: the other stand has no booth


@dataclass(frozen=True, slots=True)
class ThemeCluster:
    theme: str
    neighbours: tuple[int, ...]  # stands of the same theme on neighbouring booths


@dataclass(frozen=True, slots=True)
class ApartFrom:
    stand_id: int
    honoured: bool  # False: they are neighbours after all (see the apart cost)


@dataclass(frozen=True, slots=True)
class FitsTable:
    """The stand's table fits along the booth's frontage (its longest open side)."""

    table_length_mm: int
    frontage_mm: int


@dataclass(frozen=True, slots=True)
class FromWaitingList:
    """A waitlisted stand, placed on a booth no stand ahead of it could use."""


@dataclass(frozen=True, slots=True)
class SharesBooth:
    """The booth is shared: these stands are on it too (by id), each with an equal part."""

    booth: str
    stand_ids: tuple[int, ...]


Reason = (Locked | Kept | Moved | FitsNeeds | FitsTable | InZone | WishGranted | NearStand
          | ThemeCluster | ApartFrom | FromWaitingList | SharesBooth)


# Why a stand has no booth, computed from the data.

@dataclass(frozen=True, slots=True)
class NoFreeBoothInZones:
    """No booth of the stand's allowed zones is free."""

    zones: frozenset[str]


@dataclass(frozen=True, slots=True)
class NoFreeBoothWithNeeds:
    """No free booth (of the allowed zones) has all the stand needs; `lacking`: none has these."""

    needs: frozenset[Amenity]
    lacking: frozenset[Amenity]
    zones: frozenset[str]


@dataclass(frozen=True, slots=True)
class FreeBoothsTooSmall:
    """Free booths that meet the other rules are all smaller than the stand's minimum area."""

    min_area_mm2: int
    largest_mm2: int
    needs: frozenset[Amenity]
    zones: frozenset[str]


@dataclass(frozen=True, slots=True)
class Shortage:
    """These stands can only use these booths, and there are fewer free places on them than
    stands (`places`: as many as booths unless some are shared).

    `needs`, `min_area_mm2` and `zones` are what all of the stands ask for (for the wording:
    "3 stands need power, 2 free booths have it").
    """

    stand_ids: tuple[int, ...]
    booths: tuple[str, ...]
    needs: frozenset[Amenity]
    min_area_mm2: int | None
    zones: frozenset[str]
    places: int


@dataclass(frozen=True, slots=True)
class FrontageTooShort:
    """Free booths that meet the other rules all have a shorter frontage than the stand's table."""

    table_length_mm: int
    longest_mm: int  # the longest frontage among them
    needs: frozenset[Amenity]
    zones: frozenset[str]


@dataclass(frozen=True, slots=True)
class Waitlisted:
    """The stand waits on the waiting list: the booths it could use all go to stands ahead of
    it (not waitlisted), and those stands can use no other booth."""

    booths: tuple[str, ...]
    ahead: tuple[int, ...]  # the stands on them
    places: int  # the free places on those booths


@dataclass(frozen=True, slots=True)
class KeptApart:
    """The place left for the stand is on a shared booth beside a stand it is to be kept
    apart from (a keep-apart pair never shares a booth)."""

    booth: str
    stand_id: int


Blocker = (NoFreeBoothInZones | NoFreeBoothWithNeeds | FreeBoothsTooSmall | FrontageTooShort
           | Shortage | Waitlisted | KeptApart)


@dataclass(frozen=True, slots=True)
class Placement:
    """A stand on a booth in the proposal; `previous` is where it stands now."""

    stand_id: int
    booth: str
    previous: str | None
    locked: bool
    reasons: tuple[Reason, ...]
    costs: tuple[CostTerm, ...]

    @property
    def changed(self) -> bool:
        return self.booth != self.previous


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A stand the proposal leaves without a booth; `previous`: it loses this one."""

    stand_id: int
    previous: str | None
    blocker: Blocker


@dataclass(frozen=True, slots=True)
class Move:
    """One change of the proposal: a stand from a booth (or none) to a booth (or none)."""

    stand_id: int
    from_booth: str | None
    to_booth: str | None


@dataclass(frozen=True, slots=True)
class Proposal:
    """The solver's answer: placements in booth order (several on a shared booth), unplaced
    stands by id, and the figures.

    `objective` is the model's total in points; `bound` a proven lower bound on it (the
    assignment optimum without the pairwise terms among movable stands); both among layouts
    that place as many stands not waitlisted as possible, and then as many stands as possible.
    (When a keep-apart pair could only be parted by leaving a stand out, the layout places
    fewer; the bound is then at most the objective.)
    """

    placements: tuple[Placement, ...]
    unplaced: tuple[Unplaced, ...]
    objective: int
    bound: int
    terms: tuple[CostTerm, ...]
    evaluations: int = 0
    improvements: int = 0

    @property
    def gap(self) -> int:
        return self.objective - self.bound

    @property
    def gap_ratio(self) -> float:
        """The gap as a share of the objective (0.0 when proven optimal)."""
        return self.gap / self.objective if self.objective else 0.0

    def moves(self, stand_ids: frozenset[int] | None = None) -> tuple[Move, ...]:
        """The changes against the current placements, all or those of `stand_ids`, by stand id."""
        found = [Move(p.stand_id, p.previous, p.booth) for p in self.placements if p.changed]
        found += [Move(u.stand_id, u.previous, None) for u in self.unplaced if u.previous]
        return tuple(sorted((m for m in found if stand_ids is None or m.stand_id in stand_ids),
                            key=lambda m: m.stand_id))

    def booth_of(self, stand_id: int) -> str | None:
        return next((p.booth for p in self.placements if p.stand_id == stand_id), None)
