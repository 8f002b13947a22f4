"""The automatic assignment on small cases whose optimum is worked out by hand."""

from __future__ import annotations

import random
import pytest

from boothmanager.domain.assignment import (
    ApartFrom,
    CostKind,
    FitsNeeds,
    Kept,
    Locked,
    Moved,
    NearStand,
    Problem,
    Proposal,
    ThemeCluster,
    Weights,
    Wish,
    WishGranted,
    solve,
)

from .auto_support import M2, POWER, booth, problem, row, stand


def placed(proposal: Proposal) -> dict[int, str]:
    return {p.stand_id: p.booth for p in proposal.placements}


def terms(proposal: Proposal) -> dict[CostKind, int]:
    return {t.kind: t.points for t in proposal.terms}


def test_a_known_optimum_with_needs_areas_and_a_wish() -> None:
    booths = [booth("B1", width=3_000, depth=2_000, amenities=frozenset({POWER})),   # 6 m²
              booth("B2", x=10_000, width=3_000, depth=3_000),                       # 9 m²
              booth("B3", x=20_000, width=4_000, depth=3_000, amenities=frozenset({POWER}))]  # 12
    stands = [stand(1, needs=frozenset({POWER}), min_area_mm2=10 * M2),  # only B3
              stand(2, needs=frozenset({POWER})),                        # B1 or B3
              stand(3, min_area_mm2=8 * M2, wishes=(Wish(booth="B3"),))]  # B2 or B3
    proposal = solve(problem(stands, booths, waste=1, wish=10))
    # 1 on B3 (waste 2), 2 on B1 (waste 6), 3 on B2 (waste 1, wish missed 10): 19.
    # The only other complete layout (1 cannot go elsewhere) has 3 on B3: infeasible.
    assert placed(proposal) == {1: "B3", 2: "B1", 3: "B2"}
    assert proposal.objective == 19 == proposal.bound and proposal.gap == 0
    assert terms(proposal)[CostKind.WASTE] == 9 and terms(proposal)[CostKind.WISH] == 10
    assert proposal.unplaced == ()


def test_the_assignment_core_beats_greedy() -> None:
    # Greedy by stand order gives 1 its best booth (B1, 0) and 2 then pays 10 on B2: 10.
    # The optimum gives 1 B2 (1) and 2 B1 (0): 1.
    booths = row(2)
    stands = [stand(1, wishes=(Wish(booth="S1", weight=2), Wish(booth="S2", weight=1))),
              stand(2, wishes=(Wish(booth="S1", weight=2),))]
    proposal = solve(problem(stands, booths, waste=0, wish=10))
    assert placed(proposal) == {1: "S2", 2: "S1"}
    assert proposal.objective == 10
    granted = {p.stand_id: [r for r in p.reasons if isinstance(r, WishGranted)]
               for p in proposal.placements}
    assert granted == {1: [WishGranted(2, "S2", None)], 2: [WishGranted(1, "S1", None)]}


def test_a_placed_stand_stays_unless_moving_gains() -> None:
    booths = [booth("B1", width=4_000, depth=3_000), booth("B2", x=10_000, width=3_000)]
    stands = [stand(1, current_booth="B1")]
    # Moving to B2 saves 6 m² of waste (6 points) but costs 20: it stays.
    stays = solve(problem(stands, booths, waste=1, move=20))
    assert placed(stays) == {1: "B1"} and stays.moves() == ()
    assert Kept("B1") in stays.placements[0].reasons
    moves = solve(problem(stands, booths, waste=1, move=5))
    assert placed(moves) == {1: "B2"} and moves.objective == 6 + 5
    assert Moved("B1") in moves.placements[0].reasons


def test_a_placed_stand_moves_to_make_room_rather_than_leave_one_out() -> None:
    booths = [booth("B1", amenities=frozenset({POWER})), booth("B2", x=10_000)]
    stands = [stand(1, current_booth="B1"), stand(2, needs=frozenset({POWER}))]
    proposal = solve(problem(stands, booths))
    assert placed(proposal) == {1: "B2", 2: "B1"}
    assert [(m.stand_id, m.from_booth, m.to_booth) for m in proposal.moves()] == [
        (1, "B1", "B2"), (2, None, "B1")]


def test_locked_placements_stay_whatever_the_wishes() -> None:
    booths = row(3)
    stands = [stand(1, current_booth="S1", locked_booth="S1"),
              stand(2, wishes=(Wish(booth="S1", weight=5),)),
              stand(3, current_booth="S3", locked_booth="S2", needs=frozenset({POWER}))]
    proposal = solve(problem(stands, booths))
    assert placed(proposal) == {1: "S1", 2: "S3", 3: "S2"}  # 3 goes to its lock, power or not
    by_stand = {p.stand_id: p for p in proposal.placements}
    assert by_stand[1].locked and Locked("S1") in by_stand[1].reasons
    assert not any(isinstance(r, FitsNeeds) for r in by_stand[3].reasons)
    assert terms(proposal)[CostKind.WISH] == 50


