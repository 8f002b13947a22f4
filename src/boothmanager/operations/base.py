"""What every operation shares: the unit of work it runs in and the change it reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable

    from boothmanager.domain import (
        Booth,
        EventInfo,
        HistoryEntry,
        HistoryField,
        Level,
        Rect,
        ReviewItem,
        ReviewItemState,
        Snapshot,
        SnapshotInfo,
        Stand,
        Venue,
    )


class BoothRepository(Protocol):
    def get(self, number: str) -> Booth | None: ...
    def add(self, booth: Booth) -> None: ...
    def update(self, booth: Booth) -> None: ...
    def remove(self, number: str) -> None: ...
    def near(self, level: str, area: Rect) -> list[Booth]: ...
    def many(self, numbers: frozenset[str] | None = None) -> list[Booth]: ...


class StandRepository(Protocol):
    def get(self, stand_id: int) -> Stand | None: ...
    def named(self, name: str) -> list[Stand]: ...
    def many(self, ids: frozenset[int] | None = None) -> list[Stand]: ...
    def add(self, stand: Stand) -> int: ...
    def update(self, stand: Stand) -> None: ...
    def remove(self, stand_id: int) -> None: ...


class StandHistoryRepository(Protocol):
    """Changes of stands' status and booth; the unit of work stamps who and when."""

    def record(self, stand_id: int, field: HistoryField, old: str | None,
               new: str | None) -> None: ...
    def restore(self, entries: Iterable[HistoryEntry]) -> None: ...
    def of(self, stand_id: int) -> list[HistoryEntry]: ...


class AssignmentRepository(Protocol):
    def stand_on(self, booth_number: str) -> int | None: ...
    def booth_of(self, stand_id: int) -> str | None: ...
    def add(self, *, booth_number: str, stand_id: int) -> None: ...
    def remove(self, booth_number: str) -> None: ...


class EventRepository(Protocol):
    def save_info(self, info: EventInfo) -> None: ...
    def save_venue(self, venue: Venue) -> None: ...
    def level(self, name: str) -> Level: ...
    def info(self) -> EventInfo: ...
    def venue(self) -> Venue: ...


class SnapshotRepository(Protocol):
    """Named snapshots in the event file; the unit of work stamps who takes one, and when."""

    def all(self) -> list[SnapshotInfo]: ...
    def get(self, name: str) -> Snapshot | None: ...
    def add(self, name: str, note: str, document: str) -> Snapshot: ...
    def restore(self, snapshot: Snapshot) -> None: ...
    def remove(self, name: str) -> None: ...


class ReviewRepository(Protocol):
    """Items of imported review packages; the unit of work stamps who imports, and when."""

    def all(self) -> list[ReviewItem]: ...
    def get(self, item_id: int) -> ReviewItem | None: ...
    def imported(self, seal: str, reviewer: str) -> bool: ...
    def add(self, items: Iterable[ReviewItem]) -> list[int]: ...
    def set_state(self, item_id: int, state: ReviewItemState) -> None: ...
    def remove(self, seal: str, reviewer: str) -> None: ...


class UnitOfWork(Protocol):
    """One transaction over an event: repositories in, commit or nothing."""

    booths: BoothRepository
    stands: StandRepository
    assignments: AssignmentRepository
    event: EventRepository
    stand_history: StandHistoryRepository
    snapshots: SnapshotRepository
    reviews: ReviewRepository


@dataclass(frozen=True)
class Change:
    """What an operation changed, and the operation that takes it back."""

    operation: str
    inverse: Operation
    booths: frozenset[str] = field(default_factory=frozenset)
    stands: frozenset[int] = field(default_factory=frozenset)
    venue: bool = False
    changed: bool = True  # False: the event already was as asked; nothing to undo
    snapshots: frozenset[str] = field(default_factory=frozenset)  # names taken or deleted
    reviews: frozenset[int] = field(default_factory=frozenset)  # review items added or changed


class Operation:
    """A named change to an event; `apply` runs it inside one unit of work."""

    name: ClassVar[str] = "operation"

    def apply(self, uow: UnitOfWork) -> Change:
        raise NotImplementedError
