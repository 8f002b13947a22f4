"""An event on a real PostgreSQL server: migrated, filled, shared booths, undo; the same
operations as on a file."""

from __future__ import annotations

from boothmanager.domain import Share, Stand
from boothmanager.operations import (
    AddStand,
    Assign,
    History,
    SplitFrontage,
    SwapStands,
    Unassign,
)
from boothmanager.seed import demo_event
from boothmanager.storage import Database
from boothmanager.storage.schema import HEAD
from tests.old_schema import write_0008_event


def test_a_new_database_is_migrated_to_the_newest_schema(pg_db: Database) -> None:
    with pg_db.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == HEAD


def test_a_stand_added_after_the_demo_gets_a_new_id(pg_db: Database) -> None:
    """The demo's stands come with their ids; the next stand must not collide with them."""
    pg_db.run(demo_event())
    change = pg_db.run(AddStand(stand=Stand(organisation="Verein", project="Neu")))
    (new_id,) = change.stands
    assert new_id > max(s.id or 0 for s in demo_event().stands)
    assert pg_db.load().stand(new_id).project == "Neu"


def test_shared_booths_and_undo_on_the_server(pg_db: Database, pg_url: str) -> None:
    pg_db.run(demo_event())
    history = History(pg_db.run)
    before = pg_db.load()
    history.do(Assign(booth="S1", stand_id=4, share=True))
    history.do(Assign(booth="S1", stand_id=5, share=True, position=0))
    history.do(SplitFrontage(booth="S1", frontages=(500, 1_500, 1_000)))
    history.do(SwapStands(a=1, b=2))
    history.do(Unassign(booth="S1", stand_id=4))
    assert pg_db.load().booth("S1").shares == (Share(5, 500), Share(2, 1_500))
    again = Database.connect(pg_url)  # a second user of the same server sees it
    try:
        assert again.load().booth("S1").stand_ids == (5, 2)
    finally:
        again.close()
    for _ in range(5):
        history.undo()
    assert pg_db.load() == before


def test_a_server_database_at_0008_is_migrated_keeping_its_placements(pg_url: str) -> None:
    write_0008_event(pg_url)
    db = Database.connect(pg_url)
    try:
        booth = db.load().booth("S1")
        assert (booth.shares, booth.locked, booth.capacity) == ((Share(7),), True, 1)
        db.run(Assign(booth="S1", stand_id=next(iter(db.run(AddStand(stand=Stand(
            organisation="Verein", project="Zweiter"))).stands)), share=True))
        assert len(db.load().booth("S1").shares) == 2  # the unique booth key is gone
    finally:
        db.close()
