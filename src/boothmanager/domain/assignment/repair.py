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
    visited in problem order and only a strictly better step is taken. A shared booth takes
    stands while it has free places; a move onto a full one swaps with one of its stands.

    Keep-apart stands never share a booth (a hard rule): no step puts two together, and
    `separate` first parts the pairs the assignment core (which sees no pairs) put on one booth;
    a pair no step can part loses the stand whose loss costs least (`left_apart`).
    """

    def __init__(self, model: CostModel, at: list[int], *, budget: int, passes: int = 20) -> None:
        self.m = model
        self.at = at  # booth index per stand, -1 without one
        self.on: dict[int, list[int]] = {}  # stands per booth, fixed ones too
        for i, j in enumerate(at):
            if j >= 0:
                self.on.setdefault(j, []).append(i)
        self.budget = budget
        self.passes = passes
        self.evaluations = 0
        self.improvements = 0
        self.movable = list(model.rows)
        self.left_apart: dict[int, tuple[int, int]] = {}  # stand -> (booth, partner) it lost to
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
                    self.improve(i, self.candidates(i))
            if self.improvements == before:
                break
        return self.at

    def conflicts(self) -> list[tuple[int, int]]:
        """Keep-apart pairs of movable stands on one booth, in problem order."""
        found = []
        for i in self.movable:
            for p in self.m.apart[i]:
                if p > i and self.at[i] >= 0 and self.at[i] == self.at[p] and p not in self.m.fixed:
                    found.append((i, p))
        return found

    def separate(self) -> list[int]:
        """Part every keep-apart pair on one booth: the cheapest legal move or swap of either
        stand to any booth that fits it; else the stand that costs least to leave out leaves."""
        for i, p in self.conflicts():
            if self.at[i] != self.at[p]:
                continue  # parted already, by parting another pair
            for mover in (i, p):
                self.improve(mover, self.fitting(mover), any_step=True)
                if self.at[i] != self.at[p]:
                    break
            if self.at[i] == self.at[p]:
                self.leave_out(i, p)
        return self.at

    def leave_out(self, i: int, p: int) -> None:
        """Take i or p off their booth: a waitlisted one first, else the smaller loss; then
        give the freed place to a stand without a booth that may have it."""
        j = self.at[i]

        def loss(s: int) -> tuple[bool, int, int]:
            unplaced = sum(self.m.unplaced_terms(s).values())
            return (not self.m.stands[s].waitlisted,
                    unplaced - self.unary(s, j) - self.pair_points(s, j, (s,)), s)

        out = min(i, p, key=loss)
        self.at[out] = -1
        self.on[j].remove(out)
        self.left_apart[out] = (j, p if out == i else i)
        waiting = [s for s in self.movable if self.at[s] < 0 and s not in self.left_apart
                   and self.fits(s, j) and not self.apart_on(s, j, ())]
        if waiting:
            chosen = min(waiting, key=lambda s: (self.m.stands[s].waitlisted,
                                                 self.unary(s, j) - self.left_out(s), s))
            self.at[chosen] = j
            self.on[j].append(chosen)

    def improve(self, i: int, choices: list[tuple[int, int]], *, any_step: bool = False) -> None:
        """Take the best step that moves stand i, or one of its be-near/keep-apart partners;
        with `any_step`, the best step of i among `choices` even if it costs more."""
        m = self.m
        best, choice = (None if any_step else 0), (-1, -1, -1)
        movers = [i] if any_step else [i, *(p for p in (*m.near[i], *m.apart[i])
                                            if p not in m.fixed and self.at[p] >= 0)]
        for mover in dict.fromkeys(movers):
            for b, t in (choices if mover == i else self.candidates(mover)):
                # An evaluation costs as much as the stand has partners: count that, so the
                # budget bounds time even when every stand is to be near every other. Parting
                # a keep-apart pair is a hard rule, not an improvement: it ignores the budget.
                if not any_step and self.evaluations + self.work(mover) > self.budget:
                    break
                self.evaluations += self.work(mover)
                delta = self.delta(mover, b, t)
                if best is None or delta < best:
                    best, choice = delta, (mover, b, t)
        if choice[0] >= 0:
            self.step(*choice)

    def work(self, i: int) -> int:
        return 1 + len(self.m.near[i]) + len(self.m.apart[i])

    def step(self, i: int, b: int, t: int) -> None:
        """Stand i to booth b; stand t (if not -1) from b to i's booth."""
        a = self.at[i]
        self.on[a].remove(i)
        self.on.setdefault(b, []).append(i)
        self.at[i] = b
        if t >= 0:
            self.on[b].remove(t)
            self.on[a].append(t)
            self.at[t] = a
        self.improvements += 1

    def fits(self, i: int, j: int) -> bool:
        m = self.m
        return j in m.col_of and bool(m.feasible.item(m.row_of[i], m.col_of[j]))

    def unary(self, i: int, j: int) -> int:
        return int(self.m.unary.item(self.m.row_of[i], self.m.col_of[j]))

    def left_out(self, i: int) -> int:
        return int(self.m.left_out[self.m.row_of[i]])

    def room(self, j: int) -> int:
        """Free places left on booth j for movable stands."""
        return int(self.m.free[j]) - sum(1 for s in self.on.get(j, ()) if s not in self.m.fixed)

    def apart_on(self, i: int, j: int, skip: tuple[int, ...]) -> bool:
        """Whether booth j holds a keep-apart partner of stand i (other than `skip`)."""
        return any(p in self.m.apart[i] and p not in skip for p in self.on.get(j, ()))

    def steps_to(self, i: int, booths: set[int] | list[int]) -> list[tuple[int, int]]:
        """(booth, stand swapped back or -1) for each legal step of stand i to `booths`: onto
        a free place, or swapping with a movable stand there that fits i's booth; never onto a
        booth with a keep-apart partner, nor sending one to a booth with its own."""
        a, found = self.at[i], []
        for b in sorted(booths):
            if b == a or not self.fits(i, b):
                continue
            if self.room(b) > 0 and not self.apart_on(i, b, ()):
                found.append((b, -1))
            for t in self.on.get(b, ()):
                if t in self.m.fixed or not self.fits(t, a) or self.apart_on(i, b, (t,)) \
                        or self.apart_on(t, a, (i,)):
                    continue
                found.append((b, t))
        return found

    def fitting(self, i: int) -> list[tuple[int, int]]:
        r = self.m.row_of[i]
        return self.steps_to(i, [self.m.cols[int(c)] for c in np.flatnonzero(self.m.feasible[r])])

    def candidates(self, i: int) -> list[tuple[int, int]]:
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
                found |= {int(k), *m.floor.neighbours[int(k)]}
        if any(self.at[p] >= 0 and m.floor.together(a, self.at[p]) for p in m.apart[i]):
            found.update(self.cheapest(i))
        return self.steps_to(i, found)

    def cheapest(self, i: int) -> list[int]:
        if i not in self._cheapest:
            r = self.m.row_of[i]
            cols = np.flatnonzero(self.m.feasible[r])
            order = np.argsort(self.m.unary[r, cols], kind="stable")[:CHEAPEST_BOOTHS]
            self._cheapest[i] = [self.m.cols[int(c)] for c in cols[order]]
        return self._cheapest[i]

    def delta(self, i: int, b: int, t: int) -> int:
        """How much the objective changes if stand i goes to booth b (swapping with t)."""
        a = self.at[i]
        if t < 0:
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
                    and m.floor.together(j, self.at[p]):
                total += w.apart
        theme = m.theme[i]
        if theme >= 0 and w.theme:
            for k in (j, *m.floor.neighbours[j]):
                for p in self.on.get(k, ()):
                    if p not in skip and p not in m.fixed \
                            and m.theme[p] >= 0 and m.theme[p] != theme:
                        total += w.theme
        return total

    def between(self, i: int, j: int, p: int, k: int) -> int:
        return sum(self.m.pair_terms(i, j, p, k).values())
