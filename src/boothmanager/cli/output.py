"""What the CLI writes: one-line error messages, tables and JSON that survive any text in names."""

from __future__ import annotations

import json
import sys
import unicodedata
from decimal import Decimal
from typing import Any

from boothmanager.domain import (
    BoothNotAssigned,
    BoothOccupied,
    DomainError,
    StandNameAmbiguous,
    UnknownBooth,
    UnknownStand,
)
from boothmanager.storage import StorageError

PROG = "boothmanager"

# Line breaks and terminal controls would split or garble a message; bidi embeddings,
# overrides and isolates in a name would reorder the rest of the line around it.
UNSAFE_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class UserError(Exception):
    """A mistake the user can fix that no domain or storage error describes; the text is the message."""


def one_line(text: str) -> str:
    """`text` on a single terminal line: line breaks and control characters escaped (\\n, \\x1b)."""
    return "".join(escaped(ch) if unsafe(ch) else ch for ch in text)


def unsafe(ch: str) -> bool:
    return ch in BIDI_CONTROLS or unicodedata.category(ch) in UNSAFE_CATEGORIES


def escaped(ch: str) -> str:
    return ch.encode("unicode_escape", errors="backslashreplace").decode("ascii")


def subject(error: DomainError) -> str | None:
    """What a domain error is about, as the message's prefix: `booth S9`, `stand 7`."""
    if isinstance(error, UnknownBooth | BoothOccupied | BoothNotAssigned):
        return f"booth {error.number}"
    if isinstance(error, UnknownStand):
        return f"stand {error.ref}"
    if isinstance(error, StandNameAmbiguous):
        return f"stand {error.name}"
    return None


def describe(error: Exception) -> str:
    """The message for a user error, without the program name."""
    if isinstance(error, StorageError):
        return f"{error.path}: {error.reason}"
    if isinstance(error, DomainError):
        text, about = error.describe(), subject(error)
        return text if about is None or text.startswith(about) else f"{about}: {text}"
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    return str(error)


def complain(error: Exception) -> int:
    """Say what went wrong on one line of stderr; the exit code of a user error."""
    print(f"{PROG}: {one_line(describe(error))}", file=sys.stderr)
    return 1


def tolerate_unencodable_output() -> None:
    """Let a terminal that cannot show a name print an escape instead of crashing (e.g. LANG=C)."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def say(text: str) -> None:
    print(text)


def say_json(data: Any) -> None:
    """JSON on stdout, readable where the terminal can show every character, else all-ASCII."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except UnicodeEncodeError:
        text = json.dumps(data, ensure_ascii=True, indent=2)
    print(text)


def metres(mm: int) -> str:
    """A length for people: whole mm as metres without trailing zeros, "1.5 m", "3 m"."""
    value = Decimal(mm) / 1000
    text = format(value.quantize(Decimal(1)) if value == value.to_integral_value()
                  else value.normalize(), "f")
    return f"{text} m"


def parse_metres(text: str) -> int:
    """A length typed in metres ("1.5", "1,5", "1.5 m") as whole mm; ValueError if it is not one
    (or finer than a millimetre)."""
    cleaned = text.strip().removesuffix("m").strip().replace(",", ".")
    if not cleaned or not all(ch.isdigit() or ch == "." for ch in cleaned):
        raise ValueError(text)
    try:
        value = Decimal(cleaned) * 1000
    except ArithmeticError as error:
        raise ValueError(text) from error
    if value != value.to_integral_value() or value > 10**9:
        raise ValueError(text)
    return int(value)


def display_width(text: str) -> int:
    """Terminal columns `text` takes: wide East Asian characters two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(rows: list[tuple[str, ...]]) -> list[str]:
    """Rows as aligned lines; every cell made one-line, the last column left unpadded."""
    cells = [[one_line(cell) for cell in row] for row in rows]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(cells[0]) - 1)]
    lines = []
    for row in cells:
        padded = [cell + " " * (width - display_width(cell)) for cell, width in zip(row, widths)]
        lines.append("  ".join([*padded, row[-1]]).rstrip())
    return lines
