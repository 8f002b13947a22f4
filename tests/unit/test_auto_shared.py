"""The automatic assignment fills shared booths: places, their parts, and keep-apart pairs."""

from __future__ import annotations

import pytest

from boothmanager.cli.auto import blocker_text, reason_text
from boothmanager.domain import InvalidValue
from boothmanager.domain.assignment import (
    ApartFrom,
    CostKind,
    FitsNeeds,
    FitsTable,
    FrontageTooShort,
    FreeBoothsTooSmall,
    KeptApart,
    Locked,
    NearStand,
    Proposal,
    SharesBooth,
    Shortage,
    ThemeCluster,
    Waitlisted,
    Wish,
    solve,
)

from .auto_support import M2, POWER, booth, problem, stand


def placed(proposal: Proposal) -> dict[int, str]:
    return {p.stand_id: p.booth for p in proposal.placements}


def reasons(proposal: Proposal, stand_id: int) -> tuple[object, ...]:
    return next(p.reasons for p in proposal.placements if p.stand_id == stand_id)


def square(number: str, *, x: int = 0, capacity: int = 2, **fields: object) -> object:
    """A 3 m × 3 m booth: 9 m², 3 m of frontage; each of 2 places has 4.5 m² and 1.5 m."""
    return booth(number, x=x, width=3_000, depth=3_000, capacity=capacity, **fields)


def test_a_known_optimum_with_two_stands_on_one_booth() -> None:
    booths = [square("B1"), booth("B2", x=10_000, width=3_000, depth=2_000)]  # B2: 6 m², 1 place
    stands = [stand(1, min_area_mm2=4 * M2),   # fits a 4.5 m² place of B1, or B2
              stand(2, min_area_mm2=5 * M2),   # a place of B1 is too small: only B2
              stand(3)]
    proposal = solve(problem(stands, booths, waste=1))
    # 2 on B2 (1 m² spare: 1), 1 and 3 share B1 (0.5 m² rounds up to 1; 4.5 m² to 5): 7.
    assert placed(proposal) == {1: "B1", 3: "B1", 2: "B2"}
    assert proposal.objective == 7 == proposal.bound and proposal.unplaced == ()
    assert [p.stand_id for p in proposal.placements] == [1, 3, 2]  # booth order, then stand
    assert SharesBooth("B1", (3,)) in reasons(proposal, 1)
    assert SharesBooth("B1", (1,)) in reasons(proposal, 3)
    assert FitsNeeds(frozenset(), 4 * M2, 4_500_000) in reasons(proposal, 1)  # its part
    assert not any(isinstance(r, SharesBooth) for r in reasons(proposal, 2))
    assert {m.to_booth for m in proposal.moves()} == {"B1", "B2"} and len(proposal.moves()) == 3


def test_wishes_decide_who_shares_when_places_are_scarce() -> None:
    # Three stands, one booth of capacity 2 and one single booth. 1 and 2 wish for B1 (weight
    # 2), 3 wishes for B2 (weight 1); the optimum grants all three wishes: 0 points.
    booths = [square("B1"), booth("B2", x=20_000)]
    stands = [stand(1, wishes=(Wish(booth="B1", weight=2),)),
              stand(2, wishes=(Wish(booth="B1", weight=2),)),
              stand(3, wishes=(Wish(booth="B2"), Wish(booth="B1")))]
    proposal = solve(problem(stands, booths, waste=0, wish=10))
    assert placed(proposal) == {1: "B1", 2: "B1", 3: "B2"}
    assert proposal.objective == 0 == proposal.bound


