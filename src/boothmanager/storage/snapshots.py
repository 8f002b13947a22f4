"""The snapshot repository: named snapshots of the event, kept in the event file itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from boothmanager.domain import Snapshot, SnapshotInfo
from boothmanager.storage.models import SnapshotRow
from boothmanager.storage.stands import utc_now

LISTED = (SnapshotRow.name, SnapshotRow.taken_at, SnapshotRow.who, SnapshotRow.note,
          SnapshotRow.sha256)


class SqlSnapshots:
    """Named snapshots, stamped with who (the file's user) and when (UTC) as they are taken."""

    def __init__(self, session: Session, *, who: str = "",
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.session = session
        self.who = who
        self.clock = clock

    def all(self) -> list[SnapshotInfo]:
        """Every snapshot without its document, oldest first."""
        query = select(*LISTED).order_by(SnapshotRow.taken_at, SnapshotRow.id)
        return [SnapshotInfo(name=name, taken_at=at.replace(tzinfo=UTC), who=who, note=note,
                             sha256=sha256)
                for name, at, who, note, sha256 in self.session.execute(query)]

    def get(self, name: str) -> Snapshot | None:
        query = select(SnapshotRow).where(SnapshotRow.name == name)
        row = self.session.scalars(query).one_or_none()
        if row is None:
            return None
        return Snapshot(name=row.name, taken_at=row.taken_at.replace(tzinfo=UTC), who=row.who,
                        note=row.note, sha256=row.sha256, document=row.document)

    def add(self, name: str, note: str, document: str) -> Snapshot:
        """Keep a new snapshot, taken now by the file's user."""
        snapshot = Snapshot.taken(name=name, taken_at=self.clock(), who=self.who, note=note,
                                  document=document)
        self.restore(snapshot)
        return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Write a snapshot as it was (undoing a deletion brings it back unchanged)."""
        at = snapshot.taken_at.astimezone(UTC).replace(tzinfo=None)
        self.session.add(SnapshotRow(name=snapshot.name, taken_at=at, who=snapshot.who,
                                     note=snapshot.note, sha256=snapshot.sha256,
                                     document=snapshot.document))
        self.session.flush()

    def remove(self, name: str) -> None:
        self.session.execute(delete(SnapshotRow).where(SnapshotRow.name == name))
