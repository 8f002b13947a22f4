"""Add and remove stands."""

from __future__ import annotations

from dataclasses import dataclass, replace

from boothmanager.domain import HistoryEntry, InvalidValue, Stand, UnknownStand
from boothmanager.operations.base import Change, Operation, UnitOfWork


@dataclass(frozen=True)
class AddStand(Operation):
    """Add a stand; the change names the id the event file gave it.

    `history` (as the undo of a removal passes it) is the stand's history, written back.
    """

    stand: Stand
    history: tuple[HistoryEntry, ...] = ()
    name = "add_stand"

    def apply(self, uow: UnitOfWork) -> Change:
        if self.stand.id is not None and uow.stands.get(self.stand.id) is not None:
            raise InvalidValue(field="stand id", value=self.stand.id,
                               reason="taken by another stand")
        stand_id = uow.stands.add(self.stand)
        uow.stand_history.restore(replace(entry, stand_id=stand_id) for entry in self.history)
        return Change(self.name, inverse=RemoveStand(stand_id=stand_id),
                      stands=frozenset({stand_id}))


@dataclass(frozen=True)
class RemoveStand(Operation):
    """Remove a stand; if it was placed, its booth becomes free (undo places it again)."""

    stand_id: int
    name = "remove_stand"

    def apply(self, uow: UnitOfWork) -> Change:
        stand = uow.stands.get(self.stand_id)
        if stand is None:
            raise UnknownStand(ref=self.stand_id)
        from boothmanager.operations.assignment import placed_again
        from boothmanager.operations.batch import Batch

        booth = uow.assignments.booth_of(self.stand_id)
        history = tuple(uow.stand_history.of(self.stand_id))
        inverse: Operation = AddStand(stand=replace(stand, id=self.stand_id), history=history)
        if booth is not None:
            inverse = Batch(steps=(inverse, placed_again(uow, booth, self.stand_id)),
                            label="add_stand")
            uow.assignments.remove(booth, self.stand_id)
        uow.stands.remove(self.stand_id)  # its history with it
        return Change(self.name, inverse=inverse, stands=frozenset({self.stand_id}),
                      booths=frozenset({booth}) if booth else frozenset())
