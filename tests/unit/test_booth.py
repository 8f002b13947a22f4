"""Booths: type by open sides, number validation, status and moving."""

from __future__ import annotations

import pytest

from boothmanager.domain import Booth, BoothStatus, BoothType, InvalidValue, Rect, Side, booth_type, placed
from boothmanager.domain.booth import MAX_LABEL, check_number

RECT = Rect(0, 0, 3_000, 2_000)


@pytest.mark.parametrize(("sides", "expected"), [
    (set(), BoothType.CLOSED),
    ({Side.WEST}, BoothType.INLINE),
    ({Side.WEST, Side.SOUTH}, BoothType.CORNER),
    ({Side.WEST, Side.SOUTH, Side.EAST}, BoothType.PENINSULA),
    (set(Side), BoothType.ISLAND),
])
def test_booth_type_from_open_sides(sides: set[Side], expected: BoothType) -> None:
    assert booth_type(frozenset(sides)) is expected
    assert Booth(number="A1", level="EG", rect=RECT, open_sides=frozenset(sides)).type is expected


@pytest.mark.parametrize(("typed", "kept"), [("S1", "S1"), ("  S10 ", "S10"), ("Ä-7", "Ä-7"),
                                             ("x" * MAX_LABEL, "x" * MAX_LABEL)])
def test_booth_number_is_kept_trimmed(typed: str, kept: str) -> None:
    assert check_number(typed) == kept
    assert Booth(number=typed, level="EG", rect=RECT).number == kept


@pytest.mark.parametrize("bad", ["", "   ", "x" * (MAX_LABEL + 1), "S\n1", "S\t1", "S\x001"])
def test_booth_number_refused(bad: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        Booth(number=bad, level="EG", rect=RECT)
    assert caught.value.field == "booth number"
    assert caught.value.value == bad


@pytest.mark.parametrize("rotation", [-1, 360, 720])
def test_rotation_range(rotation: int) -> None:
    with pytest.raises(InvalidValue) as caught:
        Booth(number="S1", level="EG", rect=RECT, rotation=rotation)
    assert caught.value.field == "rotation"


def test_status_follows_stand_and_reservation() -> None:
    free = Booth(number="S1", level="EG", rect=RECT)
    assert free.status is BoothStatus.FREE
    assert Booth(number="S1", level="EG", rect=RECT, reserved=True).status is BoothStatus.RESERVED
    assert Booth(number="S1", level="EG", rect=RECT, reserved=True,
                 shares=placed(3)).status is BoothStatus.ASSIGNED


def test_moved_to_keeps_everything_but_the_corner() -> None:
    booth = Booth(number="S1", level="EG", rect=RECT, rotation=90,
                  open_sides=frozenset({Side.NORTH}), shares=placed(2))
    moved = booth.moved_to(500, 700)
    assert moved.rect == Rect(500, 700, 3_000, 2_000)
    assert (moved.number, moved.rotation, moved.open_sides, moved.stand_id) == (
        "S1", 90, frozenset({Side.NORTH}), 2)
