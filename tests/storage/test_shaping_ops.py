"""Shaping operations on the demo event file: each one step, undone exactly, open sides of the
booth and its neighbours kept true, refusals changing nothing on disk."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from boothmanager.domain import (
    AlignEdge,
    Amenity,
    Booth,
    BoothTooSmall,
    BoothType,
    ChangedElsewhere,
    Direction,
    InvalidValue,
    MergeProblem,
    MergeRefused,
    NumberClash,
    Point,
    Rect,
    Side,
    UnknownBooth,
    event_from_snapshot,
    snapshot_document,
)
from boothmanager.domain.numbering import NumberingScheme
from boothmanager.domain.sides import open_sides_for
from boothmanager.operations import (
    AddBooth,
    AlignBooths,
    DistributeBooths,
    DuplicateBooths,
    History,
    MergeBooths,
    Operation,
    PasteBooths,
    RenumberBooths,
    ResizeBooth,
    RotateBooths,
    SetAmenities,
    SplitBooth,
    TakeSnapshot,
)
from boothmanager.storage import Database

FOYER = "Foyer (EG)"


def sides_are_true(db: Database) -> None:
    """Every booth's stored open sides are what detection says for the plan as it is."""
    event = db.load()
    level = event.venue.level(FOYER)
    detected = open_sides_for(event.booths, level)
    assert {b.number: b.open_sides for b in event.booths} == detected


def undo_restores(db: Database, history: History, before: object) -> None:
    history.undo()
    assert db.load() == before
    sides_are_true(db)


