"""Edit one venue part: an exit's name, kind and clear width; an obstacle; a zone; an area."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from boothmanager.domain import Area, AreaKind, Exit, ExitKind, KeepClearZone, Obstacle, ObstacleKind
from boothmanager.domain.geometry import mm
from boothmanager.gui.block_dialog import metres_box
from boothmanager.gui.wording import area_kind_text

Part = Exit | Obstacle | KeepClearZone | Area
MAX_TEXT = 200


def kind_box(values: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox()
    for value, text in values:
        box.addItem(text, value)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class VenuePartDialog(QDialog):
    """A form for one part; `edited()` is the part as entered."""

    def __init__(self, part: Part, parent: QWidget | None = None) -> None:
        from boothmanager.gui.venue_commands import exit_kind_text, obstacle_kind_text

        super().__init__(parent)
        self.part = part
        self.setWindowTitle(QCoreApplication.translate("VenuePartDialog", "Edit Venue Part"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_TEXT)
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_TEXT)
        if isinstance(part, Exit):
            self.name.setText(part.name)
            self.name.setMaxLength(20)
            self.kind = kind_box([(k.value, exit_kind_text(k)) for k in ExitKind], part.kind.value)
            self.width = metres_box(part.width / 1000, minimum=0.1, maximum=100.0)
            self.text.setText(part.description)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Name:"), self.name)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Kind:"), self.kind)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Clear width:"), self.width)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Description:"), self.text)
        elif isinstance(part, Obstacle):
            self.kind = kind_box([(k.value, obstacle_kind_text(k)) for k in ObstacleKind],
                                 part.kind.value)
            self.text.setText(part.label)
            self.movable = QCheckBox(QCoreApplication.translate(
                "VenuePartDialog", "Can be moved for the event"))
            self.movable.setChecked(part.movable)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Kind:"), self.kind)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Label:"), self.text)
            form.addRow("", self.movable)
        elif isinstance(part, Area):
            self.kind = kind_box([(k.value, area_kind_text(k.value)) for k in AreaKind],
                                 part.kind.value)
            self.text.setText(part.label)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Kind:"), self.kind)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Label:"), self.text)
        else:
            self.text.setText(part.reason)
            form.addRow(QCoreApplication.translate("VenuePartDialog", "Why it stays clear:"),
                        self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edited(self) -> Part:
        part = self.part
        text = self.text.text().strip()
        if isinstance(part, Exit):
            return replace(part, name=self.name.text().strip() or part.name,
                           kind=ExitKind(self.kind.currentData()), width=mm(self.width.value()),
                           description=text)
        if isinstance(part, Obstacle):
            return replace(part, kind=ObstacleKind(self.kind.currentData()), label=text,
                           movable=self.movable.isChecked())
        if isinstance(part, Area):
            return replace(part, kind=AreaKind(self.kind.currentData()), label=text)
        return replace(part, reason=text)
