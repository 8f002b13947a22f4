"""Lists that run over pages: headings and rows of fitted cells, laid out before drawing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from boothmanager.signage.layout import HAIRLINE, TextStyle
from boothmanager.signage.render import draw_fitted, fit_text
from boothmanager.signage.text import Fitted

Op = Callable[[Canvas], None]


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a row: texts set one below the other in a column `width` pt wide, `x` pt
    from the left of the content; each text takes at most `max_lines`, then an ellipsis."""

    x: float
    width: float
    texts: tuple[tuple[str, TextStyle], ...]
    align: str = "left"
    max_lines: int = 2
    checkbox: float = 0.0  # pt: a square to tick, drawn instead of text (no font has one)


def line_room(style: TextStyle, lines: int) -> float:
    """Height (pt) that surely holds `lines` lines of `style`, accents and descenders too."""
    return style.max_size * (1.5 + (lines - 1) * max(style.leading, 1.4))


@dataclass
class Flow:
    """Content laid down from the top of each page's area; a page ends when a thing does
    not fit, and a table's head is repeated at the top of the next page."""

    left: float
    top: float
    width: float
    bottom: float
    pages: list[list[Op]] = field(default_factory=list)
    y: float = 0.0
    head: Sequence[Cell] | None = None  # the current table's head, repeated on new pages

    def __post_init__(self) -> None:
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.head:
            self.row(self.head, rule=True, heavy=True)

    def room(self) -> float:
        return self.y - self.bottom

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` pt fit below the current position."""
        if height > self.room() and self.y < self.top:
            self.new_page()

    def space(self, height: float) -> None:
        if self.y < self.top:  # never at the top of a page
            self.y -= min(height, self.room())

    def block(self, height: float, draw: Callable[[Canvas, float], None]) -> None:
        """Something `height` pt high drawn by `draw(canvas, top)`."""
        self.ensure(height)
        top = self.y
        self.pages[-1].append(lambda canvas: draw(canvas, top))
        self.y -= height

    def text(self, text: str, style: TextStyle, *, lines: int = 3, keep: float = 0.0,
             align: str = "left") -> None:
        """A paragraph across the content width; `keep` pt must fit below it too (a heading
        stays with what it heads)."""
        fitted = fit_text(text, style, self.width, line_room(style, lines))
        self.ensure(fitted.height + keep)
        self._draw(fitted, style, x=self.left, top=self.y, width=self.width, align=align)
        self.y -= fitted.height

    def row(self, cells: Sequence[Cell], *, padding: float = 2.5, rule: bool = True,
            heavy: bool = False) -> None:
        """One row of cells; the row is as high as its tallest cell."""
        set_cells = [(cell, [(fit_text(text, style, cell.width,
                                       line_room(style, cell.max_lines)), style)
                             for text, style in cell.texts if text])
                     for cell in cells]
        # The first lines of all cells share one baseline, whatever their ink (a "–" too).
        ascent = max((texts[0][0].ascent for _, texts in set_cells if texts), default=0.0)
        height = max((ascent - texts[0][0].ascent + sum(f.height for f, _ in texts) + 0.25 * sum(
            s.max_size for _, s in texts[1:]) for _, texts in set_cells if texts), default=0.0)
        height = max([height, *(cell.checkbox for cell in cells)]) + 2 * padding
        if height > self.room() and self.y < self.top:
            self.new_page()
        top = self.y
        for cell, texts in set_cells:
            if cell.checkbox:
                self._box(self.left + cell.x + (cell.width - cell.checkbox) / 2, top - padding,
                          cell.checkbox)
            y = top - padding - (ascent - texts[0][0].ascent if texts else 0.0)
            for fitted, style in texts:
                self._draw(fitted, style, x=self.left + cell.x, top=y, width=cell.width,
                           align=cell.align)
                y -= fitted.height + 0.25 * style.max_size
        if rule:
            bottom, left, right = top - height, self.left, self.left + self.width
            weight = 0.9 if heavy else 0.4

            def line(canvas: Canvas) -> None:
                canvas.saveState()
                canvas.setStrokeColor(HexColor("#4d4d4d" if heavy else HAIRLINE))
                canvas.setLineWidth(weight)
                canvas.line(left, bottom, right, bottom)
                canvas.restoreState()

            self.pages[-1].append(line)
        self.y = top - height

    def _box(self, x: float, top: float, size: float) -> None:
        def op(canvas: Canvas) -> None:
            canvas.saveState()
            canvas.setLineWidth(0.7)
            canvas.rect(x, top - size, size, size, stroke=1, fill=0)
            canvas.restoreState()

        self.pages[-1].append(op)

    def _draw(self, fitted: Fitted, style: TextStyle, *, x: float, top: float, width: float,
              align: str) -> None:
        def op(canvas: Canvas) -> None:
            canvas.saveState()
            draw_fitted(canvas, fitted, style, x=x, top=top, width=width, align=align)
            canvas.restoreState()

        self.pages[-1].append(op)

    def render(self, canvas: Canvas, decorate: Callable[[Canvas, int, int], None]) -> int:
        """Draw every page, each with `decorate(canvas, page, pages)`; the number of pages."""
        pages = [ops for ops in self.pages if ops] or [[]]
        for number, ops in enumerate(pages, start=1):
            for op in ops:
                op(canvas)
            decorate(canvas, number, len(pages))
            canvas.showPage()
        return len(pages)
