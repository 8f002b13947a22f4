"""The legends shown in status bars: booth status colours, and the marks of a review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from boothmanager.domain import BoothStatus
from boothmanager.gui.plan import style
from boothmanager.gui.wording import status_text


def swatch(fill: QColor, edge: QColor) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(edge)
    inner = QPixmap(10, 10)
    inner.fill(fill)
    painter = QPainter(pixmap)
    painter.drawPixmap(2, 2, inner)
    painter.end()
    return pixmap


class Legend(QWidget):
    """free / reserved / assigned, each with its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        self.labels: dict[BoothStatus, QLabel] = {}
        for status in BoothStatus:
            icon = QLabel()
            icon.setPixmap(swatch(style.BOOTH_FILL[status], style.BOOTH_EDGE[status]))
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(icon)
            layout.addWidget(text)
            self.labels[status] = text
        self.retranslate()

    def retranslate(self) -> None:
        for status, label in self.labels.items():
            label.setText(status_text(status))


def badge_icon(colour: QColor, sign: str) -> QPixmap:
    """A round badge as the plan draws an answer: a white sign on a coloured disc."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 1))
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(QPointF(8, 8), 7, 7)
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 16, 16), int(Qt.AlignmentFlag.AlignCenter), sign)
    painter.end()
    return pixmap


def pin_icon(colour: QColor) -> QPixmap:
    pixmap = QPixmap(12, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QPointF(6, 5.5), 5, 5)
    tail = QPainterPath()
    tail.moveTo(2.5, 8.5)
    tail.lineTo(6, 15.5)
    tail.lineTo(9.5, 8.5)
    tail.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawPath(path.united(tail))
    painter.end()
    return pixmap


def ring_icon(colour: QColor) -> QPixmap:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(colour, 2.5))
    painter.drawRect(QRectF(2, 3, 12, 10))
    painter.end()
    return pixmap


class ReviewLegend(QWidget):
    """What the marks on a review's plan mean: approved, change requested, a pinned comment,
    changed since the last review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from boothmanager.gui.plan.pins import OPEN
        from boothmanager.gui.review_plan import APPROVED, REQUESTED

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        self.labels: list[QLabel] = []
        for pixmap in (badge_icon(APPROVED, "✓"), badge_icon(REQUESTED, "!"), pin_icon(OPEN),
                       ring_icon(style.CHANGED)):
            icon = QLabel()
            icon.setPixmap(pixmap)
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(icon)
            layout.addWidget(text)
            self.labels.append(text)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (QCoreApplication.translate("Legend", "approved"),
                 QCoreApplication.translate("Legend", "change requested"),
                 QCoreApplication.translate("Legend", "pinned comment"),
                 QCoreApplication.translate("Legend", "changed since the last review"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
