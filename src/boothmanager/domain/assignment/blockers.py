"""Why a stand has no booth: the rule that empties its choice, or the stands it competes with."""

from __future__ import annotations

from functools import reduce

import numpy as np

from boothmanager.domain.assignment.costs import CostModel
from boothmanager.domain.assignment.result import (
    Blocker,
    FreeBoothsTooSmall,
    FrontageTooShort,
    KeptApart,
    NoFreeBoothInZones,
    NoFreeBoothWithNeeds,
    Shortage,
    Waitlisted,
)


def blockers(model: CostModel, at: list[int],
             left_apart: dict[int, tuple[int, int]] | None = None) -> dict[int, Blocker]:
    """A blocker per unplaced stand index (the layout places as many stands as possible, but
    for those in `left_apart`: stand -> (booth, keep-apart partner) it would have shared)."""
    found: dict[int, Blocker] = {}
    competing: dict[tuple[bool, bytes], list[int]] = {}
    for i, (j, p) in (left_apart or {}).items():
        found[i] = KeptApart(model.booths[j].number, model.stands[p].stand_id)
    for i in model.rows:
        if at[i] >= 0 or i in found:
            continue
        row = model.feasible[model.row_of[i]]
        if row.any():
            competing.setdefault((model.stands[i].waitlisted, row.tobytes()), []).append(i)
        else:
            found[i] = no_booth_fits(model, i)
    if competing:
        holders: dict[int, list[int]] = {}  # column -> rows of the stands on its places
        for i in model.rows:
            if at[i] >= 0 and at[i] in model.col_of:
                holders.setdefault(model.col_of[at[i]], []).append(model.row_of[i])
        for (waiting, _), group in competing.items():
            blocker: Blocker = hall_set(model, group, holders)
            if waiting:
                blocker = behind(model, group, blocker)
            for i in group:
                found[i] = blocker
    return found


def behind(model: CostModel, group: list[int], shortage: Shortage) -> Blocker:
    """Waitlisted stands whose booths all went to stands ahead of them: say that, not a
    shortage (a stand not waitlisted never waits for a waitlisted one, see AssignmentMatrix)."""
    waiting = {model.stands[i].stand_id for i in group}
    ahead = tuple(s for s in shortage.stand_ids if s not in waiting)
    if any(model.stands[model.stand_index[s]].waitlisted for s in ahead):
        return shortage  # other waitlisted stands got them: they compete, as any stands do
    return Waitlisted(booths=shortage.booths, ahead=ahead, places=shortage.places)


def no_booth_fits(model: CostModel, i: int) -> Blocker:
    """Apply the stand's rules to the free booths one after another: zone, needs, area,
    table length (a shared booth: a place's part of them), a keep-apart stand staying there."""
    stand = model.stands[i]
    booths = [model.booths[j] for j in model.cols if model.booths[j].in_zones(stand.zones)]
    if not booths:
        return NoFreeBoothInZones(stand.zones)
    equipped = [b for b in booths if stand.needs <= b.amenities]
    if not equipped:
        lacking = frozenset(a for a in stand.needs if not any(a in b.amenities for b in booths))
        return NoFreeBoothWithNeeds(stand.needs, lacking, stand.zones)
    large = [b for b in equipped if b.place_area >= (stand.min_area_mm2 or 0)]
    if not large:
        return FreeBoothsTooSmall(stand.min_area_mm2 or 0,
                                  max(b.place_area for b in equipped), stand.needs,
                                  stand.zones)
    long = [b for b in large if b.place_frontage >= (stand.table_length_mm or 0)]
    if not long:
        return FrontageTooShort(stand.table_length_mm or 0,
                                max(b.place_frontage for b in large), stand.needs, stand.zones)
    staying = {model.fixed[p]: p for p in model.apart[i] if p in model.fixed}
    j = next(model.booth_index[b.number] for b in long if model.booth_index[b.number] in staying)
    return KeptApart(model.booths[j].number, model.stands[staying[j]].stand_id)


def hall_set(model: CostModel, group: list[int], holders: dict[int, list[int]]) -> Shortage:
    """The stands reachable from `group` by alternating paths, and the booths they can use.

    Every free place on such a booth is held by a stand of the set (else the layout could
    place one more), so the set has more stands than places it can use: a proof, not a guess,
    of the shortage.
    """
    feasible = model.feasible
    seen_rows = {model.row_of[i] for i in group}
    frontier = np.array(sorted(seen_rows), dtype=np.int64)
    seen_cols = np.zeros(len(model.cols), dtype=bool)
    while len(frontier):
        new = feasible[frontier].any(axis=0) & ~seen_cols
        seen_cols |= new
        rows = {r for c in np.flatnonzero(new) for r in holders.get(int(c), ())}
        frontier = np.array(sorted(rows - seen_rows), dtype=np.int64)
        seen_rows.update(int(r) for r in frontier)
    stands = [model.stands[model.rows[r]] for r in sorted(seen_rows)]
    zoned = [s.zones for s in stands]
    zones = reduce(frozenset.intersection, zoned) if all(zoned) else frozenset()
    least = min(s.min_area_mm2 or 0 for s in stands)
    return Shortage(stand_ids=tuple(s.stand_id for s in stands),
                    booths=tuple(model.booths[model.cols[int(c)]].number
                                 for c in np.flatnonzero(seen_cols)),
                    # "N stands need X" only when they need exactly X; else they "compete"
                    needs=stands[0].needs if all(s.needs == stands[0].needs for s in stands)
                    else frozenset(),
                    min_area_mm2=least or None, zones=zones,
                    places=int(model.places[seen_cols].sum()))
