"""The automatic assignment: an optimal assignment core, a bounded repair, and the explanations."""

from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment

from boothmanager.domain.assignment.blockers import blockers
from boothmanager.domain.assignment.costs import CostModel
from boothmanager.domain.assignment.explain import placement, score, stands_on
from boothmanager.domain.assignment.problem import Problem
from boothmanager.domain.assignment.repair import Repair
from boothmanager.domain.assignment.result import CostTerm, Proposal, Unplaced

DEFAULT_BUDGET = 100_000  # repair evaluations; about a second of pure Python at most
EXACT = 2 ** 52           # float64 sums stay exact below this


class AssignmentMatrix:
    """The matrix handed to linear_sum_assignment: movable stands × free places on booths that
    fit anyone (a shared booth's column repeated once per free place, as many as stands fit it).

    Entry = unary points − what the stand costs without a booth (missed wishes, a lost booth),
    so the optimum weighs leaving a stand out against placing it. A pair that breaks a hard
    rule gets `big`, more than any set of real entries can differ, so the optimum first places
    as many stands as possible, then is cheapest; such pairs are dropped afterwards, never used.
    A waitlisted stand's pairs cost `wait` more, again more than real entries can differ, so
    among those layouts the optimum places the fewest waitlisted stands, which is the most
    stands ahead of them (the stands a matching can place form a matroid: a largest layout
    with the most of one kind exists), and only then is cheapest.
    """

    def __init__(self, model: CostModel) -> None:
        self.rows = np.flatnonzero(model.feasible.any(axis=1))
        users = model.feasible.sum(axis=0)
        places = np.minimum(model.places, users)  # no more places than stands that fit there
        self.cols = np.repeat(np.arange(len(model.cols)), places)  # model column per place
        every = (len(self.rows), len(self.cols)) == model.feasible.shape and bool(
            (places == 1).all())
        pick = (slice(None), slice(None)) if every else np.ix_(self.rows, self.cols)
        fits = model.feasible[pick]
        points = (model.unary[pick] - model.left_out[self.rows, None]).astype(np.float64)
        size = min(len(self.rows), len(self.cols))
        spread = int(np.abs(points).max(initial=0))  # over all pairs: a looser, cheaper bound
        waiting = np.array([model.stands[model.rows[r]].waitlisted for r in self.rows],
                           dtype=bool)
        self.wait = (size + 2) * (2 * spread + 1) if waiting.any() else 0
        points[waiting] += self.wait
        spread += self.wait
        self.big = (size + 2) * (2 * spread + 1)
        if self.big * (size + 1) >= EXACT:
            from boothmanager.domain.errors import InvalidValue

            raise InvalidValue(field="weights", value=spread, reason="too large to add up exactly")
        self.fits = fits
        points[~fits] = self.big
        self.costs = points

    def solve(self) -> list[tuple[int, int]]:
        """Optimal (row, column) pairs of the model, in matrix positions of `model.feasible`."""
        if not len(self.rows) or not len(self.cols):
            return []
        r, c = linear_sum_assignment(self.costs)
        return [(int(self.rows[a]), int(self.cols[b])) for a, b in zip(r, c) if self.fits[a, b]]


def solve(problem: Problem, *, budget: int = DEFAULT_BUDGET) -> Proposal:
    """Propose booths for the problem's stands; deterministic for the same problem."""
    model = CostModel(problem)
    at = [-1] * len(model.stands)
    for i, j in model.fixed.items():
        at[i] = j
    for row, col in AssignmentMatrix(model).solve():
        at[model.rows[row]] = model.cols[col]
    terms, movable_pairs = score(model, at)
    bound = sum(terms.values()) - movable_pairs
    repair = Repair(model, at, budget=budget)
    if repair.conflicts():  # keep-apart stands the core put on one shared booth
        at = repair.separate()
    if movable_pairs:
        at = repair.run()
    terms, _ = score(model, at)
    objective = sum(terms.values())
    blocked = blockers(model, at, repair.left_apart)
    on = stands_on(at)
    return Proposal(
        placements=tuple(placement(model, at, i, on) for j in sorted(on) for i in on[j]),
        unplaced=tuple(Unplaced(stand_id=model.stands[i].stand_id,
                                previous=(model.booths[model.current[i]].number
                                          if model.current[i] is not None else None),
                                blocker=blocked[i])
                       for i in sorted(blocked)),
        objective=objective, bound=min(bound, objective) if repair.left_apart else bound,
        terms=tuple(CostTerm(kind, points) for kind, points in terms.items()),
        evaluations=repair.evaluations, improvements=repair.improvements)
