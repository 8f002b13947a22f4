"""The Print dialog: every piece, booths, paper, preview, printing beside the GUI, cancel, open."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pypdf import PdfReader

from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.print_choice import PIECES
from boothmanager.gui.print_dialog import PrintDialog
from boothmanager.operations import SetStandLogo, UpdateStand


class Opened(QObject):
    """Where QDesktopServices was asked to go (a URL handler Qt itself calls)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def dialog_for(window: MainWindow, qtbot) -> PrintDialog:  # noqa: ANN001
    dialog = PrintDialog(window, window.selected_booths())
    qtbot.addWidget(dialog)
    return dialog


def finish(dialog: PrintDialog, qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)


def test_every_piece_is_offered_with_the_papers_and_orientations_it_allows(window: MainWindow,
                                                                           qtbot) -> None:  # noqa: ANN001
    dialog = dialog_for(window, qtbot)
    assert [dialog.piece.itemData(i) for i in range(dialog.piece.count())] == list(PIECES)
    landscape = dialog.preview.pixmap().size()
    assert landscape.width() > landscape.height()  # an A4 landscape sign
    dialog.piece.setCurrentIndex(dialog.piece.findData("poster"))
    assert [dialog.paper.itemText(i) for i in range(dialog.paper.count())] == ["A2", "A1", "A0"]
    dialog.piece.setCurrentIndex(dialog.piece.findData("tents"))
    assert dialog.orientation.count() == 1 and not dialog.orientation.isEnabled()
    dialog.piece.setCurrentIndex(dialog.piece.findData("door"))
    assert dialog.paper.currentText() == "A3"
    portrait = dialog.preview.pixmap().size()
    assert portrait.height() > portrait.width()
    dialog.piece.setCurrentIndex(dialog.piece.findData("packs"))
    assert dialog.print_button.text() == "Write packs…"
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()


def test_the_preview_shows_the_first_pages(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = dialog_for(window, qtbot)
    assert dialog.page_label.text() == "Preview, page 1 of 3"
    first = dialog.preview.pixmap().toImage()
    qtbot.mouseClick(dialog.next_page, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == "Preview, page 2 of 3"
    assert dialog.preview.pixmap().toImage() != first  # S2's sign, not S1's


def test_an_illegible_paper_is_explained_in_users_words(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = dialog_for(window, qtbot)
    dialog.paper.setCurrentText("A6")
    assert not dialog.update_preview()
    text = dialog.message.text()
    assert "legible" in text and "the booth number" in text and "Choose A4 or larger" in text
    assert "booth_number" not in text and "mm" not in text
    assert not dialog.print_button.isEnabled()


def test_only_the_booths_selected_on_the_plan(window: MainWindow, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    window.select_booth("S2")
    dialog = dialog_for(window, qtbot)
    assert dialog.scope_selection.isChecked()
    out = tmp_path / "one.pdf"
    assert dialog.generate(out) is not None
    finish(dialog, qtbot)
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and "S2" in reader.pages[0].extract_text()


def test_printing_shows_progress_records_the_print_and_offers_to_open(window: MainWindow, qtbot,  # noqa: ANN001
                                                                      tmp_path: Path) -> None:
    dialog = dialog_for(window, qtbot)
    steps = window.document.undo_stack.count()
    out = tmp_path / "schilder.pdf"
    job = dialog.generate(out)
    assert job is not None
    assert not dialog.progress.isHidden() and not dialog.controls.isEnabled()
    finish(dialog, qtbot)
    assert len(PdfReader(out).pages) == 3
    assert job.progress() == (3, 3)  # told of every sheet
    assert dialog.progress.isHidden()
    assert not dialog.open_file_button.isHidden() and not dialog.open_folder_button.isHidden()
    assert dialog.status.text() == f"Wrote 3 page(s) to {out}."
    assert [p.name for p in tmp_path.iterdir() if "schilder" in p.name] == ["schilder.pdf"]
    assert window.document.undo_stack.count() == steps  # remembering a print is no edit
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opened.urls] == [str(tmp_path), str(out)]


def test_changed_since_the_last_print(window: MainWindow, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = dialog_for(window, qtbot)
    dialog.generate(tmp_path / "all.pdf")
    finish(dialog, qtbot)
    dialog.scope_changed.setChecked(True)
    assert not dialog.update_preview()
    assert dialog.message.text() == ("Nothing changed since the last print of this piece: "
                                     "nothing to print.")
    assert not dialog.print_button.isEnabled()
    stand = window.current.booth("S3").stand_id
    window.run(UpdateStand(stand_id=stand, changes={"project": "Neuer Projektname"}), "Edit")
    buffer = io.BytesIO()
    Image.new("RGB", (90, 45), (200, 0, 0)).save(buffer, format="PNG")
    window.run(SetStandLogo(stand_id=window.current.booth("S1").stand_id,
                            logo=(buffer.getvalue(), "logo.png")), "Logo")
    dialog = dialog_for(window, qtbot)  # the dialog reads the event as it is now
    dialog.scope_changed.setChecked(True)
    assert dialog.update_preview()
    assert dialog.status.text() == "2 booth(s) will be printed."
    out = tmp_path / "changed.pdf"
    dialog.generate(out)
    finish(dialog, qtbot)
    texts = [page.extract_text() for page in PdfReader(out).pages]
    assert len(texts) == 2 and "S1" in texts[0] and "Neuer Projektname" in texts[1]
    assert PdfReader(out).pages[0].images  # S1's new logo


def test_cancel_leaves_no_file_and_an_older_one_as_it_was(window: MainWindow, qtbot,  # noqa: ANN001
                                                         tmp_path: Path) -> None:
    dialog = dialog_for(window, qtbot)
    out = tmp_path / "signs.pdf"
    assert dialog.generate(out) is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    finish(dialog, qtbot)
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert list(tmp_path.glob("*signs*")) == []
    assert dialog.open_file_button.isHidden()
    older = b"%PDF-1.4 an older print"
    out.write_bytes(older)
    dialog.piece.setCurrentIndex(dialog.piece.findData("poster"))  # cannot stop half-way
    dialog.generate(out)
    dialog.cancel()
    finish(dialog, qtbot)
    assert out.read_bytes() == older
    assert [p.name for p in tmp_path.iterdir() if "signs" in p.name] == ["signs.pdf"]
    # Nothing was remembered as printed.
    with window.document.db.unit_of_work() as uow:
        assert uow.printed.digests("signs") == {} and uow.printed.digests("poster") == {}


def test_packs_go_into_a_folder_and_the_folder_is_offered(window: MainWindow, qtbot,  # noqa: ANN001
                                                          tmp_path: Path) -> None:
    dialog = dialog_for(window, qtbot)
    dialog.piece.setCurrentIndex(dialog.piece.findData("packs"))
    folder = tmp_path / "mappen"
    dialog.generate(folder)
    finish(dialog, qtbot)
    assert len(list(folder.glob("*.pdf"))) == 3
    assert not dialog.open_folder_button.isHidden() and dialog.open_file_button.isHidden()
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings.ini"
            and not p.name.startswith("buko")] == ["mappen"]


def test_a_file_that_is_no_pdf_is_never_replaced(window: MainWindow, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = dialog_for(window, qtbot)
    notes = tmp_path / "notes.pdf"
    notes.write_text("my notes", encoding="utf-8")
    assert dialog.generate(notes) is None
    assert "never replaced" in dialog.message.text()
    assert notes.read_text(encoding="utf-8") == "my notes"
