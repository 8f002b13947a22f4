"""Generate a block of booths from the dialog; one undo step; problems marked at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from boothmanager.gui.block_dialog import BlockDialog
from boothmanager.gui.main_window import MainWindow


def test_a_3_by_4_block_from_the_dialog_is_one_undo_step(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = BlockDialog(["Foyer (EG)"], window)
    qtbot.addWidget(dialog)
    dialog.x.setValue(3.0)
    dialog.y.setValue(6.0)
    dialog.rows.setValue(3)
    dialog.per_row.setValue(4)
    dialog.width.setValue(2.0)
    dialog.depth.setValue(1.0)
    dialog.aisle.setValue(1.5)
    qtbot.keyClicks(dialog.prefix, "M")
    assert "12 booths" in dialog.preview.text() and "MA1" in dialog.preview.text()
    spec = dialog.spec()
    assert spec is not None

    change = window.add_block(spec)
    assert change is not None
    numbers = [f"M{row}{n}" for row in "ABC" for n in range(1, 5)]
    assert set(numbers) <= set(window.scene.booth_items)
    stored = window.document.db.load()
    assert stored.booth("MB1").rect.y == 6_000 + 1_000 + 1_500
    assert window.undo_action.text().startswith("&Undo Add 12 booths")
    window.undo()
    assert not set(numbers) & set(window.scene.booth_items)
    assert len(window.document.db.load().booths) == 5


def test_a_bad_skip_list_disables_ok_and_says_why(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = BlockDialog(["Foyer (EG)"], window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.skip, "7-x")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "skip list" in dialog.preview.text()
    assert dialog.spec() is None


def test_a_block_over_the_stairs_is_drawn_but_marked_and_listed(window: MainWindow) -> None:
    dialog = BlockDialog(["Foyer (EG)"], window)
    dialog.x.setValue(16.0)
    dialog.y.setValue(12.0)
    dialog.rows.setValue(1)
    dialog.per_row.setValue(2)
    dialog.prefix.setText("T")
    spec = dialog.spec()
    assert spec is not None and window.add_block(spec) is not None
    listed = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert any("TA1" in text and "Treppe OG" in text for text in listed)
    assert window.scene.booth_items["TA1"].problems
    window.problem_list.itemClicked.emit(window.problem_list.item(0))
    assert window.selected_booth() is not None
    window.undo()
    assert window.problem_list.count() == 0


def test_a_block_whose_numbers_exist_changes_nothing(window: MainWindow) -> None:
    dialog = BlockDialog(["Foyer (EG)"], window)
    dialog.row_letters.setChecked(False)
    dialog.prefix.setText("S")
    dialog.rows.setValue(1)
    dialog.per_row.setValue(6)  # S1 … S6: S1–S5 exist
    assert window.add_block(dialog.spec()) is None
    assert "S1" in window.last_message.text()
    assert len(window.document.db.load().booths) == 5
    assert window.last_message.textFormat() == Qt.TextFormat.PlainText
