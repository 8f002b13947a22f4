"""Storage: event files and database servers through SQLAlchemy, migrated by Alembic."""

from boothmanager.storage.database import SUFFIX, Database
from boothmanager.storage.errors import EventFileExists, NewerSchema, NotAnEventFile, StorageError

__all__ = ["SUFFIX", "Database", "EventFileExists", "NewerSchema", "NotAnEventFile", "StorageError"]
