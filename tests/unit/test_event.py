"""Event facts: dates as printed on German signs, natural booth order, lookups."""

from __future__ import annotations

from datetime import date

import pytest

from boothmanager.domain import Booth, Event, EventInfo, InvalidValue, Rect, Stand, Venue, placed
from boothmanager.domain.event import natural_key


@pytest.mark.parametrize(("starts", "ends", "text"), [
    (None, None, ""),
    (None, date(2020, 9, 22), ""),
    (date(2020, 9, 21), None, "21.09.2020"),
    (date(2020, 9, 21), date(2020, 9, 21), "21.09.2020"),
    (date(2020, 9, 21), date(2020, 9, 22), "21.–22.09.2020"),
    (date(2020, 9, 30), date(2020, 10, 1), "30.09.2020 – 01.10.2020"),
    (date(2020, 12, 31), date(2021, 1, 1), "31.12.2020 – 01.01.2021"),
    (date(2020, 1, 31), date(2021, 1, 31), "31.01.2020 – 31.01.2021"),
])
def test_date_text(starts: date | None, ends: date | None, text: str) -> None:
    assert EventInfo(name="BuKo", starts=starts, ends=ends).date_text() == text


def test_end_before_start_refused() -> None:
    with pytest.raises(InvalidValue) as caught:
        EventInfo(name="BuKo", starts=date(2020, 9, 22), ends=date(2020, 9, 21))
    assert caught.value.field == "end date"


def test_natural_sort() -> None:
    labels = ["S10", "S2", "s1", "A1", "10", "9", "S2a", "²", "B", "S02"]
    assert sorted(labels, key=natural_key) == [
        "9", "10", "A1", "B", "s1", "S2", "S02", "S2a", "S10", "²"]


def test_event_lookups_and_assigned_in_number_order() -> None:
    rect = Rect(0, 0, 1_000, 1_000)
    ikoe = Stand(id=1, organisation="AGSA", project="IKOE")
    other = Stand(id=2, organisation="Träger folgt", project="")
    event = Event(info=EventInfo(name="BuKo"), venue=Venue(name="Halle"),
                  booths=(Booth(number="S10", level="EG", rect=rect, shares=placed(1)),
                          Booth(number="S2", level="EG", rect=rect, shares=placed(2)),
                          Booth(number="S3", level="EG", rect=rect)),
                  stands=(ikoe, other))
    assert [(b.number, s.id) for b, s in event.assigned()] == [("S2", 2), ("S10", 1)]
    assert event.booth("S3").stand_id is None
    assert event.stand(2) is other
    assert event.booth_of(1).number == "S10"
    assert event.booth_of(99) is None
    with pytest.raises(KeyError):
        event.booth("S99")
    with pytest.raises(KeyError):
        event.stand(99)
