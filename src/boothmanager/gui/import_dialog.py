"""The "Import stands" dialog: a CSV/XLSX file, its columns mapped to fields, a checked preview."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from boothmanager.domain import Event
from boothmanager.domain.sheets import Column
from boothmanager.gui.import_preview import PreviewModel
from boothmanager.gui.import_session import Check, ImportSession, Mapping
from boothmanager.gui.import_wording import (
    column_text,
    load_failure_text,
    sheet_problem_text,
    skip_text,
)
from boothmanager.gui.wording import elided, fill, one_line
from boothmanager.operations import Change, Operation

SETTINGS_GROUP = "import/mappings"
ERROR_STYLE = "color: #c62828"


class SettingsMemory:
    """Mappings kept in the app's settings (as JSON), by a key of the sheet's header names."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def recall(self, key: str) -> Mapping | None:
        stored = self.settings.value(f"{SETTINGS_GROUP}/{key}")
        try:
            found = json.loads(str(stored)) if stored is not None else None
        except ValueError:
            return None  # a settings file edited by hand: map afresh
        if not isinstance(found, dict):
            return None
        return {str(h): (str(f) if f is not None else None) for h, f in found.items()}

    def keep(self, key: str, mapping: Mapping) -> None:
        self.settings.setValue(f"{SETTINGS_GROUP}/{key}", json.dumps(mapping, ensure_ascii=False))


