"""The main window on the demo event: plan, stand list, properties, files, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from boothmanager.domain import BoothStatus
from boothmanager.gui.i18n import Translations
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.stands import StandModel
from boothmanager.storage import Database


def test_opens_on_demo_event_with_five_stands_and_the_plan(window: MainWindow) -> None:
    model = window.stand_panel.model
    assert model.rowCount() == 5
    projects = {model.stand_at(row).project for row in range(5)}
    assert "IKOE – Interkulturelle Orientierung und Öffnung" in projects
    assert sum("Name folgt" in p for p in projects) == 4
    assert sorted(window.scene.booth_items) == ["S1", "S2", "S3", "S4", "S5"]
    assert window.scene.booth_items["S1"].booth.status is BoothStatus.ASSIGNED
    assert "BuKo 2020" in window.windowTitle()
    assert window.estimate_label.text() == "Venue geometry is an estimate"
    assert window.scene.estimate_label is not None
    assert window.level_box.currentText() == "Foyer (EG)"


def test_stand_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:  # noqa: ANN001
    qtmodeltester.check(window.stand_panel.model)
    qtmodeltester.check(window.stand_panel.proxy)


def test_filter_field_narrows_the_stand_list(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    qtbot.keyClicks(window.stand_panel.filter, "ikoe")
    assert window.stand_panel.proxy.rowCount() == 1
    window.stand_panel.filter.clear()
    assert window.stand_panel.proxy.rowCount() == 5


def test_selecting_a_booth_shows_its_properties(window: MainWindow) -> None:
    window.select_booth("S1")
    texts = [window.properties.form.itemAt(i).widget().text()
             for i in range(window.properties.form.count())
             if window.properties.form.itemAt(i).widget() is not None]
    assert "S1" in texts
    assert "IKOE – Interkulturelle Orientierung und Öffnung" in texts
    assert "corner booth" in texts  # its south side faces the free space in front of E3


def test_switching_language_changes_visible_text(window: MainWindow) -> None:
    assert window.file_menu.title() == "&File"
    assert window.stand_panel.model.headerData(0, Qt.Orientation.Horizontal) == "Stand"
    window.set_language("de")
    assert window.file_menu.title() == "&Datei"
    assert window.stand_dock.windowTitle() == "Aussteller"
    assert window.stand_panel.model.headerData(0, Qt.Orientation.Horizontal) == "Projekt"
    assert window.estimate_label.text().startswith("Geometrie")
    assert window.settings.value("ui/language") == "de"
    window.set_language("en")
    assert window.file_menu.title() == "&File"


def test_window_remembers_its_geometry(qtbot, demo_path: Path, settings: QSettings,  # noqa: ANN001
                                       translations: Translations) -> None:
    first = MainWindow(settings, translations)
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800 × 600
    first.show()
    qtbot.waitExposed(first)
    size = (first.width(), first.height())  # what the window really got on this screen
    first.close()
    second = MainWindow(settings, translations)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size


def test_refused_file_keeps_the_open_event_and_says_why(window: MainWindow, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.boothplan"
    bogus.write_text("not an event", encoding="utf-8")
    before = window.document
    assert not window.open_event(bogus)
    assert window.document is before
    assert window.last_message is not None
    assert "notes.boothplan" in window.last_message.text()
    assert bogus.read_text(encoding="utf-8") == "not an event"


def test_recent_files_remember_what_was_opened(window: MainWindow, demo_path: Path) -> None:
    recent = [a.toolTip() for a in window.recent_menu.actions()]
    assert str(demo_path.resolve()) in recent


def test_new_event_and_save_as(window: MainWindow, tmp_path: Path) -> None:
    assert window.new_event(tmp_path / "Sommerfest")
    assert window.document is not None and window.document.path == tmp_path / "Sommerfest.boothplan"
    assert window.scene.booth_items == {}
    assert window.save_as(tmp_path / "Kopie.boothplan")
    assert window.document.path == tmp_path / "Kopie.boothplan"
    copy = Database.open(tmp_path / "Kopie.boothplan")
    try:
        assert copy.load().info.name == "Sommerfest"
    finally:
        copy.close()


def test_print_signs_writes_one_page_per_assigned_booth(window: MainWindow, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "signs.pdf"
    assert window.print_signs(out) == 3
    assert len(PdfReader(out).pages) == 3
    box = window.offer_to_open(out)
    assert "signs.pdf" in box.text()
    box.close()


def test_stand_model_columns(window: MainWindow) -> None:
    model = window.stand_panel.model
    row = model.row_of(1)
    assert model.index(row, StandModel.BOOTH).data() == "S1"
    assert model.index(row, StandModel.ORGANISATION).data() == "Auslandsgesellschaft Sachsen-Anhalt e.V."
