"""Draw any layout on a ReportLab canvas, one function per element type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import singledispatch

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.signage.fonts import metrics
from boothmanager.signage.layout import (
    HAIRLINE,
    CutMarks,
    ImageBox,
    Panel,
    QrBox,
    RowList,
    Rule,
    SignLayout,
    TextBox,
    TextStack,
    TextStyle,
)
from boothmanager.signage.logos import Logo
from boothmanager.signage.qr import dark_runs, qr_matrix
from boothmanager.signage.text import Fitted, fit

QR_DARK = "#000000"
MARK_WEIGHT = 0.3  # pt, crop marks
CELL_PADDING = 1  # mm above and below the text of a list row

Fields = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Page:
    """The page (or panel) being drawn, and the field values its elements bind to."""

    canvas: Canvas
    height: float  # pt
    fields: Fields
    records: Sequence[Fields] = ()
    images: Mapping[str, Logo] = field(default_factory=dict)  # by the value of their field

    def y(self, from_top: float) -> float:
        """ReportLab's y (up from the bottom) for a distance down from the top, in pt."""
        return self.height - from_top


def draw_sign(canvas: Canvas, layout: SignLayout, fields: Fields,
              records: Sequence[Fields] = (), images: Mapping[str, Logo] | None = None) -> None:
    """Draw every element of `layout` on the current page of `canvas`; panels and row
    lists take their values from `records`, image boxes theirs from `images`."""
    _draw_all(layout.elements, Page(canvas, layout.height * mm, fields, records, images or {}))


def _draw_all(elements: Sequence[object], page: Page) -> None:
    for element in elements:
        page.canvas.saveState()
        draw(element, page)
        page.canvas.restoreState()


@singledispatch
def draw(element: object, page: Page) -> None:
    raise TypeError(f"no renderer for {type(element).__name__}")


def _fit(text: str, style: TextStyle, width: float, height: float) -> Fitted:
    return fit(text, face=style.face, width=width, height=height, max_size=style.max_size,
               min_size=style.min_size, leading=style.leading, wrap=style.wrap,
               wrap_gain=style.wrap_gain, descender=style.descender)


def fit_text(text: str, style: TextStyle, width: float, height: float) -> Fitted:
    """`text` set in `style` into a box `width` × `height` pt (see text.fit)."""
    return _fit(text, style, width, height)


def draw_fitted(canvas: Canvas, fitted: Fitted, style: TextStyle, *, x: float, top: float,
                width: float, align: str = "left") -> None:
    """Draw fitted lines in a box whose left edge is `x` and top edge `top`, in ReportLab's
    page coordinates (pt, y up): for pieces drawn outside a layout (plans, lists)."""
    _draw_lines(Page(canvas, top, {}), fitted, style, x=x, top=0.0, width=width, align=align)


def draw_text(canvas: Canvas, text: str, style: TextStyle, *, x: float, top: float,
              width: float, height: float, align: str = "left",
              valign: str = "top") -> Fitted:
    """Fit `text` into the box (left `x`, top `top`, in pt, y up) and draw it there."""
    fitted = _fit(text, style, width, height)
    spare = height - fitted.height
    canvas.saveState()
    draw_fitted(canvas, fitted, style, x=x, width=width, align=align,
                top=top - {"top": 0.0, "middle": spare / 2, "bottom": spare}[valign])
    canvas.restoreState()
    return fitted


def _draw_lines(page: Page, fitted: Fitted, style: TextStyle, *, x: float, top: float,
                width: float, align: str) -> None:
    """Draw fitted lines whose first baseline lies `fitted.ascent` below `top` (pt).

    Each line is already in drawing order; it is set run by run, each run in the font
    that has its script (Noto Sans, Noto Sans Arabic), in one text object.
    """
    face = metrics(style.face)
    canvas = page.canvas
    canvas.setFillColor(HexColor(style.color))
    for i, line in enumerate(fitted.lines):
        ink = face.ink_width(line) * fitted.size
        # Start the ink, not the pen, at the edge: big letters line up with small ones.
        left = {"left": x, "center": x + (width - ink) / 2, "right": x + width - ink}[align]
        pen = left - face.ends(line)[0].x_min * fitted.size
        baseline = page.y(top + fitted.ascent + i * fitted.pitch)
        text = canvas.beginText()
        # textOut sets the text as it is: "<b>" or "&" in a name is never read as markup
        # (no Paragraph here; anything that ever uses one must escape with saxutils.escape).
        for font, run in face.runs(line):
            # Each run placed on its own, so a reader of the PDF sees where every run is.
            text.setTextOrigin(pen, baseline)
            text.setFont(font, fitted.size)
            text.textOut(run)
            pen += face.advance(run) * fitted.size
        canvas.drawText(text)


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
    if stack.beside is not None and _image(stack.beside, page) is not None:
        draw(stack.beside, page)
        width = (stack.beside.x - stack.gap - stack.x) * mm  # the texts keep clear of it
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


