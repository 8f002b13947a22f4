"""The Print dialog: pieces, paper and booths chosen, a preview rendered, the PDF written."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.print_dialog import PrintDialog


def test_preview_follows_the_choices_and_the_pdf_is_written(window: MainWindow, qtbot,  # noqa: ANN001
                                                             tmp_path: Path) -> None:
    dialog = PrintDialog(window, [])
    qtbot.addWidget(dialog)
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    landscape = dialog.preview.pixmap().size()
    assert landscape.width() > landscape.height()  # an A4 landscape sign
    dialog.piece.setCurrentIndex(dialog.piece.findData("door"))
    portrait = dialog.preview.pixmap().size()
    assert portrait.height() > portrait.width()
    assert dialog.paper.currentText() == "A3"
    out = tmp_path / "tuer.pdf"
    assert dialog.print_to(out) == 1
    assert "IKOE" in PdfReader(out).pages[0].extract_text()


def test_an_illegible_choice_is_explained_and_cannot_be_printed(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = PrintDialog(window, [])
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentText("A6")
    assert not dialog.update_preview()
    assert "legible" in dialog.message.text()
    assert not dialog.print_button.isEnabled()


def test_only_the_booths_selected_on_the_plan(window: MainWindow, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    window.select_booth("S2")
    dialog = PrintDialog(window, window.selected_booths())
    qtbot.addWidget(dialog)
    assert dialog.only_selected.isChecked()
    out = tmp_path / "one.pdf"
    assert dialog.print_to(out) == 1
    assert "S2" in PdfReader(out).pages[0].extract_text()
