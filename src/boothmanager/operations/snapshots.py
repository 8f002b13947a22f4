"""Take and delete named snapshots of the event, each with its undo."""

from __future__ import annotations

from dataclasses import dataclass

from boothmanager.domain import (
    Event,
    Snapshot,
    SnapshotChangedElsewhere,
    SnapshotExists,
    UnknownSnapshot,
    snapshot_document,
)
from boothmanager.domain.snapshot import check_snapshot_name, check_snapshot_note
from boothmanager.operations.base import Change, Operation, UnitOfWork


def read_event(uow: UnitOfWork) -> Event:
    """The whole event as this unit of work sees it."""
    return Event(info=uow.event.info(), venue=uow.event.venue(),
                 booths=tuple(uow.booths.many()), stands=tuple(uow.stands.many()))


def refuse_taken(uow: UnitOfWork, name: str) -> None:
    if any(info.name == name for info in uow.snapshots.all()):
        raise SnapshotExists(name=name)


@dataclass(frozen=True)
class TakeSnapshot(Operation):
    """Keep the event as it is now under the name `snapshot`, with a note; undo deletes it.

    The field is `snapshot`, not `name`: `name` is the operation's own (as `Assign.booth`
    names a booth).
    """

    snapshot: str
    note: str = ""
    name = "take_snapshot"

    def __post_init__(self) -> None:
        object.__setattr__(self, "snapshot", check_snapshot_name(self.snapshot))
        check_snapshot_note(self.note)

    def apply(self, uow: UnitOfWork) -> Change:
        refuse_taken(uow, self.snapshot)
        taken = uow.snapshots.add(self.snapshot, self.note, snapshot_document(read_event(uow)))
        return Change(self.name, inverse=DeleteSnapshot(snapshot=self.snapshot, expected=taken),
                      snapshots=frozenset({self.snapshot}))


@dataclass(frozen=True)
class DeleteSnapshot(Operation):
    """Delete the snapshot named `snapshot`; undo brings it back as it was.

    `expected` (as undo passes it): the snapshot that must be there, else nothing changes.
    """

    snapshot: str
    expected: Snapshot | None = None
    name = "delete_snapshot"

    def __post_init__(self) -> None:
        object.__setattr__(self, "snapshot", self.snapshot.strip())

    def apply(self, uow: UnitOfWork) -> Change:
        found = uow.snapshots.get(self.snapshot)
        if found is None:
            raise UnknownSnapshot(name=self.snapshot)
        if self.expected is not None and found != self.expected:
            raise SnapshotChangedElsewhere(name=self.snapshot)
        uow.snapshots.remove(self.snapshot)
        return Change(self.name, inverse=RestoreSnapshot(snapshot=found),
                      snapshots=frozenset({self.snapshot}))


@dataclass(frozen=True)
class RestoreSnapshot(Operation):
    """Put a deleted snapshot back unchanged (who, when, note, document): the undo of a delete."""

    snapshot: Snapshot
    name = "restore_snapshot"

    def apply(self, uow: UnitOfWork) -> Change:
        refuse_taken(uow, self.snapshot.name)
        uow.snapshots.restore(self.snapshot)
        return Change(self.name, inverse=DeleteSnapshot(snapshot=self.snapshot.name,
                                                        expected=self.snapshot),
                      snapshots=frozenset({self.snapshot.name}))
