"""Themes that nearly repeat another ("Integration" and "Intergration"): worth a second look."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from boothmanager.domain.sheets.rows import fold

SHORTEST = 6  # letters; "Kunst" and "Kurse" are different themes, not typos of each other
DIGITS = re.compile(r"\d+")
MOST = 200  # distinct themes compared pairwise; more are no list of themes but free text


@dataclass(frozen=True, slots=True)
class ThemeNote:
    """Row `row` names the theme `theme`, which nearly repeats `like` (the spelling to use)."""

    row: int
    theme: str
    like: str
    existing: bool  # `like` is a theme of the event's stands (else: of other rows of the sheet)


def slips(length: int) -> int:
    """Typing slips forgiven in a name this long: one from 6 letters, two from 12, three from 24."""
    return 0 if length < SHORTEST else 1 if length < 12 else 2 if length < 24 else 3


def near(theme: str, other: str) -> bool:
    """The same theme written differently: other case or spaces, or a slip or two (a letter
    missing, added, wrong, or two swapped)."""
    if theme == other:
        return False
    a, b = fold(theme), fold(other)
    if a == b:
        return True
    if DIGITS.findall(a) != DIGITS.findall(b):
        return False  # "Forum 1" and "Forum 11" are two forums, not a slip
    return distance(a, b, slips(min(len(a), len(b)))) is not None


def distance(a: str, b: str, most: int) -> int | None:
    """Edits (insert, delete, replace, swap neighbours) from a to b, if at most `most`."""
    if most == 0 or abs(len(a) - len(b)) > most:
        return None
    before: list[int] = []
    last = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(last[j] + 1, row[j - 1] + 1, last[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], before[j - 2] + 1)
        if min(row) > most:
            return None
        before, last = last, row
    return last[-1] if last[-1] <= most else None


def theme_notes(themes: Mapping[int, str], existing: Iterable[str]) -> tuple[ThemeNote, ...]:
    """A note for each row (row number -> theme) whose theme nearly repeats another.

    The event's own themes are the spellings to keep; among the sheet's new themes, the one
    more rows use (on a tie, the one that comes first) is kept and the other gets the note.
    """
    known = sorted({theme for theme in existing if theme.strip()})
    uses = Counter(theme for theme in themes.values() if theme.strip())
    if len(known) > MOST or len(uses) > MOST:
        return ()
    first = {}
    for row, theme in sorted(themes.items()):
        first.setdefault(theme, row)
    fresh = sorted((theme for theme in uses if theme not in known),
                   key=lambda theme: (-uses[theme], first[theme]))
    likes: dict[str, tuple[str, bool]] = {}
    kept: list[str] = []
    for theme in fresh:
        match = next((k for k in known if near(theme, k)), None)
        if match is not None:
            likes[theme] = (match, True)
            continue
        match = next((k for k in kept if near(theme, k)), None)
        if match is not None:
            likes[theme] = (match, False)
        else:
            kept.append(theme)
    return tuple(ThemeNote(row, theme, *likes[theme])
                 for row, theme in sorted(themes.items()) if theme in likes)
