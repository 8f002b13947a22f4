"""An event written by the version before shared booths (schema 0008), for migration tests on
a file and on a server alike: booth S1 with stand 7 on it, locked."""

from __future__ import annotations

from sqlalchemy import create_engine

from boothmanager.storage.schema import upgrade

STATEMENTS_0008 = (
    "INSERT INTO event (id, name, title, motto, website, marketplace) "
    "VALUES (1, 'Alt', '', '', '', '')",
    "INSERT INTO level (id, name, position, outline) VALUES (1, 'EG', 0, "
    "'[[0, 0], [10000, 0], [10000, 10000], [0, 10000]]')",
    "INSERT INTO booth (id, number, level_id, x, y, width, depth, rotation, "
    "open_sides, amenities, reserved, zone, parts) VALUES (1, 'S1', 1, 0, 0, 3000, "
    "2000, 0, 'south', '', false, '', '')",
    "INSERT INTO stand (id, organisation, project, description, theme, website, "
    "contact, needs, placeholder) VALUES (7, 'Verein', 'P', '', '', '', '', '', false)",
    "INSERT INTO assignment (booth_id, stand_id, locked) VALUES (1, 7, true)",
)


def write_0008_event(url: str) -> None:
    """Make the database at `url` an event at schema 0008 with one locked placement."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            upgrade(connection, "0008")
            for statement in STATEMENTS_0008:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()
