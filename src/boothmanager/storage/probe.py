"""Look at an event file without changing a byte of it, and without loading SQLAlchemy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from boothmanager.storage.errors import EventFileBusy, NewerSchema, NotAnEventFile
from boothmanager.storage.schema import REVISIONS

SUFFIX = ".boothplan"
SQLITE_HEADER = b"SQLite format 3\x00"


def wal_path(path: Path) -> Path:
    """The write-ahead log SQLite keeps beside a file in WAL mode."""
    return path.with_name(path.name + "-wal")


def schema_revision(path: Path) -> str:
    """The schema revision of an event file, read without changing a byte of it."""
    if not path.exists():
        raise NotAnEventFile(path, "no such file")
    if not path.is_file():
        raise NotAnEventFile(path, "not a file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotAnEventFile(path, "not a boothmanager event file (not an SQLite database)")
    # Without a -wal beside it, `immutable` reads the file without creating -wal/-shm. With
    # one (another instance has it open, or one crashed), the newest data is in the -wal and
    # only a read-only connection sees it; that touches the -shm index, never file or -wal.
    mode = "ro" if wal_path(path).exists() else "ro&immutable=1"
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
        try:
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "event" not in tables:
                raise NotAnEventFile(path, "an SQLite database, but not a boothmanager event file")
            row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            probe.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise EventFileBusy(path, "the file is in use by another program; try again in a "
                                      "moment") from error
        raise NotAnEventFile(path, f"the file cannot be read ({error})") from error
    except sqlite3.DatabaseError as error:
        raise NotAnEventFile(path, f"the file is damaged ({error})") from error
    if row is None:
        raise NotAnEventFile(path, "the event file has no schema version")
    return str(row[0])


def check_event_file(path: Path) -> str:
    """The file's schema revision if this version can open it; else a typed refusal."""
    revision = schema_revision(path)
    if revision not in REVISIONS:
        raise NewerSchema(path, revision)
    return revision
