"""Convex shapes of turned booths: corners, separating axes, containment in concave outlines."""

from __future__ import annotations

import math

import pytest

from boothmanager.domain import Rect
from boothmanager.domain.polygon import (
    convex_inside,
    convex_overlap,
    point_in_polygon,
    rect_polygon,
    rotated_rect,
    strip_cover,
    union_length,
)

# A U-shaped hall: two arms 10 m wide with a 10 × 10 m notch between them, open to the north.
U_HALL = ((0.0, 0.0), (30_000.0, 0.0), (30_000.0, 20_000.0), (20_000.0, 20_000.0),
          (20_000.0, 10_000.0), (10_000.0, 10_000.0), (10_000.0, 20_000.0), (0.0, 20_000.0))


def test_a_quarter_turn_is_exact_and_keeps_the_centre() -> None:
    corners = rotated_rect(Rect(0, 0, 4_000, 2_000), 90)
    # Counter-clockwise about (2000, 1000): the south-west corner goes to the south-east.
    assert corners == ((3_000.0, -1_000.0), (3_000.0, 3_000.0), (1_000.0, 3_000.0),
                       (1_000.0, -1_000.0))


def test_a_45_degree_turn_puts_corners_on_the_axes_of_a_square() -> None:
    corners = rotated_rect(Rect(0, 0, 2_000, 2_000), 45)
    half_diagonal = math.sqrt(2) * 1_000
    assert corners[0] == pytest.approx((1_000, 1_000 - half_diagonal))
    assert corners[2] == pytest.approx((1_000, 1_000 + half_diagonal))


def test_separating_axes_see_a_gap_the_boxes_do_not() -> None:
    square = rect_polygon(Rect(10_000, 10_000, 3_000, 3_000))
    near_diamond = rotated_rect(Rect(13_000, 13_000, 3_000, 3_000), 45)  # boxes overlap
    closer_diamond = rotated_rect(Rect(12_000, 12_000, 3_000, 3_000), 45)
    assert not convex_overlap(square, near_diamond)
    assert convex_overlap(square, closer_diamond)


def test_touching_is_not_overlapping_and_slack_forgives_rounding() -> None:
    left = rect_polygon(Rect(0, 0, 3_000, 3_000))
    assert not convex_overlap(left, rect_polygon(Rect(3_000, 0, 3_000, 3_000)))
    assert convex_overlap(left, rect_polygon(Rect(2_999, 0, 3_000, 3_000)))
    assert not convex_overlap(left, rect_polygon(Rect(2_999, 0, 3_000, 3_000)), slack=1.0)


def test_points_on_the_outline_count_as_inside() -> None:
    assert point_in_polygon((0.0, 5_000.0), U_HALL)
    assert point_in_polygon((15_000.0, 10_000.0), U_HALL)
    assert not point_in_polygon((15_000.0, 15_000.0), U_HALL)  # in the notch


def test_a_booth_bridging_the_notch_is_outside_though_its_corners_are_inside() -> None:
    bridge = rect_polygon(Rect(5_000, 12_000, 20_000, 6_000))
    assert all(point_in_polygon(corner, U_HALL) for corner in bridge)
    assert not convex_inside(bridge, U_HALL)
    assert convex_inside(rect_polygon(Rect(0, 10_000, 10_000, 10_000)), U_HALL)  # a whole arm
    assert convex_inside(rect_polygon(Rect(5_000, 2_000, 20_000, 8_000)), U_HALL)


def test_a_turned_booth_whose_corner_crosses_a_wall_is_outside() -> None:
    hall = rect_polygon(Rect(0, 0, 10_000, 10_000))
    assert convex_inside(rotated_rect(Rect(0, 0, 3_000, 3_000), 0), hall)
    assert not convex_inside(rotated_rect(Rect(0, 0, 3_000, 3_000), 45), hall)
    assert convex_inside(rotated_rect(Rect(4_000, 4_000, 2_000, 2_000), 30), hall)


def test_strip_cover_measures_what_lies_just_outside_an_edge() -> None:
    # The edge runs east along y = 0; outside (the right-hand side) is south, y < 0.
    start, end = (0.0, 0.0), (3_000.0, 0.0)
    neighbour = rect_polygon(Rect(1_000, -3_000, 3_000, 3_000))
    assert strip_cover(start, end, neighbour, near=0.5, far=100) == (1_000, 3_000)
    far_away = rect_polygon(Rect(0, -3_200, 3_000, 3_000))  # a gap of 200 mm
    assert strip_cover(start, end, far_away, near=0.5, far=100) is None
    inside = rect_polygon(Rect(0, 0, 3_000, 3_000))  # on the inner side only
    assert strip_cover(start, end, inside, near=0.5, far=100) is None
    wall = ((-500.0, 50.0), (2_000.0, 50.0))
    assert strip_cover(start, end, wall, near=-100, far=100) == (0, 2_000)


def test_union_length_counts_overlapping_cover_once() -> None:
    assert union_length([(0, 1_000), (500, 1_500), (2_000, 2_500)]) == 2_000
    assert union_length([]) == 0
