"""From a sheet's rows to stands: each row read and checked, with the spreadsheet's row numbers."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace

from boothmanager.domain.booth import Booth
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.shares import MIN_SHARE_MM, front_length
from boothmanager.domain.sheets import cells
from boothmanager.domain.sheets.cells import CellError, blank, shortened
from boothmanager.domain.sheets.columns import NEED_COLUMNS, ColumnPlan, Column, plan_columns
from boothmanager.domain.sheets.relations import names
from boothmanager.domain.sheets.problems import (
    RowProblem,
    RowProblemKind,
    SheetProblem,
    SheetProblemKind,
    UnusableSheet,
)
from boothmanager.domain.stand import EMAIL, LIMITS, MAX_AREA_MM2, MAX_STAFF, MAX_TABLE_MM, Stand

C = Column
LINES = {C.ORGANISATION: "organisation", C.PROJECT: "project", C.THEME: "theme",
         C.WEBSITE: "website", C.CONTACT_NAME: "contact_name", C.EMAIL: "email",
         C.PHONE: "phone"}
PARAGRAPHS = {C.DESCRIPTION: "description", C.CONTACT: "contact", C.NOTES: "notes"}
BoothLookup = Callable[[str], Booth | None]
MAX_FRONTAGE_MM = 100_000  # a stand's part of a booth's front: more is a typing accident


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int  # the spreadsheet's own row number
    cells: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """A sheet as read: its header row and the rows below it, cells as the file held them."""

    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    header_row: int = 1
    source: str = ""  # what was read, e.g. "CSV, cp1252, ';'"
    worksheets: tuple[str, ...] = ()  # an XLSX workbook's worksheets (a CSV file has none)
    worksheet: str = ""  # the one read


@dataclass(frozen=True, slots=True)
class ImportRow:
    """A stand a row gives; `near_rows`/`apart_rows`: rows of the sheet it names in those
    columns (their stands get ids only on import); stands of the event are in the Stand."""

    row: int
    stand: Stand
    booth: str | None = None
    near_rows: tuple[int, ...] = ()
    apart_rows: tuple[int, ...] = ()
    frontage_mm: int | None = None  # its part of the booth's front (a shared booth), or None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The stands a sheet gives, and every problem of its rows (all rows or none import)."""

    rows: tuple[ImportRow, ...]
    problems: tuple[RowProblem, ...]
    columns: ColumnPlan

    @property
    def ok(self) -> bool:
        return not self.problems


def fold(text: str) -> str:
    """A name as compared for duplicates: NFC, case-folded, white space collapsed."""
    return unicodedata.normalize("NFC", " ".join(unicodedata.normalize("NFC", text)
                                                 .casefold().split()))


def stand_key(organisation: str, project: str) -> tuple[str, str]:
    return fold(organisation), fold(project)


