"""Assign a stand to a booth and take it off again."""

from __future__ import annotations

from dataclasses import dataclass

from boothmanager.domain import (
    BoothNotAssigned,
    BoothOccupied,
    ChangedElsewhere,
    HistoryField,
    Stand,
    UnknownBooth,
    UnknownStand,
)
from boothmanager.operations.base import Change, Operation, UnitOfWork


def require_stand(uow: UnitOfWork, stand_id: int) -> Stand:
    stand = uow.stands.get(stand_id)
    if stand is None:
        raise UnknownStand(ref=stand_id)
    return stand


def require_booth_number(uow: UnitOfWork, number: str) -> str:
    booth = uow.booths.get(number)
    if booth is None:
        raise UnknownBooth(number=number)
    return booth.number


@dataclass(frozen=True)
class Assign(Operation):
    """Put a stand on a free booth; a stand placed elsewhere moves."""

    booth: str
    stand_id: int
    name = "assign"

    def apply(self, uow: UnitOfWork) -> Change:
        number = require_booth_number(uow, self.booth)
        stand = require_stand(uow, self.stand_id)
        occupant = uow.assignments.stand_on(number)
        if occupant is not None and occupant != self.stand_id:
            other = require_stand(uow, occupant)
            raise BoothOccupied(number=number, stand_id=occupant, stand_name=other.name)
        if occupant == self.stand_id:
            return Change(self.name, inverse=self, booths=frozenset({number}),
                          stands=frozenset({self.stand_id}), changed=False)
        previous = uow.assignments.booth_of(self.stand_id)
        if previous is not None:
            uow.assignments.remove(previous)
        uow.assignments.add(booth_number=number, stand_id=stand.id or self.stand_id)
        uow.stand_history.record(self.stand_id, HistoryField.BOOTH, previous, number)
        inverse: Operation = (Assign(booth=previous, stand_id=self.stand_id) if previous
                              else Unassign(booth=number, stand_id=self.stand_id))
        touched = {number} | ({previous} if previous else set())
        return Change(self.name, inverse=inverse, booths=frozenset(touched),
                      stands=frozenset({self.stand_id}))


@dataclass(frozen=True)
class Unassign(Operation):
    """Take the stand off a booth; the stand stays in the event, unplaced.

    With `stand_id` (as undo passes it) only that stand is taken off: if another stand has
    taken the booth since, the undo is refused instead of removing someone else's work.
    """

    booth: str
    stand_id: int | None = None
    name = "unassign"

    def apply(self, uow: UnitOfWork) -> Change:
        number = require_booth_number(uow, self.booth)
        occupant = uow.assignments.stand_on(number)
        if occupant is None:
            raise BoothNotAssigned(number=number)
        if self.stand_id is not None and occupant != self.stand_id:
            raise ChangedElsewhere(number=number, expected=f"stand {self.stand_id}",
                                   found=f"stand {occupant}")
        uow.assignments.remove(number)
        uow.stand_history.record(occupant, HistoryField.BOOTH, number, None)
        return Change(self.name, inverse=Assign(booth=number, stand_id=occupant),
                      booths=frozenset({number}), stands=frozenset({occupant}))


@dataclass(frozen=True)
class LockPlacement(Operation):
    """Lock the stand on a booth where it is (the automatic assignment keeps it), or free it."""

    booth: str
    locked: bool = True
    name = "lock_placement"

    def apply(self, uow: UnitOfWork) -> Change:
        booth = uow.booths.get(self.booth)
        if booth is None:
            raise UnknownBooth(number=self.booth)
        if booth.stand_id is None:
            raise BoothNotAssigned(number=self.booth)
        if booth.locked == self.locked:
            return Change(self.name, inverse=self, changed=False)
        uow.assignments.set_locked(self.booth, self.locked)
        return Change(self.name, inverse=LockPlacement(booth=self.booth, locked=booth.locked),
                      booths=frozenset({self.booth}), stands=frozenset({booth.stand_id}))
