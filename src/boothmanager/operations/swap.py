"""Swap two placed stands between their booths in one step, each with its history."""

from __future__ import annotations

from dataclasses import dataclass

from boothmanager.domain import ChangedElsewhere, DomainError, HistoryField, InvalidValue
from boothmanager.operations.assignment import placed_again, require_stand
from boothmanager.operations.base import Change, Operation, UnitOfWork


class PlacementLocked(DomainError):
    """A locked placement keeps its stand: unlock it first."""

    def __init__(self, *, number: str, stand_id: int) -> None:
        self.number = number
        self.stand_id = stand_id
        super().__init__(number=number, stand_id=stand_id)

    def describe(self) -> str:
        return f"the placement of stand {self.stand_id} on booth {self.number} is locked"


class NotPlaced(DomainError):
    """A stand that has no booth cannot swap; it is assigned instead."""

    def __init__(self, *, stand_id: int) -> None:
        self.stand_id = stand_id
        super().__init__(stand_id=stand_id)

    def describe(self) -> str:
        return f"stand {self.stand_id} has no booth to swap"


@dataclass(frozen=True)
class SwapStands(Operation):
    """Stand `a` takes the booth of stand `b` and `b` takes a's; refused if either placement
    is locked. `expected` (as undo passes it): the booths of a and b now, else nothing changes.
    """

    a: int
    b: int
    expected: tuple[str, str] | None = None
    name = "swap_stands"

    def apply(self, uow: UnitOfWork) -> Change:
        if self.a == self.b:
            raise InvalidValue(field="swap", value=self.a, reason="a stand cannot swap with itself")
        for stand_id in (self.a, self.b):
            require_stand(uow, stand_id)
        first, second = uow.assignments.booth_of(self.a), uow.assignments.booth_of(self.b)
        if self.expected is not None and (first, second) != self.expected:
            raise ChangedElsewhere(number=first or second or "",
                                   expected=f"stands {self.a} and {self.b} on "
                                            f"{self.expected[0]} and {self.expected[1]}",
                                   found=f"on {first or 'no booth'} and {second or 'no booth'}")
        if first is None:
            raise NotPlaced(stand_id=self.a)
        if second is None:
            raise NotPlaced(stand_id=self.b)
        for number, stand_id in ((first, self.a), (second, self.b)):
            booth = uow.booths.get(number)
            if booth is not None and booth.locked:
                raise PlacementLocked(number=number, stand_id=stand_id)
        # Each takes the other's place along the front and part of it (on a shared booth).
        place_a = placed_again(uow, first, self.a)
        place_b = placed_again(uow, second, self.b)
        uow.assignments.remove(first, self.a)
        uow.assignments.remove(second, self.b)
        moves = sorted(((second, self.a, place_b), (first, self.b, place_a)),
                       key=lambda move: move[2].position or 0)  # one booth: fill in order
        for number, stand_id, place in moves:
            uow.assignments.add(booth_number=number, stand_id=stand_id, position=place.position,
                                frontage_mm=place.frontage_mm, locked=False)
        uow.stand_history.record(self.a, HistoryField.BOOTH, first, second)
        uow.stand_history.record(self.b, HistoryField.BOOTH, second, first)
        return Change(self.name, inverse=SwapStands(a=self.a, b=self.b, expected=(second, first)),
                      booths=frozenset({first, second}), stands=frozenset({self.a, self.b}))