def test_a_place_must_be_large_enough_for_area_and_table() -> None:
    booths = [square("B1")]  # places of 4.5 m² and 1.5 m
    needs_area = solve(problem([stand(1, min_area_mm2=5 * M2)], booths))
    assert needs_area.unplaced[0].blocker == FreeBoothsTooSmall(5 * M2, 4_500_000, frozenset(),
                                                                frozenset())
    needs_table = solve(problem([stand(1, table_length_mm=1_600)], booths))
    assert needs_table.unplaced[0].blocker == FrontageTooShort(1_600, 1_500, frozenset(),
                                                               frozenset())
    fits = solve(problem([stand(1, table_length_mm=1_500, min_area_mm2=4 * M2)], booths))
    assert placed(fits) == {1: "B1"}
    assert FitsTable(1_500, 1_500) in reasons(fits, 1)
    alone = solve(problem([stand(1, table_length_mm=1_600)], [square("B1", capacity=1)]))
    assert placed(alone) == {1: "B1"}  # the same booth, not shared: the whole 3 m


def test_capacity_is_respected_and_the_shortage_counts_places() -> None:
    booths = [square("B1", capacity=3), booth("B2", x=10_000)]
    stands = [stand(i) for i in range(1, 7)]
    proposal = solve(problem(stands, booths))
    on = [p.booth for p in proposal.placements]
    assert on.count("B1") == 3 and on.count("B2") == 1 and len(proposal.unplaced) == 2
    blocker = proposal.unplaced[0].blocker
    assert blocker == Shortage(stand_ids=(1, 2, 3, 4, 5, 6), booths=("B1", "B2"),
                               needs=frozenset(), min_area_mm2=None, zones=frozenset(),
                               places=4)
    assert blocker_text(blocker) == "6 stands compete for 4 places that fit them (B1, B2)"


def test_a_power_shortage_on_shared_booths_is_worded_in_places() -> None:
    booths = [square("B1", amenities=frozenset({POWER})), booth("B2", x=10_000)]
    stands = [stand(i, needs=frozenset({POWER})) for i in (1, 2, 3)]
    proposal = solve(problem(stands, booths))
    assert len(proposal.placements) == 2
    (unplaced,) = proposal.unplaced
    assert blocker_text(unplaced.blocker) == "3 stands need power, 2 free places have it (B1)"


def test_stands_already_on_a_booth_take_its_places() -> None:
    booths = [square("B1"), booth("B2", x=10_000)]
    # 1 is locked on B1, 2 stands there: B1 is full, 3 gets B2 though it wishes for B1.
    stands = [stand(1, current_booth="B1", locked_booth="B1"), stand(2, current_booth="B1"),
              stand(3, wishes=(Wish(booth="B1"),))]
    proposal = solve(problem(stands, booths, move=20, wish=10, waste=0))
    assert placed(proposal) == {1: "B1", 2: "B1", 3: "B2"}
    assert Locked("B1") in reasons(proposal, 1)
    assert [(m.stand_id, m.to_booth) for m in proposal.moves()] == [(3, "B2")]
    # Wishing harder than moving costs, 3 takes 2's place; the locked stand stays.
    harder = solve(problem(stands, booths, move=5, wish=10, waste=0))
    assert placed(harder) == {1: "B1", 3: "B1", 2: "B2"}


def test_locked_stands_on_a_shared_booth_stay() -> None:
    booths = [square("B1"), booth("B2", x=10_000, capacity=2)]
    stands = [stand(1, current_booth="B1", locked_booth="B1"),
              stand(2, current_booth="B1", locked_booth="B1"),
              stand(3, wishes=(Wish(booth="B1", weight=9),))]
    proposal = solve(problem(stands, booths, wish=100))
    assert placed(proposal) == {1: "B1", 2: "B1", 3: "B2"}
    assert all(p.locked for p in proposal.placements if p.booth == "B1")


def test_more_stands_than_places_on_a_booth_are_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        problem([stand(i, current_booth="B1") for i in (1, 2, 3)], [square("B1")])
    assert refused.value.reason == "stands 1 and 2 and 3 on one booth with 2 places"
    with pytest.raises(InvalidValue):
        square("B1", capacity=7)
    problem([stand(1, current_booth="B1"), stand(2, current_booth="B1")], [square("B1")])


