"""Choosing the worksheet of an XLSX workbook to import; a CSV file has none."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from boothmanager.domain.sheets import SheetProblemKind, UnusableSheet, read_sheet, worksheet_names


def two_sheets(path: Path) -> Path:
    book = Workbook()
    book.active.title = "Hinweise"
    book.active.append(("Bitte das zweite Blatt ausfüllen",))
    sheet = book.create_sheet("Stände")
    sheet.append(("Organisation", "Projekt"))
    sheet.append(("Verein", "Eins"))
    book.create_sheet("Leer")
    book.save(path)
    return path


def test_the_active_worksheet_unless_one_is_named(tmp_path: Path) -> None:
    path = two_sheets(tmp_path / "s.xlsx")
    first = read_sheet(path)
    assert (first.worksheet, first.worksheets) == ("Hinweise", ("Hinweise", "Stände", "Leer"))
    chosen = read_sheet(path, worksheet="Stände")
    assert (chosen.worksheet, chosen.headers, chosen.rows[0].number) == (
        "Stände", ("Organisation", "Projekt"), 2)


def test_a_missing_or_empty_worksheet_is_refused_with_its_name(tmp_path: Path) -> None:
    path = two_sheets(tmp_path / "s.xlsx")
    with pytest.raises(UnusableSheet) as missing:
        read_sheet(path, worksheet="Tabelle9")
    assert "no worksheet 'Tabelle9'" in missing.value.describe()
    with pytest.raises(UnusableSheet) as empty:
        read_sheet(path, worksheet="Leer")
    assert [p.kind for p in empty.value.problems] == [SheetProblemKind.NO_HEADER]
    assert worksheet_names(path) == ("Hinweise", "Stände", "Leer")  # to choose another


def test_csv_and_broken_files_have_no_worksheets(tmp_path: Path) -> None:
    csv = tmp_path / "s.csv"
    csv.write_text("Organisation\nVerein\n", encoding="utf-8")
    assert read_sheet(csv).worksheets == () and worksheet_names(csv) == ()
    broken = tmp_path / "b.xlsx"
    broken.write_bytes(b"PK\x03\x04 broken")
    assert worksheet_names(broken) == () and worksheet_names(tmp_path / "gone.xlsx") == ()
