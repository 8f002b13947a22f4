"""Colours and pens of the floor plan, one place for the legend and the items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from boothmanager.domain import BoothStatus

BOOTH_FILL = {
    BoothStatus.FREE: QColor("#e8f5e9"),
    BoothStatus.RESERVED: QColor("#fff3cd"),
    BoothStatus.ASSIGNED: QColor("#cfe2ff"),
}
BOOTH_EDGE = {
    BoothStatus.FREE: QColor("#2e7d32"),
    BoothStatus.RESERVED: QColor("#b8860b"),
    BoothStatus.ASSIGNED: QColor("#0b5ed7"),
}
DROP_TARGET = QColor("#ff9800")
SELECTED = QColor("#ff6f00")
PROBLEM = QColor("#d50000")
PROPOSAL = QColor("#6a1b9a")
CHANGED = QColor("#e65100")
FLOOR = QColor("#ffffff")
WALL = QColor("#37474f")
OBSTACLE = QColor("#b0bec5")
OBSTACLE_EDGE = QColor("#607d8b")
KEEP_CLEAR = QColor("#d32f2f")
EXIT_GREEN = QColor("#009a44")  # ISO 7010 safety green
HALL_DOOR = QColor("#1565c0")
TEXT = QColor("#1a1a1a")
ESTIMATE = QColor("#c62828")
BACKDROP = QColor("#eceff1")


def cosmetic_pen(color: QColor, width: float = 0,
                 line: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen whose width is in screen pixels at every zoom (0: one fine line)."""
    pen = QPen(color, width, line)
    pen.setCosmetic(True)
    return pen


# Booths paint thousands of times per frame: their pens and brushes are made once, here.
BOOTH_BRUSH = {status: QBrush(color) for status, color in BOOTH_FILL.items()}
BOOTH_PEN = {status: cosmetic_pen(color) for status, color in BOOTH_EDGE.items()}
# A booth only a few pixels large is one block in its status's strong colour: the pale fills
# would vanish on the white floor.
BOOTH_BLOCK = {status: QBrush(color) for status, color in BOOTH_EDGE.items()}
DROP_TARGET_BRUSH = QBrush(DROP_TARGET)
SELECTED_BRUSH = QBrush(SELECTED)
PROBLEM_BRUSH = QBrush(PROBLEM)
SELECTED_PEN = cosmetic_pen(SELECTED, 3)
PROBLEM_PEN = cosmetic_pen(PROBLEM, 2.5, Qt.PenStyle.DashLine)
TEXT_PEN = QPen(TEXT)

# The stand picked in the stand list: its part of the booth, washed and outlined.
HIGHLIGHT = QColor("#ff6f00")
HIGHLIGHT_BRUSH = QBrush(QColor(255, 111, 0, 70))
HIGHLIGHT_PEN = cosmetic_pen(HIGHLIGHT, 2.5)

LOCK_PEN = cosmetic_pen(QColor("#37474f"), 1.5)  # the padlock on a locked placement
LOCK_BRUSH = QBrush(QColor("#37474f"))
