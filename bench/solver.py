"""Benchmark of the automatic assignment: 2,000 stands × 2,000 booths, size, power and zone rules;
and 2,000 stands on 1,000 shared booths of two places each.

Prints our solver's time as a ratio to a bare linear_sum_assignment on the same cost matrix in
the same run (goal ≤ 2×; for shared booths the matrix with a column per place), the objective
and its gap to the bound. Asserts nothing.
Run: `python bench/solver.py [STANDS [BOOTHS]]`.
"""

from __future__ import annotations

import statistics
from collections import Counter
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # also without installing

import numpy as np  # noqa: E402
from scipy.optimize import linear_sum_assignment  # noqa: E402

from boothmanager.domain import Amenity, Rect  # noqa: E402
from boothmanager.domain.assignment import (  # noqa: E402
    AssignmentMatrix,
    BoothSlot,
    Problem,
    StandRequest,
    Wish,
    solve,
)
from boothmanager.domain.assignment.costs import CostModel  # noqa: E402

SIZES_MM = [(3_000, 2_000), (3_000, 3_000), (4_000, 3_000), (5_000, 3_000), (6_000, 4_000)]
ZONES = ("A", "B", "C", "D")


def booths(count: int, rng: np.random.Generator, *, capacity: int = 1) -> list[BoothSlot]:
    """Two levels of rows of booths along aisles; zones by quarter; power in a quarter of them;
    each booth takes `capacity` stands."""
    found = []
    per_row = 40
    for index in range(count):
        level = "EG" if index < count // 2 else "OG"
        local = index % (count // 2)
        row, slot = divmod(local, per_row)
        width, depth = SIZES_MM[int(rng.integers(len(SIZES_MM)))]
        amenities = {Amenity.TABLE}
        if rng.random() < 0.25:
            amenities.add(Amenity.POWER)
        if rng.random() < 0.5:
            amenities.add(Amenity.PINBOARD)
        found.append(BoothSlot(number=f"{level}-{index + 1}", level=level,
                               rect=Rect(slot * 6_000, row * 9_000, width, depth),
                               amenities=frozenset(amenities),
                               zone=ZONES[(slot * 4) // per_row], reserved=rng.random() < 0.02,
                               capacity=capacity))
    return found


def stands(count: int, slots: list[BoothSlot], rng: np.random.Generator, *,
           pairwise: bool, capacity: int = 1) -> list[StandRequest]:
    """Needs, areas and zones drawn at random; a fifth already placed; wishes for some. Stands
    meant to share booths of `capacity` places ask for that part of the area."""
    free = [b.number for b in slots if not b.reserved]
    placed = rng.permutation(len(free))[: count // 5]  # one stand per booth at most
    current = {int(s): free[int(b)] for s, b in zip(rng.permutation(count)[: len(placed)], placed)}
    found = []
    for i in range(count):
        needs = {Amenity.POWER} if rng.random() < 0.3 else set()
        if rng.random() < 0.3:
            needs.add(Amenity.PINBOARD)
        area = (int(rng.choice([6, 9, 12, 15, 20])) * 1_000_000 // capacity
                if rng.random() < 0.4 else None)
        zones = frozenset(rng.choice(ZONES, size=int(rng.integers(1, 3)), replace=False)) \
            if rng.random() < 0.25 else frozenset()
        wishes = (Wish(booth=free[int(rng.integers(len(free)))], weight=3),
                  Wish(zone=str(rng.choice(ZONES)), weight=1)) if rng.random() < 0.2 else ()
        near = apart = frozenset()
        if pairwise and rng.random() < 0.1:
            near = frozenset({int(rng.integers(1, count + 1))}) - {i + 1}
            apart = frozenset({int(rng.integers(1, count + 1))}) - {i + 1} - near
        found.append(StandRequest(
            stand_id=i + 1, needs=frozenset(needs), min_area_mm2=area, zones=zones,
            current_booth=current.get(i), wishes=wishes, near=near, apart=apart,
            theme=f"theme {int(rng.integers(8))}" if pairwise else ""))
    return found


def run(n_stands: int, n_booths: int, *, pairwise: bool, rounds: int = 3,
        capacity: int = 1) -> None:
    rng = np.random.default_rng(2020)
    slots = booths(n_booths, rng, capacity=capacity)
    problem = Problem(stands=tuple(stands(n_stands, slots, rng, pairwise=pairwise,
                                          capacity=capacity)),
                      booths=tuple(slots))
    costs = AssignmentMatrix(CostModel(problem)).costs
    linear_sum_assignment(costs), solve(problem)  # warm-up
    bare, ours = [], []
    for _ in range(rounds):  # interleaved, so drift hits both alike
        start = time.perf_counter()
        linear_sum_assignment(costs)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        proposal = solve(problem)
        ours.append(time.perf_counter() - start)
    b, o = statistics.median(bare), statistics.median(ours)
    what = "with themes, near and apart pairs" if pairwise else "with size, power and zone rules"
    shared = f" of {capacity} places each" if capacity > 1 else ""
    print(f"auto-assign {n_stands} stands x {n_booths} booths{shared} {what}:")
    print(f"  bare linear_sum_assignment on the same {costs.shape[0]}x{costs.shape[1]} matrix: "
          f"{b:.3f} s (baseline)" + (" (a column per place)" if capacity > 1 else ""))
    print(f"  our solver (model, assignment, repair, explanations): {o:.3f} s, "
          f"ratio {o / b:.2f}x" + (" (goal <= 2x)" if not pairwise else ""))
    if capacity > 1:
        on = Counter(p.booth for p in proposal.placements)
        print(f"  booths shared by {capacity}: {sum(1 for n in on.values() if n == capacity)}, "
              f"with one stand: {sum(1 for n in on.values() if n == 1)}")
    kinds = Counter(type(u.blocker).__name__ for u in proposal.unplaced)
    print(f"  unplaced, by blocking rule: {dict(sorted(kinds.items())) or 'none'}")
    print(f"  placed {len(proposal.placements)} of {n_stands}; objective {proposal.objective}, "
          f"bound {proposal.bound}, gap {proposal.gap} ({100 * proposal.gap_ratio:.2f} %); "
          f"repair: {proposal.improvements} improvements in {proposal.evaluations} evaluations")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else n
    run(n, m, pairwise=False)
    run(n, m, pairwise=True, rounds=1)
    run(n, m // 2, pairwise=False, capacity=2)
