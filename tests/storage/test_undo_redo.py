"""Every operation undone and redone through History, alone and in a chain."""

from __future__ import annotations

import pytest

from boothmanager.domain import Booth, Rect, Stand, UnknownBooth, placed
from boothmanager.operations import (
    AddBooth,
    AddStand,
    Assign,
    Batch,
    History,
    MoveBooth,
    Operation,
    RemoveBooth,
    RemoveStand,
    Unassign,
)
from boothmanager.storage import Database

FOYER = "Foyer (EG)"
S6 = Booth(number="S6", level=FOYER, rect=Rect(20_000, 2_000, 3_000, 2_000))

OPERATIONS = {
    "assign a free booth": Assign(booth="S4", stand_id=4),
    "assign moves a placed stand": Assign(booth="S5", stand_id=1),
    "unassign": Unassign(booth="S3"),
    "add booth": AddBooth(booth=S6),
    "add booth with stand": AddBooth(booth=Booth(number="S6", level=FOYER,
                                                 rect=Rect(0, 0, 1_000, 1_000), shares=placed(5))),
    "move booth": MoveBooth(number="S2", x=30_000, y=6_000),
    "remove free booth": RemoveBooth(number="S4"),
    "remove occupied booth": RemoveBooth(number="S1"),
    "add stand": AddStand(stand=Stand(organisation="Verein", project="Neu", contact="intern")),
    "remove free stand": RemoveStand(stand_id=5),
    "remove placed stand": RemoveStand(stand_id=1),
    "batch": Batch(steps=(Unassign(booth="S1"), Assign(booth="S4", stand_id=1),
                          MoveBooth(number="S1", x=0, y=0)), label="rearrange"),
}


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_do_undo_redo(demo_db: Database, operation: Operation) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    history.do(operation)
    after = demo_db.load()
    assert after != before
    assert history.undo() is not None
    assert demo_db.load() == before
    assert history.redo() is not None
    assert demo_db.load() == after
    history.undo()
    assert demo_db.load() == before
    assert (history.can_undo, history.can_redo) == (False, True)


def test_a_chain_is_undone_and_redone_in_order(demo_db: Database) -> None:
    history = History(demo_db.run)
    states = [demo_db.load()]
    for operation in (Assign(booth="S4", stand_id=4), AddStand(stand=Stand("Verein", "Neu")),
                      Assign(booth="S5", stand_id=6), MoveBooth(number="S5", x=1_000, y=1_000),
                      Unassign(booth="S1"), Assign(booth="S1", stand_id=6),
                      RemoveStand(stand_id=2),
                      AddBooth(booth=S6), Assign(booth="S6", stand_id=3), RemoveBooth(number="S4")):
        history.do(operation)
        states.append(demo_db.load())
    for state in reversed(states[:-1]):
        history.undo()
        assert demo_db.load() == state
    assert history.undo() is None
    for state in states[1:]:
        history.redo()
        assert demo_db.load() == state
    assert history.redo() is None


def test_doing_something_new_drops_the_redo(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(Assign(booth="S4", stand_id=4))
    history.undo()
    history.do(Assign(booth="S5", stand_id=5))
    assert not history.can_redo
    assert history.redo() is None


def test_a_refused_undo_stays_undoable(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(Assign(booth="S4", stand_id=4))
    demo_db.run(RemoveBooth(number="S4"))  # behind the history's back
    with pytest.raises(UnknownBooth):
        history.undo()
    assert (history.can_undo, history.can_redo) == (True, False)
    demo_db.run(AddBooth(booth=Booth(number="S4", level=FOYER, rect=Rect(0, 0, 1, 1),
                                     shares=placed(4))))
    history.undo()
    assert demo_db.load().booth("S4").stand_id is None


def test_a_refused_operation_is_no_step(demo_db: Database) -> None:
    history = History(demo_db.run)
    with pytest.raises(UnknownBooth):
        history.do(Unassign(booth="S99"))
    assert not history.can_undo
