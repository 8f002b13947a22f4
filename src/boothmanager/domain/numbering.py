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


def split_number(number: str) -> tuple[str, int | None, int]:
    """"A12" -> ("A", 12, 2): the stem, the trailing running number (None if there is none)
    and how many digits it was written with ("A07" keeps its leading zero)."""
    stem = number.rstrip(string.digits)
    digits = number[len(stem):]
    return stem, (int(digits) if digits else None), len(digits)


def next_free_number(number: str, taken: set[str]) -> str:
    """The number for a new booth made from booth `number` (a copy, a split-off half):
    the same stem with one more than the highest running number any booth of that stem has
    ("A3" with A1…A12 taken -> "A13"), so gaps left on purpose (a skipped 13) stay gaps; a
    number without digits counts as the first ("Info" -> "Info2"). Adds the result to `taken`."""
    stem, running, width = split_number(number)
    highest = running if running is not None else 1
    for other in taken:
        other_stem, other_running, _ = split_number(other)
        if other_stem == stem and other_running is not None:
            highest = max(highest, other_running)
    label = check_number(f"{stem}{highest + 1:0{max(width, 1)}d}")
    taken.add(label)
    return label


def labels_for_rows(scheme: NumberingScheme, row_lengths: list[int]) -> list[list[str]]:
    """Labels for rows of differing length, as `NumberingScheme.numbers` gives even ones."""
    if scheme.row_letters:
        labels = [[f"{scheme.prefix}{row_letter(r)}{n}" for n in scheme.running(length)]
                  for r, length in enumerate(row_lengths)]
    else:
        flat = iter(scheme.running(sum(row_lengths)))
        labels = [[f"{scheme.prefix}{next(flat)}" for _ in range(length)]
                  for length in row_lengths]
    for row in labels:
        for label in row:
            check_number(label)
    return labels
