"""The plan scene: one level of the venue with its booths, rebuilt or updated from the event."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from boothmanager.domain import Event, ExitKind, Level, Rect
from boothmanager.gui.plan import style
from boothmanager.gui.wording import plain_tooltip
from boothmanager.gui.plan.items import BoothItem, LabelItem, scene_point, scene_polygon, scene_rect

MARGIN = 3_000  # mm of backdrop around the level


class PlanScene(QGraphicsScene):
    """Draws a level; reports booths the user dragged to a new place."""

    booths_moved = Signal(object)  # list[tuple[str, int, int]]: number, new x, new y (mm)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(style.BACKDROP)
        self.booth_items: dict[str, BoothItem] = {}
        self.level_name = ""
        self.estimate_label: LabelItem | None = None
        self._pressed: dict[str, QPointF] = {}
        self.proposal_items: list[QGraphicsItem] = []

    def show_proposal(self, moves: list[tuple[str | None, str | None]]) -> None:
        """Arrows from where stands are to where a proposal puts them (a ring for new ones)."""
        self.clear_proposal()
        pen = QPen(style.PROPOSAL, 0)
        pen.setCosmetic(True)
        pen.setWidthF(2.5)
        for before, after in moves:
            start = self.booth_items.get(before) if before else None
            end = self.booth_items.get(after) if after else None
            if end is None:
                continue  # a stand leaving the plan shows in the table only
            target = end.sceneBoundingRect()
            ring = self.addRect(target.adjusted(150, 150, -150, -150), pen)
            ring.setZValue(30)
            self.proposal_items.append(ring)
            if start is not None:
                line = QLineF(start.sceneBoundingRect().center(), target.center())
                self.proposal_items += arrow(self, line, pen)

    def show_changes(self, moved: list[tuple[Rect, Rect]], touched: list[str]) -> None:
        """What changed since a snapshot: arrows for moved booths, rings on touched booths."""
        self.clear_proposal()
        pen = QPen(style.CHANGED, 0)
        pen.setCosmetic(True)
        pen.setWidthF(2.5)
        for old, new in moved:
            self.proposal_items += arrow(self, QLineF(scene_rect(old).center(),
                                                      scene_rect(new).center()), pen)
        for number in touched:
            item = self.booth_items.get(number)
            if item is not None:
                ring = self.addRect(item.sceneBoundingRect().adjusted(100, 100, -100, -100), pen)
                ring.setZValue(30)
                self.proposal_items.append(ring)

    def clear_proposal(self) -> None:
        for item in self.proposal_items:
            if item.scene() is self:
                self.removeItem(item)
        self.proposal_items = []

    def show_level(self, event: Event, level: Level) -> None:
        """Rebuild the scene for `level` of `event`."""
        self.clear()
        self.proposal_items = []
        self.booth_items = {}
        self.estimate_label = None
        self.level_name = level.name
        self._draw_venue(level, estimate=event.venue.is_estimate)
        names = {s.id: s.name for s in event.stands}
        for booth in event.booths:
            if booth.level == level.name:
                item = BoothItem(booth, names.get(booth.stand_id, ""))
                self.addItem(item)
                self.booth_items[booth.number] = item
        bounds = scene_polygon(level.outline).boundingRect()
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def update_booths(self, event: Event, numbers: frozenset[str]) -> None:
        """Bring the items of these booths in line with the event (added, changed, removed)."""
        names = {s.id: s.name for s in event.stands}
        current = {b.number: b for b in event.booths if b.number in numbers}
        for number in numbers:
            item = self.booth_items.get(number)
            booth = current.get(number)
            if booth is None or booth.level != self.level_name:
                if item is not None:
                    self.removeItem(item)
                    del self.booth_items[number]
                continue
            if item is None:
                item = BoothItem(booth, names.get(booth.stand_id, ""))
                self.addItem(item)
                self.booth_items[number] = item
            else:
                item.update_booth(booth, names.get(booth.stand_id, ""))

    def booth_at(self, pos: QPointF) -> BoothItem | None:
        for item in self.items(pos):
            if isinstance(item, BoothItem):
                return item
        return None

    def retranslate(self) -> None:
        if self.estimate_label is not None:
            self.estimate_label.text = estimate_text()
            self.estimate_label.update()

    def _draw_venue(self, level: Level, *, estimate: bool) -> None:
        floor = QGraphicsPolygonItem(scene_polygon(level.outline))
        floor.setBrush(style.FLOOR)
        floor.setPen(QPen(style.WALL, 200, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                          Qt.PenJoinStyle.MiterJoin))
        floor.setZValue(0)
        self.addItem(floor)
        for zone in level.zones:
            item = QGraphicsRectItem(scene_rect(zone.rect))
            item.setBrush(QBrush(style.KEEP_CLEAR, Qt.BrushStyle.BDiagPattern))
            item.setPen(QPen(style.KEEP_CLEAR, 0, Qt.PenStyle.DashLine))
            item.setZValue(2)
            item.setToolTip(plain_tooltip(zone.reason))
            self.addItem(item)
        for obstacle in level.obstacles:
            area = scene_rect(obstacle.rect)
            item = QGraphicsRectItem(area)
            item.setBrush(style.OBSTACLE)
            item.setPen(QPen(style.OBSTACLE_EDGE, 0))
            item.setZValue(5)
            item.setToolTip(plain_tooltip(obstacle.label))
            self.addItem(item)
            label = LabelItem(obstacle.label, area, size=min(450.0, area.height() * 0.5,
                                                             area.width() * 0.3))
            self.addItem(label)
        centre = scene_polygon(level.outline).boundingRect().center()
        for exit_ in level.exits:
            colour = style.HALL_DOOR if exit_.kind == ExitKind.HALL_DOOR else style.EXIT_GREEN
            line = QGraphicsLineItem(QLineF(scene_point(exit_.start), scene_point(exit_.end)))
            line.setPen(QPen(colour, 400, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            line.setZValue(6)
            line.setToolTip(plain_tooltip(f"{exit_.name}: {exit_.description}"))
            self.addItem(line)
            mid = (scene_point(exit_.start) + scene_point(exit_.end)) / 2
            inward = centre - mid  # the label goes inside the room, off the wall
            if exit_.angle % 180 == 0:
                mid.setY(mid.y() + (700 if inward.y() > 0 else -700))
            else:
                mid.setX(mid.x() + (900 if inward.x() > 0 else -900))
            box = QRectF(mid.x() - 1_500, mid.y() - 450, 3_000, 900)
            self.addItem(LabelItem(exit_.name, box, size=500, color=colour, bold=True))
        if estimate:
            bounds = scene_polygon(level.outline).boundingRect()
            box = QRectF(bounds.left(), bounds.top() - 2_300, bounds.width(), 1_600)
            self.estimate_label = LabelItem(estimate_text(), box, size=900, color=style.ESTIMATE,
                                            bold=True)
            self.addItem(self.estimate_label)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._pressed = {n: i.pos() for n, i in self.booth_items.items() if i.isSelected()}

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moves = []
        for number, before in self._pressed.items():
            item = self.booth_items.get(number)
            if item is None or item.pos() == before:
                continue
            x, y = item.snapped_corner()
            if (x, y) == (item.booth.rect.x, item.booth.rect.y):
                item.update_booth(item.booth, item.stand_name)  # back onto its grid place
            else:
                moves.append((number, x, y))
        self._pressed = {}
        if moves:
            self.booths_moved.emit(moves)


def arrow(scene: QGraphicsScene, line: QLineF, pen: QPen) -> list[QGraphicsItem]:
    """A line with a head at its end, above the booths."""
    shaft = scene.addLine(line, pen)
    head_length = min(600.0, line.length() / 3)
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    wings = [QPointF(tip.x() - head_length * math.cos(angle + turn),
                     tip.y() - head_length * math.sin(angle + turn)) for turn in (0.4, -0.4)]
    head = scene.addPolygon(QPolygonF([tip, *wings]), pen, QBrush(pen.color()))
    for item in (shaft, head):
        item.setZValue(30)
    return [shaft, head]


def estimate_text() -> str:
    return QCoreApplication.translate(
        "PlanScene", "ESTIMATE – venue geometry assumed, not measured")