def test_turning_a_booth_opens_its_neighbours_and_undo_closes_them(demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    change = history.do(RotateBooths(numbers=("S3",), degrees=90, expected=(0,)))
    after = demo_db.load()
    assert (after.booth("S3").rotation, after.booth("S3").rect) == (90, before.booth("S3").rect)
    # Turned, S3 is 3 m along the wall and 2 m deep: S2 and S4 lose their neighbour.
    assert {"S2", "S3", "S4"} <= change.booths
    assert after.booth("S2").open_sides == {Side.WEST, Side.NORTH}
    assert after.booth("S4").open_sides == {Side.WEST, Side.SOUTH}
    assert after.booth("S3").stand_id == 3
    sides_are_true(demo_db)
    undo_restores(demo_db, history, before)
    history.redo()
    assert demo_db.load() == after


def test_fifteen_degree_steps_add_up_and_a_stale_turn_is_refused(demo_db: Database) -> None:
    history = History(demo_db.run)
    for _ in range(3):
        history.do(RotateBooths(numbers=("S4", "S5"), degrees=15))
    assert [b.rotation for b in demo_db.load().booths][3:] == [45, 45]
    sides_are_true(demo_db)
    before = demo_db.load()
    with pytest.raises(ChangedElsewhere):
        demo_db.run(RotateBooths(numbers=("S4", "S5"), degrees=15, expected=(30, 30)))
    assert demo_db.load() == before


def test_resize_keeps_the_stand_and_undo_restores_a_booth_under_the_minimum(
        demo_db: Database) -> None:
    history = History(demo_db.run)
    demo_db.run(AddBooth(booth=Booth(number="T1", level=FOYER, rect=Rect(20_000, 2_000, 300, 300))))
    before = demo_db.load()
    history.do(ResizeBooth(number="T1", rect=Rect(20_000, 2_000, 1_000, 600),
                           expected=Rect(20_000, 2_000, 300, 300)))
    assert demo_db.load().booth("T1").rect == Rect(20_000, 2_000, 1_000, 600)
    undo_restores(demo_db, history, before)  # back to 300 mm: undo is exact, not re-checked
    history.do(ResizeBooth(number="S1", rect=Rect(34_000, 3_000, 2_000, 2_000)))
    assert demo_db.load().booth("S1").stand_id == 1
    # S1 is 2 m deep now: a gap of 1 m opens S2's south side.
    assert Side.SOUTH in demo_db.load().booth("S2").open_sides


def test_duplicate_gives_free_copies_the_next_numbers_and_undo_removes_them(
        demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    change = history.do(DuplicateBooths(numbers=("S4", "S5"), dx=-10_000, dy=0))
    after = demo_db.load()
    assert [b.number for b in after.booths] == ["S1", "S2", "S3", "S4", "S5", "S6", "S7"]
    s6, s7 = after.booth("S6"), after.booth("S7")
    assert (s6.rect, s7.rect) == (Rect(24_000, 12_000, 2_000, 3_000), Rect(24_000, 15_000, 2_000, 3_000))
    assert (s6.stand_id, s6.amenities) == (None, before.booth("S4").amenities)
    # S7 stands against the north wall and S6 against it: open only east and west.
    assert (s6.type, s7.type) == (BoothType.PENINSULA, BoothType.THROUGH)
    assert change.booths == {"S6", "S7"}
    sides_are_true(demo_db)
    undo_restores(demo_db, history, before)


def test_paste_puts_the_copied_extent_at_the_point_on_the_level(demo_db: Database) -> None:
    history = History(demo_db.run)
    clipboard = tuple(demo_db.load().booths[:2])  # S1 (with a stand) and S2
    history.do(PasteBooths(booths=clipboard, at=Point(20_000, 4_000), level=FOYER))
    pasted = demo_db.load()
    assert [(b.number, b.rect.x, b.rect.y, b.stand_id) for b in pasted.booths[5:]] == [
        ("S6", 20_000, 4_000, None), ("S7", 20_000, 7_000, None)]
    assert pasted.booth("S6").open_sides == {Side.WEST, Side.EAST, Side.SOUTH}
    history.undo()
    assert len(demo_db.load().booths) == 5


def test_merge_two_free_booths_and_undo(demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    change = history.do(MergeBooths(a="S4", b="S5"))
    after = demo_db.load()
    assert [b.number for b in after.booths] == ["S1", "S2", "S3", "S4"]
    assert after.booth("S4").rect == Rect(34_000, 12_000, 2_000, 6_000)
    assert after.booth("S4").open_sides == {Side.WEST}
    assert change.booths >= {"S4", "S5"}
    sides_are_true(demo_db)
    undo_restores(demo_db, history, before)


def test_a_merged_booth_carries_the_stand_of_b_and_its_history_says_so(demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    change = history.do(MergeBooths(a="S4", b="S3"))
    assert demo_db.load().booth("S4").rect == Rect(34_000, 9_000, 2_000, 6_000)
    assert demo_db.load().booth_of(3).number == "S4"
    assert change.stands == {3}
    assert [(e.old, e.new) for e in demo_db.stand_history(3)][-1:] == [("S3", "S4")]
    history.undo()
    assert demo_db.load() == before
    assert [(e.old, e.new) for e in demo_db.stand_history(3)][-1:] == [("S4", "S3")]


@pytest.mark.parametrize(("operation", "error", "check"), [
    (MergeBooths(a="S1", b="S2"), MergeRefused,
     lambda e: e.problem is MergeProblem.BOTH_OCCUPIED and "unassign one" in str(e)),
    (MergeBooths(a="S4", b="S1"), MergeRefused, lambda e: e.problem is MergeProblem.NOT_ADJACENT),
    (MergeBooths(a="S4", b="S9"), UnknownBooth, lambda e: e.number == "S9"),
    (SplitBooth(number="S1", along="width", at_mm=1_600), BoothTooSmall,
     lambda e: (e.number, e.width, e.minimum) == ("S6", 400, 500)),
    (SplitBooth(number="S1", along="depth", at_mm=400), BoothTooSmall, lambda e: e.depth == 400),
    (ResizeBooth(number="S1", rect=Rect(34_000, 3_000, 2_000, 450)), BoothTooSmall,
     lambda e: "0.50 m" in str(e)),
    (ResizeBooth(number="S1", rect=Rect(0, 0, 2_000, 2_000), expected=Rect(0, 0, 1, 1)),
     ChangedElsewhere, lambda e: e.number == "S1"),
    (RotateBooths(numbers=("S1",), degrees=20), InvalidValue, lambda e: e.field == "rotation"),
    (RotateBooths(numbers=(), degrees=15), InvalidValue, lambda e: e.field == "selection"),
    (RenumberBooths(numbers=("S4", "S5"), scheme=NumberingScheme(prefix="S")), NumberClash,
     lambda e: e.numbers == ("S1", "S2") and "S1, S2 are already taken" in str(e)),
    (DistributeBooths(numbers=("S1", "S2"), direction=Direction.VERTICAL), InvalidValue,
     lambda e: "three" in e.reason),
    (SetAmenities(number="S1", amenities=frozenset({Amenity.POWER}),
                  expected=frozenset({Amenity.WATER})), ChangedElsewhere,
     lambda e: e.found == "pinboard, table"),
])
def test_refused_shaping_changes_nothing_on_disk(demo_path: Path, operation: Operation,
                                                 error: type[Exception], check) -> None:  # noqa: ANN001
    before_bytes = demo_path.read_bytes()
    db = Database.open(demo_path)
    before = db.load()
    with pytest.raises(error) as caught:
        db.run(operation)
    assert check(caught.value)
    assert db.load() == before
    db.close()
    assert demo_path.read_bytes() == before_bytes


def test_split_in_depth_keeps_the_stand_on_the_front_half_and_undo(demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    history.do(SplitBooth(number="S1", along="depth", expected=Rect(34_000, 3_000, 2_000, 3_000)))
    after = demo_db.load()
    assert after.booth("S1").rect == Rect(34_000, 3_000, 2_000, 1_500)
    assert after.booth("S6").rect == Rect(34_000, 4_500, 2_000, 1_500)
    assert (after.booth("S1").stand_id, after.booth("S6").stand_id) == (1, None)
    assert after.booth("S1").open_sides == {Side.WEST, Side.SOUTH}  # S6 closes its north
    assert after.booth("S6").open_sides == {Side.WEST}
    sides_are_true(demo_db)
    undo_restores(demo_db, history, before)


def test_split_then_merge_gives_the_booth_back(demo_db: Database) -> None:
    before = demo_db.load()
    demo_db.run(SplitBooth(number="S2", along="width", at_mm=800))
    assert demo_db.load().booth("S6").rect == Rect(34_800, 6_000, 1_200, 3_000)
    demo_db.run(MergeBooths(a="S2", b="S6"))
    assert demo_db.load() == before


def test_renumber_moves_stands_with_their_booths_and_undo(demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    scheme = NumberingScheme(prefix="S", skip=frozenset({1}))  # S2, S3 … S6: shifts by one
    change = history.do(RenumberBooths(numbers=("S5", "S3", "S1", "S2", "S4"), scheme=scheme))
    after = demo_db.load()
    assert [b.number for b in after.booths] == ["S2", "S3", "S4", "S5", "S6"]
    assert [after.booth_of(stand).number for stand in (1, 2, 3)] == ["S2", "S3", "S4"]
    assert after.booth("S2").rect == before.booth("S1").rect
    assert change.stands == {1, 2, 3}
    assert [(e.old, e.new) for e in demo_db.stand_history(1)][-1] == ("S1", "S2")
    undo_restores(demo_db, history, before)


def test_align_and_distribute_are_one_step_each(demo_db: Database) -> None:
    history = History(demo_db.run)
    for number, x, y in (("T1", 10_000, 2_000), ("T2", 14_500, 3_000), ("T3", 20_000, 2_500)):
        demo_db.run(AddBooth(booth=Booth(number=number, level=FOYER, rect=Rect(x, y, 3_000, 2_000))))
    before = demo_db.load()
    history.do(AlignBooths(numbers=("T1", "T2", "T3"), edge=AlignEdge.BOTTOM))
    history.do(DistributeBooths(numbers=("T1", "T2", "T3"), direction=Direction.HORIZONTAL))
    booths = {b.number: b.rect for b in demo_db.load().booths}
    assert [(booths[n].x, booths[n].y) for n in ("T1", "T2", "T3")] == [
        (10_000, 2_000), (15_000, 2_000), (20_000, 2_000)]
    sides_are_true(demo_db)
    history.undo()
    history.undo()
    assert demo_db.load() == before
    unchanged = demo_db.run(AlignBooths(numbers=("S1", "S2"), edge=AlignEdge.LEFT))
    assert not unchanged.changed


def test_amenities_with_chairs_round_trip_through_the_file_and_a_snapshot(demo_path: Path) -> None:
    db = Database.open(demo_path)
    history = History(db.run)
    everything = frozenset(Amenity)
    history.do(SetAmenities(number="S4", amenities=everything,
                            expected=frozenset({Amenity.TABLE, Amenity.PINBOARD})))
    db.run(TakeSnapshot(snapshot="mit Stühlen"))
    db.close()
    reopened = Database.open(demo_path)
    event = reopened.load()
    assert event.booth("S4").amenities == everything
    assert event_from_snapshot(snapshot_document(event)) == event
    stored = event_from_snapshot(reopened.snapshot("mit Stühlen").document)
    assert stored.booth("S4").amenities == everything
    history = History(reopened.run)
    history.do(SetAmenities(number="S4", amenities=frozenset({Amenity.CHAIRS})))
    assert reopened.load().booth("S4").amenities == {Amenity.CHAIRS}
    history.undo()
    assert reopened.load().booth("S4") == replace(event.booth("S4"))
    reopened.close()
