"""Typed domain errors carry their data and an English one-line description."""

from __future__ import annotations

import pytest

from boothmanager.domain import (
    BoothExists,
    BoothNotAssigned,
    BoothOccupied,
    DomainError,
    InvalidValue,
    StandNameAmbiguous,
    UnknownBooth,
    UnknownStand,
)


@pytest.mark.parametrize(("error", "attributes", "words"), [
    (UnknownBooth(number="S9"), {"number": "S9"}, "S9"),
    (UnknownStand(ref=7), {"ref": 7}, "7"),
    (StandNameAmbiguous(name="IKOE", stand_ids=[1, 4]), {"name": "IKOE", "stand_ids": [1, 4]},
     "1, 4"),
    (BoothOccupied(number="S1", stand_id=1, stand_name="IKOE"),
     {"number": "S1", "stand_id": 1, "stand_name": "IKOE"}, "IKOE"),
    (BoothNotAssigned(number="S4"), {"number": "S4"}, "S4"),
    (BoothExists(number="S1"), {"number": "S1"}, "S1"),
    (InvalidValue(field="rotation", value=400, reason="0 to 359 degrees"),
     {"field": "rotation", "value": 400, "reason": "0 to 359 degrees"}, "400"),
])
def test_error_carries_its_data(error: DomainError, attributes: dict[str, object],
                                words: str) -> None:
    assert isinstance(error, DomainError)
    assert error.data == attributes
    for name, value in attributes.items():
        assert getattr(error, name) == value
    assert words in str(error)
    assert "\n" not in error.describe()


def test_errors_are_raised_and_caught_as_domain_errors() -> None:
    with pytest.raises(DomainError) as caught:
        raise BoothOccupied(number="S2", stand_id=2, stand_name="Projekt 2")
    assert caught.value.stand_id == 2
