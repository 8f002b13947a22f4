"""0003 -> 0004: a file from before snapshots keeps everything and gains the snapshot table."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from boothmanager.domain import StandStatus
from boothmanager.operations import TakeSnapshot
from boothmanager.storage import Database
from boothmanager.storage.models import Base
from boothmanager.storage.probe import schema_revision
from boothmanager.storage.schema import HEAD, REVISIONS, upgrade

ROWS_0003 = (
    "INSERT INTO event (id, name, title, motto, website, marketplace) "
    "VALUES (1, 'Alt', '', '', '', '')",
    "INSERT INTO venue (id, name, city, is_estimate, source_note) VALUES (1, 'Halle', '', 0, '')",
    "INSERT INTO level (id, name, position, outline) "
    "VALUES (1, 'EG', 0, '[[0,0],[9000,0],[9000,9000]]')",
    "INSERT INTO booth (id, number, level_id, x, y, width, depth, rotation, open_sides, "
    "amenities, reserved) VALUES (1, 'S1', 1, 0, 0, 3000, 2000, 90, 'north', 'power', 0)",
    "INSERT INTO stand (id, organisation, project, description, theme, website, contact, needs, "
    "placeholder, contact_name, email, phone, min_area_mm2, table_length_mm, staff_count, "
    "setup_at, teardown_at, notes, status) VALUES (1, 'AGSA', 'IKOE', '', '', '', 'c', '', 0, "
    "'Erika', 'e@example.org', '0345', 6000000, 1800, 2, '2020-09-21 07:30:00.000000', NULL, "
    "'intern', 'confirmed')",
    "INSERT INTO assignment (id, booth_id, stand_id) VALUES (1, 1, 1)",
    "INSERT INTO stand_history (id, stand_id, at, who, field, old, new) "
    "VALUES (1, 1, '2020-09-01 10:00:00.000000', 'max', 'status', 'placed', 'confirmed')",
)


def test_a_file_at_0003_keeps_its_data_and_takes_snapshots(tmp_path: Path) -> None:
    assert REVISIONS[-1] == HEAD and "0004" in REVISIONS  # later revisions keep this true
    path = tmp_path / "alt.boothplan"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade(connection, "0003")
        for statement in ROWS_0003:
            connection.exec_driver_sql(statement)
    engine.dispose()
    db = Database.open(path)
    try:
        event = db.load()
        stand = event.stand(1)
        assert (event.info.name, event.venue.name, [b.number for b in event.booths]) == (
            "Alt", "Halle", ["S1"])
        assert (event.booth("S1").stand_id, event.booth("S1").rotation) == (1, 90)
        assert (stand.contact_name, stand.email, stand.notes, stand.status) == (
            "Erika", "e@example.org", "intern", StandStatus.CONFIRMED)
        assert [(e.who, e.new) for e in db.stand_history(1)] == [("max", "confirmed")]
        assert db.snapshots() == []
        db.run(TakeSnapshot(snapshot="nach dem Update"))
        assert db.snapshot("nach dem Update").event() == event
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()
    assert schema_revision(path) == HEAD
    assert schema_revision(tmp_path / "alt.boothplan.bak-0003") == "0003"
