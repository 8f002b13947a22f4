"""Checking each row of a stand sheet: what a row gives, every kind of problem, duplicates."""

from __future__ import annotations

from datetime import datetime

import pytest

from boothmanager.domain import Amenity, Booth, Rect, Stand, StandStatus, placed
from boothmanager.domain.sheets import RowProblemKind as K
from boothmanager.domain.sheets import Sheet, SheetRow, plan_import

HEADERS = ("Organisation", "Projekt", "E-Mail", "Fläche", "Strom", "Wasser", "Thema", "Stand",
           "Aufbau", "Abbau", "Personal", "Status", "Telefon", "Notizen")
BOOTHS = {"S1": Booth("S1", "EG", Rect(0, 0, 3_000, 2_000), shares=placed(1)),
          "S4": Booth("S4", "EG", Rect(0, 3_000, 3_000, 2_000)),
          "S5": Booth("S5", "EG", Rect(0, 6_000, 3_000, 2_000))}


def sheet(*rows: tuple[object, ...], headers: tuple[str, ...] = HEADERS) -> Sheet:
    """Rows numbered as a spreadsheet shows them: the header is row 1."""
    return Sheet(headers=headers, rows=tuple(SheetRow(n, r) for n, r in enumerate(rows, 2)))


def row(organisation: object = "Verein", project: object = "Projekt", **cells: object) -> tuple:
    names = {"email": 2, "area": 3, "power": 4, "water": 5, "theme": 6, "booth": 7, "setup": 8,
             "teardown": 9, "staff": 10, "status": 11, "phone": 12, "notes": 13}
    found: list[object] = [organisation, project] + [None] * (len(HEADERS) - 2)
    for name, value in cells.items():
        found[names[name]] = value
    return tuple(found)


def test_a_valid_sheet_gives_its_stands() -> None:
    plan = plan_import(sheet(
        row("AGSA", "IKOE", email="ikoe@example.org", area="12,5", power="ja", water="x",
            theme="Integration", booth="S4", setup="21.09.2020 07:00",
            teardown=datetime(2020, 9, 22, 18), staff=2, status="angenommen",
            phone="+49 391 1", notes="Zeile 1\nZeile 2"),
        row("Verein", "")), booth_of=BOOTHS.get)
    assert plan.ok and [r.row for r in plan.rows] == [2, 3]
    first = plan.rows[0]
    assert first.booth == "S4"
    assert first.stand == Stand(
        "AGSA", "IKOE", email="ikoe@example.org", min_area_mm2=12_500_000,
        needs=frozenset({Amenity.POWER, Amenity.WATER}), theme="Integration",
        setup_at=datetime(2020, 9, 21, 7), teardown_at=datetime(2020, 9, 22, 18), staff_count=2,
        status=StandStatus.ACCEPTED, phone="+49 391 1", notes="Zeile 1\nZeile 2")
    assert plan.rows[1].stand == Stand("Verein", "") and plan.rows[1].booth is None


@pytest.mark.parametrize(("cells", "kind", "field"), [
    ({"organisation": "", "project": " "}, K.MISSING_NAME, ""),
    ({"email": "ikoe@"}, K.BAD_EMAIL, "email"),
    ({"area": "zwölf"}, K.NOT_A_NUMBER, "area_m2"),
    ({"area": "0"}, K.OUT_OF_RANGE, "area_m2"),
    ({"power": "vielleicht"}, K.NOT_YES_NO, "power"),
    ({"setup": "morgens"}, K.NOT_A_DATE, "setup"),
    ({"staff": 1.5}, K.NOT_A_NUMBER, "staff"),
    ({"status": "vielleicht"}, K.UNKNOWN_STATUS, "status"),
    ({"phone": "1" * 600}, K.TOO_LONG, "phone"),
    ({"organisation": "V" * 501}, K.TOO_LONG, "organisation"),
    ({"setup": "22.09.2020", "teardown": "21.09.2020"}, K.INVALID, "teardown_at"),
    ({"booth": "S9"}, K.UNKNOWN_BOOTH, "booth"),
    ({"booth": "S1"}, K.BOOTH_TAKEN, "booth"),
])
def test_each_kind_of_bad_row(cells: dict[str, object], kind: K, field: str) -> None:
    given = {"organisation": "Anderer", "project": "Verein", "phone": "0345 1", **cells}
    plan = plan_import(sheet(row(), row(**given), row("Dritter", "x")), booth_of=BOOTHS.get)
    assert [(p.row, p.kind, p.field) for p in plan.problems] == [(3, kind, field)]
    assert [r.row for r in plan.rows] == [2, 4]  # the good rows are still read
    assert plan.problems[0].describe().startswith("row 3: ")


