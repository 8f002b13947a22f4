"""Benchmark of the spreadsheet import: a 5,000-row XLSX of stands into the demo event.

Writes its own workbook (every column, German headers, realistic cells) to a temporary folder,
then times reading the workbook, checking the rows and the import as one transaction, each
separately, and prints seconds and rows per second. Asserts nothing.
Run: `python bench/import_sheet.py [ROWS]`.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # also without installing

from openpyxl import Workbook  # noqa: E402

from boothmanager.domain.sheets import GERMAN, Column, plan_import, read_sheet  # noqa: E402
from boothmanager.operations import ImportStands  # noqa: E402
from boothmanager.seed import demo_event  # noqa: E402
from boothmanager.storage import Database  # noqa: E402

THEMES = ("Arbeitsmarkt", "Bildung", "Sprache", "Beratung", "Kultur", "Sport")
STATUSES = ("beworben", "angenommen", "Warteliste", "")


def row(index: int, rng: random.Random) -> list[object]:
    start = datetime(2020, 9, 21, 7) + timedelta(minutes=15 * rng.randrange(8))
    values: dict[Column, object] = {
        Column.ORGANISATION: f"Träger {index} e.V.",
        Column.PROJECT: f"Projekt {index} – Vielfalt vor Ort",
        Column.DESCRIPTION: "Beratung, Begleitung und Begegnung.\nZweite Zeile." * rng.randint(1, 3),
        Column.THEME: rng.choice(THEMES),
        Column.WEBSITE: f"https://projekt-{index}.example.org",
        Column.CONTACT_NAME: f"Person {index}",
        Column.EMAIL: f"kontakt{index}@example.org",
        Column.PHONE: f"+49 345 {1_000_000 + index}",
        Column.AREA: rng.choice([6, 9, 12, "12,5", "15 m²"]),
        Column.TABLE_LENGTH: rng.choice([None, 1.2, "1,8"]),
        Column.POWER: rng.choice(["ja", "", "x"]),
        Column.WATER: rng.choice(["", "", "ja"]),
        Column.NETWORK: rng.choice([True, False]),
        Column.STAFF: rng.randint(1, 4),
        Column.SETUP: start,
        Column.TEARDOWN: start.strftime("%d.%m.%Y") + " 18:00",
        Column.STATUS: rng.choice(STATUSES),
        Column.NOTES: "=intern" if index % 97 == 0 else "",
    }
    return [values.get(column) for column in Column]


def workbook(path: Path, rows: int) -> None:
    rng = random.Random(2020)
    book = Workbook()
    sheet = book.active
    sheet.append([GERMAN[column] for column in Column])
    for index in range(1, rows + 1):
        sheet.append(row(index, rng))
    book.save(path)


def timed(action):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def run(rows: int, rounds: int = 3) -> None:
    folder = Path(tempfile.mkdtemp())
    sheet_path = folder / "stands.xlsx"
    _, written = timed(lambda: workbook(sheet_path, rows))
    reads, plans, imports = [], [], []
    for round_ in range(rounds):
        sheet, seconds = timed(lambda: read_sheet(sheet_path))
        reads.append(seconds)
        plan, seconds = timed(lambda: plan_import(sheet))
        plans.append(seconds)
        assert plan.ok, plan.problems[:3]
        db = Database.create(folder / f"event-{round_}.boothplan")
        db.run(demo_event())
        change, seconds = timed(lambda: db.run(ImportStands(sheet=sheet)))
        imports.append(seconds)
        assert len(change.stands) == rows
        db.close()
    read, check, store = (statistics.median(x) for x in (reads, plans, imports))
    total = read + store  # the import checks the rows itself, inside its transaction
    size = sheet_path.stat().st_size / 1_000_000
    print(f"import of a {rows}-row XLSX ({len(Column)} columns, {size:.1f} MB; written in "
          f"{written:.2f} s), median of {rounds}:")
    print(f"  read the workbook (openpyxl): {read:.2f} s, {rows / read:,.0f} rows/s")
    print(f"  check every row (no file): {check:.2f} s, {rows / check:,.0f} rows/s")
    print(f"  check and store in one transaction: {store:.2f} s, {rows / store:,.0f} rows/s")
    print(f"  file to event, all of it: {total:.2f} s, {rows / total:,.0f} rows/s")


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else 5_000)
