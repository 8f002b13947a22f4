"""Open sides and booth types stay true to the plan as booths come, go and move (and undo)."""

from __future__ import annotations

from boothmanager.domain import BoothType, Side
from boothmanager.operations import History, MoveBooth
from boothmanager.storage import Database


def kinds(db: Database) -> dict[str, BoothType]:
    return {b.number: b.type for b in db.load().booths}


def test_demo_row_along_the_east_wall(demo_db: Database) -> None:
    assert kinds(demo_db) == {"S1": BoothType.CORNER, "S2": BoothType.INLINE,
                              "S3": BoothType.INLINE, "S4": BoothType.INLINE,
                              "S5": BoothType.INLINE}


def test_moving_a_booth_away_opens_its_neighbours_and_undo_closes_them(demo_db: Database) -> None:
    history = History(demo_db.run)
    change = history.do(MoveBooth(number="S3", x=25_000, y=8_000))
    assert {"S2", "S3", "S4"} <= change.booths
    after = demo_db.load()
    assert after.booth("S2").open_sides == {Side.WEST, Side.NORTH}
    assert after.booth("S4").open_sides == {Side.WEST, Side.SOUTH}
    assert after.booth("S3").type is BoothType.ISLAND
    history.undo()
    assert kinds(demo_db)["S2"] is BoothType.INLINE
    assert kinds(demo_db)["S3"] is BoothType.INLINE
