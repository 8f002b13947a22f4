"""Draw any layout on a ReportLab canvas, one function per element type."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, singledispatch
from weakref import WeakKeyDictionary

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
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
from boothmanager.signage.qr import qr_matrix, run_rectangles
from boothmanager.signage.share_cells import cells, dividers, fields_of_share, share_count
from boothmanager.signage.text import Fitted, TextDoesNotFit, fit

QR_DARK = "#000000"
MARK_WEIGHT = 0.3  # pt, crop marks
CELL_PADDING = 1  # mm above and below the text of a list row
MEMO = 4096  # texts whose operators a document keeps
# Elements whose operators restore the graphics state themselves (q … Q): drawn without
# the canvas saving and restoring its state around them.
SELF_CONTAINED = (TextBox, TextStack, ImageBox, QrBox, Rule)

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
        if isinstance(element, SELF_CONTAINED):
            draw(element, page)
            continue
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
    that has its script (Noto Sans, Noto Sans Arabic). The lines are written as PDF
    operators at once, in a graphics state of their own (the colour does not leak): the
    canvas's text objects re-measured and re-formatted every run and were the largest
    cost of printing 1,000 signs.
    """
    if not fitted.lines:
        return
    canvas = page.canvas
    # The same text in the same place is written the same way on every page (event line,
    # labels): its operators are kept for the document (font subsets are per document).
    memo = _memo(canvas)
    key = (fitted, style.face, style.color, x, top, width, align, page.height)
    operators = memo.get(key)
    if operators is None:
        if len(memo) > MEMO:
            memo.clear()
        operators = memo[key] = _operators(canvas, page, fitted, style, x=x, top=top,
                                           width=width, align=align)
    canvas.addLiteral(operators)


def _operators(canvas: Canvas, page: Page, fitted: Fitted, style: TextStyle, *, x: float,
               top: float, width: float, align: str) -> str:
    face = metrics(style.face)
    size = fitted.size
    operators = ["q", _fill(style.color)]
    for i, line in enumerate(fitted.lines):
        ink = face.ink_width(line) * size
        # Start the ink, not the pen, at the edge: big letters line up with small ones.
        left = {"left": x, "center": x + (width - ink) / 2, "right": x + width - ink}[align]
        pen = left - face.ends(line)[0].x_min * size
        baseline = page.y(top + fitted.ascent + i * fitted.pitch)
        # A text object per line, begun at the origin as the canvas's are: text extraction
        # (pypdf) then reads lines and table cells apart as it always has.
        operators.append("BT 1 0 0 1 0 0 Tm")
        for font, run in face.runs(line):
            # Each run placed on its own, so a reader of the PDF sees where every run is.
            operators.append(f"1 0 0 1 {_coordinate(pen)} {_coordinate(baseline)} Tm")
            operators.append(_shown(canvas, font, run, size))
            pen += face.advance(run) * size
        operators.append("ET")
    operators.append("Q")
    return " ".join(operators)


_memos: WeakKeyDictionary[object, dict[tuple[object, ...], str]] = WeakKeyDictionary()


def _memo(canvas: Canvas) -> dict[tuple[object, ...], str]:
    """Operators already written into the canvas's document, by what they draw."""
    doc = canvas._doc  # noqa: SLF001 - the document, which lives as long as the PDF is made
    memo = _memos.get(doc)
    if memo is None:
        memo = _memos[doc] = {}
    return memo


def _shown(canvas: Canvas, font_name: str, run: str, size: float) -> str:
    """`run` set in `font_name` at `size` pt as text operators, in the font's subsets as
    ReportLab documents it for dynamic (TrueType) fonts. The text is escaped, never read:
    "<b>" or "&" in a name stays text (no Paragraph here; anything that ever uses one must
    escape with saxutils.escape)."""
    font = pdfmetrics.getFont(font_name)
    doc = canvas._doc  # noqa: SLF001 - the document the subsets are numbered in
    return " ".join(f"{font.getSubsetInternalName(subset, doc)} {_number(size)} Tf"
                    f" ({escapePDF(chunk)}) Tj" for subset, chunk in font.splitString(run, doc))


_number = lru_cache(maxsize=1024)(fp_str)  # a size, as the canvas writes it
_LN10 = math.log(10.0)


def _coordinate(value: float) -> str:
    """`value` rounded to as many decimals as the canvas would write (fp_str: about six
    significant digits), so text lands on exactly the same spot; several times faster
    than ReportLab's pure-Python fp_str, which it may leave trailing zeros on."""
    size = abs(value)
    if size <= 1e-7:
        return "0"
    places = 6 if size <= 1 else min(max(0, 6 - int(math.log(size) / _LN10)), 6)
    return f"{value:.{places}f}"


