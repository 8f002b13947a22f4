"""Reading one spreadsheet cell as text, a number, yes/no, a date or a status, whatever it holds."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from boothmanager.domain.sheets.problems import RowProblemKind
from boothmanager.domain.status import StandStatus

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"([+-]?[0-9]+(?:[.,'][0-9]+)*)(m²|m2|qm|m)?")
YES = frozenset({"x", "ja", "j", "yes", "y", "true", "wahr", "1", "✓", "✔", "☑", "ok"})
NO = frozenset({"", "nein", "n", "no", "false", "falsch", "0", "-", "–", "✗", "☐"})
STATUSES: dict[str, StandStatus] = {
    **{status.value: status for status in StandStatus},
    "beworben": StandStatus.APPLIED, "bewerbung": StandStatus.APPLIED,
    "angenommen": StandStatus.ACCEPTED, "zugesagt": StandStatus.ACCEPTED,
    "platziert": StandStatus.PLACED, "bestätigt": StandStatus.CONFIRMED,
    "warteliste": StandStatus.WAITLIST, "abgesagt": StandStatus.CANCELLED,
    "storniert": StandStatus.CANCELLED,
}
GERMAN_STATUS = {StandStatus.APPLIED: "beworben", StandStatus.ACCEPTED: "angenommen",
                 StandStatus.PLACED: "platziert", StandStatus.CONFIRMED: "bestätigt",
                 StandStatus.WAITLIST: "Warteliste", StandStatus.CANCELLED: "abgesagt"}
DATE_FORMATS = ("%d.%m.%Y %H:%M", "%d.%m.%Y, %H:%M", "%d.%m.%Y %H:%M Uhr", "%d.%m.%Y, %H:%M Uhr",
                "%d.%m.%Y %H.%M", "%d.%m.%Y", "%d.%m.%y %H:%M", "%d.%m.%y")
LONGEST_NUMBER = 40  # characters; a longer "number" is a pasting accident


class CellError(Exception):
    """A cell's content does not fit its column; the row gets a problem of this kind."""

    def __init__(self, kind: RowProblemKind, reason: str = "") -> None:
        self.kind = kind
        self.reason = reason
        super().__init__(kind, reason)


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def raw_text(value: object) -> str:
    """Any cell as text: numbers without a needless .0, dates in ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a cell object whose str() fails is just unreadable text
        return ""


def unneutralised(text: str) -> str:
    """Undo the export's guard against formulas: "'=x" back to "=x"."""
    if len(text) > 1 and text[0] == "'" and text[1] in "".join(FORMULA_STARTS):
        return text[1:]
    return text


def text(value: object, *, multiline: bool = False) -> str:
    """A cell as clean text: NFC; control characters, lone surrogates and noncharacters gone;
    one line (runs of white space one space) unless `multiline`."""
    found = unneutralised(raw_text(value)).replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(ch for ch in found if ch in "\n\t" or (
        unicodedata.category(ch) not in ("Cc", "Cs") and ch not in "\ufffe\uffff"))
    kept = unicodedata.normalize("NFC", kept)
    if multiline:
        return "\n".join(line.rstrip() for line in kept.strip().split("\n"))
    return " ".join(kept.split())


def shortened(value: object, limit: int = 40) -> str:
    found = text(value)
    return found if len(found) <= limit else found[: limit - 1] + "…"


def number(value: object) -> Decimal | None:
    """A number, from a numeric cell or text such as "12,5", "1.234,5", "12 m²"; blank: None."""
    if blank(value):
        return None
    if isinstance(value, bool) or isinstance(value, date | time):
        raise CellError(RowProblemKind.NOT_A_NUMBER)
    if isinstance(value, int | Decimal):
        found = Decimal(value)
    elif isinstance(value, float):
        found = Decimal(repr(value))
    else:
        found = parse_number(text(value).replace(" ", "").replace("\u202f", ""))
    if not found.is_finite():
        raise CellError(RowProblemKind.NOT_A_NUMBER)
    return found


def parse_number(cell: str) -> Decimal:
    match = NUMBER.fullmatch(cell.casefold()) if len(cell) <= LONGEST_NUMBER else None
    if match is None:
        raise CellError(RowProblemKind.NOT_A_NUMBER)
    digits = match.group(1).replace("'", "")  # Swiss thousands: 1'234
    separators = [ch for ch in digits if ch in ".,"]
    if separators:
        # The last separator is the decimal one if it occurs once; the others group thousands.
        last = separators[-1]
        if separators.count(last) > 1:
            digits = digits.replace(last, "")
            last = ""
        other = "," if last == "." else "."
        digits = digits.replace(other, "").replace(",", ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise CellError(RowProblemKind.NOT_A_NUMBER) from None


def scaled(value: object, factor: int, *, low: int, high: int, unit: str) -> int | None:
    """A number in metres (or m²) as whole mm (or mm²), within `low`…`high` of those."""
    found = number(value)
    if found is None:
        return None
    if not low <= found * factor <= high:
        raise CellError(RowProblemKind.OUT_OF_RANGE,
                        f"must be more than 0 and at most {high // factor} {unit}")
    return int((found * factor).to_integral_value())


def count(value: object, *, high: int) -> int | None:
    found = number(value)
    if found is None:
        return None
    if found != found.to_integral_value():
        raise CellError(RowProblemKind.NOT_A_NUMBER, "a whole number")
    if not 0 <= found <= high:
        raise CellError(RowProblemKind.OUT_OF_RANGE, f"must be 0 to {high}")
    return int(found)


def flag(value: object) -> bool:
    """Yes or no: ja/nein, yes/no, x, 1/0, TRUE/FALSE, or an empty cell (no)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        try:
            if value == 0 or value == 1:
                return bool(value)
        except ArithmeticError:  # a signalling NaN
            pass
        raise CellError(RowProblemKind.NOT_YES_NO)
    word = text(value).casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    raise CellError(RowProblemKind.NOT_YES_NO)


def moment(value: object) -> datetime | None:
    """A local date and time to the minute (a date alone: midnight); blank: None."""
    if blank(value):
        return None
    try:
        if isinstance(value, datetime):
            found = value.replace(tzinfo=None)
        elif isinstance(value, date):
            found = datetime.combine(value, time())
        elif isinstance(value, str):
            found = parse_moment(text(value))
        else:
            raise CellError(RowProblemKind.NOT_A_DATE)
        return (found + timedelta(seconds=30)).replace(second=0, microsecond=0)
    except (OverflowError, ValueError):
        raise CellError(RowProblemKind.NOT_A_DATE) from None


def parse_moment(cell: str) -> datetime:
    if len(cell) > LONGEST_NUMBER:
        raise CellError(RowProblemKind.NOT_A_DATE)
    try:
        return datetime.fromisoformat(cell).replace(tzinfo=None)
    except ValueError:
        pass
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(cell, pattern)
        except ValueError:
            continue
    raise CellError(RowProblemKind.NOT_A_DATE)


def status(value: object) -> StandStatus:
    """A status in English or German; an empty cell: applied."""
    word = text(value).casefold()
    if not word:
        return StandStatus.APPLIED
    if word not in STATUSES:
        raise CellError(RowProblemKind.UNKNOWN_STATUS)
    return STATUSES[word]
