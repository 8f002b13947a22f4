"""Add, move and remove booths."""

from __future__ import annotations

from dataclasses import dataclass

from boothmanager.domain import (
    Booth,
    BoothExists,
    BoothOccupied,
    ChangedElsewhere,
    HistoryField,
    InvalidValue,
    UnknownBooth,
    UnknownStand,
)
from boothmanager.domain.sides import footprint
from boothmanager.operations.assignment import place_shares
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.sides import settle_open_sides


@dataclass(frozen=True)
class AddBooth(Operation):
    """Draw a new booth on a level."""

    booth: Booth
    name = "add_booth"

    def apply(self, uow: UnitOfWork) -> Change:
        if uow.booths.get(self.booth.number) is not None:
            raise BoothExists(number=self.booth.number)
        for stand_id in self.booth.stand_ids:
            # Refuse here with a typed error rather than let the file's constraints refuse.
            if uow.stands.get(stand_id) is None:
                raise UnknownStand(ref=stand_id)
            placed = uow.assignments.booth_of(stand_id)
            if placed is not None:
                raise InvalidValue(field="stand", value=stand_id,
                                   reason=f"already on booth {placed}")
        uow.booths.add(self.booth)
        place_shares(uow, self.booth)
        for stand_id in self.booth.stand_ids:
            uow.stand_history.record(stand_id, HistoryField.BOOTH, None, self.booth.number)
        settled = settle_open_sides(uow, self.booth.level, [footprint(self.booth)])
        return Change(self.name, inverse=RemoveBooth(number=self.booth.number),
                      booths=frozenset({self.booth.number}) | settled)


@dataclass(frozen=True)
class RemoveBooth(Operation):
    """Delete a booth; with `force` its stand is unassigned first, else an occupied booth stays."""

    number: str
    force: bool = True
    name = "remove_booth"

    def apply(self, uow: UnitOfWork) -> Change:
        booth = uow.booths.get(self.number)
        if booth is None:
            raise UnknownBooth(number=self.number)
        stands = frozenset(booth.stand_ids)
        if booth.stand_id is not None:
            if not self.force:
                stand = uow.stands.get(booth.stand_id)
                raise BoothOccupied(number=booth.number, stand_id=booth.stand_id,
                                    stand_name=stand.name if stand else "")
            uow.assignments.remove(booth.number)
            for stand_id in booth.stand_ids:
                uow.stand_history.record(stand_id, HistoryField.BOOTH, booth.number, None)
        uow.booths.remove(booth.number)
        settled = settle_open_sides(uow, booth.level, [footprint(booth)])
        return Change(self.name, inverse=AddBooth(booth=booth),
                      booths=frozenset({booth.number}) | settled, stands=stands)


@dataclass(frozen=True)
class MoveBooth(Operation):
    """Move a booth so that its south-west corner lands at (x, y) mm."""

    number: str
    x: int
    y: int
    expected: tuple[int, int] | None = None  # where undo expects it; elsewhere -> refused
    name = "move_booth"

    def apply(self, uow: UnitOfWork) -> Change:
        booth = uow.booths.get(self.number)
        if booth is None:
            raise UnknownBooth(number=self.number)
        here = (booth.rect.x, booth.rect.y)
        if self.expected is not None and here != self.expected:
            raise ChangedElsewhere(number=booth.number, expected=f"at {self.expected}",
                                   found=f"at {here}")
        moved = booth.moved_to(self.x, self.y)
        uow.booths.update(moved)
        settled = settle_open_sides(uow, booth.level, [footprint(booth), footprint(moved)])
        return Change(self.name, inverse=MoveBooth(number=booth.number, x=here[0], y=here[1],
                                                   expected=(self.x, self.y)),
                      booths=frozenset({booth.number}) | settled,
                      changed=here != (self.x, self.y))
