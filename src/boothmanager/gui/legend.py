"""The legend of status colours, shown in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
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
