"""The migration chain, the schema it builds, and how files at other revisions are opened."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from boothmanager.domain import Amenity, Stand, StandStatus
from boothmanager.operations import AddStand, Unassign
from boothmanager.seed import demo_event
from boothmanager.storage import Database, NewerSchema
from boothmanager.storage.database import backup_path
from boothmanager.storage.probe import schema_revision
from boothmanager.storage.models import Base
from boothmanager.storage.schema import HEAD, REVISIONS, alembic_config, upgrade


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """The file's bytes and mtime, and what lies beside it."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def test_the_chain_is_linear_and_known() -> None:
    scripts = ScriptDirectory.from_config(alembic_config(None))
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    chain = list(reversed(list(scripts.walk_revisions())))
    for older, newer in zip(chain, chain[1:], strict=False):
        assert newer.down_revision == older.revision
    assert chain[0].down_revision is None
    assert tuple(script.revision for script in chain) == REVISIONS
    assert HEAD == scripts.get_current_head()


def differences(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_the_migrated_schema_matches_the_models(empty_db: Database) -> None:
    assert differences(empty_db) == []


def old_file(path: Path, revision: str) -> Path:
    """An event file as an older boothmanager left it, with an event in it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade(connection, revision)
        connection.exec_driver_sql(
            "INSERT INTO event (id, name, title, motto, website, marketplace) "
            "VALUES (1, 'Alt', '', '', '', '')")
    engine.dispose()
    return path


def test_an_older_file_is_backed_up_and_migrated(tmp_path: Path) -> None:
    path = old_file(tmp_path / "alt.boothplan", "0001")
    old_bytes = path.read_bytes()
    db = Database.open(path)
    try:
        db.run(AddStand(stand=Stand(organisation="Neu", project="")))  # a table of 0002
        assert db.load().info.name == "Alt"
        assert [stand.name for stand in db.load().stands] == ["Neu"]
        assert differences(db) == []
    finally:
        db.close()
    backup = tmp_path / "alt.boothplan.bak-0001"
    assert backup.read_bytes() == old_bytes
    assert schema_revision(path) == HEAD
    assert schema_revision(backup) == "0001"
    Database.open(path).close()  # current now: no second backup
    assert sorted(os.listdir(tmp_path)) == ["alt.boothplan", "alt.boothplan.bak-0001"]


def test_backups_never_overwrite_each_other(tmp_path: Path) -> None:
    path = tmp_path / "alt.boothplan"
    first = backup_path(path, "0001")
    first.write_bytes(b"older backup")
    second = backup_path(path, "0001")
    assert second.name == "alt.boothplan.bak-0001-2"
    assert first.read_bytes() == b"older backup"


def newer_file(path: Path) -> Path:
    db = Database.create(path)
    db.run(demo_event())
    db.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    return path


def test_a_newer_file_is_refused_untouched(tmp_path: Path) -> None:
    path = newer_file(tmp_path / "neu.boothplan")
    before = snapshot(path)
    with pytest.raises(NewerSchema) as caught:
        Database.open(path)
    assert caught.value.revision == "9999_from_the_future"
    assert caught.value.path == path
    assert snapshot(path) == before
    assert not any(name.endswith(("-wal", "-shm")) for name in before[2])


def test_a_newer_database_behind_a_url_is_refused(tmp_path: Path) -> None:
    path = newer_file(tmp_path / "neu.boothplan")
    with pytest.raises(NewerSchema):
        Database.connect(f"sqlite:///{path}")


def test_a_database_behind_a_url_is_migrated(tmp_path: Path) -> None:
    db = Database.connect(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        db.run(demo_event())
        assert len(db.load().booths) == 5
    finally:
        db.close()


def crashed_copy(source: Path, target_dir: Path) -> Path:
    """The file with its -wal as a crash (or a second instance) leaves it."""
    target_dir.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{source}{suffix}", target_dir / f"{source.name}{suffix}")
    return target_dir / source.name


def test_a_file_with_unsaved_wal_opens_with_its_data(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "live.boothplan")
    db.run(demo_event())
    path = crashed_copy(db.path, tmp_path / "crash")
    db.close()
    assert schema_revision(path) == HEAD
    reopened = Database.open(path)
    try:
        assert len(reopened.load().booths) == 5
    finally:
        reopened.close()


def test_an_older_file_with_unsaved_wal_keeps_it_in_the_backup(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'live.boothplan'}")
    with engine.begin() as connection:
        upgrade(connection, "0001")
    engine.dispose()
    live = sqlite3.connect(tmp_path / "live.boothplan")
    try:
        live.execute("PRAGMA journal_mode = WAL")
        with live:
            live.execute("INSERT INTO event (id, name, title, motto, website, marketplace) "
                         "VALUES (1, 'Alt', '', '', '', '')")
        path = crashed_copy(tmp_path / "live.boothplan", tmp_path / "crash")
    finally:
        live.close()
    Database.open(path).close()
    backup = path.with_name(path.name + ".bak-0001")
    assert schema_revision(backup) == "0001"
    probe = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        assert probe.execute("SELECT name FROM event").fetchone() == ("Alt",)
    finally:
        probe.close()


def test_a_file_at_0002_keeps_its_stands_and_assignments(tmp_path: Path) -> None:
    """0002 -> 0003: every stand keeps its fields and booth; new fields start empty; a stand
    with a booth starts as placed, the others as applied."""
    path = tmp_path / "alt.boothplan"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade(connection, "0002")
        for statement in (
                "INSERT INTO event (id, name, title, motto, website, marketplace) "
                "VALUES (1, 'Alt', '', '', '', '')",
                "INSERT INTO level (id, name, position, outline) VALUES (1, 'EG', 0, '[]')",
                "INSERT INTO booth (id, number, level_id, x, y, width, depth, rotation, "
                "open_sides, amenities, reserved) VALUES (1, 'S1', 1, 0, 0, 3000, 2000, 0, '', "
                "'power,table', 0)",
                "INSERT INTO stand (id, organisation, project, description, theme, website, "
                "contact, needs, placeholder) VALUES (1, 'AGSA', 'IKOE', 'd', 't', 'w', "
                "'Erika, 0391 1', 'power', 0), (2, 'Verein', 'Zwei', '', '', '', '', '', 1)",
                "INSERT INTO assignment (id, booth_id, stand_id) VALUES (1, 1, 1)"):
            connection.exec_driver_sql(statement)
    engine.dispose()
    db = Database.open(path)
    try:
        event = db.load()
        assert event.stands == (
            Stand(id=1, organisation="AGSA", project="IKOE", description="d", theme="t",
                  website="w", contact="Erika, 0391 1", needs=frozenset({Amenity.POWER}),
                  status=StandStatus.PLACED),
            Stand(id=2, organisation="Verein", project="Zwei", placeholder=True))
        assert event.booth("S1").stand_id == 1
        assert db.stand_history(1) == []
        db.run(Unassign(booth="S1"))  # the new history table works
        assert [(e.old, e.new) for e in db.stand_history(1)] == [("S1", None)]
        assert differences(db) == []
    finally:
        db.close()
    assert schema_revision(path) == HEAD
    assert schema_revision(tmp_path / "alt.boothplan.bak-0002") == "0002"
