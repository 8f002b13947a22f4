"""Where booths lie to each other: gaps in mm, neighbours on a level, near-cost in points."""

from __future__ import annotations

import numpy as np

from boothmanager.domain.assignment.problem import BoothSlot

OTHER_LEVEL_MM = 100_000  # booths on different levels count as 100 m apart
CHUNK = 1_024  # rows of the pairwise gap matrix computed at once (memory, not speed)


class Floor:
    """The booths' rectangles as arrays, with neighbour lists computed once."""

    def __init__(self, booths: tuple[BoothSlot, ...], *, neighbour_gap_mm: int) -> None:
        levels = sorted({b.level for b in booths})
        self.level = np.array([levels.index(b.level) for b in booths], dtype=np.int64)
        self.x = np.array([b.rect.x for b in booths], dtype=np.int64)
        self.y = np.array([b.rect.y for b in booths], dtype=np.int64)
        self.right = np.array([b.rect.right for b in booths], dtype=np.int64)
        self.top = np.array([b.rect.top for b in booths], dtype=np.int64)
        self.area = np.array([b.place_area for b in booths], dtype=np.int64)  # one stand's part
        self.neighbour_gap_mm = neighbour_gap_mm
        self.neighbours: list[frozenset[int]] = self._neighbours()

    def gaps_from(self, j: int, columns: np.ndarray | None = None) -> np.ndarray:
        """Edge-to-edge distance (mm, floored) from booth j to each booth (or to `columns`)."""
        cols = np.arange(len(self.x)) if columns is None else columns
        dx = np.maximum(0, np.maximum(self.x[cols] - self.right[j], self.x[j] - self.right[cols]))
        dy = np.maximum(0, np.maximum(self.y[cols] - self.top[j], self.y[j] - self.top[cols]))
        gap = np.floor(np.sqrt((dx * dx + dy * dy).astype(np.float64))).astype(np.int64)
        return np.where(self.level[cols] == self.level[j], gap, OTHER_LEVEL_MM)

    def gap(self, j: int, k: int) -> int:
        """The same distance for one pair, computed the same way."""
        if self.level[j] != self.level[k]:
            return OTHER_LEVEL_MM
        dx = max(0, int(self.x[k] - self.right[j]), int(self.x[j] - self.right[k]))
        dy = max(0, int(self.y[k] - self.top[j]), int(self.y[j] - self.top[k]))
        return int(np.floor(np.sqrt(np.float64(dx * dx + dy * dy))))

    def adjacent(self, j: int, k: int) -> bool:
        return k in self.neighbours[j]

    def together(self, j: int, k: int) -> bool:
        """Stands on booths j and k are neighbours: the booths are, or it is one shared booth."""
        return j == k or k in self.neighbours[j]

    def _neighbours(self) -> list[frozenset[int]]:
        found: list[set[int]] = [set() for _ in range(len(self.x))]
        for level in np.unique(self.level):
            members = np.flatnonzero(self.level == level)
            for start in range(0, len(members), CHUNK):
                rows = members[start:start + CHUNK]
                dx = np.maximum(0, np.maximum(self.x[members][None, :] - self.right[rows][:, None],
                                              self.x[rows][:, None] - self.right[members][None, :]))
                dy = np.maximum(0, np.maximum(self.y[members][None, :] - self.top[rows][:, None],
                                              self.y[rows][:, None] - self.top[members][None, :]))
                close = (dx * dx + dy * dy) <= self.neighbour_gap_mm ** 2
                for r, c in zip(*np.nonzero(close)):
                    j, k = int(rows[r]), int(members[c])
                    if j != k:
                        found[j].add(k)
        return [frozenset(n) for n in found]


def near_points(weight: int, gap_mm: int | np.ndarray) -> int | np.ndarray:
    """Points for two be-near stands `gap_mm` apart: `weight` per metre, rounded half up."""
    return (weight * gap_mm + 500) // 1000


def waste_points(weight: int, waste_mm2: int | np.ndarray) -> int | np.ndarray:
    """Points for booth area beyond the need: `weight` per m², rounded half up."""
    return (weight * waste_mm2 + 500_000) // 1_000_000
