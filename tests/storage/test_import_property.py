"""Property: whatever the cells hold, an import succeeds cleanly or names row problems."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from datetime import UTC
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from boothmanager.domain.sheets import (
    GERMAN,
    Column,
    ImportRefused,
    Sheet,
    SheetRow,
    UnusableSheet,
    plan_import,
    read_sheet,
)
from boothmanager.domain.sheets.export import NOT_IN_XML
from boothmanager.operations import ImportStands
from boothmanager.seed import demo_event
from boothmanager.storage import Database

HEADERS = tuple(column.value for column in Column)
TRICKY = ["=1+1", '=HYPERLINK("http://x","klick")', "+49 170 1234567", "-5", "@SUM(A1)", "'=x",
          "ja", "nein", "x", "12,5", "1.234,5", "0", "-0,5", "21.09.2020 07:00", "2020-02-30",
          "a@b.de", "a@", "S4", "S1", "S99", "angenommen", "Warteliste", "#DIV/0!", "NaN", "∞",
          "Ünïcödé e.V.", "e\u0301", "\u202eevil", "مرحبا", "\ufeffBOM"]
CELLS = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(categories=["Cc", "Cs", "Zl", "Zp", "Co"]), max_size=8),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.decimals(),
    st.booleans(),
    st.datetimes(timezones=st.none() | st.just(UTC)),
    st.dates(),
    st.times(),
    st.integers(0, 30_000).map(lambda n: "x" * n),
)
ROWS = st.lists(st.lists(CELLS, max_size=len(HEADERS) + 2).map(tuple), max_size=6)


class Rollback(Exception):
    """Leave the transaction without committing, so each example starts from the same file."""


@pytest.fixture(scope="module")
def db() -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as folder:
        database = Database.create(Path(folder) / "p.boothplan")
        database.run(demo_event())
        yield database
        database.close()


def rows_of(rows: list[tuple[object, ...]]) -> tuple[SheetRow, ...]:
    return tuple(SheetRow(number, cells) for number, cells in enumerate(rows, start=2))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=ROWS, german=st.booleans())
def test_random_cells_import_or_give_row_problems(db: Database, rows: list[tuple[object, ...]],
                                                  german: bool) -> None:
    headers = tuple(GERMAN[c] for c in Column) if german else HEADERS
    operation = ImportStands(sheet=Sheet(headers=headers, rows=rows_of(rows)))
    numbers = {number for number, cells in enumerate(rows, start=2)}
    try:
        with db.unit_of_work() as uow:
            plan = operation.plan(uow)
            change = operation.apply(uow)
            stored = uow.stands.many(frozenset(change.stands))
            assert [s.organisation for s in stored] == [r.stand.organisation for r in plan.rows]
            assert [s.notes for s in stored] == [r.stand.notes for r in plan.rows]
            raise Rollback
    except Rollback:
        assert not plan.problems
    except ImportRefused as refused:
        assert refused.problems == plan.problems
        for problem in refused.problems:
            assert problem.row in numbers
            assert problem.describe().startswith(f"row {problem.row}: ")


def text_cells(rows: list[tuple[object, ...]]) -> list[list[str]]:
    return [["" if cell is None else str(cell) for cell in row] for row in rows]


@settings(max_examples=60, deadline=None)
@given(rows=ROWS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1"]),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_random_csv_reads_as_a_sheet(rows: list[tuple[object, ...]], encoding: str,
                                     delimiter: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([list(HEADERS), *text_cells(rows)])
    data = buffer.getvalue().encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.csv"
        path.write_bytes(data)
        try:
            sheet = read_sheet(path)
        except UnusableSheet:
            return  # e.g. a header cell that swallowed the rest of the file
        plan = plan_import(sheet)
    assert all(problem.describe() for problem in plan.problems)


def xlsx_cell(cell: object) -> object:
    if isinstance(cell, Decimal) and not cell.is_finite():
        return str(cell)  # openpyxl cannot write it as a number
    if isinstance(cell, str):
        return NOT_IN_XML.sub("", cell)[:32_000]  # what a real workbook can hold
    if isinstance(cell, int) and not isinstance(cell, bool) and abs(cell) > 2**53:
        return float(cell)
    if hasattr(cell, "tzinfo") and getattr(cell, "tzinfo", None) is not None:
        return cell.replace(tzinfo=None)  # type: ignore[union-attr]
    return cell


@settings(max_examples=25, deadline=None)
@given(rows=ROWS)
def test_random_xlsx_reads_as_a_sheet(rows: list[tuple[object, ...]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(HEADERS))
    for row in rows:
        try:
            sheet.append([xlsx_cell(cell) for cell in row])
        except (ValueError, TypeError):
            return  # openpyxl cannot write it (e.g. a Decimal NaN); no workbook holds it
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.xlsx"
        workbook.save(path)
        plan = plan_import(read_sheet(path))
    assert all(problem.describe() for problem in plan.problems)
