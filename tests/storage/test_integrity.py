"""The event file guards itself: unique assignments, foreign keys, WAL, one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from boothmanager.domain import Booth, BoothOccupied, Rect
from boothmanager.operations import AddBooth, Assign, Batch, MoveBooth, Unassign
from boothmanager.storage import Database


def raw(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def booth_id(connection: sqlite3.Connection, number: str) -> int:
    return connection.execute("SELECT id FROM booth WHERE number = ?", (number,)).fetchone()[0]


def test_the_file_refuses_a_stand_on_two_booths(demo_path: Path) -> None:
    connection = raw(demo_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            connection.execute("INSERT INTO assignment (booth_id, stand_id) VALUES (?, ?)",
                               (booth_id(connection, "S4"), 1))
    finally:
        connection.close()


def test_a_second_stand_on_a_booth_shares_it(demo_path: Path) -> None:
    """Two stands on one booth are not double booking but a shared booth (schema 0009)."""
    connection = raw(demo_path)
    try:
        with connection:
            connection.execute("INSERT INTO assignment (booth_id, stand_id, position) "
                               "VALUES (?, 4, 1)", (booth_id(connection, "S1"),))
    finally:
        connection.close()
    db = Database.open(demo_path)
    try:
        assert db.load().booth("S1").stand_ids == (1, 4)
    finally:
        db.close()


@pytest.mark.parametrize("statement", [
    "INSERT INTO assignment (booth_id, stand_id) SELECT id, 99 FROM booth WHERE number = 'S4'",
    "DELETE FROM stand WHERE id = 1",
    "DELETE FROM level",
], ids=["unknown stand", "placed stand", "level with booths"])
def test_the_file_refuses_dangling_references(demo_path: Path, statement: str) -> None:
    connection = raw(demo_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            connection.execute(statement)
    finally:
        connection.close()


def test_connections_have_foreign_keys_and_wal(demo_db: Database) -> None:
    with demo_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    # WAL is recorded in the file header (bytes 18 and 19), so every reader sees it.
    assert demo_db.path.read_bytes()[18:20] == b"\x02\x02"


def test_a_failing_operation_leaves_the_file_unchanged(demo_path: Path) -> None:
    Database.open(demo_path).close()
    before_bytes = demo_path.read_bytes()
    db = Database.open(demo_path)
    before = db.load()
    failing = Batch(steps=(Unassign(booth="S1"), MoveBooth(number="S2", x=0, y=0),
                           AddBooth(booth=Booth("S6", "Foyer (EG)", Rect(0, 0, 1, 1))),
                           Assign(booth="S3", stand_id=1)))  # S3 is taken: refused last
    with pytest.raises(BoothOccupied):
        db.run(failing)
    assert db.load() == before
    db.close()
    assert demo_path.read_bytes() == before_bytes
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]