def plan_import(sheet: Sheet, *, mapping: Mapping[str, str | None] | None = None,
                existing: Iterable[Stand] = (), booth_of: BoothLookup | None = None,
                themes: Collection[str] | None = None) -> ImportPlan:
    """Read every row; duplicates are by organisation + project against `existing` and the
    sheet. `booth_of` finds a booth named in the sheet (None: booths are not checked).
    `themes` None: any theme; else a theme must be one of them (its spelling is taken)."""
    if not sheet.headers:
        raise UnusableSheet(problems=(SheetProblem(SheetProblemKind.NO_HEADER, ""),))
    columns = plan_columns(sheet.headers, mapping)
    known = {stand_key(s.organisation, s.project): s.id for s in existing}
    theme_names = None if themes is None else {fold(theme): theme for theme in themes}
    first_row: dict[tuple[str, str], int] = {}
    pending: dict[int, tuple[dict[str, tuple[str, ...]], str]] = {}
    named: list[tuple[int, str, str, str]] = []
    booth_rows: dict[str, list[int]] = {}
    frontage_cells: dict[int, str] = {}  # row -> its part of the front as the sheet wrote it
    rows: list[ImportRow] = []
    problems: list[RowProblem] = []
    for row in sheet.rows:
        if all(blank(cell) for cell in row.cells):
            continue
        values, found = read_row(row, columns, theme_names, sheet.headers)
        booth = values.pop("booth", None)
        frontage = values.pop("_frontage", None)
        if frontage is not None:
            frontage_cells[row.number] = shortened(row.cells[columns.index(C.FRONTAGE) or 0])
        refs = {name: values.pop(f"_{name}", ()) for name in ("near", "apart")}
        sheet_id = str(values.pop("_sheet_id", ""))
        if values.get("organisation") or values.get("project"):
            named.append((row.number, str(values.get("organisation", "")),
                          str(values.get("project", "")), sheet_id))
        found.extend(wish_problems(row.number, values, booth_of, columns, sheet.headers))
        if not values.get("organisation") and not values.get("project"):
            found.append(RowProblem(row.number, RowProblemKind.MISSING_NAME))
        else:
            key = stand_key(str(values.get("organisation", "")), str(values.get("project", "")))
            if key in known:
                found.append(RowProblem(row.number, RowProblemKind.DUPLICATE_EXISTING,
                                        other=known[key]))
            elif key in first_row:
                found.append(RowProblem(row.number, RowProblemKind.DUPLICATE_IN_SHEET,
                                        other=first_row[key]))
            else:
                first_row[key] = row.number
        if isinstance(booth, str):
            header = sheet.headers[columns.index(C.BOOTH) or 0]
            twin = next((p.other for p in found if p.kind is RowProblemKind.DUPLICATE_EXISTING),
                        None)
            found.extend(replace(problem, header=header) for problem in
                         booth_problems(row.number, booth, booth_of, booth_rows)
                         if not held_by(problem, twin))  # the duplicate's own booth: said once
        elif frontage is not None:
            found.append(RowProblem(row.number, RowProblemKind.FRONTAGE_NO_BOOTH,
                                    C.FRONTAGE.value, frontage_cells[row.number],
                                    header=sheet.headers[columns.index(C.FRONTAGE) or 0]))
        if not found:
            try:
                rows.append(ImportRow(row.number, Stand(**values), booth,  # type: ignore[arg-type]
                                      frontage_mm=frontage))  # type: ignore[arg-type]
                if any(refs.values()):
                    pending[row.number] = (refs, sheet_id)
            except InvalidValue as error:
                found.append(RowProblem(row.number, RowProblemKind.INVALID, error.field,
                                        shortened(error.value), reason=error.reason))
        problems.extend(found)
    rows, more = frontage_problems(rows, booth_of, sheet.headers[columns.index(C.FRONTAGE) or 0],
                                   frontage_cells)
    problems.extend(more)
    existing = list(existing)
    rows, more = relate(rows, pending, existing, named, columns, sheet.headers)
    problems = sorted([*problems, *more], key=lambda p: p.row)  # stable: a row's own order
    return ImportPlan(rows=tuple(rows), problems=tuple(problems), columns=columns)


RefCells = dict[str, tuple[str, ...]]


def relate(rows: list[ImportRow], pending: dict[int, tuple[RefCells, str]],
           existing: list[Stand], named: list[tuple[int, str, str, str]], columns: ColumnPlan,
           headers: tuple[str, ...]) -> tuple[list[ImportRow], list[RowProblem]]:
    """Resolve near/apart names to the event's stands and the sheet's rows. A row naming no
    stand, several, itself, a row with problems, or one stand as near and apart gets a
    problem and is left out; rows that named it are checked again. `named`: (row, org,
    project, sheet id) of every row with a name, with problems or not."""
    from boothmanager.domain.sheets.relations import StandIndex, Target, ids_and_rows

    problems: list[RowProblem] = []
    while True:
        good = {r.row for r in rows}
        targets = [Target(org, project, row=number, sheet_id=sheet_id,
                          dropped=number not in good) for number, org, project, sheet_id in named]
        index = StandIndex(existing, targets)
        bad: set[int] = set()
        resolved: dict[int, ImportRow] = {}
        for item in rows:
            refs = pending.get(item.row, ({}, ""))[0]
            if not any(refs.values()):
                continue
            sides = {}
            for name, column in (("near", C.NEAR), ("apart", C.APART)):
                header = headers[columns.index(column) or 0]
                found = {entry: index.find(entry) for entry in refs.get(name, ())}
                for entry, hit in found.items():
                    reason = hit.reason
                    if hit.target is not None and hit.target.row == item.row:
                        reason = "names this row's own stand"
                    elif hit.target is not None and hit.target.dropped:
                        reason = f"names row {hit.target.row}, which has problems"
                    if reason:
                        bad.add(item.row)
                        problems.append(RowProblem(item.row, RowProblemKind.INVALID, name,
                                                   shortened(entry), reason=reason,
                                                   header=header))
                sides[name] = ids_and_rows(found)
            if item.row in bad:
                continue
            near_ids, near_rows = sides["near"]
            apart_ids, apart_rows = sides["apart"]
            if near_ids & apart_ids or set(near_rows) & set(apart_rows):
                bad.add(item.row)
                problems.append(RowProblem(item.row, RowProblemKind.INVALID, "apart",
                                           reason="names a stand also named as near",
                                           header=headers[columns.index(C.APART) or 0]))
                continue
            resolved[item.row] = replace(item, stand=replace(item.stand, near=near_ids,
                                                             apart=apart_ids),
                                         near_rows=near_rows, apart_rows=apart_rows)
        if not bad:
            return [resolved.get(r.row, r) for r in rows], problems
        rows = [r for r in rows if r.row not in bad]  # and once more: who named them?


