"""A stand's history: every change of its status or booth, who made it, when, from and to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boothmanager.domain import HistoryEntry, HistoryField, Stand, StandStatus
from boothmanager.gui.wording import elided, error_text, fill, stand_status_text
from boothmanager.operations import Change

HistoryReader = Callable[[int], list[HistoryEntry]]  # e.g. Database.stand_history


def when_text(at: datetime | None) -> str:
    """A UTC moment in the computer's local time, as the UI locale writes it."""
    if at is None:
        return "–"
    moment = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set: a date anyone reads
        return moment.toString("yyyy-MM-dd HH:mm")
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def value_text(field: HistoryField, value: str | None) -> str:
    if field is HistoryField.BOOTH:
        return value if value is not None else QCoreApplication.translate(
            "StandHistory", "no booth")
    try:
        return stand_status_text(StandStatus(value))
    except ValueError:
        return value or "–"  # a status a newer boothmanager wrote


def field_text(field: HistoryField) -> str:
    return {HistoryField.STATUS: QCoreApplication.translate("StandHistory", "Status"),
            HistoryField.BOOTH: QCoreApplication.translate("StandHistory", "Booth")}[field]


class StandHistoryView(QWidget):
    """The changes of one stand, newest first; a dock or a dialog shows it."""

    COLUMNS = 5  # when, who, what, from, to

    def __init__(self, history: HistoryReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.stand_id: int | None = None
        self.heading = ""
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("StandHistory", "When"),
            QCoreApplication.translate("StandHistory", "Who"),
            QCoreApplication.translate("StandHistory", "What"),
            QCoreApplication.translate("StandHistory", "From"),
            QCoreApplication.translate("StandHistory", "To")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.show_stand(None)

    def show_stand(self, stand: Stand | None) -> None:
        """Show this stand's history (None: nothing selected)."""
        self.stand_id = stand.id if stand is not None else None
        if stand is None or stand.id is None:
            self.title.setText(QCoreApplication.translate(
                "StandHistory", "Select a stand to see its history."))
            self.table.setRowCount(0)
            return
        self.heading = fill(QCoreApplication.translate("StandHistory", "History of “%1”"),
                            elided(stand.name))
        self._fill()

    def refresh(self, change: Change | None = None) -> None:
        """Read the history again if `change` touched the stand shown (None: in any case)."""
        if self.stand_id is not None and (change is None or self.stand_id in change.stands):
            self._fill()

    def _fill(self) -> None:
        assert self.stand_id is not None
        try:
            entries = list(reversed(self.history(self.stand_id)))
        except Exception as error:  # noqa: BLE001 - said in the view, never crosses into Qt
            self.table.setRowCount(0)
            self.title.setText(error_text(error))
            return
        self.title.setText(self.heading if entries else self.heading + " – " +
                           QCoreApplication.translate("StandHistory", "no changes yet"))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (when_text(entry.at), entry.who or "–", field_text(entry.field),
                     value_text(entry.field, entry.old), value_text(entry.field, entry.new))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and entry.at is not None:
                    item.setToolTip(entry.at.isoformat(timespec="seconds"))
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and copying)."""
        return [tuple(self.table.item(r, c).text() for c in range(self.COLUMNS))
                for r in range(self.table.rowCount())]


class StandHistoryDialog(QDialog):
    """The history of one stand in a window of its own."""

    def __init__(self, stand: Stand, history: HistoryReader,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(QCoreApplication.translate("StandHistory", "Stand History – %1"),
                                 elided(stand.name, 40)))
        self.resize(620, 360)
        self.view = StandHistoryView(history, self)
        self.view.show_stand(stand)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
