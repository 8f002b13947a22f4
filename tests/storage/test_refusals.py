"""Files that are not event files are refused with NotAnEventFile and left as they were."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from boothmanager.storage import Database, NotAnEventFile

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(32)


def sqlite_file(*statements: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        connection = sqlite3.connect(path)
        with connection:
            for statement in statements:
                connection.execute(statement)
        connection.close()
    return make


MAKERS: dict[str, Callable[[Path], object] | None] = {
    "text": lambda path: path.write_text("Standplan\nS1;IKOE\n", encoding="utf-8"),
    "empty": lambda path: path.write_bytes(b""),
    "png": lambda path: path.write_bytes(PNG),
    "damaged sqlite": lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200),
    "directory": lambda path: path.mkdir(),
    "missing": None,
    "someone else's sqlite": sqlite_file("CREATE TABLE song (title TEXT)",
                                         "INSERT INTO song VALUES ('x')"),
    "alembic but not ours": sqlite_file(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        "INSERT INTO alembic_version VALUES ('0001')"),
    "ours without a version": sqlite_file(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        "CREATE TABLE event (id INTEGER PRIMARY KEY)"),
}


def state(folder: Path) -> dict[str, tuple[bytes, int] | None]:
    return {entry.name: (entry.read_bytes(), entry.stat().st_mtime_ns) if entry.is_file() else None
            for entry in folder.iterdir()}


@pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS.keys())
def test_refused_and_left_unchanged(tmp_path: Path, make: Callable[[Path], object] | None) -> None:
    path = tmp_path / "plan.boothplan"
    if make is not None:
        make(path)
    before = state(tmp_path)
    with pytest.raises(NotAnEventFile) as caught:
        Database.open(path)
    assert caught.value.path == path
    assert caught.value.reason
    assert state(tmp_path) == before
    assert os.path.exists(path) is (make is not None)
