"""Storage: event files and database servers through SQLAlchemy, migrated by Alembic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from boothmanager.storage.errors import (
    EventFileBusy,
    EventFileGone,
    EventFileExists,
    NewerSchema,
    NotAnEventFile,
    ReadOnlyEventFile,
    StorageError,
)
from boothmanager.storage.probe import SUFFIX, check_event_file

if TYPE_CHECKING:
    from boothmanager.storage.database import Database

__all__ = ["SUFFIX", "Database", "EventFileBusy", "EventFileGone", "EventFileExists", "NewerSchema",
           "NotAnEventFile", "ReadOnlyEventFile", "StorageError", "check_event_file"]


def __getattr__(name: str) -> object:
    # SQLAlchemy takes longer to import than a Qt window takes to appear: load it on first use.
    if name == "Database":
        from boothmanager.storage.database import Database

        return Database
    raise AttributeError(name)
