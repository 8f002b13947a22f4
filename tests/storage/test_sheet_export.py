"""Export of stands and their booths to CSV and XLSX: German and English, formulas neutralised,
and what is exported imports again as it was."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from boothmanager.domain import Amenity, Stand, StandStatus
from boothmanager.domain.sheets import neutralised, read_sheet, stand_table, write_table
from boothmanager.operations import AddStand, Assign, CreateEvent, ImportStands
from boothmanager.seed import demo_event
from boothmanager.storage import Database

TRICKY = Stand(
    "=HYPERLINK(\"http://evil.example\",\"klick\")", "+Projekt -mit @allem",
    description="Zeile 1\nZeile 2; mit Semikolon, Komma und \"Anführungszeichen\"",
    theme="-Thema", website="@web", contact="Tel.\tvormittags", contact_name="Ünal Öztürk",
    email="uenal@example.org", phone="+49 345 1234567", min_area_mm2=12_500_001,
    table_length_mm=1_805, staff_count=3, setup_at=datetime(2020, 9, 21, 7, 30),
    teardown_at=datetime(2020, 9, 22, 18, 0), notes="=1+1\r\nintern", status=StandStatus.PLACED,
    needs=frozenset({Amenity.POWER, Amenity.WATER, Amenity.STEP_FREE}), placeholder=True)
PLAIN = Stand("Verein", "", min_area_mm2=9_000_000, status=StandStatus.WAITLIST)


@pytest.fixture
def source(demo_db: Database) -> Database:
    """The demo event with two more stands, the tricky one on S4."""
    (tricky,) = demo_db.run(AddStand(stand=TRICKY)).stands
    demo_db.run(AddStand(stand=PLAIN))
    demo_db.run(Assign(booth="S4", stand_id=tricky))
    return demo_db


def without_id(stand: Stand) -> Stand:
    return replace(stand, id=None)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_export_then_import_gives_the_same_stands_and_booths(
        source: Database, tmp_path: Path, suffix: str, lang: str) -> None:
    event = source.load()
    out = tmp_path / f"stands{suffix}"
    write_table(out, stand_table(event, lang=lang), lang=lang)
    seed = demo_event()
    target = Database.create(tmp_path / "neu.boothplan")
    try:
        target.run(CreateEvent(info=seed.info, venue=seed.venue,
                               booths=tuple(replace(b, shares=()) for b in seed.booths)))
        target.run(ImportStands(sheet=read_sheet(out)))
        copy = target.load()
    finally:
        target.close()
    notes = TRICKY.notes.replace("\r\n", "\n")  # a spreadsheet line break is one character
    expected = [without_id(s) for s in event.stands]
    expected[5] = replace(expected[5], notes=notes)
    assert [without_id(s) for s in copy.stands] == expected
    assert ({b.number: b.stand_id for b in copy.booths}
            == {b.number: b.stand_id for b in event.booths})


def test_english_and_german_headers(source: Database) -> None:
    english, rows = stand_table(source.load(), lang="en")
    german, _ = stand_table(source.load(), lang="de")
    assert english[:5] == ("id", "booth", "frontage_m", "organisation", "project")
    assert german[:5] == ("ID", "Stand", "Frontanteil", "Organisation", "Projekt")
    assert "E-Mail" in german and "email" in english
    assert rows[5][:3] == (6, "S4", None)  # a booth of its own: no share of the front


def test_neutralised() -> None:
    for text in ("=1+1", "+49", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert neutralised(text) == "'" + text
    for text in ("", "Verein", "1=1", " =x", "'quoted"):
        assert neutralised(text) == text


def test_csv_cells_never_start_a_formula(source: Database, tmp_path: Path) -> None:
    out = tmp_path / "stands.csv"
    write_table(out, stand_table(source.load(), lang="de"), lang="de")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfID;Stand;Frontanteil;Organisation;")  # BOM for Excel, ";" in German
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    tricky = rows[6]
    assert tricky[3] == "'=HYPERLINK(\"http://evil.example\",\"klick\")"
    assert tricky[11] == "'+49 345 1234567"
    assert tricky[12] == "12,500001" and tricky[13] == "1,805"
    assert tricky[22] == "21.09.2020 07:30"


def test_xlsx_cells_are_text_never_formulas(source: Database, tmp_path: Path) -> None:
    out = tmp_path / "stands.xlsx"
    write_table(out, stand_table(source.load(), lang="en"), lang="en")
    sheet = load_workbook(out).active
    assert sheet.title == "Stands"
    assert [cell.value for cell in sheet[1]][:4] == ["id", "booth", "frontage_m", "organisation"]
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    tricky = [cell.value for cell in sheet[7]]
    assert tricky[3] == "'=HYPERLINK(\"http://evil.example\",\"klick\")"
    assert tricky[12] == 12.500001 and tricky[13] == 1.805 and tricky[21] == 3
    assert tricky[22] == datetime(2020, 9, 21, 7, 30)


def test_a_failed_write_leaves_an_older_file(source: Database, tmp_path: Path) -> None:
    out = tmp_path / "stands.csv"
    out.write_text("older", encoding="utf-8")
    table = stand_table(source.load())
    broken = (table[0], [*table[1], (None, None, None, Bad())])
    with pytest.raises(RuntimeError):
        write_table(out, broken)  # type: ignore[arg-type]
    assert out.read_text(encoding="utf-8") == "older"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("stands")) == [
        "stands.csv"]


class Bad:
    def __str__(self) -> str:
        raise RuntimeError("no text")
