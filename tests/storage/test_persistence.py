"""An event survives close and reopen exactly; Save As and Create behave with files."""

from __future__ import annotations

from dataclasses import replace

import os
from datetime import date
from pathlib import Path

import pytest

from boothmanager.domain import (
    placed,
    Amenity,
    Booth,
    EventInfo,
    Exit,
    ExitKind,
    KeepClearZone,
    Level,
    Obstacle,
    ObstacleKind,
    Point,
    Rect,
    Side,
    Stand,
    Venue,
)
from boothmanager.operations import CreateEvent
from boothmanager.seed import demo_event
from boothmanager.domain.sides import open_sides_for
from boothmanager.storage import Database, EventFileExists, NotAnEventFile

INFO = EventInfo(name="Messe", title="Titel mit Umlauten: äöüß", motto="Motto",
                 starts=date(2020, 9, 30), ends=date(2020, 10, 1), website="https://example.org",
                 marketplace="Markt der Möglichkeiten")
GROUND = Level(
    name="EG",
    outline=(Point(0, 0), Point(36_000, 0), Point(30_000, 18_000), Point(0, 18_000)),
    exits=(Exit("E1", ExitKind.MAIN_ENTRANCE, Point(14_000, 0), 6_000, 0, "Haupteingang"),
           Exit("E2", ExitKind.EMERGENCY_EXIT, Point(0, 8_000), 2_400, 90),
           Exit("D1", ExitKind.HALL_DOOR, Point(9_600, 18_000), 3_600, 180, "Saal")),
    obstacles=(Obstacle(ObstacleKind.COLUMN, Rect(12_000, 9_000, 600, 600), "Säule"),
               Obstacle(ObstacleKind.DESK, Rect(6_000, 3_000, 4_000, 1_000), "Anmeldung", True)),
    zones=(KeepClearZone(Rect(12_000, 0, 10_000, 5_000), "E1"), KeepClearZone(Rect(0, 0, 1, 1))),
)
UPPER = Level(name="OG", outline=(Point(0, 0), Point(10_000, 0), Point(10_000, 5_000)),
              exits=(Exit("T1", ExitKind.EMERGENCY_EXIT, Point(10_000, 5_000), 1_200, 270),))
VENUE = Venue(name="Halle", city="Halle (Saale)", levels=(GROUND, UPPER), is_estimate=True,
              source_note="geschätzt")
STANDS = (Stand(id=1, organisation="A", project="Eins", contact="privat",
                needs=frozenset({Amenity.POWER})),
          Stand(id=7, organisation="B", project="", description="d", theme="t", website="w",
                placeholder=True))
BOOTHS = (Booth("S2", "EG", Rect(1_000, 2_000, 3_000, 2_000), 90, frozenset({Side.WEST}),
                frozenset({Amenity.TABLE, Amenity.PINBOARD}), shares=placed(7)),
          Booth("S10", "OG", Rect(0, 0, 2_000, 2_000), reserved=True,
                open_sides=frozenset(Side)),
          Booth("S9", "EG", Rect(5_000, 2_000, 3_000, 2_000), shares=placed(1)))


def as_planned(booths: tuple[Booth, ...], venue: Venue) -> tuple[Booth, ...]:
    """The booths with the open sides their places on the plan give them."""
    sides: dict[str, frozenset[Side]] = {}
    for level in venue.levels:
        sides.update(open_sides_for(booths, level))
    return tuple(replace(b, open_sides=sides[b.number]) for b in booths)


def test_everything_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "messe.boothplan"
    db = Database.create(path)
    db.run(CreateEvent(info=INFO, venue=VENUE, booths=BOOTHS, stands=STANDS))
    db.close()
    assert sorted(os.listdir(tmp_path)) == ["messe.boothplan"]
    db = Database.open(path)
    try:
        event = db.load()
        assert event.info == INFO
        assert event.venue == VENUE
        assert event.stands == STANDS
        planned = as_planned(BOOTHS, VENUE)
        assert event.booths == (planned[0], planned[2], planned[1])  # S2, S9, S10
        assert db.booths(frozenset({"S9", "S404"})) == [planned[2]]
        assert db.stands(frozenset({7})) == [STANDS[1]]
    finally:
        db.close()


def test_the_demo_survives_close_and_reopen(demo_db: Database) -> None:
    seed = demo_event()
    event = demo_db.load()
    assert (event.info, event.venue, event.booths, event.stands) == (
        seed.info, seed.venue, as_planned(seed.booths, seed.venue), seed.stands)


def test_save_copy_opens_with_the_same_content(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    target = folder / "copy.boothplan"
    (folder / "copy.boothplan.part").write_text("left over from a Save As cut short")
    demo_db.save_copy(target)
    demo_db.save_copy(demo_db.path)  # onto itself: nothing happens
    assert sorted(os.listdir(folder)) == ["copy.boothplan"]
    copy = Database.open(target)
    try:
        assert copy.load() == demo_db.load()
    finally:
        copy.close()


def test_save_copy_replaces_a_closed_event_file(demo_db: Database, empty_db: Database) -> None:
    empty_db.close()
    demo_db.save_copy(empty_db.path)
    copy = Database.open(empty_db.path)
    try:
        assert copy.load() == demo_db.load()
    finally:
        copy.close()


def test_save_copy_refuses_a_file_with_a_pending_log(demo_db: Database, tmp_path: Path) -> None:
    other = Database.create(tmp_path / "other.boothplan")
    other.run(CreateEvent(info=INFO, venue=VENUE))
    target = tmp_path / "other.boothplan"
    before = target.read_bytes(), (tmp_path / "other.boothplan-wal").read_bytes()
    try:
        with pytest.raises(EventFileExists):
            demo_db.save_copy(target)
        assert (target.read_bytes(), (tmp_path / "other.boothplan-wal").read_bytes()) == before
        assert other.load().info == INFO
    finally:
        other.close()


def test_save_copy_into_a_missing_folder(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotAnEventFile):
        demo_db.save_copy(tmp_path / "nowhere" / "copy.boothplan")


def test_create_refuses_an_existing_file(demo_path: Path) -> None:
    before = demo_path.read_bytes()
    with pytest.raises(EventFileExists) as caught:
        Database.create(demo_path)
    assert caught.value.path == demo_path
    assert demo_path.read_bytes() == before


def test_create_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotAnEventFile):
        Database.create(tmp_path / "nowhere" / "new.boothplan")
    assert not (tmp_path / "nowhere").exists()