def test_a_stand_on_a_reserved_booth_stays_and_no_one_else_gets_one() -> None:
    booths = [*row(2, reserved=True), *row(1, start=3)]
    stands = [stand(1, current_booth="S1"), stand(2), stand(3)]
    proposal = solve(problem(stands, booths))
    assert placed(proposal)[1] == "S1"
    assert Locked("S1", by_reservation=True) in proposal.placements[0].reasons
    assert sorted(placed(proposal).values()) == ["S1", "S3"]
    assert len(proposal.unplaced) == 1


def test_keep_apart_is_honoured_when_possible() -> None:
    # Both wish neighbouring booths; keeping them apart costs one wish (10) < apart (50).
    stands = [stand(1, wishes=(Wish(booth="S1"),), apart=frozenset({2})),
              stand(2, wishes=(Wish(booth="S2"),))]
    proposal = solve(problem(stands, row(4), waste=0, wish=10, apart=50))
    where = placed(proposal)
    assert abs(int(where[1][1:]) - int(where[2][1:])) > 1
    assert proposal.objective == 10 and proposal.bound == 0 and proposal.gap == 10
    reasons = {p.stand_id: p.reasons for p in proposal.placements}
    assert ApartFrom(2, honoured=True) in reasons[1] and ApartFrom(1, honoured=True) in reasons[2]


def test_keep_apart_costs_when_it_cannot_be_honoured() -> None:
    stands = [stand(1, apart=frozenset({2})), stand(2)]
    proposal = solve(problem(stands, row(2), waste=0, apart=50))
    assert len(proposal.placements) == 2 and proposal.objective == 50
    assert ApartFrom(2, honoured=False) in proposal.placements[0].reasons


def test_stands_to_be_near_end_up_side_by_side() -> None:
    booths = [booth("S1"), booth("S2", x=3_000), booth("S3", x=20_000), booth("S4", x=40_000)]
    stands = [stand(1, wishes=(Wish(booth="S1"),)), stand(2, near=frozenset({1})), stand(3),
              stand(4, wishes=(Wish(booth="S4"),))]
    proposal = solve(problem(stands, booths, waste=0, near=1))
    assert placed(proposal)[1] == "S1" and placed(proposal)[2] == "S2"
    assert proposal.objective == 0
    assert NearStand(1, 0) in next(p for p in proposal.placements if p.stand_id == 2).reasons


def test_a_locked_partner_pulls_through_the_cost_matrix() -> None:
    booths = [booth("S1"), booth("S2", x=3_000), booth("S3", x=20_000)]
    stands = [stand(1, current_booth="S3", locked_booth="S3"), stand(2, near=frozenset({1}))]
    proposal = solve(problem(stands, booths, waste=0, near=1))
    # 14 m from S2's edge to S3: 14 points; S1 is 17 m away. No pair of movable stands: exact.
    assert placed(proposal)[2] == "S2" and proposal.objective == proposal.bound == 14


def test_themes_are_clustered() -> None:
    stands = [stand(1, theme="A"), stand(2, theme="B"), stand(3, theme="A"), stand(4, theme="B")]
    proposal = solve(problem(stands, row(4), waste=0, theme=5))
    themes = [{1: "A", 2: "B", 3: "A", 4: "B"}[p.stand_id] for p in proposal.placements]
    assert themes in (["A", "A", "B", "B"], ["B", "B", "A", "A"])
    assert proposal.objective == 5 and proposal.bound == 0
    clusters = [r for p in proposal.placements for r in p.reasons if isinstance(r, ThemeCluster)]
    assert len(clusters) == 4


def test_pair_cost_terms_name_the_other_stand_and_add_up() -> None:
    stands = [stand(1, theme="A", apart=frozenset({2})), stand(2, theme="B")]
    proposal = solve(problem(stands, row(2), waste=0, theme=5, apart=50))
    first = proposal.placements[0]
    assert {(c.kind, c.points, c.other) for c in first.costs} == {
        (CostKind.APART, 50, 2), (CostKind.THEME, 5, 2)}
    assert proposal.objective == 55


def test_the_result_is_deterministic_whatever_the_input_order() -> None:
    booths = row(6, amenities=frozenset({POWER}))
    stands = [stand(i, theme="AB"[i % 2], near=frozenset({i % 7 + 1})) for i in range(1, 8)]
    first = solve(problem(stands, booths, theme=5, near=2))
    shuffled = random.Random(4).sample
    again = solve(Problem(stands=tuple(shuffled(stands, len(stands))),
                          booths=tuple(shuffled(booths, len(booths))),
                          weights=Weights(theme=5, near=2)))
    assert first == again == solve(problem(stands, booths, theme=5, near=2))


@pytest.mark.parametrize("budget", [0, 1, 10])
def test_a_smaller_repair_budget_never_breaks_a_rule(budget: int) -> None:
    stands = [stand(i, theme="ABC"[i % 3], apart=frozenset({i % 9 + 1})) for i in range(1, 10)]
    proposal = solve(problem(stands, row(9), theme=5), budget=budget)
    assert proposal.evaluations <= budget
    assert len(set(placed(proposal).values())) == 9
    assert proposal.objective >= proposal.bound
