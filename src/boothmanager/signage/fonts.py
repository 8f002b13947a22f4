"""The bundled Noto Sans faces: registered with ReportLab once, and their glyph metrics."""

from __future__ import annotations

import struct
import threading
from dataclasses import dataclass
from enum import StrEnum

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from boothmanager.resources import FONTS


class Face(StrEnum):
    """The faces a sign may use, by the name they are registered under in ReportLab."""

    REGULAR = "NotoSans"
    BOLD = "NotoSans-Bold"


# Only bundled OFL fonts: ReportLab has no font fallback, and its built-in Helvetica/Vera
# lack ẞ and Cyrillic (STACK.md, pitfall 5). Noto Sans covers Latin, Cyrillic and Greek.
FILES = {Face.REGULAR: "NotoSans-Regular.ttf", Face.BOLD: "NotoSans-Bold.ttf"}

_lock = threading.Lock()
_metrics: dict[Face, FaceMetrics] = {}


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character's advance and ink box, in em (1.0 = the font size)."""

    advance: float
    x_min: float
    y_min: float
    x_max: float
    y_max: float


class FaceMetrics:
    """Advances and ink boxes of one registered face, read from its glyf table on demand."""

    def __init__(self, font: TTFont) -> None:
        face = font.face
        self._units = float(face.unitsPerEm)
        self._cmap: dict[int, int] = face.charToGlyph
        self._loca: list[int] = face.glyphPos
        self._glyf: bytes = face.get_table("glyf")
        self._hmetrics: list[tuple[int, int]] = face.hmetrics
        # Typographic descent: where the line box ends below the baseline (positive).
        self.descent = -face.descent / 1000.0
        self._glyphs: dict[str, Glyph] = {}

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

    def has(self, char: str) -> bool:
        return ord(char) in self._cmap

    def advance(self, text: str) -> float:
        """Width of `text` in em: the sum of advances (ReportLab neither kerns nor shapes)."""
        return sum(self.glyph(c).advance for c in text)

    def ink_width(self, text: str) -> float:
        """Width of the drawn ink of one line in em, from the first glyph's left edge."""
        if not text:
            return 0.0
        first, last = self.glyph(text[0]), self.glyph(text[-1])
        return self.advance(text[:-1]) + last.x_max - first.x_min

    def ink_top(self, text: str) -> float:
        return max((self.glyph(c).y_max for c in text), default=0.0)

    def ink_bottom(self, text: str) -> float:
        """How far ink reaches below the baseline, in em (positive downwards)."""
        return max((-self.glyph(c).y_min for c in text), default=0.0)


def register_fonts() -> None:
    """Register the bundled faces with ReportLab; later calls do nothing."""
    with _lock:
        if _metrics:
            return
        for face, filename in FILES.items():
            font = TTFont(face.value, str(FONTS / filename))
            pdfmetrics.registerFont(font)
            _metrics[face] = FaceMetrics(font)
        pdfmetrics.registerFontFamily(Face.REGULAR.value, normal=Face.REGULAR.value,
                                      bold=Face.BOLD.value)


def metrics(face: Face) -> FaceMetrics:
    register_fonts()
    return _metrics[face]
