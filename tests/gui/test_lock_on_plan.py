"""A locked placement shows a padlock on its booth, drawn only while it is locked."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from boothmanager.gui.main_window import MainWindow
from boothmanager.operations import LockPlacement

SIZE = 240


def corner(window: MainWindow, number: str) -> QImage:
    """The plan in the top right quarter of a booth, where the padlock goes."""
    box = window.scene.booth_items[number].sceneBoundingRect()
    area = QRectF(box.center().x(), box.top(), box.width() / 2, box.height() / 2)
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    window.scene.render(painter, QRectF(0, 0, SIZE, SIZE), area)
    painter.end()
    return image


def differing(a: QImage, b: QImage) -> int:
    return sum(1 for x in range(0, SIZE, 2) for y in range(0, SIZE, 2)
               if a.pixel(x, y) != b.pixel(x, y))


def test_a_locked_booth_shows_a_padlock(window: MainWindow) -> None:
    before = corner(window, "S1")
    window.run(LockPlacement(booth="S1"), "lock")
    assert window.current.booth("S1").locked
    assert differing(before, corner(window, "S1")) > 10  # a padlock of ~14 px
    window.undo()
    assert differing(before, corner(window, "S1")) == 0
