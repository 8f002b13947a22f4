"""AddBooth, MoveBooth and RemoveBooth through Database.run on the demo event file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from boothmanager.domain import (
    placed,
    Amenity,
    Booth,
    BoothExists,
    BoothOccupied,
    InvalidValue,
    Rect,
    Side,
    UnknownBooth,
    UnknownStand,
)
from boothmanager.operations import AddBooth, MoveBooth, Operation, RemoveBooth
from boothmanager.storage import Database

FOYER = "Foyer (EG)"
S6 = Booth(number="S6", level=FOYER, rect=Rect(20_000, 2_000, 3_000, 2_000), rotation=90,
           open_sides=frozenset({Side.NORTH, Side.WEST}), amenities=frozenset({Amenity.POWER}),
           reserved=True)


def test_add_booth(demo_db: Database) -> None:
    change = demo_db.run(AddBooth(booth=S6))
    # Open sides follow from the plan: alone in the foyer, S6 is an island.
    assert demo_db.load().booth("S6") == replace(S6, open_sides=frozenset(Side))
    assert change.booths == {"S6"}
    assert change.inverse == RemoveBooth(number="S6")


def test_add_booth_with_a_free_stand(demo_db: Database) -> None:
    booth = Booth(number="S6", level=FOYER, rect=Rect(20_000, 2_000, 3_000, 2_000), shares=placed(4))
    demo_db.run(AddBooth(booth=booth))
    assert demo_db.load().booth_of(4) == replace(booth, open_sides=frozenset(Side))


@pytest.mark.parametrize(("operation", "error", "field"), [
    (AddBooth(booth=Booth(number="S1", level=FOYER, rect=Rect(0, 0, 1, 1))), BoothExists, None),
    (AddBooth(booth=Booth(number="X1", level="OG", rect=Rect(0, 0, 1, 1))), InvalidValue, "level"),
    (AddBooth(booth=Booth(number="X1", level=FOYER, rect=Rect(0, 0, 1, 1), shares=placed(99))),
     UnknownStand, None),
    (AddBooth(booth=Booth(number="X1", level=FOYER, rect=Rect(0, 0, 1, 1), shares=placed(1))),
     InvalidValue, "stand"),
    (MoveBooth(number="S99", x=0, y=0), UnknownBooth, None),
    (RemoveBooth(number="S99"), UnknownBooth, None),
    (RemoveBooth(number="S1", force=False), BoothOccupied, None),
])
def test_refused_booth_operations_change_nothing(demo_db: Database, operation: Operation,
                                                 error: type[Exception], field: str | None) -> None:
    before = demo_db.load()
    with pytest.raises(error) as caught:
        demo_db.run(operation)
    assert getattr(caught.value, "field", None) == field
    assert demo_db.load() == before


def test_move_booth_keeps_size_and_stand(demo_db: Database) -> None:
    change = demo_db.run(MoveBooth(number="S1", x=30_000, y=500))
    booth = demo_db.load().booth("S1")
    assert booth.rect == Rect(30_000, 500, 2_000, 3_000)
    assert booth.stand_id == 1
    assert change.inverse == MoveBooth(number="S1", x=34_000, y=3_000, expected=(30_000, 500))


def test_remove_a_free_booth(demo_db: Database) -> None:
    change = demo_db.run(RemoveBooth(number="S5"))
    assert [b.number for b in demo_db.load().booths] == ["S1", "S2", "S3", "S4"]
    # S4 lost its northern neighbour: that side is open now, the change says so.
    assert (change.booths, change.stands) == ({"S5", "S4"}, frozenset())
    assert demo_db.load().booth("S4").open_sides == {Side.WEST, Side.NORTH}


def test_remove_an_occupied_booth_unplaces_its_stand(demo_db: Database) -> None:
    before = demo_db.load().booth("S1")
    change = demo_db.run(RemoveBooth(number="S1"))
    event = demo_db.load()
    assert "S1" not in [b.number for b in event.booths]
    assert event.booth_of(1) is None
    assert event.stand(1).name.startswith("IKOE")
    assert change.stands == {1}
    assert change.inverse == AddBooth(booth=before)
