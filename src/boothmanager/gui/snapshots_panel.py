"""The Snapshots panel: keep the event as it is now, and see what changed since, on the plan too."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boothmanager.gui.wording import fill, plain_tooltip

if TYPE_CHECKING:
    from boothmanager.domain.diff import Diff
    from boothmanager.domain.event import Event
    from boothmanager.domain.snapshot import SnapshotInfo

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
        self.print_button = QPushButton()
        self.print_button.setEnabled(False)  # until a comparison has been listed
        self.take_button.clicked.connect(self.ask_take)
        self.compare_button.clicked.connect(self._compare)
        self.print_button.clicked.connect(self.ask_print)
        self.shown: tuple[str, Diff, Event] | None = None  # snapshot name, its diff, the event now
        self.folder: Path = Path.home()
        self.file_dialog: QFileDialog | None = None
        self.last_message: QMessageBox | None = None
        self.snapshots.itemDoubleClicked.connect(lambda _item: self._compare())
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.changes = QListWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.compare_button)
        printing = QHBoxLayout()  # under the changes it prints, and the dock stays narrow
        printing.addStretch(1)
        printing.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.snapshots, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.caption)
        layout.addWidget(self.changes, 2)
        layout.addLayout(printing)
        self.retranslate()

    def retranslate(self) -> None:
        self.take_button.setText(QCoreApplication.translate("SnapshotPanel", "Take Snapshot…"))
        self.compare_button.setText(QCoreApplication.translate("SnapshotPanel", "Compare with Now"))
        self.print_button.setText(QCoreApplication.translate("SnapshotPanel", "Print Changes…"))
        self.print_button.setToolTip(QCoreApplication.translate(
            "SnapshotPanel", "Write the listed changes and the plan with them marked to a PDF"))

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

    def show_changes(self, name: str, lines: list[str], *, diff: Diff | None = None,
                     event: Event | None = None, folder: Path | str | None = None) -> None:
        """List the changes since snapshot `name`; with the `diff` and the `event` they lead
        to, they can be printed too (the PDF is offered in `folder`, the event file's)."""
        self.caption.setText(fill(QCoreApplication.translate(
            "SnapshotPanel", "Since “%1”: %2 change(s)"), name, len(lines)))
        self.changes.clear()
        self.changes.addItems(lines)
        self.shown = (name, diff, event) if diff is not None and event is not None else None
        if folder is not None:
            self.folder = Path(folder)
        self.print_button.setEnabled(self.shown is not None)

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

    def ask_print(self) -> QFileDialog | None:
        """Ask where the PDF of the listed changes goes (the dialog is returned, not waited for)."""
        if self.shown is None:
            return None
        name = self.shown[0]
        safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") or "snapshot"
        start = self.folder / fill(QCoreApplication.translate(
            "SnapshotPanel", "Changes since %1.pdf"), safe)
        dialog = QFileDialog(self, QCoreApplication.translate("SnapshotPanel", "Print Changes"),
                             str(start), QCoreApplication.translate("SnapshotPanel", "PDF (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(str(start))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.print_changes(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def print_changes(self, path: Path) -> int | None:
        """Write the listed changes to the PDF `path` and offer to open it; the page count,
        or None if nothing was written (the reason is shown, an older file stays as it was)."""
        if self.shown is None:
            return None
        from boothmanager.gui.print_dialog import print_error_text
        from boothmanager.signage import MissingGlyphs, UnsuitableOutput
        from boothmanager.signage.review_pdf import write_diff_pdf

        name, diff, event = self.shown
        lang = "de" if QLocale().language() == QLocale.Language.German else "en"
        try:
            pages = write_diff_pdf(diff, path, event=event, old=name, lang=lang)
        except MissingGlyphs as error:
            self._tell(QMessageBox.Icon.Warning, print_error_text(error))
            return None
        except UnsuitableOutput as error:
            self._tell(QMessageBox.Icon.Warning, fill(QCoreApplication.translate(
                "SnapshotPanel", "The changes were not written to %1: choose another PDF file "
                "name. A folder, a missing folder or a file that is not a PDF is never used."),
                error.path))
            return None
        except OSError as error:
            self._tell(QMessageBox.Icon.Warning, fill(QCoreApplication.translate(
                "SnapshotPanel", "Could not write %1: %2"), path, error.strerror or error))
            return None
        self.folder = path.parent
        box = self._tell(QMessageBox.Icon.Question, fill(QCoreApplication.translate(
            "SnapshotPanel", "The changes since “%1” were written to %2 (%3 page(s)). Open the "
            "PDF now?"), name, path, pages),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        box.accepted.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        return pages

    def _tell(self, icon: QMessageBox.Icon, text: str,
              buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
        box = QMessageBox(icon, QCoreApplication.translate("SnapshotPanel", "Print Changes"), text,
                          buttons, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()
        return box
