"""The bundled Noto faces: registered with ReportLab once, chosen per character by script."""

from __future__ import annotations

import struct
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby
from operator import itemgetter

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from boothmanager.resources import FONTS


class Face(StrEnum):
    """The faces a layout may ask for, by the name of their Latin font in ReportLab."""

    REGULAR = "NotoSans"
    BOLD = "NotoSans-Bold"


# Only bundled OFL fonts: ReportLab has no font fallback, and its built-in Helvetica/Vera
# lack ẞ and Cyrillic (STACK.md, pitfall 5). Noto Sans covers Latin, Cyrillic and Greek;
# Noto Sans Arabic the Arabic letters and the presentation forms the reshaper produces.
FILES = {"NotoSans": "NotoSans-Regular.ttf", "NotoSans-Bold": "NotoSans-Bold.ttf",
         "NotoSansArabic": "NotoSansArabic-Regular.ttf",
         "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf"}
ARABIC_FONT = {Face.REGULAR: "NotoSansArabic", Face.BOLD: "NotoSansArabic-Bold"}
# Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms-A and -B.
ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF))
# Direction marks, embeddings, overrides and isolates: they order the text and are not drawn.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069")

MEMO = 20_000  # texts whose ink extent a face remembers
_lock = threading.Lock()
_fonts: dict[str, FontMetrics] = {}
_faces: dict[Face, FaceMetrics] = {}


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character's advance and ink box, in em (1.0 = the font size)."""

    advance: float
    x_min: float
    y_min: float
    x_max: float
    y_max: float


NO_INK = Glyph(0.0, 0.0, 0.0, 0.0, 0.0)


def is_arabic(char: str) -> bool:
    code = ord(char)
    return any(first <= code <= last for first, last in ARABIC_BLOCKS)


class FontMetrics:
    """Advances and ink boxes of one registered font, read from its glyf table on demand."""

    def __init__(self, font: TTFont) -> None:
        self.name: str = font.fontName
        face = font.face
        self._units = float(face.unitsPerEm)
        self._cmap: dict[int, int] = face.charToGlyph
        self._loca: list[int] = face.glyphPos
        self._glyf: bytes = face.get_table("glyf")
        self._hmetrics: list[tuple[int, int]] = face.hmetrics
        self.descent = -face.descent / 1000.0  # typographic, positive below the baseline
        self.cap_height = face.capHeight / 1000.0
        self._glyphs: dict[str, Glyph] = {}

    def has(self, char: str) -> bool:
        return ord(char) in self._cmap

    def glyph(self, char: str) -> Glyph:
        found = self._glyphs.get(char)
        if found is None:
            found = self._glyphs[char] = self._read(char)
        return found

    def _read(self, char: str) -> Glyph:
        gid = self._cmap.get(ord(char), 0)  # 0 is .notdef, which ReportLab draws too
        advance = self._hmetrics[min(gid, len(self._hmetrics) - 1)][0] / self._units
        start, end = self._loca[gid], self._loca[gid + 1]
        if end <= start:  # no outline: a space
            return Glyph(advance, 0.0, 0.0, 0.0, 0.0)
        x_min, y_min, x_max, y_max = struct.unpack(">hhhh", self._glyf[start + 2:start + 10])
        u = self._units
        return Glyph(advance, x_min / u, y_min / u, x_max / u, y_max / u)


