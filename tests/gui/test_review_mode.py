"""Review mode on a real package: read-only plan and list, approving, requesting changes,
pinning comments, the verdict; Save, then reopening shows the answers; refusals."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from boothmanager.domain import snapshot_document
from boothmanager.domain.review import Decision, Verdict
from boothmanager.domain.review_package import SEALED, read_package
from boothmanager.gui.mime import stand_mime
from boothmanager.gui.plan.pins import PinItem
from boothmanager.gui.review_mode import ReviewWindow, open_review_window
from boothmanager.review_export import export_review
from boothmanager.storage import Database


@pytest.fixture
def package_path(demo_path: Path, tmp_path: Path) -> Path:
    """The demo event sent for review (review-1), as a reviewer receives it."""
    path = tmp_path / "buko-review-1.boothreview"
    db = Database.open(demo_path)
    try:
        export_review(db, path, lang="en")
    finally:
        db.close()
    return path


@pytest.fixture
def review(qtbot, package_path: Path, translations) -> ReviewWindow:  # noqa: ANN001
    shown = open_review_window(package_path, None)
    assert isinstance(shown, ReviewWindow)
    qtbot.addWidget(shown)
    shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # inspected after close
    qtbot.waitExposed(shown)
    return shown


def sealed(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name in SEALED}


def mouse(review: ReviewWindow, kind: QMouseEvent.Type, pos: QPoint,
          buttons: Qt.MouseButton) -> None:
    viewport = review.view.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                        Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def click_row(qtbot, review: ReviewWindow, booth: str) -> None:  # noqa: ANN001
    table = review.sidebar.table
    row = next(r for r in range(table.rowCount())
               if table.item(r, table.BOOTH).data(Qt.ItemDataRole.UserRole + 1) == booth)
    rect = table.visualItemRect(table.item(row, table.STAND))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer_shown(review: ReviewWindow, booth: str) -> tuple[str, str]:
    table = review.sidebar.table
    for row in range(table.rowCount()):
        if table.item(row, table.BOOTH).data(Qt.ItemDataRole.UserRole + 1) == booth:
            return table.item(row, table.ANSWER).text(), table.item(row, table.COMMENT).text()
    raise KeyError(booth)


def test_nothing_on_the_plan_or_in_the_list_can_be_changed(
        qtbot, review: ReviewWindow, package_path: Path) -> None:  # noqa: ANN001
    before = package_path.read_bytes()
    document = review.session.package.document
    moved: list[object] = []
    review.scene.booths_moved.connect(moved.append)
    item = review.scene.booth_items["S1"]
    start = review.view.mapFromScene(item.sceneBoundingRect().center())
    end = review.view.mapFromScene(item.sceneBoundingRect().center() - QPointF(5_000, 0))
    left = Qt.MouseButton.LeftButton
    mouse(review, QMouseEvent.Type.MouseButtonPress, start, left)
    for step in range(1, 6):
        mouse(review, QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, left)
    mouse(review, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert item.isSelected()  # the press arrived: the booth is chosen, not moved
    assert item.snapped_corner() == (item.booth.rect.x, item.booth.rect.y) and moved == []
    assert answer_shown(review, "S1")[0] == "not answered"

    # A stand dragged onto a free booth (as from the planner's stand list) is refused.
    target = review.view.mapFromScene(review.scene.booth_items["S4"].sceneBoundingRect().center())
    data, actions = stand_mime([4]), Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
    viewport = review.view.viewport()
    enter = QDragEnterEvent(target, actions, data, left, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    QApplication.sendEvent(viewport, QDragMoveEvent(target, actions, data, left,
                                                    Qt.KeyboardModifier.NoModifier))
    drop = QDropEvent(QPointF(target), actions, data, left, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert not enter.isAccepted() and not drop.isAccepted()
    assert not review.view.acceptDrops()

    # Arrow keys and Delete do nothing to a selected booth; the list has no editor.
    review.view.setFocus()
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Delete):
        qtbot.keyClick(review.view, key)
    assert set(review.scene.booth_items) == {"S1", "S2", "S3", "S4", "S5"}
    assert item.snapped_corner() == (item.booth.rect.x, item.booth.rect.y)
    table = review.sidebar.table
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    qtbot.mouseDClick(table.viewport(), left,
                      pos=table.visualItemRect(table.item(0, table.STAND)).center())
    assert table.state() != QAbstractItemView.State.EditingState
    assert review.scene.booth_items["S4"].booth.stand_id is None

    assert snapshot_document(review.session.event) == document
    assert package_path.read_bytes() == before
    assert not review.session.modified


def test_approve_request_pin_verdict_save_and_reopen(
        qtbot, review: ReviewWindow, package_path: Path) -> None:  # noqa: ANN001
    before, original = sealed(package_path), package_path.read_bytes()
    s = review.sidebar
    assert not s.save_button.isEnabled()
    click_row(qtbot, review, "S1")
    assert review.scene.booth_items["S1"].isSelected()  # the list chooses on the plan too
    qtbot.mouseClick(s.approve_button, Qt.MouseButton.LeftButton)
    assert answer_shown(review, "S1") == ("approved", "")
    click_row(qtbot, review, "S2")
    qtbot.mouseClick(s.request_button, Qt.MouseButton.LeftButton)
    assert "Booth S2: say in the comment what should change." in s.status.text()
    qtbot.keyClicks(s.comment, "Bitte naeher an den Eingang")
    assert answer_shown(review, "S2") == ("change requested", "Bitte naeher an den Eingang")
    assert set(review.badges.items) == {"S1", "S2"}  # marks on the plan
    for number, badge in review.badges.items.items():  # inside its booth, not on the corner
        centre = review.view.mapFromScene(badge.pos()) + QPoint(-round(badge.INSET),
                                                                round(badge.INSET))
        booth = review.view.mapFromScene(review.scene.booth_items[number].sceneBoundingRect())
        assert booth.boundingRect().adjusted(2, 2, -2, -2).contains(centre), number

    qtbot.mouseClick(s.add_pin_button, Qt.MouseButton.LeftButton)
    assert review.view.pin_mode
    spot = review.view.mapFromScene(QPointF(20_000, -6_000))  # 20 m east, 6 m north
    qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    dialog = review.pin_dialog
    assert dialog is not None and dialog.isVisible() and not review.view.pin_mode
    assert not dialog.ok_button.isEnabled()
    # Until the comment is written, a "+" pin marks the spot clicked, and the dialog says where.
    assert review.pending_pin is not None and review.pending_pin.mark.label == "+"
    assert review.pending_pin.isVisible() and review.pending_pin.scene() is review.scene
    assert re.fullmatch(r"Your comment on this spot \(20\.\d\d m / [56]\.\d\d m, marked \+ "
                        r"on the plan\):", dialog.caption.text())
    qtbot.keyClicks(dialog.text, "Hier fehlt ein Papierkorb")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (pin,) = review.session.pins
    assert pin.level == "Foyer (EG)" and pin.text == "Hier fehlt ein Papierkorb"
    assert abs(pin.x - 20_000) < 200 and abs(pin.y - 6_000) < 200
    (shown,) = [i for i in review.scene.items() if isinstance(i, PinItem)]
    assert "Papierkorb" in shown.toolTip() and s.pins.count() == 1

    assert "Enter your name" in s.status.text() and not s.save_button.isEnabled()
    qtbot.keyClicks(s.reviewer, "Anna Schmidt")
    s.verdict.setFocus()
    qtbot.keyClick(s.verdict, Qt.Key.Key_Down)
    qtbot.keyClick(s.verdict, Qt.Key.Key_Down)
    assert s.chosen_verdict() is Verdict.CHANGES
    qtbot.keyClicks(s.verdict_comment, "Fast fertig")
    assert package_path.read_bytes() == original  # nothing written before Save
    assert review.isWindowModified() and s.save_button.isEnabled()
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert not review.session.modified and "Everything is saved." in s.status.text()
    assert sealed(package_path) == before  # snapshot, diff, PDF, manifest byte for byte
    answers = read_package(package_path.read_bytes()).answers
    assert answers is not None and answers.reviewer == "Anna Schmidt"
    assert [(a.booth, a.decision) for a in answers.assignments] == [
        ("S1", Decision.APPROVE), ("S2", Decision.REQUEST_CHANGE)]
    review.close()
    assert not review.isVisible()

    again = open_review_window(package_path, None)
    assert isinstance(again, ReviewWindow)
    qtbot.addWidget(again)
    assert answer_shown(again, "S1") == ("approved", "")
    assert answer_shown(again, "S2") == ("change requested", "Bitte naeher an den Eingang")
    assert answer_shown(again, "S3") == ("not answered", "")
    assert again.sidebar.reviewer.text() == "Anna Schmidt" and again.sidebar.reviewer.isReadOnly()
    assert again.sidebar.chosen_verdict() is Verdict.CHANGES
    assert again.sidebar.verdict_comment.toPlainText() == "Fast fertig"
    assert [i.mark.text for i in again.scene.items() if isinstance(i, PinItem)] == [
        "Hier fehlt ein Papierkorb"]
    assert not again.session.modified


def test_closing_with_unsaved_answers_asks_and_discard_leaves_the_package(
        qtbot, review: ReviewWindow, package_path: Path) -> None:  # noqa: ANN001
    before = package_path.read_bytes()
    click_row(qtbot, review, "S3")
    qtbot.mouseClick(review.sidebar.approve_button, Qt.MouseButton.LeftButton)
    review.close()
    box = review.last_message
    assert review.isVisible() and box is not None and "not saved" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert not review.isVisible()
    assert package_path.read_bytes() == before


def test_pin_mode_is_left_with_escape_and_a_cancelled_pin_adds_nothing(
        qtbot, review: ReviewWindow) -> None:  # noqa: ANN001
    review.pin_action.trigger()
    qtbot.keyClick(review.view, Qt.Key.Key_Escape)
    assert not review.view.pin_mode
    review.pin_action.setChecked(True)
    qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=review.view.viewport().rect().center())
    qtbot.keyClicks(review.pin_dialog.text, "doch nicht")
    review.pin_dialog.reject()
    assert review.session.pins == [] and not review.session.modified


def tampered(path: Path) -> None:
    """The snapshot edited after export: a stand renamed, the seal left as it was."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as source, \
            zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "snapshot.json":
                content = content.replace(b"IKOE", b"IKOX")
            target.writestr(info, content)
    path.write_bytes(buffer.getvalue())


@pytest.mark.parametrize(("spoil", "words"), [
    (tampered, "was changed after it was sent for review"),
    (lambda p: p.write_bytes(p.read_bytes()[:-200]), "damaged or incomplete"),
    (lambda p: p.write_bytes(b"%PDF-1.4 not a package"), "is not a review package"),
])
def test_a_spoilt_package_is_refused_with_a_message_and_left_alone(
        qtbot, package_path: Path, translations, spoil, words: str) -> None:  # noqa: ANN001
    spoil(package_path)
    before = package_path.read_bytes()
    shown = open_review_window(package_path, None)
    qtbot.addWidget(shown)
    assert isinstance(shown, QMessageBox) and not isinstance(shown, ReviewWindow)
    assert words in shown.text() and str(package_path) in shown.text()
    assert "not opened" in shown.text()
    assert package_path.read_bytes() == before
