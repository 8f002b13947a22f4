"""Undo refuses to take back what someone else has changed since (two windows, one file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.domain import ChangedElsewhere
from boothmanager.operations import Assign, History, MoveBooth, Unassign
from boothmanager.storage import Database


def test_undo_of_an_assignment_keeps_a_stand_placed_since_by_someone_else(demo_path: Path) -> None:
    mine, theirs = Database.open(demo_path), Database.open(demo_path)
    try:
        history = History(mine.run)
        history.do(Assign(booth="S4", stand_id=4))
        theirs.run(Unassign(booth="S4"))
        theirs.run(Assign(booth="S4", stand_id=5))
        with pytest.raises(ChangedElsewhere) as refused:
            history.undo()
        assert refused.value.number == "S4"
        assert mine.load().booth("S4").stand_id == 5
        assert history.can_undo  # the step stays, nothing was lost
    finally:
        mine.close()
        theirs.close()


def test_undo_of_a_move_refuses_when_the_booth_was_moved_since(demo_path: Path) -> None:
    mine, theirs = Database.open(demo_path), Database.open(demo_path)
    try:
        history = History(mine.run)
        history.do(MoveBooth(number="S5", x=30_000, y=15_000))
        theirs.run(MoveBooth(number="S5", x=20_000, y=15_000))
        with pytest.raises(ChangedElsewhere):
            history.undo()
        assert mine.load().booth("S5").rect.x == 20_000
    finally:
        mine.close()
        theirs.close()


def test_assigning_a_stand_where_it_already_is_changes_nothing(demo_db: Database) -> None:
    change = demo_db.run(Assign(booth="S1", stand_id=1))
    assert not change.changed
    assert demo_db.run(MoveBooth(number="S1", x=34_000, y=3_000)).changed is False
