"""The solver's input from an event: stands' stored wishes, zones, near, apart and locks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from boothmanager.domain.assignment.problem import BoothSlot, Problem, StandRequest, Weights, Wish
from boothmanager.domain.booth import Booth
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.event import Event
from boothmanager.domain.stand import Stand
from boothmanager.domain.status import StandStatus
from boothmanager.domain.sides import frontage_mm


@dataclass(frozen=True, slots=True)
class StandRules:
    """Rules for one run that add to what the event file holds for a stand (a what-if).

    `min_area_mm2` None: the stand record's minimum area. `zones` or `wishes` given replace
    the stored ones; `near` and `apart` add to them; `locked` also locks an unlocked placement.
    """

    min_area_mm2: int | None = None
    zones: frozenset[str] = frozenset()
    locked: bool = False  # keep the stand on the booth it has now
    wishes: tuple[Wish, ...] = ()
    near: frozenset[int] = frozenset()
    apart: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class AssignmentSettings:
    """Everything the solver takes besides the event: extra rules per stand id, zones per booth
    number that replace the booths' own (a what-if), weights and the neighbour gap."""

    rules: Mapping[int, StandRules] = field(default_factory=dict)
    zones: Mapping[str, str] = field(default_factory=dict)
    weights: Weights = field(default_factory=Weights)
    neighbour_gap_mm: int = 1_000


def stored_wishes(stand: Stand, booths: frozenset[str]) -> tuple[Wish, ...]:
    """The stand's wishes, strongest first, as weights n … 1; a wish for a booth the event no
    longer has is left out (a stale wish must not stop the assignment)."""
    kept = [w for w in stand.wishes if w.booth is None or w.booth in booths]
    return tuple(Wish(booth=w.booth, zone=w.zone, weight=len(kept) - rank)
                 for rank, w in enumerate(kept))


def booth_slot(booth: Booth, settings: AssignmentSettings, cancelled: set[int]) -> BoothSlot:
    """The booth with its places: its capacity, or the stands shared on it by hand if more; a
    cancelled stand still on it keeps its place, and a booth full of them is not free."""
    gone = sum(1 for i in booth.stand_ids if i in cancelled)
    return BoothSlot(number=booth.number, level=booth.level, rect=booth.rect,
                     amenities=booth.amenities, zone=settings.zones.get(booth.number, booth.zone),
                     reserved=booth.reserved or (gone > 0 and gone >= booth.places),
                     frontage_mm=frontage_mm(booth), area_mm2=booth.area_mm2,
                     capacity=booth.places, occupied=gone)


def problem_from_event(event: Event, settings: AssignmentSettings | None = None) -> Problem:
    """Stands with their needs, minimum area, table length, theme, current booth, whether they
    wait on the waiting list, their wishes, allowed zones, near and apart stands; booths with
    amenities, zone, reservation, frontage and places (every stand on a shared booth is
    current there). A locked placement stays where it is."""
    settings = settings or AssignmentSettings()
    known = {stand.id for stand in event.stands}
    for stand_id in settings.rules:
        if stand_id not in known:
            raise InvalidValue(field="stand rules", value=stand_id, reason="no such stand")
    booth_of = {i: b.number for b in event.booths for i in b.stand_ids}  # shared: every stand
    locked = {i for b in event.booths if b.locked for i in b.stand_ids}
    numbers = frozenset(b.number for b in event.booths)
    # A cancelled stand gets no booth; one it still holds is left alone (unassigning it is
    # the organisers' decision, not the solver's), so that booth is not free either.
    cancelled = {s.id for s in event.stands if s.status is StandStatus.CANCELLED}
    others = known - cancelled
    stands = []
    for stand in event.stands:
        if stand.id in cancelled:
            continue
        if stand.id is None:
            raise InvalidValue(field="stand", value=stand.name, reason="has no id yet")
        rules = settings.rules.get(stand.id, StandRules())
        current = booth_of.get(stand.id)
        if rules.locked and current is None:
            raise InvalidValue(field="lock", value=stand.id,
                               reason="the stand has no booth to keep")
        keep = current is not None and (rules.locked or stand.id in locked)
        # Stored near/apart may name a stand removed since: only the living count.
        near = (stand.near & others) | (rules.near - cancelled)
        apart = ((stand.apart & others) | (rules.apart - cancelled)) - near
        stands.append(StandRequest(
            stand_id=stand.id, theme=stand.theme, needs=stand.needs,
            min_area_mm2=(stand.min_area_mm2 if rules.min_area_mm2 is None
                          else rules.min_area_mm2), zones=rules.zones or stand.zones,
            locked_booth=current if keep else None, current_booth=current,
            wishes=rules.wishes or stored_wishes(stand, numbers), near=near, apart=apart,
            table_length_mm=stand.table_length_mm,
            waitlisted=stand.status is StandStatus.WAITLIST))
    booths = tuple(booth_slot(b, settings, cancelled) for b in event.booths)
    return Problem(stands=tuple(stands), booths=booths, weights=settings.weights,
                   neighbour_gap_mm=settings.neighbour_gap_mm)
