"""An event's database: opened from a URL or a `.boothplan` file, one transaction per operation."""

from __future__ import annotations

import getpass
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, QueuePool, create_engine, event, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from boothmanager.domain import (
    Booth,
    ReviewItem,
    Event,
    HistoryEntry,
    Snapshot,
    SnapshotInfo,
    Stand,
    UnknownSnapshot,
)
from boothmanager.domain.background import Background
from boothmanager.operations.base import Change, Operation
from boothmanager.storage.errors import (
    EventFileBusy,
    EventFileGone,
    EventFileExists,
    NewerSchema,
    NotAnEventFile,
    ReadOnlyEventFile,
    StorageError,
)
from boothmanager.storage.probe import check_event_file, wal_path
from boothmanager.storage.repositories import SqlAssignments, SqlBooths, SqlEvent
from boothmanager.storage.printed import SqlPrinted
from boothmanager.storage.reviews import SqlReviews
from boothmanager.storage.schema import HEAD, REVISIONS, upgrade
from boothmanager.storage.snapshots import SqlSnapshots
from boothmanager.storage.stands import SqlStandHistory, SqlStands


class SqlUnitOfWork:
    """The repositories of one transaction; `who` signs the stand history it writes."""

    def __init__(self, session: Session, *, who: str = "") -> None:
        self.session = session
        self.booths = SqlBooths(session)
        self.stands = SqlStands(session)
        self.assignments = SqlAssignments(session, self.booths)
        self.event = SqlEvent(session)
        self.stand_history = SqlStandHistory(session, who=who)
        self.snapshots = SqlSnapshots(session, who=who)
        self.reviews = SqlReviews(session, who=who)
        self.printed = SqlPrinted(session, who=who)