class ImportDialog(QDialog):
    """Choose a file, map its columns, see each row's problems, import the valid rows."""

    def __init__(self, *, event: Callable[[], Event | None],
                 run: Callable[[Operation, str], Change | None], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_now = event  # QObject.event is Qt's
        self.run = run
        self.session = ImportSession(SettingsMemory(settings))
        self.checked: Check | None = None
        self.imported: Change | None = None
        self.combos: dict[int, QComboBox] = {}
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import Stands"))
        self.resize(1100, 640)

        self.file_label = QLabel(QCoreApplication.translate("ImportDialog", "No file chosen."))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(QCoreApplication.translate("ImportDialog", "Choose File…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.reload_button = QPushButton(QCoreApplication.translate("ImportDialog", "Read Again"))
        self.reload_button.setToolTip(QCoreApplication.translate(
            "ImportDialog", "Read the file again, e.g. after fixing rows in it"))
        self.reload_button.clicked.connect(self.reload)
        self.worksheet_box = QComboBox()
        self.worksheet_box.currentTextChanged.connect(self._worksheet_chosen)
        self.worksheet_label = QLabel(QCoreApplication.translate("ImportDialog", "Worksheet:"))
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.worksheet_label)
        top.addWidget(self.worksheet_box)
        top.addWidget(self.choose_button)
        top.addWidget(self.reload_button)

        self.mapping_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Columns → fields"))
        self.mapping_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.addWidget(scroll)

        self.model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.selectionModel().currentRowChanged.connect(self._show_row)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.details)
        splitter = QSplitter()
        splitter.addWidget(self.mapping_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 770])

        self.strict_themes = QCheckBox(QCoreApplication.translate(
            "ImportDialog", "Themes must be ones the event's stands already have"))
        self.strict_themes.toggled.connect(self._strict_themes_toggled)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportDialog", "Import"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.import_rows)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.strict_themes)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._show_file()

    # Choosing the file -------------------------------------------------------------------
    def choose_file(self, path: Path | str | None = None) -> bool:
        """Read `path`; without one, ask with a file dialog. False if nothing usable was read."""
        if path is None:
            found, _ = QFileDialog.getOpenFileName(
                self, QCoreApplication.translate("ImportDialog", "Import Stands"), "",
                QCoreApplication.translate("ImportDialog", "Sheets (*.xlsx *.csv);;All files (*)"))
            if not found:
                return False
            path = found
        return self.load(Path(path))

    def load(self, path: Path, worksheet: str | None = None) -> bool:
        loaded = self.session.load(path, worksheet)
        self._show_file()
        return loaded

    def reload(self) -> bool:
        if self.session.path is None:
            return False
        worksheet = self.session.worksheet or None
        if worksheet is not None and worksheet not in self.session.worksheets:
            worksheet = None
        return self.load(self.session.path, worksheet)

    def choose_worksheet(self, name: str) -> bool:
        self.worksheet_box.setCurrentText(name)
        return self.session.worksheet == name

    def _worksheet_chosen(self, name: str) -> None:
        if name and self.session.path is not None and name != self.session.worksheet:
            self.load(self.session.path, name)

    def _show_file(self) -> None:
        session = self.session
        path = session.path
        if path is None:
            self.file_label.setText(QCoreApplication.translate("ImportDialog", "No file chosen."))
        elif session.sheet is not None:
            self.file_label.setText(fill(QCoreApplication.translate("ImportDialog", "File: %1 (%2)"),
                                         elided(path.name), session.sheet.source))
        else:
            self.file_label.setText(fill(QCoreApplication.translate("ImportDialog", "File: %1"),
                                         elided(path.name)))
        self.file_label.setToolTip(str(path or ""))
        self.reload_button.setEnabled(path is not None)
        self.worksheet_box.blockSignals(True)
        self.worksheet_box.clear()
        self.worksheet_box.addItems(list(session.worksheets))
        self.worksheet_box.setCurrentText(session.worksheet)
        if session.sheet is None:
            self.worksheet_box.setCurrentIndex(-1)
        self.worksheet_box.blockSignals(False)
        for widget in (self.worksheet_box, self.worksheet_label):
            widget.setVisible(bool(session.worksheets))
        self._fill_mapping()
        self.recheck()

    def _fill_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = {}
        for column in self.session.columns():
            combo = QComboBox()
            combo.addItem(skip_text(), None)
            for field in Column:
                combo.addItem(column_text(field), field.value)
            chosen = self.session.choice(column.index)
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            combo.setEnabled(column.mappable)
            if not column.mappable:
                combo.setToolTip(QCoreApplication.translate(
                    "ImportDialog", "Only a column with a header of its own can be mapped"))
            combo.currentIndexChanged.connect(
                lambda _i, index=column.index, box=combo: self._mapped(index, box))
            name = one_line(column.header) or fill(
                QCoreApplication.translate("ImportDialog", "(column %1, no header)"),
                column.index + 1)
            label = QLabel(elided(name, 40))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setToolTip(column.header)
            self.mapping_form.addRow(label, combo)
            self.combos[column.index] = combo

    def map_column(self, header: str, column: Column | None) -> None:
        """Choose the field of the column headed `header` (as the combo would)."""
        for sheet_column in self.session.columns():
            if sheet_column.header == header:
                combo = self.combos[sheet_column.index]
                combo.setCurrentIndex(combo.findData(column.value) if column else 0)
                return
        raise KeyError(header)

    def _mapped(self, index: int, combo: QComboBox) -> None:
        value = combo.currentData()
        self.session.choose(index, Column(value) if value else None)
        self.recheck()

    def _strict_themes_toggled(self, on: bool) -> None:
        self.session.strict_themes = on
        self.recheck()

    # Checking and importing --------------------------------------------------------------
    def recheck(self) -> Check | None:
        """Check every row against the event as it is now and show the result."""
        event = self.event_now()
        session = self.session
        if event is not None:
            themes = {stand.theme for stand in event.stands if stand.theme}
            self.strict_themes.setEnabled(bool(themes))
            if not themes and self.strict_themes.isChecked():
                self.strict_themes.setChecked(False)
        if event is None or session.sheet is None:
            self.checked = None
            self.model.show((), Check(rows=()))
            self._show_row()
            self.import_button.setEnabled(False)
            self.import_button.setText(QCoreApplication.translate("ImportDialog", "Import"))
            if session.path is not None and session.failure:
                self._say(load_failure_text(session.path, session.failure), error=True)
            else:
                self._say(QCoreApplication.translate(
                    "ImportDialog", "Choose a CSV or XLSX file with one stand per row."))
            return None
        check = session.check(event)
        self.checked = check
        self.model.show(session.sheet.headers, check)
        self.preview.resizeColumnToContents(0)
        self.preview.setColumnWidth(1, 400)
        self._show_row()
        self.import_button.setEnabled(check.importable)
        self.import_button.setText(self._button_text(check))
        self._say(self._summary(check), error=not check.importable)
        return check

    def _show_row(self, *_: object) -> None:
        """The current row's problems in full below the table (the column shows a line)."""
        index = self.preview.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.details.setText(QCoreApplication.translate(
                "ImportDialog", "Click a row to see all its problems."))
            return
        row = self.model.rows[index.row()]
        self.details.setText(fill(QCoreApplication.translate("ImportDialog", "Row %1: %2"),
                                  row.row, self.model.problems_text(index.row())))

    def _button_text(self, check: Check) -> str:
        if not check.importable:
            return QCoreApplication.translate("ImportDialog", "Import")
        count = check.valid_count
        if check.problem_count:
            return (QCoreApplication.translate("ImportDialog", "Import the Valid Row") if count == 1
                    else fill(QCoreApplication.translate("ImportDialog", "Import the %1 Valid Rows"), count))
        return (QCoreApplication.translate("ImportDialog", "Import 1 Stand") if count == 1
                else fill(QCoreApplication.translate("ImportDialog", "Import %1 Stands"), count))

    def _summary(self, check: Check) -> str:
        if check.sheet_problems:
            return fill(QCoreApplication.translate("ImportDialog", "This mapping cannot be imported: %1."),
                        "; ".join(sheet_problem_text(p) for p in check.sheet_problems))
        total = len(check.rows)
        if total == 0:
            return QCoreApplication.translate("ImportDialog", "The sheet has no rows below its header; nothing to import.")
        if check.valid_count == 0:
            return fill(QCoreApplication.translate("ImportDialog", "All %1 rows have problems (red), so nothing can be "
                                          "imported. Fix them in the sheet and read it again."),
                        total)
        if check.problem_count:
            parts = [fill(QCoreApplication.translate("ImportDialog", "%1 of %2 rows have problems (red) and are left out; "
                                            "fix them in the sheet and import them later. The "
                                            "%3 valid rows are imported together as one step "
                                            "(one undo), or none of them if the import fails."),
                          check.problem_count, total, check.valid_count)]
        else:
            parts = [fill(QCoreApplication.translate("ImportDialog", "All %1 rows are valid. They are imported together as "
                                            "one step (one undo), or none of them if the import "
                                            "fails."), total)]
        noted = sum(1 for row in check.rows if row.notes and row.valid)
        if noted == 1:
            parts.append(QCoreApplication.translate("ImportDialog", "1 row has a note (yellow); it is imported as it is."))
        elif noted:
            parts.append(fill(QCoreApplication.translate("ImportDialog", "%1 rows have a note (yellow); they are imported "
                                                "as they are."), noted))
        if check.ignored:
            parts.append(fill(QCoreApplication.translate("ImportDialog", "Not imported: %1."),
                              ", ".join(elided(name, 30) for name in check.ignored)))
        if self.session.remembered:
            parts.append(QCoreApplication.translate("ImportDialog", "The mapping is the one used before for these columns."))
        return " ".join(parts)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if error else "")

    def import_rows(self) -> Change | None:
        """Import the valid rows (all rows if all are valid) as one undo step, then close."""
        event = self.event_now()
        check = self.recheck()  # the event may have changed since the preview
        if event is None or check is None:
            return None
        operation = self.session.operation(event, check)
        if operation is None:
            return None
        name = self.session.path.name if self.session.path else ""
        text = (fill(QCoreApplication.translate("ImportDialog", "Import 1 stand from %1"),
                     elided(name, 40)) if check.valid_count == 1 else
                fill(QCoreApplication.translate("ImportDialog", "Import %1 stands from %2"),
                     check.valid_count, elided(name, 40)))
        change = self.run(operation, text)
        if change is None:
            self.recheck()  # refused and said; the preview shows the event as it is
            return None
        self.session.remember()
        self.imported = change
        self.accept()
        return change
