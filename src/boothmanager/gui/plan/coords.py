"""Domain millimetres (y into the building) to scene coordinates (y down, north up)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPolygonF

from boothmanager.domain import Point, Rect


def scene_rect(rect: Rect) -> QRectF:
    """A domain rectangle (y into the building) in scene coordinates (y down, north up)."""
    return QRectF(rect.x, -(rect.y + rect.depth), rect.width, rect.depth)


def scene_point(point: Point) -> QPointF:
    return QPointF(point.x, -point.y)


def scene_polygon(points: tuple[Point, ...]) -> QPolygonF:
    return QPolygonF([scene_point(p) for p in points])
