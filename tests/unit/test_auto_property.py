"""Properties of the automatic assignment on random small instances, checked against brute force."""

from __future__ import annotations

import itertools
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothmanager.domain import Amenity, Rect
from boothmanager.domain.assignment import (
    BoothSlot,
    Problem,
    Proposal,
    StandRequest,
    Weights,
    Wish,
    solve,
)

AMENITIES = st.frozensets(st.sampled_from(list(Amenity)), max_size=2)
ZONES = ("A", "B", "OG")


@st.composite
def problems(draw: st.DrawFn, *, max_stands: int, max_booths: int) -> Problem:
    booths = []
    for k in range(draw(st.integers(0, max_booths))):
        booths.append(BoothSlot(
            number=f"S{k + 1}", level=draw(st.sampled_from(["EG", "EG", "OG"])),
            rect=Rect((k % 3) * 3_000, (k // 3) * draw(st.sampled_from([2_000, 6_000])),
                      3_000, draw(st.sampled_from([2_000, 3_000, 4_000]))),
            amenities=draw(AMENITIES), zone=draw(st.sampled_from(["", "A", "B"])),
            reserved=draw(st.integers(0, 6)) == 0))
    numbers = [b.number for b in booths]
    count = draw(st.integers(0, max_stands))
    ids = list(range(1, count + 1))
    some = st.lists(st.sampled_from(numbers), unique=True, max_size=count) if numbers else st.just([])
    current, locks = draw(some), draw(some)
    stands = []
    for index, stand_id in enumerate(ids):
        others = [o for o in ids if o != stand_id]
        pick = (st.frozensets(st.sampled_from(others), max_size=2) if others
                else st.just(frozenset()))
        wish = st.builds(Wish, booth=st.sampled_from(numbers), weight=st.integers(1, 3)) \
            if numbers else st.builds(Wish, zone=st.sampled_from(ZONES))
        stands.append(StandRequest(
            stand_id=stand_id, theme=draw(st.sampled_from(["", "x", "y"])), needs=draw(AMENITIES),
            min_area_mm2=draw(st.sampled_from([None, 6_000_000, 9_000_000])),
            zones=draw(st.frozensets(st.sampled_from(ZONES), max_size=2)),
            current_booth=current[index] if index < len(current) else None,
            locked_booth=locks[index] if index < len(locks) and draw(st.booleans()) else None,
            wishes=tuple(draw(st.lists(wish, max_size=2))), near=draw(pick), apart=draw(pick)))
    weights = Weights(**{name: draw(st.integers(0, 30)) for name in Weights.__slots__})
    return Problem(stands=tuple(stands), booths=tuple(booths), weights=weights,
                   neighbour_gap_mm=draw(st.sampled_from([0, 1_000])))


# An independent reading of the model (what the docs promise), to check the solver against.

def fixed_stands(problem: Problem) -> dict[int, str]:
    fixed = {s.stand_id: s.locked_booth for s in problem.stands if s.locked_booth}
    reserved = {b.number for b in problem.booths if b.reserved}
    for s in problem.stands:
        if s.stand_id not in fixed and s.current_booth in reserved \
                and s.current_booth not in fixed.values():
            fixed[s.stand_id] = s.current_booth
    return fixed


def fits(stand: StandRequest, booth: BoothSlot) -> bool:
    return (stand.needs <= booth.amenities and booth.rect.area_mm2 >= (stand.min_area_mm2 or 0)
            and (not stand.zones or booth.zone in stand.zones or booth.level in stand.zones))


def gap(a: BoothSlot, b: BoothSlot) -> int:
    if a.level != b.level:
        return 100_000
    dx = max(0, b.rect.x - a.rect.right, a.rect.x - b.rect.right)
    dy = max(0, b.rect.y - a.rect.top, a.rect.y - b.rect.top)
    return math.isqrt(dx * dx + dy * dy)


def objective(problem: Problem, layout: dict[int, str]) -> tuple[int, int]:
    """(total, pairwise terms between two movable stands) of a layout {stand id: booth}."""
    w, booths = problem.weights, {b.number: b for b in problem.booths}
    fixed = fixed_stands(problem)
    total = 0
    for s in problem.stands:
        number = layout.get(s.stand_id)
        if number is None:
            total += w.displace if s.current_booth else 0
            total += w.wish * max((x.weight for x in s.wishes), default=0)
            continue
        booth = booths[number]
        if s.wishes:
            top = max(x.weight for x in s.wishes)
            hits = [x.weight for x in s.wishes
                    if x.booth == number or (x.zone and x.zone in (booth.zone, booth.level))]
            total += w.wish * (top - max(hits, default=0))
        waste = max(0, booth.rect.area_mm2 - (s.min_area_mm2 or 0))  # a locked stand may lack area
        total += (w.waste * waste + 500_000) // 1_000_000
        total += w.move if s.current_booth and s.current_booth != number else 0
    pairwise = 0
    by_id = {s.stand_id: s for s in problem.stands}
    for i, p in itertools.combinations(sorted(layout), 2):
        a, b, si, sp = booths[layout[i]], booths[layout[p]], by_id[i], by_id[p]
        points = 0
        if p in si.near or i in sp.near:
            points += (w.near * gap(a, b) + 500) // 1000
        if gap(a, b) <= problem.neighbour_gap_mm and a.level == b.level:
            points += w.apart if (p in si.apart or i in sp.apart) else 0
            points += w.theme if si.theme and sp.theme and si.theme != sp.theme else 0
        total += points
        pairwise += points if i not in fixed and p not in fixed else 0
    return total, pairwise


def layouts(problem: Problem) -> list[dict[int, str]]:
    """Every layout that keeps the fixed stands and places the others on free booths that fit."""
    fixed = fixed_stands(problem)
    free = [b for b in problem.booths if not b.reserved and b.number not in fixed.values()]
    movable = [s for s in problem.stands if s.stand_id not in fixed]
    options = [[None, *(b.number for b in free if fits(s, b))] for s in movable]
    found = []
    for choice in itertools.product(*options):
        taken = [c for c in choice if c is not None]
        if len(taken) == len(set(taken)):
            layout = dict(fixed)
            layout.update({s.stand_id: c for s, c in zip(movable, choice) if c is not None})
            found.append(layout)
    return found


def layout_of(proposal: Proposal) -> dict[int, str]:
    return {p.stand_id: p.booth for p in proposal.placements}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(max_stands=12, max_booths=12))
