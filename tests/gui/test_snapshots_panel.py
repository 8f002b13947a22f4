"""Snapshots in the window: take one (undoable), change the plan, see the changes listed and drawn."""

from __future__ import annotations

from boothmanager.gui.main_window import MainWindow


def test_take_a_snapshot_move_a_booth_and_compare(window: MainWindow) -> None:
    assert window.take_snapshot("vor Umbau") is not None
    assert window.snapshot_panel.snapshots.count() == 1
    window.move_booths([("S5", 30_000, 15_000)])
    window.assign("S4", 4)
    count = window.compare_with_snapshot("vor Umbau")
    lines = [window.snapshot_panel.changes.item(i).text()
             for i in range(window.snapshot_panel.changes.count())]
    assert count == len(lines) and count >= 2
    assert any("S5 moved" in line for line in lines)
    assert any("placed on S4" in line for line in lines)
    assert window.scene.proposal_items  # arrows and rings on the plan
    assert "vor Umbau" in window.snapshot_panel.caption.text()


def test_taking_a_snapshot_is_undone_like_any_change(window: MainWindow) -> None:
    window.take_snapshot("A")
    window.undo()
    assert window.snapshot_panel.snapshots.count() == 0
    assert window.document.db.snapshots() == []
    window.redo()
    assert window.snapshot_panel.snapshots.count() == 1


def test_a_second_snapshot_with_the_same_name_is_refused(window: MainWindow) -> None:
    window.take_snapshot("A")
    assert window.take_snapshot("A") is None
    assert "A" in window.last_message.text()
