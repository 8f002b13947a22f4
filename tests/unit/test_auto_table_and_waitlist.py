"""The automatic assignment and tables (booth frontage) and the waiting list, with explanations."""

from __future__ import annotations

from dataclasses import replace

from boothmanager.domain import Booth, Event, Rect, Side, StandStatus
from boothmanager.domain.assignment import (
    FitsTable,
    FromWaitingList,
    FrontageTooShort,
    Shortage,
    Waitlisted,
    problem_from_event,
    solve,
)
from boothmanager.domain.assignment.adapter import frontage_mm
from boothmanager.domain.sides import open_sides_for
from boothmanager.seed import demo_event

from .auto_support import booth, problem, row, stand


def demo() -> Event:
    """The demo event with the open sides its plan gives (as creating its file settles them)."""
    create = demo_event()
    sides = {}
    for level in create.venue.levels:
        sides.update(open_sides_for(create.booths, level))
    booths = tuple(replace(b, open_sides=sides.get(b.number, b.open_sides)) for b in create.booths)
    return Event(info=create.info, venue=create.venue, booths=booths, stands=create.stands)


def test_a_table_goes_only_where_the_frontage_is_long_enough() -> None:
    booths = [booth("A", frontage_mm=3_000), booth("B", x=4_000, frontage_mm=2_000)]
    stands = [stand(1, table_length_mm=1_800), stand(2, table_length_mm=2_500)]
    proposal = solve(problem(stands, booths))
    assert {p.stand_id: p.booth for p in proposal.placements} == {1: "B", 2: "A"}
    by_stand = {p.stand_id: p for p in proposal.placements}
    assert FitsTable(2_500, 3_000) in by_stand[2].reasons
    assert FitsTable(1_800, 2_000) in by_stand[1].reasons


def test_a_table_longer_than_every_free_frontage_is_the_blocking_rule() -> None:
    booths = [booth("A", frontage_mm=3_000), booth("B", x=4_000, frontage_mm=2_000),
              booth("C", x=8_000, frontage_mm=6_000, reserved=True)]
    proposal = solve(problem([stand(1, table_length_mm=4_000), stand(2)], booths))
    (unplaced,) = proposal.unplaced
    assert unplaced.stand_id == 1
    assert unplaced.blocker == FrontageTooShort(4_000, 3_000, frozenset(), frozenset())


def test_the_frontage_is_the_longest_open_side_not_the_width() -> None:
    # The foyer slots are 2 m wide and 3 m deep, open to the aisle along the 3 m.
    event = demo()
    s2 = event.booth("S2")
    assert (s2.rect.width, s2.rect.depth, s2.open_sides) == (2_000, 3_000, {Side.WEST})
    assert frontage_mm(s2) == 3_000
    assert frontage_mm(replace(s2, open_sides=frozenset({Side.SOUTH}))) == 2_000
    assert frontage_mm(replace(s2, open_sides=frozenset())) == 0  # closed: no table reachable
    assert booth("X", width=3_000, depth=2_000).frontage == 3_000  # not known: the longer side


def test_an_events_stand_with_a_table_is_placed_by_frontage() -> None:
    event = demo()
    stands = tuple(replace(s, table_length_mm=2_800) if s.id == 4 else
                   replace(s, table_length_mm=3_200) if s.id == 5 else s for s in event.stands)
    built = problem_from_event(replace(event, stands=stands))
    assert [b.frontage_mm for b in built.booths] == [3_000] * 5
    proposal = solve(built)
    placed = {p.stand_id: p for p in proposal.placements}
    assert placed[4].booth in ("S4", "S5") and FitsTable(2_800, 3_000) in placed[4].reasons
    (unplaced,) = proposal.unplaced
    assert unplaced.stand_id == 5
    assert unplaced.blocker == FrontageTooShort(3_200, 3_000, frozenset(), frozenset())


def test_waitlisted_stands_get_a_booth_only_after_every_other_stand() -> None:
    # Stand 1 waits; it wishes for S1 and holds it now, and would be cheapest there, yet the
    # two stands ahead of it take both booths.
    stands = [stand(1, waitlisted=True, current_booth="S1"), stand(2), stand(3)]
    proposal = solve(problem(stands, row(2)))
    assert sorted(p.stand_id for p in proposal.placements) == [2, 3]
    (unplaced,) = proposal.unplaced
    assert (unplaced.stand_id, unplaced.previous) == (1, "S1")
    assert unplaced.blocker == Waitlisted(booths=("S1", "S2"), ahead=(2, 3), places=2)


def test_a_waitlisted_stand_takes_a_booth_left_over() -> None:
    stands = [stand(1, waitlisted=True), stand(2), stand(3)]
    proposal = solve(problem(stands, row(3)))
    assert len(proposal.placements) == 3 and not proposal.unplaced
    (waiting,) = [p for p in proposal.placements if p.stand_id == 1]
    assert FromWaitingList() in waiting.reasons
    assert not any(isinstance(r, FromWaitingList) for p in proposal.placements
                   if p.stand_id != 1 for r in p.reasons)


def test_the_most_stands_are_still_placed_with_a_waiting_list() -> None:
    # Booth A fits both; B fits the waitlisted stand only: both get a booth.
    booths = [booth("A", frontage_mm=3_000), booth("B", x=4_000, frontage_mm=1_000)]
    stands = [stand(1, table_length_mm=2_000), stand(2, waitlisted=True)]
    proposal = solve(problem(stands, booths))
    assert {p.stand_id: p.booth for p in proposal.placements} == {1: "A", 2: "B"}
    assert proposal.objective >= proposal.bound


def test_waitlisted_stands_competing_among_themselves_are_a_shortage() -> None:
    stands = [stand(1, waitlisted=True), stand(2, waitlisted=True)]
    proposal = solve(problem(stands, row(1)))
    (unplaced,) = proposal.unplaced
    assert isinstance(unplaced.blocker, Shortage)
    assert unplaced.blocker.stand_ids == (1, 2) and unplaced.blocker.booths == ("S1",)


def test_the_waiting_list_comes_from_the_stands_status() -> None:
    event = demo()
    extra = [replace(s, id=s.id + 5, project=f"{s.project} b", status=StandStatus.WAITLIST)
             for s in event.stands[3:]]
    built = problem_from_event(replace(event, stands=event.stands + tuple(extra)))
    assert [s.stand_id for s in built.stands if s.waitlisted] == [9, 10]
    proposal = solve(built)
    assert sorted(p.stand_id for p in proposal.placements) == [1, 2, 3, 4, 5]
    assert {u.stand_id: type(u.blocker) for u in proposal.unplaced} == {9: Waitlisted,
                                                                         10: Waitlisted}


def test_a_locked_waitlisted_stand_keeps_its_booth() -> None:
    stands = [stand(1, waitlisted=True, current_booth="S1", locked_booth="S1"), stand(2)]
    proposal = solve(problem(stands, row(1)))
    assert [(p.stand_id, p.booth, p.locked) for p in proposal.placements] == [(1, "S1", True)]
    (unplaced,) = proposal.unplaced
    assert unplaced.stand_id == 2


def test_booths_without_open_sides_take_no_table() -> None:
    closed = Booth(number="Z1", level="EG", rect=Rect(0, 0, 3_000, 3_000))
    assert frontage_mm(closed) == 0
