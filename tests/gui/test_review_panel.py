"""The planner's side: a package answered in review mode, imported into the real event file,
shows in the review panel and as pins on the plan; states are marked and undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from boothmanager.domain.review import Decision, ReviewItemKind, ReviewItemState
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.plan.pins import PinItem
from boothmanager.gui.review_mode import ReviewWindow, open_review_window
from boothmanager.gui.review_panel import ReviewDock
from boothmanager.operations import UpdateStand
from boothmanager.review_export import export_review


@pytest.fixture
def dock(window: MainWindow) -> ReviewDock:
    """The review dock the main window holds."""
    return window.reviews


def answered(qtbot, package: Path, reviewer: str) -> None:  # noqa: ANN001
    """Answer the package in review mode, as an organiser would, and save it."""
    review = open_review_window(package, None)
    assert isinstance(review, ReviewWindow)
    qtbot.addWidget(review)
    s = review.sidebar
    for booth, button in (("S1", s.approve_button), ("S2", s.request_button)):
        s.table.select_booth(booth)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(s.comment, "zu eng")
    review.pin_action.setChecked(True)
    spot = review.view.mapFromScene(QPointF(18_000, -9_000))
    qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.keyClicks(review.pin_dialog.text, f"Papierkorb ({reviewer})")
    review.pin_dialog.accept()
    qtbot.keyClicks(s.reviewer, reviewer)
    assert review.save()
    review.close()


def rows(dock: ReviewDock) -> list[tuple[str, ...]]:
    tree = dock.panel.tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(5))
            for i in range(tree.topLevelItemCount())]


def test_answers_land_in_the_panel_and_on_the_plan(qtbot, window: MainWindow, dock: ReviewDock,
                                                   tmp_path: Path) -> None:  # noqa: ANN001
    package = tmp_path / "review-1.boothreview"
    export_review(window.document.db, package, lang="en")
    answered(qtbot, package, "Anna")
    assert dock.panel.summary.text() == "No review answers imported yet."
    # The event changes meanwhile: the stand on S2 gets another theme.
    window.run(UpdateStand(stand_id=2, changes={"theme": "Neu"}), "theme")

    change = dock.import_package(package)
    assert change is not None and len(change.reviews) == 3
    assert rows(dock) == [
        ("done", "approval", "booth S1", "", "Anna"),
        ("open", "change requested ⚠", "booth S2", "zu eng", "Anna"),
        ("open", "pinned comment", rows(dock)[2][2], "Papierkorb (Anna)", "Anna")]
    assert rows(dock)[2][2].startswith("18.0") and rows(dock)[2][2].endswith("m (Foyer (EG))")
    # The booths' answers on the plan too: an open change request outweighs approvals.
    assert {n: b.decision for n, b in dock.badges.items.items()} == {
        "S1": Decision.APPROVE, "S2": Decision.REQUEST_CHANGE}
    assert "2 open of 3; 1 open about an older version" == dock.panel.summary.text()
    (pin,) = [i for i in window.scene.items() if isinstance(i, PinItem)]
    assert pin.mark.text == "Papierkorb (Anna)" and not pin.mark.done and not pin.mark.older
    assert abs(pin.pos().x() - 18_000) < 200 and abs(pin.pos().y() + 9_000) < 200

    # Choosing an item shows where it is: the booth selected, or the pin.
    dock.panel.select_item(next(i.id for i in dock.panel.items if i.booth == "S2"))
    assert window.selected_booth() == "S2"
    assert "Reviewed an older version" in dock.panel.details.text()
    assert dock.panel.compare_button.isEnabled()
    qtbot.mouseClick(dock.panel.compare_button, Qt.MouseButton.LeftButton)
    changes = window.snapshot_panel.changes
    assert any("changed (theme)" in changes.item(i).text() for i in range(changes.count()))
    (comment,) = [i for i in dock.panel.items if i.kind is ReviewItemKind.COMMENT]
    dock.panel.select_item(comment.id)
    assert pin.isSelected()

    # Done and reopened through SetReviewItemState, each one undo step.
    qtbot.mouseClick(dock.panel.state_button, Qt.MouseButton.LeftButton)
    stored = {i.id: i.state for i in window.document.db.review_items()}
    assert stored[comment.id] is ReviewItemState.DONE
    (pin,) = [i for i in window.scene.items() if isinstance(i, PinItem)]
    assert pin.mark.done and dock.panel.state_button.text() == "Reopen"
    window.undo()
    assert {i.id: i.state for i in window.document.db.review_items()}[comment.id] is \
        ReviewItemState.OPEN
    assert dock.panel.chosen().state is ReviewItemState.OPEN

    # The pins come back when the level is drawn again (switching levels rebuilds the scene).
    window.level_box.currentTextChanged.emit(window.level_box.currentText())
    assert len([i for i in window.scene.items() if isinstance(i, PinItem)]) == 1

    window.undo()  # the import itself
    assert dock.panel.items == [] and window.document.db.review_items() == []


def test_two_reviewers_merge_and_a_refused_package_changes_nothing(
        qtbot, window: MainWindow, dock: ReviewDock, tmp_path: Path) -> None:  # noqa: ANN001
    first = tmp_path / "anna.boothreview"
    export_review(window.document.db, first, lang="en")
    second = tmp_path / "bernd.boothreview"
    second.write_bytes(first.read_bytes())  # every reviewer answers their own copy
    answered(qtbot, first, "Anna")
    answered(qtbot, second, "Bernd")
    assert dock.import_package(first) is not None
    assert dock.import_package(second) is not None
    assert sorted({row[4] for row in rows(dock)}) == ["Anna", "Bernd"]
    assert len([i for i in window.scene.items() if isinstance(i, PinItem)]) == 2

    event_file = window.document.path
    before = window.document.db.review_items()
    assert dock.import_package(first) is None  # the same answers again
    assert "imported already" in window.last_message.text()
    spoilt = tmp_path / "spoilt.boothreview"
    spoilt.write_bytes(first.read_bytes()[:-100])
    assert dock.import_package(spoilt) is None
    assert "damaged or incomplete" in window.last_message.text()
    assert str(spoilt) in window.last_message.text()
    assert window.document.db.review_items() == before and event_file.exists()


def test_opening_a_review_package_from_the_file_menu_starts_review_mode(
        window: MainWindow, tmp_path: Path) -> None:
    package = tmp_path / "zur-pruefung.boothreview"
    export_review(window.document.db, package, lang="en")
    event_file = window.document.path
    assert window.open_event(package)
    assert isinstance(window.review_window, ReviewWindow)
    assert window.document.path == event_file  # the planner's event stays open beside it
    window.review_window.close()


def test_send_for_review_writes_a_package_and_keeps_its_snapshot(window: MainWindow,
                                                               tmp_path: Path) -> None:
    package = tmp_path / "an-das-ministerium.boothreview"
    assert window.send_for_review(package)
    assert package.read_bytes().startswith(b"PK")
    assert "review-1" in [s.name for s in window.document.db.snapshots()]
    assert "review-1" in window.statusBar().currentMessage()
    assert window.open_event(package)
    assert isinstance(window.review_window, ReviewWindow)
    window.review_window.close()


def test_send_for_review_never_replaces_another_file(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notizen.boothreview"
    other.write_text("meine Notizen", encoding="utf-8")
    assert not window.send_for_review(other)
    assert other.read_text(encoding="utf-8") == "meine Notizen"
    assert "notizen.boothreview" in window.last_message.text()
    assert window.document.db.snapshots() == []


def test_an_answer_names_its_stand(qtbot, window: MainWindow, dock: ReviewDock,
                                   tmp_path: Path) -> None:  # noqa: ANN001
    """On a shared booth the booth alone does not say whom an answer is about."""
    package = tmp_path / "review-1.boothreview"
    export_review(window.document.db, package, lang="en")
    answered(qtbot, package, "Anna")
    dock.import_package(package)
    item = next(i for i in dock.panel.items if i.booth == "S2")
    dock.panel.select_item(item.id)
    name = window.current.stand(item.stand_id).name
    assert f"Booth S2, stand “{name}”" in dock.panel.details.text()
    row = next(dock.panel.tree.topLevelItem(i) for i in range(dock.panel.tree.topLevelItemCount())
               if dock.panel.tree.topLevelItem(i).text(2) == "booth S2")
    assert f"booth S2: {name}" in row.toolTip(dock.panel.WHERE)
