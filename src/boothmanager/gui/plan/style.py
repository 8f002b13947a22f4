"""Colours and pens of the floor plan, one place for the legend and the items."""

from __future__ import annotations

from PySide6.QtGui import QColor

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
