"""L- and U-shaped booths in the event file: stored, merged, split, undone, snapshotted, and
kept through the migration from schema 0007 (real SQLite files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from boothmanager.domain import (
    Booth,
    BoothType,
    ChangedElsewhere,
    InvalidValue,
    Rect,
    Side,
    event_from_snapshot,
    snapshot_document,
)
from boothmanager.domain.sides import open_sides_for
from boothmanager.operations import AddBooth, History, MergeBooths, SplitBooth, TakeSnapshot
from boothmanager.operations.shaping import ExtendBooth
from boothmanager.storage import Database
from boothmanager.storage.probe import schema_revision
from boothmanager.storage.schema import HEAD, upgrade

FOYER = "Foyer (EG)"


def sides_are_true(db: Database) -> None:
    event = db.load()
    detected = open_sides_for(event.booths, event.venue.level(FOYER))
    assert {b.number: b.open_sides for b in event.booths} == detected


def test_an_l_is_stored_and_read_back_exactly(demo_db: Database) -> None:
    l_booth = Booth(number="L1", level=FOYER, rect=Rect(20_000, 2_000, 3_000, 2_000),
                    parts=(Rect(0, 2_000, 1_000, 2_000),))
    demo_db.run(AddBooth(booth=l_booth))
    stored = demo_db.load().booth("L1")
    assert (stored.rect, stored.parts, stored.area_mm2) == (l_booth.rect, l_booth.parts,
                                                           8_000_000)
    assert stored.type is BoothType.ISLAND
    sides_are_true(demo_db)


def test_extend_makes_an_l_then_a_u_in_one_step_each_and_undo_restores(
        demo_db: Database) -> None:
    history = History(demo_db.run)
    demo_db.run(AddBooth(booth=Booth(number="A1", level=FOYER,
                                     rect=Rect(20_000, 2_000, 3_000, 2_000))))
    plain = demo_db.load()
    history.do(ExtendBooth(number="A1", part=Rect(20_000, 4_000, 1_000, 2_000),
                           expected=(Rect(20_000, 2_000, 3_000, 2_000),)))
    l_state = demo_db.load()
    assert l_state.booth("A1").parts == (Rect(0, 2_000, 1_000, 2_000),)
    history.do(ExtendBooth(number="A1", part=Rect(22_000, 4_000, 1_000, 2_000)))
    assert len(demo_db.load().booth("A1").parts) == 2
    assert demo_db.load().booth("A1").area_mm2 == 10_000_000
    history.undo()
    assert demo_db.load() == l_state
    history.undo()
    assert demo_db.load() == plain
    history.redo()
    assert demo_db.load() == l_state
    sides_are_true(demo_db)


def test_a_stale_or_floating_extension_changes_nothing(demo_db: Database) -> None:
    demo_db.run(AddBooth(booth=Booth(number="A1", level=FOYER,
                                     rect=Rect(20_000, 2_000, 3_000, 2_000))))
    before = demo_db.load()
    with pytest.raises(ChangedElsewhere):
        demo_db.run(ExtendBooth(number="A1", part=Rect(20_000, 4_000, 1_000, 2_000),
                                expected=(Rect(0, 0, 3_000, 2_000),)))
    with pytest.raises(InvalidValue, match="share a side"):
        demo_db.run(ExtendBooth(number="A1", part=Rect(25_000, 4_000, 1_000, 2_000)))
    assert demo_db.load() == before


def test_partly_adjacent_booths_merge_into_an_l_and_split_back(demo_db: Database) -> None:
    history = History(demo_db.run)
    demo_db.run(AddBooth(booth=Booth(number="A1", level=FOYER,
                                     rect=Rect(20_000, 2_000, 3_000, 2_000))))
    demo_db.run(AddBooth(booth=Booth(number="A2", level=FOYER,
                                     rect=Rect(23_000, 2_000, 2_000, 3_000))))
    before = demo_db.load()
    history.do(MergeBooths(a="A1", b="A2"))
    merged = demo_db.load().booth("A1")
    assert merged.parts == (Rect(3_000, 0, 2_000, 3_000),)
    assert [b.number for b in demo_db.load().booths if b.number.startswith("A")] == ["A1"]
    sides_are_true(demo_db)
    history.do(SplitBooth(number="A1", expected=merged.rect))
    after_split = demo_db.load()
    assert after_split.booth("A1").parts == () and after_split.booth("A1").rect == before.booth(
        "A1").rect
    assert after_split.booth("A2").rect == Rect(23_000, 2_000, 2_000, 3_000)
    history.undo()
    history.undo()
    assert demo_db.load() == before


def test_a_snapshot_keeps_the_parts(demo_db: Database) -> None:
    demo_db.run(AddBooth(booth=Booth(number="U1", level=FOYER,
                                     rect=Rect(20_000, 2_000, 3_000, 2_000),
                                     parts=(Rect(0, 2_000, 1_000, 2_000),
                                            Rect(2_000, 2_000, 1_000, 2_000)))))
    demo_db.run(TakeSnapshot(snapshot="mit U"))
    event = demo_db.load()
    restored = demo_db.snapshot("mit U").event()
    assert restored.booth("U1") == event.booth("U1")
    assert event_from_snapshot(snapshot_document(event)).booth("U1") == event.booth("U1")
    assert Side.NORTH in restored.booth("U1").open_sides


def test_a_file_at_0007_keeps_its_booths_and_gets_empty_parts(tmp_path: Path) -> None:
    path = tmp_path / "alt.boothplan"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade(connection, "0007")
        for statement in (
                "INSERT INTO event (id, name, title, motto, website, marketplace) "
                "VALUES (1, 'Alt', '', '', '', '')",
                "INSERT INTO level (id, name, position, outline) VALUES (1, 'EG', 0, "
                "'[[0, 0], [10000, 0], [10000, 10000], [0, 10000]]')",
                "INSERT INTO booth (id, number, level_id, x, y, width, depth, rotation, "
                "open_sides, amenities, reserved, zone) VALUES (1, 'S1', 1, 1000, 2000, 3000, "
                "2000, 90, 'north', 'power', 1, 'Nord')"):
            connection.exec_driver_sql(statement)
    engine.dispose()
    db = Database.open(path)
    try:
        booth = db.load().booth("S1")
        assert (booth.rect, booth.rotation, booth.reserved, booth.zone, booth.parts) == (
            Rect(1000, 2000, 3000, 2000), 90, True, "Nord", ())
        db.run(ExtendBooth(number="S1", part=Rect(1000, 4000, 1000, 1000)))
        assert db.load().booth("S1").parts == (Rect(0, 2000, 1000, 1000),)
    finally:
        db.close()
    assert schema_revision(path) == HEAD == "0009"
    assert schema_revision(tmp_path / "alt.boothplan.bak-0007") == "0007"


def test_an_unreadable_parts_field_is_named(tmp_path: Path, demo_path: Path) -> None:
    db = Database.open(demo_path)
    try:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE booth SET parts = '[[1, 2]]' WHERE number = 'S1'")
        with pytest.raises(InvalidValue, match="booth S1"):
            db.load()
    finally:
        db.close()


def test_a_neighbour_far_from_the_main_rectangle_still_meets_the_long_arm(
        demo_db: Database) -> None:
    # An L whose 14 m arm runs north from a 2 × 2 m main rectangle; a booth beside the far
    # end of the arm is more than the search reach away from the main rectangle.
    demo_db.run(AddBooth(booth=Booth(number="L1", level=FOYER,
                                     rect=Rect(27_000, 1_000, 2_000, 2_000),
                                     parts=(Rect(0, 2_000, 1_000, 14_000),))))
    assert Side.EAST in demo_db.load().booth("L1").open_sides
    demo_db.run(AddBooth(booth=Booth(number="B1", level=FOYER,
                                     rect=Rect(28_000, 8_500, 2_000, 8_500))))
    event = demo_db.load()
    assert Side.WEST not in event.booth("B1").open_sides  # against the arm
    assert Side.EAST not in event.booth("L1").open_sides  # 8.5 of its 16 m facing east
    sides_are_true(demo_db)
