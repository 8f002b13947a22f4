"""The solver's model in arrays: who is fixed, which pairs fit, and what each pair costs."""

from __future__ import annotations

from collections import Counter

import numpy as np

from boothmanager.domain.assignment.layout import Floor, near_points, waste_points
from boothmanager.domain.assignment.problem import Problem, StandRequest
from boothmanager.domain.assignment.result import CostKind
from boothmanager.domain.booth import Amenity

AMENITY_BITS = {amenity: 1 << index for index, amenity in enumerate(Amenity)}


def amenity_mask(amenities: frozenset[Amenity]) -> int:
    return sum(AMENITY_BITS[a] for a in amenities)


class CostModel:
    """Stands and booths by index (problem order); rows are movable stands, columns the booths
    with a free place (a shared booth has several: `places` per column).

    A stand is fixed when it is locked, or when it stands on a reserved booth (the reservation
    holds it there). Terms between a movable stand and a fixed one depend on the movable stand's
    booth only, so they are part of the unary matrix; that makes the bound tighter. Every place
    of a booth has the same part of it, so a column's entries hold for each of its places.
    """

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.weights = problem.weights
        self.stands = problem.stands
        self.booths = problem.booths
        self.booth_index = {b.number: j for j, b in enumerate(self.booths)}
        self.stand_index = {s.stand_id: i for i, s in enumerate(self.stands)}
        self.floor = Floor(self.booths, neighbour_gap_mm=problem.neighbour_gap_mm)
        self.current = [self.booth_index.get(s.current_booth) if s.current_booth else None
                        for s in self.stands]
        self.fixed: dict[int, int] = {}
        held = [b.occupied for b in self.booths]  # places taken by stands that stay
        for i, stand in enumerate(self.stands):
            if stand.locked_booth is not None:
                self.fixed[i] = self.booth_index[stand.locked_booth]
                held[self.fixed[i]] += 1
        for i, stand in enumerate(self.stands):
            j = self.current[i]
            if i not in self.fixed and j is not None and self.booths[j].reserved \
                    and held[j] < self.booths[j].capacity:
                self.fixed[i] = j
                held[j] += 1
        # Free places per booth (all booths, by index): what movable stands may take.
        self.free = np.array([0 if b.reserved else max(0, b.capacity - held[j])
                              for j, b in enumerate(self.booths)], dtype=np.int64)
        self.rows = [i for i in range(len(self.stands)) if i not in self.fixed]
        self.cols = [j for j in range(len(self.booths)) if self.free[j] > 0]
        self.places = self.free[self.cols]
        self.row_of = {i: r for r, i in enumerate(self.rows)}
        self.col_of = {j: c for c, j in enumerate(self.cols)}
        themes = {theme: k for k, theme in enumerate(sorted({s.theme for s in self.stands}))}
        self.theme = [themes[s.theme] if s.theme else -1 for s in self.stands]
        self.near = self._partners("near")
        self.apart = self._partners("apart")
        self._zone_cache: dict[str, np.ndarray] = {}
        self.feasible = self._feasible()
        self.unary = self._unary()
        self.left_out = np.array([sum(self.unplaced_terms(i).values()) for i in self.rows],
                                 dtype=np.int64)

    def _partners(self, kind: str) -> list[tuple[int, ...]]:
        """Per stand, its partners of `kind`; symmetric: either stand naming the other is enough."""
        found: list[set[int]] = [set() for _ in self.stands]
        for i, stand in enumerate(self.stands):
            for other in getattr(stand, kind):
                found[i].add(self.stand_index[other])
                found[self.stand_index[other]].add(i)
        return [tuple(sorted(f)) for f in found]

    def _feasible(self) -> np.ndarray:
        """Hard rules, rows × columns: needs ⊆ amenities, a place's area ≥ minimum, a place's
        frontage ≥ table length, allowed zone, no keep-apart stand that stays on the booth."""
        stands = [self.stands[i] for i in self.rows]
        booths = [self.booths[j] for j in self.cols]
        needs = np.array([amenity_mask(s.needs) for s in stands], dtype=np.int64)
        has = np.array([amenity_mask(b.amenities) for b in booths], dtype=np.int64)
        fits = (needs[:, None] & ~has[None, :]) == 0
        need_area = np.array([s.min_area_mm2 or 0 for s in stands], dtype=np.int64)
        fits &= self.floor.area[self.cols][None, :] >= need_area[:, None]
        need_table = np.array([s.table_length_mm or 0 for s in stands], dtype=np.int64)
        if need_table.any():
            frontage = np.array([b.place_frontage for b in booths], dtype=np.int64)
            fits &= frontage[None, :] >= need_table[:, None]
        names = sorted({z for s in stands for z in s.zones})
        if names:
            allowed = np.zeros((len(stands), len(names) + 1), dtype=bool)
            for r, stand in enumerate(stands):
                allowed[r, [names.index(z) for z in stand.zones]] = True  # column -1 stays False
            zone = np.array([names.index(b.zone) if b.zone in names else -1 for b in booths],
                            dtype=np.int64)
            level = np.array([names.index(b.level) if b.level in names else -1 for b in booths],
                             dtype=np.int64)
            unrestricted = np.array([not s.zones for s in stands])
            fits &= allowed[:, zone] | allowed[:, level] | unrestricted[:, None]
        for r, i in enumerate(self.rows):  # a keep-apart pair never shares a booth
            for p in self.apart[i]:
                if p in self.fixed and self.fixed[p] in self.col_of:
                    fits[r, self.col_of[self.fixed[p]]] = False
        return fits

    def _unary(self) -> np.ndarray:
        """Points per (row, column): wish, waste, move, and the terms with fixed stands."""
        w = self.weights
        need_area = np.array([self.stands[i].min_area_mm2 or 0 for i in self.rows], dtype=np.int64)
        waste = np.maximum(0, self.floor.area[self.cols][None, :] - need_area[:, None])
        cost = waste_points(w.waste, waste)
        cols = np.array(self.cols, dtype=np.int64)
        for r, i in enumerate(self.rows):
            stand = self.stands[i]
            if stand.wishes:
                cost[r] += self._wish_row(stand)
            current = self.current[i]
            if current is not None:
                cost[r] += w.move
                if current in self.col_of:
                    cost[r, self.col_of[current]] -= w.move
            for p in self.near[i]:
                if p in self.fixed:
                    cost[r] += near_points(w.near, self.floor.gaps_from(self.fixed[p], cols))
            for p in self.apart[i]:
                if p in self.fixed:
                    cost[r] += self._around(self.fixed[p]) * w.apart
        themes = np.array([self.theme[i] for i in self.rows], dtype=np.int64)
        for p, j in self.fixed.items():
            around = np.flatnonzero(self._around(j, itself=True))
            if self.theme[p] >= 0 and len(around):
                other = ((themes >= 0) & (themes != self.theme[p])).astype(np.int64) * w.theme
                cost[:, around] += other[:, None]
        return cost

    def _around(self, j: int, *, itself: bool = False) -> np.ndarray:
        """1 for each column that neighbours booth j (`itself`: and j's own free places)."""
        mark = np.zeros(len(self.cols), dtype=np.int64)
        for k in (*self.floor.neighbours[j], *((j,) if itself else ())):
            if k in self.col_of:
                mark[self.col_of[k]] = 1
        return mark

    def wish_points(self, stand: StandRequest, j: int) -> tuple[int, int | None]:
        """(points, rank of the granted wish or None) for `stand` on booth j."""
        if not stand.wishes:
            return 0, None
        top = max(wish.weight for wish in stand.wishes)
        best, rank = top, None
        booth = self.booths[j]
        for number, wish in enumerate(stand.wishes, start=1):
            hit = (booth.number == wish.booth if wish.booth
                   else booth.in_zones(frozenset({wish.zone or ""})))
            if hit and top - wish.weight < best:
                best, rank = top - wish.weight, number
        return self.weights.wish * best, rank

    def _wish_row(self, stand: StandRequest) -> np.ndarray:
        """wish_points over all columns at once."""
        top = max(wish.weight for wish in stand.wishes)
        row = np.full(len(self.cols), top, dtype=np.int64)
        for wish in stand.wishes:
            if wish.booth is not None:
                hit = np.zeros(len(self.cols), dtype=bool)
                if self.booth_index[wish.booth] in self.col_of:
                    hit[self.col_of[self.booth_index[wish.booth]]] = True
            else:
                hit = self._zone_columns(wish.zone or "")
            row[hit] = np.minimum(row[hit], top - wish.weight)
        return row * self.weights.wish

    def _zone_columns(self, zone: str) -> np.ndarray:
        if zone not in self._zone_cache:
            self._zone_cache[zone] = np.array(
                [self.booths[j].in_zones(frozenset({zone})) for j in self.cols], dtype=bool)
        return self._zone_cache[zone]

    def unary_terms(self, i: int, j: int) -> Counter[CostKind]:
        """The stand's own terms on booth j (no partners), as the matrix counts them."""
        stand, terms = self.stands[i], Counter[CostKind]()
        terms[CostKind.WISH] += self.wish_points(stand, j)[0]
        waste = max(0, int(self.floor.area[j]) - (stand.min_area_mm2 or 0))
        terms[CostKind.WASTE] += waste_points(self.weights.waste, waste)
        if self.current[i] is not None and self.current[i] != j:
            terms[CostKind.MOVE] += self.weights.move
        return terms

    def unplaced_terms(self, i: int) -> Counter[CostKind]:
        """What stand i costs without a booth: all its wishes missed, its booth lost."""
        stand, terms = self.stands[i], Counter[CostKind]()
        if stand.wishes:
            terms[CostKind.WISH] += self.weights.wish * max(wish.weight for wish in stand.wishes)
        if self.current[i] is not None:
            terms[CostKind.DISPLACE] += self.weights.displace
        return terms

    def pair_terms(self, i: int, j: int, p: int, k: int) -> Counter[CostKind]:
        """Terms between stand i on booth j and stand p on booth k (j == k: they share it)."""
        w, terms = self.weights, Counter[CostKind]()
        if p in self.near[i]:
            terms[CostKind.NEAR] += near_points(w.near, self.floor.gap(j, k))
        if self.floor.together(j, k):
            if p in self.apart[i]:
                terms[CostKind.APART] += w.apart
            if self.theme[i] >= 0 and self.theme[p] >= 0 and self.theme[i] != self.theme[p]:
                terms[CostKind.THEME] += w.theme
        return terms
