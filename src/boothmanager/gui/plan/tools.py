"""Drawing tools of the plan: what a press, a drag and a click mean while each is chosen."""

from __future__ import annotations

import math
from enum import StrEnum

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem

from boothmanager.domain import Point, Rect
from boothmanager.domain.shaping import MIN_SIDE as BOOTH_MIN_SIDE
from boothmanager.gui.plan.coords import scene_point

GRIDS = (100, 500, 1_000)  # mm: the snap steps offered (0.1 / 0.5 / 1 m)
MIN_SIDE = 100  # mm: a drag shorter than this is a slip, not a shape
PREVIEW = QColor("#ff6f00")


class Tool(StrEnum):
    """What the mouse does on the plan."""

    SELECT = "select"  # select, move, rubber band
    BOOTH = "booth"  # drag a rectangle: a new booth
    OBSTACLE = "obstacle"  # drag a rectangle: a column, the bar …
    ZONE = "zone"  # drag a rectangle: a keep-clear zone
    AREA = "area"  # drag a rectangle: stage, café, seating …
    OUTLINE = "outline"  # click the corners of the hall, double-click or Enter to finish
    EXIT = "exit"  # click both ends of an exit along a wall
    MEASURE = "measure"  # click two points: their distance
    CALIBRATE = "calibrate"  # click two points of the background whose distance is known
    PLACE_BACKGROUND = "place_background"  # click a point of the background, then its place


Handle = tuple[int, int]  # (0, 1 or 2 along x, the same along y): which corner or edge
HANDLES: tuple[Handle, ...] = tuple((hx, hy) for hx in range(3) for hy in range(3)
                                    if (hx, hy) != (1, 1))
HANDLE_PX = 5  # half a handle's side on screen; a press this near picks it
HANDLE_CURSORS = {handle: Qt.CursorShape.SizeHorCursor if handle[1] == 1 else
                  Qt.CursorShape.SizeVerCursor if handle[0] == 1 else
                  Qt.CursorShape.SizeBDiagCursor if handle[0] == handle[1] else
                  Qt.CursorShape.SizeFDiagCursor for handle in HANDLES}
RECT_TOOLS = frozenset({Tool.BOOTH, Tool.OBSTACLE, Tool.ZONE, Tool.AREA})
TWO_POINT_TOOLS = frozenset({Tool.EXIT, Tool.MEASURE, Tool.CALIBRATE, Tool.PLACE_BACKGROUND})


def snapped(x: float, y: float, grid: int) -> Point:
    """A domain point from scene coordinates, on the grid (grid 1: whole millimetres)."""
    return Point(round(x / grid) * grid, round(-y / grid) * grid)


def rect_between(a: Point, b: Point) -> Rect | None:
    """The rectangle two corners span, or None when it is too small to be meant."""
    width, depth = abs(b.x - a.x), abs(b.y - a.y)
    if width < MIN_SIDE or depth < MIN_SIDE:
        return None
    return Rect(min(a.x, b.x), min(a.y, b.y), width, depth)


def resized_rect(rect: Rect, handle: Handle, point: Point) -> Rect:
    """`rect` with the corner or edge `handle` dragged to `point`; the opposite edges stay,
    and no side becomes shorter than a booth may be."""
    x0, y0, x1, y1 = rect.x, rect.y, rect.right, rect.top
    if handle[0] == 0:
        x0 = min(point.x, x1 - BOOTH_MIN_SIDE)
    elif handle[0] == 2:
        x1 = max(point.x, x0 + BOOTH_MIN_SIDE)
    if handle[1] == 0:
        y0 = min(point.y, y1 - BOOTH_MIN_SIDE)
    elif handle[1] == 2:
        y1 = max(point.y, y0 + BOOTH_MIN_SIDE)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def along_axis(a: Point, b: Point) -> Point:
    """`b` moved onto the horizontal or vertical line through `a`, whichever is nearer."""
    return Point(b.x, a.y) if abs(b.x - a.x) >= abs(b.y - a.y) else Point(a.x, b.y)


def distance(a: Point, b: Point) -> int:
    return round(math.dist((a.x, a.y), (b.x, b.y)))


class Sketch:
    """What a tool shows while the user draws: a path in the tool colour, and a caption."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.path = QGraphicsPathItem()
        pen = QPen(PREVIEW, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.path.setPen(pen)
        self.path.setBrush(QBrush(QColor(255, 111, 0, 40)))
        self.path.setZValue(40)
        self.caption = QGraphicsSimpleTextItem()
        self.caption.setBrush(PREVIEW)
        self.caption.setZValue(41)
        self.caption.setFlag(QGraphicsSimpleTextItem.GraphicsItemFlag.ItemIgnoresTransformations)
        scene.addItem(self.path)
        scene.addItem(self.caption)

    def show_rect(self, a: Point, b: Point) -> None:
        path = QPainterPath()
        path.addRect(QRectF(scene_point(a), scene_point(b)).normalized())
        self.path.setPath(path)

    def show_line(self, points: list[Point], *, closed: bool = False) -> None:
        path = QPainterPath()
        if points:
            path.moveTo(scene_point(points[0]))
            for point in points[1:]:
                path.lineTo(scene_point(point))
            if closed:
                path.closeSubpath()
        self.path.setPath(path)

    def say(self, text: str, at: Point) -> None:
        self.caption.setText(text)
        self.caption.setPos(scene_point(at) + QPointF(0, 0))

    def remove(self) -> None:
        for item in (self.path, self.caption):
            if item.scene() is not None:
                item.scene().removeItem(item)


def segment(a: Point, b: Point) -> QLineF:
    return QLineF(scene_point(a), scene_point(b))
