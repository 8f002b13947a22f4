"""Reading a stand sheet from a file: CSV in any common encoding and delimiter, or XLSX."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import replace
from pathlib import Path

from boothmanager.domain.sheets.cells import blank, text
from boothmanager.domain.sheets.problems import SheetProblem, SheetProblemKind, UnusableSheet
from boothmanager.domain.sheets.rows import Sheet, SheetRow

DELIMITERS = (";", ",", "\t", "|")
CSV_FIELD_LIMIT = 16 * 1024 * 1024  # characters in one cell; a stand's longest text is 10,000
XLSX_MAGIC = b"PK\x03\x04"


def unreadable(path: Path | str, detail: str) -> UnusableSheet:
    return UnusableSheet(problems=(SheetProblem(SheetProblemKind.UNREADABLE, str(path), detail),))


def read_sheet(path: Path, *, worksheet: str | None = None) -> Sheet:
    """A worksheet of an XLSX file (`worksheet`, else the active one), or a CSV file (by its
    content, not its name; it has no worksheets to choose)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise unreadable(path, error.strerror or str(error)) from error
    if data.startswith(XLSX_MAGIC):
        return read_xlsx(data, worksheet=worksheet)
    if path.suffix.casefold() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise unreadable(path, "not an XLSX workbook; save it as .xlsx or .csv")
    return read_csv(data)


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: a BOM says it; else UTF-8 if it is valid, else Windows-1252
    (Latin-1 with „“€ where Latin-1 has control codes), else Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def delimiter_of(content: str) -> str:
    """The delimiter that splits the first non-empty line into the most cells."""
    first = next((line for line in content.splitlines() if line.strip()), "")
    counts = {}
    for candidate in DELIMITERS:
        try:
            counts[candidate] = len(next(csv.reader([first], delimiter=candidate), []))
        except csv.Error:
            counts[candidate] = 0
    return max(DELIMITERS, key=lambda candidate: counts[candidate])  # ties: the earlier


def read_csv(data: bytes) -> Sheet:
    content, encoding = decode(data)
    content = content.replace("\x00", "")  # NUL ends a C string; no spreadsheet means one
    delimiter = delimiter_of(content)
    previous = csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        records = list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise unreadable("CSV", str(error)) from error
    finally:
        csv.field_size_limit(previous)
    shown = "tab" if delimiter == "\t" else repr(delimiter)
    return sheet_from(records, first_row=1, source=f"CSV, {encoding}, {shown}")


def sheet_from(records: list[tuple[object, ...]] | list[list[str]], *, first_row: int,
               source: str, band: int = 1, names: list[str] | None = None) -> Sheet:
    """Header row: the first row with anything in it (`band` rows deep); data rows below."""
    start = next((i for i, record in enumerate(records)
                  if not all(blank(cell) for cell in record)), None)
    if start is None:
        raise UnusableSheet(problems=(SheetProblem(SheetProblemKind.NO_HEADER, source),))
    headers = names if names is not None else [text(cell) for cell in records[start]]
    rows = tuple(SheetRow(first_row + index, tuple(record))
                 for index, record in enumerate(records) if index >= start + band)
    return Sheet(headers=tuple(headers), rows=rows, header_row=first_row + start, source=source)


def read_xlsx(data: bytes, *, worksheet: str | None = None) -> Sheet:
    """The worksheet named `worksheet`, else the active one (else the first); cached values of
    formulas, never a formula run. The sheet lists the workbook's worksheets in `worksheets`."""
    from openpyxl import load_workbook  # loaded only when a workbook is read

    from boothmanager.domain.sheets.merged import header_names

    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as error:
        raise unreadable("XLSX", str(error) or type(error).__name__) from error
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise unreadable("XLSX", str(error) or type(error).__name__) from error
    try:
        titles = tuple(str(found.title) for found in workbook.worksheets)
        if worksheet is not None:
            if worksheet not in titles:
                raise unreadable("XLSX", f"the workbook has no worksheet {worksheet!r}")
            sheet = workbook.worksheets[titles.index(worksheet)]
        else:
            sheet = workbook.active if workbook.active in workbook.worksheets else None
            sheet = sheet or (workbook.worksheets[0] if workbook.worksheets else None)
        if sheet is None:
            raise unreadable("XLSX", "the workbook has no worksheet")
        chosen = {"worksheets": titles, "worksheet": str(sheet.title)}
        records = list(sheet.iter_rows(values_only=True))
        first_row, first_column = sheet.min_row, sheet.min_column
        start = next((i for i, record in enumerate(records)
                      if not all(blank(cell) for cell in record)), None)
        if start is None:
            return sheet_from(records, first_row=first_row, source="XLSX")  # refused: empty
        names, band = header_names(sheet, records, header_row=first_row + start,
                                   first_column=first_column)
        return replace(sheet_from(records, first_row=first_row, source=f"XLSX, {sheet.title!r}",
                                  band=band, names=names), **chosen)
    finally:
        workbook.close()


def worksheet_names(path: Path) -> tuple[str, ...]:
    """The worksheets of an XLSX workbook, in order; () for a CSV file or what cannot be read
    (so a front end can offer another worksheet when the one it read is unusable)."""
    try:
        data = path.read_bytes()
    except OSError:
        return ()
    if not data.startswith(XLSX_MAGIC):
        return ()
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # noqa: BLE001 - a damaged workbook has no names to offer
        return ()
    try:
        return tuple(str(found.title) for found in workbook.worksheets)
    finally:
        workbook.close()
