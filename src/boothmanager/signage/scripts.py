"""Right-to-left text for ReportLab: Arabic letters joined, then each line put in visual order."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display

from boothmanager.signage.fonts import BIDI_CONTROLS, is_arabic

# ReportLab neither joins Arabic letters nor orders right-to-left runs, and its own
# shaping/RTL support gets one of the two wrong (STACK.md, pitfall 4). arabic-reshaper picks
# each letter's joined form (presentation forms, which Noto Sans Arabic carries) and
# python-bidi orders a line for drawing left to right. Vowel marks stay: a name is printed
# as it was written. Only ligatures the bundled font draws are enabled.
_RESHAPER = ArabicReshaper(configuration={
    "delete_harakat": False,
    "support_ligatures": True,
    "arabic ligature allah": True,
})
_STRONG_RTL = frozenset({"R", "AL"})
_NEEDS_BIDI = frozenset({"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI",
                         "FSI", "PDI"})


# Every character of bidi class R, AL, AN or an explicit control lies in these ranges (a
# test checks all of Unicode), so text without any of them needs no per-character look-up:
# most names on a sign are Latin or Cyrillic, and this is asked for each of them.
_MAYBE_RTL = re.compile("[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069"
                        "\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff"
                        "\U0001e800-\U0001efff]")


def needs_bidi(text: str) -> bool:
    """Whether `text` has right-to-left letters or explicit direction controls."""
    if _MAYBE_RTL.search(text) is None:
        return False
    return any(unicodedata.bidirectional(c) in _NEEDS_BIDI for c in text)


def right_to_left(text: str) -> bool:
    """The paragraph direction (UAX #9, P2–P3): that of the first strong letter."""
    if _MAYBE_RTL.search(text) is None:
        return False
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return False


def shape(text: str) -> str:
    """`text` in logical order with its Arabic letters in their joined forms."""
    if _MAYBE_RTL.search(text) is None or not any(is_arabic(c) for c in text):
        return text
    return _RESHAPER.reshape(text)


@lru_cache(maxsize=4096)
def visual(line: str, rtl: bool) -> str:
    """One shaped line in drawing order, left to right; direction controls are dropped.

    `rtl` is the direction of the whole paragraph, so a wrapped line that happens to
    start with a Latin word is still ordered as part of an Arabic text.
    """
    if not rtl and not needs_bidi(line):
        return line
    ordered = get_display(line, base_dir="R" if rtl else "L")
    return "".join(c for c in ordered if c not in BIDI_CONTROLS)
