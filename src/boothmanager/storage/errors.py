"""Why an event file could not be opened or written; the file is left as it was."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """An event file was refused; nothing on disk was changed."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotAnEventFile(StorageError):
    """The file is missing, not an SQLite database, or not one of ours."""


class NewerSchema(StorageError):
    """The file was written by a newer boothmanager; opening it could lose data."""

    def __init__(self, path: Path | str, revision: str) -> None:
        self.revision = revision
        super().__init__(path, f"written by a newer version of boothmanager (schema {revision}); "
                               "update boothmanager to open it")


class EventFileExists(StorageError):
    """A new event would overwrite a file that is already there."""


class EventFileBusy(StorageError):
    """Another program holds the file; the change was not made."""


class EventFileGone(StorageError):
    """The open event's file was deleted or replaced behind our back."""


class ReadOnlyEventFile(StorageError):
    """The file may not be written; it was not changed."""
