"""Text on the plan: fonts by size in mm, one laid-out line in a box, fixed-size labels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from boothmanager.gui.plan import style
from boothmanager.gui.wording import one_line

TEXT_MIN_PX = 5.5  # a text whose font would be smaller is neither drawn nor laid out


_fonts: dict[tuple[int, bool], QFont] = {}


def plan_font(size: float, *, bold: bool = False) -> QFont:
    """The plan's font at `size` scene units (mm), shared by every text of that size."""
    key = (max(1, round(size)), bold)
    font = _fonts.get(key)
    if font is None:
        font = _fonts[key] = QFont()
        font.setPixelSize(key[0])
        font.setBold(bold)
    return font


class TextLine:
    """One line of text in a box on the plan: elided to the box and laid out once."""

    __slots__ = ("font", "static", "origin", "text")

    def __init__(self, text: str, box: QRectF, *, size: float, bold: bool = False,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        self.font = plan_font(size, bold=bold)
        metrics = QFontMetricsF(self.font)
        self.text = metrics.elidedText(one_line(text), Qt.TextElideMode.ElideRight, box.width())
        self.static = QStaticText(self.text)
        self.static.setTextFormat(Qt.TextFormat.PlainText)
        width, height = metrics.horizontalAdvance(self.text), metrics.height()
        if align & Qt.AlignmentFlag.AlignLeft:
            x = box.left()
        elif align & Qt.AlignmentFlag.AlignRight:
            x = box.right() - width
        else:
            x = box.center().x() - width / 2
        if align & Qt.AlignmentFlag.AlignTop:
            y = box.top()
        elif align & Qt.AlignmentFlag.AlignBottom:
            y = box.bottom() - height
        else:
            y = box.center().y() - height / 2
        self.origin = QPointF(x, y)

    def draw(self, painter: QPainter) -> None:
        if self.text:
            painter.setFont(self.font)
            painter.drawStaticText(self.origin, self.static)


class LabelItem(QGraphicsItem):
    """A text of fixed size in mm on the plan (exit names, obstacle labels, the estimate note)."""

    def __init__(self, text: str, rect: QRectF, *, size: float, color: QColor = style.TEXT,
                 bold: bool = False) -> None:
        super().__init__()
        self._rect = rect
        self._size = size
        self._pen = QPen(color)
        self._bold = bold
        self._line: TextLine | None = None
        self.text = text
        self.setZValue(20)

    @property
    def text(self) -> str:
        return self._text

    @text.setter
    def text(self, text: str) -> None:
        self._text = text
        self._line = None  # laid out again when next drawn

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if not self._text or self._size * lod < TEXT_MIN_PX:
            return
        if self._line is None:
            self._line = TextLine(self._text, self._rect, size=self._size, bold=self._bold)
        painter.setPen(self._pen)
        self._line.draw(painter)
