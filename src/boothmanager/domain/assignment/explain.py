"""The objective of a layout, term by term, and the reasons behind each placement."""

from __future__ import annotations

from collections import Counter

from boothmanager.domain.assignment.costs import CostModel
from boothmanager.domain.assignment.result import (
    ApartFrom,
    CostKind,
    CostTerm,
    FitsNeeds,
    FitsTable,
    FromWaitingList,
    InZone,
    Kept,
    Locked,
    Moved,
    NearStand,
    Placement,
    Reason,
    SharesBooth,
    ThemeCluster,
    WishGranted,
)


def score(model: CostModel, at: list[int]) -> tuple[Counter[CostKind], int]:
    """The objective's terms for a layout (booth index per stand, -1 none), and the part of them
    that pairs two movable stands (the part the assignment core, and so the bound, leaves out)."""
    terms: Counter[CostKind] = Counter({kind: 0 for kind in CostKind})
    movable_pairs = 0
    for i, j in enumerate(at):
        if j >= 0:
            terms.update(model.unary_terms(i, j))
        else:
            terms.update(model.unplaced_terms(i))
    for i, p in pairs(model, at):
        found = model.pair_terms(i, at[i], p, at[p])
        terms.update(found)
        if i not in model.fixed and p not in model.fixed:
            movable_pairs += sum(found.values())
    return terms, movable_pairs


def stands_on(at: list[int]) -> dict[int, list[int]]:
    """The stands on each booth of a layout (by index), in stand order."""
    found: dict[int, list[int]] = {}
    for i, j in enumerate(at):
        if j >= 0:
            found.setdefault(j, []).append(i)
    return found


def pairs(model: CostModel, at: list[int]) -> list[tuple[int, int]]:
    """Each pair of placed stands that may cost something, once: partners, and neighbours
    (on neighbouring booths or sharing one)."""
    on = stands_on(at)
    found: set[tuple[int, int]] = set()
    for i, j in enumerate(at):
        if j < 0:
            continue
        for p in (*model.near[i], *model.apart[i]):
            if at[p] >= 0:
                found.add((min(i, p), max(i, p)))
        if model.theme[i] >= 0:
            for k in (j, *model.floor.neighbours[j]):
                for p in on.get(k, ()):
                    if p != i and model.theme[p] >= 0:
                        found.add((min(i, p), max(i, p)))
    return sorted(found)


def placement(model: CostModel, at: list[int], i: int, on: dict[int, list[int]]) -> Placement:
    """Stand i on its booth in the layout (`on`: stands per booth), with reasons and costs."""
    stand, j = model.stands[i], at[i]
    booth = model.booths[j]
    reasons: list[Reason] = []
    current = model.current[i]
    if i in model.fixed:
        reasons.append(Locked(booth.number, by_reservation=stand.locked_booth is None))
    elif current == j:
        reasons.append(Kept(booth.number))
    elif current is not None:
        reasons.append(Moved(model.booths[current].number))
    sharing = tuple(model.stands[p].stand_id for p in on[j] if p != i)
    if sharing:
        reasons.append(SharesBooth(booth.number, sharing))
    if stand.needs <= booth.amenities and booth.place_area >= (stand.min_area_mm2 or 0):
        reasons.append(FitsNeeds(stand.needs, stand.min_area_mm2, booth.place_area))
    if stand.table_length_mm and booth.place_frontage >= stand.table_length_mm:
        reasons.append(FitsTable(stand.table_length_mm, booth.place_frontage))
    if stand.waitlisted and i not in model.fixed:
        reasons.append(FromWaitingList())
    if stand.zones and booth.in_zones(stand.zones):
        reasons.append(InZone(booth.zone if booth.zone in stand.zones else booth.level))
    rank = model.wish_points(stand, j)[1]
    if rank is not None:
        wish = stand.wishes[rank - 1]
        reasons.append(WishGranted(rank, wish.booth, wish.zone))
    costs = [CostTerm(kind, points) for kind, points in model.unary_terms(i, j).items() if points]
    for p in model.near[i]:
        gap = model.floor.gap(j, at[p]) if at[p] >= 0 else None
        reasons.append(NearStand(model.stands[p].stand_id, gap))
    for p in model.apart[i]:
        apart = at[p] < 0 or not model.floor.together(j, at[p])
        reasons.append(ApartFrom(model.stands[p].stand_id, honoured=apart))
    close = [p for k in (j, *model.floor.neighbours[j]) for p in on.get(k, ()) if p != i]
    mates = tuple(sorted(model.stands[p].stand_id for p in close
                         if model.theme[p] == model.theme[i] >= 0))
    if mates:
        reasons.append(ThemeCluster(stand.theme, mates))
    others = {p for p in (*model.near[i], *model.apart[i]) if at[p] >= 0}
    others |= set(close)
    for p in sorted(others):
        if p < i:
            continue  # a pair's points are the first stand's, so placements sum to the objective
        for kind, points in model.pair_terms(i, j, p, at[p]).items():
            if points:
                costs.append(CostTerm(kind, points, other=model.stands[p].stand_id))
    return Placement(stand_id=stand.stand_id, booth=booth.number,
                     previous=model.booths[current].number if current is not None else None,
                     locked=i in model.fixed, reasons=tuple(reasons), costs=tuple(costs))
