"""The import dialog's logic without Qt: the file, its worksheet, the mapping and the checked rows.

The Qt dialog only shows what an ImportSession holds, so all of it is tested without a screen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from boothmanager.domain import Event
from boothmanager.domain.sheets import (
    Column,
    RowProblem,
    Sheet,
    SheetProblem,
    UnusableSheet,
    plan_columns,
    plan_import,
    read_sheet,
    worksheet_names,
)
from boothmanager.domain.sheets.cells import blank, text
from boothmanager.domain.sheets.columns import KNOWN, header_key
from boothmanager.domain.sheets.themes import ThemeNote, theme_notes
from boothmanager.operations.importing import ImportStands

Mapping = dict[str, str | None]  # header -> field name, or None: not imported


class MappingMemory(Protocol):
    """Where mappings are kept between dialogs, by a key of the sheet's header names."""

    def recall(self, key: str) -> Mapping | None: ...
    def keep(self, key: str, mapping: Mapping) -> None: ...


@dataclass
class DictMemory:
    """Mappings kept in a dict: for tests, and for a session without settings."""

    kept: dict[str, Mapping] = field(default_factory=dict)

    def recall(self, key: str) -> Mapping | None:
        return dict(self.kept[key]) if key in self.kept else None

    def keep(self, key: str, mapping: Mapping) -> None:
        self.kept[key] = dict(mapping)