@lru_cache(maxsize=64)
def _fill(color: str) -> str:
    """The PDF operator that fills in `color` (#rrggbb), as the canvas would write it."""
    rgb = HexColor(color)
    return f"{fp_str(rgb.red, rgb.green, rgb.blue)} rg"


@draw.register
def _(box: TextBox, page: Page) -> None:
    if box.shares is not None and share_count(page.fields) > 1:
        _draw_shared(box, page)
        return
    width, height = box.width * mm, box.height * mm
    fitted = _fit(page.fields.get(box.field, ""), box.style, width, height)
    spare = height - fitted.height
    top = box.y * mm + {"top": 0.0, "middle": spare / 2, "bottom": spare}[box.valign]
    _draw_lines(page, fitted, box.style, x=box.x * mm, top=top, width=width, align=box.align)


@draw.register
def _(stack: TextStack, page: Page) -> None:
    if stack.shares is not None and share_count(page.fields) > 1:
        _draw_shared(stack, page)
        return
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


LOGO_SHARE = 0.34  # of a shared cell's width at most: the name keeps the rest


def _draw_shared(element: TextBox | TextStack, page: Page) -> None:
    """A box divided among the stands of a shared booth: each stand's texts (and logo) in
    its own cell, in order along the front, fitted as they would be alone; hairlines
    between the cells."""
    grid = element.shares
    assert grid is not None
    count = share_count(page.fields)
    if isinstance(element, TextBox):
        names = [element.field]
    else:
        names = [item.field for item in element.items]
        names += [element.beside.field] if element.beside is not None else []
    boxes = cells(element.x, element.y, element.width, element.height, grid, count)
    for index, (x, y, width, height) in enumerate(boxes):
        cell = replace(element, x=x, y=y, width=width, height=height, shares=None)
        if isinstance(cell, TextStack):
            # The name comes first in a small cell: the texts after it take at most a third.
            cell = replace(cell, items=tuple(
                item if item.max_height is None else replace(
                    item, max_height=min(item.max_height, height / 3)) for item in cell.items))
            if cell.beside is not None:
                logo_w = min(cell.beside.width, width * LOGO_SHARE)
                cell = replace(cell, beside=replace(cell.beside, x=x + width - logo_w, y=y,
                                                    width=logo_w,
                                                    height=min(cell.beside.height, height)))
        own = replace(page, fields=fields_of_share(page.fields, index, names, short=grid.short))
        try:
            draw(cell, own)
        except TextDoesNotFit:
            if not isinstance(cell, TextStack):
                raise
            draw(replace(cell, items=cell.items[:1]), own)  # the name alone, then
    lines = dividers(element.x, element.y, element.width, element.height, grid, count)
    rgb = HexColor(HAIRLINE)
    operators = [f"q {fp_str(rgb.red, rgb.green, rgb.blue)} RG 0.75 w"]
    for x0, y0, x1, y1 in lines:
        operators.append(f"n {fp_str(x0 * mm, page.y(y0 * mm))} m "
                         f"{fp_str(x1 * mm, page.y(y1 * mm))} l S")
    page.canvas.addLiteral(" ".join([*operators, "Q"]))


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
    # Each run of dark modules is one integer rectangle in module units; all are filled as
    # one path: vector, compact, and without hairline seams between modules.
    page.canvas.addLiteral(f"{_qr_frame(box, page.height, len(matrix))}\n"
                           f"{run_rectangles(matrix)}f Q")


@lru_cache(maxsize=256)
def _qr_frame(box: QrBox, height: float, modules: int) -> str:
    """The white square of a code of `modules` modules a side, then the frame its dark
    modules are drawn in: module units, y down, from the corner inside the quiet zone;
    the same for every code of that size in that box, so worked out once."""
    size = box.size * mm
    module = size / (modules + 2 * box.quiet_zone)
    left, top = box.x * mm, box.y * mm
    return (f"q 1 1 1 rg n {fp_str(left, height - top - size, size, size)} re f* "
            f"{fp_str(module, 0, 0, -module, left + box.quiet_zone * module)} "
            f"{fp_str(height - top - box.quiet_zone * module)} cm {_fill(QR_DARK)}")


@draw.register
def _(rule: Rule, page: Page) -> None:
    page.canvas.addLiteral(_rule(rule, page.height))


@lru_cache(maxsize=256)
def _rule(rule: Rule, height: float) -> str:
    """A rule's operators, as the canvas would write them, in a graphics state of their
    own: the same on every page, so worked out once."""
    y = height - rule.y * mm
    dash = "" if rule.dash is None else f"[{fp_str(list(rule.dash))}] 0 d "
    rgb = HexColor(rule.color)
    return (f"q {fp_str(rgb.red, rgb.green, rgb.blue)} RG {fp_str(rule.thickness)} w {dash}"
            f"n {fp_str(rule.x * mm, y)} m {fp_str((rule.x + rule.width) * mm, y)} l S Q")


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
