"""Review mode on a package with a shared booth: a row per stand on it, each answered on its
own; the answers saved map to the right stands, and a choice on the plan keeps the row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from boothmanager.domain import InvalidValue, Share, diff_events
from boothmanager.domain.diff_json import diff_json
from boothmanager.domain.review import Decision
from boothmanager.domain.review_package import read_package
from boothmanager.gui.diff_wording import entry_text
from boothmanager.gui.review_mode import ReviewWindow, open_review_window
from boothmanager.gui.review_session import ReviewSession
from boothmanager.gui.review_wording import change_text
from boothmanager.operations import Assign
from boothmanager.review_export import export_review
from boothmanager.storage import Database
from tests.unit.diff_support import SHARED, with_booth

P2 = "Projekt 2 (Sachsen-Anhalt) – Name folgt"
P4 = "Projekt 4 (Sachsen-Anhalt) – Name folgt"


@pytest.fixture
def package_path(demo_path: Path, tmp_path: Path) -> Path:
    """The demo event with stand 4 sharing booth S2 with stand 2, sent for review."""
    path = tmp_path / "shared.boothreview"
    db = Database.open(demo_path)
    try:
        db.run(Assign(booth="S2", stand_id=4, share=True))
        export_review(db, path, lang="en")
    finally:
        db.close()
    return path


@pytest.fixture
def review(qtbot, package_path: Path, translations) -> ReviewWindow:  # noqa: ANN001
    shown = open_review_window(package_path, None)
    assert isinstance(shown, ReviewWindow)
    qtbot.addWidget(shown)
    shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitExposed(shown)
    return shown


def shown_rows(review: ReviewWindow) -> list[tuple[str, str, str]]:
    table = review.sidebar.table
    return [(table.item(r, table.BOOTH).text(), table.item(r, table.STAND).text(),
             table.item(r, table.ANSWER).text()) for r in range(table.rowCount())]


def click(qtbot, review: ReviewWindow, row: int) -> None:  # noqa: ANN001
    table = review.sidebar.table
    rect = table.visualItemRect(table.item(row, table.STAND))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_stand_on_a_shared_booth_has_its_own_row_and_answer(
        qtbot, review: ReviewWindow, package_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    s = review.sidebar
    assert [row[:2] for row in shown_rows(review)][1:3] == [("S2 (1/2)", P2), ("S2 (2/2)", P4)]
    assert f"with {P4}" in s.table.item(1, s.table.STAND).toolTip()
    click(qtbot, review, 2)
    assert s.answer_box.title() == f"Answer for “{P4}” on booth S2"
    assert review.scene.booth_items["S2"].isSelected()
    qtbot.mouseClick(s.request_button, Qt.MouseButton.LeftButton)
    assert f"Booth S2 (“{P4}”): say in the comment what should change." in s.status.text()
    qtbot.keyClicks(s.comment, "zu schmal")
    click(qtbot, review, 1)
    assert s.comment.toPlainText() == ""  # the other stand's answer, still empty
    qtbot.mouseClick(s.approve_button, Qt.MouseButton.LeftButton)
    assert shown_rows(review)[1:3] == [("S2 (1/2)", P2, "approved"),
                                       ("S2 (2/2)", P4, "change requested")]
    # One badge for the booth: a change requested for one of its stands outweighs the other.
    assert review.session.booth_decisions() == {"S2": Decision.REQUEST_CHANGE}
    assert set(review.badges.items) == {"S2"}
    # Choosing the booth on the plan keeps the row of it that is chosen.
    review.scene.clearSelection()
    review.scene.booth_items["S2"].setSelected(True)
    assert s.table.current_key() == ("S2", 2)

    review.grab().save(str(tmp_path / "review-shared.png"))
    s.reviewer.setText("Anna")
    s.reviewer.textEdited.emit("Anna")
    assert review.save()
    answers = read_package(package_path.read_bytes()).answers
    assert answers is not None
    assert sorted((a.booth, a.stand_id, a.decision, a.comment) for a in answers.assignments) == [
        ("S2", 2, Decision.APPROVE, ""), ("S2", 4, Decision.REQUEST_CHANGE, "zu schmal")]
    # Opened again, each stand shows its own answer.
    again = ReviewSession.open(package_path)
    assert again.row("S2", stand_id=4).comment == "zu schmal"
    assert again.row("S2", stand_id=2).decision is Decision.APPROVE
    assert again.counts() == (1, 1, 4)


def test_a_shared_booth_needs_the_stand_named(package_path: Path) -> None:
    session = ReviewSession.open(package_path)
    with pytest.raises(InvalidValue, match="2 stands share this booth"):
        session.approve("S2")
    with pytest.raises(InvalidValue, match="no such stand on booth S2"):
        session.approve("S2", stand_id=3)
    session.approve("S1")  # a booth with one stand needs none
    assert session.answered("S1") and session.modified
    assert session.stands_on("S2") == (2, 4) and session.stands_on("S4") == ()


def test_diff_wording_says_whom_a_stand_shares_its_booth_with(translations) -> None:  # noqa: ANN001
    joined = with_booth(with_booth(SHARED, "S1", stand_id=None), "S2",
                        shares=(Share(2, 1_000), Share(3, 1_000), Share(1, 1_000)), capacity=3)
    diff = diff_events(SHARED, joined)
    texts = [entry_text(entry) for entry in diff]
    assert texts == ["“Eins” moved from S1 to S2, shared with “Zwei”, “Drei”",
                     "Shared booth S2: room for 3 stands (was 2); along the front “Zwei” "
                     "1.00 m, “Drei” 1.00 m, “Eins” 1.00 m"]
    # The review window words a package's diff (its JSON) the same way, parts as given.
    assert [change_text(change) for change in diff_json(diff)] == texts
    left = diff_events(joined, SHARED)
    assert entry_text(left.entries[0]) == "“Eins” moved from S2 to S1"
    taken = diff_events(SHARED, with_booth(SHARED, "S2", shares=(Share(2, 1_800),)))
    assert entry_text(taken.entries[0]) == ("“Drei” taken off S2, which it shared with "
                                            "“Zwei”")
