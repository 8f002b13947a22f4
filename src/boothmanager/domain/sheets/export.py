"""Stands and their booths out to CSV or XLSX, in German or English, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from boothmanager.domain.event import Event
from boothmanager.domain.shares import share_frontages
from boothmanager.domain.sheets.cells import FORMULA_STARTS, GERMAN_STATUS
from boothmanager.domain.sheets.columns import NEED_COLUMNS, Column, header_text
from boothmanager.domain.sheets.relations import stand_label
from boothmanager.domain.stand import Stand

C = Column
TEXTS = {C.ORGANISATION: "organisation", C.PROJECT: "project", C.DESCRIPTION: "description",
         C.THEME: "theme", C.WEBSITE: "website", C.CONTACT: "contact",
         C.CONTACT_NAME: "contact_name", C.EMAIL: "email", C.PHONE: "phone", C.NOTES: "notes"}
RELATIONS = (C.WISHED_BOOTHS, C.WISHED_ZONES, C.ZONES, C.NEAR, C.APART)
YES = {"de": "ja", "en": "yes"}
MOMENT = {"de": "%d.%m.%Y %H:%M", "en": "%Y-%m-%d %H:%M"}
XLSX_MOMENT = {"de": "DD.MM.YYYY HH:MM", "en": "YYYY-MM-DD HH:MM"}
DELIMITER = {"de": ";", "en": ","}  # German spreadsheets read ";" with decimal commas
# XML 1.0 has no place for these; the XLSX would not open.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
Table = tuple[tuple[str, ...], list[tuple[object, ...]]]


def neutralised(text: str) -> str:
    """Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a ' before it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def stand_table(event: Event, *, lang: str = "de") -> Table:
    """Headers and one row per stand (by id), with its booth (stands sharing a booth each carry
    its number, and their part of its front); private fields included: the sheet is for staff."""
    places = placements(event)
    labels = {s.id: stand_label(s) for s in event.stands if s.id is not None}
    headers = tuple(header_text(column, lang) for column in Column)
    rows = [tuple(cell_of(stand, column, *places.get(stand.id, (None, None)), lang, labels)
                  for column in Column)
            for stand in event.stands]
    return headers, rows


def placements(event: Event) -> dict[int | None, tuple[str, int | None]]:
    """Each placed stand's booth number and, on a shared booth, its part of the front in mm."""
    found: dict[int | None, tuple[str, int | None]] = {}
    for booth in event.booths:
        parts = share_frontages(booth) if booth.shared else (None,) * len(booth.shares)
        for share, part in zip(booth.shares, parts):
            found[share.stand_id] = (booth.number, part)
    return found


def cell_of(stand: Stand, column: Column, booth: str | None, frontage_mm: int | None,
            lang: str, labels: Mapping[int, str] | None = None) -> object:
    """One cell, typed: text, whole numbers, Decimal metres, datetimes, or None. `frontage_mm`:
    the stand's part of a shared booth's front. `labels`: how near/apart cells name the other
    stands (by id)."""
    if column in RELATIONS:
        return relation_cell(stand, column, labels or {})
    if column in TEXTS:
        return getattr(stand, TEXTS[column])
    if column in NEED_COLUMNS:
        return YES[lang] if NEED_COLUMNS[column] in stand.needs else ""
    match column:
        case C.ID:
            return stand.id
        case C.BOOTH:
            return booth
        case C.FRONTAGE:
            return metres(frontage_mm, 1_000)
        case C.AREA:
            return metres(stand.min_area_mm2, 1_000_000)
        case C.TABLE_LENGTH:
            return metres(stand.table_length_mm, 1_000)
        case C.STAFF:
            return stand.staff_count
        case C.SETUP:
            return stand.setup_at
        case C.TEARDOWN:
            return stand.teardown_at
        case C.STATUS:
            return GERMAN_STATUS[stand.status] if lang == "de" else stand.status.value
        case C.PLACEHOLDER:
            return YES[lang] if stand.placeholder else ""
    return None


def relation_cell(stand: Stand, column: Column, labels: Mapping[int, str]) -> str:
    """Wished booths and zones, allowed zones: "S1, S2"; near and apart: "Org / Projekt; …"."""
    match column:
        case C.WISHED_BOOTHS:
            return ", ".join(w.booth for w in stand.wishes if w.booth is not None)
        case C.WISHED_ZONES:
            return ", ".join(w.zone for w in stand.wishes if w.zone is not None)
        case C.ZONES:
            return ", ".join(sorted(stand.zones))
    ids = stand.near if column is C.NEAR else stand.apart
    return "; ".join(labels.get(i, f"#{i}") for i in sorted(ids))


def metres(value: int | None, factor: int) -> Decimal | None:
    """mm (or mm²) as metres (or m²), exactly: 12500000 mm² is 12.5."""
    if value is None:
        return None
    found = Decimal(value) / factor
    return found.quantize(Decimal(1)) if found == found.to_integral_value() else found.normalize()


@contextmanager
def whole(path: Path) -> Iterator[Path]:
    """A file written beside `path` that replaces it only when complete (an older one stays)."""
    part = path.with_name(path.name + ".part")
    try:
        yield part
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    part.replace(path)


def csv_cell(value: object, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(MOMENT[lang])
    if isinstance(value, Decimal):
        shown = format(value, "f")
        return shown.replace(".", ",") if lang == "de" else shown
    if isinstance(value, str):
        return neutralised(value)
    return str(value)


def write_csv(path: Path, table: Table, *, lang: str = "de") -> None:
    """UTF-8 with a BOM (so Excel reads the umlauts), ";" in German and "," in English."""
    headers, rows = table
    with whole(path) as part, part.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=DELIMITER[lang])
        writer.writerow([neutralised(header) for header in headers])
        writer.writerows([csv_cell(value, lang) for value in row] for row in rows)


def xlsx_cell(value: object) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, str):
        return neutralised(NOT_IN_XML.sub("", value))
    return value


def write_xlsx(path: Path, table: Table, *, lang: str = "de") -> None:
    """One worksheet; a bold, frozen header row; dates as date cells; text never a formula."""
    from openpyxl import Workbook  # loaded only when a workbook is written
    from openpyxl.styles import Font

    headers, rows = table
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Stände" if lang == "de" else "Stands"
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        sheet.append([xlsx_cell(value) for value in row])
    moments = [index for index, header in enumerate(headers, start=1)
               if header in (header_text(C.SETUP, lang), header_text(C.TEARDOWN, lang))]
    for column in moments:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = XLSX_MOMENT[lang]
    with whole(path) as part:
        workbook.save(part)


def write_table(path: Path, table: Table, *, lang: str = "de") -> None:
    """CSV or XLSX by the file's suffix (.csv, .xlsx)."""
    if path.suffix.casefold() == ".xlsx":
        write_xlsx(path, table, lang=lang)
    else:
        write_csv(path, table, lang=lang)
