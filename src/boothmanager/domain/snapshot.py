"""Named snapshots of an event: who took one, when and why, and the document it keeps."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from boothmanager.domain.errors import DomainError, InvalidValue
from boothmanager.domain.event import Event
from boothmanager.domain.snapshot_document import (
    SnapshotUnreadable,
    document_sha256,
    event_from_snapshot,
)
from boothmanager.domain.stand import MAX_TEXT

MAX_NAME = 100


class SnapshotExists(DomainError):
    def __init__(self, *, name: str) -> None:
        self.name = name
        super().__init__(name=name)

    def describe(self) -> str:
        return f"a snapshot named {self.name!r} exists already; choose another name"


class UnknownSnapshot(DomainError):
    def __init__(self, *, name: str) -> None:
        self.name = name
        super().__init__(name=name)

    def describe(self) -> str:
        return f"there is no snapshot {self.name!r}"


class SnapshotChangedElsewhere(DomainError):
    """An undo found another snapshot under the name than the one it took or deleted."""

    def __init__(self, *, name: str) -> None:
        self.name = name
        super().__init__(name=name)

    def describe(self) -> str:
        return f"snapshot {self.name!r} was replaced elsewhere since; nothing was changed"


def check_snapshot_name(name: str) -> str:
    """A snapshot name as people type it: one short printable line, no surrounding space."""
    cleaned = name.strip()
    if not cleaned:
        raise InvalidValue(field="snapshot name", value=name, reason="must not be empty")
    if len(cleaned) > MAX_NAME or not cleaned.isprintable():
        raise InvalidValue(field="snapshot name", value=name,
                           reason=f"at most {MAX_NAME} printable characters on one line")
    return cleaned


def check_snapshot_note(note: str) -> str:
    if len(note) > MAX_TEXT:
        raise InvalidValue(field="snapshot note", value=note[:40] + "…",
                           reason=f"at most {MAX_TEXT} characters")
    return note


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    """A snapshot as listed: name, when (UTC), by whom, the note and the document's digest."""

    name: str
    taken_at: datetime
    who: str
    note: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A named snapshot with its document (see `snapshot_document`) and the document's SHA-256.

    The digest is kept beside the document, so a document altered in the file is refused
    when it is read back (`event`), while the snapshot can still be listed and deleted.
    """

    name: str
    taken_at: datetime
    who: str
    note: str
    sha256: str
    document: str = field(repr=False)

    @classmethod
    def taken(cls, *, name: str, taken_at: datetime, who: str, note: str,
              document: str) -> Snapshot:
        """A new snapshot, its digest computed from the document."""
        return cls(name=name, taken_at=taken_at, who=who, note=note,
                   sha256=document_sha256(document), document=document)

    @property
    def info(self) -> SnapshotInfo:
        return SnapshotInfo(name=self.name, taken_at=self.taken_at, who=self.who, note=self.note,
                            sha256=self.sha256)

    def event(self) -> Event:
        """The event as it was; SnapshotUnreadable if the document was altered or is unreadable."""
        if document_sha256(self.document) != self.sha256:
            raise SnapshotUnreadable(reason=f"snapshot {self.name!r} was altered in the file "
                                            "(its SHA-256 does not match)")
        return event_from_snapshot(self.document)


def without_private(event: Event) -> Event:
    """The event with every stand's private fields blanked, as a package for others may hold it."""
    return replace(event, stands=tuple(stand.public() for stand in event.stands))
