"""Open sides and booth types from neighbours and walls; numbering; blocks; plan problems."""

from __future__ import annotations

import pytest

from boothmanager.domain import Booth, BoothType, InvalidValue, Level, Point, Rect, Side, booth_type
from boothmanager.domain.blocks import BlockSpec, generate_block
from boothmanager.domain.numbering import NumberingScheme, parse_skip, row_letter
from boothmanager.domain.problems import PlanProblem, ProblemKind, plan_problems
from boothmanager.domain.sides import detect_open_sides
from boothmanager.domain.venue import KeepClearZone, Obstacle, ObstacleKind

HALL = Level(name="EG", outline=(Point(0, 0), Point(30_000, 0), Point(30_000, 20_000),
                                 Point(0, 20_000)))


def booth(number: str, x: int, y: int, w: int = 3_000, d: int = 3_000, rotation: int = 0) -> Booth:
    return Booth(number=number, level="EG", rect=Rect(x, y, w, d), rotation=rotation)


def kind(target: Booth, *others: Booth, level: Level = HALL) -> BoothType:
    return booth_type(detect_open_sides(target, others, level))


def test_island_in_the_middle_of_the_hall() -> None:
    assert kind(booth("1", 10_000, 10_000)) is BoothType.ISLAND


def test_inline_booth_in_a_row_against_the_wall() -> None:
    middle = booth("2", 3_000, 0)
    row = (booth("1", 0, 0), booth("3", 6_000, 0))
    assert detect_open_sides(middle, row, HALL) == frozenset({Side.NORTH})
    assert kind(middle, *row) is BoothType.INLINE


def test_corner_booth_at_the_end_of_a_row() -> None:
    end = booth("3", 6_000, 0)
    assert detect_open_sides(end, (booth("2", 3_000, 0),), HALL) == {Side.NORTH, Side.EAST}
    assert kind(end, booth("2", 3_000, 0)) is BoothType.CORNER


def test_peninsula_at_the_head_of_a_back_to_back_block() -> None:
    head = booth("1", 10_000, 10_000)
    behind = booth("2", 10_000, 13_000)
    assert kind(head, behind) is BoothType.PENINSULA


def test_small_gaps_count_as_closed_and_half_covered_sides_stay_open() -> None:
    target = booth("1", 10_000, 10_000)
    assert kind(target, booth("2", 13_050, 10_000)) is BoothType.PENINSULA
    assert kind(target, booth("2", 13_000, 11_600, d=1_400)) is BoothType.ISLAND


def test_a_wall_or_obstacle_closes_a_side_and_moving_the_neighbour_opens_it() -> None:
    pillar = Level(name="EG", outline=HALL.outline,
                   obstacles=(Obstacle(kind=ObstacleKind.STAIRS, rect=Rect(13_000, 10_000, 4_000, 3_000)),))
    assert kind(booth("1", 10_000, 10_000), level=pillar) is BoothType.PENINSULA
    assert kind(booth("1", 0, 10_000)) is BoothType.PENINSULA
    assert kind(booth("1", 0, 0)) is BoothType.CORNER
    moved = booth("2", 20_000, 0)
    assert kind(booth("1", 3_000, 0), moved) is BoothType.PENINSULA


def test_a_quarter_turn_swaps_width_and_depth() -> None:
    wide = booth("1", 0, 0, w=4_000, d=2_000, rotation=90)
    sides = detect_open_sides(wide, (), HALL)
    assert Side.SOUTH in sides  # turned, it no longer reaches the south wall


def test_numbering_with_rows_start_and_skips() -> None:
    scheme = NumberingScheme(prefix="H", row_letters=True, start=1, skip=frozenset({3}))
    assert scheme.numbers(2, 3) == [["HA1", "HA2", "HA4"], ["HB1", "HB2", "HB4"]]
    running = NumberingScheme(start=12, skip=parse_skip("13, 17-18"))
    assert running.numbers(2, 3) == [["12", "14", "15"], ["16", "19", "20"]]
    assert [row_letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]


@pytest.mark.parametrize("text", ["x", "5-2", "1-999999"])
def test_bad_skip_lists_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_skip(text)


def test_a_3_by_4_block_has_aisles_and_clean_numbers() -> None:
    spec = BlockSpec(origin=Point(2_000, 3_000), rows=3, per_row=4, width=3_000, depth=2_000,
                     aisle=3_000, level="EG", numbering=NumberingScheme(row_letters=True))
    booths = generate_block(spec)
    assert [b.number for b in booths] == [f"{r}{n}" for r in "ABC" for n in range(1, 5)]
    assert booths[4].rect == Rect(2_000, 8_000, 3_000, 2_000)  # B1: one depth and one aisle up
    assert spec.bounds == Rect(2_000, 3_000, 12_000, 12_000)
    assert plan_problems(HALL, booths) == []
    with pytest.raises(InvalidValue):
        BlockSpec(origin=Point(0, 0), rows=0, per_row=4, width=1, depth=1, aisle=0, level="EG")


def test_plan_problems_overlap_outside_obstacle_and_keep_clear() -> None:
    level = Level(name="EG", outline=HALL.outline,
                  obstacles=(Obstacle(kind=ObstacleKind.COLUMN, rect=Rect(20_000, 10_000, 600, 600),
                                      label="Säule"),),
                  zones=(KeepClearZone(rect=Rect(0, 0, 5_000, 5_000), reason="Notausgang"),))
    problems = plan_problems(level, [
        booth("1", 10_000, 10_000), booth("2", 11_000, 10_000),   # overlap
        booth("3", 28_000, 18_000),                              # sticks out
        booth("4", 19_000, 9_000),                               # on the column
        booth("5", 1_000, 1_000),                                # in front of the exit
        booth("6", 6_000, 10_000),                               # fine
    ])
    assert set(problems) == {
        PlanProblem(ProblemKind.OVERLAP, "1", "2"),
        PlanProblem(ProblemKind.OUTSIDE, "3"),
        PlanProblem(ProblemKind.ON_OBSTACLE, "4", "Säule"),
        PlanProblem(ProblemKind.IN_KEEP_CLEAR, "5", "Notausgang"),
    }


def test_touching_booths_do_not_overlap() -> None:
    assert plan_problems(HALL, [booth("1", 0, 0), booth("2", 3_000, 0)]) == []


def test_a_booth_open_front_and_back_is_a_through_booth_not_a_corner() -> None:
    middle = booth("2", 10_000, 10_000)
    row = (booth("1", 7_000, 10_000), booth("3", 13_000, 10_000))
    assert kind(middle, *row) is BoothType.THROUGH


def test_problems_of_some_booths_only() -> None:
    booths = [booth("1", 0, 0), booth("2", 1_000, 0), booth("3", 20_000, 0), booth("4", 20_500, 0)]
    assert plan_problems(HALL, booths, only=frozenset({"2"})) == [
        PlanProblem(ProblemKind.OVERLAP, "1", "2")]
    assert len(plan_problems(HALL, booths)) == 2
