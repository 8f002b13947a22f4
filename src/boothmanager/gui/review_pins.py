"""Pinned comments in review mode: pin mode, the comment dialog, and the list of pins."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from boothmanager.domain import DomainError
from boothmanager.domain.event import Event
from boothmanager.domain.review import PinnedComment
from boothmanager.gui.plan.pins import PinItem, PinMark
from boothmanager.gui.wording import fill, metres_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

    from boothmanager.gui.plan.pins import PinLayer
    from boothmanager.gui.plan.scene import PlanScene
    from boothmanager.gui.review_plan import ReviewPlanView
    from boothmanager.gui.review_session import ReviewSession
    from boothmanager.gui.review_sidebar import ReviewSidebar

PIN_ROLE = Qt.ItemDataRole.UserRole + 2


def booth_at(event: Event, level: str, x: float, y: float) -> str | None:
    """The number of the booth at (x, y) mm on `level`, if the point is on one."""
    return next((b.number for b in event.booths if b.level == level
                 and b.rect.x <= x <= b.rect.right and b.rect.y <= y <= b.rect.top), None)


def spot_text(event: Event, level: str, x: float, y: float) -> str:
    """Where a pin is, as a reviewer reads it: "booth S3" or "12,50 m / 4,00 m"."""
    booth = booth_at(event, level, x, y)
    if booth is not None:
        return fill(QCoreApplication.translate("ReviewWindow", "booth %1"), booth)
    return fill("%1 / %2", metres_text(round(x)), metres_text(round(y)))


class PinDialog(QDialog):
    """Asks for the text of a pinned comment (non-modal, so the plan stays visible)."""

    def __init__(self, title: str, text: str = "", parent: QWidget | None = None, *,
                 where: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.caption = QLabel(fill(QCoreApplication.translate(
            "ReviewWindow", "Your comment on this spot (%1, marked + on the plan):"), where)
            if where else QCoreApplication.translate("ReviewWindow", "Your comment on this spot:"))
        self.caption.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(bool(text.strip()))
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(380, 200)


class ReviewPins:
    """Mixed into ReviewWindow: everything about comments pinned to the plan."""

    session: ReviewSession
    sidebar: ReviewSidebar
    scene: PlanScene
    view: ReviewPlanView
    pins: PinLayer
    level_box: QComboBox
    pin_dialog: PinDialog | None
    pending_pin: PinItem | None = None  # the "+" on the spot while its dialog is open
    _syncing: bool

    # Provided by ReviewWindow (and Qt): pin_action, show_error, _answers_changed, statusBar.

    def set_pin_mode(self, on: bool) -> None:
        self.view.set_pin_mode(on)
        self.sidebar.add_pin_button.setChecked(on)
        if on:
            self.sidebar.tabs.setCurrentIndex(1)
            self.statusBar().showMessage(QCoreApplication.translate("ReviewWindow", "Click the spot on the plan the comment is about "
                                           "(Esc: cancel)."))
        else:
            self.statusBar().clearMessage()

    def ask_pin(self, x: int, y: int) -> PinDialog:
        """Ask for the text of a comment at (x, y) mm; added when the dialog is accepted.
        Until the dialog closes, a "+" pin shows the spot clicked."""
        self.pin_action.setChecked(False)
        level = self.scene.level_name
        where = spot_text(self.session.event, level, x, y)
        dialog = PinDialog(fill(QCoreApplication.translate("ReviewWindow", "Comment at %1, %2"),
                                metres_text(x), metres_text(y)), parent=self, where=where)
        spot = PinItem(PinMark(x=x, y=y, text="", label="+"))
        self.scene.addItem(spot)
        self.pending_pin = spot

        def forget_spot() -> None:
            # a level shown meanwhile has deleted the item with the scene's others
            if shiboken6.isValid(spot) and spot.scene() is not None:
                spot.scene().removeItem(spot)
            self.pending_pin = None

        dialog.finished.connect(lambda _result: forget_spot())
        dialog.accepted.connect(lambda: self.add_pin(level, x, y, dialog.text.toPlainText()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pin_dialog = dialog
        self._place_beside(dialog, spot)
        dialog.open()
        return dialog

    def _place_beside(self, dialog: PinDialog, spot: PinItem) -> None:
        """Put the dialog over the half of the plan the spot is not in, so it stays visible."""
        view = self.view
        centre = view.viewport().mapToGlobal(view.mapFromScene(spot.pos()))
        middle = view.viewport().mapToGlobal(view.viewport().rect().center())
        area = view.viewport().rect()
        corner = view.viewport().mapToGlobal(area.topLeft())
        x = corner.x() + (area.width() // 4 if centre.x() >= middle.x()
                          else 3 * area.width() // 4) - dialog.width() // 2
        y = corner.y() + (area.height() - dialog.height()) // 2
        dialog.move(x, y)

    def add_pin(self, level: str, x: int, y: int, text: str) -> PinnedComment | None:
        try:
            pin = self.session.add_pin(level, x, y, text)
        except DomainError as error:
            self.show_error(str(error))
            return None
        self._fill_pins()
        self.sidebar.pins.setCurrentRow(len(self.session.pins) - 1)
        self._answers_changed()
        return pin

    def ask_edit_pin(self) -> PinDialog | None:
        index = self.sidebar.pins.currentRow()
        if index < 0:
            return None
        dialog = PinDialog(QCoreApplication.translate("ReviewWindow", "Edit Comment"), self.session.pins[index].text, self)
        dialog.accepted.connect(lambda: self.edit_pin(index, dialog.text.toPlainText()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def edit_pin(self, index: int, text: str) -> None:
        try:
            self.session.edit_pin(index, text)
        except DomainError as error:
            self.show_error(str(error))
            return
        self._fill_pins()
        self.sidebar.pins.setCurrentRow(index)
        self._answers_changed()

    def remove_current_pin(self) -> None:
        index = self.sidebar.pins.currentRow()
        if index >= 0:
            self.session.remove_pin(index)
            self._fill_pins()
            self._answers_changed()

    def _fill_pins(self) -> None:
        pins = self.sidebar.pins
        pins.blockSignals(True)
        pins.clear()
        for index, pin in enumerate(self.session.pins):
            item = QListWidgetItem(fill("%1 · %2, %3: %4", index + 1, pin.level,
                                        spot_text(self.session.event, pin.level, pin.x, pin.y),
                                        pin.text))
            item.setData(PIN_ROLE, index)
            pins.addItem(item)
        pins.blockSignals(False)
        has = bool(self.session.pins)
        self.sidebar.edit_pin_button.setEnabled(has)
        self.sidebar.remove_pin_button.setEnabled(has)
        self.sidebar.tabs.setTabText(1, fill(QCoreApplication.translate("ReviewWindow", "Pinned Comments (%1)"), len(self.session.pins)))

    def _pin_row_changed(self, index: int) -> None:
        if self._syncing or index < 0:
            return
        pin = self.session.pins[index]
        self._syncing = True
        if pin.level != self.scene.level_name:
            self.level_box.setCurrentText(pin.level)
        item = self.pins.select(index)
        self._syncing = False
        if item is not None:
            self.view.ensureVisible(item, 60, 60)
