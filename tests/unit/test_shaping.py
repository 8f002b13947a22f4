"""Shaping booths in the core (no Qt): turn, resize, numbers of copies, merge, split,
renumber, align and distribute."""

from __future__ import annotations

import random

import pytest

from boothmanager.domain import (
    placed,
    AlignEdge,
    Amenity,
    Booth,
    BoothTooSmall,
    InvalidValue,
    MergeProblem,
    MergeRefused,
    NumberClash,
    Point,
    Rect,
)
from boothmanager.domain.blocks import BlockSpec, generate_block
from boothmanager.domain.numbering import NumberingScheme, next_free_number
from boothmanager.domain.shaping import (
    MIN_SIDE,
    aligned,
    box_of,
    copies,
    distributed,
    merged,
    reading_order,
    renumbered,
    resized,
    rotated,
    split,
    with_amenities,
)
from boothmanager.domain.sides import corners


def booth(number: str, x: int, y: int, w: int = 3_000, d: int = 2_000, rotation: int = 0,
          **more: object) -> Booth:
    if "stand_id" in more:  # the one stand on it, as most tests here need
        stand_id = more.pop("stand_id")
        more["shares"] = () if stand_id is None else placed(stand_id)  # type: ignore[arg-type]
    return Booth(number=number, level="EG", rect=Rect(x, y, w, d), rotation=rotation, **more)


def test_turning_goes_in_15_degree_steps_about_the_centre() -> None:
    start = booth("A1", 0, 0)
    assert rotated(start, 15).rotation == 15
    assert rotated(start, -15).rotation == 345
    assert rotated(rotated(start, 90), 270) == start
    assert rotated(start, 90).rect == start.rect  # turning never moves the booth
    with pytest.raises(InvalidValue) as caught:
        rotated(start, 10)
    assert (caught.value.field, "15°" in caught.value.reason) == ("rotation", True)


def test_resizing_below_half_a_metre_is_refused_with_the_minimum() -> None:
    start = booth("A1", 0, 0)
    assert resized(start, Rect(0, 0, 500, 4_000)).rect == Rect(0, 0, 500, 4_000)
    with pytest.raises(BoothTooSmall) as caught:
        resized(start, Rect(0, 0, 499, 4_000))
    assert (caught.value.number, caught.value.minimum) == ("A1", MIN_SIDE == 500 and 500)
    assert "at least 500 mm (0.50 m)" in str(caught.value)
    assert isinstance(caught.value, InvalidValue)  # callers catching bad input catch it


def test_next_free_number_continues_the_stem_above_its_highest_number() -> None:
    taken = {"A1", "A2", "A3", "A12", "A14", "B1", "AB20"}
    assert next_free_number("A3", taken) == "A15"  # A13 stays skipped, as the scheme had it
    assert next_free_number("A3", taken) == "A16"  # each result is taken
    assert next_free_number("B1", taken) == "B2"
    assert next_free_number("S07", {"S07", "S08"}) == "S09"  # the leading zero stays
    assert next_free_number("7", {"7", "12"}) == "13"
    assert next_free_number("Info", {"Info"}) == "Info2"


def test_copies_are_free_numbered_anew_and_keep_shape_turn_and_amenities() -> None:
    original = booth("A1", 0, 0, rotation=30, amenities=frozenset({Amenity.POWER}),
                     stand_id=4, reserved=True)
    (copy,) = copies([original], dx=5_000, dy=-1_000, taken={"A1", "A2"})
    assert copy == booth("A3", 5_000, -1_000, rotation=30, amenities=frozenset({Amenity.POWER}))
    (elsewhere,) = copies([original], dx=0, dy=0, taken={"A1"}, level="OG")
    assert (elsewhere.number, elsewhere.level) == ("A2", "OG")


def test_two_booths_side_by_side_merge_into_one_with_both_amenities() -> None:
    a = booth("A1", 0, 0, amenities=frozenset({Amenity.POWER}))
    b = booth("A2", 3_000, 0, amenities=frozenset({Amenity.WATER}), stand_id=7)
    result = merged(a, b)
    assert result == booth("A1", 0, 0, w=6_000, amenities=frozenset({Amenity.POWER, Amenity.WATER}),
                           stand_id=7)
    assert merged(b, a).number == "A2"
    behind = booth("B1", 0, 2_000)
    assert merged(behind, a).rect == Rect(0, 0, 3_000, 4_000)


