"""Shared booths in the event file: stands joining, leaving, swapping, splitting the front."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.domain import BoothOccupied, ChangedElsewhere, InvalidValue, Rect, Share
from boothmanager.operations import (
    Assign,
    History,
    LockPlacement,
    OrderShares,
    RemoveBooth,
    RemoveStand,
    ResizeBooth,
    SetCapacity,
    SplitFrontage,
    SwapStands,
    Unassign,
)
from boothmanager.storage import Database
from boothmanager.storage.probe import schema_revision
from boothmanager.storage.schema import HEAD
from tests.old_schema import write_0008_event


def shares(db: Database, number: str) -> tuple[Share, ...]:
    return db.load().booth(number).shares


def test_a_stand_shares_an_occupied_booth_when_asked(demo_db: Database) -> None:
    with pytest.raises(BoothOccupied):
        demo_db.run(Assign(booth="S1", stand_id=4))
    change = demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    assert demo_db.load().booth("S1").stand_ids == (1, 4)
    assert demo_db.load().booth_of(4).number == "S1"
    assert change.inverse == Unassign(booth="S1", stand_id=4)
    assert [(e.old, e.new) for e in demo_db.stand_history(4)][-1] == (None, "S1")


def test_the_shares_survive_closing_the_file(demo_path: Path) -> None:
    db = Database.open(demo_path)
    db.run(Assign(booth="S1", stand_id=4, share=True))
    db.run(Assign(booth="S1", stand_id=5, share=True, position=0))
    db.run(SplitFrontage(booth="S1", frontages=(1_000, 1_000, 1_000)))
    db.close()
    db = Database.open(demo_path)
    try:
        assert shares(db, "S1") == (Share(5, 1_000), Share(1, 1_000), Share(4, 1_000))
    finally:
        db.close()


def test_taking_one_stand_off_leaves_the_others_and_undo_puts_it_back_in_place(
        demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(Assign(booth="S1", stand_id=4, share=True))
    history.do(Assign(booth="S1", stand_id=5, share=True))
    history.do(SplitFrontage(booth="S1", frontages=(1_500, 1_000, 500)))
    before = demo_db.load()
    history.do(Unassign(booth="S1", stand_id=4))
    assert demo_db.load().booth("S1").stand_ids == (1, 5)
    history.undo()
    assert demo_db.load() == before
    history.do(Unassign(booth="S1"))  # every stand on it
    assert demo_db.load().booth("S1").shares == ()
    history.undo()
    assert demo_db.load() == before


def test_a_stand_moving_off_a_shared_booth_comes_back_to_its_place(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(Assign(booth="S1", stand_id=4, share=True))
    history.do(Assign(booth="S1", stand_id=5, share=True))
    before = demo_db.load()
    history.do(Assign(booth="S4", stand_id=4))
    assert demo_db.load().booth("S1").stand_ids == (1, 5)
    history.undo()
    assert demo_db.load() == before


def test_swapping_takes_the_other_stands_place_on_the_shared_booth(demo_db: Database) -> None:
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    demo_db.run(SplitFrontage(booth="S1", frontages=(2_000, 1_000)))
    demo_db.run(SwapStands(a=4, b=2))
    event = demo_db.load()
    assert event.booth("S1").shares == (Share(1, 2_000), Share(2, 1_000))
    assert event.booth("S2").stand_ids == (4,)
    demo_db.run(SwapStands(a=1, b=2))  # two stands on the same booth change places
    assert demo_db.load().booth("S1").stand_ids == (2, 1)


def test_a_lock_holds_every_stand_on_the_booth(demo_db: Database) -> None:
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    demo_db.run(LockPlacement(booth="S1"))
    demo_db.run(Assign(booth="S1", stand_id=5, share=True))  # joins locked
    booth = demo_db.load().booth("S1")
    assert booth.locked and booth.stand_ids == (1, 4, 5)


def test_removing_a_shared_booth_unplaces_all_and_undo_restores_it(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(Assign(booth="S1", stand_id=4, share=True))
    before = demo_db.load()
    change = history.do(RemoveBooth(number="S1"))
    assert change.stands == {1, 4}
    assert demo_db.load().booth_of(4) is None
    history.undo()
    assert demo_db.load() == before


def test_removing_a_stand_of_a_shared_booth_keeps_the_other(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(Assign(booth="S1", stand_id=4, share=True))
    before = demo_db.load()
    history.do(RemoveStand(stand_id=1))
    assert demo_db.load().booth("S1").stand_ids == (4,)
    history.undo()
    assert demo_db.load() == before


@pytest.mark.parametrize("frontages", [(3_000,), (2_000, 2_000), (2_950, 50)])
def test_a_bad_split_changes_nothing(demo_db: Database, frontages: tuple[int, ...]) -> None:
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    before = demo_db.load()
    with pytest.raises(InvalidValue) as caught:
        demo_db.run(SplitFrontage(booth="S1", frontages=frontages))
    assert "S1" in str(caught.value)
    assert demo_db.load() == before


def test_an_undo_of_a_split_is_refused_when_the_stands_changed(demo_db: Database) -> None:
    history = History(demo_db.run)
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    history.do(SplitFrontage(booth="S1", frontages=(2_000, 1_000)))
    demo_db.run(Unassign(booth="S1", stand_id=4))
    demo_db.run(Assign(booth="S1", stand_id=5, share=True))
    with pytest.raises(ChangedElsewhere):
        history.undo()


def test_capacity_is_kept_and_undone(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(SetCapacity(booth="S4", capacity=3))
    assert demo_db.load().booth("S4").capacity == 3
    history.undo()
    assert demo_db.load().booth("S4").capacity == 1
    with pytest.raises(InvalidValue, match="1 to 6"):
        demo_db.run(SetCapacity(booth="S4", capacity=9))


def test_a_file_at_0008_keeps_its_placements(tmp_path: Path) -> None:
    path = tmp_path / "alt.boothplan"
    write_0008_event(f"sqlite:///{path}")
    db = Database.open(path)
    try:
        booth = db.load().booth("S1")
        assert (booth.shares, booth.locked, booth.capacity) == ((Share(7),), True, 1)
    finally:
        db.close()
    assert schema_revision(path) == HEAD


def test_the_stands_change_places_along_the_front_keeping_their_parts(demo_db: Database) -> None:
    history = History(demo_db.run)
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    demo_db.run(Assign(booth="S1", stand_id=5, share=True))
    demo_db.run(SplitFrontage(booth="S1", frontages=(1_500, 1_000, 500)))
    history.do(OrderShares(booth="S1", stand_ids=(5, 1, 4)))
    assert shares(demo_db, "S1") == (Share(5, 500), Share(1, 1_500), Share(4, 1_000))
    history.undo()
    assert shares(demo_db, "S1") == (Share(1, 1_500), Share(4, 1_000), Share(5, 500))


@pytest.mark.parametrize("order", [(1,), (1, 4, 4), (1, 4, 2)])
def test_an_order_that_does_not_name_each_stand_once_is_refused(
        demo_db: Database, order: tuple[int, ...]) -> None:
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    before = demo_db.load()
    with pytest.raises(InvalidValue, match="booth S1.*stand 1, stand 4"):
        demo_db.run(OrderShares(booth="S1", stand_ids=order))
    assert demo_db.load() == before


def test_undoing_a_split_after_the_booth_was_resized_puts_the_old_parts_back(
        demo_db: Database) -> None:
    """The front grew between two splits: undo restores the parts as they were stored (they
    are scaled to the front when read), instead of refusing and blocking every undo behind."""
    history = History(demo_db.run)
    history.do(Assign(booth="S1", stand_id=4, share=True))
    history.do(SplitFrontage(booth="S1", frontages=(2_000, 1_000)))
    history.do(ResizeBooth(number="S1", rect=Rect(34_000, 3_000, 2_000, 4_000)))
    history.do(SplitFrontage(booth="S1", frontages=(2_000, 2_000)))
    history.undo()
    assert shares(demo_db, "S1") == (Share(1, 2_000), Share(4, 1_000))
    history.undo()
    history.undo()
    assert shares(demo_db, "S1") == (Share(1), Share(4))


def test_a_stand_put_back_on_a_booth_of_its_own_keeps_its_stored_part(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(Assign(booth="S1", stand_id=4, share=True))
    history.do(SplitFrontage(booth="S1", frontages=(1_000, 2_000)))
    history.do(Unassign(booth="S1", stand_id=4))
    before = demo_db.load()
    history.do(Assign(booth="S5", stand_id=1))
    history.undo()
    assert demo_db.load() == before  # Share(1, 1000), not Share(1, None)
