"""The import preview as a Qt table model: each row with its spreadsheet number and its problems."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from boothmanager.domain.sheets.cells import shortened
from boothmanager.gui.import_session import Check, PreviewRow
from boothmanager.gui.import_wording import note_text, row_problem_text
from boothmanager.gui.wording import one_line

PROBLEM = QColor("#fde0dc")  # light red: the row is not imported
NOTE = QColor("#fff4cc")  # light amber: imported, but worth a look
CELL_LIMIT = 60  # characters of a cell shown; the tooltip has more
FIXED = 2  # row number, problems; then the sheet's own columns


class PreviewModel(QAbstractTableModel):
    """Rows of the sheet: row number, problems (or "OK"), then the sheet's cells as text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.rows: tuple[PreviewRow, ...] = ()
        self._texts: dict[int, str] = {}

    def show(self, headers: tuple[str, ...], check: Check) -> None:
        self.beginResetModel()
        self.headers = tuple(one_line(header) for header in headers)
        self.rows = check.rows
        self._texts = {}
        self.endResetModel()

    def problems_text(self, index: int) -> str:
        """The row's problems and notes, one line; "OK" for a row that imports as it is."""
        if index not in self._texts:
            row = self.rows[index]
            words = [row_problem_text(p) for p in row.problems] + [note_text(n) for n in row.notes]
            self._texts[index] = "; ".join(words) if words else QCoreApplication.translate(
                "ImportDialog", "OK")
        return self._texts[index]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("ImportDialog", "Row")
        if section == 1:
            return QCoreApplication.translate("ImportDialog", "Problems")
        if FIXED <= section < FIXED + len(self.headers):
            return self.headers[section - FIXED] or "–"
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.row)
            if column == 1:
                return self.problems_text(index.row())
            cell = column - FIXED
            return shortened(row.cells[cell], CELL_LIMIT) if cell < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self.problems_text(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.problems:
                return QBrush(PROBLEM)
            if row.notes:
                return QBrush(NOTE)
        if role == Qt.ItemDataRole.ForegroundRole and (row.problems or row.notes):
            return QBrush(QColor("black"))  # readable on the light colour in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
