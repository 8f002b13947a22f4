"""Dragging a booth on the plan moves it through the MoveBooth operation, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from boothmanager.gui.main_window import MainWindow


def mouse(window: MainWindow, kind: QMouseEvent.Type, pos: QPoint,
          buttons: Qt.MouseButton) -> None:
    viewport = window.view.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                        Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def test_drag_a_booth_moves_it_and_undo_puts_it_back(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    item = window.scene.booth_items["S5"]
    start = window.view.mapFromScene(item.sceneBoundingRect().center())
    # 4 m to the west on the plan, in view pixels
    end = window.view.mapFromScene(item.sceneBoundingRect().center() - QPointF(4_000, 0))
    left = Qt.MouseButton.LeftButton
    mouse(window, QMouseEvent.Type.MouseButtonPress, start, left)
    for step in range(1, 6):
        mouse(window, QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, left)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)

    booth = window.document.db.load().booth("S5")
    assert abs(booth.rect.x - 30_000) <= 200 and booth.rect.x % 100 == 0
    assert booth.rect.y == 15_000
    assert window.undo_action.text() == "&Undo Move booth S5"
    window.undo()
    assert window.document.db.load().booth("S5").rect.x == 34_000
    assert window.scene.booth_items["S5"].snapped_corner() == (34_000, 15_000)
