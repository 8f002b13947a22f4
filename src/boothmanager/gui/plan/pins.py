"""Comment pins on the plan: a marker of fixed screen size at a point, its text as tooltip."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from boothmanager.gui.plan.coords import scene_point
from boothmanager.gui.wording import plain_tooltip
from boothmanager.domain import Point

OPEN = QColor("#c2185b")  # a comment still to be dealt with
DONE = QColor("#78909c")
OUTLINE = QColor("#ffffff")
SELECTED = QColor("#ff6f00")
OLDER = QColor("#e65100")  # the comment was made on an older version of this spot
HEAD = 11.0  # pixels: radius of the pin's head
HEIGHT = 32.0  # pixels from the point to the top of the head


@dataclass(frozen=True, slots=True)
class PinMark:
    """What a pin shows: where (domain mm), a short label in its head, and the comment."""

    x: int
    y: int
    text: str
    label: str = ""
    done: bool = False
    key: Hashable = None  # lets a list find its pin (an item id, a list index …)
    caption: str = ""  # first tooltip line, e.g. the reviewer
    older: bool = False  # made on an older version of the plan: a warning triangle on the head


class PinItem(QGraphicsItem):
    """A map pin whose tip is on the point; it keeps its size whatever the zoom."""

    def __init__(self, mark: PinMark) -> None:
        super().__init__()
        self.mark = mark
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(40)  # above booths (10), labels (20) and change arrows (30)
        self.setPos(scene_point(Point(mark.x, mark.y)))
        self.setToolTip(plain_tooltip(mark.caption, mark.text))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        extra = HEAD if self.mark.older else 0.0  # the triangle beside the head
        return QRectF(-HEAD - 2, -HEIGHT - HEAD - 2 - extra / 2, 2 * HEAD + 4 + extra,
                      HEIGHT + HEAD + 4 + extra / 2)

    def shape(self) -> QPainterPath:
        return self._outline()

    def _outline(self) -> QPainterPath:
        path = QPainterPath()
        centre = QPointF(0, -HEIGHT)
        path.addEllipse(centre, HEAD, HEAD)
        tail = QPainterPath()
        tail.moveTo(QPointF(-HEAD * 0.6, -HEIGHT + HEAD * 0.7))
        tail.lineTo(QPointF(0, 0))
        tail.lineTo(QPointF(HEAD * 0.6, -HEIGHT + HEAD * 0.7))
        tail.closeSubpath()
        return path.united(tail)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(SELECTED if selected else OUTLINE, 3 if selected else 1.5))
        painter.setBrush(QBrush(DONE if self.mark.done else OPEN))
        painter.drawPath(self._outline())
        if self.mark.label:
            font = QFont()
            font.setPixelSize(11)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(OUTLINE)
            painter.drawText(QRectF(-HEAD, -HEIGHT - HEAD, 2 * HEAD, 2 * HEAD),
                             int(Qt.AlignmentFlag.AlignCenter), self.mark.label[:3])
        if self.mark.older:
            self._paint_older(painter)

    def _paint_older(self, painter: QPainter) -> None:
        """A small orange warning triangle at the head's upper right."""
        left, bottom, side = HEAD * 0.45, -HEIGHT - HEAD * 0.2, HEAD * 1.3
        triangle = QPainterPath()
        triangle.moveTo(QPointF(left, bottom))
        triangle.lineTo(QPointF(left + side, bottom))
        triangle.lineTo(QPointF(left + side / 2, bottom - side * 0.9))
        triangle.closeSubpath()
        painter.setPen(QPen(OUTLINE, 1.2))
        painter.setBrush(QBrush(OLDER))
        painter.drawPath(triangle)
        font = QFont()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(OUTLINE)
        painter.drawText(QRectF(left, bottom - side * 0.8, side, side * 0.85),
                         int(Qt.AlignmentFlag.AlignCenter), "!")


class PinLayer:
    """The pins shown on one scene; survives the scene being cleared under it."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: list[PinItem] = []

    def show(self, marks: Iterable[PinMark]) -> list[PinItem]:
        """Replace the pins shown by these."""
        self.clear()
        for mark in marks:
            item = PinItem(mark)
            self.scene.addItem(item)
            self.items.append(item)
        return self.items

    def clear(self) -> None:
        for item in self.items:
            # scene.clear() (a new level shown) deletes the items under us
            if shiboken6.isValid(item) and item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items = []

    def live(self) -> list[PinItem]:
        return [item for item in self.items if shiboken6.isValid(item)]

    def item_for(self, key: Hashable) -> PinItem | None:
        return next((item for item in self.live() if item.mark.key == key), None)

    def select(self, key: Hashable) -> PinItem | None:
        """Select the pin of `key` alone (and return it), if it is shown."""
        item = self.item_for(key)
        if item is not None:
            self.scene.clearSelection()
            item.setSelected(True)
        return item
