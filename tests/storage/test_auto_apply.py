"""A proposal applied to a real event file as one step, and undone to exactly what was there."""

from __future__ import annotations

from dataclasses import replace

import pytest

from boothmanager.domain import Amenity, Booth, BoothOccupied, ChangedElsewhere, Rect, Stand, placed
from boothmanager.domain.assignment import AssignmentSettings, Move, StandRules, Weights, Wish
from boothmanager.operations import (
    AddBooth,
    AddStand,
    ApplyProposal,
    Assign,
    History,
    Unassign,
    propose_assignment,
)
from boothmanager.storage import Database

FOYER = "Foyer (EG)"


def placement(db: Database) -> dict[str, int | None]:
    return {booth.number: booth.stand_id for booth in db.load().booths}


def test_the_proposal_is_one_step_that_undo_takes_back(demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    proposal = propose_assignment(before)
    change = history.do(ApplyProposal.of(proposal))
    assert placement(demo_db) == {"S1": 1, "S2": 2, "S3": 3, "S4": 4, "S5": 5}
    assert change.booths == {"S4", "S5"} and change.stands == {4, 5}
    after = demo_db.load()
    history.undo()
    assert demo_db.load() == before
    assert not history.can_undo  # it was one step
    history.redo()
    assert demo_db.load() == after


def test_a_rearrangement_with_a_swap_and_a_ring_is_undone_exactly(demo_db: Database) -> None:
    demo_db.run(AddStand(stand=Stand("Verein", "Strom", needs=frozenset({Amenity.POWER}))))
    demo_db.run(AddBooth(booth=Booth(number="S6", level=FOYER,
                                     rect=Rect(30_000, 3_000, 2_000, 3_000),
                                     amenities=frozenset({Amenity.POWER}), shares=placed(4))))
    before = demo_db.load()
    # 1 and 2 want each other's booths, 3 wants 4's power booth, 4 must make room: a swap and
    # a chain S3 -> S6 -> S4, all in one step.
    settings = AssignmentSettings(rules={1: StandRules(wishes=(Wish(booth="S2"),)),
                                         2: StandRules(wishes=(Wish(booth="S1"),))},
                                  weights=Weights(move=0))
    proposal = propose_assignment(before, settings)
    assert proposal.booth_of(1) == "S2" and proposal.booth_of(2) == "S1"
    assert proposal.booth_of(6) == "S6"  # the only power booth goes to the stand needing power
    history = History(demo_db.run)
    history.do(ApplyProposal.of(proposal))
    after = {b.number: b.stand_id for b in demo_db.load().booths}
    assert after == {p.booth: p.stand_id for p in proposal.placements} | {
        n: None for n in after if n not in {p.booth for p in proposal.placements}}
    history.undo()
    assert demo_db.load() == before


def test_locked_stands_are_not_touched(demo_db: Database) -> None:
    event = demo_db.load()
    settings = AssignmentSettings(rules={1: StandRules(locked=True, wishes=(Wish(booth="S5"),))})
    proposal = propose_assignment(event, settings)
    assert proposal.booth_of(1) == "S1"
    assert all(move.stand_id != 1 for move in proposal.moves())


def test_a_selection_applies_only_those_stands(demo_db: Database) -> None:
    proposal = propose_assignment(demo_db.load())
    demo_db.run(ApplyProposal.of(proposal, stand_ids=[4]))
    assert placement(demo_db) == {"S1": 1, "S2": 2, "S3": 3, "S4": 4, "S5": None}


def test_a_selection_that_needs_an_unselected_move_is_refused(demo_db: Database) -> None:
    before = demo_db.load()
    moves = (Move(1, "S1", "S2"), Move(2, "S2", "S4"))
    with pytest.raises(BoothOccupied):
        demo_db.run(ApplyProposal(moves=moves[:1]))
    assert demo_db.load() == before
    demo_db.run(ApplyProposal(moves=moves))
    assert placement(demo_db) == {"S1": None, "S2": 1, "S3": 3, "S4": 2, "S5": None}


def test_a_stale_proposal_changes_nothing(demo_db: Database) -> None:
    proposal = propose_assignment(demo_db.load())
    demo_db.run(Assign(booth="S5", stand_id=4))  # someone else, since
    before = demo_db.load()
    with pytest.raises(ChangedElsewhere):
        demo_db.run(ApplyProposal.of(proposal))
    assert demo_db.load() == before


def test_an_undo_after_a_change_elsewhere_is_refused_and_kept(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(ApplyProposal.of(propose_assignment(demo_db.load())))
    demo_db.run(Unassign(booth="S4"))  # behind the history's back
    before = demo_db.load()
    with pytest.raises(ChangedElsewhere):
        history.undo()
    assert demo_db.load() == before
    assert history.can_undo


def test_a_proposal_with_nothing_to_change(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(ApplyProposal.of(propose_assignment(demo_db.load())))
    again = propose_assignment(demo_db.load())
    assert again.moves() == ()
    change = demo_db.run(ApplyProposal.of(again))
    assert not change.changed


def test_a_displaced_stand_is_put_back_by_undo(demo_db: Database) -> None:
    event = demo_db.load()
    reserved = [replace(b, reserved=True) for b in event.booths if b.number in ("S4", "S5")]
    demo_db.run(AddStand(stand=Stand("Verein", "Groß", needs=frozenset({Amenity.TABLE}))))
    event = replace(demo_db.load(), booths=(*event.booths[:3], *reserved))
    settings = AssignmentSettings(rules={6: StandRules(wishes=(Wish(booth="S1", weight=9),))},
                                  weights=Weights(displace=0, move=0, wish=10))
    proposal = propose_assignment(event, settings)
    history = History(demo_db.run)
    before = demo_db.load()
    history.do(ApplyProposal.of(proposal))
    assert placement(demo_db)["S1"] == 6
    history.undo()
    assert demo_db.load() == before


def test_a_proposal_is_not_applied_onto_a_booth_reserved_since(demo_db: Database) -> None:
    from dataclasses import replace as _replace

    from boothmanager.domain import ChangedElsewhere as _Changed
    from boothmanager.operations import ApplyProposal as _Apply, propose_assignment as _propose

    event = demo_db.load()
    proposal = _propose(event)
    operation = _Apply.of(proposal, event=event)
    target = next(m.to_booth for m in operation.moves if m.to_booth)
    with demo_db.unit_of_work() as uow:  # someone reserves the booth meanwhile
        uow.booths.update(_replace(uow.booths.get(target), reserved=True))
    before = demo_db.load()
    with pytest.raises(_Changed):
        demo_db.run(operation)
    assert demo_db.load() == before


def test_a_cancelled_stand_gets_no_booth_and_keeps_the_one_it_holds(demo_db: Database) -> None:
    from boothmanager.domain.status import StandStatus as _S
    from boothmanager.operations import ChangeStandStatus as _Status, propose_assignment as _propose

    demo_db.run(_Status(stand_id=4, status=_S.CANCELLED))  # applied -> cancelled
    proposal = _propose(demo_db.load())
    assert proposal.booth_of(4) is None
    assert 4 not in {u.stand_id for u in proposal.unplaced}
    assert {m.stand_id for m in proposal.moves()} == {5}
