"""Reading sheets from files: CSV encodings and delimiters, XLSX with merged header cells."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from openpyxl import Workbook

from boothmanager.domain import Amenity
from boothmanager.domain.sheets import SheetProblemKind, UnusableSheet, plan_import, read_sheet

GERMAN_CSV = "Organisation;Projekt;Fläche;Strom\nStraßenkinder e.V.;Brücken „bauen“;12,5;ja\n"


def written(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("data", "encoding"), [
    (GERMAN_CSV.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + GERMAN_CSV.encode("utf-8"), "utf-8-sig"),
    (GERMAN_CSV.replace("„", '"').replace("“", '"').encode("latin-1"), "cp1252"),
    (GERMAN_CSV.encode("cp1252"), "cp1252"),
    (GERMAN_CSV.encode("utf-16"), "utf-16"),
])
def test_csv_encodings_are_detected(tmp_path: Path, data: bytes, encoding: str) -> None:
    sheet = read_sheet(written(tmp_path, "stands.csv", data))
    assert sheet.headers == ("Organisation", "Projekt", "Fläche", "Strom")
    assert sheet.source == f"CSV, {encoding}, ';'"
    (row,) = plan_import(sheet).rows
    assert row.stand.organisation == "Straßenkinder e.V."
    assert row.stand.project.startswith("Brücken ")
    assert (row.stand.min_area_mm2, row.stand.needs) == (12_500_000, {Amenity.POWER})


def test_latin1_bytes_that_windows_1252_lacks(tmp_path: Path) -> None:
    sheet = read_sheet(written(tmp_path, "s.csv", "Organisation\nA\x81B\n".encode("latin-1")))
    assert sheet.source.startswith("CSV, latin-1")
    assert sheet.rows[0].cells == ("A\x81B",)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    text = delimiter.join(["organisation", "project", "area_m2"]) + "\n"
    text += delimiter.join(['"Verein, e.V."', "P", "12.5"]) + "\n"
    sheet = read_sheet(written(tmp_path, "s.csv", text.encode()))
    assert sheet.rows[0].cells == ("Verein, e.V.", "P", "12.5")


def test_csv_row_numbers_count_records_not_lines(tmp_path: Path) -> None:
    text = '\n\norganisation,description\nA,"eins\nzwei"\n,\nB,x\x00y\n'
    sheet = read_sheet(written(tmp_path, "s.csv", text.encode()))
    assert sheet.header_row == 3
    assert [(row.number, row.cells) for row in sheet.rows] == [
        (4, ("A", "eins\nzwei")), (5, ("", "")), (6, ("B", "xy"))]


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("leer.csv", b"", SheetProblemKind.NO_HEADER),
    ("leer.csv", b"\n ; \n", SheetProblemKind.NO_HEADER),
    ("alt.xls", b"\xd0\xcf\x11\xe0" + bytes(100), SheetProblemKind.UNREADABLE),
    ("kaputt.xlsx", b"PK\x03\x04" + bytes(100), SheetProblemKind.UNREADABLE),
])
def test_unusable_files(tmp_path: Path, name: str, data: bytes, kind: SheetProblemKind) -> None:
    with pytest.raises(UnusableSheet) as caught:
        read_sheet(written(tmp_path, name, data))
    assert caught.value.problems[0].kind is kind


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnusableSheet):
        read_sheet(tmp_path / "nirgends.csv")


def save(workbook: Workbook, path: Path) -> Path:
    workbook.save(path)
    return path


def test_xlsx_with_a_plain_header(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Organisation", "Projekt", "Fläche", "Personal", "Wasser"])
    sheet.append(["AGSA", "IKOE", 12.5, 2, True])
    sheet.append(["Verein", "=A2&\"x\"", 9, None, None])  # a formula, never evaluated
    found = read_sheet(save(workbook, tmp_path / "s.xlsx"))
    assert found.source == "XLSX, 'Sheet'"
    assert [row.number for row in found.rows] == [2, 3]
    assert found.rows[0].cells == ("AGSA", "IKOE", 12.5, 2, True)
    assert found.rows[1].cells[1] is None  # no cached value: openpyxl wrote the formula


def test_xlsx_with_merged_header_cells(tmp_path: Path) -> None:
    """Two header rows: names merged down, a group heading merged across its columns."""
    workbook = Workbook()
    sheet = workbook.active
    sheet["B3"], sheet["C3"], sheet["D3"] = "Organisation", "Projekt", "Bedarf"
    sheet["D4"], sheet["E4"], sheet["F4"] = "Strom", "Wasser", "Netzwerk"
    sheet["G3"] = "E-Mail"  # merged across G:H, nothing below: G has the name
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("C3:C4")
    sheet.merge_cells("D3:F3")
    sheet.merge_cells("G3:H4")
    sheet.append([None, "AGSA", "IKOE", "ja", None, "x", "ikoe@example.org", "Notiz"])
    sheet.append([None, "Verein", "Zwei", None, "ja", None, None, None])
    found = read_sheet(save(workbook, tmp_path / "merged.xlsx"))
    assert found.headers == ("", "Organisation", "Projekt", "Strom", "Wasser", "Netzwerk",
                             "E-Mail", "")
    assert found.header_row == 3
    assert [row.number for row in found.rows] == [5, 6]
    plan = plan_import(found)
    assert plan.ok
    first, second = (row.stand for row in plan.rows)
    assert (first.organisation, first.project, first.email) == ("AGSA", "IKOE",
                                                                "ikoe@example.org")
    assert first.needs == {Amenity.POWER, Amenity.NETWORK}
    assert second.needs == {Amenity.WATER}


def test_xlsx_heading_merged_across_without_names_below(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Organisation", None, "Projekt"])
    sheet.merge_cells("A1:B1")
    sheet.append(["Verein", "(Zusatz)", "P"])
    found = read_sheet(save(workbook, tmp_path / "s.xlsx"))
    assert found.headers == ("Organisation", "", "Projekt")
    assert [row.number for row in found.rows] == [2]
    assert plan_import(found).rows[0].stand.project == "P"


def test_xlsx_reads_the_active_worksheet(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["nichts"])
    other = workbook.create_sheet("Stände")
    other.append(["Projekt"])
    other.append(["P"])
    workbook.active = 1
    found = read_sheet(save(workbook, tmp_path / "s.xlsx"))
    assert found.source == "XLSX, 'Stände'"
    assert found.rows[0].cells == ("P",)
