"""What the plan view draws over the scene in screen pixels: rulers, scale bar, resize handles."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from boothmanager.gui.plan import style

SCALE_STEPS = (100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000)
RULER_PX = 18  # thickness of the rulers along the top and left edge
RULER_BACK = QColor(250, 250, 250, 235)
RULER_INK = QColor("#37474f")
MAJOR_PX = 70  # labelled ticks at least this far apart
HANDLE_FILL = QColor("#ffffff")


def step_for(pixels_per_mm: float, least_px: float) -> int:
    """The smallest of SCALE_STEPS (mm) that is at least `least_px` on screen."""
    return next((mm for mm in SCALE_STEPS if mm * pixels_per_mm >= least_px), SCALE_STEPS[-1])


def metre_label(millimetres: int) -> str:
    """A ruler figure in metres: "12", "12.5", "-3" (no unit: the corner says "m")."""
    text = f"{millimetres / 1000:.1f}" if millimetres % 1000 else str(millimetres // 1000)
    return text.replace("-0", "0") if text in ("-0", "-0.0") else text


def _ticks(start_mm: float, end_mm: float, step: int) -> range:
    first = int(start_mm // step) * step
    return range(first, int(end_mm) + step, step)


def draw_rulers(painter: QPainter, width: int, height: int, *, origin: tuple[float, float],
                pixels_per_mm: float) -> None:
    """Rulers in metres along the top (x) and left (y, north up) edge; `origin` is the plan
    point (mm) at the viewport's top-left pixel."""
    x0, y0 = origin
    major = step_for(pixels_per_mm, MAJOR_PX)
    minor = major // 5 if major // 5 * pixels_per_mm >= 6 else major // 2
    font = QFont(painter.font())
    font.setPixelSize(10)
    painter.setFont(font)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(RULER_BACK)
    painter.drawRect(QRectF(0, 0, width, RULER_PX))
    painter.drawRect(QRectF(0, 0, RULER_PX, height))
    painter.setPen(QPen(RULER_INK, 1))
    painter.drawLine(QPointF(RULER_PX, RULER_PX - 0.5), QPointF(width, RULER_PX - 0.5))
    painter.drawLine(QPointF(RULER_PX - 0.5, RULER_PX), QPointF(RULER_PX - 0.5, height))
    # Along x: the plan's x grows to the right.
    for mm in _ticks(x0, x0 + width / pixels_per_mm, minor):
        px = round((mm - x0) * pixels_per_mm) + 0.5  # on a pixel's middle: a crisp line
        if px < RULER_PX:
            continue
        long = mm % major == 0
        painter.drawLine(QPointF(px, RULER_PX - (9 if long else 4)), QPointF(px, RULER_PX))
        if long:
            painter.drawText(QRectF(px + 2, 0, MAJOR_PX - 4, RULER_PX - 6),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metre_label(mm))
    # Along y: north (+y) is up, so the figures fall going down the screen.
    for mm in _ticks(y0 - height / pixels_per_mm, y0, minor):
        py = round((y0 - mm) * pixels_per_mm) + 0.5
        if py < RULER_PX or py > height:
            continue
        long = mm % major == 0
        painter.drawLine(QPointF(RULER_PX - (9 if long else 4), py), QPointF(RULER_PX, py))
        if long:
            painter.save()
            painter.translate(0, py - 2)
            painter.rotate(-90)
            painter.drawText(QRectF(0, 0, MAJOR_PX - 4, RULER_PX - 6),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metre_label(mm))
            painter.restore()
    painter.drawText(QRectF(0, 0, RULER_PX, RULER_PX), int(Qt.AlignmentFlag.AlignCenter), "m")


def draw_scale_bar(painter: QPainter, height: int, pixels_per_mm: float) -> None:
    """A scale bar in the lower left corner, in whole metres that fit 60–160 pixels."""
    length = step_for(pixels_per_mm, 60)
    width = length * pixels_per_mm
    left, bottom = 16.0 + RULER_PX, height - 18.0
    painter.setPen(QPen(QColor("#263238"), 2))
    painter.drawLine(QPointF(left, bottom), QPointF(left + width, bottom))
    for x in (left, left + width):
        painter.drawLine(QPointF(x, bottom - 6), QPointF(x, bottom + 4))
    label = f"{length // 1000} m" if length >= 1000 else f"{length // 10} cm"
    painter.drawText(QRectF(left, bottom - 22, max(width, 60), 16),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), label)


def draw_handles(painter: QPainter, points: list[QPointF], half: float) -> None:
    """Small white squares with the selection colour's edge, centred on `points`."""
    painter.setPen(QPen(style.SELECTED, 1.5))
    painter.setBrush(HANDLE_FILL)
    for point in points:
        painter.drawRect(QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half))
