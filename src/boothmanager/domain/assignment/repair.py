"""The repair step: moves and swaps that lower the pairwise terms the assignment core cannot see."""

from __future__ import annotations

import numpy as np

from boothmanager.domain.assignment.costs import CostModel
from boothmanager.domain.assignment.layout import near_points

NEAREST_OF_THEME = 6    # same-theme stands whose surroundings a stand may move into
CHEAPEST_BOOTHS = 12    # a stand's cheapest booths, tried when it sits next to a keep-apart stand


class Repair:
    """Best-improvement local search over booth moves and swaps, bounded by `budget` evaluations.

    Every step lowers the whole objective and keeps the set of placed stands, so the result
    stays feasible and never falls below the bound. Deterministic: stands and booths are
    visited in problem order and only a strictly better step is taken.
    """

    def __init__(self, model: CostModel, at: list[int], *, budget: int, passes: int = 20) -> None:
        self.m = model
        self.at = at  # booth index per stand, -1 without one
        self.holder = {j: i for i, j in enumerate(at) if j >= 0}
        self.budget = budget
        self.passes = passes
        self.evaluations = 0
        self.improvements = 0
        self.movable = list(model.rows)
        self.by_theme: dict[int, list[int]] = {}
        for i in self.movable:
            if model.theme[i] >= 0:
                self.by_theme.setdefault(model.theme[i], []).append(i)
        self._cheapest: dict[int, list[int]] = {}

    def run(self) -> list[int]:
        for _ in range(self.passes):
            before = self.improvements
            for i in self.movable:
                if self.evaluations + self.work(i) > self.budget:
                    return self.at
                self.evaluations += self.work(i)
                if self.at[i] >= 0 and self.pair_points(i, self.at[i], (i,)) > 0:
                    self.improve(i)
            if self.improvements == before:
                break
        return self.at

    def improve(self, i: int) -> None:
        """Take the best step that moves stand i, or one of its be-near/keep-apart partners."""
        m = self.m
        best, choice = 0, (-1, -1)
        movers = [i, *(p for p in (*m.near[i], *m.apart[i])
                       if p not in m.fixed and self.at[p] >= 0)]
        for mover in dict.fromkeys(movers):
            for b in self.candidates(mover):
                # An evaluation costs as much as the stand has partners: count that, so the
                # budget bounds time even when every stand is to be near every other.
                if self.evaluations + self.work(mover) > self.budget:
                    break
                self.evaluations += self.work(mover)
                delta = self.delta(mover, b)
                if delta < best:
                    best, choice = delta, (mover, b)
        if choice[0] >= 0:
            self.step(*choice)

    def work(self, i: int) -> int:
        return 1 + len(self.m.near[i]) + len(self.m.apart[i])

    def step(self, i: int, b: int) -> None:
        """Stand i to booth b; the stand there (if any) to i's booth."""
        a, t = self.at[i], self.holder.get(b)
        self.at[i], self.holder[b] = b, i
        if t is None:
            del self.holder[a]
        else:
            self.at[t], self.holder[a] = a, t
        self.improvements += 1

    def fits(self, i: int, j: int) -> bool:
        m = self.m
        return j in m.col_of and bool(m.feasible.item(m.row_of[i], m.col_of[j]))

    def unary(self, i: int, j: int) -> int:
        return int(self.m.unary.item(self.m.row_of[i], self.m.col_of[j]))

    def candidates(self, i: int) -> list[int]:
        m, a = self.m, self.at[i]
        found: set[int] = set()
        for p in m.near[i]:
            if p not in m.fixed and self.at[p] >= 0:
                found |= {self.at[p], *m.floor.neighbours[self.at[p]]}
        mates = [p for p in self.by_theme.get(m.theme[i], []) if p != i and self.at[p] >= 0]
        if mates:
            where = np.array([self.at[p] for p in mates], dtype=np.int64)
            order = np.argsort(m.floor.gaps_from(a, where), kind="stable")[:NEAREST_OF_THEME]
            for k in where[order]:
                found |= m.floor.neighbours[int(k)]
        if any(self.at[p] >= 0 and m.floor.adjacent(a, self.at[p]) for p in m.apart[i]):
            found.update(self.cheapest(i))
        return sorted(b for b in found if b != a and self.fits(i, b)
                      and (b not in self.holder or self.swappable(self.holder[b], a)))

    def swappable(self, t: int, a: int) -> bool:
        return t not in self.m.fixed and self.fits(t, a)

    def cheapest(self, i: int) -> list[int]:
        if i not in self._cheapest:
            r = self.m.row_of[i]
            cols = np.flatnonzero(self.m.feasible[r])
            order = np.argsort(self.m.unary[r, cols], kind="stable")[:CHEAPEST_BOOTHS]
            self._cheapest[i] = [self.m.cols[int(c)] for c in cols[order]]
        return self._cheapest[i]

    def delta(self, i: int, b: int) -> int:
        """How much the objective changes if stand i goes to booth b (swapping with its holder)."""
        a, t = self.at[i], self.holder.get(b)
        if t is None:
            return (self.unary(i, b) - self.unary(i, a)
                    + self.pair_points(i, b, (i,)) - self.pair_points(i, a, (i,)))
        skip = (i, t)
        after = (self.unary(i, b) + self.unary(t, a) + self.pair_points(i, b, skip)
                 + self.pair_points(t, a, skip) + self.between(i, b, t, a))
        before = (self.unary(i, a) + self.unary(t, b) + self.pair_points(i, a, skip)
                  + self.pair_points(t, b, skip) + self.between(i, a, t, b))
        return after - before

    def pair_points(self, i: int, j: int, skip: tuple[int, ...]) -> int:
        """Pairwise points of stand i on booth j with the other movable stands (not `skip`)."""
        m, w, total = self.m, self.m.weights, 0
        for p in m.near[i]:
            if p not in skip and p not in m.fixed and self.at[p] >= 0:
                total += near_points(w.near, m.floor.gap(j, self.at[p]))
        for p in m.apart[i]:
            if p not in skip and p not in m.fixed and self.at[p] >= 0 \
                    and m.floor.adjacent(j, self.at[p]):
                total += w.apart
        theme = m.theme[i]
        if theme >= 0 and w.theme:
            for k in m.floor.neighbours[j]:
                p = self.holder.get(k)
                if p is not None and p not in skip and p not in m.fixed \
                        and m.theme[p] >= 0 and m.theme[p] != theme:
                    total += w.theme
        return total

    def between(self, i: int, j: int, p: int, k: int) -> int:
        return sum(self.m.pair_terms(i, j, p, k).values())
