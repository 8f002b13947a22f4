"""Assign a stand to a booth and take it off again."""

from __future__ import annotations

from dataclasses import dataclass, replace

from boothmanager.domain import (
    Booth,
    BoothNotAssigned,
    BoothOccupied,
    ChangedElsewhere,
    HistoryField,
    InvalidValue,
    Stand,
    UnknownBooth,
    UnknownStand,
)
from boothmanager.domain.booth import MAX_SHARES
from boothmanager.domain.shares import check_frontages
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.batch import Batch


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
    """Put a stand on a booth; a stand placed elsewhere moves.

    An occupied booth is refused unless `share`: then the stand joins the stands on it, at
    `position` along the front (None: last) with `frontage_mm` of it (None: an equal part).
    `locked` (as undo passes it) puts the placement back locked.
    """

    booth: str
    stand_id: int
    share: bool = False
    position: int | None = None
    frontage_mm: int | None = None
    locked: bool = False
    name = "assign"

    def apply(self, uow: UnitOfWork) -> Change:
        number = require_booth_number(uow, self.booth)
        stand = require_stand(uow, self.stand_id)
        on_booth = uow.assignments.shares_on(number)
        ids = [share.stand_id for share in on_booth]
        if self.stand_id in ids:
            return Change(self.name, inverse=self, booths=frozenset({number}),
                          stands=frozenset({self.stand_id}), changed=False)
        if ids and not self.share:
            other = require_stand(uow, ids[0])
            raise BoothOccupied(number=number, stand_id=ids[0], stand_name=other.name)
        if len(ids) >= MAX_SHARES:
            raise InvalidValue(field="stands per booth", value=number,
                               reason=f"at most {MAX_SHARES} stands share a booth")
        previous = uow.assignments.booth_of(self.stand_id)
        back: Operation = Unassign(booth=number, stand_id=self.stand_id)
        if previous is not None:
            back = placed_again(uow, previous, self.stand_id)
            uow.assignments.remove(previous, self.stand_id)
        locked = self.locked or (bool(ids) and uow.booths.get(number).locked)
        uow.assignments.add(booth_number=number, stand_id=stand.id or self.stand_id,
                            frontage_mm=self.frontage_mm, position=self.position, locked=locked)
        uow.stand_history.record(self.stand_id, HistoryField.BOOTH, previous, number)
        touched = {number} | ({previous} if previous else set())
        return Change(self.name, inverse=back, booths=frozenset(touched),
                      stands=frozenset({self.stand_id}))


def place_shares(uow: UnitOfWork, booth: Booth) -> None:
    """Write the stands a booth names into the file, in order, with their parts and lock."""
    for share in booth.shares:
        uow.assignments.add(booth_number=booth.number, stand_id=share.stand_id,
                            frontage_mm=share.frontage_mm, locked=booth.locked)


def placed_again(uow: UnitOfWork, number: str, stand_id: int) -> Assign:
    """The step that puts `stand_id` back on booth `number` where it stands now (its place
    along the front, its part of it, its lock)."""
    booth = uow.booths.get(number)
    assert booth is not None, number
    index = booth.stand_ids.index(stand_id)
    if not booth.shared:
        return Assign(booth=number, stand_id=stand_id, locked=booth.locked,
                      frontage_mm=booth.shares[index].frontage_mm)
    return Assign(booth=number, stand_id=stand_id, share=True, position=index,
                  frontage_mm=booth.shares[index].frontage_mm, locked=booth.locked)


@dataclass(frozen=True)
class Unassign(Operation):
    """Take a stand off a booth, or (no `stand_id`) every stand on it; they stay in the
    event, unplaced.

    With `stand_id` (as undo passes it) only that stand is taken off: if it is no longer on
    the booth, the undo is refused instead of removing someone else's work.
    """

    booth: str
    stand_id: int | None = None
    name = "unassign"

    def apply(self, uow: UnitOfWork) -> Change:
        number = require_booth_number(uow, self.booth)
        ids = [share.stand_id for share in uow.assignments.shares_on(number)]
        if not ids:
            raise BoothNotAssigned(number=number)
        if self.stand_id is not None and self.stand_id not in ids:
            raise ChangedElsewhere(number=number, expected=f"stand {self.stand_id}",
                                   found=", ".join(f"stand {i}" for i in ids))
        leaving = ids if self.stand_id is None else [self.stand_id]
        backs = [placed_again(uow, number, stand_id) for stand_id in leaving]
        for stand_id in leaving:
            uow.assignments.remove(number, stand_id)
            uow.stand_history.record(stand_id, HistoryField.BOOTH, number, None)
        inverse: Operation = backs[0] if len(backs) == 1 else Batch(steps=tuple(backs),
                                                                      label=self.name)
        return Change(self.name, inverse=inverse, booths=frozenset({number}),
                      stands=frozenset(leaving))


