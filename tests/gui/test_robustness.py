"""The window under bad input and bad luck: it says what happened and loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt

from boothmanager.domain import Stand
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.wording import menu_text, one_line
from boothmanager.operations import AddStand, Assign
from boothmanager.storage import Database


def test_printing_signs_onto_the_open_event_file_is_refused(window: MainWindow,
                                                              demo_path: Path) -> None:
    before = demo_path.read_bytes()
    assert window.print_signs(demo_path) is None
    assert "not a PDF" in window.last_message.text()
    assert demo_path.read_bytes() == before
    assert window.assign("S4", 4) is not None  # and the event goes on working


def test_a_refused_undo_keeps_its_step(window: MainWindow, demo_path: Path) -> None:
    window.assign("S4", 4)
    stack = window.document.undo_stack
    other = sqlite3.connect(demo_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # another program holds the file
        window.undo()
        assert "in use by another program" in window.last_message.text()
        assert (stack.index(), stack.count()) == (1, 1)
        other.execute("ROLLBACK")
    finally:
        other.close()
    window.undo()
    assert stack.index() == 0
    assert window.document.db.load().booth("S4").stand_id is None
    window.redo()
    assert window.document.db.load().booth("S4").stand_id == 4


def test_dropping_a_stand_where_it_is_adds_no_undo_step(window: MainWindow) -> None:
    window.assign("S1", 1)
    assert window.document.undo_stack.count() == 0


def test_save_as_keeps_the_undo_history_and_works_in_the_copy(window: MainWindow,
                                                               tmp_path: Path) -> None:
    window.assign("S4", 4)
    copy = tmp_path / "kopie"
    assert window.save_as(copy)
    assert window.document.path == tmp_path / "kopie.boothplan"
    window.undo()
    assert window.document.db.load().booth("S4").stand_id is None
    assert window.save_as(tmp_path / "kopie.boothplan")  # onto itself: nothing to do
    assert window.document.undo_stack.count() == 1


def test_an_event_file_deleted_while_open_refuses_changes(window: MainWindow,
                                                           demo_path: Path) -> None:
    demo_path.unlink()
    assert window.assign("S4", 4) is None
    assert "deleted, moved or replaced" in window.last_message.text()
    assert not demo_path.exists()


def test_hostile_names_stay_text_on_one_line_and_inside_the_window(window: MainWindow) -> None:
    long_word = "Ä" * 500
    markup = "<b>Fett</b> & <img src=x>\nzweite Zeile"
    for name in (long_word, markup):
        window.document.execute(AddStand(stand=Stand(organisation="Träger", project=name)), "add")
    ids = {s.project: s.id for s in window.current.stands}
    window.assign("S4", ids[long_word])
    window.assign("S5", ids[markup])
    window.select_booth("S4")
    assert window.properties_dock.width() < 600
    assert window.width() <= 1300
    model = window.stand_panel.model
    tooltip = model.index(model.row_of(ids[markup]), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Fett" in tooltip and "<b>Fett" not in tooltip
    assert "&&" in window.undo_action.text()
    assert one_line(markup) == "<b>Fett</b> & <img src=x> zweite Zeile"
    assert menu_text("R&D") == "R&&D"


def test_the_stand_list_sorts_as_people_do(window: MainWindow) -> None:
    for project in ("Stand 10", "stand 3", "Äpfel", "Zebra", "Stand 2"):
        window.document.execute(AddStand(stand=Stand(organisation="x", project=project)), "add")
    window.stand_panel.model.set_event(window.current)
    proxy = window.stand_panel.proxy
    window.stand_panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    mine = [name for name in shown if name in {"Stand 10", "stand 3", "Äpfel", "Zebra", "Stand 2"}]
    assert mine.index("Stand 2") < mine.index("stand 3") < mine.index("Stand 10")


def test_closing_down_with_undo_history_raises_nothing(qtbot, demo_path: Path, settings,  # noqa: ANN001
                                                       translations) -> None:  # noqa: ANN001
    window = MainWindow(settings, translations)
    assert window.open_event(demo_path)
    window.assign("S4", 4)
    shiboken6.delete(window)  # as at application exit, without a closeEvent


def test_two_windows_on_one_file_undo_does_not_remove_the_others_work(
        window: MainWindow, demo_path: Path) -> None:
    window.assign("S4", 4)
    other = Database.open(demo_path)
    try:
        other.run(Assign(booth="S5", stand_id=5))
        from boothmanager.operations import Unassign

        other.run(Unassign(booth="S4"))
        other.run(Assign(booth="S4", stand_id=5))
    finally:
        other.close()
    window.undo()
    assert "changed elsewhere" in window.last_message.text()
    check = Database.open(demo_path)
    try:
        assert check.load().booth("S4").stand_id == 5
    finally:
        check.close()
