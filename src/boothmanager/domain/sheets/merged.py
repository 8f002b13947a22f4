"""Column names from an XLSX header with merged cells: spans, stacked rows, group headings."""

from __future__ import annotations

from typing import Any

from boothmanager.domain.sheets.cells import blank, text
from boothmanager.domain.sheets.columns import KNOWN, header_key

MAX_BAND = 3  # header rows at most; deeper merges are data laid out for the eye


def header_names(sheet: Any, records: list[tuple[object, ...]], *, header_row: int,
                 first_column: int) -> tuple[list[str], int]:
    """Each column's name and how many rows the header takes.

    A header cell merged down (A1:A2 "Organisation") names its column; one merged across
    (B1:D1 "Bedarf") with names below it (Strom, Wasser, Netz) is a group heading, and the
    names below count. A name merged across columns without names below belongs to its
    first column; the others are unnamed.
    """
    first_row = sheet.min_row

    def cell(row: int, column: int) -> object:
        index, offset = row - first_row, column - first_column
        if 0 <= index < len(records) and 0 <= offset < len(records[index]):
            return records[index][offset]
        return None

    merges = [m for m in sheet.merged_cells.ranges
              if m.min_row <= header_row + MAX_BAND - 1 and m.max_row >= header_row]
    end = header_row
    for merge in merges:
        if merge.min_row <= header_row <= merge.max_row:
            end = max(end, merge.max_row)
    for merge in merges:
        if (merge.min_row == header_row == merge.max_row and merge.max_col > merge.min_col
                and names_below(cell, header_row + 1, merge.min_col, merge.max_col)):
            end = max(end, header_row + 1)
    end = min(end, header_row + MAX_BAND - 1)
    covering = {}
    for merge in merges:
        for row in range(max(merge.min_row, header_row), min(merge.max_row, end) + 1):
            for column in range(merge.min_col, merge.max_col + 1):
                covering[row, column] = merge
    width = len(records[header_row - first_row]) if records else 0
    names = []
    for column in range(first_column, first_column + width):
        names.append(column_name(cell, covering, column, header_row, end))
    return names, end - header_row + 1


def column_name(cell: Any, covering: dict[tuple[int, int], Any], column: int, top: int,
                bottom: int) -> str:
    """The lowest name in the column's part of the header band."""
    for row in range(bottom, top - 1, -1):
        merge = covering.get((row, column))
        if merge is not None and (row, column) != (merge.min_row, merge.min_col):
            if merge.min_col != column:
                return ""  # spanned from a column to the left: that column has the name
            return text(cell(merge.min_row, merge.min_col))
        if not blank(cell(row, column)):
            return text(cell(row, column))
    return ""


def names_below(cell: Any, row: int, first: int, last: int) -> bool:
    """Whether the cells under a heading are column names (all text, one at least known)."""
    below = [cell(row, column) for column in range(first, last + 1)]
    return (all(isinstance(value, str) and value.strip() for value in below)
            and any(header_key(value) in KNOWN for value in below))  # type: ignore[arg-type]
