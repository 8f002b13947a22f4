"""Editing the venue through operations on a real event file: levels, areas, backgrounds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from boothmanager.domain import (
    Area,
    AreaKind,
    Booth,
    Exit,
    ExitKind,
    InvalidValue,
    Level,
    Obstacle,
    ObstacleKind,
    Point,
    Rect,
)
from boothmanager.domain.background import Background, BackgroundKind
from boothmanager.domain.errors import LevelChangedElsewhere
from boothmanager.operations import AddBooth, History
from boothmanager.operations.venue import AddLevel, EditLevel, RemoveLevel, SetBackground
from boothmanager.storage import Database

FOYER = "Foyer (EG)"


def foyer(db: Database) -> Level:
    return db.load().venue.level(FOYER)


def test_an_edited_outline_and_new_exit_are_kept_and_undone(demo_db: Database) -> None:
    before = foyer(demo_db)
    after = replace(before, outline=(Point(0, 0), Point(50_000, 0), Point(50_000, 30_000),
                                     Point(0, 30_000)),
                    exits=(*before.exits, Exit(name="N2", kind=ExitKind.EMERGENCY_EXIT,
                                               start=Point(50_000, 10_000), width=1_200,
                                               angle=90)))
    history = History(demo_db.run)
    change = history.do(EditLevel(level=after, expected=before))
    assert change.venue
    assert foyer(demo_db) == after
    history.undo()
    assert foyer(demo_db) == before
    history.redo()
    assert foyer(demo_db) == after


def test_areas_and_new_obstacle_kinds_round_trip(demo_db: Database, demo_path: Path) -> None:
    before = foyer(demo_db)
    after = replace(before,
                    obstacles=(*before.obstacles,
                               Obstacle(kind=ObstacleKind.FIRE_EXTINGUISHER,
                                        rect=Rect(100, 100, 300, 300), label="F1")),
                    areas=(Area(kind=AreaKind.CAFE, rect=Rect(1_000, 1_000, 5_000, 4_000),
                                label="Café"),
                           Area(kind=AreaKind.STAGE, rect=Rect(8_000, 1_000, 6_000, 3_000))))
    demo_db.run(EditLevel(level=after, expected=before))
    demo_db.close()
    reopened = Database.open(demo_path)
    try:
        assert foyer(reopened) == after
    finally:
        reopened.close()


def test_a_stale_edit_is_refused_and_changes_nothing(demo_db: Database) -> None:
    before = foyer(demo_db)
    demo_db.run(EditLevel(level=replace(before, zones=()), expected=before))
    now = foyer(demo_db)
    with pytest.raises(LevelChangedElsewhere):
        demo_db.run(EditLevel(level=replace(before, exits=()), expected=before))
    assert foyer(demo_db) == now


def test_a_wall_moved_onto_a_booth_changes_its_open_sides(demo_db: Database) -> None:
    demo_db.run(AddBooth(booth=Booth(number="X1", level=FOYER,
                                     rect=Rect(30_000, 10_000, 3_000, 2_000))))
    island = demo_db.load().booth("X1").open_sides
    before = foyer(demo_db)
    # The east wall now runs along the booth's east side: that side is closed.
    outline = (Point(0, 0), Point(33_000, 0), Point(33_000, 18_000), Point(0, 18_000))
    change = demo_db.run(EditLevel(level=replace(before, outline=outline, exits=()),
                                   expected=before))
    assert "X1" in change.booths
    assert len(demo_db.load().booth("X1").open_sides) == len(island) - 1


def test_a_level_without_corners_is_refused(demo_db: Database) -> None:
    before = foyer(demo_db)
    with pytest.raises(InvalidValue, match="corners"):
        demo_db.run(EditLevel(level=replace(before, outline=(Point(0, 0), Point(1, 1))),
                              expected=before))
    assert foyer(demo_db) == before


def test_levels_come_and_go(demo_db: Database) -> None:
    upper = Level(name="Foyer (OG)", outline=(Point(0, 0), Point(20_000, 0), Point(20_000, 9_000),
                                             Point(0, 9_000)))
    history = History(demo_db.run)
    history.do(AddLevel(level=upper))
    assert [lv.name for lv in demo_db.load().venue.levels] == [FOYER, "Foyer (OG)"]
    with pytest.raises(InvalidValue, match="has a level"):
        demo_db.run(AddLevel(level=upper))
    with pytest.raises(InvalidValue, match="booths"):
        demo_db.run(RemoveLevel(level=FOYER))
    history.undo()
    assert [lv.name for lv in demo_db.load().venue.levels] == [FOYER]


def test_a_background_is_kept_calibrated_and_taken_away(demo_db: Database,
                                                       demo_path: Path) -> None:
    image = Background(level=FOYER, kind=BackgroundKind.IMAGE, source="plan.png",
                       data=b"\x89PNG fake", width=800, height=600, x=0, y=18_000, scale=50.0)
    history = History(demo_db.run)
    change = history.do(SetBackground(level=FOYER, background=image, expected=None))
    assert change.backgrounds == {FOYER}
    calibrated = image.calibrated(Point(0, 18_000), Point(10_000, 18_000), 12_400)
    history.do(SetBackground(level=FOYER, background=calibrated, expected=image))
    with pytest.raises(LevelChangedElsewhere):
        demo_db.run(SetBackground(level=FOYER, background=None, expected=image))
    demo_db.close()
    reopened = Database.open(demo_path)
    try:
        assert reopened.background(FOYER) == calibrated
    finally:
        reopened.close()


def test_removing_a_level_takes_its_background_and_undo_brings_both(demo_db: Database) -> None:
    upper = Level(name="OG", outline=(Point(0, 0), Point(9_000, 0), Point(0, 9_000)))
    drawing = Background(level="OG", kind=BackgroundKind.DRAWING, source="og.dxf",
                         data=b"[[[0,0],[1,1]]]", width=1, height=1, scale=1000.0)
    demo_db.run(AddLevel(level=upper))
    demo_db.run(SetBackground(level="OG", background=drawing, expected=None))
    history = History(demo_db.run)
    history.do(RemoveLevel(level="OG"))
    assert demo_db.background("OG") is None
    history.undo()
    assert demo_db.background("OG") == drawing