def test_every_proposal_keeps_the_hard_rules(problem: Problem) -> None:
    proposal = solve(problem)
    layout = layout_of(proposal)
    fixed = fixed_stands(problem)
    booths = {b.number: b for b in problem.booths}
    assert len(layout) == len(proposal.placements)  # no stand placed twice
    assert len(set(layout.values())) == len(layout)  # no booth used twice
    for stand in problem.stands:
        if stand.stand_id in fixed:
            assert layout[stand.stand_id] == fixed[stand.stand_id]
        elif stand.stand_id in layout:
            booth = booths[layout[stand.stand_id]]
            assert fits(stand, booth) and not booth.reserved
    everyone = {s.stand_id for s in problem.stands}
    assert {u.stand_id for u in proposal.unplaced} == everyone - set(layout)
    assert proposal.objective == objective(problem, layout)[0]
    assert proposal.objective >= proposal.bound
    assert solve(problem) == proposal  # deterministic


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(max_stands=4, max_booths=5))
def test_the_proposal_is_optimal_for_the_model(problem: Problem) -> None:
    proposal = solve(problem)
    candidates = layouts(problem)
    most = max(len(layout) for layout in candidates)
    best = min(objective(problem, layout)[0] for layout in candidates if len(layout) == most)
    assert len(proposal.placements) == most  # as many stands placed as possible
    assert proposal.bound <= best <= proposal.objective
    unary_best = min(objective(problem, layout)[0] - objective(problem, layout)[1]
                     for layout in candidates if len(layout) == most)
    assert proposal.bound == unary_best  # the bound is the assignment optimum, exactly
    if proposal.objective == proposal.bound:
        assert proposal.objective == best
