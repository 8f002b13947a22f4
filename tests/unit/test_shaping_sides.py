"""Open sides, booth types and plan problems of turned booths (no Qt)."""

from __future__ import annotations

import pytest

from boothmanager.domain import Booth, BoothType, Level, Point, Rect, Side, booth_type
from boothmanager.domain.problems import PlanProblem, ProblemKind, plan_problems
from boothmanager.domain.sides import compass_side, detect_open_sides, footprint, open_sides_for
from boothmanager.domain.venue import Obstacle, ObstacleKind

HALL = Level(name="EG", outline=(Point(0, 0), Point(30_000, 0), Point(30_000, 20_000),
                                 Point(0, 20_000)))


def booth(number: str, x: int, y: int, w: int = 3_000, d: int = 3_000, rotation: int = 0) -> Booth:
    return Booth(number=number, level="EG", rect=Rect(x, y, w, d), rotation=rotation)


def test_sides_are_named_by_the_compass_direction_they_face() -> None:
    assert compass_side(Side.SOUTH, 0) is Side.SOUTH
    assert compass_side(Side.SOUTH, 90) is Side.EAST  # the front that faced south faces east
    assert compass_side(Side.SOUTH, 180) is Side.NORTH
    assert compass_side(Side.WEST, 270) is Side.NORTH
    assert compass_side(Side.SOUTH, 30) is Side.SOUTH
    assert compass_side(Side.SOUTH, 45) is Side.SOUTH  # a tie keeps the lesser quarter turn
    assert compass_side(Side.SOUTH, 60) is Side.EAST
    assert compass_side(Side.SOUTH, 315) is Side.WEST
    assert compass_side(Side.SOUTH, 330) is Side.SOUTH


@pytest.mark.parametrize("rotation", range(0, 360, 15))
def test_names_stay_distinct_and_opposite_at_every_step(rotation: int) -> None:
    names = [compass_side(side, rotation) for side in (Side.SOUTH, Side.EAST, Side.NORTH, Side.WEST)]
    assert len(set(names)) == 4
    assert {names[0], names[2]} in ({Side.NORTH, Side.SOUTH}, {Side.EAST, Side.WEST})
    alone = booth("1", 12_000, 8_000, rotation=rotation)
    assert booth_type(detect_open_sides(alone, (), HALL)) is BoothType.ISLAND


def test_a_quarter_turned_booth_against_the_west_wall_is_a_peninsula() -> None:
    # 3 m wide, 2 m deep, turned 90°: the floor it covers is 2 m along x and 3 m along y.
    turned = booth("1", -500, 10_500, w=3_000, d=2_000, rotation=90)
    assert footprint(turned) == Rect(0, 10_000, 2_000, 3_000)
    assert detect_open_sides(turned, (), HALL) == {Side.NORTH, Side.EAST, Side.SOUTH}
    assert booth_type(detect_open_sides(turned, (), HALL)) is BoothType.PENINSULA


def test_a_booth_turned_45_degrees_in_a_corner_touches_the_walls_only_at_its_corners() -> None:
    # Its south corner and west corner sit on the walls; no side runs along them.
    diamond = Booth(number="1", level="EG", rect=Rect(621, 621, 3_000, 3_000), rotation=45)
    assert detect_open_sides(diamond, (), HALL) == frozenset(Side)


def back_to_back(rotation: int) -> tuple[Booth, Booth]:
    """Two 3 × 3 m booths turned alike, the second behind the first (own north), mm-snapped."""
    first = booth("1", 10_000, 8_000, rotation=rotation)
    from boothmanager.domain.polygon import turn

    cos, sin = turn(rotation)
    second = booth("2", 10_000 + round(-3_000 * sin), 8_000 + round(3_000 * cos),
                   rotation=rotation)
    return first, second