def _image(box: ImageBox, page: Page) -> Logo | None:
    return page.images.get(page.fields.get(box.field, ""))


@draw.register
def _(box: ImageBox, page: Page) -> None:
    logo = _image(box, page)
    if logo is None:
        return
    width, height = logo.drawn_size(box.width, box.height)
    left = box.x + (box.width - width) / 2
    top = box.y + (box.height - height) / 2
    page.canvas.drawImage(logo.image, left * mm, page.y((top + height) * mm), width * mm,
                          height * mm, mask="auto")


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
    if rule.dash is not None:
        canvas.setDash(list(rule.dash))
    canvas.line(rule.x * mm, page.y(rule.y * mm), (rule.x + rule.width) * mm, page.y(rule.y * mm))


@draw.register
def _(marks: CutMarks, page: Page) -> None:
    canvas = page.canvas
    canvas.setStrokeColor(HexColor(QR_DARK))
    canvas.setLineWidth(MARK_WEIGHT)
    gap, length = marks.gap * mm, marks.length * mm
    for x, outward_x in ((marks.x, -1), (marks.x + marks.width, 1)):
        for y, outward_y in ((marks.y, -1), (marks.y + marks.height, 1)):
            cx, cy = x * mm, y * mm
            near_x, far_x = cx + outward_x * gap, cx + outward_x * (gap + length)
            near_y, far_y = cy + outward_y * gap, cy + outward_y * (gap + length)
            canvas.line(near_x, page.y(cy), far_x, page.y(cy))  # along the top/bottom edge
            canvas.line(cx, page.y(near_y), cx, page.y(far_y))  # along the left/right edge


@draw.register
def _(rows: RowList, page: Page) -> None:
    canvas = page.canvas
    pitch, padding = rows.row_height * mm, CELL_PADDING * mm
    records = page.records[:rows.capacity]
    for index, record in enumerate(records):
        top = rows.y * mm + index * pitch
        cells = [(column, _fit(record.get(column.field, ""), column.style, column.width * mm,
                               pitch - 2 * padding)) for column in rows.columns]
        # The first lines of all cells share one baseline and the row's block is centred,
        # unless that would push a cell out of the row: then each cell sits at the top.
        inner = pitch - 2 * padding
        ascent = max((fitted.ascent for _, fitted in cells if fitted.lines), default=0.0)
        block = max((ascent - fitted.ascent + fitted.height for _, fitted in cells
                     if fitted.lines), default=0.0)
        aligned = block <= inner
        start = top + padding + ((inner - block) / 2 if aligned else 0.0)
        for column, fitted in cells:
            canvas.saveState()
            _draw_lines(page, fitted, column.style, x=(rows.x + column.x) * mm,
                        top=start + (ascent - fitted.ascent if aligned else 0.0),
                        width=column.width * mm, align=column.align)
            canvas.restoreState()
        if index < len(records) - 1:  # between rows only: the page's own rules frame them
            canvas.setStrokeColor(HexColor(HAIRLINE))
            canvas.setLineWidth(0.5)
            canvas.line(rows.x * mm, page.y(top + pitch), (rows.x + rows.width) * mm,
                        page.y(top + pitch))


@draw.register
def _(panel: Panel, page: Page) -> None:
    if panel.slot is None:
        fields = page.fields
    elif panel.slot < len(page.records):
        fields = {**page.fields, **page.records[panel.slot]}
    else:
        return  # the last sheet of fascia strips may have a free half
    width, height = panel.width * mm, panel.height * mm
    canvas = page.canvas
    canvas.translate(panel.x * mm, page.y(panel.y * mm + height))  # the panel's bottom left
    if panel.rotation == 180:
        canvas.translate(width, height)
        canvas.rotate(180)
    _draw_all(panel.elements, Page(canvas, height, fields, images=page.images))