def wish_problems(row: int, values: dict[str, object], booth_of: BoothLookup | None,
                  columns: ColumnPlan, headers: tuple[str, ...]) -> list[RowProblem]:
    """Turn the wished booths and zones into the stand's wishes (booths first); a wished
    booth the event lacks is a problem."""
    from boothmanager.domain.stand import StandWish

    booths = values.pop("_wished_booths", ())
    zones = values.pop("_wished_zones", ())
    problems = []
    for number in booths:  # type: ignore[union-attr]
        if booth_of is not None and booth_of(number) is None:
            problems.append(RowProblem(row, RowProblemKind.UNKNOWN_BOOTH, C.WISHED_BOOTHS.value,
                                       shortened(number),
                                       header=headers[columns.index(C.WISHED_BOOTHS) or 0]))
    if booths or zones:
        values["wishes"] = (*(StandWish(booth=b) for b in booths),  # type: ignore[union-attr]
                            *(StandWish(zone=z) for z in zones))  # type: ignore[union-attr]
    return problems


def booth_problems(row: int, number: str, booth_of: BoothLookup | None,
                   booth_rows: dict[str, list[int]]) -> list[RowProblem]:
    """A row's booth: it must exist and have a place left. A booth takes as many stands as it
    has places (`Booth.places`): the event's stands on it and the earlier rows put there."""
    field = C.BOOTH.value
    earlier = booth_rows.setdefault(number, [])
    if booth_of is None:  # booths are not checked: one stand per booth among the rows
        if earlier:
            return [RowProblem(row, RowProblemKind.BOOTH_TAKEN, field, shortened(number),
                               other=earlier[0], reason="row")]
        earlier.append(row)
        return []
    booth = booth_of(number)
    if booth is None:
        return [RowProblem(row, RowProblemKind.UNKNOWN_BOOTH, field, shortened(number))]
    holders = booth.stand_ids
    if len(holders) + len(earlier) < booth.places:
        earlier.append(row)
        return []
    if booth.places > 1:
        return [RowProblem(row, RowProblemKind.BOOTH_FULL, field, number, other=booth.places,
                           booth=booth.number, holders=holders, holder_rows=tuple(earlier))]
    if holders:
        return [RowProblem(row, RowProblemKind.BOOTH_TAKEN, field, number, other=holders[0])]
    return [RowProblem(row, RowProblemKind.BOOTH_TAKEN, field, number, other=earlier[0],
                       reason="row")]


def held_by(problem: RowProblem, stand_id: int | None) -> bool:
    """The problem is that `stand_id` (the event's stand the row repeats) holds the booth."""
    if stand_id is None or problem.reason == "row":
        return False
    if problem.kind is RowProblemKind.BOOTH_FULL:
        return stand_id in problem.holders
    return problem.kind is RowProblemKind.BOOTH_TAKEN and problem.other == stand_id


def frontage_problems(rows: list[ImportRow], booth_of: BoothLookup | None, header: str,
                      cells_: Mapping[int, str]) -> tuple[list[ImportRow], list[RowProblem]]:
    """Parts of the front the sheet gives must fit each booth's front, with the parts of the
    stands on it already: all parts given, they add up to the front; else they leave at least
    MIN_SHARE_MM for each stand without one. Rows whose parts do not fit are left out."""
    by_booth: dict[str, list[ImportRow]] = {}
    for item in rows:
        if item.booth is not None:
            by_booth.setdefault(item.booth, []).append(item)
    bad: set[int] = set()
    problems: list[RowProblem] = []
    for number, here in by_booth.items():
        given = [item for item in here if item.frontage_mm is not None]
        booth = booth_of(number) if booth_of is not None and given else None
        if booth is None:
            continue
        parts = [*(share.frontage_mm for share in booth.shares),
                 *(item.frontage_mm for item in here)]
        total, front = sum(part or 0 for part in parts), front_length(booth)
        rest = parts.count(None)
        if rest == 0 and total != front:
            sizes: tuple[int, ...] = (total, front)
        elif rest and total + MIN_SHARE_MM * rest > front:
            sizes = (total, front, rest)
        else:
            continue
        for item in given:
            bad.add(item.row)
            problems.append(RowProblem(item.row, RowProblemKind.FRONTAGE_SUM, C.FRONTAGE.value,
                                       cells_.get(item.row, ""), header=header,
                                       booth=booth.number, sizes=sizes))
    return [item for item in rows if item.row not in bad], problems


