"""Assign and Unassign through Database.run on the demo event file."""

from __future__ import annotations

import pytest

from boothmanager.domain import BoothNotAssigned, BoothOccupied, UnknownBooth, UnknownStand
from boothmanager.operations import Assign, Operation, Unassign
from boothmanager.storage import Database


def placement(db: Database) -> dict[str, int | None]:
    return {booth.number: booth.stand_id for booth in db.load().booths}


def test_assign_a_free_booth(demo_db: Database) -> None:
    change = demo_db.run(Assign(booth="S4", stand_id=4))
    assert placement(demo_db) == {"S1": 1, "S2": 2, "S3": 3, "S4": 4, "S5": None}
    assert (change.operation, change.booths, change.stands) == ("assign", {"S4"}, {4})
    assert change.inverse == Unassign(booth="S4", stand_id=4)


def test_assign_to_an_occupied_booth_changes_nothing(demo_db: Database) -> None:
    before = demo_db.load()
    with pytest.raises(BoothOccupied) as caught:
        demo_db.run(Assign(booth="S1", stand_id=4))
    assert caught.value.number == "S1"
    assert caught.value.stand_id == 1
    assert caught.value.stand_name.startswith("IKOE")
    assert demo_db.load() == before


def test_assign_a_placed_stand_elsewhere_moves_it(demo_db: Database) -> None:
    change = demo_db.run(Assign(booth="S5", stand_id=1))
    assert placement(demo_db) == {"S1": None, "S2": 2, "S3": 3, "S4": None, "S5": 1}
    assert change.booths == {"S1", "S5"}
    assert change.inverse == Assign(booth="S1", stand_id=1)


def test_assign_a_stand_to_its_own_booth_is_no_change(demo_db: Database) -> None:
    before = demo_db.load()
    change = demo_db.run(Assign(booth="S1", stand_id=1))
    assert demo_db.load() == before
    assert change.booths == {"S1"}


@pytest.mark.parametrize(("operation", "error"), [
    (Assign(booth="S99", stand_id=4), UnknownBooth),
    (Assign(booth="S4", stand_id=99), UnknownStand),
    (Unassign(booth="S99"), UnknownBooth),
    (Unassign(booth="S4"), BoothNotAssigned),
])
def test_refused_operations_change_nothing(demo_db: Database, operation: Operation,
                                           error: type[Exception]) -> None:
    before = demo_db.load()
    with pytest.raises(error):
        demo_db.run(operation)
    assert demo_db.load() == before


def test_refusals_name_what_was_asked(demo_db: Database) -> None:
    with pytest.raises(UnknownBooth) as booth:
        demo_db.run(Assign(booth="S99", stand_id=4))
    with pytest.raises(UnknownStand) as stand:
        demo_db.run(Assign(booth="S4", stand_id=99))
    with pytest.raises(BoothNotAssigned) as free:
        demo_db.run(Unassign(booth="S5"))
    assert (booth.value.number, stand.value.ref, free.value.number) == ("S99", 99, "S5")


def test_unassign_keeps_the_stand(demo_db: Database) -> None:
    change = demo_db.run(Unassign(booth="S2"))
    event = demo_db.load()
    assert event.booth("S2").stand_id is None
    assert event.booth_of(2) is None
    assert event.stand(2).placeholder
    assert (change.booths, change.stands) == ({"S2"}, {2})
    assert change.inverse == Assign(booth="S2", stand_id=2)
