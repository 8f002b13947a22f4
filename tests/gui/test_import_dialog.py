"""The import dialog driven for real: a file, a column mapped by its combo, the preview, import, undo."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt

from boothmanager.domain.sheets import Column
from boothmanager.gui.import_dialog import ImportDialog
from boothmanager.gui.main_window import MainWindow
from boothmanager.storage import Database

HEADERS = ("Name", "Projekt", "E-Mail", "Thema", "Stand")
THEME = "Strukturorientierte Integrationsarbeit"
ROWS = [
    ("Verein A", "Lesepaten", "a@example.org", THEME, "S4"),
    ("Verein B", "Sprachcafé", "b@", THEME, None),
    (None, None, "c@example.org", None, None),
    ("Auslandsgesellschaft Sachsen-Anhalt e.V.",
     "IKOE – Interkulturelle Orientierung und Öffnung", None, THEME, None),
    ("Verein C", "Nähwerkstatt", None, "Strukturorientierte Integrationsarbiet", None),
    ("Verein D", "Stadtteilmütter", None, None, "S9"),
    (None, None, None, None, None),
    ("Verein E", "Chor", None, None, None),
]


def workbook(path: Path, headers: tuple[str, ...] = HEADERS, rows: list[tuple] = ROWS) -> Path:
    book = Workbook()
    for row in (headers, *rows):
        book.active.append(row)
    book.save(path)
    return path


def dialog_for(window: MainWindow, settings: QSettings, qtbot) -> ImportDialog:  # noqa: ANN001
    dialog = ImportDialog(event=lambda: window.current, run=window.run, settings=settings,
                          parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def preview(dialog: ImportDialog) -> dict[str, str]:
    """Row number -> the problems the preview shows for it."""
    model = dialog.model
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def stand_names(db: Database) -> list[str]:
    return [stand.name for stand in db.load().stands]


def test_map_preview_import_and_undo(window: MainWindow, settings: QSettings, qtbot,  # noqa: ANN001
                                     tmp_path: Path) -> None:
    dialog = dialog_for(window, settings, qtbot)
    assert dialog.choose_file(workbook(tmp_path / "stands.xlsx"))
    name_combo = dialog.combos[0]
    assert name_combo.currentText() == "– not imported –"
    assert not preview(dialog)["5"].startswith("the event has")  # "Name" is not read yet
    name_combo.setFocus()
    name_combo.setCurrentIndex(name_combo.findData(Column.ORGANISATION.value))
    assert name_combo.currentText() == "Organisation"
    shown = preview(dialog)
    assert list(shown) == ["2", "3", "4", "5", "6", "7", "9"]  # the spreadsheet's own numbers
    assert shown["2"] == "OK" and shown["9"] == "OK"
    assert shown["3"] == "E-Mail “b@”: not an e-mail address"
    assert shown["4"] == "no organisation and no project"
    assert shown["5"] == "the event has this stand already (stand 1)"
    assert shown["6"].startswith("theme “Strukturorientierte Integrationsarbiet” is nearly")
    assert shown["7"] == "Stand “S9”: there is no such booth"
    assert dialog.import_button.text() == "Import the 3 Valid Rows"
    assert "4 of 7 rows have problems" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    db = window.document.db
    assert stand_names(db)[5:] == ["Lesepaten", "Nähwerkstatt", "Chor"]
    assert db.load().booth("S4").stand_id == 6
    assert window.undo_action.text() == "&Undo Import 3 stands from stands.xlsx"
    window.undo()
    assert len(stand_names(db)) == 5 and db.load().booth("S4").stand_id is None
    window.redo()
    assert stand_names(db)[5:] == ["Lesepaten", "Nähwerkstatt", "Chor"]


def test_a_sheet_of_valid_rows_imports_whole(window: MainWindow, settings: QSettings, qtbot,  # noqa: ANN001
                                             tmp_path: Path) -> None:
    dialog = dialog_for(window, settings, qtbot)
    dialog.choose_file(workbook(tmp_path / "ok.xlsx", ("Organisation", "Projekt"),
                                [("Verein A", "Eins"), ("Verein B", "Zwei")]))
    assert dialog.import_button.text() == "Import 2 Stands"
    assert "All 2 rows are valid" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stand_names(window.document.db)[5:] == ["Eins", "Zwei"]


def test_the_mapping_is_remembered_for_the_next_sheet_with_these_headers(
        window: MainWindow, settings: QSettings, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    first = dialog_for(window, settings, qtbot)
    first.choose_file(workbook(tmp_path / "2019.xlsx"))
    first.map_column("Name", Column.ORGANISATION)
    first.map_column("Thema", None)
    first.reject()  # closed without importing: the choices are kept all the same
    second = dialog_for(window, settings, qtbot)
    second.choose_file(workbook(tmp_path / "2020.xlsx", ("Stand", "Name", "Thema", "E-Mail",
                                                          "Projekt"),
                                [(None, "Verein F", "Kultur", None, "Tanz")]))
    texts = {second.mapping_form.itemAt(row, second.mapping_form.ItemRole.LabelRole)
             .widget().text(): second.combos[row].currentText() for row in range(5)}
    assert texts == {"Stand": "Booth", "Name": "Organisation", "Thema": "– not imported –",
                     "E-Mail": "E-mail", "Projekt": "Project"}
    assert "used before for these columns" in second.summary.text()
    assert second.import_button.text() == "Import 1 Stand"


def test_a_broken_file_is_refused_and_the_event_file_is_unchanged(
        window: MainWindow, settings: QSettings, qtbot, tmp_path: Path,  # noqa: ANN001
        demo_path: Path) -> None:
    before = demo_path.read_bytes()
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is no workbook")
    dialog = dialog_for(window, settings, qtbot)
    assert not dialog.choose_file(broken)
    text = dialog.summary.text()
    assert text.startswith("“kaputt.xlsx” cannot be imported: it is not a CSV or XLSX sheet")
    assert text.endswith("Nothing was changed.")
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not window.undo_action.isEnabled()
    window.document.close()
    window.document = None
    assert demo_path.read_bytes() == before
    db = Database.open(demo_path)
    try:
        assert len(db.load().stands) == 5
    finally:
        db.close()


def test_a_sheet_without_rows_to_import_says_so(window: MainWindow, settings: QSettings,  # noqa: ANN001
                                               qtbot, tmp_path: Path) -> None:
    dialog = dialog_for(window, settings, qtbot)
    csv = tmp_path / "leer.csv"
    csv.write_text("Kommentar;Datum\nx;1\n", encoding="utf-8")
    assert dialog.choose_file(csv)
    assert dialog.summary.text() == ("This mapping cannot be imported: no column is mapped to "
                                     "the organisation or the project.")
    assert not dialog.import_button.isEnabled()
    assert not dialog.worksheet_box.isVisible()  # a CSV file has no worksheets


def test_the_worksheet_is_chosen_in_its_combo(window: MainWindow, settings: QSettings, qtbot,  # noqa: ANN001
                                              tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Deckblatt"
    book.active.append(("Hinweis",))
    sheet = book.create_sheet("Stände")
    sheet.append(("Organisation", "Projekt"))
    sheet.append(("Verein A", "Eins"))
    book.save(tmp_path / "zwei.xlsx")
    dialog = dialog_for(window, settings, qtbot)
    dialog.choose_file(tmp_path / "zwei.xlsx")
    assert [dialog.worksheet_box.itemText(i) for i in range(2)] == ["Deckblatt", "Stände"]
    assert not dialog.import_button.isEnabled()
    assert dialog.choose_worksheet("Stände")
    assert dialog.import_button.text() == "Import 1 Stand"
