"""The plan in review mode: read-only, pins set by a click, answer badges and the changes marked."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from boothmanager.domain import Event, Rect
from boothmanager.domain.review import Decision
from boothmanager.gui.plan.scene import PlanScene
from boothmanager.gui.plan.view import PlanView

APPROVED = QColor("#2e7d32")
REQUESTED = QColor("#c62828")


def make_read_only(scene: PlanScene) -> None:
    """Booths can be selected, never moved (PlanScene has no switch for this yet)."""
    for item in scene.booth_items.values():
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)


class ReviewPlanView(PlanView):
    """A PlanView that refuses drops, moves and deletes; in pin mode a click asks for a pin."""

    pin_requested = Signal(int, int)  # domain mm
    pin_cancelled = Signal()  # Esc in pin mode

    def __init__(self, scene: PlanScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setAcceptDrops(False)
        self.pin_mode = False

    def set_pin_mode(self, on: bool) -> None:
        self.pin_mode = on
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.pin_mode and event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            event.accept()
            self.pin_requested.emit(round(point.x()), round(-point.y()))
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pin_mode:
            self.set_pin_mode(False)
            self.pin_cancelled.emit()
            event.accept()
            return
        QGraphicsView.keyPressEvent(self, event)  # no nudging or deleting booths here

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001
        event.ignore()  # the planner's booth menu (unassign …) has no place in review mode

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        event.ignore()


class AnswerBadge(QGraphicsItem):
    """A round mark inside a booth's top right corner: a tick for approved, an exclamation
    mark for a requested change; fixed size on screen. Inside, not on the corner, so it is
    never taken for the mark of the neighbouring booth."""

    RADIUS = 8.0
    INSET = RADIUS + 2  # pixels from the corner to the centre, left and down

    def __init__(self, decision: Decision) -> None:
        super().__init__()
        self.decision = decision
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(35)

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 1
        return QRectF(-self.INSET - r, self.INSET - r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        approved = self.decision is Decision.APPROVE
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(QBrush(APPROVED if approved else REQUESTED))
        painter.drawEllipse(QPointF(-self.INSET, self.INSET), self.RADIUS, self.RADIUS)
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self.boundingRect(), int(Qt.AlignmentFlag.AlignCenter),
                         "✓" if approved else "!")


class AnswerBadges:
    """The badges of the answers given, on the booths of the level shown."""

    def __init__(self, scene: PlanScene) -> None:
        self.scene = scene
        self.items: dict[str, AnswerBadge] = {}

    def show(self, decisions: dict[str, Decision]) -> None:
        self.clear()
        for number, decision in decisions.items():
            booth = self.scene.booth_items.get(number)
            if booth is None:
                continue
            badge = AnswerBadge(decision)
            badge.setPos(booth.sceneBoundingRect().topRight())
            self.scene.addItem(badge)
            self.items[number] = badge

    def clear(self) -> None:
        for badge in self.items.values():
            if shiboken6.isValid(badge) and badge.scene() is self.scene:
                self.scene.removeItem(badge)
        self.items = {}


def show_package_changes(scene: PlanScene, event: Event, changes: list[dict[str, Any]],
                         touched: frozenset[str]) -> None:
    """Arrows for booths moved since the last review and rings on the booths it touched."""
    moved: list[tuple[Rect, Rect]] = []
    for change in changes:
        before, after = change.get("from"), change.get("to")
        if change.get("kind") != "booth_moved" or not isinstance(before, dict) \
                or not isinstance(after, dict):
            continue
        try:
            booth = event.booth(str(change.get("booth")))
            if booth.level != scene.level_name or before.get("level") != scene.level_name:
                continue
            size = booth.rect
            moved.append((Rect(int(before["x_mm"]), int(before["y_mm"]), size.width, size.depth),
                          size))
        except (KeyError, TypeError, ValueError):
            continue  # an entry this version cannot draw stays in the list only
    scene.show_changes(moved, sorted(touched & set(scene.booth_items)))
