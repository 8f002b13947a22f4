"""Create an event: its facts, venue, booths and stands in one step."""

from __future__ import annotations

from dataclasses import dataclass, replace

from boothmanager.domain import Booth, EventInfo, Side, Stand, Venue
from boothmanager.domain.sides import open_sides_for
from boothmanager.operations.assignment import place_shares
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.batch import Batch


@dataclass(frozen=True)
class CreateEvent(Operation):
    """Fill an empty event file; stands keep the ids given, booths may name their stand."""

    info: EventInfo
    venue: Venue
    booths: tuple[Booth, ...] = ()
    stands: tuple[Stand, ...] = ()
    name = "create_event"

    def apply(self, uow: UnitOfWork) -> Change:
        uow.event.save_info(self.info)
        uow.event.save_venue(self.venue)
        stand_ids = frozenset(uow.stands.add(stand) for stand in self.stands)
        sides: dict[str, frozenset[Side]] = {}
        for level in self.venue.levels:  # open sides follow from the plan, not from the data
            sides.update(open_sides_for(self.booths, level))
        for booth in self.booths:
            booth = replace(booth, open_sides=sides.get(booth.number, booth.open_sides))
            uow.booths.add(booth)
            place_shares(uow, booth)
        # Creating the file is not undone from inside it: the inverse does nothing.
        return Change(self.name, inverse=Batch(steps=()), venue=True, stands=stand_ids,
                      booths=frozenset(b.number for b in self.booths))
