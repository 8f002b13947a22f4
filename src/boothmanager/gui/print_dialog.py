"""The Print dialog: piece, booths, paper and language, a live preview, and the print itself."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from boothmanager.gui.print_choice import PIECES, PrintChoice, Scope
from boothmanager.gui.print_job import JobState, PrintJob
from boothmanager.gui.print_wording import orientation_text, piece_text, print_error_text
from boothmanager.gui.wording import fill

if TYPE_CHECKING:
    from boothmanager.gui.main_window import MainWindow

__all__ = ["PrintDialog", "first_page_image", "page_images", "print_error_text"]

PREVIEW = 420  # pixels on the longer side
PREVIEW_PAGES = 4  # the preview shows the first pages, one at a time
POLL_MS = 50


def page_images(pdf: Path, longest: int = PREVIEW, pages: int = PREVIEW_PAGES) -> list[QImage]:
    """The first `pages` pages of a PDF as images (PDFium), `longest` pixels on the longer side."""
    import pypdfium2 as pdfium

    images = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for index in range(min(pages, len(document))):
            page = document[index]
            width, height = page.get_size()
            image = page.render(scale=longest / max(width, height)).to_pil().convert("RGB")
            data = image.tobytes("raw", "RGB")
            images.append(QImage(data, image.width, image.height, 3 * image.width,
                                 QImage.Format.Format_RGB888).copy())
    finally:
        document.close()
    return images


def first_page_image(pdf: Path, longest: int = PREVIEW) -> QImage:
    """Page 1 of a PDF as an image."""
    return page_images(pdf, longest, 1)[0]


def smallest_legible(choice: PrintChoice) -> str | None:
    """The smallest offered paper larger than the chosen one on which the piece is legible."""
    from boothmanager.signage import Orientation, Paper, Piece, layout_for
    from boothmanager.signage.pieces import SHEET_PIECES

    piece = Piece(choice.piece)
    if piece not in SHEET_PIECES:
        return None
    papers = choice.papers()
    for paper in papers[papers.index(choice.paper) + 1:]:
        try:
            layout_for(piece, Paper(paper), Orientation(choice.orientation or "portrait"))
        except ValueError:
            continue
        return paper
    return None


class PrintDialog(QDialog):
    """Choose and look before printing; the print runs beside the GUI with progress and
    Cancel, and ends with "Open PDF" / "Open folder"."""

    def __init__(self, window: MainWindow, selected: list[str]) -> None:
        super().__init__(window)
        self.window_ = window
        self.choice = self._choice(window, selected)
        self.job: PrintJob | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print"))
        self._build()
        self._folder = Path(tempfile.mkdtemp(prefix="boothmanager-preview-"))
        self._pages: list[QImage] = []
        self._page = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # stepping through the options renders once, at the end
        self._timer.timeout.connect(self.update_preview)
        self._poller = QTimer(self)
        self._poller.setInterval(POLL_MS)
        self._poller.timeout.connect(self._poll)
        self.finished.connect(lambda _result: self._cleanup())
        self._fill_for_piece()
        self.update_preview()

    @staticmethod
    def _choice(window: MainWindow, selected: list[str]) -> PrintChoice:
        from boothmanager.operations.printing import printed_digests, stand_logos

        db = window.document.db  # type: ignore[union-attr]
        event = window.current
        assert event is not None

        def recorded(piece: str) -> dict[str, str]:
            with db.unit_of_work() as uow:
                return printed_digests(uow, piece)

        with db.unit_of_work() as uow:
            logos = stand_logos(uow, [s.id for s in event.stands if s.id is not None])
        return PrintChoice(event, selected=selected, recorded=recorded, logos=logos,
                           lang="de" if window.translations.language == "de" else "en")

    # -- views --------------------------------------------------------------------------
    def _build(self) -> None:
        self.piece = QComboBox()
        for piece in PIECES:
            self.piece.addItem(piece_text(piece), piece)
        self.scope_all = QRadioButton(QCoreApplication.translate("PrintDialog", "All booths with a stand"))
        self.scope_selection = QRadioButton(fill(QCoreApplication.translate("PrintDialog", "The %1 booth(s) selected on the plan"), len(self.choice.selected))
            if self.choice.selected else QCoreApplication.translate("PrintDialog", "The booths selected on the plan (none are)"))
        self.scope_changed = QRadioButton(QCoreApplication.translate("PrintDialog", "Changed since the last print"))
        self.scopes = QButtonGroup(self)
        for button, scope in ((self.scope_all, Scope.ALL), (self.scope_selection, Scope.SELECTION),
                              (self.scope_changed, Scope.CHANGED)):
            self.scopes.addButton(button)
            button.setProperty("scope", scope.value)
        self.scope_selection.setEnabled(bool(self.choice.selected))
        {Scope.ALL: self.scope_all, Scope.SELECTION: self.scope_selection,
         Scope.CHANGED: self.scope_changed}[self.choice.scope].setChecked(True)
        scope_box = QVBoxLayout()
        for button in (self.scope_all, self.scope_selection, self.scope_changed):
            scope_box.addWidget(button)
        self.paper = QComboBox()
        self.orientation = QComboBox()
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(self.choice.lang))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b71c1c")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW + 8, PREVIEW + 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #90a4ae")
        self.previous_page = QPushButton("◀")
        self.next_page = QPushButton("▶")
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_page.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_page.clicked.connect(lambda: self.show_page(self._page + 1))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.print_button = QPushButton(QCoreApplication.translate("PrintDialog", "Write PDF…"))
        self.print_button.setDefault(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("PrintDialog", "Cancel"))
        self.open_file_button = QPushButton(QCoreApplication.translate("PrintDialog", "Open PDF"))
        self.open_folder_button = QPushButton(QCoreApplication.translate("PrintDialog", "Open folder"))
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        self.print_button.clicked.connect(self.choose_and_generate)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_file_button.clicked.connect(self.open_result)
        self.open_folder_button.clicked.connect(self.open_folder)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("PrintDialog", "Piece"), self.piece)
        form.addRow(QCoreApplication.translate("PrintDialog", "Booths"), scope_box)
        form.addRow(QCoreApplication.translate("PrintDialog", "Paper"), self.paper)
        form.addRow(QCoreApplication.translate("PrintDialog", "Orientation"), self.orientation)
        form.addRow(QCoreApplication.translate("PrintDialog", "Language of the labels"), self.language)
        form.addRow(self.status)
        form.addRow(self.message)
        self.controls = QWidget()
        self.controls.setLayout(form)
        self.controls.setMinimumWidth(460)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_page)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_page)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addLayout(pages)
        row = QHBoxLayout()
        row.addWidget(self.controls, 1)
        row.addLayout(right)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(0)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.piece.currentIndexChanged.connect(self._piece_changed)
        self.paper.currentIndexChanged.connect(self._option_changed)
        self.orientation.currentIndexChanged.connect(self._option_changed)
        self.language.currentIndexChanged.connect(self._option_changed)
        self.scopes.buttonToggled.connect(lambda _button, on: on and self._option_changed())

    def _fill_for_piece(self) -> None:
        """The papers and orientations the chosen piece allows, set to its defaults."""
        for box in (self.paper, self.orientation):
            box.blockSignals(True)
            box.clear()
        for paper in self.choice.papers():
            self.paper.addItem(paper, paper)
        for orientation in self.choice.orientations():
            self.orientation.addItem(orientation_text(orientation), orientation)
        self.paper.setCurrentIndex(self.paper.findData(self.choice.paper))
        self.orientation.setCurrentIndex(self.orientation.findData(self.choice.orientation))
        self.orientation.setEnabled(len(self.choice.orientations()) > 1)
        self.paper.setEnabled(len(self.choice.papers()) > 1)
        for box in (self.paper, self.orientation):
            box.blockSignals(False)
        self.print_button.setText(QCoreApplication.translate("PrintDialog", "Write packs…")
                                  if self.choice.writes_folder
                                  else QCoreApplication.translate("PrintDialog", "Write PDF…"))

    def _piece_changed(self) -> None:
        self.choice.set_piece(self.piece.currentData())
        self._fill_for_piece()
        self.update_preview()

    def _option_changed(self) -> None:
        self.choice.paper = self.paper.currentData()
        self.choice.orientation = self.orientation.currentData()
        self.choice.lang = self.language.currentData()
        checked = self.scopes.checkedButton()
        if checked is not None:
            self.choice.scope = Scope(checked.property("scope"))
        self._timer.start()

    # -- preview ------------------------------------------------------------------------
    def update_preview(self) -> bool:
        """Draw the first pages of the chosen piece to a scratch PDF and show them; False
        (and why, in the message) if it cannot be printed so."""
        from boothmanager.signage import print_piece

        self._timer.stop()
        self._pages = []
        try:
            booths = self.choice.preview_booths()
            count = self._count()
            target = self._folder / ("packs" if self.choice.writes_folder else "preview.pdf")
            printed = print_piece(event=self.choice.event, out=target,
                                  **{**self.choice.options(booths)})  # type: ignore[arg-type]
            pdf = printed.files[0] if printed.files else target
            self._pages = page_images(pdf)
        except Exception as error:  # noqa: BLE001 - said in the dialog, never crosses into Qt
            self.message.setText(self._explain(error))
            self.status.setText("")
            self.preview.clear()
            self.page_label.setText("")
            for button in (self.previous_page, self.next_page):
                button.setEnabled(False)
            self.print_button.setEnabled(False)
            return False
        self.message.setText("")
        self.status.setText(count)
        self.print_button.setEnabled(self.job is None)
        self.show_page(0)
        return True

    def _count(self) -> str:
        """What a print would hold now, in words."""
        booths = self.choice.booths()
        if not self.choice.per_booth:
            if booths is not None and self.choice.piece == "poster":
                return fill(QCoreApplication.translate("PrintDialog", "Every booth; %1 highlighted."), len(booths))
            return QCoreApplication.translate("PrintDialog", "Every stand of the event.")
        if booths is None:
            total = len(self.choice.event.assigned()) if self.choice.piece != "picklist" \
                else len(self.choice.event.booths)
        else:
            total = len(booths)
        return fill(QCoreApplication.translate("PrintDialog", "%1 booth(s) will be printed."), total)

    def show_page(self, index: int) -> None:
        if not self._pages:
            return
        self._page = max(0, min(index, len(self._pages) - 1))
        self.preview.setPixmap(QPixmap.fromImage(self._pages[self._page]))
        self.page_label.setText(fill(QCoreApplication.translate("PrintDialog", "Preview, page %1 of %2"),
                                     self._page + 1, len(self._pages)))
        self.previous_page.setEnabled(self._page > 0)
        self.next_page.setEnabled(self._page < len(self._pages) - 1)

    def _explain(self, error: Exception) -> str:
        from boothmanager.signage import IllegibleLayout

        larger = smallest_legible(self.choice) if isinstance(error, IllegibleLayout) else None
        return print_error_text(error, larger=larger)

    # -- printing -----------------------------------------------------------------------
    def choose_and_generate(self) -> None:
        """Ask where to write (a PDF, or a folder for packs), then print there."""
        start = self.window_._start_folder()  # type: ignore[attr-defined]
        suggestion = self.choice.file_name(Path(start))
        if self.choice.writes_folder:
            folder = QFileDialog.getExistingDirectory(
                self, QCoreApplication.translate("PrintDialog", "Folder for the exhibitor packs"), start)
            path = Path(folder) / suggestion.name if folder else None
        else:
            path = self.window_._ask_path(  # type: ignore[attr-defined]
                QCoreApplication.translate("PrintDialog", "Print"), str(suggestion),
                QCoreApplication.translate("PrintDialog", "PDF (*.pdf)"), "pdf", save=True)
        if path is not None:
            self.generate(path)

    def generate(self, path: Path | str) -> PrintJob | None:
        """Start printing the chosen piece to `path` beside the GUI; None (and why) if refused
        before it starts."""
        from boothmanager import signage
        from boothmanager.signage.document import check_output

        path = Path(path)
        try:
            booths = self.choice.booths()
            if not self.choice.writes_folder:
                check_output(path)
            elif path.exists() and not path.is_dir():
                raise signage.UnsuitableOutput(path, "is a file")
        except Exception as error:  # noqa: BLE001 - said in the dialog
            self.message.setText(self._explain(error))
            return None
        options = self.choice.options(booths)
        record = self.choice.record(booths)
        event = self.choice.event

        def work(scratch: Path, progress):  # noqa: ANN001, ANN202 - runs in the worker thread
            return signage.print_piece(event=event, out=scratch, progress=progress,
                                       **options)  # type: ignore[arg-type]

        self.job = PrintJob(path, work, folder=self.choice.writes_folder)
        self._record = record
        self.result_path = None
        self.message.setText("")
        self.status.setText(QCoreApplication.translate("PrintDialog", "Printing…"))
        self.controls.setEnabled(False)
        self.print_button.setEnabled(False)
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        self.progress.setRange(0, 0)  # busy until the first page reports
        self.progress.setVisible(True)
        self.job.start()
        self._poller.start()
        return self.job

    def _poll(self) -> None:
        job = self.job
        if job is None:
            self._poller.stop()
            return
        done, total = job.progress()
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        state = job.poll()
        if state is JobState.RUNNING:
            return
        self._poller.stop()
        self.job = None
        self.progress.setVisible(False)
        self.controls.setEnabled(True)
        self.print_button.setEnabled(True)
        if state is JobState.CANCELLED:
            self.status.setText(QCoreApplication.translate("PrintDialog", "Cancelled: nothing was written."))
            return
        if state is JobState.FAILED:
            assert job.error is not None
            self.status.setText("")
            self.message.setText(self._explain(job.error)
                                 if isinstance(job.error, Exception) else str(job.error))
            return
        self._finished(job)

    def _finished(self, job: PrintJob) -> None:
        from boothmanager.operations.printing import RecordPrint, as_digests

        self.result_path = job.target
        record = self._record
        try:  # what was printed is remembered, outside the undo history: it is no edit
            self.window_.document.db.run(RecordPrint(  # type: ignore[union-attr]
                piece=record.piece, digests=as_digests(record.digests), forget=record.forget))
        except Exception as error:  # noqa: BLE001 - the print itself is written
            self.message.setText(print_error_text(error))
        printed = job.result
        pages = getattr(printed, "pages", 0)
        if job.folder:
            text = fill(QCoreApplication.translate("PrintDialog", "Wrote %1 exhibitor pack(s) into %2."), pages, job.target)
        else:
            text = fill(QCoreApplication.translate("PrintDialog", "Wrote %1 page(s) to %2."), pages, job.target)
        self.status.setText(text)
        self.open_file_button.setVisible(not job.folder)
        self.open_folder_button.setVisible(True)
        self.window_.statusBar().showMessage(text, 10_000)

    def cancel(self) -> None:
        """Cancel a running print (nothing is written); else close the dialog."""
        if self.job is not None:
            self.job.cancel()
            self.status.setText(QCoreApplication.translate("PrintDialog", "Cancelling…"))
            return
        self.reject()

    def open_result(self) -> bool:
        if self.result_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path)))

    def open_folder(self) -> bool:
        if self.result_path is None:
            return False
        folder = self.result_path if self.result_path.is_dir() else self.result_path.parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.job is not None:  # closing while printing cancels the print
            self.job.cancel()
            self.job.wait()
            self.job.poll()
            self.job = None
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
            self.job = None
        super().reject()

    def _cleanup(self) -> None:
        import shutil

        self._poller.stop()
        shutil.rmtree(self._folder, ignore_errors=True)
