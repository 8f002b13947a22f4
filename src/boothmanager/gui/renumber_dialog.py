"""Asks for the numbering scheme of selected booths, with the numbers it would give."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from boothmanager.domain import DomainError
from boothmanager.domain.numbering import NumberingScheme, parse_skip


class RenumberDialog(QDialog):
    """Prefix, row letters, first number and numbers to skip; `scheme()` or None if invalid."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = count
        self.setWindowTitle(QCoreApplication.translate("RenumberDialog", "Renumber Booths"))
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(8)
        self.row_letters = QCheckBox(QCoreApplication.translate(
            "RenumberDialog", "Rows get letters (A1, A2 … B1)"))
        self.start = QSpinBox()
        self.start.setRange(0, 99_999)
        self.start.setValue(1)
        self.skip = QLineEdit()
        self.skip.setPlaceholderText(QCoreApplication.translate("RenumberDialog", "e.g. 13, 17-19"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("RenumberDialog", "Prefix:"), self.prefix)
        form.addRow("", self.row_letters)
        form.addRow(QCoreApplication.translate("RenumberDialog", "First number:"), self.start)
        form.addRow(QCoreApplication.translate("RenumberDialog", "Leave out:"), self.skip)
        form.addRow(self.preview)
        form.addRow(self.buttons)
        for signal in (self.prefix.textChanged, self.skip.textChanged, self.start.valueChanged,
                       self.row_letters.toggled):
            signal.connect(self._update)
        self._update()

    def scheme(self) -> NumberingScheme | None:
        try:
            return NumberingScheme(prefix=self.prefix.text().strip(),
                                   row_letters=self.row_letters.isChecked(),
                                   start=self.start.value(), skip=parse_skip(self.skip.text()))
        except DomainError:
            return None

    def _update(self, *_args: object) -> None:
        scheme = self.scheme()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(scheme is not None)
        if scheme is None:
            self.preview.setText(QCoreApplication.translate(
                "RenumberDialog", "Leave out numbers like 13, 17-19."))
            return
        numbers = [f"{scheme.prefix}{n}" for n in scheme.running(min(self.count, 6))]
        text = ", ".join(numbers) + (" …" if self.count > 6 else "")
        if scheme.row_letters:
            text = QCoreApplication.translate("RenumberDialog",
                                              "Rows from the front: A1, A2 … then B1 …")
        self.preview.setText(QCoreApplication.translate("RenumberDialog", "In reading order: ")
                             + text)
