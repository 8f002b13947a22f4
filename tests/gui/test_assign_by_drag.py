"""Dragging a stand from the list onto a booth assigns it, as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from boothmanager.gui.main_window import MainWindow
from tests.gui.driving import drop_stand


def stand_on(window: MainWindow, booth: str) -> int | None:
    """What the event file says (not the view)."""
    assert window.document is not None
    return window.document.db.load().booth(booth).stand_id


def test_drag_assigns_then_undo_and_redo(window: MainWindow) -> None:
    assert stand_on(window, "S4") is None
    assert drop_stand(window, 4, "S4")
    assert stand_on(window, "S4") == 4
    assert window.scene.booth_items["S4"].stand_name.startswith("Projekt 4")
    model = window.stand_panel.model
    assert model.index(model.row_of(4), model.BOOTH).data() == "S4"
    assert window.undo_action.text().startswith("&Undo Assign")

    window.undo_action.trigger()
    assert stand_on(window, "S4") is None
    assert window.scene.booth_items["S4"].stand_name == ""
    assert model.index(model.row_of(4), model.BOOTH).data() == ""

    window.redo_action.trigger()
    assert stand_on(window, "S4") == 4
    assert window.scene.booth_items["S4"].stand_name.startswith("Projekt 4")


def test_drop_on_an_occupied_booth_asks_and_cancel_changes_nothing(window: MainWindow) -> None:
    drop_stand(window, 4, "S1")
    box = window.swap_question
    assert box is not None and "S1" in box.text() and "IKOE" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert stand_on(window, "S1") == 1 and window.document.db.load().booth_of(4) is None
    assert not window.document.undo_stack.canUndo()


def test_drop_outside_any_booth_is_ignored(window: MainWindow) -> None:
    model = window.stand_panel.model
    data = model.mimeData([model.index(model.row_of(4), 0)])
    viewport = window.view.viewport()
    actions = Qt.DropAction.LinkAction
    drop = QDropEvent(QPointF(5, 5), actions, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, QDragEnterEvent(QPoint(5, 5), actions, data,
                                                     Qt.MouseButton.LeftButton,
                                                     Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(viewport, drop)
    assert not drop.isAccepted()
    assert window.document.db.load().booth_of(4) is None


def test_context_menu_unassigns_and_undo_restores(window: MainWindow) -> None:
    menu = window.booth_menu("S1")
    action = menu.actions()[0]  # then the shaping actions and the amenities
    assert action.isEnabled()
    action.trigger()
    assert stand_on(window, "S1") is None
    assert window.scene.booth_items["S1"].booth.stand_id is None
    window.undo()
    assert stand_on(window, "S1") == 1
    free = window.booth_menu("S5")
    assert not free.actions()[0].isEnabled()
