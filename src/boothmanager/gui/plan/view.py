"""The plan view: zoom, pan, fit, and dropping stands onto booths."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from boothmanager.gui.mime import STAND_MIME, stand_ids_from_mime
from boothmanager.gui.plan.items import BoothItem
from boothmanager.gui.plan.scene import PlanScene

ZOOM_STEP = 1.25
SCALE_STEPS = (100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000)
NUDGE = 100  # mm per arrow key (10 mm with Shift)


class PlanView(QGraphicsView):
    """Shows the plan scene; a stand dropped on a booth is reported, not applied here."""

    stand_dropped = Signal(str, int)  # booth number, stand id
    context_menu_requested = Signal(str, object)  # booth number, global QPoint
    cursor_moved = Signal(int, int)  # domain mm under the mouse
    nudged = Signal(int, int)  # arrow keys: dx, dy in domain mm
    delete_requested = Signal()

    def __init__(self, scene: PlanScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.plan = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.viewport().setMouseTracking(True)  # the cursor position shows without a button down
        self._hover: BoothItem | None = None
        self.auto_fit = True  # keep the level fitted while the window resizes, until a zoom

    def fit(self) -> None:
        """Zoom so that the whole level is visible."""
        self.auto_fit = True
        self.fitInView(self.plan.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.auto_fit = False
        self.scale(factor, factor)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if self.auto_fit:
            self.fitInView(self.plan.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier or not event.angleDelta().x():
            steps = event.angleDelta().y() / 120
            self.zoom(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        if event.button() == Qt.MouseButton.MiddleButton:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """A scale bar in the lower left corner, in whole metres that fit 60–160 pixels."""
        pixels_per_mm = self.transform().m11()
        if pixels_per_mm <= 0:
            return
        length = next((mm for mm in SCALE_STEPS if mm * pixels_per_mm >= 60), SCALE_STEPS[-1])
        width = length * pixels_per_mm
        painter.save()
        painter.resetTransform()
        left, bottom = 16.0, self.viewport().height() - 18.0
        painter.setPen(QPen(QColor("#263238"), 2))
        painter.drawLine(QPointF(left, bottom), QPointF(left + width, bottom))
        for x in (left, left + width):
            painter.drawLine(QPointF(x, bottom - 6), QPointF(x, bottom + 4))
        label = f"{length // 1000} m" if length >= 1000 else f"{length // 10} cm"
        painter.drawText(QRectF(left, bottom - 22, max(width, 60), 16),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), label)
        painter.restore()

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        super().mouseMoveEvent(event)
        point = self.mapToScene(event.position().toPoint())
        self.cursor_moved.emit(round(point.x()), round(-point.y()))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        step = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, step), Qt.Key.Key_Down: (0, -step)}
        if event.key() in moves and self.plan.selectedItems():
            self.nudged.emit(*moves[event.key()])
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.plan.selectedItems():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001
        item = self.plan.booth_at(self.mapToScene(event.pos()))
        if item is not None:
            self.context_menu_requested.emit(item.booth.number, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    # Dropping stands -----------------------------------------------------------------------
    def _target(self, pos: QPointF) -> BoothItem | None:
        return self.plan.booth_at(self.mapToScene(pos.toPoint()))

    def _highlight(self, item: BoothItem | None) -> None:
        if self._hover is item:
            return
        if self._hover is not None:
            self._hover.drop_target = False
            self._hover.update()
        self._hover = item
        if item is not None:
            item.drop_target = True
            item.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(STAND_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(STAND_MIME):
            event.ignore()
            return
        target = self._target(event.position())
        self._highlight(target)
        if target is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001
        self._highlight(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(None)
        target = self._target(event.position())
        ids = stand_ids_from_mime(event.mimeData())
        if target is None or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.stand_dropped.emit(target.booth.number, ids[0])
