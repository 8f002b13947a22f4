"""Text for signs: normalised, shaped, then fitted into a box by size, lines, an ellipsis."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from boothmanager.signage.fonts import Face, FaceMetrics, Glyph, metrics
from boothmanager.signage.scripts import needs_bidi, right_to_left, shape, visual

ELLIPSIS = "…"
# By default a text breaks onto more lines only when that lets it be set this much larger;
# otherwise it shrinks on fewer lines. Two lines at twice the size read better across a hall
# than one line at half, but a short name is not split for a few points.
WRAP_GAIN = 1.25
STEP = 0.5  # pt between the sizes tried
LINE_GAP = 0.04  # em kept free between the ink of one line and the next
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # Cc but tab, LF, CR
_SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029\u0085]+")
# A line may also break after a hyphen, dash or slash inside a word (Sachsen-|Anhalt, URLs).
_PIECES = re.compile(r"[^-/‐–—]*[-/‐–—]+|[^-/‐–—]+")


class TextDoesNotFit(ValueError):
    """Not even one line fits the box at the smallest size: the layout is wrong, not the text."""


def clean(text: str) -> str:
    """NFC-normalised, control characters dropped, runs of white space made one space."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROLS.sub("", text)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Fitted:
    """A text set in its box: size and line pitch in pt, lines top to bottom.

    Each line is in drawing order, left to right: an Arabic word comes with its letters
    joined and reversed, ready for ReportLab, which draws it run by run in its font.
    """

    size: float
    lines: tuple[str, ...]
    pitch: float
    ascent: float  # ink above the first baseline, pt
    descent: float  # room kept below the last baseline, pt
    shortened: bool = False

    @property
    def height(self) -> float:
        if not self.lines:
            return 0.0
        return self.ascent + (len(self.lines) - 1) * self.pitch + self.descent


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    space_before: bool
    advance: float  # em
    # Its first and last glyphs that move the pen, if it has them and is set left to right:
    # then they are also the ends of a line it starts or ends (the ink needs no string).
    first: Glyph | None = None
    last: Glyph | None = None


def _tokens(text: str, face: FaceMetrics, *, left_to_right: bool) -> list[_Token]:
    tokens = []
    for word in text.split(" "):
        for i, piece in enumerate(_PIECES.findall(word)):
            first = last = None
            if left_to_right:
                first, last = face.ends(piece)
                if first.advance <= 0 or last.advance <= 0:
                    first = last = None  # no glyph moves the pen: measured whole
            tokens.append(_Token(piece, i == 0 and bool(tokens), face.advance(piece),
                                 first, last))
    return tokens


class _Setter:
    """Measures and breaks one text in one face; all widths in em, so any size is a division.

    Lines are broken in logical (reading) order; only their ink edges need the drawing
    order, which differs for right-to-left text.
    """

    def __init__(self, text: str, face: FaceMetrics, *, descender: bool) -> None:
        self.rtl = right_to_left(text)
        self.bidi = self.rtl or needs_bidi(text)
        self.text = shape(text)
        self.face = face
        self.tokens = _tokens(self.text, face, left_to_right=not self.bidi)
        self.space = face.glyph(" ").advance
        self.descender = descender

    def visual(self, line: str) -> str:
        return visual(line, self.rtl) if self.bidi else line

    def ink(self, line: str, advance: float) -> float:
        """Ink width of a line whose advances sum to `advance` (no re-measuring)."""
        first, last = self.face.ends(self.visual(line))
        return advance - last.advance + last.x_max - first.x_min

    def wrap(self, limit: float, *, break_words: bool) -> list[str] | None:
        """Greedy lines no wider than `limit` em; None if a word is too wide and may not break."""
        lines: list[str] = []
        line, advance = "", 0.0
        first: Glyph | None = None  # the line's first glyph, if its first token knows it
        for token in self.tokens:
            if line:
                sep = " " if token.space_before else ""
                joined = advance + (self.space if sep else 0.0) + token.advance
                last = token.last
                ink = (joined - last.advance + last.x_max - first.x_min
                       if first is not None and last is not None
                       else self.ink(line + sep + token.text, joined))
                if ink <= limit:
                    line, advance = line + sep + token.text, joined
                    continue
                lines.append(line)
            if self.ink(token.text, token.advance) <= limit:
                line, advance, first = token.text, token.advance, token.first
                continue
            if not break_words:
                return None
            chunks = self._break(token.text, limit)
            if not chunks:
                return None
            lines.extend(chunks[:-1])
            line, advance, first = chunks[-1], self.face.advance(chunks[-1]), None
        if line:
            lines.append(line)
        return lines

    def _break(self, word: str, limit: float) -> list[str]:
        chunks: list[str] = []
        chunk, advance = "", 0.0
        for char in word:
            step = self.face.glyph(char).advance
            if chunk and self.ink(chunk + char, advance + step) > limit:
                chunks.append(chunk)
                chunk, advance = "", 0.0
            chunk, advance = chunk + char, advance + step
            if self.ink(chunk, advance) > limit:
                return []  # one glyph is wider than the box
        return [*chunks, chunk] if chunk else chunks

    def extents(self, lines: list[str]) -> tuple[float, float]:
        """Ink above the first baseline and room below the last one, in em."""
        below = self.face.ink_bottom(lines[-1])
        if self.descender:
            below = max(below, self.face.descent)
        return self.face.ink_top(lines[0]), below


def _set(setter: _Setter, lines: list[str], size: float, leading: float,
         shortened: bool = False) -> Fitted:
    top, bottom = setter.extents(lines)
    if len(lines) > 1:
        # Lines move apart where a descender would meet an accent of the next line (g over Ö).
        face = setter.face
        touching = (max(face.ink_bottom(line) for line in lines[:-1])
                    + max(face.ink_top(line) for line in lines[1:]) + LINE_GAP)
        leading = max(leading, touching)
    return Fitted(size=size, lines=tuple(setter.visual(line) for line in lines),
                  pitch=leading * size, ascent=top * size, descent=bottom * size,
                  shortened=shortened)