@dataclass(frozen=True)
class SplitFrontage(Operation):
    """Give each stand on a shared booth its part of the front, in mm, in their order.

    `expected` (as undo passes it): the stands on the booth now, else nothing changes. A part
    None (as undo passes it) is an equal part of what the others leave.
    """

    booth: str
    frontages: tuple[int | None, ...]
    expected: tuple[int, ...] | None = None
    restore: bool = False  # undo: put the parts back as stored, even if the front changed since
    name = "split_frontage"

    def apply(self, uow: UnitOfWork) -> Change:
        booth = uow.booths.get(self.booth)
        if booth is None:
            raise UnknownBooth(number=self.booth)
        if self.expected is not None and booth.stand_ids != self.expected:
            raise ChangedElsewhere(number=booth.number,
                                   expected=", ".join(f"stand {i}" for i in self.expected),
                                   found=", ".join(f"stand {i}" for i in booth.stand_ids))
        if not booth.shares:
            raise BoothNotAssigned(number=booth.number)
        if not self.restore and None not in self.frontages:
            check_frontages(booth, tuple(int(part or 0) for part in self.frontages))
        elif len(self.frontages) != len(booth.shares):
            raise InvalidValue(field="frontage shares", value=f"booth {booth.number}",
                               reason=f"{len(booth.shares)} stands, "
                                      f"{len(self.frontages)} parts given")
        before = tuple(share.frontage_mm for share in booth.shares)
        inverse = SplitFrontage(booth=booth.number, frontages=before, expected=booth.stand_ids,
                                restore=True)
        if before == self.frontages:
            return Change(self.name, inverse=inverse, changed=False)
        uow.assignments.set_frontages(booth.number, self.frontages)
        return Change(self.name, inverse=inverse, booths=frozenset({booth.number}),
                      stands=frozenset(booth.stand_ids))


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
                      booths=frozenset({self.booth}), stands=frozenset(booth.stand_ids))


@dataclass(frozen=True)
class OrderShares(Operation):
    """Put the stands on a shared booth in this order along its front; each keeps its part."""

    booth: str
    stand_ids: tuple[int, ...]
    name = "order_shares"

    def apply(self, uow: UnitOfWork) -> Change:
        booth = uow.booths.get(self.booth)
        if booth is None:
            raise UnknownBooth(number=self.booth)
        if not booth.shares:
            raise BoothNotAssigned(number=booth.number)
        if (len(set(self.stand_ids)) != len(self.stand_ids)
                or set(self.stand_ids) != set(booth.stand_ids)):
            on_it = ", ".join(f"stand {i}" for i in booth.stand_ids)
            raise InvalidValue(field="order of stands", value=f"booth {booth.number}",
                               reason=f"name each stand on it once: {on_it}")
        inverse = OrderShares(booth=booth.number, stand_ids=booth.stand_ids)
        if tuple(self.stand_ids) == booth.stand_ids:
            return Change(self.name, inverse=inverse, changed=False)
        uow.assignments.reorder(booth.number, tuple(self.stand_ids))
        return Change(self.name, inverse=inverse, booths=frozenset({booth.number}),
                      stands=frozenset(booth.stand_ids))


@dataclass(frozen=True)
class SetCapacity(Operation):
    """How many stands the automatic assignment may put on a booth (1: it is not shared)."""

    booth: str
    capacity: int
    name = "set_capacity"

    def apply(self, uow: UnitOfWork) -> Change:
        booth = uow.booths.get(self.booth)
        if booth is None:
            raise UnknownBooth(number=self.booth)
        changed = replace(booth, capacity=self.capacity)  # refuses 0 or more than MAX_SHARES
        inverse = SetCapacity(booth=booth.number, capacity=booth.capacity)
        if booth.capacity == self.capacity:
            return Change(self.name, inverse=inverse, changed=False)
        uow.booths.update(changed)
        return Change(self.name, inverse=inverse, booths=frozenset({booth.number}))
