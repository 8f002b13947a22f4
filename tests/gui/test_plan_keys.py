"""Keys on the plan: arrows nudge the selection, Delete removes it; each is one undo step."""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from boothmanager.gui.main_window import MainWindow


def test_arrow_keys_nudge_selected_booths_and_undo_puts_them_back(window: MainWindow,
                                                                  qtbot) -> None:  # noqa: ANN001
    window.select_booth("S5")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert window.document.db.load().booth("S5").rect.x == 34_000 - 100 - 10
    window.undo()
    window.undo()
    assert window.document.db.load().booth("S5").rect.x == 34_000


def test_delete_key_removes_the_booth_keeps_the_stand_and_undo_restores(window: MainWindow,
                                                                        qtbot) -> None:  # noqa: ANN001
    window.select_booth("S1")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    event = window.document.db.load()
    assert "S1" not in [b.number for b in event.booths]
    assert event.stand(1).project.startswith("IKOE")
    assert "S1" not in window.scene.booth_items
    window.undo()
    assert window.document.db.load().booth("S1").stand_id == 1
    assert "S1" in window.scene.booth_items


def test_the_status_bar_shows_the_cursor_in_metres(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    point = window.view.mapFromScene(QPointF(12_500, -3_000))
    viewport = window.view.viewport()
    QApplication.sendEvent(viewport, QMouseEvent(
        QMouseEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    x, y = (float(v) for v in re.findall(r"-?\d+\.\d+", window.cursor_label.text()))
    assert abs(x - 12.5) < 0.2 and abs(y - 3.0) < 0.2  # one pixel is a few centimetres


def test_problems_follow_a_booth_that_is_moved_onto_another_and_back(window: MainWindow) -> None:
    window.move_booths([("S5", 34_000, 13_000)])  # onto S4
    listed = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert listed == ["Booth S4 overlaps booth S5"]
    assert window.scene.booth_items["S4"].problems and window.scene.booth_items["S5"].problems
    window.undo()
    assert window.problem_list.count() == 0
    assert not window.scene.booth_items["S4"].problems