def fit(text: str, *, face: Face, width: float, height: float, max_size: float,
        min_size: float, leading: float = 1.15, wrap: bool = True,
        wrap_gain: float = WRAP_GAIN, descender: bool = True) -> Fitted:
    """Set `text` in a box `width` × `height` pt, never wider or taller than the box.

    The largest size from `max_size` down to `min_size` (in steps of STEP) wins; a text wraps
    onto more lines only when that makes it `wrap_gain` times larger (infinity: shrink on one
    line down to the minimum first). Words break inside only at the minimum size, and only
    if nothing else fits does the text end with an ellipsis. The same text in the same box
    is fitted once (signs repeat the event line on every page).
    """
    return _fit_cached(clean(text), face, width, height, max_size, min_size, leading, wrap,
                       wrap_gain, descender)


@functools.lru_cache(maxsize=4096)
def _fit_cached(text: str, face: Face, width: float, height: float, max_size: float,
                min_size: float, leading: float, wrap: bool, wrap_gain: float,
                descender: bool) -> Fitted:
    if not text:
        return Fitted(size=max_size, lines=(), pitch=leading * max_size, ascent=0, descent=0)
    setter = _Setter(text, metrics(face), descender=descender)
    one_line = setter.face.advance(setter.text)
    sizes = _sizes(max_size, min_size)
    tried: dict[int, Fitted | None] = {}

    def attempt(i: int) -> Fitted | None:
        """The text set at sizes[i], if it fits the box there."""
        if i not in tried:
            size = sizes[i]
            at_min = i == len(sizes) - 1
            lines = (setter.wrap(width / size, break_words=at_min) if wrap
                     else [setter.text] if setter.ink(setter.text, one_line) * size <= width
                     else None)
            candidate = None if lines is None else _set(setter, lines, size, leading)
            tried[i] = candidate if candidate is not None and candidate.height <= height \
                else None
        return tried[i]

    # A smaller size never needs more lines (greedy breaking is monotone in the width) nor
    # more height, so "fits" flips once along the sizes: bisect for the largest that fits
    # instead of trying each step (the step-by-step search dominated printing 1,000 signs).
    # Most texts (numbers, labels, short names) fit at the largest size: tried first. Else
    # the size at which the text just fits on one line bounds the search, if it fits there.
    if attempt(0) is not None:
        first = 0
    else:
        ink = setter.ink(setter.text, one_line)
        bound = len(sizes)
        if ink > 0:
            hint = min(max(math.ceil((max_size - width / ink) / STEP - 1e-9), 0), len(sizes) - 1)
            if attempt(hint) is not None:
                bound = hint + 1
        first = _first(bound, lambda i: attempt(i) is not None)
    if first == len(sizes):
        return _shorten(setter, width=width, height=height, size=min_size, leading=leading,
                        wrap=wrap)
    best = attempt(first)
    assert best is not None
    if len(best.lines) == 1:
        return best
    # Fewer lines win if they come at no less than largest / wrap_gain: the fewest lines in
    # that range are those of its smallest size; the largest size with them is bisected too.
    last = first
    while last + 1 < len(sizes) and sizes[last + 1] * wrap_gain >= sizes[first]:
        last += 1
    fewest = attempt(last)
    assert fewest is not None
    if len(fewest.lines) >= len(best.lines):
        return best
    chosen = _first(last + 1, lambda i: i >= first and (
        (found := attempt(i)) is not None and len(found.lines) <= len(fewest.lines)))
    result = attempt(chosen)
    assert result is not None
    return result


@functools.lru_cache(maxsize=256)
def _sizes(max_size: float, min_size: float) -> tuple[float, ...]:
    """The sizes tried, largest first: every STEP down from the maximum, as long as they
    are not below the minimum (the last of them is where words may break); the same for
    every text of a style, so worked out once."""
    count = (int((max_size - min_size + 1e-9) / STEP) + 1 if max_size >= min_size - 1e-9
             else 0)
    return tuple(max_size - i * STEP for i in range(count))


def _first(count: int, holds: Callable[[int], bool]) -> int:
    """The first index below `count` where `holds` (false, then true for good) is true,
    else `count`."""
    low, high = 0, count
    while low < high:
        middle = (low + high) // 2
        if holds(middle):
            high = middle
        else:
            low = middle + 1
    return low


def _shorten(setter: _Setter, *, width: float, height: float, size: float, leading: float,
             wrap: bool) -> Fitted:
    """As many lines as the box holds at `size`, the last one ending in an ellipsis."""
    limit = width / size
    lines = setter.wrap(limit, break_words=True) if wrap else [setter.text]
    lines = lines or [setter.text]
    while lines and _set(setter, lines, size, leading).height > height:
        lines.pop()
    if not lines:
        raise TextDoesNotFit(f"no line of {setter.text[:30]!r} fits {width:.0f} × {height:.0f} pt"
                             f" at {size} pt")
    last = lines[-1].rstrip()
    while last and setter.ink(last + ELLIPSIS, setter.face.advance(last + ELLIPSIS)) > limit:
        last = last[:-1].rstrip()
    if setter.ink(ELLIPSIS, setter.face.advance(ELLIPSIS)) > limit:
        raise TextDoesNotFit(f"not even {ELLIPSIS!r} fits {width:.0f} pt at {size} pt")
    lines[-1] = last + ELLIPSIS
    return _set(setter, lines, size, leading, shortened=True)
