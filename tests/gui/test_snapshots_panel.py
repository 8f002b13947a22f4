"""Snapshots in the window: take one (undoable), change the plan, see the changes listed and drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from boothmanager.domain import Diff, Event, diff_events
from boothmanager.gui.diff_wording import entry_text
from boothmanager.gui.i18n import Translations
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.snapshots_panel import SnapshotPanel
from boothmanager.operations import Assign, MoveBooth, TakeSnapshot
from boothmanager.storage import Database


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


# -- Print changes: the listed diff as a PDF, offered to open --------------------------------

def changed_since_v1(demo_path: Path) -> tuple[Diff, Event]:
    """Snapshot v1 of the demo event, then a booth moved and a stand placed: the diff and now."""
    db = Database.open(demo_path)
    try:
        db.run(TakeSnapshot(snapshot="v1"))
        db.run(MoveBooth(number="S5", x=30_000, y=15_000))
        db.run(Assign(booth="S4", stand_id=4))
        then, now = db.snapshot("v1").event(), db.load()
    finally:
        db.close()
    return diff_events(then, now), now


@pytest.fixture
def panel(qtbot, translations: Translations) -> SnapshotPanel:  # noqa: ANN001
    panel = SnapshotPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_print_changes_writes_the_listed_changes_to_a_pdf(qtbot, panel: SnapshotPanel,  # noqa: ANN001
                                                          demo_path: Path, tmp_path: Path) -> None:
    diff, now = changed_since_v1(demo_path)
    assert not panel.print_button.isEnabled()  # nothing compared yet
    panel.show_changes("v1", [entry_text(e) for e in diff], diff=diff, event=now, folder=tmp_path)
    assert panel.print_button.isEnabled() and panel.print_button.text() == "Print Changes…"
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    dialog = panel.file_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles() == [str(tmp_path / "Changes since v1.pdf")]
    out = tmp_path / "changes.pdf"
    dialog.selectFile(str(out))
    dialog.accept()
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "Changes from v1 to now" in text and f"{len(diff)} change(s)" in text
    assert "S5" in text and "moved" in text
    assert "Projekt 4 (Sachsen-Anhalt) – Name folgt" in text and "on S4" in text
    assert len(PdfReader(out).pages) == 2  # the list, then the plan with the moved booth
    box = panel.last_message
    assert box is not None and box.isVisible()
    assert str(out) in box.text() and "Open the PDF now?" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert panel.folder == tmp_path


def test_print_changes_in_german_when_the_ui_is_german(panel: SnapshotPanel, demo_path: Path,
                                                       tmp_path: Path,
                                                       translations: Translations) -> None:
    diff, now = changed_since_v1(demo_path)
    translations.apply("de")
    panel.show_changes("v1", [entry_text(e) for e in diff], diff=diff, event=now)
    assert panel.print_changes(tmp_path / "de.pdf") == 2
    assert "Änderungen von v1 bis jetzt" in pdf_text(tmp_path / "de.pdf")


def test_print_changes_never_replaces_a_file_that_is_not_a_pdf(panel: SnapshotPanel,
                                                               demo_path: Path) -> None:
    diff, now = changed_since_v1(demo_path)
    before = demo_path.read_bytes()
    panel.show_changes("v1", [entry_text(e) for e in diff], diff=diff, event=now)
    assert panel.print_changes(demo_path) is None  # the event file chosen by mistake
    assert demo_path.read_bytes() == before
    box = panel.last_message
    assert box is not None and str(demo_path) in box.text()
    assert "not written" in box.text() and "not a PDF is never used" in box.text()
    assert [p.name for p in demo_path.parent.iterdir() if p.name.endswith(".part")] == []


def test_print_is_off_until_changes_with_their_diff_are_listed(panel: SnapshotPanel) -> None:
    panel.show_changes("v1", ["Booth S5 moved"])  # a list without the diff behind it
    assert not panel.print_button.isEnabled()
    assert panel.ask_print() is None and panel.print_changes(Path("x.pdf")) is None
