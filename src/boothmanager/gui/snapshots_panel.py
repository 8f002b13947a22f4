"""The Snapshots panel: keep the event as it is now, and see what changed since, on the plan too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boothmanager.domain.snapshot import SnapshotInfo
from boothmanager.gui.wording import fill, plain_tooltip

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class SnapshotPanel(QWidget):
    """Lists the snapshots; asks the window to take one or to compare one with now."""

    take_requested = Signal(str, str)  # name, note
    compare_requested = Signal(str)  # snapshot name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshots = QListWidget()
        self.take_button = QPushButton()
        self.compare_button = QPushButton()
        self.take_button.clicked.connect(self.ask_take)
        self.compare_button.clicked.connect(self._compare)
        self.snapshots.itemDoubleClicked.connect(lambda _item: self._compare())
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.changes = QListWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.snapshots, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.caption)
        layout.addWidget(self.changes, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.take_button.setText(QCoreApplication.translate("SnapshotPanel", "Take Snapshot…"))
        self.compare_button.setText(QCoreApplication.translate("SnapshotPanel", "Compare with Now"))

    def show_snapshots(self, infos: list[SnapshotInfo]) -> None:
        self.snapshots.clear()
        for info in reversed(infos):  # newest first
            when = QLocale().toString(info.taken_at.astimezone(), QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{info.name} — {when} — {info.who}")
            item.setData(NAME_ROLE, info.name)
            item.setToolTip(plain_tooltip(info.name, info.note))
            self.snapshots.addItem(item)
        if infos:
            self.snapshots.setCurrentRow(0)
        self.compare_button.setEnabled(bool(infos))

    def show_changes(self, name: str, lines: list[str]) -> None:
        self.caption.setText(fill(QCoreApplication.translate(
            "SnapshotPanel", "Since “%1”: %2 change(s)"), name, len(lines)))
        self.changes.clear()
        self.changes.addItems(lines)

    def chosen(self) -> str | None:
        item = self.snapshots.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    def ask_take(self) -> None:
        name, ok = QInputDialog.getText(self, QCoreApplication.translate("SnapshotPanel", "Take Snapshot"),
                                        QCoreApplication.translate("SnapshotPanel", "Name of the snapshot:"))
        if ok and name.strip():
            self.take_requested.emit(name.strip(), "")

    def _compare(self) -> None:
        name = self.chosen()
        if name is not None:
            self.compare_requested.emit(name)
