"""Sheet rows on shared booths: places left, a full booth, and each stand's part of the front."""

from __future__ import annotations

from boothmanager.domain import Booth, Rect, Share, Side, placed
from boothmanager.domain.sheets import RowProblemKind as K
from boothmanager.domain.sheets import Sheet, SheetRow, plan_import

HEADERS = ("Organisation", "Projekt", "Stand", "Frontanteil")
# A 3 m wide booth open to the south: its front is 3 m.
SOUTH = frozenset({Side.SOUTH})
BOOTHS = {
    "S1": Booth("S1", "EG", Rect(0, 0, 3_000, 2_000), open_sides=SOUTH, shares=placed(1)),
    "T2": Booth("T2", "EG", Rect(0, 3_000, 3_000, 2_000), open_sides=SOUTH, shares=placed(1),
                capacity=2),
    "T3": Booth("T3", "EG", Rect(0, 6_000, 3_000, 2_000), open_sides=SOUTH, capacity=3),
    "H2": Booth("H2", "EG", Rect(0, 9_000, 3_000, 2_000), open_sides=SOUTH,
                shares=(Share(1, 1_000), Share(2, 2_000))),
}


def sheet(*rows: tuple[object, ...]) -> Sheet:
    return Sheet(headers=HEADERS, rows=tuple(SheetRow(n, r) for n, r in enumerate(rows, 2)))


def test_a_booth_with_places_left_takes_rows_as_shares() -> None:
    plan = plan_import(sheet(("A", "a", "T2", None), ("B", "b", "T3", None),
                             ("C", "c", "T3", None), ("D", "d", "T3", None)),
                       booth_of=BOOTHS.get)
    assert plan.problems == ()
    assert [(r.row, r.booth) for r in plan.rows] == [(2, "T2"), (3, "T3"), (4, "T3"), (5, "T3")]


def test_a_full_shared_booth_names_its_places_and_who_holds_it() -> None:
    plan = plan_import(sheet(("A", "a", "T2", None), ("B", "b", "T2", None)),
                       booth_of=BOOTHS.get)
    (problem,) = plan.problems
    assert (problem.row, problem.kind, problem.other) == (3, K.BOOTH_FULL, 2)
    assert (problem.booth, problem.holders, problem.holder_rows) == ("T2", (1,), (2,))
    assert problem.describe() == "row 3: Stand 'T2': all 2 places on it are taken (stand 1, row 2)"
    assert [r.row for r in plan.rows] == [2]


def test_a_booth_of_one_place_keeps_its_old_messages() -> None:
    plan = plan_import(sheet(("A", "a", "S1", None), ("B", "b", "T3", None)),
                       booth_of={"S1": BOOTHS["S1"], "T3": Booth("T3", "EG", Rect(0, 0, 1, 1))}.get)
    assert [p.describe() for p in plan.problems] == ["row 2: Stand 'S1': stand 1 is on it already"]
    plan = plan_import(sheet(("A", "a", "S5", None), ("B", "b", "S5", None)),
                       booth_of={"S5": Booth("S5", "EG", Rect(0, 0, 3_000, 2_000))}.get)
    assert [p.describe() for p in plan.problems] == [
        "row 3: Stand 'S5': row 2 puts a stand there already"]


def test_a_row_repeating_a_stand_on_the_full_booth_is_told_once() -> None:
    from boothmanager.domain import Stand

    existing = [Stand(id=1, organisation="A", project="a")]
    plan = plan_import(sheet(("A", "a", "S1", None)), existing=existing, booth_of=BOOTHS.get)
    assert [p.kind for p in plan.problems] == [K.DUPLICATE_EXISTING]


def test_parts_of_the_front_are_read_in_metres() -> None:
    plan = plan_import(sheet(("A", "a", "T3", "1,25"), ("B", "b", "T3", 1.75)),
                       booth_of=BOOTHS.get)
    assert plan.problems == ()
    assert [r.frontage_mm for r in plan.rows] == [1_250, 1_750]
    plan = plan_import(sheet(("A", "a", "T3", "1"), ("B", "b", "T3", None)), booth_of=BOOTHS.get)
    assert plan.problems == () and [r.frontage_mm for r in plan.rows] == [1_000, None]


def test_parts_that_do_not_fit_the_front_are_problems_of_their_rows() -> None:
    plan = plan_import(sheet(("A", "a", "T3", "1"), ("B", "b", "T3", "1,5")), booth_of=BOOTHS.get)
    assert [p.describe() for p in plan.problems] == [
        "row 2: Frontanteil '1': the parts on booth T3 add up to 2.5 m, its front is 3 m",
        "row 3: Frontanteil '1,5': the parts on booth T3 add up to 2.5 m, its front is 3 m"]
    assert plan.rows == ()
    plan = plan_import(sheet(("A", "a", "T3", "2,95"), ("B", "b", "T3", None)),
                       booth_of=BOOTHS.get)
    assert [p.describe() for p in plan.problems] == [
        "row 2: Frontanteil '2,95': the parts on booth T3 add up to 2.95 m of its 3 m front, "
        "too little is left for 1 more stand (at least 0.1 m each)"]
    assert [r.row for r in plan.rows] == [3]


def test_parts_count_with_the_parts_of_the_stands_on_the_booth() -> None:
    booths = {**BOOTHS, "H2": Booth("H2", "EG", Rect(0, 0, 3_000, 2_000), open_sides=SOUTH,
                                    shares=(Share(1, 1_000), Share(2, 1_000)), capacity=3)}
    assert plan_import(sheet(("A", "a", "H2", "1")), booth_of=booths.get).problems == ()
    (problem,) = plan_import(sheet(("A", "a", "H2", "2")), booth_of=booths.get).problems
    assert problem.kind is K.FRONTAGE_SUM and problem.sizes == (4_000, 3_000)


def test_a_part_without_a_booth_or_too_small_is_a_problem() -> None:
    plan = plan_import(sheet(("A", "a", None, "1,5"), ("B", "b", "T3", "0,05"),
                             ("C", "c", "T3", "x")), booth_of=BOOTHS.get)
    assert [p.describe() for p in plan.problems] == [
        "row 2: Frontanteil '1,5': a part of the front needs a booth in the same row",
        "row 3: Frontanteil '0,05': at least 0.1 m and at most 100 m",
        "row 4: Frontanteil 'x': not a number"]
