"""File > Import Stands… and Edit > Stand History… in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from boothmanager.gui.import_dialog import ImportDialog
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.stand_history import StandHistoryDialog


def test_the_menu_imports_a_sheet_as_one_undo_step(window: MainWindow, qtbot,  # noqa: ANN001
                                                   tmp_path: Path) -> None:
    sheet = tmp_path / "neu.csv"
    sheet.write_text("Organisation;Projekt\nVerein;Eins\nVerein;Zwei\n", encoding="utf-8")
    assert window.import_action.isEnabled() and window.import_action.text() == "&Import Stands…"

    def click_import() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_import)
    change = window.choose_import(sheet)
    assert change is not None and len(window.current.stands) == 7
    assert window.undo_action.text() == "&Undo Import 2 stands from neu.csv"


def test_the_history_of_the_selected_stand(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    assert not window.history_action.isEnabled()
    window.stand_panel.table.selectRow(0)
    assert window.history_action.isEnabled()
    window.show_stand_history()
    dialog = window.findChild(StandHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
