"""Integer-millimetre geometry: metre parsing, rectangles, overlap and containment."""

from __future__ import annotations

import pytest

from boothmanager.domain import InvalidValue, Point, Rect, mm
from boothmanager.domain.geometry import metres


@pytest.mark.parametrize(("metres_in", "expected"), [
    (0, 0), (1, 1000), (2.4, 2400), ("26.4", 26400), (0.1 + 0.2, 300),
    ("1.2345", 1235), ("1.2344", 1234), ("0.0005", 1), ("-0.0005", -1), (" 2 ", 2000),
])
def test_mm_rounds_half_away_from_zero(metres_in: float | str, expected: int) -> None:
    assert mm(metres_in) == expected


@pytest.mark.parametrize("bad", ["", "abc", "2,5", float("nan"), float("inf"), "-inf"])
def test_mm_refuses_what_is_not_a_length(bad: float | str) -> None:
    with pytest.raises(InvalidValue) as caught:
        mm(bad)
    assert caught.value.field == "length"
    assert isinstance(caught.value, ValueError)


def test_metres_for_display() -> None:
    assert metres(2400) == "2.40"


def test_rect_from_metres_and_edges() -> None:
    rect = Rect.from_metres(34, 3, 2, 3)
    assert rect == Rect(34_000, 3_000, 2_000, 3_000)
    assert (rect.right, rect.top, rect.area_mm2) == (36_000, 6_000, 6_000_000)
    assert rect.corners() == (Point(34_000, 3_000), Point(36_000, 3_000),
                              Point(36_000, 6_000), Point(34_000, 6_000))
    assert rect.moved_to(0, 0) == Rect(0, 0, 2_000, 3_000)


@pytest.mark.parametrize(("width", "depth"), [(0, 1), (1, 0), (-1, 5), (5, -1)])
def test_rect_needs_positive_size(width: int, depth: int) -> None:
    with pytest.raises(InvalidValue) as caught:
        Rect(0, 0, width, depth)
    assert caught.value.field == "size"


A = Rect(0, 0, 10, 10)


@pytest.mark.parametrize(("other", "overlaps"), [
    (Rect(5, 5, 10, 10), True),      # corners overlap
    (Rect(2, 2, 2, 2), True),        # inside
    (Rect(-5, -5, 20, 20), True),    # around
    (Rect(10, 0, 5, 10), False),     # touches the east edge
    (Rect(0, 10, 10, 5), False),     # touches the north edge
    (Rect(10, 10, 1, 1), False),     # touches a corner
    (Rect(20, 20, 1, 1), False),     # apart
])
def test_overlaps_is_symmetric_and_ignores_touching(other: Rect, overlaps: bool) -> None:
    assert A.overlaps(other) is overlaps
    assert other.overlaps(A) is overlaps


def test_contains_includes_the_edges() -> None:
    assert A.contains(A)
    assert A.contains(Rect(0, 0, 10, 5))
    assert A.contains(Rect(2, 2, 1, 1))
    assert not A.contains(Rect(5, 5, 10, 10))
    assert not Rect(2, 2, 1, 1).contains(A)
    assert not A.contains(Rect(-1, 0, 5, 5))