def read_row(row: SheetRow, columns: ColumnPlan, themes: Mapping[str, str] | None,
             headers: tuple[str, ...]) -> tuple[dict[str, object], list[RowProblem]]:
    """The stand's fields this row gives, and the problems of its cells."""
    values: dict[str, object] = {"organisation": "", "project": ""}
    needs = set()
    problems: list[RowProblem] = []
    for index, column in columns.fields:
        cell = row.cells[index] if index < len(row.cells) else None
        try:
            if column in NEED_COLUMNS:
                if cells.flag(cell):
                    needs.add(NEED_COLUMNS[column])
            else:
                read_cell(column, cell, values, themes)
        except CellError as error:
            problems.append(RowProblem(row.number, error.kind, column.value, shortened(cell),
                                       reason=error.reason, header=headers[index]))
    values["needs"] = frozenset(needs)
    return values, problems


def read_cell(column: Column, cell: object, values: dict[str, object],
              themes: Mapping[str, str] | None) -> None:
    """Put what one cell says into `values`, or raise CellError."""
    if column in LINES or column in PARAGRAPHS:
        field = LINES.get(column) or PARAGRAPHS[column]
        found = cells.text(cell, multiline=column in PARAGRAPHS)
        if len(found) > LIMITS[field]:
            raise CellError(RowProblemKind.TOO_LONG, f"at most {LIMITS[field]} characters")
        if column is C.EMAIL and found and not EMAIL.fullmatch(found):
            raise CellError(RowProblemKind.BAD_EMAIL)
        if column is C.THEME and found and themes is not None:
            if fold(found) not in themes:
                raise CellError(RowProblemKind.UNKNOWN_THEME)
            found = themes[fold(found)]
        values[field] = found
    elif column is C.AREA:
        values["min_area_mm2"] = cells.scaled(cell, 1_000_000, low=1, high=MAX_AREA_MM2,
                                              unit="m²")
    elif column is C.TABLE_LENGTH:
        values["table_length_mm"] = cells.scaled(cell, 1_000, low=1, high=MAX_TABLE_MM, unit="m")
    elif column is C.STAFF:
        values["staff_count"] = cells.count(cell, high=MAX_STAFF)
    elif column is C.SETUP:
        values["setup_at"] = cells.moment(cell)
    elif column is C.TEARDOWN:
        values["teardown_at"] = cells.moment(cell)
    elif column is C.STATUS:
        values["status"] = cells.status(cell)
    elif column is C.PLACEHOLDER:
        values["placeholder"] = cells.flag(cell)
    elif column is C.BOOTH:
        values["booth"] = cells.text(cell) or None
    elif column is C.FRONTAGE:
        part = cells.scaled(cell, 1_000, low=1, high=MAX_FRONTAGE_MM, unit="m")
        if part is not None and part < MIN_SHARE_MM:
            raise CellError(RowProblemKind.OUT_OF_RANGE, f"at least {MIN_SHARE_MM / 1000} m "
                                                         f"and at most {MAX_FRONTAGE_MM // 1000} m")
        values["_frontage"] = part
    elif column is C.WISHED_BOOTHS:
        values["_wished_booths"] = names(cell)
    elif column is C.WISHED_ZONES:
        values["_wished_zones"] = names(cell)
    elif column is C.ZONES:
        values["zones"] = frozenset(names(cell))
    elif column is C.NEAR:
        values["_near"] = names(cell, stands=True)
    elif column is C.APART:
        values["_apart"] = names(cell, stands=True)
    elif column is C.ID:
        # An export's stand ids: near/apart may name rows by them; the event gives new ids.
        values["_sheet_id"] = cells.text(cell)
