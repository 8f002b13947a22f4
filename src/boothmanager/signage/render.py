"""Draw a sign layout on a ReportLab canvas, one function per element type."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import singledispatch

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.signage.fonts import metrics
from boothmanager.signage.layout import QrBox, Rule, SignLayout, TextBox, TextStack, TextStyle
from boothmanager.signage.qr import dark_runs, qr_matrix
from boothmanager.signage.text import Fitted, fit

QR_DARK = "#000000"


@dataclass(frozen=True, slots=True)
class Page:
    """The page being drawn and the field values its elements bind to."""

    canvas: Canvas
    height: float  # pt
    fields: Mapping[str, str]

    def y(self, from_top: float) -> float:
        """ReportLab's y (up from the bottom) for a distance down from the top, in pt."""
        return self.height - from_top


def draw_sign(canvas: Canvas, layout: SignLayout, fields: Mapping[str, str]) -> None:
    """Draw every element of `layout` on the current page of `canvas`."""
    page = Page(canvas, layout.height * mm, fields)
    for element in layout.elements:
        canvas.saveState()
        draw(element, page)
        canvas.restoreState()


@singledispatch
def draw(element: object, page: Page) -> None:
    raise TypeError(f"no renderer for {type(element).__name__}")


def _fit(text: str, style: TextStyle, width: float, height: float) -> Fitted:
    return fit(text, face=style.face, width=width, height=height, max_size=style.max_size,
               min_size=style.min_size, leading=style.leading, wrap=style.wrap,
               wrap_gain=style.wrap_gain,
               descender=style.descender)


def _draw_lines(page: Page, fitted: Fitted, style: TextStyle, *, x: float, top: float,
                width: float, align: str) -> None:
    """Draw fitted lines whose first baseline lies `fitted.ascent` below `top` (pt)."""
    face = metrics(style.face)
    canvas = page.canvas
    canvas.setFont(style.face.value, fitted.size)
    canvas.setFillColor(HexColor(style.color))
    for i, line in enumerate(fitted.lines):
        ink = face.ink_width(line) * fitted.size
        # Start the ink, not the pen, at the edge: big letters line up with small ones.
        left = {"left": x, "center": x + (width - ink) / 2, "right": x + width - ink}[align]
        pen = left - face.glyph(line[0]).x_min * fitted.size
        # drawString sets the text as it is: "<b>" or "&" in a name is never read as markup
        # (no Paragraph here; anything that ever uses one must escape with saxutils.escape).
        canvas.drawString(pen, page.y(top + fitted.ascent + i * fitted.pitch), line)


@draw.register
def _(box: TextBox, page: Page) -> None:
    width, height = box.width * mm, box.height * mm
    fitted = _fit(page.fields.get(box.field, ""), box.style, width, height)
    spare = height - fitted.height
    top = box.y * mm + {"top": 0.0, "middle": spare / 2, "bottom": spare}[box.valign]
    _draw_lines(page, fitted, box.style, x=box.x * mm, top=top, width=width, align=box.align)


@draw.register
def _(stack: TextStack, page: Page) -> None:
    width, height, gap = stack.width * mm, stack.height * mm, stack.gap * mm
    present = [item for item in stack.items if page.fields.get(item.field, "").strip()]
    room = height - gap * max(len(present) - 1, 0)
    fitted = {}
    for item in present:
        if item.max_height is not None:
            fitted[item.field] = _fit(page.fields[item.field], item.style, width,
                                      min(item.max_height * mm, room))
            room -= fitted[item.field].height
    for item in present:
        if item.max_height is None:
            fitted[item.field] = _fit(page.fields[item.field], item.style, width, room)
    top = stack.y * mm
    for item in present:
        _draw_lines(page, fitted[item.field], item.style, x=stack.x * mm, top=top, width=width,
                    align="left")
        top += fitted[item.field].height + gap


@draw.register
def _(box: QrBox, page: Page) -> None:
    payload = page.fields.get(box.field, "")
    if not payload:
        return
    matrix = qr_matrix(payload)
    size = box.size * mm
    module = size / (len(matrix) + 2 * box.quiet_zone)
    left, top = box.x * mm, box.y * mm
    canvas = page.canvas
    canvas.setFillColor(white)
    canvas.rect(left, page.y(top + size), size, size, stroke=0, fill=1)
    # In module units, y down, each run of dark modules is one integer rectangle; all are
    # filled as one path: vector, compact, and without hairline seams between modules.
    canvas.transform(module, 0, 0, -module, left + box.quiet_zone * module,
                     page.y(top + box.quiet_zone * module))
    canvas.setFillColor(HexColor(QR_DARK))
    canvas.addLiteral(" ".join(f"{column} {row} {length} 1 re"
                               for row, column, length in dark_runs(matrix)) + " f")


@draw.register
def _(rule: Rule, page: Page) -> None:
    canvas = page.canvas
    canvas.setStrokeColor(HexColor(rule.color))
    canvas.setLineWidth(rule.thickness)
    canvas.line(rule.x * mm, page.y(rule.y * mm), (rule.x + rule.width) * mm, page.y(rule.y * mm))
