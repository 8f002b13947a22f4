"""The import dialog's words: field names, row problems and sheet problems in the UI language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from boothmanager.domain.shares import MIN_SHARE_MM
from boothmanager.domain.sheets import Column, RowProblem, RowProblemKind, SheetProblem
from boothmanager.domain.sheets.problems import SheetProblemKind
from boothmanager.domain.sheets.rows import MAX_FRONTAGE_MM
from boothmanager.domain.sheets.themes import ThemeNote
from boothmanager.domain.stand import LIMITS, MAX_AREA_MM2, MAX_STAFF, MAX_TABLE_MM
from boothmanager.gui.wording import fill, metres_text, one_line

C = Column
K = RowProblemKind
# The stand field a text column fills, for its length limit.
TEXT_FIELDS = {C.ORGANISATION: "organisation", C.PROJECT: "project", C.THEME: "theme",
               C.WEBSITE: "website", C.CONTACT_NAME: "contact_name", C.EMAIL: "email",
               C.PHONE: "phone", C.DESCRIPTION: "description", C.CONTACT: "contact",
               C.NOTES: "notes"}


def column_text(column: Column) -> str:
    """A stand field as the mapping offers it."""
    return {
        C.ID: QCoreApplication.translate("ImportDialog", "Stand ID (not imported)"),
        C.BOOTH: QCoreApplication.translate("ImportDialog", "Booth"),
        C.FRONTAGE: QCoreApplication.translate("ImportDialog", "Share of the front (m)"),
        C.ORGANISATION: QCoreApplication.translate("ImportDialog", "Organisation"),
        C.PROJECT: QCoreApplication.translate("ImportDialog", "Project"),
        C.DESCRIPTION: QCoreApplication.translate("ImportDialog", "Description"),
        C.THEME: QCoreApplication.translate("ImportDialog", "Theme"),
        C.WEBSITE: QCoreApplication.translate("ImportDialog", "Website"),
        C.CONTACT: QCoreApplication.translate("ImportDialog", "Contact (free text)"),
        C.CONTACT_NAME: QCoreApplication.translate("ImportDialog", "Contact name"),
        C.EMAIL: QCoreApplication.translate("ImportDialog", "E-mail"),
        C.PHONE: QCoreApplication.translate("ImportDialog", "Phone"),
        C.AREA: QCoreApplication.translate("ImportDialog", "Area (m²)"),
        C.TABLE_LENGTH: QCoreApplication.translate("ImportDialog", "Table length (m)"),
        C.POWER: QCoreApplication.translate("ImportDialog", "Needs power"),
        C.TABLE: QCoreApplication.translate("ImportDialog", "Needs a table"),
        C.PINBOARD: QCoreApplication.translate("ImportDialog", "Needs a pinboard"),
        C.WATER: QCoreApplication.translate("ImportDialog", "Needs water"),
        C.NETWORK: QCoreApplication.translate("ImportDialog", "Needs network"),
        C.WALL: QCoreApplication.translate("ImportDialog", "Needs a wall"),
        C.STEP_FREE: QCoreApplication.translate("ImportDialog", "Needs step-free access"),
        C.STAFF: QCoreApplication.translate("ImportDialog", "Staff"),
        C.SETUP: QCoreApplication.translate("ImportDialog", "Set-up"),
        C.TEARDOWN: QCoreApplication.translate("ImportDialog", "Tear-down"),
        C.STATUS: QCoreApplication.translate("ImportDialog", "Status"),
        C.PLACEHOLDER: QCoreApplication.translate("ImportDialog", "Placeholder"),
        C.NOTES: QCoreApplication.translate("ImportDialog", "Internal notes"),
        C.WISHED_BOOTHS: QCoreApplication.translate("ImportDialog", "Wished booths"),
        C.WISHED_ZONES: QCoreApplication.translate("ImportDialog", "Wished zones"),
        C.ZONES: QCoreApplication.translate("ImportDialog", "Allowed zones"),
        C.NEAR: QCoreApplication.translate("ImportDialog", "Near stands"),
        C.APART: QCoreApplication.translate("ImportDialog", "Keep apart from"),
    }[column]


def skip_text() -> str:
    return QCoreApplication.translate("ImportDialog", "– not imported –")


def field_name(problem: RowProblem) -> str:
    """The column as the sheet calls it, else the field's name."""
    if problem.header:
        return one_line(problem.header)
    column = column_of(problem.field)
    return column_text(column) if column is not None else problem.field


