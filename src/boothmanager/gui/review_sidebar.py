"""The review window's side: assignments and answers, pins, changes, the verdict; views only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boothmanager.domain.review import Decision, Verdict
from boothmanager.gui.review_session import AssignmentRow, Key
from boothmanager.gui.review_wording import decision_text, verdict_text
from boothmanager.gui.wording import elided, fill, one_line, plain_tooltip

BOOTH_ROLE = Qt.ItemDataRole.UserRole + 1
STAND_ROLE = Qt.ItemDataRole.UserRole + 2
DECISION_COLOUR = {Decision.APPROVE: QColor("#2e7d32"), Decision.REQUEST_CHANGE: QColor("#c62828")}


def comment_box(height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class AssignmentTable(QTableWidget):
    """One read-only row per assignment (a shared booth: one per stand on it): booth, stand,
    answer, comment; changed ones marked."""

    BOOTH, STAND, ANSWER, COMMENT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.BOOTH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STAND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ANSWER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COMMENT, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("ReviewWindow", "Booth"),
            QCoreApplication.translate("ReviewWindow", "Stand"),
            QCoreApplication.translate("ReviewWindow", "Answer"),
            QCoreApplication.translate("ReviewWindow", "Comment")])

    def show_rows(self, rows: list[AssignmentRow]) -> None:
        current = self.current_key()
        self.blockSignals(True)
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self.set_row(index, row)
        self.blockSignals(False)
        if current is not None:
            self.select_booth(*current)

    def set_row(self, index: int, row: AssignmentRow) -> None:
        changed = QCoreApplication.translate("ReviewWindow", "changed since the last review")
        shared = ""
        number = row.booth
        if row.shared_with:
            number = fill(QCoreApplication.translate("ReviewWindow", "%1 (%2/%3)"), row.booth,
                          row.position + 1, row.stands_on_booth)
            shared = fill(QCoreApplication.translate(
                "ReviewWindow", "Shared booth: stand %1 of %2 along the front, with %3"),
                row.position + 1, row.stands_on_booth,
                ", ".join(one_line(name) for name in row.shared_with))
        booth = QTableWidgetItem(f"{number} ⚠" if row.changed else number)
        booth.setData(BOOTH_ROLE, row.booth)
        booth.setData(STAND_ROLE, row.stand_id)
        booth.setToolTip(plain_tooltip(row.booth, shared, changed if row.changed else ""))
        stand = QTableWidgetItem(one_line(row.stand))
        stand.setToolTip(plain_tooltip(row.stand, row.organisation, shared))
        answer = QTableWidgetItem(decision_text(row.decision))
        if row.decision is not None:
            answer.setForeground(QBrush(DECISION_COLOUR[row.decision]))
        comment = QTableWidgetItem(one_line(row.comment))
        comment.setToolTip(plain_tooltip(row.comment))
        for column, item in enumerate((booth, stand, answer, comment)):
            self.setItem(index, column, item)

    def row_key(self, index: int) -> Key | None:
        item = self.item(index, self.BOOTH)
        return (item.data(BOOTH_ROLE), item.data(STAND_ROLE)) if item is not None else None

    def update_row(self, row: AssignmentRow) -> None:
        for index in range(self.rowCount()):
            if self.row_key(index) == row.key:
                self.set_row(index, row)

    def current_key(self) -> Key | None:
        """The booth and stand of the chosen row, or None."""
        return self.row_key(self.currentRow()) if self.currentRow() >= 0 else None

    def current_booth(self) -> str | None:
        key = self.current_key()
        return key[0] if key is not None else None

    def select_booth(self, number: str, stand_id: int | None = None) -> bool:
        """Choose the row of `stand_id` on booth `number` (None: the first stand on it, unless
        a row of that booth is chosen already)."""
        current = self.current_key()
        if stand_id is None and current is not None and current[0] == number:
            return True
        for index in range(self.rowCount()):
            key = self.row_key(index)
            if key is not None and key[0] == number and stand_id in (None, key[1]):
                self.selectRow(index)
                return True
        return False


class ReviewSidebar(QWidget):
    """Everything the reviewer answers with, beside the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.package_label = QLabel()
        self.package_label.setTextFormat(Qt.TextFormat.PlainText)
        self.package_label.setWordWrap(True)
        self.table = AssignmentTable()
        self.answer_box = QGroupBox()
        self.approve_button = QPushButton()
        self.request_button = QPushButton()
        self.clear_button = QPushButton()
        self.comment = comment_box()
        self.comment_caption = QLabel()
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.request_button, self.clear_button):
            buttons.addWidget(button)
        answer_layout = QVBoxLayout(self.answer_box)
        answer_layout.addLayout(buttons)
        answer_layout.addWidget(self.comment_caption)
        answer_layout.addWidget(self.comment)
        assignments = QWidget()
        layout = QVBoxLayout(assignments)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.answer_box)

        self.pins = QListWidget()
        self.pins.setWordWrap(True)
        self.pin_hint = QLabel()
        self.pin_hint.setWordWrap(True)
        self.add_pin_button = QPushButton()
        self.add_pin_button.setCheckable(True)
        self.edit_pin_button = QPushButton()
        self.remove_pin_button = QPushButton()
        pin_buttons = QHBoxLayout()
        for button in (self.add_pin_button, self.edit_pin_button, self.remove_pin_button):
            pin_buttons.addWidget(button)
        pins = QWidget()
        layout = QVBoxLayout(pins)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pin_hint)
        layout.addWidget(self.pins, 1)
        layout.addLayout(pin_buttons)

        self.changes_caption = QLabel()
        self.changes_caption.setWordWrap(True)
        self.changes = QListWidget()
        changes = QWidget()
        layout = QVBoxLayout(changes)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.changes_caption)
        layout.addWidget(self.changes, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(assignments, "")
        self.tabs.addTab(pins, "")
        self.tabs.addTab(changes, "")

        self.verdict_box = QGroupBox()
        self.reviewer = QLineEdit()
        self.reviewer.setMaxLength(100)
        self.verdict = QComboBox()
        for verdict in ("", Verdict.APPROVE.value, Verdict.CHANGES.value):
            self.verdict.addItem("", verdict)  # values: a QVariant turns a StrEnum into str
        self.verdict_comment = comment_box(52)
        self.verdict_labels = (QLabel(), QLabel(), QLabel())
        form = QFormLayout(self.verdict_box)
        for label, field in zip(self.verdict_labels,
                                (self.reviewer, self.verdict, self.verdict_comment), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.save_button = QPushButton()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.package_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.verdict_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.retranslate()
        self.approve_button.setText(QCoreApplication.translate("ReviewWindow", "Approve"))
        self.request_button.setText(QCoreApplication.translate("ReviewWindow", "Request Change"))
        self.clear_button.setText(QCoreApplication.translate("ReviewWindow", "No Answer"))
        self.comment_caption.setText(QCoreApplication.translate("ReviewWindow", "Comment:"))
        self.comment.setPlaceholderText(QCoreApplication.translate("ReviewWindow", "What should change, or a note"))
        self.add_pin_button.setText(QCoreApplication.translate("ReviewWindow", "Pin Comment on Plan"))
        self.edit_pin_button.setText(QCoreApplication.translate("ReviewWindow", "Edit…"))
        self.remove_pin_button.setText(QCoreApplication.translate("ReviewWindow", "Remove"))
        self.pin_hint.setText(QCoreApplication.translate("ReviewWindow", "Click “Pin Comment on Plan”, then click the "
                                                "spot on the plan the comment is about."))
        self.tabs.setTabText(0, QCoreApplication.translate("ReviewWindow", "Assignments"))
        self.tabs.setTabText(1, QCoreApplication.translate("ReviewWindow", "Pinned Comments"))
        self.tabs.setTabText(2, QCoreApplication.translate("ReviewWindow", "Changes"))
        self.verdict_box.setTitle(QCoreApplication.translate("ReviewWindow", "Your verdict"))
        self.reviewer.setPlaceholderText(QCoreApplication.translate("ReviewWindow", "First and last name"))
        self.verdict_comment.setPlaceholderText(QCoreApplication.translate("ReviewWindow", "A note on the whole plan"))
        labels = (QCoreApplication.translate("ReviewWindow", "&Reviewer:"), QCoreApplication.translate("ReviewWindow", "Ver&dict:"),
                  QCoreApplication.translate("ReviewWindow", "&Note:"))
        for label, text in zip(self.verdict_labels, labels, strict=True):
            label.setText(text)
        for index in range(self.verdict.count()):
            value = self.verdict.itemData(index)
            self.verdict.setItemText(index, verdict_text(Verdict(value) if value else None))
        self.save_button.setText(QCoreApplication.translate("ReviewWindow", "Save Answers"))

    def set_answer_enabled(self, booth: str | None, stand: str = "") -> None:
        """Answering the assignment on `booth` (a shared booth: of the stand named `stand`)."""
        self.answer_box.setEnabled(booth is not None)
        if booth is None:
            title = QCoreApplication.translate("ReviewWindow", "Choose an assignment to answer")
        elif stand:
            title = fill(QCoreApplication.translate(
                "ReviewWindow", "Answer for “%2” on booth %1"), booth,
                elided(one_line(stand), 40))
        else:
            title = fill(QCoreApplication.translate("ReviewWindow", "Answer for booth %1"), booth)
        self.answer_box.setTitle(title)

    def chosen_verdict(self) -> Verdict | None:
        value = self.verdict.currentData()
        return Verdict(value) if value else None

    def show_verdict(self, verdict: Verdict | None) -> None:
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(verdict.value if verdict
                                                                  else "")))