def test_a_row_reports_all_its_problems_in_the_sheets_words() -> None:
    plan = plan_import(sheet(row(email="x@", area="viel", power="?")))
    assert [p.describe() for p in plan.problems] == [
        "row 2: E-Mail 'x@': not an e-mail address",
        "row 2: Fläche 'viel': not a number",
        "row 2: Strom '?': not yes or no (ja/nein, x or empty)"]


def test_themes_are_checked_only_against_a_theme_list() -> None:
    rows = sheet(row(theme="integration"), row("B", "b", theme="Sport"))
    assert plan_import(rows).ok
    plan = plan_import(rows, themes=["Integration", "Bildung"])
    assert plan.rows[0].stand.theme == "Integration"  # the list's spelling
    assert [(p.row, p.kind) for p in plan.problems] == [(3, K.UNKNOWN_THEME)]


def test_duplicates_of_existing_stands_by_organisation_and_project() -> None:
    existing = [Stand("Café Öffnung e.V.", "IKOE", id=7)]
    plan = plan_import(sheet(row("CAFE\u0301 öffnung  e.V.", " ikoe"), row("Café Öffnung e.V.", "")),
                       existing=existing)
    assert [(p.row, p.kind, p.other) for p in plan.problems] == [(2, K.DUPLICATE_EXISTING, 7)]
    assert plan.problems[0].describe() == "row 2: the event has this stand already (stand 7)"


def test_duplicates_within_the_sheet_name_the_first_row() -> None:
    plan = plan_import(sheet(row("A", "Eins", email="bad"), row("B", "Zwei"), row("a", "EINS")))
    assert [(p.row, p.kind, p.other) for p in plan.problems] == [
        (2, K.BAD_EMAIL, None), (4, K.DUPLICATE_IN_SHEET, 2)]
    assert plan.problems[1].describe() == "row 4: the same stand as row 2"


def test_two_rows_on_one_booth() -> None:
    plan = plan_import(sheet(row("A", "1", booth="S5"), row("B", "2", booth="S5")),
                       booth_of=BOOTHS.get)
    assert [(p.row, p.kind, p.other) for p in plan.problems] == [(3, K.BOOTH_TAKEN, 2)]
    assert plan.problems[0].describe() == "row 3: Stand 'S5': row 2 puts a stand there already"


def test_blank_rows_are_skipped_and_row_numbers_stay_the_sheets() -> None:
    rows = Sheet(headers=HEADERS, header_row=3, rows=(
        SheetRow(4, row("A", "1")), SheetRow(5, (None, "  ", "")), SheetRow(9, row("", "", phone="0345 1"))))
    plan = plan_import(rows)
    assert [r.row for r in plan.rows] == [4]
    assert [(p.row, p.kind) for p in plan.problems] == [(9, K.MISSING_NAME)]


def test_short_and_long_rows() -> None:
    plan = plan_import(sheet(("Verein",), ("Verein 2", "P", None, None, None, None, None, None,
                                           None, None, None, None, None, None, "extra")))
    assert plan.ok and [r.stand.name for r in plan.rows] == ["Verein", "P"]
