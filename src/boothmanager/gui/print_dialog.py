"""The Print dialog: which piece, which booths, paper and language, with a live preview."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from boothmanager.gui.wording import error_text, fill

if TYPE_CHECKING:
    from boothmanager.gui.main_window import MainWindow

PIECES = ("signs", "tents", "fascia", "door")
PAPERS = ("A6", "A5", "A4", "A3", "A2", "A1", "A0")
DEFAULTS = {"signs": ("A4", "landscape"), "tents": ("A4", "portrait"),
            "fascia": ("A3", "landscape"), "door": ("A3", "portrait")}
PREVIEW = 420  # pixels on the longer side


def piece_text(piece: str) -> str:
    return {"signs": QCoreApplication.translate("PrintDialog", "Booth signs"),
            "tents": QCoreApplication.translate("PrintDialog", "Table tents"),
            "fascia": QCoreApplication.translate("PrintDialog", "Fascia strips"),
            "door": QCoreApplication.translate("PrintDialog", "Door poster (stand list)")}[piece]


def print_error_text(error: Exception) -> str:
    """Why this piece cannot be printed so, in the UI language where we can."""
    from boothmanager.signage import (
        IllegibleLayout,
        MissingGlyphs,
        NothingToPrint,
        UnsupportedPaper,
    )

    if isinstance(error, IllegibleLayout):
        return fill(QCoreApplication.translate(
            "PrintDialog", "Not legible on this paper from its reading distance (%1). Choose a larger paper."),
            f"{error.element}: {error.reason}")
        # the detail names the element; its wording is the layout's own (English)
    if isinstance(error, UnsupportedPaper):
        return fill(QCoreApplication.translate(
            "PrintDialog", "This piece is not made for %1 %2."), error.paper, error.orientation)
    if isinstance(error, MissingGlyphs):
        return fill(QCoreApplication.translate(
            "PrintDialog", "No bundled font has the characters %1 (in “%2”); the fonts cover Latin, Greek, Cyrillic and Arabic. Nothing was printed."),
            "".join(error.characters[:8]), error.sample)
    if isinstance(error, NothingToPrint):
        return QCoreApplication.translate("PrintDialog", "No chosen booth has a stand assigned: nothing to print.")
    return error_text(error)


def first_page_image(pdf: Path, longest: int = PREVIEW) -> QImage:
    """Page 1 of a PDF as an image (PDFium), `longest` pixels on its longer side."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[0]
        width, height = page.get_size()
        image = page.render(scale=longest / max(width, height)).to_pil().convert("RGB")
    finally:
        document.close()
    data = image.tobytes("raw", "RGB")
    return QImage(data, image.width, image.height, 3 * image.width,
                  QImage.Format.Format_RGB888).copy()


class PrintDialog(QDialog):
    """Choose and look before printing; `print_to(path)` writes the PDF."""

    def __init__(self, window: MainWindow, selected: list[str]) -> None:
        super().__init__(window)
        self.window_ = window
        self.selected = selected
        self.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print"))
        self.piece = QComboBox()
        for piece in PIECES:
            self.piece.addItem(piece_text(piece), piece)
        self.paper = QComboBox()
        self.paper.addItems(PAPERS)
        self.orientation = QComboBox()
        self.orientation.addItem(QCoreApplication.translate("PrintDialog", "Landscape"), "landscape")
        self.orientation.addItem(QCoreApplication.translate("PrintDialog", "Portrait"), "portrait")
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.only_selected = QCheckBox(fill(QCoreApplication.translate(
            "PrintDialog", "Only the %1 booth(s) selected on the plan"), len(selected)))
        self.only_selected.setEnabled(bool(selected))
        self.only_selected.setChecked(bool(selected))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b71c1c")
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW + 8, PREVIEW + 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #90a4ae")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.addButton(
            QCoreApplication.translate("PrintDialog", "Write PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PrintDialog", "Piece"), self.piece)
        form.addRow(QCoreApplication.translate("PrintDialog", "Paper"), self.paper)
        form.addRow(QCoreApplication.translate("PrintDialog", "Orientation"), self.orientation)
        form.addRow(QCoreApplication.translate("PrintDialog", "Language of the labels"), self.language)
        form.addRow(self.only_selected)
        form.addRow(self.message)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.language.setCurrentIndex(0 if window.translations.language == "de" else 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # typing through the options renders once, at the end
        self._timer.timeout.connect(self.update_preview)
        self.piece.currentIndexChanged.connect(self._piece_changed)
        for box in (self.paper, self.orientation, self.language):
            box.currentIndexChanged.connect(self._timer.start)
        self.only_selected.toggled.connect(self._timer.start)
        self._folder = Path(tempfile.mkdtemp(prefix="boothmanager-preview-"))
        self.finished.connect(lambda _r: self._cleanup())
        self._piece_changed()

    def options(self) -> dict[str, object]:
        return {"piece": self.piece.currentData(), "paper": self.paper.currentText(),
                "orientation": self.orientation.currentData(), "lang": self.language.currentData(),
                "booths": self.selected if self.only_selected.isChecked() else None}

    def _piece_changed(self) -> None:
        paper, orientation = DEFAULTS[self.piece.currentData()]
        for box in (self.paper, self.orientation):
            box.blockSignals(True)
        self.paper.setCurrentText(paper)
        self.orientation.setCurrentIndex(self.orientation.findData(orientation))
        for box in (self.paper, self.orientation):
            box.blockSignals(False)
        self.update_preview()

    def update_preview(self) -> bool:
        """Render the chosen piece to a scratch PDF and show its first page; False if refused."""
        target = self._folder / "preview.pdf"
        if self.print_to(target, quiet=True) is None:
            self.preview.clear()
            self.print_button.setEnabled(False)
            return False
        self.preview.setPixmap(QPixmap.fromImage(first_page_image(target)))
        self.message.setText("")
        self.print_button.setEnabled(True)
        return True

    def print_to(self, path: Path, *, quiet: bool = False) -> int | None:
        """Write the chosen piece to `path`; the number of pages, or None (the reason is shown)."""
        from boothmanager.signage import print_piece

        event = self.window_.current
        if event is None:
            return None
        try:
            return print_piece(event=event, out=path, **self.options()).pages  # type: ignore[arg-type]
        except Exception as error:  # noqa: BLE001 - said in the dialog, never crosses into Qt
            self.message.setText(print_error_text(error))
            if not quiet:
                self.window_.show_error(print_error_text(error))
            return None

    def _cleanup(self) -> None:
        for leftover in self._folder.glob("*"):
            leftover.unlink(missing_ok=True)
        self._folder.rmdir()
