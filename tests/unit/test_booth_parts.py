"""L- and U-shaped booths in the core: outline, area, open sides, problems and shaping (no Qt)."""

from __future__ import annotations

import pytest

from boothmanager.domain import (
    placed,
    Booth,
    BoothType,
    InvalidValue,
    Level,
    Point,
    Rect,
    Side,
    booth_type,
)
from boothmanager.domain.geometry import NotOneOutline, shared_side, union_outline
from boothmanager.domain.problems import PlanProblem, ProblemKind, booths_overlap, plan_problems
from boothmanager.domain.shaping import (
    MergeProblem,
    MergeRefused,
    aligned,
    copies,
    extended,
    extension,
    merged,
    resized,
    rotated,
    split,
    split_into_pieces,
)
from boothmanager.domain.sides import detect_open_sides, footprint, open_sides_for, outline
from boothmanager.domain.snapshot_document import booth_data, read_booth
from boothmanager.domain.venue import Obstacle, ObstacleKind

HALL = Level(name="EG", outline=(Point(0, 0), Point(30_000, 0), Point(30_000, 20_000),
                                 Point(0, 20_000)))


def booth(number: str, x: int, y: int, w: int = 3_000, d: int = 2_000, *,
          parts: tuple[Rect, ...] = (), rotation: int = 0, stand_id: int | None = None) -> Booth:
    return Booth(number=number, level="EG", rect=Rect(x, y, w, d), parts=parts,
                 rotation=rotation, shares=() if stand_id is None else placed(stand_id))


# An L: 3 × 2 m main rectangle, a 1 × 2 m part on top of its west end (relative to its corner).
L_PART = Rect(0, 2_000, 1_000, 2_000)
# A U: the same with a second part on top of its east end.
U_PARTS = (L_PART, Rect(2_000, 2_000, 1_000, 2_000))


def test_the_outline_of_an_l_and_a_u_runs_counter_clockwise() -> None:
    l_booth = booth("L", 10_000, 5_000, parts=(L_PART,))
    assert l_booth.outline() == (
        Point(10_000, 5_000), Point(13_000, 5_000), Point(13_000, 7_000), Point(11_000, 7_000),
        Point(11_000, 9_000), Point(10_000, 9_000))
    assert l_booth.pieces == (Rect(10_000, 5_000, 3_000, 2_000), Rect(10_000, 7_000, 1_000, 2_000))
    u_booth = booth("U", 0, 0, parts=U_PARTS)
    assert len(u_booth.outline()) == 8
    assert booth("R", 0, 0).outline() == Rect(0, 0, 3_000, 2_000).corners()


def test_area_counts_every_rectangle_once() -> None:
    assert booth("L", 0, 0, parts=(L_PART,)).area_mm2 == 6_000_000 + 2_000_000
    assert booth("U", 0, 0, parts=U_PARTS).area_mm2 == 10_000_000
    assert booth("R", 0, 0).area_mm2 == booth("R", 0, 0).rect.area_mm2


