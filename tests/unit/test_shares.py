"""Shared booths in the domain: the stands on a booth and their parts of its front."""

from __future__ import annotations

import pytest

from boothmanager.domain import Booth, InvalidValue, Rect, Share, Side, placed
from boothmanager.domain.shares import (
    check_frontages,
    front_length,
    front_side,
    share_frontages,
    share_rects,
)

# A foyer slot: 2 m wide, 3 m deep, open to the aisle on the west along its 3 m.
SLOT = Booth(number="S5", level="EG", rect=Rect(34_000, 15_000, 2_000, 3_000),
             open_sides=frozenset({Side.WEST}))


def test_a_booth_lists_its_stands_along_the_front() -> None:
    booth = Booth(number="S1", level="EG", rect=Rect(0, 0, 3_000, 2_000), shares=placed(4, 2))
    assert (booth.stand_id, booth.stand_ids, booth.shared) == (4, (4, 2), True)
    assert booth.with_stand(7).stand_ids == (4, 2, 7)
    assert booth.without_stand(4).stand_ids == (2,)
    assert booth.places == 2 and booth.capacity == 1


@pytest.mark.parametrize(("shares", "capacity", "field"), [
    (placed(1, 1), 1, "stand"),
    (placed(*range(1, 8)), 1, "stands per booth"),
    ((), 0, "stands per booth"),
    ((), 7, "stands per booth"),
])
def test_impossible_sharing_is_refused(shares: tuple[Share, ...], capacity: int,
                                       field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        Booth(number="S1", level="EG", rect=Rect(0, 0, 3_000, 2_000), shares=shares,
              capacity=capacity)
    assert caught.value.field == field and "S1" in str(caught.value)


def test_the_front_is_the_longest_open_side() -> None:
    assert (front_length(SLOT), front_side(SLOT)) == (3_000, Side.WEST)
    closed = Booth(number="B", level="EG", rect=Rect(0, 0, 4_000, 3_000))
    assert (front_length(closed), front_side(closed)) == (4_000, Side.SOUTH)


def test_a_turned_booth_is_split_along_its_own_front() -> None:
    turned = Booth(number="T", level="EG", rect=Rect(0, 0, 3_000, 2_000), rotation=90,
                   open_sides=frozenset({Side.EAST}), shares=placed(1, 2))
    # Turned a quarter, the unturned south side faces east: the front is its 3 m width.
    assert front_side(turned) == Side.SOUTH
    assert share_rects(turned) == (Rect(0, 0, 1_500, 2_000), Rect(1_500, 0, 1_500, 2_000))


def test_equal_parts_by_default_and_given_parts_kept() -> None:
    shared = Booth(number="S5", level="EG", rect=SLOT.rect, open_sides=SLOT.open_sides,
                   shares=placed(1, 2, 3))
    assert share_frontages(shared) == (1_000, 1_000, 1_000)
    given = Booth(number="S5", level="EG", rect=SLOT.rect, open_sides=SLOT.open_sides,
                  shares=(Share(1, 2_000), Share(2)))
    assert share_frontages(given) == (2_000, 1_000)
    assert share_rects(given) == (Rect(34_000, 15_000, 2_000, 2_000),
                                  Rect(34_000, 17_000, 2_000, 1_000))


def test_a_newcomer_on_a_fully_split_front_makes_the_parts_equal() -> None:
    full = Booth(number="S5", level="EG", rect=SLOT.rect, open_sides=SLOT.open_sides,
                 shares=(Share(1, 2_000), Share(2, 1_000), Share(3)))
    assert share_frontages(full) == (1_000, 1_000, 1_000)


def test_parts_given_for_a_longer_front_are_scaled_to_the_booth() -> None:
    resized = Booth(number="S5", level="EG", rect=SLOT.rect, open_sides=SLOT.open_sides,
                    shares=(Share(1, 4_000), Share(2, 2_000)))
    assert share_frontages(resized) == (2_000, 1_000)
    odd = Booth(number="S5", level="EG", rect=SLOT.rect, open_sides=SLOT.open_sides,
                shares=placed(1, 2, 3, 4, 5, 6))
    assert sum(share_frontages(odd)) == 3_000


@pytest.mark.parametrize(("parts", "reason"), [
    ((1_500,), "2 stands, 1 parts given"),
    ((2_950, 50), "at least 100 mm"),
    ((1_000, 1_000), "add up to 2000 mm, the front is 3000 mm"),
])
def test_a_bad_split_is_named(parts: tuple[int, ...], reason: str) -> None:
    shared = Booth(number="S5", level="EG", rect=SLOT.rect, open_sides=SLOT.open_sides,
                   shares=placed(1, 2))
    with pytest.raises(InvalidValue, match=reason):
        check_frontages(shared, parts)
