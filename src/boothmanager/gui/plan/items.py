"""Graphics items of the plan: booths (drawn by level of detail), venue parts, labels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from boothmanager.domain import Booth, Point, Rect
from boothmanager.gui.plan import style
from boothmanager.gui.wording import one_line, plain_tooltip

MIN_TEXT_PX = 5.5  # below this many screen pixels a label is not drawn at all
GRID = 100  # mm: booths dragged on the plan land on a 10 cm grid


def scene_rect(rect: Rect) -> QRectF:
    """A domain rectangle (y into the building) in scene coordinates (y down, north up)."""
    return QRectF(rect.x, -(rect.y + rect.depth), rect.width, rect.depth)


def scene_point(point: Point) -> QPointF:
    return QPointF(point.x, -point.y)


def scene_polygon(points: tuple[Point, ...]) -> QPolygonF:
    return QPolygonF([scene_point(p) for p in points])


def draw_label(painter: QPainter, rect: QRectF, text: str, *, size: float, bold: bool = False,
               lod: float, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
    """Draw `text` elided into `rect` at `size` scene units, unless too small to read."""
    if not text or size * lod < MIN_TEXT_PX:
        return
    text = one_line(text)
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    painter.setFont(font)
    elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align), elided)


class BoothItem(QGraphicsRectItem):
    """A booth coloured by status, with its number and stand name when legible."""

    def __init__(self, booth: Booth, stand_name: str = "") -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(10)
        self.drop_target = False
        self.problems: list[str] = []  # what is wrong with where it stands, worded
        self.booth = booth
        self.stand_name = stand_name
        self.update_booth(booth, stand_name)

    def update_booth(self, booth: Booth, stand_name: str) -> None:
        self.booth = booth
        self.stand_name = stand_name
        area = scene_rect(booth.rect)
        self.setRect(QRectF(0, 0, area.width(), area.height()))
        self.setPos(area.topLeft())
        self.setTransformOriginPoint(area.width() / 2, area.height() / 2)
        self.setRotation(-booth.rotation)
        self._set_tooltip()
        self.update()

    def set_problems(self, problems: list[str]) -> None:
        if problems != self.problems:
            self.problems = problems
            self._set_tooltip()
            self.update()

    def _set_tooltip(self) -> None:
        self.setToolTip(plain_tooltip(self.booth.number, self.stand_name, *self.problems))

    def snapped_corner(self) -> tuple[int, int]:
        """Where the booth's south-west corner is now, in domain mm on the grid."""
        x = round(self.pos().x() / GRID) * GRID
        y = round(-(self.pos().y() + self.rect().height()) / GRID) * GRID
        return int(x), int(y)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        status = self.booth.status
        fill = style.DROP_TARGET if self.drop_target else style.BOOTH_FILL[status]
        pen = QPen(style.BOOTH_EDGE[status], 0)
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(QColor("#ff6f00"), 3 / max(lod, 1e-6))
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        rect = self.rect()
        painter.drawRect(rect)
        if self.problems:  # marked at once: overlaps, outside, on obstacles or exits' space
            painter.setPen(QPen(style.PROBLEM, 2.5 / max(lod, 1e-6), Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        short = min(rect.width(), rect.height())
        if short * lod < 14:  # a few pixels: the coloured rectangle says enough
            return
        painter.setPen(style.TEXT)
        inner = rect.adjusted(short * 0.06, short * 0.06, -short * 0.06, -short * 0.06)
        if self.stand_name:
            top = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.5)
            bottom = QRectF(inner.left(), inner.top() + inner.height() * 0.5, inner.width(),
                            inner.height() * 0.5)
            draw_label(painter, top, self.booth.number, size=short * 0.3, bold=True, lod=lod,
                       align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            draw_label(painter, bottom, self.stand_name, size=short * 0.17, lod=lod,
                       align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        else:
            draw_label(painter, inner, self.booth.number, size=short * 0.3, bold=True, lod=lod)


class LabelItem(QGraphicsItem):
    """A text of fixed size in mm on the plan (exit names, obstacle labels, the estimate note)."""

    def __init__(self, text: str, rect: QRectF, *, size: float, color: QColor = style.TEXT,
                 bold: bool = False) -> None:
        super().__init__()
        self.text = text
        self._rect = rect
        self._size = size
        self._color = color
        self._bold = bold
        self.setZValue(20)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(self._color)
        draw_label(painter, self._rect, self.text, size=self._size, bold=self._bold, lod=lod)