@pytest.mark.parametrize("rotation", [15, 30, 60, 105, 200, 345])
def test_turned_booths_back_to_back_close_the_side_between_them(rotation: int) -> None:
    first, second = back_to_back(rotation)
    front = compass_side(Side.SOUTH, rotation)
    back = compass_side(Side.NORTH, rotation)
    assert detect_open_sides(first, (second,), HALL) == frozenset(Side) - {back}
    assert detect_open_sides(second, (first,), HALL) == frozenset(Side) - {front}
    assert plan_problems(HALL, [first, second]) == []  # the rounding sliver is no overlap
    sides = open_sides_for([first, second], HALL)
    assert sides["1"] == frozenset(Side) - {back}


def test_a_turned_neighbour_that_only_touches_a_corner_leaves_the_side_open() -> None:
    square = booth("1", 10_000, 10_000)
    diamond = Booth(number="2", level="EG", rect=Rect(13_000 + 621, 10_000, 3_000, 3_000),
                    rotation=45)  # its west corner touches the east side's middle
    assert Side.EAST in detect_open_sides(square, (diamond,), HALL)


def test_a_booth_stacked_exactly_on_another_does_not_close_its_sides() -> None:
    assert detect_open_sides(booth("1", 10_000, 10_000), (booth("2", 10_000, 10_000),),
                             HALL) == frozenset(Side)


def test_a_slanted_wall_closes_a_booth_turned_to_run_along_it() -> None:
    # The hall's north-east wall runs at 45°; a booth turned 45° stands with its own east
    # side on it (that side faces north-east, and a tie keeps the unturned name).
    wedge = Level(name="EG", outline=(Point(0, 0), Point(20_000, 0), Point(20_000, 10_000),
                                      Point(10_000, 20_000), Point(0, 20_000)))
    # Centre 1.5 m inside the wall x + y = 30 000 along its normal: (14 939.3, 12 939.3).
    along_wall = Booth(number="1", level="EG", rect=Rect(13_439, 11_439, 3_000, 3_000),
                       rotation=45)
    sides = detect_open_sides(along_wall, (), wedge)
    assert sides == {Side.NORTH, Side.SOUTH, Side.WEST}
    assert booth_type(sides) is BoothType.PENINSULA


def test_turned_booths_overlap_only_where_their_shapes_do() -> None:
    square = booth("1", 10_000, 10_000)
    near = Booth(number="2", level="EG", rect=Rect(13_000, 13_000, 3_000, 3_000), rotation=45)
    closer = Booth(number="3", level="EG", rect=Rect(12_000, 12_000, 3_000, 3_000), rotation=45)
    assert plan_problems(HALL, [square, near]) == []
    assert plan_problems(HALL, [square, closer]) == [PlanProblem(ProblemKind.OVERLAP, "1", "3")]


def test_a_turned_booth_can_stick_out_of_the_hall_or_stand_on_an_obstacle() -> None:
    level = Level(name="EG", outline=HALL.outline, obstacles=(
        Obstacle(kind=ObstacleKind.COLUMN, rect=Rect(20_000, 10_000, 600, 600), label="Säule"),))
    in_corner = booth("1", 0, 0)
    turned_in_corner = booth("2", 0, 0, rotation=30)
    by_column = booth("3", 20_800, 9_000, rotation=45)  # its west corner is in the column
    clear_of_column = booth("4", 17_000, 7_000, rotation=45)  # only its box reaches the column
    problems = plan_problems(level, [in_corner, turned_in_corner, by_column, clear_of_column])
    assert set(problems) == {
        PlanProblem(ProblemKind.OVERLAP, "1", "2"),
        PlanProblem(ProblemKind.OUTSIDE, "2"),
        PlanProblem(ProblemKind.ON_OBSTACLE, "3", "Säule"),
    }


def test_a_booth_in_the_notch_of_a_concave_hall_is_outside() -> None:
    u_hall = Level(name="EG", outline=(Point(0, 0), Point(30_000, 0), Point(30_000, 20_000),
                                       Point(20_000, 20_000), Point(20_000, 10_000),
                                       Point(10_000, 10_000), Point(10_000, 20_000),
                                       Point(0, 20_000)))
    bridge = booth("1", 5_000, 12_000, w=20_000, d=6_000)
    assert plan_problems(u_hall, [bridge]) == [PlanProblem(ProblemKind.OUTSIDE, "1")]
