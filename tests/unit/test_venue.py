"""The venue: exits along their wall, level bounds, lookup by name."""

from __future__ import annotations

import pytest

from boothmanager.domain import Exit, ExitKind, Level, Point, Rect, Venue


@pytest.mark.parametrize(("angle", "end"), [
    (0, Point(1_500, 1_000)), (90, Point(1_000, 1_500)), (180, Point(500, 1_000)),
    (270, Point(1_000, 500)), (-90, Point(1_000, 500)), (360, Point(1_500, 1_000)),
])
def test_exit_runs_along_its_wall(angle: int, end: Point) -> None:
    exit_ = Exit(name="E1", kind=ExitKind.EMERGENCY_EXIT, start=Point(1_000, 1_000), width=500,
                 angle=angle)
    assert exit_.end == end


def test_level_bounds_and_venue_lookup() -> None:
    wedge = Level(name="EG", outline=(Point(0, 0), Point(36_000, 0), Point(30_000, 18_000),
                                      Point(0, 18_000)))
    venue = Venue(name="Händel-Halle", levels=(wedge,))
    assert venue.level("EG").bounds() == Rect(0, 0, 36_000, 18_000)
    with pytest.raises(KeyError):
        venue.level("OG")
