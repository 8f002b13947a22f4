"""A booth on a non-exhibit area (stage, registration, café, seating) is a plan problem."""

from __future__ import annotations

from boothmanager.domain import Area, AreaKind, Booth, Level, Point, Rect
from boothmanager.domain.problems import PlanProblem, ProblemKind, plan_problems

HALL = Level(name="EG", outline=(Point(0, 0), Point(30_000, 0), Point(30_000, 20_000),
                                 Point(0, 20_000)),
             areas=(Area(kind=AreaKind.STAGE, rect=Rect(10_000, 15_000, 8_000, 4_000)),
                    Area(kind=AreaKind.CAFE, rect=Rect(1_000, 1_000, 4_000, 3_000),
                         label="Café Händel")))


def test_booths_on_areas_are_named_with_the_area() -> None:
    on_stage = Booth(number="S1", level="EG", rect=Rect(12_000, 16_000, 3_000, 2_000))
    in_cafe = Booth(number="S2", level="EG", rect=Rect(4_000, 3_000, 3_000, 2_000))
    beside = Booth(number="S3", level="EG", rect=Rect(20_000, 5_000, 3_000, 2_000))
    assert plan_problems(HALL, [on_stage, in_cafe, beside]) == [
        PlanProblem(ProblemKind.IN_AREA, "S1", "stage"),
        PlanProblem(ProblemKind.IN_AREA, "S2", "Café Händel")]


def test_touching_an_area_is_no_problem() -> None:
    edge = Booth(number="S4", level="EG", rect=Rect(7_000, 15_000, 3_000, 2_000))
    assert plan_problems(HALL, [edge]) == []
