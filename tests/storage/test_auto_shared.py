"""Proposals that fill shared booths, applied to the demo event file and undone exactly."""

from __future__ import annotations

import pytest

from boothmanager.cli.auto import proposal_json, proposal_text
from boothmanager.domain import BoothOccupied
from boothmanager.domain.assignment import (
    AssignmentSettings,
    SharesBooth,
    StandRules,
    Weights,
    Wish,
)
from boothmanager.operations import (
    ApplyProposal,
    Assign,
    History,
    LockPlacement,
    SetCapacity,
    SplitFrontage,
    propose_assignment,
)
from boothmanager.storage import Database


def on_booths(db: Database) -> dict[str, tuple[int, ...]]:
    return {booth.number: booth.stand_ids for booth in db.load().booths}


def test_two_newcomers_share_a_booth_and_undo_takes_both_back(demo_db: Database) -> None:
    demo_db.run(SetCapacity(booth="S4", capacity=2))
    before = demo_db.load()
    # Two places of 3 m² waste less than a place of 3 m² and the whole 6 m² of S5.
    proposal = propose_assignment(before)
    assert proposal.booth_of(4) == proposal.booth_of(5) == "S4"
    history = History(demo_db.run)
    change = history.do(ApplyProposal.of(proposal, event=before))
    assert change.booths == {"S4"} and change.stands == {4, 5}
    assert on_booths(demo_db)["S4"] == (4, 5) and on_booths(demo_db)["S5"] == ()
    after = demo_db.load()
    assert after.booth_of(5).number == "S4"
    history.undo()
    assert demo_db.load() == before
    history.redo()
    assert demo_db.load() == after
    again = propose_assignment(after)  # the solver reads both stands on S4 back, and keeps them
    assert again.moves() == ()
    assert SharesBooth("S4", (5,)) in next(p.reasons for p in again.placements if p.stand_id == 4)


def test_one_stays_and_one_arrives(demo_db: Database) -> None:
    demo_db.run(SetCapacity(booth="S1", capacity=2))
    before = demo_db.load()
    settings = AssignmentSettings(rules={4: StandRules(wishes=(Wish(booth="S1"),))},
                                  weights=Weights(waste=0))
    proposal = propose_assignment(before, settings)
    assert proposal.booth_of(1) == proposal.booth_of(4) == "S1"
    assert all(m.stand_id != 1 for m in proposal.moves())  # 1 stays where it is
    history = History(demo_db.run)
    history.do(ApplyProposal.of(proposal, event=before))
    assert on_booths(demo_db)["S1"] == (1, 4)
    history.undo()
    assert demo_db.load() == before


def test_a_swap_through_a_shared_booth_is_undone_to_the_same_parts(demo_db: Database) -> None:
    demo_db.run(SetCapacity(booth="S5", capacity=2))
    demo_db.run(Assign(booth="S5", stand_id=4))
    demo_db.run(Assign(booth="S5", stand_id=5, share=True))
    demo_db.run(SplitFrontage(booth="S5", frontages=(1_000, 2_000)))
    before = demo_db.load()
    assert [s.frontage_mm for s in before.booth("S5").shares] == [1_000, 2_000]
    # 4 (first on S5, 1 m of its front) and 1 (alone on S1) want each other's booths.
    settings = AssignmentSettings(rules={4: StandRules(wishes=(Wish(booth="S1"),)),
                                         1: StandRules(wishes=(Wish(booth="S5"),))},
                                  weights=Weights(move=1, waste=0))
    proposal = propose_assignment(before, settings)
    assert proposal.booth_of(4) == "S1" and proposal.booth_of(1) == "S5"
    assert proposal.booth_of(5) == "S5"
    history = History(demo_db.run)
    history.do(ApplyProposal.of(proposal, event=before))
    assert on_booths(demo_db)["S1"] == (4,) and on_booths(demo_db)["S5"] == (5, 1)
    history.undo()
    restored = demo_db.load()
    assert restored.booth("S5").shares == before.booth("S5").shares  # order and parts
    assert restored == before


def test_locked_stands_on_a_shared_booth_stay(demo_db: Database) -> None:
    demo_db.run(SetCapacity(booth="S1", capacity=2))
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    demo_db.run(LockPlacement(booth="S1"))
    settings = AssignmentSettings(rules={4: StandRules(wishes=(Wish(booth="S5", weight=9),)),
                                         1: StandRules(wishes=(Wish(booth="S4", weight=9),))})
    proposal = propose_assignment(demo_db.load(), settings)
    assert proposal.booth_of(1) == proposal.booth_of(4) == "S1"
    assert all(m.stand_id not in (1, 4) for m in proposal.moves())
    assert all(p.locked for p in proposal.placements if p.booth == "S1")


def test_a_booth_filled_since_the_proposal_is_refused_and_nothing_changes(
        demo_db: Database) -> None:
    demo_db.run(SetCapacity(booth="S4", capacity=2))
    event = demo_db.load()
    proposal = propose_assignment(event)
    assert proposal.booth_of(4) == proposal.booth_of(5) == "S4"
    demo_db.run(Assign(booth="S4", stand_id=3))  # someone else, since: S4 holds 3 now
    before = demo_db.load()
    with pytest.raises(BoothOccupied) as refused:
        demo_db.run(ApplyProposal.of(proposal, event=event))
    assert refused.value.number == "S4" and refused.value.stand_id == 3
    assert demo_db.load() == before


def test_the_command_line_words_a_shared_booth(demo_db: Database) -> None:
    demo_db.run(SetCapacity(booth="S4", capacity=2))
    event = demo_db.load()
    proposal = propose_assignment(event)
    text = proposal_text(event, proposal, applied=False, dry_run=True)
    assert "shares booth S4 with 5 Projekt 5 (Sachsen-Anhalt) – Name folgt" in text
    assert "shares booth S4 with 4 Projekt 4 (Sachsen-Anhalt) – Name folgt" in text
    data = proposal_json(event, proposal, applied=False)
    four = next(p for p in data["placements"] if p["stand_id"] == 4)
    assert {"kind": "shares_booth", "booth": "S4", "stand_ids": [5]} in four["reasons"]
    assert [c["to"] for c in data["changes"]] == ["S4", "S4"]