@pytest.mark.parametrize(("b", "problem"), [
    (booth("A2", 3_000, 2_000), MergeProblem.NOT_ADJACENT),   # corner to corner only
    (booth("A2", 3_100, 0), MergeProblem.NOT_ADJACENT),       # a gap
    (booth("A2", 2_000, 0), MergeProblem.NOT_ADJACENT),       # overlapping
    (booth("A2", 3_000, 0, rotation=30), MergeProblem.NOT_ADJACENT),
    (Booth(number="A2", level="OG", rect=Rect(3_000, 0, 3_000, 2_000)), MergeProblem.OTHER_LEVEL),
    (booth("A2", 3_000, 0, stand_id=2), MergeProblem.BOTH_OCCUPIED),
    (booth("A1", 3_000, 0), MergeProblem.SAME_BOOTH),
])
def test_merging_is_refused_with_the_reason(b: Booth, problem: MergeProblem) -> None:
    a = booth("A1", 0, 0, stand_id=1)
    with pytest.raises(MergeRefused) as caught:
        merged(a, b)
    assert caught.value.problem is problem
    assert f"A1 + {b.number}" in str(caught.value)


def test_a_booth_splits_in_halves_and_the_new_half_is_free() -> None:
    start = booth("A1", 1_000, 2_000, w=4_000, d=3_000, stand_id=3, reserved=True,
                  amenities=frozenset({Amenity.TABLE}))
    first, second = split(start, along="width", at_mm=None, new_number="A2")
    assert (first.rect, second.rect) == (Rect(1_000, 2_000, 2_000, 3_000),
                                         Rect(3_000, 2_000, 2_000, 3_000))
    assert (first.stand_id, first.reserved, second.stand_id, second.reserved) == (3, True, None, False)
    assert second.amenities == {Amenity.TABLE}
    front, back = split(start, along="depth", at_mm=1_000, new_number="A2")
    assert (front.rect, back.rect) == (Rect(1_000, 2_000, 4_000, 1_000),
                                       Rect(1_000, 3_000, 4_000, 2_000))


@pytest.mark.parametrize(("along", "at_mm", "error"), [
    ("width", 400, BoothTooSmall), ("width", 3_700, BoothTooSmall), ("depth", 0, InvalidValue),
    ("depth", 3_000, InvalidValue), ("diagonal", None, InvalidValue),
])
def test_bad_splits_are_refused(along: str, at_mm: int | None, error: type[Exception]) -> None:
    with pytest.raises(error):
        split(booth("A1", 0, 0, w=4_000, d=3_000), along=along, at_mm=at_mm, new_number="A2")


@pytest.mark.parametrize("rotation", range(0, 360, 15))
@pytest.mark.parametrize("along", ["width", "depth"])
def test_a_turned_booth_splits_into_parts_that_cover_it_and_merge_back(rotation: int,
                                                                       along: str) -> None:
    start = booth("A1", 10_000, 8_000, w=4_000, d=3_000, rotation=rotation)
    first, second = split(start, along=along, at_mm=1_500, new_number="A2")
    outer = corners(start)
    # The parts' outer corners are the booth's corners, to the millimetre.
    part_corners = corners(first) + corners(second)
    for corner in outer:
        assert min(abs(corner[0] - p[0]) + abs(corner[1] - p[1]) for p in part_corners) <= 1.0
    back = merged(first, second)
    assert back.rotation == rotation
    assert (back.rect.width, back.rect.depth) == (4_000, 3_000)
    assert abs(back.rect.x - start.rect.x) <= 1 and abs(back.rect.y - start.rect.y) <= 1


def test_reading_order_gives_a_shuffled_block_its_generated_numbers_back() -> None:
    scheme = NumberingScheme(prefix="H", row_letters=True, skip=frozenset({3}))
    block = generate_block(BlockSpec(origin=Point(2_000, 3_000), rows=3, per_row=4, width=3_000,
                                     depth=2_000, aisle=3_000, level="EG", numbering=scheme))
    shuffled = [Booth(number=f"X{i}", level="EG", rect=b.rect)
                for i, b in enumerate(random.Random(4).sample(block, len(block)))]
    plan = renumbered(shuffled, scheme, others=set())
    assert sorted(plan.values()) == sorted(b.number for b in block)
    by_rect = {b.rect: b.number for b in block}
    assert all(plan[b.number] == by_rect[b.rect] for b in shuffled)


