"""A stand's history view: status changes and booth moves made through operations, who and from/to."""

from __future__ import annotations

from boothmanager.domain import StandStatus
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.stand_history import StandHistoryDialog, StandHistoryView
from boothmanager.operations.stand_records import ChangeStandStatus


def test_a_status_change_and_a_booth_move_are_shown_newest_first(window: MainWindow,
                                                                 qtbot) -> None:  # noqa: ANN001
    db = window.document.db
    db.actor = "anna"
    view = StandHistoryView(db.stand_history)
    qtbot.addWidget(view)
    view.show_stand(window.current.stand(4))
    assert view.rows() == [] and view.title.text().endswith("no changes yet")
    assert window.run(ChangeStandStatus(stand_id=4, status=StandStatus.ACCEPTED),
                      "Accept") is not None
    assert window.assign("S4", 4) is not None
    assert window.assign("S5", 4) is not None  # moves the stand
    view.refresh()
    rows = view.rows()
    assert [row[1:] for row in rows] == [
        ("anna", "Booth", "S4", "S5"),
        ("anna", "Booth", "no booth", "S4"),
        ("anna", "Status", "applied", "accepted")]
    assert all(row[0] not in ("", "–") for row in rows)  # every change says when
    assert view.title.text() == "History of “Projekt 4 (Sachsen-Anhalt) – Name folgt”"
    window.undo()  # the move back: undo writes its own entry, the history keeps both
    view.refresh()
    assert view.rows()[0][1:] == ("anna", "Booth", "S5", "S4")


def test_refresh_reads_again_only_for_the_stand_shown(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    db = window.document.db
    view = StandHistoryView(db.stand_history)
    qtbot.addWidget(view)
    view.show_stand(window.current.stand(5))
    change = window.assign("S4", 4)
    assert change is not None
    view.refresh(change)  # stand 4 changed, not 5
    assert view.rows() == []
    change = window.assign("S5", 5)
    view.refresh(change)
    assert [row[2:] for row in view.rows()] == [("Booth", "no booth", "S5")]


def test_the_dialog_shows_the_stand_and_nothing_selected_says_so(window: MainWindow,
                                                                qtbot) -> None:  # noqa: ANN001
    window.assign("S4", 4)
    dialog = StandHistoryDialog(window.current.stand(4), window.document.db.stand_history, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Stand History – Projekt 4 (Sachsen-Anhalt) – Name folgt"
    assert [row[2:] for row in dialog.view.rows()] == [("Booth", "no booth", "S4")]
    dialog.view.show_stand(None)
    assert dialog.view.rows() == []
    assert dialog.view.title.text() == "Select a stand to see its history."
