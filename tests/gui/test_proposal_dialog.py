"""The automatic assignment in the window: proposal in a table and on the plan, applied as one step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.proposal_dialog import ProposalDialog


def test_the_proposal_places_the_two_waiting_stands_and_says_why(window: MainWindow,
                                                                 qtbot) -> None:  # noqa: ANN001
    dialog = ProposalDialog(window)
    qtbot.addWidget(dialog)
    proposal = dialog.compute()
    assert proposal is not None
    assert dialog.table.rowCount() == 5
    assert sorted(dialog.ticked()) == [4, 5]
    assert "5 of 5 stands placed, 2 to change" in dialog.summary.text()
    whys = [dialog.table.item(row, 3).text() for row in range(5)]
    assert sum("kept" in why for why in whys) == 3
    assert len(window.scene.proposal_items) >= 2  # rings on the two target booths
    dialog.reject()
    assert window.scene.proposal_items == []


def test_applying_only_the_ticked_change_is_one_undo_step(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = ProposalDialog(window)
    qtbot.addWidget(dialog)
    proposal = dialog.compute()
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 0)
        if item.data(Qt.ItemDataRole.UserRole + 1) == 5:
            item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ticked() == [4]
    assert window.apply_proposal(proposal, dialog.ticked()) is not None
    placed = {b.stand_id for b in window.document.db.load().booths if b.stand_id}
    assert placed == {1, 2, 3, 4}
    assert window.undo_action.text() == "&Undo Automatic assignment (1 stands)"
    window.undo()
    placed = {b.stand_id for b in window.document.db.load().booths if b.stand_id}
    assert placed == {1, 2, 3}


def test_weights_go_to_the_solver(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = ProposalDialog(window)
    qtbot.addWidget(dialog)
    dialog.weights["move"].setValue(7)
    assert dialog.settings().weights.move == 7


def test_two_stands_proposed_for_one_shared_booth(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from boothmanager.operations import RemoveBooth, SetCapacity

    assert window.run(SetCapacity(booth="S4", capacity=2), "capacity") is not None
    assert window.run(RemoveBooth(number="S5"), "remove") is not None
    dialog = ProposalDialog(window)
    qtbot.addWidget(dialog)
    proposal = dialog.compute()
    assert proposal is not None and sorted(dialog.ticked()) == [4, 5]
    whys = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
    assert sum("shares booth S4" in why for why in whys) == 2
    rings = [item for item in window.scene.proposal_items if item.type() == 3]  # rect items
    assert len(rings) == 1  # one ring on the shared booth, not one per arriving stand
    assert window.apply_proposal(proposal, dialog.ticked()) is not None
    assert window.document.db.load().booth("S4").stand_ids in ((4, 5), (5, 4))
    window.undo()
    assert window.document.db.load().booth("S4").shares == ()
