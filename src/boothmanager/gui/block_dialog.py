"""The "Generate booth block" dialog: rows × booths of one size, aisles, a numbering scheme."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from boothmanager.domain import DomainError, Point, mm
from boothmanager.domain.blocks import BlockSpec
from boothmanager.domain.numbering import NumberingScheme, parse_skip
from boothmanager.gui.wording import error_text, fill, metres_text


def metres_box(value: float, *, maximum: float = 500.0, minimum: float = 0.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setSuffix(" m")
    return box


class BlockDialog(QDialog):
    """Asks for a block of booths; `spec()` is what the user chose, or None while it is invalid."""

    def __init__(self, levels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("BlockDialog", "Generate Booth Block"))
        self.level = QComboBox()
        self.level.addItems(levels)
        self.x, self.y = metres_box(2.0, minimum=-500.0), metres_box(2.0, minimum=-500.0)
        self.rows, self.per_row = QSpinBox(), QSpinBox()
        self.rows.setRange(1, 100)
        self.rows.setValue(3)
        self.per_row.setRange(1, 200)
        self.per_row.setValue(4)
        self.width, self.depth = metres_box(3.0, minimum=0.5), metres_box(2.0, minimum=0.5)
        self.aisle = metres_box(3.0)
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(8)
        self.row_letters = QCheckBox(QCoreApplication.translate("BlockDialog", "Rows get letters (A1, A2 … B1)"))
        self.row_letters.setChecked(True)
        self.start = QSpinBox()
        self.start.setRange(0, 99_999)
        self.start.setValue(1)
        self.skip = QLineEdit()
        self.skip.setPlaceholderText(QCoreApplication.translate("BlockDialog", "e.g. 13, 17-19"))
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        rows = [
            (QCoreApplication.translate("BlockDialog", "Level"), self.level),
            (QCoreApplication.translate("BlockDialog", "Corner x (from the west)"), self.x),
            (QCoreApplication.translate("BlockDialog", "Corner y (into the building)"), self.y),
            (QCoreApplication.translate("BlockDialog", "Rows"), self.rows),
            (QCoreApplication.translate("BlockDialog", "Booths per row"), self.per_row),
            (QCoreApplication.translate("BlockDialog", "Booth width"), self.width),
            (QCoreApplication.translate("BlockDialog", "Booth depth"), self.depth),
            (QCoreApplication.translate("BlockDialog", "Aisle between rows"), self.aisle),
            (QCoreApplication.translate("BlockDialog", "Number prefix"), self.prefix),
            ("", self.row_letters),
            (QCoreApplication.translate("BlockDialog", "First number"), self.start),
            (QCoreApplication.translate("BlockDialog", "Numbers to skip"), self.skip),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            signal = getattr(widget, "valueChanged", None) or getattr(widget, "textChanged", None) \
                or getattr(widget, "toggled", None) or getattr(widget, "currentTextChanged")
            signal.connect(self._update)
        form.addRow(self.preview)
        form.addRow(self.buttons)
        self._update()

    def spec(self) -> BlockSpec | None:
        """The block as entered; None (and the reason in the preview) if it is not valid."""
        try:
            return self._spec()
        except DomainError:
            return None

    def _spec(self) -> BlockSpec:
        numbering = NumberingScheme(prefix=self.prefix.text().strip(),
                                    row_letters=self.row_letters.isChecked(),
                                    start=self.start.value(), skip=parse_skip(self.skip.text()))
        return BlockSpec(origin=Point(mm(self.x.value()), mm(self.y.value())),
                         rows=self.rows.value(), per_row=self.per_row.value(),
                         width=mm(self.width.value()), depth=mm(self.depth.value()),
                         aisle=mm(self.aisle.value()), level=self.level.currentText(),
                         numbering=numbering)

    def _update(self) -> None:
        try:
            spec = self._spec()
            labels = spec.numbering.numbers(spec.rows, spec.per_row)
        except DomainError as error:
            self.preview.setText(error_text(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        bounds = spec.bounds
        self.preview.setText(fill(
            QCoreApplication.translate("BlockDialog", "%1 booths, %2 to %3; the block covers %4 × %5."),
            spec.rows * spec.per_row, labels[0][0], labels[-1][-1], metres_text(bounds.width),
            metres_text(bounds.depth)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