def test_rows_of_different_length_and_a_slightly_offset_booth_read_as_rows() -> None:
    row_a = [booth("x1", 0, 0), booth("x2", 3_000, 150), booth("x3", 6_000, 0)]
    row_b = [booth("y1", 1_000, 5_000), booth("y2", 4_000, 5_000)]
    rows = reading_order(row_b + row_a)
    assert [[b.number for b in row] for row in rows] == [["x1", "x2", "x3"], ["y1", "y2"]]
    plan = renumbered(row_a + row_b, NumberingScheme(start=12, skip=frozenset({13})), others=set())
    assert plan == {"x1": "12", "x2": "14", "x3": "15", "y1": "16", "y2": "17"}


def test_renumbering_onto_numbers_outside_the_selection_names_the_clash() -> None:
    selection = [booth("x1", 0, 0), booth("x2", 3_000, 0), booth("x3", 6_000, 0)]
    with pytest.raises(NumberClash) as caught:
        renumbered(selection, NumberingScheme(prefix="A"), others={"A2", "A3", "B1"})
    assert caught.value.numbers == ("A2", "A3")
    assert "A2, A3 are already taken by booths outside the selection" in str(caught.value)


@pytest.mark.parametrize(("edge", "expected"), [
    (AlignEdge.LEFT, [(0, 0), (0, 5_000), (0, 9_000)]),
    (AlignEdge.RIGHT, [(4_000, 0), (4_000, 5_000), (3_000, 9_000)]),
    (AlignEdge.CENTRE, [(2_000, 0), (2_000, 5_000), (1_500, 9_000)]),
    (AlignEdge.BOTTOM, [(0, 0), (4_000, 0), (2_000, 0)]),
    (AlignEdge.TOP, [(0, 10_000), (4_000, 10_000), (2_000, 9_000)]),
    (AlignEdge.MIDDLE, [(0, 5_000), (4_000, 5_000), (2_000, 4_500)]),
])
def test_align_on_an_edge_or_centre_line_of_the_selection(edge: AlignEdge,
                                                          expected: list[tuple[int, int]]) -> None:
    selection = [booth("1", 0, 0), booth("2", 4_000, 5_000), booth("3", 2_000, 9_000, w=4_000,
                                                                    d=3_000)]
    assert [(b.rect.x, b.rect.y) for b in aligned(selection, edge)] == expected


def test_a_turned_booth_aligns_by_the_box_around_its_corners() -> None:
    square = booth("1", 10_000, 0, w=2_000, d=2_000)
    diamond = booth("2", 0, 5_000, w=2_000, d=2_000, rotation=45)
    same, moved = aligned([square, diamond], "right")
    assert same == square
    assert box_of(moved)[2] == pytest.approx(12_000, abs=0.5)  # its east corner, not its rect


def test_distribute_makes_the_gaps_equal_and_keeps_the_ends() -> None:
    selection = [booth("1", 0, 0), booth("2", 3_500, 0, w=1_000), booth("3", 12_000, 0),
                 booth("4", 4_500, 3_000)]
    result = {b.number: b.rect.x for b in distributed(selection, "horizontal")}
    # Span 0…15 000 holds 10 000 mm of booths: three gaps of 1 666.7 mm, rounded per booth.
    assert result == {"1": 0, "2": 4_667, "4": 7_333, "3": 12_000}
    assert {b.rect.y for b in distributed(selection, "horizontal")} == {0, 3_000}
    with pytest.raises(InvalidValue):
        distributed(selection[:2], "vertical")
    with pytest.raises(InvalidValue):
        distributed(selection, "diagonal")


def test_amenities_are_set_exactly_and_unknown_ones_refused() -> None:
    start = booth("1", 0, 0, amenities=frozenset({Amenity.WALL}))
    chosen = with_amenities(start, ["power", Amenity.CHAIRS, "water", "network", "table",
                                    "pinboard", "wall"])
    assert chosen.amenities == set(Amenity) - {Amenity.STEP_FREE}
    with pytest.raises(InvalidValue) as caught:
        with_amenities(start, ["beer"])
    assert (caught.value.field, caught.value.value) == ("amenity", "beer")


def test_chairs_came_last_so_lists_keep_their_order() -> None:
    assert list(Amenity)[-1] is Amenity.CHAIRS
    assert [a.value for a in Amenity][:7] == ["power", "table", "pinboard", "water", "network",
                                              "wall", "step_free"]
