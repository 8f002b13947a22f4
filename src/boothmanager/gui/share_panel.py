"""The stands on a booth in the properties panel: each one's part of the front, a button to
take it off, and how many stands the automatic assignment may put there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from boothmanager.domain import Booth, Event
from boothmanager.domain.booth import MAX_SHARES
from boothmanager.domain.shares import MIN_SHARE_MM, front_length, share_frontages
from boothmanager.gui.wording import elided, fill, metres_text, plain_tooltip

STEP_M = 0.1  # the spin boxes step by 10 cm; the file keeps whole mm


class SharePanel(QWidget):
    """One row per stand on a shared booth (name, part of the front in metres, Take Off); the last
    stand's part follows from the others, so the parts always add up to the front. Apply
    Split asks for the split; the capacity box asks as soon as it changes."""

    take_off_requested = Signal(str, int)  # booth number, stand id
    split_requested = Signal(str, object)  # booth number, tuple of mm in the stands' order
    capacity_requested = Signal(str, int)  # booth number, stands the assignment may put there
    order_requested = Signal(str, object)  # booth number, tuple of stand ids along the front

    def __init__(self, event: Event, booth: Booth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.booth = booth
        self.front = front_length(booth)
        self.parts = share_frontages(booth)  # as the booth has them now, mm
        self.spins: list[QDoubleSpinBox] = []
        self.take_off_buttons: list[QToolButton] = []
        self.earlier_buttons: list[QToolButton] = []  # one per stand after the first
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setColumnStretch(0, 1)
        names = self.names = {s.id: s.name for s in event.stands}
        row = 0
        if booth.shared:  # one stand alone: nothing to split (Unassign takes it off)
            heading = QLabel(fill(QCoreApplication.translate(
                "SharePanel", "Each stand's share of the front (%1):"), metres_text(self.front)), self)
            heading.setWordWrap(True)
            grid.addWidget(heading, row, 0, 1, 4)
            row += 1
        for index, stand_id in enumerate(booth.stand_ids if booth.shared else ()):
            name = names.get(stand_id, f"#{stand_id}")
            label = QLabel(elided(name, 40), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setToolTip(plain_tooltip(name))
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(40)
            grid.addWidget(label, row, 0)
            grid.addWidget(self._spin(index, name), row, 1)
            # A small "×": the names need the narrow dock's width more than a worded button.
            button = QToolButton(self)
            button.setText("×")
            button.setToolTip(fill(QCoreApplication.translate(
                "SharePanel", "Take “%1” off booth %2 (the stand stays in the event)"),
                elided(name), booth.number))
            button.setAccessibleName(button.toolTip())
            button.clicked.connect(lambda _=False, s=stand_id:
                                   self.take_off_requested.emit(self.booth.number, s))
            self.take_off_buttons.append(button)
            grid.addWidget(button, row, 3)
            if index:
                grid.addWidget(self._earlier_button(index, name), row, 2)
            row += 1
        self.note = QLabel(self)  # what the last part is, or why the split cannot be applied
        self.note.setWordWrap(True)
        self.apply_button = QPushButton(QCoreApplication.translate("SharePanel", "Apply Split"),
                                        self)
        self.apply_button.clicked.connect(self.apply)
        if booth.shared:
            grid.addWidget(self.note, row, 0)
            grid.addWidget(self.apply_button, row, 1, 1, 3)
            row += 1
        else:
            self.note.hide()
            self.apply_button.hide()
        caption = QLabel(QCoreApplication.translate(
            "SharePanel", "Stands (automatic assignment): up to"), self)
        caption.setWordWrap(True)
        grid.addWidget(caption, row, 0)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, MAX_SHARES)
        self.capacity.setValue(booth.capacity)
        self.capacity.setKeyboardTracking(False)  # typed digits ask once, on Enter or leaving
        self.capacity.setToolTip(QCoreApplication.translate(
            "SharePanel", "How many stands the automatic assignment may put on this booth; "
                          "by hand you can share it with more."))
        self.capacity.valueChanged.connect(
            lambda value: self.capacity_requested.emit(self.booth.number, value))
        grid.addWidget(self.capacity, row, 1)
        self._show_rest()

    def _earlier_button(self, index: int, name: str) -> QToolButton:
        """A "▲" that moves the stand one place up the list: one place earlier along the front
        (its part goes with it)."""
        button = QToolButton(self)
        button.setText("▲")
        button.setToolTip(fill(QCoreApplication.translate(
            "SharePanel", "Move “%1” one place along the front, before “%2”"),
            elided(name), elided(self.names.get(self.booth.stand_ids[index - 1], ""))))
        button.setAccessibleName(button.toolTip())
        order = list(self.booth.stand_ids)
        order[index - 1], order[index] = order[index], order[index - 1]
        button.clicked.connect(lambda _=False, o=tuple(order):
                               self.order_requested.emit(self.booth.number, o))
        self.earlier_buttons.append(button)
        return button

    def _spin(self, index: int, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(2)
        spin.setSingleStep(STEP_M)
        spin.setSuffix(" m")
        spin.setRange(MIN_SHARE_MM / 1000, self.front / 1000)
        spin.setValue(self.parts[index] / 1000)
        spin.setAccessibleName(fill(QCoreApplication.translate(
            "SharePanel", "Share of the front of “%1”"), name))
        last = index == len(self.booth.shares) - 1
        if last:  # follows the others: the parts always add up to the front
            spin.setMinimum(0)  # shows honestly when the others leave too little
            spin.setReadOnly(True)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            spin.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            spin.setToolTip(QCoreApplication.translate(
                "SharePanel", "The rest of the front: change the others"))
        else:
            spin.valueChanged.connect(self._show_rest)
        self.spins.append(spin)
        return spin

    def wanted(self) -> tuple[int, ...]:
        """The parts in mm as the spin boxes say now: a part left as shown keeps its exact mm,
        the last part is what the others leave of the front."""
        given = []
        for spin, part in zip(self.spins[:-1], self.parts):
            shown = round(part / 10)  # the spin box shows centimetres
            given.append(part if round(spin.value() * 100) == shown else round(spin.value() * 1000))
        return (*given, self.front - sum(given))

    def _show_rest(self) -> None:
        if not self.booth.shared:
            return
        parts = self.wanted()
        rest = parts[-1]
        last = self.spins[-1]
        last.blockSignals(True)
        last.setValue(max(rest, 0) / 1000)
        last.blockSignals(False)
        changed = parts != self.parts
        if rest < MIN_SHARE_MM:
            self.note.setStyleSheet("color: #c62828")
            self.note.setText(fill(QCoreApplication.translate(
                "SharePanel", "Too long together: the last stand needs at least %1."),
                metres_text(MIN_SHARE_MM)))
        else:
            self.note.setStyleSheet("")
            self.note.setText(QCoreApplication.translate(
                "SharePanel", "The last part follows from the others.") if changed else "")
        self.apply_button.setEnabled(changed)

    def apply(self) -> None:
        """Ask for the split as the spin boxes show it (the window refuses a bad one)."""
        self.split_requested.emit(self.booth.number, self.wanted())