def login_name() -> str:
    """Who works on the file, for the stand history: the login name, if the system knows it."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def sqlite_engine(path: Path, *, create: bool = False) -> Engine:
    """An engine on an SQLite file with foreign keys, WAL and real transactions.

    Only `create` may make the file: an open event whose file vanished must fail, not
    quietly start an empty database at the same path.
    """
    uri = f"{path.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"

    def connect() -> sqlite3.Connection:
        # A second program holding the file makes us wait this long, then say so (EventFileBusy).
        return sqlite3.connect(uri, uri=True, timeout=2.0, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves, see below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # noqa: ANN001
        # pysqlite's own transaction handling defers BEGIN; an explicit one makes every
        # operation, reads included, a single transaction.
        connection.exec_driver_sql("BEGIN")

    return engine


def backup_path(path: Path, revision: str) -> Path:
    """Where the copy of a file goes before it is migrated from `revision`."""
    candidate = path.with_name(f"{path.name}.bak-{revision}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.name}.bak-{revision}-{counter}")
    return candidate


def storage_error(path: Path | None, error: OperationalError) -> Exception:
    """A typed error for what the database said, where the user can do something about it."""
    message = str(error.orig).lower()
    where = path if path is not None else Path("database")
    if "locked" in message or "busy" in message:
        return EventFileBusy(where, "the file is in use by another program; try again in a moment")
    if "readonly" in message or "read-only" in message:
        return ReadOnlyEventFile(where, "the file is read-only; nothing was changed")
    if "unable to open" in message or "no such table" in message or "disk i/o" in message:
        return EventFileGone(where, "the event file is gone or was replaced; nothing was "
                                    "changed (save a copy with Save As)")
    return StorageError(where, f"the event file could not be read or written ({error.orig})")


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device and inode), or None if there is none."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


class Database:
    """The storage of one event; all it needs is a database URL."""

    def __init__(self, engine: Engine, *, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self.actor = login_name()  # the stand history's "who"; a front end may name someone else
        self._identity = file_identity(path) if path is not None else None

    @classmethod
    def connect(cls, url: str) -> Database:
        """Open the event behind a database URL (e.g. PostgreSQL), migrating it to this version."""
        engine = create_engine(url)
        revision = None
        with engine.connect() as connection:
            if inspect(connection).has_table("alembic_version"):
                revision = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version").scalar()
        if revision is not None and revision not in REVISIONS:  # newer than this version
            engine.dispose()
            raise NewerSchema(url, revision)
        if revision != HEAD:
            with engine.begin() as connection:
                upgrade(connection)
        return cls(engine)

    @classmethod
    def create(cls, path: Path | str) -> Database:
        """Make a new, empty event file at `path` (refused if a file is there)."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise EventFileExists(path, "a file of that name exists already")
        if not path.parent.is_dir():
            raise NotAnEventFile(path, "the folder does not exist")
        engine = sqlite_engine(path, create=True)
        with engine.begin() as connection:
            upgrade(connection)
        return cls(engine, path=path)

    @classmethod
    def open(cls, path: Path | str) -> Database:
        """Open an event file; an older schema is backed up beside it and migrated."""
        path = Path(path)
        revision = check_event_file(path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise ReadOnlyEventFile(path, "the file or its folder is read-only; copy it somewhere "
                                          "you may write, or change its permissions")
        if revision != HEAD:
            backup = backup_path(path, revision)
            if wal_path(path).exists():
                # Committed data not yet checkpointed lives in the -wal: keep it with the copy.
                shutil.copy2(wal_path(path), wal_path(backup))
            shutil.copy2(path, backup)
        engine = sqlite_engine(path)
        if revision != HEAD:
            with engine.begin() as connection:
                upgrade(connection)
        return cls(engine, path=path)

    @contextmanager
    def unit_of_work(self) -> Iterator[SqlUnitOfWork]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        if self.path is not None and file_identity(self.path) != self._identity:
            # SQLite would go on writing to the deleted file, and all of it would be lost.
            raise EventFileGone(self.path, "the event file was deleted, moved or replaced "
                                           "while open; nothing was changed (save a copy with "
                                           "Save As)")
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield SqlUnitOfWork(session, who=self.actor)
        except OperationalError as error:
            raise storage_error(self.path, error) from error

    def run(self, operation: Operation) -> Change:
        """Apply one operation in one transaction and report what it changed."""
        with self.unit_of_work() as uow:
            return operation.apply(uow)

    def load(self) -> Event:
        """The whole event, for views and prints."""
        with self.unit_of_work() as uow:
            return Event(info=uow.event.info(), venue=uow.event.venue(),
                         booths=tuple(uow.booths.many()), stands=tuple(uow.stands.many()))

    def booths(self, numbers: frozenset[str]) -> list[Booth]:
        with self.unit_of_work() as uow:
            return uow.booths.many(numbers)

    def stands(self, ids: frozenset[int]) -> list[Stand]:
        with self.unit_of_work() as uow:
            return uow.stands.many(ids)

    def stand_history(self, stand_id: int) -> list[HistoryEntry]:
        """Every change of the stand's status and booth, oldest first."""
        with self.unit_of_work() as uow:
            return uow.stand_history.of(stand_id)

    def background(self, level: str) -> Background | None:
        """The background under `level`'s plan, if any."""
        with self.unit_of_work() as uow:
            return uow.event.background(level)

    def snapshots(self) -> list[SnapshotInfo]:
        """The event's named snapshots, oldest first (without their documents)."""
        with self.unit_of_work() as uow:
            return uow.snapshots.all()

    def snapshot(self, name: str) -> Snapshot:
        """One snapshot with its document (`.event()` reads it back); UnknownSnapshot if none."""
        with self.unit_of_work() as uow:
            snapshot = uow.snapshots.get(name)
        if snapshot is None:
            raise UnknownSnapshot(name=name)
        return snapshot

    def review_items(self) -> list[ReviewItem]:
        """Every item of the imported review packages, in the order they came in."""
        with self.unit_of_work() as uow:
            return uow.reviews.all()

    def save_copy(self, target: Path | str) -> None:
        """Write the whole event to another file (Save As), through SQLite's backup."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            return
        if not target.parent.is_dir():
            raise NotAnEventFile(target, "the folder does not exist")
        if wal_path(target).exists() and wal_path(target).stat().st_size > 0:
            # SQLite would replay that log onto the copy: the old file's changes would win.
            raise EventFileExists(target, "that file is open elsewhere or was not closed "
                                          "properly; open it once or choose another name")
        tmp = target.with_name(target.name + ".part")
        for leftover in (tmp, wal_path(tmp), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)  # ours, from a Save As that was cut short
        source = self.engine.raw_connection()
        try:
            destination = sqlite3.connect(tmp)
            try:
                source.driver_connection.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        tmp.replace(target)

    def close(self) -> None:
        self.engine.dispose()
