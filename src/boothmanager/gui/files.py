"""Where event files come from: the recent list, the demo event's place, file-name filters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from boothmanager.storage.probe import SUFFIX

MAX_RECENT = 8
RECENT_KEY = "files/recent"


def recent_files(settings: QSettings) -> list[Path]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in (value or []) if p]


def remember(settings: QSettings, path: Path) -> list[Path]:
    """Put `path` on top of the recent list."""
    path = path.resolve()
    recent = [path] + [p for p in recent_files(settings) if p != path]
    recent = recent[:MAX_RECENT]
    settings.setValue(RECENT_KEY, [str(p) for p in recent])
    return recent


def last_file(settings: QSettings) -> Path | None:
    for path in recent_files(settings):
        if path.is_file():
            return path
    return None


def demo_file() -> Path:
    """The demo event in the user's data folder, written on first use."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"BuKo-2020-Demo{SUFFIX}"
    if not path.exists():
        from boothmanager.seed import demo_event
        from boothmanager.storage import Database

        db = Database.create(path)
        try:
            db.run(demo_event())
        finally:
            db.close()
    return path


def with_suffix(path: Path) -> Path:
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)
