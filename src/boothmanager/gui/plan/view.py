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

from boothmanager.domain import Point
from boothmanager.gui.mime import STAND_MIME, stand_ids_from_mime
from boothmanager.gui.plan.items import BoothItem
from boothmanager.gui.plan.scene import PlanScene
from boothmanager.gui.plan.tools import (
    RECT_TOOLS,
    TWO_POINT_TOOLS,
    Sketch,
    Tool,
    along_axis,
    distance,
    rect_between,
    snapped,
)
from boothmanager.gui.wording import fill, metres_text

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
    rect_drawn = Signal(str, object)  # tool, Rect (mm)
    outline_drawn = Signal(object)  # list[Point]: the corners of a new outline
    points_picked = Signal(str, object, object)  # tool, first Point, second Point
    tool_reset = Signal()  # Escape with nothing half-drawn: back to selecting

    def __init__(self, scene: PlanScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.plan = scene
        # Set before anything below can deliver an event (mouse tracking sends moves at once).
        self.tool = Tool.SELECT
        self.grid = 100  # mm the drawing tools snap to; Shift draws freely (whole mm)
        self._points: list[Point] = []  # clicked so far by the current tool
        self._sketch: Sketch | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.viewport().setMouseTracking(True)  # the cursor position shows without a button down
        self._hover: BoothItem | None = None
        self.auto_fit = True  # keep the level fitted while the window resizes, until a zoom

    # Tools ---------------------------------------------------------------------------------
    def set_tool(self, tool: Tool) -> None:
        """Choose what the mouse does; a half-drawn shape is dropped."""
        self.cancel_sketch()
        self.tool = tool
        selecting = tool is Tool.SELECT
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if selecting
                         else QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor if selecting
                                  else Qt.CursorShape.CrossCursor)

    def cancel_sketch(self) -> None:
        self._points = []
        if self._sketch is not None:
            self._sketch.remove()
            self._sketch = None

    def _snap(self, event) -> Point:  # noqa: ANN001 - a QMouseEvent
        point = self.mapToScene(event.position().toPoint())
        # Points of a background are wherever the drawing has them: calibration never snaps.
        free = (event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                or self.tool is Tool.CALIBRATE)
        return snapped(point.x(), point.y(), 1 if free else self.grid)

    def _sketching(self) -> Sketch:
        if self._sketch is None or self._sketch.path.scene() is not self.plan:
            self._sketch = Sketch(self.plan)
        return self._sketch

    def _tool_press(self, point: Point) -> None:
        if self.tool in RECT_TOOLS or not self._points:
            self._points = [point]
            if self.tool is Tool.MEASURE:
                self._sketching().show_line([point])
            return
        if self.tool is Tool.OUTLINE:
            self._points.append(point)
            self._sketching().show_line(self._points)
            return
        self._finish_pair(point)  # the second click of a two-point tool

    def _finish_pair(self, point: Point) -> None:
        first = self._points[0]
        second = along_axis(first, point) if self.tool is Tool.EXIT else point
        if self.tool is not Tool.MEASURE:
            self.cancel_sketch()
        self._points = []
        self.points_picked.emit(self.tool.value, first, second)

    def _tool_move(self, point: Point) -> None:
        if not self._points:
            return
        sketch = self._sketching()
        first = self._points[0]
        if self.tool in RECT_TOOLS:
            sketch.show_rect(first, point)
            sketch.say(f"{metres_text(abs(point.x - first.x))} × "
                       f"{metres_text(abs(point.y - first.y))}", point)
        elif self.tool is Tool.OUTLINE:
            sketch.show_line([*self._points, point], closed=len(self._points) > 1)
        else:
            end = along_axis(first, point) if self.tool is Tool.EXIT else point
            sketch.show_line([first, end])
            sketch.say(metres_text(distance(first, end)), end)

    def _tool_release(self, point: Point) -> None:
        if not self._points:
            return
        first = self._points[0]
        if self.tool in RECT_TOOLS:
            self.cancel_sketch()
            rect = rect_between(first, point)
            if rect is not None:
                self.rect_drawn.emit(self.tool.value, rect)
        elif self.tool in TWO_POINT_TOOLS and distance(first, point) >= 100:
            self._finish_pair(point)  # a drag from one end to the other

    def finish_outline(self) -> None:
        """Close the outline clicked so far (double-click or Enter)."""
        points = list(dict.fromkeys(self._points))
        self.cancel_sketch()
        if len(points) >= 3:
            self.outline_drawn.emit(points)

    def measured_text(self, a: Point, b: Point) -> str:
        return fill(self.tr("Distance: %1"), metres_text(distance(a, b)))

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
        elif self.tool is not Tool.SELECT and event.button() == Qt.MouseButton.LeftButton:
            self._tool_press(self._snap(event))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        if self.tool is not Tool.SELECT and event.button() == Qt.MouseButton.LeftButton:
            self._tool_release(self._snap(event))
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if self.tool is Tool.SELECT
                         else QGraphicsView.DragMode.NoDrag)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001
        if self.tool is Tool.OUTLINE and event.button() == Qt.MouseButton.LeftButton:
            self.finish_outline()
            event.accept()
            return
        if self.tool is not Tool.SELECT:
            self.mousePressEvent(event)  # a quick second click of a two-point tool
            return
        super().mouseDoubleClickEvent(event)

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
        if self.tool is Tool.SELECT:
            super().mouseMoveEvent(event)
        else:
            self._tool_move(self._snap(event))
        point = self.mapToScene(event.position().toPoint())
        self.cursor_moved.emit(round(point.x()), round(-point.y()))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if self.tool is not Tool.SELECT and event.key() == Qt.Key.Key_Escape:
            if self._points:
                self.cancel_sketch()
            else:
                self.set_tool(Tool.SELECT)
                self.tool_reset.emit()
            event.accept()
            return
        if self.tool is Tool.OUTLINE and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish_outline()
            event.accept()
            return
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