def column_of(field: str) -> Column | None:
    try:
        return Column(field)
    except ValueError:
        return None


def out_of_range(field: str) -> str:
    if field == C.AREA.value:
        return fill(QCoreApplication.translate("ImportDialog", "must be more than 0 and at most %1 m²"),
                    MAX_AREA_MM2 // 1_000_000)
    if field == C.TABLE_LENGTH.value:
        return fill(QCoreApplication.translate("ImportDialog", "must be more than 0 and at most %1 m"), MAX_TABLE_MM // 1_000)
    if field == C.FRONTAGE.value:
        return fill(QCoreApplication.translate("ImportDialog", "must be at least %1 and at most %2"),
                    metres_text(MIN_SHARE_MM), metres_text(MAX_FRONTAGE_MM))
    return fill(QCoreApplication.translate("ImportDialog", "must be 0 to %1"), MAX_STAFF)


def row_problem_text(problem: RowProblem) -> str:
    """What is wrong with a row, without its number: "E-Mail “anna@”: not an e-mail address"."""
    name, value = field_name(problem), one_line(problem.value)
    cell = name
    if value:
        cell = fill(QCoreApplication.translate("ImportDialog", "%1 “%2”"), name, value)
    match problem.kind:
        case K.MISSING_NAME:
            return QCoreApplication.translate("ImportDialog", "no organisation and no project")
        case K.BAD_EMAIL:
            return fill(QCoreApplication.translate("ImportDialog", "%1: not an e-mail address"), cell)
        case K.UNKNOWN_THEME:
            return fill(QCoreApplication.translate("ImportDialog", "%1: not one of the event's themes"), cell)
        case K.NOT_A_NUMBER if problem.reason:
            return fill(QCoreApplication.translate("ImportDialog", "%1: not a whole number"), cell)
        case K.NOT_A_NUMBER:
            return fill(QCoreApplication.translate("ImportDialog", "%1: not a number"), cell)
        case K.OUT_OF_RANGE:
            return fill("%1: %2", cell, out_of_range(problem.field))
        case K.NOT_YES_NO:
            return fill(QCoreApplication.translate("ImportDialog", "%1: not yes or no (ja/nein, x or empty)"), cell)
        case K.NOT_A_DATE:
            return fill(QCoreApplication.translate("ImportDialog", "%1: not a date and time (e.g. 21.09.2020 08:00)"), cell)
        case K.UNKNOWN_STATUS:
            return fill(QCoreApplication.translate("ImportDialog", "%1: not a status"), cell)
        case K.TOO_LONG:
            limit = LIMITS.get(TEXT_FIELDS.get(column_of(problem.field), ""), 0)
            return fill(QCoreApplication.translate("ImportDialog", "%1: too long (at most %2 characters)"), name, limit)
        case K.DUPLICATE_EXISTING:
            return fill(QCoreApplication.translate("ImportDialog", "the event has this stand already (stand %1)"),
                        problem.other)
        case K.DUPLICATE_IN_SHEET:
            return fill(QCoreApplication.translate("ImportDialog", "the same stand as row %1"), problem.other)
        case K.UNKNOWN_BOOTH:
            return fill(QCoreApplication.translate("ImportDialog", "%1: there is no such booth"), cell)
        case K.BOOTH_TAKEN if problem.reason == "row":
            return fill(QCoreApplication.translate("ImportDialog", "%1: row %2 puts a stand there already"), cell,
                        problem.other)
        case K.BOOTH_TAKEN:
            return fill(QCoreApplication.translate("ImportDialog", "%1: stand %2 is on it already"), cell, problem.other)
        case K.BOOTH_FULL:
            return fill(QCoreApplication.translate("ImportDialog", "%1: all %2 places on it are taken (%3)"), cell,
                        problem.other, holders_text(problem))
        case K.FRONTAGE_NO_BOOTH:
            return fill(QCoreApplication.translate("ImportDialog", "%1: a share of the front needs a booth in the same row"),
                        cell)
        case K.FRONTAGE_SUM if len(problem.sizes) == 2:
            return fill(QCoreApplication.translate("ImportDialog", "%1: the shares on booth %2 add up to %3, its front is %4"),
                        cell, one_line(problem.booth), metres_text(problem.sizes[0]),
                        metres_text(problem.sizes[1]))
        case K.FRONTAGE_SUM:
            return fill(QCoreApplication.translate(
                "ImportDialog", "%1: the shares on booth %2 add up to %3 of its %4 front, too little for "
                                "%5 more stand(s) (at least %6 each)"),
                cell, one_line(problem.booth), metres_text(problem.sizes[0]),
                metres_text(problem.sizes[1]), problem.sizes[2], metres_text(MIN_SHARE_MM))
    return fill("%1: %2", cell, problem.reason)  # K.INVALID: the stand's own rule, as it says


def holders_text(problem: RowProblem) -> str:
    """Who holds a full booth: "stand 1, row 3"."""
    stands = [fill(QCoreApplication.translate("ImportDialog", "stand %1"), i) for i in problem.holders]
    rows = [fill(QCoreApplication.translate("ImportDialog", "row %1"), r) for r in problem.holder_rows]
    return ", ".join([*stands, *rows])


def note_text(note: ThemeNote) -> str:
    if note.existing:
        return fill(QCoreApplication.translate("ImportDialog", "theme “%1” is nearly the event's theme “%2”; check the "
                                      "spelling"), one_line(note.theme), one_line(note.like))
    return fill(QCoreApplication.translate("ImportDialog", "theme “%1” is nearly “%2” of other rows; check the spelling"),
                one_line(note.theme), one_line(note.like))


def sheet_problem_text(problem: SheetProblem) -> str:
    """Why a sheet as a whole cannot be imported (with this mapping)."""
    match problem.kind:
        case SheetProblemKind.UNREADABLE:
            return fill(QCoreApplication.translate("ImportDialog", "it is not a CSV or XLSX sheet that can be read (%1)"),
                        one_line(problem.detail or problem.subject))
        case SheetProblemKind.NO_HEADER:
            return QCoreApplication.translate("ImportDialog", "the sheet is empty: it has no header row")
        case SheetProblemKind.NO_NAME_COLUMN:
            return QCoreApplication.translate("ImportDialog", "no column is mapped to the organisation or the project")
        case SheetProblemKind.MISSING_COLUMN:
            return fill(QCoreApplication.translate("ImportDialog", "the sheet has no column “%1”"), one_line(problem.subject))
        case SheetProblemKind.UNKNOWN_FIELD:
            return fill(QCoreApplication.translate("ImportDialog", "there is no field “%1”"), one_line(problem.subject))
    column = column_of(problem.subject)
    field = column_text(column) if column is not None else problem.subject
    return fill(QCoreApplication.translate("ImportDialog", "two columns are mapped to “%1” (%2)"), field,
                one_line(problem.detail))


def load_failure_text(path: Path, problems: tuple[SheetProblem, ...]) -> str:
    """A file that cannot be imported: its name and the reason, and that nothing changed."""
    reasons = "; ".join(sheet_problem_text(problem) for problem in problems)
    return fill(QCoreApplication.translate(
        "ImportDialog", "“%1” cannot be imported: %2. Nothing was changed."), path.name, reasons)
