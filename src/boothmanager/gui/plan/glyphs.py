"""Small drawn amenity icons for booths on the plan (power, water, network, table, chairs …)."""

from __future__ import annotations

# Each glyph is drawn in a unit square (y down) from a few paths made once; the plan scales the
# painter to the icon's size, so an icon costs a handful of fills however far one zooms in.

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from boothmanager.domain import Amenity

Layer = tuple[QPainterPath, QPen | None, QBrush | None]
INK = QColor("#263238")


def _pen(color: QColor | str = INK, width: float = 0.06) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _polygon(*points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def _rects(*boxes: tuple[float, float, float, float]) -> QPainterPath:
    path = QPainterPath()
    for box in boxes:
        path.addRect(QRectF(*box))
    return path


def _circles(*circles: tuple[float, float, float]) -> QPainterPath:
    path = QPainterPath()
    for x, y, r in circles:
        path.addEllipse(QPointF(x, y), r, r)
    return path


def _lines(*segments: tuple[float, float, float, float]) -> QPainterPath:
    path = QPainterPath()
    for x0, y0, x1, y1 in segments:
        path.moveTo(x0, y0)
        path.lineTo(x1, y1)
    return path


def _drop() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(0.5, 0.06)
    path.lineTo(0.2, 0.62)
    path.arcTo(QRectF(0.2, 0.34, 0.6, 0.58), 180, 180)
    path.closeSubpath()
    return path


def _glyphs() -> dict[Amenity, list[Layer]]:
    background = QBrush(QColor(255, 255, 255, 230))
    plate = _rects((0.0, 0.0, 1.0, 1.0))
    behind: Layer = (plate, _pen("#90a4ae", 0.04), background)
    return {
        Amenity.POWER: [behind, (_polygon((0.58, 0.06), (0.22, 0.56), (0.46, 0.56), (0.36, 0.94),
                                          (0.8, 0.4), (0.55, 0.4), (0.66, 0.06)),
                                 _pen(), QBrush(QColor("#f9a825")))],
        Amenity.WATER: [behind, (_drop(), _pen(), QBrush(QColor("#1e88e5")))],
        Amenity.NETWORK: [behind,
                          (_lines((0.5, 0.22, 0.2, 0.78), (0.5, 0.22, 0.8, 0.78),
                                  (0.2, 0.78, 0.8, 0.78)), _pen("#00695c", 0.07), None),
                          (_circles((0.5, 0.22, 0.13), (0.2, 0.78, 0.13), (0.8, 0.78, 0.13)),
                           _pen("#004d40", 0.04), QBrush(QColor("#26a69a")))],
        Amenity.TABLE: [behind, (_rects((0.08, 0.3, 0.84, 0.14), (0.16, 0.44, 0.09, 0.46),
                                        (0.75, 0.44, 0.09, 0.46)),
                                 _pen("#3e2723", 0.04), QBrush(QColor("#8d6e63")))],
        Amenity.CHAIRS: [behind, (_rects((0.3, 0.1, 0.1, 0.5), (0.3, 0.5, 0.42, 0.1),
                                         (0.3, 0.6, 0.08, 0.32), (0.64, 0.6, 0.08, 0.32)),
                                  _pen("#3e2723", 0.04), QBrush(QColor("#a1887f")))],
        Amenity.PINBOARD: [behind,
                           (_lines((0.3, 0.7, 0.22, 0.94), (0.7, 0.7, 0.78, 0.94)),
                            _pen(INK, 0.06), None),
                           (_rects((0.1, 0.1, 0.8, 0.6)), _pen("#5d4037", 0.06),
                            QBrush(QColor("#d7a86e"))),
                           (_circles((0.3, 0.3, 0.07), (0.62, 0.26, 0.07), (0.48, 0.52, 0.07)),
                            None, QBrush(QColor("#d32f2f")))],
        Amenity.WALL: [behind, (_rects((0.05, 0.18, 0.43, 0.19), (0.52, 0.18, 0.43, 0.19),
                                       (0.05, 0.41, 0.2, 0.19), (0.29, 0.41, 0.42, 0.19),
                                       (0.75, 0.41, 0.2, 0.19), (0.05, 0.64, 0.43, 0.19),
                                       (0.52, 0.64, 0.43, 0.19)),
                                _pen("#4e342e", 0.03), QBrush(QColor("#c0694e")))],
        Amenity.STEP_FREE: [(plate, None, QBrush(QColor("#1565c0"))),
                            (_circles((0.46, 0.16, 0.08)), None, QBrush(Qt.GlobalColor.white)),
                            (_lines((0.44, 0.3, 0.44, 0.56), (0.44, 0.56, 0.7, 0.56),
                                    (0.7, 0.56, 0.78, 0.84), (0.44, 0.4, 0.64, 0.4)),
                             _pen("#ffffff", 0.08), None),
                            (_arc(), _pen("#ffffff", 0.07), None)],
    }


def _arc() -> QPainterPath:
    path = QPainterPath()
    path.arcMoveTo(QRectF(0.18, 0.42, 0.46, 0.46), 120)
    path.arcTo(QRectF(0.18, 0.42, 0.46, 0.46), 120, 250)
    return path


_made: dict[Amenity, list[Layer]] = {}


def draw_amenity(painter: QPainter, amenity: Amenity, at: QPointF, side: float) -> None:
    """Draw `amenity`'s icon `side` scene units wide with its top-left corner at `at`."""
    if not _made:
        _made.update(_glyphs())
    painter.save()
    painter.translate(at)
    painter.scale(side, side)
    for path, pen, brush in _made[amenity]:
        painter.setPen(pen if pen is not None else Qt.PenStyle.NoPen)
        painter.setBrush(brush if brush is not None else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()
