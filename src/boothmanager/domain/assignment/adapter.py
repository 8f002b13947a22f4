"""The solver's input from an event: stored fields now, the rules not yet stored passed in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from boothmanager.domain.assignment.problem import BoothSlot, Problem, StandRequest, Weights, Wish
from boothmanager.domain.booth import Booth, Side
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.event import Event
from boothmanager.domain.status import StandStatus


@dataclass(frozen=True, slots=True)
class StandRules:
    """A stand's rules and wishes that the event file does not hold yet (callers pass them).

    `min_area_mm2` None: the stand record's minimum area.
    """

    min_area_mm2: int | None = None
    zones: frozenset[str] = frozenset()
    locked: bool = False  # keep the stand on the booth it has now
    wishes: tuple[Wish, ...] = ()
    near: frozenset[int] = frozenset()
    apart: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class AssignmentSettings:
    """Everything the solver takes besides the event: rules per stand id, zones per booth number."""

    rules: Mapping[int, StandRules] = field(default_factory=dict)
    zones: Mapping[str, str] = field(default_factory=dict)
    weights: Weights = field(default_factory=Weights)
    neighbour_gap_mm: int = 1_000


def frontage_mm(booth: Booth) -> int:
    """The longest side visitors can walk up to: where a stand's table goes. Not the booth's
    width: a booth against a wall may face the aisle with its depth (the foyer slots are 2 m
    wide and 3 m deep, open to the aisle along the 3 m). A booth closed on all sides has none.
    """
    sides = {Side.SOUTH: booth.rect.width, Side.NORTH: booth.rect.width,
             Side.EAST: booth.rect.depth, Side.WEST: booth.rect.depth}
    return max((sides[side] for side in booth.open_sides), default=0)


def problem_from_event(event: Event, settings: AssignmentSettings | None = None) -> Problem:
    """Stands with their needs, minimum area, table length, theme, current booth and whether
    they wait on the waiting list; booths with amenities, reservation and frontage."""
    settings = settings or AssignmentSettings()
    known = {stand.id for stand in event.stands}
    for stand_id in settings.rules:
        if stand_id not in known:
            raise InvalidValue(field="stand rules", value=stand_id, reason="no such stand")
    booth_of = {b.stand_id: b.number for b in event.booths if b.stand_id is not None}
    # A cancelled stand gets no booth; one it still holds is left alone (unassigning it is
    # the organisers' decision, not the solver's), so that booth is not free either.
    cancelled = {s.id for s in event.stands if s.status is StandStatus.CANCELLED}
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
        stands.append(StandRequest(
            stand_id=stand.id, theme=stand.theme, needs=stand.needs,
            min_area_mm2=(stand.min_area_mm2 if rules.min_area_mm2 is None
                          else rules.min_area_mm2), zones=rules.zones,
            locked_booth=current if rules.locked else None, current_booth=current,
            wishes=rules.wishes, near=rules.near - cancelled, apart=rules.apart - cancelled,
            table_length_mm=stand.table_length_mm,
            waitlisted=stand.status is StandStatus.WAITLIST))
    booths = tuple(BoothSlot(number=b.number, level=b.level, rect=b.rect, amenities=b.amenities,
                             zone=settings.zones.get(b.number, ""),
                             reserved=b.reserved or b.stand_id in cancelled,
                             frontage_mm=frontage_mm(b))
                   for b in event.booths)
    return Problem(stands=tuple(stands), booths=booths, weights=settings.weights,
                   neighbour_gap_mm=settings.neighbour_gap_mm)
