"""Background placement and two-point calibration, in plain mm arithmetic."""

from __future__ import annotations

import pytest

from boothmanager.domain import InvalidValue, Point, Rect
from boothmanager.domain.background import Background, BackgroundKind


def image(**placement: object) -> Background:
    return Background(level="EG", kind=BackgroundKind.IMAGE, source="plan.png", data=b"x",
                      width=1_000, height=500, **placement)  # type: ignore[arg-type]


def test_a_background_lies_below_its_top_left_corner() -> None:
    background = image(x=2_000, y=20_000, scale=20.0)
    assert background.bounds == Rect(2_000, 10_000, 20_000, 10_000)
    assert background.to_plan(0, 0) == Point(2_000, 20_000)
    assert background.to_plan(1_000, 500) == Point(22_000, 10_000)


def test_fitted_over_the_level_width() -> None:
    fitted = image().fitted_to(Rect(0, 0, 40_000, 18_000))
    assert (fitted.x, fitted.y, fitted.scale) == (0, 18_000, 40.0)


def test_two_point_calibration_scales_about_the_first_point() -> None:
    background = image(x=0, y=20_000, scale=10.0)
    a, b = background.to_plan(100, 100), background.to_plan(400, 500)  # 300 × 400 px: 500 px
    calibrated = background.calibrated(a, b, 12_400)  # "these two points are 12.40 m apart"
    assert calibrated.to_plan(100, 100) == a  # the first point stays where it was clicked
    far = calibrated.to_plan(400, 500)
    assert round(((far.x - a.x) ** 2 + (far.y - a.y) ** 2) ** 0.5) == 12_400
    assert calibrated.scale == pytest.approx(12_400 / 500)


def test_calibration_refuses_points_on_top_of_each_other() -> None:
    background = image(scale=10.0)
    with pytest.raises(InvalidValue, match="too close"):
        background.calibrated(Point(100, 100), Point(103, 104), 5_000)
    with pytest.raises(InvalidValue):
        background.calibrated(Point(0, 0), Point(5_000, 0), 0)


@pytest.mark.parametrize("field", [{"scale": 0.0}, {"scale": float("nan")}, {"opacity": 101}])
def test_unusable_placements_are_refused(field: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        image(**field)


def test_the_bytes_stay_out_of_messages() -> None:
    assert "bytes" in repr(image()) and "b'" not in repr(image())
