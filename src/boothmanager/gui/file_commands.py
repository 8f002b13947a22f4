"""File commands of the main window: new, open, Save As, recent files, printing signs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from boothmanager.domain import DomainError
from boothmanager.gui.document import EventDocument
from boothmanager.gui.files import recent_files, remember, with_suffix
from boothmanager.gui.wording import error_text, fill
from boothmanager.seed import blank_event
from boothmanager.storage.errors import StorageError

if TYPE_CHECKING:
    from boothmanager.storage import Database

FILE_FILTER = "boothmanager (*.boothplan)"
OPEN_FILTER = "boothmanager (*.boothplan *.boothreview)"
TEMPLATE_FILTER = "boothmanager (*.boothtemplate)"
SOURCE_FILTER = "boothmanager (*.boothtemplate *.boothplan)"


class FileCommands:
    """Mixed into MainWindow: everything that opens, writes or prints a file."""

    settings: QSettings
    document: EventDocument | None
    recent_menu: QMenu
    last_message: QMessageBox | None
    print_dialog: QDialog | None = None

    # Provided by MainWindow (and Qt): show_error, _set_document, _update_title, statusBar.

    def open_event(self, path: Path | str) -> bool:
        """Open an event file; a refused file leaves the current event open and says why."""
        from boothmanager.storage import Database

        if Path(path).suffix.lower() == ".boothreview":  # a review package opens in review mode
            self.open_review(Path(path))  # type: ignore[attr-defined]
            return True
        try:
            db = Database.open(path)
        except StorageError as error:
            self.show_error(error_text(error))
            return False
        return self._adopt(db)

    def _adopt(self, db: Database) -> bool:
        """Make an opened database the window's document; a file that will not load is closed."""
        try:
            document = EventDocument(db, self)
        except Exception as error:  # noqa: BLE001 - an exception must not cross into Qt
            db.close()
            self.show_error(error_text(error))
            return False
        self._set_document(document)
        return True

    def new_event(self, path: Path | str) -> bool:
        """Create a new, blank event file and open it."""
        from boothmanager.storage import Database

        path = with_suffix(Path(path))
        try:
            db = Database.create(path)
        except StorageError as error:
            self.show_error(error_text(error))
            return False
        try:
            db.run(blank_event(path.stem))
        except (StorageError, DomainError) as error:
            db.close()
            self.show_error(error_text(error))
            return False
        return self._adopt(db)

    def new_from(self, source: Path | str, target: Path | str, *,
                 keep_assignments: bool = False) -> bool:
        """Start a new event file from a template or a previous event, and open it."""
        from boothmanager.templates import create_from

        try:
            db = create_from(Path(source), with_suffix(Path(target)),
                             keep_assignments=keep_assignments)
        except (StorageError, DomainError) as error:
            self.show_error(error_text(error))
            return False
        except OSError as error:
            self.show_error(fill(QCoreApplication.translate("MainWindow", "Could not write %1: %2"), target, error.strerror or error))
            return False
        return self._adopt(db)

    def save_template(self, path: Path | str) -> bool:
        """Keep the venue and booths of the open event (no stands) as a template file."""
        from boothmanager.templates import TEMPLATE_SUFFIX, save_template

        if self.document is None:
            return False
        path = Path(path)
        if path.suffix.lower() != TEMPLATE_SUFFIX:
            path = path.with_name(path.name + TEMPLATE_SUFFIX)
        try:
            template = save_template(self.document.db, path)
        except OSError as error:
            self.show_error(fill(QCoreApplication.translate("MainWindow", "Could not write %1: %2"), path, error.strerror or error))
            return False
        self.statusBar().showMessage(fill(QCoreApplication.translate("MainWindow", "Saved the venue with %1 booths as the template %2"), len(template.booths), path), 10_000)
        return True

    def save_as(self, path: Path | str) -> bool:
        """Write the event to another file and go on working in that one."""
        if self.document is None:
            return False
        from boothmanager.storage import Database

        path = with_suffix(Path(path))
        if self.document.path is not None and path.resolve() == self.document.path.resolve():
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Every change is saved in the file already."),
                                         10_000)
            return True
        try:
            self.document.db.save_copy(path)
            copy = Database.open(path)
        except StorageError as error:
            self.show_error(error_text(error))
            return False
        except OSError as error:
            self.show_error(fill(QCoreApplication.translate("MainWindow", "Could not write %1: %2"), path, error.strerror or error))
            return False
        self.document.rebind(copy)  # same event, same undo history, the new file
        remember(self.settings, path)
        self._fill_recent_menu()
        self._update_title()
        return True

    def _start_folder(self) -> str:
        if self.document is not None and self.document.path is not None:
            return str(self.document.path.parent)
        return str(Path.home())

    def _ask_path(self, title: str, start: str, name_filter: str, suffix: str, *,
                  save: bool) -> Path | None:
        """A file dialog that adds the suffix before it asks about overwriting."""
        dialog = QFileDialog(self, title, start, name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                             else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                           else QFileDialog.FileMode.ExistingFile)
        dialog.setDefaultSuffix(suffix)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def choose_new(self) -> None:
        path = self._ask_path(QCoreApplication.translate("MainWindow", "New Event"), self._start_folder(), FILE_FILTER,
                              "boothplan", save=True)
        if path is not None:
            self.new_event(path)

    def choose_new_from(self) -> None:
        source = self._ask_path(QCoreApplication.translate("MainWindow", "New Event from Template or Previous Event"),
                                self._start_folder(), SOURCE_FILTER, "boothtemplate", save=False)
        if source is None:
            return
        keep = False
        if source.suffix.lower() != ".boothtemplate":
            answer = QMessageBox.question(
                self, QCoreApplication.translate("MainWindow", "New Event"),
                QCoreApplication.translate("MainWindow", "Booths, numbering and returning stands are kept. Should the stands also keep last time's booths?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            keep = answer == QMessageBox.StandardButton.Yes
        target = self._ask_path(QCoreApplication.translate("MainWindow", "New Event"), self._start_folder(), FILE_FILTER,
                                "boothplan", save=True)
        if target is not None:
            self.new_from(source, target, keep_assignments=keep)

    def choose_save_template(self) -> None:
        path = self._ask_path(QCoreApplication.translate("MainWindow", "Save Venue as Template"), self._start_folder(),
                              TEMPLATE_FILTER, "boothtemplate", save=True)
        if path is not None:
            self.save_template(path)

    def choose_open(self) -> None:
        path = self._ask_path(QCoreApplication.translate("MainWindow", "Open Event"), self._start_folder(), OPEN_FILTER,
                              "boothplan", save=False)
        if path is not None:
            self.open_event(path)

    def choose_save_as(self) -> None:
        path = self._ask_path(QCoreApplication.translate("MainWindow", "Save Event As"), self._start_folder(), FILE_FILTER,
                              "boothplan", save=True)
        if path is not None:
            self.save_as(path)

    def choose_print(self) -> None:
        """The Print dialog: it asks where to write, prints beside the GUI and offers to open
        the result; what it printed is remembered for "changed since the last print"."""
        from boothmanager.gui.print_dialog import PrintDialog

        if self.document is None:
            return
        dialog = PrintDialog(self, self.selected_booths())  # type: ignore[arg-type, attr-defined]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "print_dialog", None))
        dialog.open()

    def choose_print_signs(self) -> None:
        if self.document is None:
            return
        suggestion = str(Path(self._start_folder()) / QCoreApplication.translate("MainWindow", "booth-signs.pdf"))
        path = self._ask_path(QCoreApplication.translate("MainWindow", "Print Booth Signs"), suggestion, QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
                              "pdf", save=True)
        if path is not None and self.print_signs(path) is not None:
            self.offer_to_open(path)

    def print_signs(self, path: Path | str) -> int | None:
        """Write one sign per assigned booth to a PDF; the page count, or None if refused."""
        from boothmanager.gui.print_dialog import print_error_text
        from boothmanager.signage import (
            MissingGlyphs,
            NothingToPrint,
            UnsuitableOutput,
            render_booth_signs,
        )

        if self.document is None:
            return None
        try:
            pages = render_booth_signs(self.document.current, path)
        except NothingToPrint:
            self.show_error(QCoreApplication.translate("MainWindow", "No booth has a stand assigned: there is no sign to print."))
            return None
        except MissingGlyphs as error:
            self.show_error(print_error_text(error))
            return None
        except UnsuitableOutput as error:
            self.show_error(fill(QCoreApplication.translate("MainWindow", "The signs were not written to %1: choose another PDF file name. A folder, a missing folder or a file that is not a PDF is never used."), error.path))
            return None
        except OSError as error:
            self.show_error(fill(QCoreApplication.translate("MainWindow", "Could not write %1: %2"), path, error.strerror or error))
            return None
        self.statusBar().showMessage(fill(QCoreApplication.translate("MainWindow", "Wrote %1 sign(s) to %2"), pages, path), 10_000)
        return pages

    def offer_to_open(self, path: Path) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "Booth signs"),
                          fill(QCoreApplication.translate("MainWindow", "The booth signs were written to %1. Open the PDF now?"), path),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.last_message = box
        box.open()
        return box

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_files(self.settings):
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_event(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))
