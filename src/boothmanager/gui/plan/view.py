"""The plan view: zoom, pan, fit, rulers, resize handles, and dropping stands onto booths."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from boothmanager.domain import Booth, Point
from boothmanager.domain.polygon import centre_of, turned_points
from boothmanager.domain.shaping import extension
from boothmanager.gui.mime import STAND_MIME, stand_ids_from_mime, stand_mime
from boothmanager.gui.plan.coords import scene_point
from boothmanager.gui.plan.items import BoothItem
from boothmanager.gui.plan.overlay import draw_handles, draw_rulers, draw_scale_bar
from boothmanager.gui.plan.scene import PlanScene
from boothmanager.gui.plan.tools import (
    HANDLE_CURSORS,
    HANDLE_PX,
    HANDLES,
    RECT_TOOLS,
    TWO_POINT_TOOLS,
    Handle,
    Sketch,
    Tool,
    along_axis,
    distance,
    rect_between,
    resized_rect,
    snapped,
)
from boothmanager.gui.wording import fill, metres_text

HANDLES_FROM_PX = 24  # a booth shows resize handles once its short side is this large
ZOOM_STEP = 1.25
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
    # The booth tool dragged from inside a selected booth to outside it: the booth as seen and
    # the rectangle to join to it (None: the drag left across a corner, no side to extend).
    booth_extended = Signal(object, object)
    # A resize handle of the one selected booth was dragged: number, new Rect, Rect as seen.
    booth_resized = Signal(str, object, object)

    def __init__(self, scene: PlanScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.plan = scene
        # Set before anything below can deliver an event (mouse tracking sends moves at once).
        self.tool = Tool.SELECT
        self._points: list[Point] = []  # clicked so far by the current tool
        self._extending: Booth | None = None  # a booth-tool drag that started in a selected booth
        self._resizing: tuple[Booth, Handle] | None = None  # a resize handle being dragged
        self.show_rulers = True
        self._sketch: Sketch | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.viewport().setMouseTracking(True)  # the cursor position shows without a button down
        self._hover: BoothItem | None = None
        self.dropped_on: int | None = None  # the stand under the last drop (shared booths)
        self.auto_fit = True  # keep the level fitted while the window resizes, until a zoom
        # Handles and rulers are drawn over the scene: repaint them when the plan changes.
        scene.selectionChanged.connect(self.viewport().update)
        scene.changed.connect(self._scene_changed)

    def _scene_changed(self, _regions: object) -> None:
        if self.resize_target() is not None:
            self.viewport().update()

    # Resize handles ------------------------------------------------------------------------
    def resize_target(self) -> BoothItem | None:
        """The booth whose handles show: the only one selected, unturned and rectangular."""
        if self.tool is not Tool.SELECT:
            return None
        selected = self.plan.selectedItems()
        if len(selected) != 1 or not isinstance(selected[0], BoothItem):
            return None
        booth = selected[0].booth
        if (booth.rotation or booth.parts
                or self.plan.booth_items.get(booth.number) is not selected[0]):
            return None
        if min(booth.rect.width, booth.rect.depth) * self.transform().m11() < HANDLES_FROM_PX:
            return None  # too small on screen: the handles would hide it
        return selected[0]

    def handle_points(self, booth: Booth) -> dict[Handle, QPointF]:
        """Where each handle of `booth` is on the viewport (pixels)."""
        rect = booth.rect
        return {handle: QPointF(self.mapFromScene(QPointF(rect.x + handle[0] * rect.width / 2,
                                                          -(rect.y + handle[1] * rect.depth / 2))))
                for handle in HANDLES}

    def _handle_at(self, pos: QPointF) -> tuple[Booth, Handle] | None:
        item = self.resize_target()
        if item is None:
            return None
        for handle, point in self.handle_points(item.booth).items():
            if abs(point.x() - pos.x()) <= HANDLE_PX and abs(point.y() - pos.y()) <= HANDLE_PX:
                return item.booth, handle
        return None

    def _resize_move(self, point: Point) -> None:
        booth, handle = self._resizing  # type: ignore[misc]
        rect = resized_rect(booth.rect, handle, point)
        sketch = self._sketching()
        sketch.show_rect(Point(rect.x, rect.y), Point(rect.right, rect.top))
        sketch.say(f"{metres_text(rect.width)} × {metres_text(rect.depth)}", point)

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
        self._extending = None
        if self._sketch is not None:
            self._sketch.remove()
            self._sketch = None

    def _snap(self, event) -> Point:  # noqa: ANN001 - a QMouseEvent
        point = self.mapToScene(event.position().toPoint())
        # Points of a background are wherever the drawing has them: calibration never snaps.
        free = (event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                or self.tool in (Tool.CALIBRATE, Tool.PLACE_BACKGROUND))
        return snapped(point.x(), point.y(), 1 if free else self.grid)

    @property
    def grid(self) -> int:
        """The snap step in mm: the scene's, so drawing, dragging and handles agree."""
        return self.plan.grid

    def _sketching(self) -> Sketch:
        if self._sketch is None or self._sketch.path.scene() is not self.plan:
            self._sketch = Sketch(self.plan)
        return self._sketch

    def _tool_press(self, point: Point, at: QPointF | None = None) -> None:
        if self.tool in RECT_TOOLS or not self._points:
            self._points = [point]
            self._extending = None
            if self.tool is Tool.BOOTH and at is not None:
                item = self.plan.booth_at(at)
                if item is not None and item.isSelected():
                    self._extending = item.booth
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
        if self._extending is not None:
            self._show_part(sketch, self._extending, extension(self._extending, first, point),
                            point)
        elif self.tool in RECT_TOOLS:
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
        booth = self._extending
        if booth is not None:
            self.cancel_sketch()
            inside = self.plan.booth_at(scene_point(point))
            if inside is None or inside.booth.number != booth.number:
                self.booth_extended.emit(booth, extension(booth, first, point))
        elif self.tool in RECT_TOOLS:
            self.cancel_sketch()
            rect = rect_between(first, point)
            if rect is not None:
                self.rect_drawn.emit(self.tool.value, rect)
        elif self.tool in TWO_POINT_TOOLS and distance(first, point) >= 100:
            self._finish_pair(point)  # a drag from one end to the other

    def _show_part(self, sketch: Sketch, booth: Booth, part: object, point: Point) -> None:
        """The rectangle a drag out of a booth would join to it (in the booth's turn)."""
        if part is None:
            sketch.show_line([])
            sketch.say(self.tr("Drag out across one side"), point)
            return
        corners = turned_points(part.corners(), centre_of(booth.rect), booth.rotation)
        sketch.show_line([Point(round(x), round(y)) for x, y in corners], closed=True)
        sketch.say(f"{metres_text(part.width)} × {metres_text(part.depth)}", point)

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
        if (self.tool is Tool.SELECT and event.button() == Qt.MouseButton.LeftButton
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            # Alt+drag takes the stand off its booth (a plain drag moves the booth).
            item = self.plan.booth_at(self.mapToScene(event.position().toPoint()))
            stand_id = item.stand_at(self.mapToScene(event.position().toPoint())) if item else None
            if stand_id is not None:  # on a shared booth: the stand whose part was pressed
                drag = QDrag(self)
                drag.setMimeData(stand_mime([stand_id]))
                drag.exec(Qt.DropAction.LinkAction)
                event.accept()
                return
        if event.button() == Qt.MouseButton.LeftButton and self.tool is Tool.SELECT:
            self._resizing = self._handle_at(event.position())
            if self._resizing is not None:
                self._resize_move(self._snap(event))
                event.accept()
                return
        if event.button() == Qt.MouseButton.MiddleButton:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        elif self.tool is not Tool.SELECT and event.button() == Qt.MouseButton.LeftButton:
            self._tool_press(self._snap(event), self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        if self._resizing is not None and event.button() == Qt.MouseButton.LeftButton:
            booth, handle = self._resizing
            self._resizing = None
            self.cancel_sketch()
            rect = resized_rect(booth.rect, handle, self._snap(event))
            if rect != booth.rect:
                self.booth_resized.emit(booth.number, rect, booth.rect)
            event.accept()
            return
        if self.tool is not Tool.SELECT and event.button() == Qt.MouseButton.LeftButton:
            self._tool_release(self._snap(event))
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if self.tool is Tool.SELECT
                         else QGraphicsView.DragMode.NoDrag)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001
        if (self.tool is Tool.SELECT and event.button() == Qt.MouseButton.LeftButton
                and self._handle_at(event.position()) is not None):
            self.mousePressEvent(event)  # a quick second grab of a handle is still a grab
            return
        if self.tool is Tool.OUTLINE and event.button() == Qt.MouseButton.LeftButton:
            self.finish_outline()
            event.accept()
            return
        if self.tool is not Tool.SELECT:
            self.mousePressEvent(event)  # a quick second click of a two-point tool
            return
        super().mouseDoubleClickEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Over the plan, in screen pixels: the selected booth's resize handles, rulers in
        metres along the top and left edge, and a scale bar in the lower left corner."""
        pixels_per_mm = self.transform().m11()
        if pixels_per_mm <= 0:
            return
        painter.save()
        painter.resetTransform()
        target = self.resize_target()
        if target is not None:
            draw_handles(painter, list(self.handle_points(target.booth).values()), HANDLE_PX)
        if self.show_rulers:
            top_left = self.mapToScene(0, 0)
            draw_rulers(painter, self.viewport().width(), self.viewport().height(),
                        origin=(top_left.x(), -top_left.y()), pixels_per_mm=pixels_per_mm)
        draw_scale_bar(painter, self.viewport().height(), pixels_per_mm)
        painter.restore()

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        if self._resizing is not None:
            self._resize_move(self._snap(event))
        elif self.tool is Tool.SELECT:
            if not event.buttons():
                handle = self._handle_at(event.position())
                self.viewport().setCursor(HANDLE_CURSORS[handle[1]] if handle
                                          else Qt.CursorShape.ArrowCursor)
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
        # Which stand of a shared booth it landed on (a swap takes that one's place).
        self.dropped_on = target.stand_at(self.mapToScene(event.position().toPoint()))
        self.stand_dropped.emit(target.booth.number, ids[0])