class FaceMetrics:
    """One face over several fonts: each character measured in the font it is drawn in.

    The choice depends on the character alone (Arabic letters in Noto Sans Arabic, all else
    in Noto Sans where it has a glyph), so a text's width is the sum of its characters'.
    """

    def __init__(self, face: Face, latin: FontMetrics, arabic: FontMetrics) -> None:
        self.face = face
        self._latin, self._arabic = latin, arabic
        self.descent = latin.descent
        self.cap_height = latin.cap_height
        self._choice: dict[str, FontMetrics] = {}
        # A text is measured at every size tried while it is fitted: its ink is remembered.
        self._tops: dict[str, float] = {}
        self._bottoms: dict[str, float] = {}
        self._ends: dict[str, tuple[Glyph, Glyph]] = {}
        self._advances: dict[str, float] = {}
        self._char_advances: dict[str, float] = {}
        self._char_tops: dict[str, float] = {}
        self._char_bottoms: dict[str, float] = {}
        self._runs: dict[str, tuple[tuple[str, str], ...]] = {}
        self._names: dict[str, str] = {}  # the font of each character, "" if not drawn

    def _font(self, char: str) -> FontMetrics:
        font = self._choice.get(char)
        if font is None:
            if is_arabic(char) or (not self._latin.has(char) and self._arabic.has(char)):
                font = self._arabic
            else:
                font = self._latin
            self._choice[char] = font
        return font

    def font_name(self, char: str) -> str:
        """The registered font that draws `char`."""
        return self._font(char).name

    def glyph(self, char: str) -> Glyph:
        if char in BIDI_CONTROLS:
            return NO_INK
        return self._font(char).glyph(char)

    def has(self, char: str) -> bool:
        return self._font(char).has(char)

    def runs(self, line: str) -> list[tuple[str, str]]:
        """`line` cut where the font changes: (font name, text) pairs in drawing order."""
        found = self._runs.get(line)
        if found is None:
            if len(self._runs) > MEMO:
                self._runs.clear()
            found = self._runs[line] = self._cut(line)
        return list(found)

    def _cut(self, line: str) -> tuple[tuple[str, str], ...]:
        names = self._names
        try:
            chosen = list(map(names.__getitem__, line))
        except KeyError:
            for char in set(line) - names.keys():
                names[char] = "" if char in BIDI_CONTROLS else self.font_name(char)
            chosen = list(map(names.__getitem__, line))
        if chosen and chosen[0] and chosen.count(chosen[0]) == len(chosen):
            return ((chosen[0], line),)  # one font, nothing left out: most lines
        runs: list[tuple[str, str]] = []
        for name, group in groupby(zip(chosen, line, strict=True), key=itemgetter(0)):
            if not name:
                continue  # a direction mark: orders the text, is not drawn
            text = "".join(char for _, char in group)
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + text)
            else:
                runs.append((name, text))
        return tuple(runs)

    def advance(self, text: str) -> float:
        """Width of `text` in em: the sum of advances (ReportLab neither kerns nor shapes);
        remembered per text, as a text is measured again at every size tried and drawn."""
        found = self._advances.get(text)
        if found is None:
            if len(self._advances) > MEMO:
                self._advances.clear()
            found = self._advances[text] = sum(self._per_char(self._char_advances, text,
                                                              "advance"))
        return found

    def _per_char(self, table: dict[str, float], text: str, part: str) -> Iterable[float]:
        """One glyph measure per character of `text`, looked up in C (`map`) once each
        character has been seen; `part` names the measure for the first sighting."""
        try:
            return list(map(table.__getitem__, text))
        except KeyError:
            for char in set(text) - table.keys():
                glyph = self.glyph(char)
                table[char] = {"advance": glyph.advance, "top": glyph.y_max,
                               "bottom": -glyph.y_min}[part]
            return list(map(table.__getitem__, text))

    def ends(self, line: str) -> tuple[Glyph, Glyph]:
        """The first and last glyph of a line in drawing order that move the pen: a mark
        without advance sits on its neighbour, inside the neighbour's ink."""
        found = self._ends.get(line)
        if found is not None:
            return found
        first = next((g for g in map(self.glyph, line) if g.advance > 0), None)
        last = next((g for g in map(self.glyph, reversed(line)) if g.advance > 0), None)
        if first is None or last is None:
            found = (self.glyph(line[0]), self.glyph(line[-1])) if line else (NO_INK, NO_INK)
        else:
            found = (first, last)
        if len(self._ends) > MEMO:
            self._ends.clear()
        self._ends[line] = found
        return found

    def ink_width(self, text: str) -> float:
        """Width of the drawn ink of one line (in drawing order) in em, from the first glyph's
        left edge."""
        if not text:
            return 0.0
        first, last = self.ends(text)
        return self.advance(text) - last.advance + last.x_max - first.x_min

    def ink_top(self, text: str) -> float:
        found = self._tops.get(text)
        if found is None:
            if len(self._tops) > MEMO:
                self._tops.clear()
            found = self._tops[text] = max(self._per_char(self._char_tops, text, "top"),
                                           default=0.0)
        return found

    def ink_bottom(self, text: str) -> float:
        """How far ink reaches below the baseline, in em (positive downwards)."""
        found = self._bottoms.get(text)
        if found is None:
            if len(self._bottoms) > MEMO:
                self._bottoms.clear()
            found = self._bottoms[text] = max(self._per_char(self._char_bottoms, text,
                                                             "bottom"), default=0.0)
        return found


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab; later calls do nothing."""
    with _lock:
        if _faces:
            return
        for name, filename in FILES.items():
            font = TTFont(name, str(FONTS / filename))
            pdfmetrics.registerFont(font)
            _fonts[name] = FontMetrics(font)
        pdfmetrics.registerFontFamily(Face.REGULAR.value, normal=Face.REGULAR.value,
                                      bold=Face.BOLD.value)
        for face in Face:
            _faces[face] = FaceMetrics(face, _fonts[face.value], _fonts[ARABIC_FONT[face]])


def metrics(face: Face) -> FaceMetrics:
    register_fonts()
    return _faces[face]
