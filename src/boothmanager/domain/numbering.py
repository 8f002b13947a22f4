"""Booth numbering schemes: prefix, row letters, running numbers, a start and numbers to skip."""

from __future__ import annotations

import string
from dataclasses import dataclass, field

from boothmanager.domain.booth import check_number
from boothmanager.domain.errors import InvalidValue


def row_letter(index: int) -> str:
    """A, B, … Z, AA, AB, … (like spreadsheet columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = string.ascii_uppercase[rest] + letters
    return letters


@dataclass(frozen=True)
class NumberingScheme:
    """How new booths are numbered: "S1", "S2" … or with rows "A1", "A2", "B1" …"""

    prefix: str = ""
    row_letters: bool = False
    start: int = 1
    skip: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.start < 0:
            raise InvalidValue(field="start number", value=self.start, reason="must be 0 or more")

    def running(self, count: int) -> list[int]:
        """`count` numbers from `start`, leaving out the skipped ones."""
        numbers: list[int] = []
        candidate = self.start
        while len(numbers) < count:
            if candidate not in self.skip:
                numbers.append(candidate)
            candidate += 1
        return numbers

    def numbers(self, rows: int, per_row: int) -> list[list[str]]:
        """Labels row by row; without row letters the numbers run on across rows."""
        if self.row_letters:
            labels = [[f"{self.prefix}{row_letter(r)}{n}" for n in self.running(per_row)]
                      for r in range(rows)]
        else:
            flat = self.running(rows * per_row)
            labels = [[f"{self.prefix}{n}" for n in flat[r * per_row:(r + 1) * per_row]]
                      for r in range(rows)]
        for row in labels:
            for label in row:
                check_number(label)
        return labels


def parse_skip(text: str) -> frozenset[int]:
    """"13, 17-19" as typed in a dialog -> {13, 17, 18, 19}."""
    numbers: set[int] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        low, _, high = part.partition("-")
        try:
            first, last = int(low), int(high or low)
        except ValueError as error:
            raise InvalidValue(field="skip list", value=part,
                               reason="numbers or ranges like 17-19") from error
        if last < first or last - first > 10_000:
            raise InvalidValue(field="skip list", value=part, reason="range is backwards or huge")
        numbers.update(range(first, last + 1))
    return frozenset(numbers)