@pytest.mark.parametrize(("parts", "reason"), [
    ((Rect(1_000, 1_000, 1_000, 2_000),), "overlap"),  # reaches into the main rectangle
    ((Rect(0, 2_500, 1_000, 2_000),), "does not share a side"),  # half a metre away
    ((Rect(3_000, 2_000, 1_000, 1_000),), "does not share a side"),  # corner to corner
    ((Rect(0, 2_000, 1_000, 2_000),) * 2, "overlap"),
])
def test_parts_that_do_not_make_one_booth_are_refused(parts: tuple[Rect, ...], reason: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        booth("B7", 0, 0, parts=parts)
    assert "booth B7" in str(caught.value) and reason in str(caught.value)


def test_a_ring_around_a_hole_is_refused() -> None:
    ring = (Rect(0, 2_000, 1_000, 2_000), Rect(2_000, 2_000, 1_000, 2_000),
            Rect(0, 4_000, 3_000, 1_000))
    with pytest.raises(InvalidValue, match="hole"):
        booth("O", 0, 0, parts=ring)
    with pytest.raises(NotOneOutline):
        union_outline([Rect(0, 0, 10, 10), Rect(10, 10, 10, 10)])  # only a corner in common
    assert shared_side(Rect(0, 0, 10, 10), Rect(10, 5, 10, 10)) == 5


def test_an_l_in_the_open_is_an_island_and_its_footprint_is_the_whole_l() -> None:
    l_booth = booth("L", 10_000, 5_000, parts=(L_PART,))
    assert detect_open_sides(l_booth, (), HALL) == set(Side)
    assert footprint(l_booth) == Rect(10_000, 5_000, 3_000, 4_000)


def test_an_l_in_the_hall_corner_is_a_corner_booth() -> None:
    # Against the south and west walls; north and east (both in two steps) stay open.
    l_booth = booth("L", 0, 0, parts=(L_PART,))
    sides = detect_open_sides(l_booth, (), HALL)
    assert sides == {Side.NORTH, Side.EAST}
    assert booth_type(sides) is BoothType.CORNER


def test_a_neighbour_closes_the_east_side_of_an_l_only_over_more_than_half_its_length() -> None:
    # The L's east side: 2 m of the main rectangle (x = 13 m) and 2 m of the part (x = 11 m).
    l_booth = booth("L", 10_000, 5_000, parts=(L_PART,))
    beside_main = booth("N", 13_000, 5_000, w=2_000, d=2_000)
    assert Side.EAST in detect_open_sides(l_booth, [beside_main], HALL)  # 2 of 4 m: open
    in_the_notch = booth("M", 11_000, 7_000, w=2_000, d=2_000)
    sides = detect_open_sides(l_booth, [beside_main, in_the_notch], HALL)
    assert Side.EAST not in sides  # 4 of 4 m
    # Facing north: 2 m of the main rectangle (under the notch neighbour) and the part's 1 m top.
    assert Side.NORTH not in sides and Side.NORTH in detect_open_sides(l_booth, [beside_main],
                                                                       HALL)
    assert booth_type(sides) is BoothType.CORNER  # south and west open


def test_a_booth_beside_an_l_sees_the_l_where_it_is_not_only_its_bounding_box() -> None:
    l_booth = booth("L", 10_000, 5_000, parts=(L_PART,))
    # East of the part, in the notch's row but 1 m further east: against nothing.
    beyond_notch = booth("X", 13_000, 7_000, w=2_000, d=2_000)
    assert Side.WEST in detect_open_sides(beyond_notch, [l_booth], HALL)
    # A booth in the notch touches the part with its west side and the main one with its south.
    in_the_notch = booth("M", 11_000, 7_000, w=2_000, d=2_000)
    sides = open_sides_for([l_booth, in_the_notch], HALL)["M"]
    assert Side.WEST not in sides and Side.SOUTH not in sides


def test_overlap_and_containment_follow_the_l_not_its_box() -> None:
    l_booth = booth("L", 10_000, 5_000, parts=(L_PART,))
    in_the_notch = booth("M", 11_000, 7_000, w=2_000, d=2_000)
    on_the_part = booth("P", 10_200, 8_000, w=600, d=1_000)
    assert not booths_overlap(l_booth, in_the_notch)
    assert booths_overlap(l_booth, on_the_part)
    problems = plan_problems(HALL, [l_booth, in_the_notch, on_the_part])
    assert problems == [PlanProblem(ProblemKind.OVERLAP, "L", "P")]
    sticking_out = booth("S", 27_000, 17_000, parts=(Rect(0, 2_000, 1_000, 2_000),))
    assert plan_problems(HALL, [sticking_out]) == [PlanProblem(ProblemKind.OUTSIDE, "S")]
    column = Level(name="EG", outline=HALL.outline, obstacles=(
        Obstacle(kind=ObstacleKind.COLUMN, rect=Rect(10_200, 8_200, 600, 600), label="Säule"),))
    assert plan_problems(column, [l_booth]) == [
        PlanProblem(ProblemKind.ON_OBSTACLE, "L", "Säule")]
    assert plan_problems(column, [in_the_notch]) == []


def test_a_turned_l_keeps_its_parts_and_its_overlaps_turn_with_it() -> None:
    l_booth = booth("L", 10_000, 5_000, parts=(L_PART,))
    turned = rotated(l_booth, 180)
    assert turned.parts == l_booth.parts and turned.rotation == 180
    # Turned about the main rectangle's centre (11.5, 6): the part now hangs below it.
    assert footprint(turned) == Rect(10_000, 3_000, 3_000, 4_000)
    below = booth("B", 12_000, 3_000, w=1_000, d=2_000)
    assert booths_overlap(turned, below) and not booths_overlap(l_booth, below)
    half = rotated(l_booth, 45)
    assert len(outline(half)) == 6


def test_two_booths_sharing_part_of_a_side_merge_into_an_l() -> None:
    a = booth("A1", 0, 0, stand_id=4)
    b = booth("A2", 3_000, 0, w=2_000, d=3_000)
    joined = merged(a, b)
    assert joined.number == "A1" and joined.stand_id == 4
    assert joined.rect == a.rect
    assert joined.pieces == (Rect(0, 0, 3_000, 2_000), Rect(3_000, 0, 2_000, 3_000))
    assert joined.area_mm2 == a.area_mm2 + b.area_mm2
    u = merged(joined, booth("A3", -2_000, 0, w=2_000, d=3_000))
    assert len(u.parts) == 2 and len(u.outline()) == 8
    # A whole side still gives one rectangle.
    assert merged(a, booth("A4", 3_000, 0)).pieces == (Rect(0, 0, 6_000, 2_000),)


def test_a_turned_pair_sharing_part_of_a_side_merges_into_a_turned_l() -> None:
    a = booth("A1", 0, 0, rotation=90)
    # In a's frame b sits east of it (x 3..5, y 0..3); a's centre is (1.5, 1).
    b = Booth(number="A2", level="EG", rect=Rect(0, 2_000, 2_000, 3_000), rotation=90)
    joined = merged(a, b)
    assert joined.rotation == 90 and len(joined.parts) == 1
    assert joined.area_mm2 == 12_000_000
    assert footprint(joined) == Rect(-500, -500, 3_000, 5_000)


def test_merging_an_overlapping_or_apart_booth_is_still_refused() -> None:
    a = booth("A1", 0, 0)
    for b in (booth("A2", 2_000, 1_000), booth("A2", 3_000, 2_000), booth("A2", 3_000, 0,
                                                                          rotation=30)):
        with pytest.raises(MergeRefused) as caught:
            merged(a, b)
        assert caught.value.problem is MergeProblem.NOT_ADJACENT


def test_an_l_splits_back_into_rectangles_and_only_the_first_keeps_the_stand() -> None:
    l_booth = booth("A1", 10_000, 5_000, parts=(L_PART,), stand_id=9)
    first, second = split_into_pieces(l_booth, ["A2"])
    assert first == booth("A1", 10_000, 5_000, stand_id=9)
    assert second == booth("A2", 10_000, 7_000, w=1_000, d=2_000)
    pieces = split_into_pieces(booth("U1", 0, 0, parts=U_PARTS), ["U2", "U3"])
    assert [p.rect for p in pieces] == [Rect(0, 0, 3_000, 2_000), Rect(0, 2_000, 1_000, 2_000),
                                        Rect(2_000, 2_000, 1_000, 2_000)]
    assert sum(p.area_mm2 for p in pieces) == 10_000_000
    with pytest.raises(InvalidValue, match="splits into its rectangles"):
        split(l_booth, along="width", at_mm=1_000, new_number="A2")


def test_a_turned_l_splits_into_turned_rectangles_where_its_pieces_were() -> None:
    l_booth = booth("A1", 10_000, 5_000, parts=(L_PART,), rotation=180)
    first, second = split_into_pieces(l_booth, ["A2"])
    assert first.rect == l_booth.rect and first.rotation == 180
    # The part hung below the main rectangle, at x 12..13 m, y 3..5 m.
    assert footprint(second) == Rect(12_000, 3_000, 1_000, 2_000)


def test_extending_makes_an_l_then_a_u_and_the_drag_gives_the_part() -> None:
    start = booth("A1", 0, 0)
    part = extension(start, Point(200, 1_500), Point(1_000, 4_000))
    assert part == Rect(200, 2_000, 800, 2_000)
    l_booth = extended(start, part)
    assert l_booth.parts == (Rect(200, 2_000, 800, 2_000),)
    u_booth = extended(l_booth, Rect(2_000, 2_000, 1_000, 2_000))
    assert len(u_booth.parts) == 2
    with pytest.raises(InvalidValue, match="at least 500 mm"):
        extended(start, Rect(3_000, 0, 300, 2_000))
    with pytest.raises(InvalidValue, match="share a side"):
        extended(start, Rect(4_000, 0, 1_000, 2_000))
    # Leaving across a corner, or not leaving at all, says nothing.
    assert extension(start, Point(200, 200), Point(4_000, 4_000)) is None
    assert extension(start, Point(200, 200), Point(1_000, 1_000)) is None
    assert extension(start, Point(5_000, 200), Point(6_000, 1_000)) is None


def test_extending_across_a_whole_side_keeps_a_rectangle() -> None:
    grown = extended(booth("A1", 0, 0), Rect(3_000, 0, 1_000, 2_000))
    assert grown.parts == () and grown.rect == Rect(0, 0, 4_000, 2_000)


def test_resizing_the_main_rectangle_keeps_the_parts_where_they_are() -> None:
    l_booth = booth("A1", 0, 0, parts=(L_PART,))
    wider = resized(l_booth, Rect(0, 0, 4_000, 2_000))
    assert wider.pieces[1] == Rect(0, 2_000, 1_000, 2_000)
    moved_west = resized(l_booth, Rect(-1_000, 0, 4_000, 2_000))
    assert moved_west.pieces[1] == Rect(0, 2_000, 1_000, 2_000)
    with pytest.raises(InvalidValue, match="share a side"):
        resized(l_booth, Rect(0, 0, 3_000, 1_000))  # the part would float


def test_copies_and_alignment_keep_the_parts() -> None:
    l_booth = booth("A1", 0, 0, parts=(L_PART,))
    (copy,) = copies([l_booth], dx=5_000, dy=0, taken={"A1"})
    assert copy.parts == l_booth.parts and copy.rect.x == 5_000
    other = booth("A2", 10_000, 3_000)
    top = aligned([l_booth, other], "top")
    assert [footprint(b).top for b in top] == [5_000, 5_000]
    assert top[0].parts == l_booth.parts


def test_snapshots_carry_parts_only_when_there_are_some() -> None:
    plain = booth("A1", 0, 0)
    assert "parts" not in booth_data(plain)
    l_booth = booth("A1", 0, 0, parts=(L_PART,))
    data = booth_data(l_booth)
    assert data["parts"] == [{"x_mm": 0, "y_mm": 2_000, "width_mm": 1_000, "depth_mm": 2_000}]
    assert read_booth(data) == l_booth
    assert read_booth(booth_data(plain)) == plain


def test_side_lengths_add_up_the_edges_facing_each_way_and_turn_with_the_booth() -> None:
    from boothmanager.domain.sides import side_lengths

    l_booth = booth("L", 0, 0, parts=(L_PART,))
    assert side_lengths(l_booth) == {Side.SOUTH: 3_000, Side.EAST: 4_000, Side.NORTH: 3_000,
                                     Side.WEST: 4_000}
    assert side_lengths(booth("R", 0, 0)) == {Side.SOUTH: 3_000, Side.EAST: 2_000,
                                              Side.NORTH: 3_000, Side.WEST: 2_000}
    turned = side_lengths(booth("R", 0, 0, rotation=90))
    assert (turned[Side.EAST], turned[Side.NORTH]) == (3_000, 2_000)