def headers_key(headers: Iterable[str]) -> str:
    """One key for the same header names, whatever their order, case or punctuation."""
    names = sorted({header_key(header) for header in headers} - {""})
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class SheetColumn:
    """A column of the sheet; only a column with a header of its own can be mapped."""

    index: int
    header: str
    mappable: bool


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """A row of the sheet as the preview shows it, with its problems and notes."""

    row: int  # the spreadsheet's own row number
    cells: tuple[object, ...]
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[ThemeNote, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class Check:
    """Every row checked against the event; `sheet_problems`: the mapping cannot be used."""

    rows: tuple[PreviewRow, ...]
    sheet_problems: tuple[SheetProblem, ...] = ()
    ignored: tuple[str, ...] = ()

    @property
    def valid_count(self) -> int:
        return 0 if self.sheet_problems else sum(1 for row in self.rows if row.valid)

    @property
    def problem_count(self) -> int:
        """Rows with a problem (they are left out of an import of the valid rows)."""
        return 0 if self.sheet_problems else sum(1 for row in self.rows if not row.valid)

    @property
    def importable(self) -> bool:
        return not self.sheet_problems and self.valid_count > 0


class ImportSession:
    """One import: choose a file (and worksheet), map its columns, check the rows, import."""

    def __init__(self, memory: MappingMemory | None = None) -> None:
        self.memory: MappingMemory = memory if memory is not None else DictMemory()
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.worksheets: tuple[str, ...] = ()
        self.failure: tuple[SheetProblem, ...] = ()  # why the file could not be read
        self.choices: dict[int, Column | None] = {}
        self.remembered = False  # the mapping came from an earlier import of these headers
        self.strict_themes = False  # a theme must be one the event's stands use already

    # The file ----------------------------------------------------------------------------
    def load(self, path: Path, worksheet: str | None = None) -> bool:
        """Read `path` (a worksheet of it); False, with `failure` saying why, if it cannot be."""
        self.path, self.sheet, self.choices, self.remembered = Path(path), None, {}, False
        try:
            sheet = read_sheet(self.path, worksheet=worksheet)
        except UnusableSheet as error:
            self.failure = error.problems
            self.worksheets = worksheet_names(self.path)
            return False
        self.failure = ()
        self.sheet = sheet
        self.worksheets = sheet.worksheets
        self._prefill()
        return True

    @property
    def worksheet(self) -> str:
        return self.sheet.worksheet if self.sheet is not None else ""

    def columns(self) -> tuple[SheetColumn, ...]:
        if self.sheet is None:
            return ()
        keys = [header_key(header) for header in self.sheet.headers]
        # A mapping names a column by its header; of headers alike, it reaches the last.
        last = {key: index for index, key in enumerate(keys) if key}
        return tuple(SheetColumn(index, header, bool(keys[index]) and last[keys[index]] == index)
                     for index, header in enumerate(self.sheet.headers))

    def _prefill(self) -> None:
        """Each column's field: as mapped before for these headers, else by its name."""
        assert self.sheet is not None
        recalled = self.memory.recall(headers_key(self.sheet.headers))
        by_key = {header_key(h): f for h, f in (recalled or {}).items()}
        self.remembered = recalled is not None
        for column in self.columns():
            key = header_key(column.header)
            if column.mappable and key in by_key:
                field_name = by_key[key]
                self.choices[column.index] = (KNOWN.get(header_key(field_name))
                                              if field_name else None)
            else:
                self.choices[column.index] = KNOWN.get(key)

    # The mapping -------------------------------------------------------------------------
    def choice(self, index: int) -> Column | None:
        return self.choices.get(index)

    def choose(self, index: int, column: Column | None) -> None:
        """The user maps column `index` to a field (None: not imported); it is remembered."""
        if self.sheet is None or not self.columns()[index].mappable:
            return
        self.choices[index] = column
        self.remember()

    def mapping(self) -> Mapping:
        """Every mappable column's header -> field name (None: not imported)."""
        return {c.header: (self.choices[c.index].value if self.choices.get(c.index) else None)
                for c in self.columns() if c.mappable}

    def remember(self) -> None:
        if self.sheet is not None:
            self.memory.keep(headers_key(self.sheet.headers), self.mapping())

    # The check and the import ------------------------------------------------------------
    def themes(self, event: Event) -> frozenset[str] | None:
        """The themes a row may name: the event's (its stands') when strict, else any."""
        if not self.strict_themes:
            return None
        return frozenset(stand.theme for stand in event.stands if stand.theme)

    def check(self, event: Event) -> Check:
        """Each row of the sheet checked against `event` as the import would; changes nothing."""
        if self.sheet is None:
            return Check(rows=())
        rows = [row for row in self.sheet.rows if not all(blank(cell) for cell in row.cells)]
        mapping = self.mapping()
        try:
            columns = plan_columns(self.sheet.headers, mapping)
        except UnusableSheet as error:
            return Check(rows=tuple(PreviewRow(row.number, row.cells) for row in rows),
                         sheet_problems=error.problems)
        booths = {booth.number: booth for booth in event.booths}
        plan = plan_import(self.sheet, mapping=mapping, existing=event.stands,
                           booth_of=booths.get, themes=self.themes(event))
        problems: dict[int, list[RowProblem]] = {}
        for problem in plan.problems:
            problems.setdefault(problem.row, []).append(problem)
        theme_column = columns.index(Column.THEME)
        notes: dict[int, list[ThemeNote]] = {}
        if theme_column is not None:
            themes = {row.number: text(cell_at(row.cells, theme_column)) for row in rows}
            existing = (stand.theme for stand in event.stands)
            for note in theme_notes({n: t for n, t in themes.items() if t}, existing):
                notes.setdefault(note.row, []).append(note)
        return Check(rows=tuple(PreviewRow(row.number, row.cells,
                                           tuple(problems.get(row.number, ())),
                                           tuple(notes.get(row.number, ())))
                                for row in rows),
                     ignored=columns.ignored)

    def operation(self, event: Event, check: Check | None = None) -> ImportStands | None:
        """The import as one operation: every row if all are valid (all or nothing), else the
        valid rows only; None when nothing can be imported."""
        check = check or self.check(event)
        if self.sheet is None or not check.importable:
            return None
        return ImportStands(sheet=self.sheet, mapping=self.mapping(),
                            themes=self.themes(event), valid_only=check.problem_count > 0)


def cell_at(cells: Sequence[object], index: int) -> object:
    return cells[index] if index < len(cells) else None
