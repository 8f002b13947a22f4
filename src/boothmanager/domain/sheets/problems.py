"""What is wrong with a stand sheet, as data: the sheet as a whole, or a row of it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from boothmanager.domain.errors import DomainError
from boothmanager.domain.shares import MIN_SHARE_MM


def metres(mm: int) -> str:
    """mm as metres for a message, without trailing zeros: 1500 is "1.5"."""
    value = Decimal(mm) / 1000
    return format(value.quantize(Decimal(1)) if value == value.to_integral_value()
                  else value.normalize(), "f")


class SheetProblemKind(StrEnum):
    UNREADABLE = "unreadable"  # not CSV or XLSX, damaged, or not text
    NO_HEADER = "no_header"  # an empty sheet
    NO_NAME_COLUMN = "no_name_column"  # neither organisation nor project: give a mapping
    MISSING_COLUMN = "missing_column"  # the mapping names a header the sheet does not have
    UNKNOWN_FIELD = "unknown_field"  # the mapping names a field that does not exist
    DUPLICATE_FIELD = "duplicate_field"  # two columns for one field


@dataclass(frozen=True, slots=True)
class SheetProblem:
    kind: SheetProblemKind
    subject: str  # the header, field or file the problem is about
    detail: str = ""

    def describe(self) -> str:
        match self.kind:
            case SheetProblemKind.UNREADABLE:
                return f"cannot be read as a CSV or XLSX sheet ({self.detail or self.subject})"
            case SheetProblemKind.NO_HEADER:
                return "the sheet is empty: no header row"
            case SheetProblemKind.NO_NAME_COLUMN:
                return (f"no column names the organisation or the project (headers: "
                        f"{self.subject}); give a mapping, e.g. --mapping "
                        "'{\"Name\": \"organisation\"}'")
            case SheetProblemKind.MISSING_COLUMN:
                return f"the mapping names the column {self.subject!r}, which the sheet lacks"
            case SheetProblemKind.UNKNOWN_FIELD:
                return f"the mapping names the field {self.subject!r}, which does not exist"
        return f"two columns for the field {self.subject} ({self.detail})"


class UnusableSheet(DomainError):
    """The sheet as a whole cannot be imported; nothing was changed."""

    def __init__(self, *, problems: tuple[SheetProblem, ...]) -> None:
        self.problems = problems
        super().__init__(problems=problems)

    def describe(self) -> str:
        return "; ".join(problem.describe() for problem in self.problems)


class RowProblemKind(StrEnum):
    MISSING_NAME = "missing_name"
    BAD_EMAIL = "bad_email"
    UNKNOWN_THEME = "unknown_theme"
    NOT_A_NUMBER = "not_a_number"
    OUT_OF_RANGE = "out_of_range"
    NOT_YES_NO = "not_yes_no"
    NOT_A_DATE = "not_a_date"
    UNKNOWN_STATUS = "unknown_status"
    TOO_LONG = "too_long"
    INVALID = "invalid"  # any other rule of a stand, e.g. tear-down before set-up
    DUPLICATE_EXISTING = "duplicate_existing"  # `other`: the stand's id
    DUPLICATE_IN_SHEET = "duplicate_in_sheet"  # `other`: the earlier row
    UNKNOWN_BOOTH = "unknown_booth"
    BOOTH_TAKEN = "booth_taken"  # `other`: the stand on it; `reason` "row": an earlier row
    # A booth several stands share has all its places taken: `other` the places, `holders`
    # the event's stands on it, `holder_rows` the earlier rows put there.
    BOOTH_FULL = "booth_full"
    FRONTAGE_NO_BOOTH = "frontage_no_booth"  # a part of the front, but no booth in the row
    # The parts the sheet gives a booth's stands do not fit its front: `sizes` (sum, front) in
    # mm when every stand has a part, else (sum, front, stands without a part).
    FRONTAGE_SUM = "frontage_sum"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A problem of one row; `row` is the spreadsheet's own row number (header row 1 → 2, …)."""

    row: int
    kind: RowProblemKind
    field: str = ""
    value: str = ""  # the cell as read, shortened
    other: int | None = None
    reason: str = ""
    header: str = ""  # the column's header in the sheet, e.g. "E-Mail" for the field email
    booth: str = ""  # the booth a shared-booth problem is about
    holders: tuple[int, ...] = ()
    holder_rows: tuple[int, ...] = ()
    sizes: tuple[int, ...] = ()

    def describe(self) -> str:
        """English words for the CLI: `row 7: E-Mail 'anna@': not an e-mail address`."""
        return f"row {self.row}: {self.words()}"

    def words(self) -> str:
        value = f" {self.value!r}" if self.value else ""
        field = self.header or self.field
        match self.kind:
            case RowProblemKind.MISSING_NAME:
                return "no organisation and no project"
            case RowProblemKind.BAD_EMAIL:
                return f"{field}{value}: not an e-mail address"
            case RowProblemKind.UNKNOWN_THEME:
                return f"{field}{value}: not one of the event's themes"
            case RowProblemKind.NOT_A_NUMBER:
                return f"{field}{value}: not a number{self.reason and ' (' + self.reason + ')'}"
            case RowProblemKind.NOT_YES_NO:
                return f"{field}{value}: not yes or no (ja/nein, x or empty)"
            case RowProblemKind.NOT_A_DATE:
                return (f"{field}{value}: not a date and time "
                        "(e.g. 21.09.2020 08:00 or 2020-09-21 08:00)")
            case RowProblemKind.UNKNOWN_STATUS:
                return f"{field}{value}: not a status"
            case RowProblemKind.DUPLICATE_EXISTING:
                return f"the event has this stand already (stand {self.other})"
            case RowProblemKind.DUPLICATE_IN_SHEET:
                return f"the same stand as row {self.other}"
            case RowProblemKind.UNKNOWN_BOOTH:
                return f"{field}{value}: there is no such booth"
            case RowProblemKind.BOOTH_TAKEN if self.reason == "row":
                return f"{field}{value}: row {self.other} puts a stand there already"
            case RowProblemKind.BOOTH_TAKEN:
                return f"{field}{value}: stand {self.other} is on it already"
            case RowProblemKind.BOOTH_FULL:
                who = ", ".join([*(f"stand {i}" for i in self.holders),
                                 *(f"row {r}" for r in self.holder_rows)])
                return f"{field}{value}: all {self.other} places on it are taken ({who})"
            case RowProblemKind.FRONTAGE_NO_BOOTH:
                return f"{field}{value}: a part of the front needs a booth in the same row"
            case RowProblemKind.FRONTAGE_SUM if len(self.sizes) == 2:
                return (f"{field}{value}: the parts on booth {self.booth} add up to "
                        f"{metres(self.sizes[0])} m, its front is {metres(self.sizes[1])} m")
            case RowProblemKind.FRONTAGE_SUM:
                total, front, rest = self.sizes
                return (f"{field}{value}: the parts on booth {self.booth} add up to "
                        f"{metres(total)} m of its {metres(front)} m front, too little is left "
                        f"for {rest} more stand{'s' * (rest != 1)} (at least "
                        f"{metres(MIN_SHARE_MM)} m each)")
        return f"{field}{value}: {self.reason}"


class ImportRefused(DomainError):
    """Rows of the sheet have problems, so nothing was imported (all rows or none)."""

    def __init__(self, *, problems: tuple[RowProblem, ...]) -> None:
        self.problems = problems
        super().__init__(problems=problems)

    def describe(self) -> str:
        rows = len({problem.row for problem in self.problems})
        return (f"{len(self.problems)} problem{'s' * (len(self.problems) != 1)} in {rows} "
                f"row{'s' * (rows != 1)}; nothing was imported")
