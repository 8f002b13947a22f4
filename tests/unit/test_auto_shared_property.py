"""Shared booths on random small instances: hard rules always, the optimum against brute force."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothmanager.domain import Rect
from boothmanager.domain.assignment import BoothSlot, Problem, StandRequest, Weights, Wish, solve

from .test_auto_property import AMENITIES, gap


@st.composite
def problems(draw: st.DrawFn, *, max_stands: int, max_booths: int, pairs: bool) -> Problem:
    booths = []
    for k in range(draw(st.integers(1, max_booths))):
        booths.append(BoothSlot(
            number=f"S{k + 1}", level="EG", rect=Rect(k * 3_000, 0, 3_000,
                                                      draw(st.sampled_from([2_000, 4_000]))),
            amenities=draw(AMENITIES), capacity=draw(st.integers(1, 3)),
            reserved=draw(st.integers(0, 8)) == 0))
    numbers = [b.number for b in booths]
    ids = list(range(1, draw(st.integers(0, max_stands)) + 1))
    taken: Counter[str] = Counter()
    stands = []
    for stand_id in ids:
        current = draw(st.sampled_from([None, *numbers]))
        if current is not None and taken[current] >= next(
                b.capacity for b in booths if b.number == current):
            current = None
        taken[current or ""] += 1
        others = [o for o in ids if o != stand_id]
        pick = (st.frozensets(st.sampled_from(others), max_size=2) if others and pairs
                else st.just(frozenset()))
        stands.append(StandRequest(
            stand_id=stand_id, needs=draw(AMENITIES),
            theme=draw(st.sampled_from(["", "x", "y"])) if pairs else "",
            min_area_mm2=draw(st.sampled_from([None, 2_000_000, 4_000_000])),
            current_booth=current,
            locked_booth=current if current and draw(st.integers(0, 3)) == 0 else None,
            wishes=tuple(draw(st.lists(st.builds(Wish, booth=st.sampled_from(numbers),
                                                 weight=st.integers(1, 3)), max_size=2))),
            near=draw(pick), apart=draw(pick)))
    weights = Weights(**{name: draw(st.integers(0, 30)) for name in Weights.__slots__})
    return Problem(stands=tuple(stands), booths=tuple(booths), weights=weights)


def fixed_stands(problem: Problem) -> dict[int, str]:
    """Locked stands, then stands on a reserved booth while it has places."""
    fixed = {s.stand_id: s.locked_booth for s in problem.stands if s.locked_booth}
    held = Counter(fixed.values())
    booths = {b.number: b for b in problem.booths}
    for s in problem.stands:
        if s.stand_id not in fixed and s.current_booth and booths[s.current_booth].reserved \
                and held[s.current_booth] < booths[s.current_booth].capacity:
            fixed[s.stand_id] = s.current_booth
            held[s.current_booth] += 1
    return fixed


def fits(stand: StandRequest, booth: BoothSlot) -> bool:
    part = booth.rect.area_mm2 // booth.capacity
    return stand.needs <= booth.amenities and part >= (stand.min_area_mm2 or 0)


def objective(problem: Problem, layout: dict[int, str]) -> tuple[int, int]:
    """(total, pairwise terms between two movable stands); stands on one booth are neighbours
    at distance 0; waste per place."""
    w, booths = problem.weights, {b.number: b for b in problem.booths}
    fixed = fixed_stands(problem)
    total = 0
    for s in problem.stands:
        number = layout.get(s.stand_id)
        if number is None:
            total += (w.displace if s.current_booth else 0) + w.wish * max(
                (x.weight for x in s.wishes), default=0)
            continue
        booth = booths[number]
        if s.wishes:
            top = max(x.weight for x in s.wishes)
            total += w.wish * (top - max((x.weight for x in s.wishes if x.booth == number),
                                         default=0))
        part = booth.rect.area_mm2 // booth.capacity
        total += (w.waste * max(0, part - (s.min_area_mm2 or 0)) + 500_000) // 1_000_000
        total += w.move if s.current_booth and s.current_booth != number else 0
    pairwise = 0
    by_id = {s.stand_id: s for s in problem.stands}
    for i, p in itertools.combinations(sorted(layout), 2):
        a, b, si, sp = booths[layout[i]], booths[layout[p]], by_id[i], by_id[p]
        points = (w.near * gap(a, b) + 500) // 1000 if (p in si.near or i in sp.near) else 0
        if gap(a, b) <= problem.neighbour_gap_mm:
            points += w.apart if (p in si.apart or i in sp.apart) else 0
            points += w.theme if si.theme and sp.theme and si.theme != sp.theme else 0
        total += points
        pairwise += points if i not in fixed and p not in fixed else 0
    return total, pairwise


def layouts(problem: Problem) -> list[dict[int, str]]:
    """Every layout that keeps the fixed stands and fills free places with stands that fit."""
    fixed = fixed_stands(problem)
    held = Counter(fixed.values())
    room = {b.number: 0 if b.reserved else b.capacity - held[b.number] for b in problem.booths}
    movable = [s for s in problem.stands if s.stand_id not in fixed]
    options = [[None, *(b.number for b in problem.booths if room[b.number] > 0 and fits(s, b))]
               for s in movable]
    found = []
    for choice in itertools.product(*options):
        used = Counter(c for c in choice if c is not None)
        if all(count <= room[number] for number, count in used.items()):
            layout = dict(fixed)
            layout.update({s.stand_id: c for s, c in zip(movable, choice) if c is not None})
            found.append(layout)
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(max_stands=10, max_booths=6, pairs=True))
def test_shared_booths_keep_every_hard_rule(problem: Problem) -> None:
    proposal = solve(problem)
    layout = {p.stand_id: p.booth for p in proposal.placements}
    booths = {b.number: b for b in problem.booths}
    fixed = fixed_stands(problem)
    assert len(layout) == len(proposal.placements)
    for number, count in Counter(layout.values()).items():
        assert count <= booths[number].capacity  # capacity respected
    by_id = {s.stand_id: s for s in problem.stands}
    for stand_id, number in layout.items():
        if stand_id in fixed:
            assert number == fixed[stand_id]
        else:
            assert fits(by_id[stand_id], booths[number]) and not booths[number].reserved
        for other in by_id[stand_id].apart:  # a keep-apart pair never shares, unless both stay
            if layout.get(other) == number:
                assert stand_id in fixed and other in fixed
    assert proposal.objective == objective(problem, layout)[0] >= proposal.bound
    assert solve(problem) == proposal


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(max_stands=5, max_booths=3, pairs=False))
def test_places_as_columns_keep_the_assignment_exactly_optimal(problem: Problem) -> None:
    proposal = solve(problem)
    candidates = layouts(problem)
    most = max(len(layout) for layout in candidates)
    best = min(objective(problem, layout)[0] for layout in candidates if len(layout) == most)
    assert len(proposal.placements) == most
    assert proposal.objective == best == proposal.bound  # no pairs: proven optimal
