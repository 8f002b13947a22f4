"""Reading single cells: numbers in German and English, yes/no, dates, clean text, statuses."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from boothmanager.domain import StandStatus
from boothmanager.domain.sheets import RowProblemKind
from boothmanager.domain.sheets import cells
from boothmanager.domain.sheets.cells import CellError


@pytest.mark.parametrize(("cell", "found"), [
    (12, Decimal(12)), (12.5, Decimal("12.5")), ("12", Decimal(12)), ("12,5", Decimal("12.5")),
    ("12.5", Decimal("12.5")), ("1.234,5", Decimal("1234.5")), ("1,234.5", Decimal("1234.5")),
    ("1.234.567", Decimal(1234567)), ("12 m²", Decimal(12)), ("12m2", Decimal(12)),
    ("9 qm", Decimal(9)), ("1,8 m", Decimal("1.8")), (" 7 ", Decimal(7)), ("1'234", Decimal(1234)),
    (None, None), ("", None), ("   ", None), (Decimal("3.25"), Decimal("3.25")),
])
def test_numbers(cell: object, found: Decimal | None) -> None:
    assert cells.number(cell) == found


@pytest.mark.parametrize("cell", ["zwölf", "12 Stück", "1e5", "12,5,", "--1", True,
                                  float("nan"), float("inf"), Decimal("sNaN"),
                                  datetime(2020, 1, 1), date(2020, 1, 1), "9" * 41, "=1+1"])
def test_not_numbers(cell: object) -> None:
    with pytest.raises(CellError) as caught:
        cells.number(cell)
    assert caught.value.kind is RowProblemKind.NOT_A_NUMBER


def test_areas_and_lengths_scale_to_whole_millimetres() -> None:
    assert cells.scaled("12,5", 1_000_000, low=1, high=10**11, unit="m²") == 12_500_000
    assert cells.scaled(1.8, 1_000, low=1, high=100_000, unit="m") == 1_800
    for bad in (0, -3, "0,0000001", 10**9):
        with pytest.raises(CellError) as caught:
            cells.scaled(bad, 1_000_000, low=1, high=10**11, unit="m²")
        assert caught.value.kind is RowProblemKind.OUT_OF_RANGE


def test_counts_are_whole() -> None:
    assert cells.count("3", high=10) == 3
    assert cells.count(3.0, high=10) == 3
    with pytest.raises(CellError):
        cells.count(2.5, high=10)
    with pytest.raises(CellError):
        cells.count(11, high=10)


@pytest.mark.parametrize("cell", ["ja", "Ja", "x", "X", "yes", "1", 1, True, "wahr", "✓"])
def test_yes(cell: object) -> None:
    assert cells.flag(cell) is True


@pytest.mark.parametrize("cell", [None, "", "nein", "no", "0", 0, False, "-", "falsch"])
def test_no(cell: object) -> None:
    assert cells.flag(cell) is False


@pytest.mark.parametrize("cell", ["vielleicht", 2, 0.5, datetime(2020, 1, 1), float("nan")])
def test_neither_yes_nor_no(cell: object) -> None:
    with pytest.raises(CellError) as caught:
        cells.flag(cell)
    assert caught.value.kind is RowProblemKind.NOT_YES_NO


@pytest.mark.parametrize(("cell", "found"), [
    ("21.09.2020 07:30", datetime(2020, 9, 21, 7, 30)),
    ("21.09.2020, 7:30 Uhr", datetime(2020, 9, 21, 7, 30)),
    ("21.09.2020", datetime(2020, 9, 21)),
    ("2020-09-21 07:30", datetime(2020, 9, 21, 7, 30)),
    ("2020-09-21T07:30:00+02:00", datetime(2020, 9, 21, 7, 30)),
    (datetime(2020, 9, 21, 7, 29, 59, 999_000), datetime(2020, 9, 21, 7, 30)),
    (date(2020, 9, 21), datetime(2020, 9, 21)),
    (None, None), ("", None),
])
def test_moments(cell: object, found: datetime | None) -> None:
    assert cells.moment(cell) == found


@pytest.mark.parametrize("cell", ["morgens", "32.09.2020", 44095, time(7, 30), "2020-13-01",
                                  datetime.max, "x" * 1000])
def test_not_moments(cell: object) -> None:
    with pytest.raises(CellError) as caught:
        cells.moment(cell)
    assert caught.value.kind is RowProblemKind.NOT_A_DATE


def test_text_is_cleaned() -> None:
    assert cells.text("  Verein \x00e.V.\x1b[31m  ") == "Verein e.V.[31m"
    assert cells.text("Zeile 1\r\nZeile 2\tmit Tab") == "Zeile 1 Zeile 2 mit Tab"
    assert cells.text("Zeile 1\r\nZeile 2 ", multiline=True) == "Zeile 1\nZeile 2"
    assert cells.text("Cafe\u0301") == "Café"  # NFC
    assert cells.text("a\ud800b\ufffe") == "ab"
    assert cells.text("'=SUM(A1)") == "=SUM(A1)"  # an export's guard comes off
    assert cells.text("'quoted'") == "'quoted'"
    assert cells.text(3451234.0) == "3451234"
    assert cells.text(datetime(2020, 9, 21, 7, 30)) == "2020-09-21 07:30"
    assert cells.text(None) == ""


@pytest.mark.parametrize(("cell", "status"), [
    ("", StandStatus.APPLIED), ("accepted", StandStatus.ACCEPTED),
    ("Angenommen", StandStatus.ACCEPTED), ("bestätigt", StandStatus.CONFIRMED),
    ("Warteliste", StandStatus.WAITLIST), ("abgesagt", StandStatus.CANCELLED),
])
def test_statuses(cell: str, status: StandStatus) -> None:
    assert cells.status(cell) is status


def test_unknown_status() -> None:
    with pytest.raises(CellError) as caught:
        cells.status("vielleicht")
    assert caught.value.kind is RowProblemKind.UNKNOWN_STATUS