def test_a_keep_apart_pair_never_shares_a_booth() -> None:
    # Both wish for the shared booth; the core alone would put them there together.
    booths = [square("B1"), booth("B2", x=20_000), booth("B3", x=40_000)]
    stands = [stand(1, apart=frozenset({2}), wishes=(Wish(booth="B1"),)),
              stand(2, wishes=(Wish(booth="B1"),)), stand(3)]
    for weight in (0, 50):  # a hard rule, whatever the apart weight
        proposal = solve(problem(stands, booths, waste=0, wish=10, apart=weight))
        layout = placed(proposal)
        assert len(layout) == 3 and layout[1] != layout[2]
        assert proposal.objective >= proposal.bound
        assert ApartFrom(2, honoured=True) in reasons(proposal, 1)


def test_a_keep_apart_pair_with_one_shared_booth_left_leaves_one_out() -> None:
    stands = [stand(1, apart=frozenset({2})), stand(2, waitlisted=True)]
    proposal = solve(problem(stands, [square("B1")]))
    assert placed(proposal) == {1: "B1"}  # the waitlisted one gives way
    (unplaced,) = proposal.unplaced
    assert unplaced.blocker == KeptApart("B1", 1)
    assert blocker_text(unplaced.blocker, {1: "IKOE"}) == (
        "would share booth B1 with 1 IKOE, which it is to be kept apart from")
    assert proposal.objective >= proposal.bound


def test_a_keep_apart_stand_locked_on_a_shared_booth_keeps_the_other_off() -> None:
    stands = [stand(1, current_booth="B1", locked_booth="B1"), stand(2, apart=frozenset({1}))]
    proposal = solve(problem(stands, [square("B1")]))
    assert placed(proposal) == {1: "B1"}
    assert proposal.unplaced[0].blocker == KeptApart("B1", 1)
    # With a second booth it goes there, at once and exactly (the rule is in the core).
    proposal = solve(problem(stands, [square("B1"), booth("B2", x=20_000)]))
    assert placed(proposal) == {1: "B1", 2: "B2"} and proposal.gap == 0


def test_stands_on_one_booth_are_neighbours_for_near_and_themes() -> None:
    booths = [square("B1"), booth("B2", x=20_000), booth("B3", x=40_000)]
    stands = [stand(1, near=frozenset({2})), stand(2), stand(3, theme="x")]
    proposal = solve(problem(stands, booths, waste=0, near=1))
    assert placed(proposal)[1] == placed(proposal)[2] == "B1"  # distance 0
    assert NearStand(2, 0) in reasons(proposal, 1) and proposal.objective == 0
    themed = [stand(1, theme="x"), stand(2, theme="y", current_booth="B1", locked_booth="B1"),
              stand(3, theme="x")]
    proposal = solve(problem(themed, [square("B1"), booth("B2", x=20_000)], waste=0, theme=5))
    layout = placed(proposal)
    assert layout[2] == "B1" and sorted(layout.values()) == ["B1", "B1", "B2"]
    # one of 1 and 3 shares with 2 (different theme: 5 points), counted once
    assert {t.kind: t.points for t in proposal.terms}[CostKind.THEME] == 5
    mates = solve(problem([stand(1, theme="x"), stand(2, theme="x")], [square("B1")]))
    assert ThemeCluster("x", (2,)) in reasons(mates, 1)


def test_a_waitlisted_stand_is_told_about_places() -> None:
    stands = [stand(1, waitlisted=True), stand(2), stand(3)]
    proposal = solve(problem(stands, [square("B1")]))
    (unplaced,) = proposal.unplaced
    assert unplaced.blocker == Waitlisted(booths=("B1",), ahead=(2, 3), places=2)
    assert blocker_text(unplaced.blocker) == (
        "on the waiting list: the 2 places that fit it go to stands ahead of it (2: B1)")


def test_the_shared_booth_reason_in_words() -> None:
    assert reason_text(SharesBooth("S5", (3,)), {3: "Projekt X"}) == (
        "shares booth S5 with 3 Projekt X")
    assert reason_text(SharesBooth("S5", (3, 4))) == "shares booth S5 with 3, 4"
