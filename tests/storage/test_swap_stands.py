"""Swapping two placed stands: one step, history for both, refused when a placement is locked."""

from __future__ import annotations

import pytest

from boothmanager.domain import HistoryField, InvalidValue, UnknownStand
from boothmanager.operations import Assign, History, LockPlacement
from boothmanager.operations.auto_assign import SetBoothZone
from boothmanager.operations.swap import NotPlaced, PlacementLocked, SwapStands
from boothmanager.storage import Database


def placement(db: Database) -> dict[str, int | None]:
    return {booth.number: booth.stand_id for booth in db.load().booths}


def test_two_stands_swap_and_undo_puts_them_back(demo_db: Database) -> None:
    history = History(demo_db.run)
    change = history.do(SwapStands(a=1, b=3))
    assert placement(demo_db) == {"S1": 3, "S2": 2, "S3": 1, "S4": None, "S5": None}
    assert change.booths == {"S1", "S3"} and change.stands == {1, 3}
    booth_moves = [(e.old, e.new) for e in demo_db.stand_history(1)
                   if e.field is HistoryField.BOOTH]
    assert booth_moves[-1] == ("S1", "S3")
    assert [(e.old, e.new) for e in demo_db.stand_history(3)
            if e.field is HistoryField.BOOTH][-1] == ("S3", "S1")
    history.undo()
    assert placement(demo_db) == {"S1": 1, "S2": 2, "S3": 3, "S4": None, "S5": None}
    history.redo()
    assert placement(demo_db)["S1"] == 3


@pytest.mark.parametrize("locked", ["S1", "S3"])
def test_a_locked_placement_refuses_the_swap(demo_db: Database, locked: str) -> None:
    demo_db.run(LockPlacement(booth=locked))
    before = demo_db.load()
    with pytest.raises(PlacementLocked) as refused:
        demo_db.run(SwapStands(a=1, b=3))
    assert refused.value.number == locked
    assert "locked" in str(refused.value)
    assert demo_db.load() == before


def test_a_stand_without_a_booth_or_unknown_cannot_swap(demo_db: Database) -> None:
    before = demo_db.load()
    with pytest.raises(NotPlaced):
        demo_db.run(SwapStands(a=1, b=4))
    with pytest.raises(UnknownStand):
        demo_db.run(SwapStands(a=1, b=99))
    with pytest.raises(InvalidValue):
        demo_db.run(SwapStands(a=2, b=2))
    assert demo_db.load() == before


def test_undo_after_someone_moved_a_stand_is_refused(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(SwapStands(a=1, b=2))
    demo_db.run(Assign(booth="S5", stand_id=1))  # elsewhere, not through this history
    with pytest.raises(Exception, match="S5|no booth|on"):
        history.undo()
    assert placement(demo_db)["S5"] == 1


def test_a_booth_zone_is_set_and_undone(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(SetBoothZone(number="S5", zone="  Nord  "))
    assert demo_db.load().booth("S5").zone == "Nord"
    history.undo()
    assert demo_db.load().booth("S5").zone == ""
    with pytest.raises(InvalidValue):
        demo_db.run(SetBoothZone(number="S5", zone="x" * 200))
