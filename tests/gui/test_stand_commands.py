"""Stand commands in the window: lock placements, swap two stands by drag, a booth's zone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from boothmanager.gui.i18n import Translations
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.stand_commands import StandCommands
from boothmanager.gui.stands import STAND_ID_ROLE
from tests.gui.driving import drop_stand

if issubclass(MainWindow, StandCommands):
    Window = MainWindow
else:  # until the main window mixes the commands in itself
    class Window(StandCommands, MainWindow):  # type: ignore[no-redef]
        def __init__(self, settings: QSettings, translations: Translations) -> None:
            super().__init__(settings, translations)
            self.view.stand_dropped.disconnect(self.assign)
            self.install_stand_commands()


@pytest.fixture
def window(qtbot, demo_path: Path, settings: QSettings, translations: Translations) -> Window:  # noqa: ANN001
    window = Window(settings, translations)
    qtbot.addWidget(window)
    assert window.open_event(demo_path)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def on_file(window: Window) -> dict[str, int | None]:
    assert window.document is not None
    return {b.number: b.stand_id for b in window.document.db.load().booths}


def menu_action(menu: QMenu, start: str):  # noqa: ANN201
    return next(a for a in menu.actions() if a.text().startswith(start))


def test_dragging_a_placed_stand_onto_another_asks_and_swaps(window: Window, qtbot) -> None:  # noqa: ANN001
    assert drop_stand(window, 1, "S3")
    box = window.swap_question
    assert box is not None and box.isVisible()
    assert "S3" in box.text() and "Swap, or share the booth?" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert on_file(window) == {"S1": 3, "S2": 2, "S3": 1, "S4": None, "S5": None}
    assert window.scene.booth_items["S3"].stand_name.startswith("IKOE")
    assert window.undo_action.text().startswith("&Undo Swap")
    window.undo_action.trigger()
    assert on_file(window)["S1"] == 1 and on_file(window)["S3"] == 3
    assert not window.document.undo_stack.canUndo()


def test_a_swap_can_be_declined(window: Window, qtbot) -> None:  # noqa: ANN001
    drop_stand(window, 2, "S1")
    box = window.swap_question
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert on_file(window)["S1"] == 1 and not window.document.undo_stack.canUndo()


def test_a_locked_placement_refuses_the_swap_with_a_message(window: Window) -> None:
    window.lock_placement("S3")
    drop_stand(window, 1, "S3")
    assert window.swap_question is None
    assert "locked" in window.last_message.text() and "S3" in window.last_message.text()
    assert on_file(window)["S3"] == 3
    assert window.swap_stands(1, 3) is None  # also when asked directly
    assert on_file(window)["S3"] == 3


def test_an_unplaced_stand_on_an_occupied_booth_is_offered_only_sharing(window: Window) -> None:
    drop_stand(window, 4, "S1")
    box = window.swap_question
    assert box is not None and "Share the booth?" in box.text()
    assert box.button(QMessageBox.StandardButton.Yes) is None  # nothing to swap with
    box.button(QMessageBox.StandardButton.No).click()
    assert on_file(window)["S1"] == 1 and not window.document.undo_stack.canUndo()
    assert drop_stand(window, 4, "S4") and on_file(window)["S4"] == 4


def test_lock_from_the_booth_menu_shows_in_properties_and_list(window: Window) -> None:
    window.select_booth("S2")
    menu = window.booth_menu("S2")
    window.add_stand_actions(menu, "S2")
    menu_action(menu, "Lock Placement on S2").trigger()
    assert window.document.db.load().booth("S2").locked
    texts = [window.properties.form.itemAt(i).widget().text()
             for i in range(window.properties.form.count())
             if window.properties.form.itemAt(i).widget() is not None]
    assert any(t.startswith("Locked") for t in texts)
    model = window.stand_panel.model
    booth_cell = model.index(model.row_of(2), model.BOOTH)
    assert booth_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "locked" in booth_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(model.row_of(1), model.BOOTH).data(Qt.ItemDataRole.DecorationRole) is None
    window.update_stand_actions()
    assert window.lock_action.text() == "&Unlock Placement"
    window.lock_action.trigger()
    assert not window.document.db.load().booth("S2").locked
    window.undo_action.trigger()
    assert window.document.db.load().booth("S2").locked


def test_lock_for_the_stand_selected_in_the_list(window: Window) -> None:
    window.scene.clearSelection()
    window.stand_panel.select_stand(3)
    window.update_stand_actions()
    assert window.lock_action.isEnabled()
    window.toggle_lock()
    assert window.document.db.load().booth("S3").locked
    menu = window.stand_menu(3)
    assert any(a.text().startswith("Unlock Placement on S3") for a in menu.actions())
    window.stand_panel.select_stand(4)  # no booth: nothing to lock
    window.update_stand_actions()
    assert not window.lock_action.isEnabled()


def test_a_booth_zone_is_set_shown_and_undone(window: Window) -> None:
    window.set_booth_zone("S5", "Nord")
    assert window.document.db.load().booth("S5").zone == "Nord"
    window.select_booth("S5")
    texts = [window.properties.form.itemAt(i).widget().text()
             for i in range(window.properties.form.count())
             if window.properties.form.itemAt(i).widget() is not None]
    assert "Nord" in texts
    assert window.known_zones() == ["Nord"]
    window.undo_action.trigger()
    assert window.document.db.load().booth("S5").zone == ""


def test_the_list_asks_for_a_menu_and_an_editor(window: Window, qtbot) -> None:  # noqa: ANN001
    from boothmanager.gui.stands import StandListPanel

    panel = StandListPanel()  # alone: the window's own would open a menu that waits
    qtbot.addWidget(panel)
    panel.model.set_event(window.current)
    panel.show()
    index = panel.proxy.index(0, 0)
    pos = panel.table.visualRect(index).center()
    with qtbot.waitSignal(panel.context_menu_requested) as asked:
        panel._context_menu(pos)
    assert asked.args[0] == panel.proxy.data(index, STAND_ID_ROLE)
    assert panel.selected_stand_id() == asked.args[0]
    with qtbot.waitSignal(panel.edit_requested) as edit:
        panel.table.doubleClicked.emit(index)
    assert edit.args == [asked.args[0]]
    editor = window.edit_stand(asked.args[0])
    assert editor.isVisible() and editor.stand.id == asked.args[0]
    editor.reject()
