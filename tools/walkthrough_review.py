"""Walk through issue 6's "Done when" in the real windows and keep a screenshot of each step.

The planner sends the demo event for review; two organisers (the ministry and the conference
office) answer their copies in review mode — approvals, a change request with a comment,
comments pinned to the plan, a verdict and their name — while the planner moves a booth and
reassigns a stand; then the answers are imported into the planner's window, where the review
panel lists them, pins mark the plan and items about changed booths say "older version".
Run under a display, e.g. `xvfb-run -a .venv/bin/python tools/walkthrough_review.py OUT_DIR`
(`--lang en` for the English UI).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from boothmanager.domain.review import ReviewItemKind
from boothmanager.domain.review_package import read_package
from boothmanager.gui.i18n import Translations
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.review_mode import ReviewWindow
from boothmanager.gui.review_panel import ITEM_ROLE
from boothmanager.review_export import export_review
from boothmanager.seed import demo_event
from boothmanager.storage import Database

NO = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
MINISTRY = "Dr. Anna Schäfer (MI Sachsen-Anhalt)"
OFFICE = "Jonas Weber (Tagungsbüro)"


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key; non-ASCII characters one event each (keyClicks aborts on them)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, NO)


def click(widget: QAbstractButton) -> None:
    QTest.mouseClick(widget, LEFT)


def click_row(table: QTableWidget, booth: str) -> None:
    """Click the row of `booth` in the review list, as a reviewer picks it."""
    for row in range(table.rowCount()):
        if table.item(row, 0).text().split()[0] == booth:
            table.scrollToItem(table.item(row, 0))
            QTest.mouseClick(table.viewport(), LEFT, NO,
                             table.visualItemRect(table.item(row, 1)).center())
            return
    raise LookupError(booth)


def click_tree_row(tree: QTreeWidget, item_id: int | None) -> None:
    """Click the row of the review item `item_id` in the planner's review list."""
    for index in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(index)
        if row.data(0, ITEM_ROLE) == item_id:
            tree.scrollToItem(row)
            QTest.mouseClick(tree.viewport(), LEFT, NO, tree.visualItemRect(row).center())
            return
    raise LookupError(item_id)


def choose(combo: QComboBox, index: int) -> None:
    """Pick an entry of a combo box with the keyboard."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)


def click_plan(window: ReviewWindow | MainWindow, x: int, y: int) -> None:
    """Click the plan at (x, y) mm."""
    pos = window.view.mapFromScene(QPointF(x, -y))
    QTest.mouseClick(window.view.viewport(), LEFT, NO, pos)


def drag_booth(window: MainWindow, number: str, dx: int, dy: int) -> None:
    """Drag a booth on the plan by (dx, dy) mm, as the planner does with the mouse."""
    item = window.scene.booth_items[number]
    start = item.sceneBoundingRect().center()
    viewport = window.view.viewport()
    a = window.view.mapFromScene(start)
    b = window.view.mapFromScene(QPointF(start.x() + dx, start.y() - dy))
    QTest.mousePress(viewport, LEFT, NO, a)
    for step in range(1, 6):
        QTest.mouseMove(viewport, a + (b - a) * step / 5)
    QTest.mouseRelease(viewport, LEFT, NO, b)


class Camera:
    """Screenshots of a window with the dialogs open over it, numbered in order."""

    def __init__(self, app: QApplication, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.count = 0

    def __call__(self, name: str, window: QWidget, *over: QWidget | None) -> Path:
        self.app.processEvents()
        QTest.qWait(50)
        picture = window.grab()
        painter = QPainter(picture)
        for dialog in over:
            if dialog is not None and dialog.isVisible():
                corner = dialog.frameGeometry().topLeft() - window.frameGeometry().topLeft()
                painter.drawPixmap(QPoint(max(0, corner.x()), max(0, corner.y())),
                                   dialog.grab())
        painter.end()
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        picture.save(str(path))
        print(f"{path.name}: {window.windowTitle()}")
        return path


def answer(review: ReviewWindow, camera: Camera, *, approve: list[str],
           request: dict[str, str], pins: list[tuple[int, int, str]], verdict: int,
           reviewer: str, note: str, prefix: str) -> None:
    """Answer a package as an organiser would: click rows and buttons, type, pin, save."""
    s = review.sidebar
    for booth in approve:
        click_row(s.table, booth)
        click(s.approve_button)
    for booth, comment in request.items():
        click_row(s.table, booth)
        click(s.request_button)
        type_text(s.comment, comment)
    camera(f"{prefix}-answers", review)
    for x, y, text in pins:
        click(s.add_pin_button)
        click_plan(review, x, y)
        dialog = review.pin_dialog
        assert dialog is not None and dialog.isVisible()
        type_text(dialog.text, text)
        camera(f"{prefix}-pin-dialog", review, dialog)
        click(dialog.ok_button)
    type_text(s.reviewer, reviewer)
    choose(s.verdict, verdict)
    type_text(s.verdict_comment, note)
    camera(f"{prefix}-before-save", review)
    click(s.save_button)
    assert not review.session.modified, review.status_text()
    camera(f"{prefix}-saved", review)


def package_pages(package: Path, folder: Path) -> None:
    """The package's own PDF beside the screenshots, and its pages as PNGs if poppler is here."""
    pdf = folder / "package.pdf"
    pdf.write_bytes(read_package(package.read_bytes()).pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(folder / "package")],
                       check=True)


def main(out: str, *options: str) -> int:
    lang = options[options.index("--lang") + 1] if "--lang" in options else "de"
    app = QApplication(sys.argv[:1])
    shots = Path(out)
    shots.mkdir(parents=True, exist_ok=True)
    camera = Camera(app, shots)
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    translations = Translations(app)
    translations.apply(lang)

    # The planner: the demo event, sent for review (the package the organisers get by mail).
    event_file = folder / "BuKo 2020.boothplan"
    db = Database.create(event_file)
    db.run(demo_event())
    ministry = folder / "BuKo 2020 – Prüfung 1 (Ministerium).boothreview"
    sent = export_review(db, ministry, lang=lang)
    db.close()
    office = folder / "BuKo 2020 – Prüfung 1 (Tagungsbüro).boothreview"
    shutil.copyfile(ministry, office)  # each organiser answers a fresh copy
    print(f"package {sent.snapshot!r}: {sent.booths} booths, {sent.placed} with a stand")
    package_pages(ministry, shots)

    window = MainWindow(settings, translations)
    window.resize(1400, 860)
    window.show()
    QTest.qWaitForWindowExposed(window)
    assert window.open_event(event_file)

    # The ministry opens its copy (File > Open Review Package) and answers it.
    review = window.open_review(ministry)
    assert isinstance(review, ReviewWindow)
    review.resize(1400, 860)
    QTest.qWaitForWindowExposed(review)
    camera("ministry-opened", review)
    answer(review, camera, approve=["S1", "S3"],
           request={"S2": "Bitte nicht direkt neben IKOE: zwei Projekte zur Arbeitsmarkt"
                          "integration nebeneinander – lieber S4."},
           pins=[(35_000, 10_500, "Roll-up an S3 nicht vor die Säule, sonst verdeckt er "
                                  "das Fluchtwegschild."),
                 (17_000, 2_500, "Vor dem Haupteingang bleibt alles frei – auch keine "
                                 "Aufsteller.")],
           verdict=2, reviewer=MINISTRY, note="Bis auf S2 einverstanden.", prefix="ministry")
    review.close()

    # The conference office answers its own copy: two approvals and one pin.
    review = window.open_review(office)
    assert isinstance(review, ReviewWindow)
    review.resize(1400, 860)
    answer(review, camera, approve=["S1", "S2"], request={},
           pins=[(27_000, 15_000, "Kaffeestation am Saaleingang D2 – Stände S4/S5 "
                                  "rechnen mit Andrang in den Pausen.")],
           verdict=1, reviewer=OFFICE, note="Passt für uns.", prefix="office")
    review.close()

    # Meanwhile the planner changes the event: S3 away from the wall, stand 2 onto S4.
    window.activateWindow()
    window.view.fit()
    drag_booth(window, "S3", -2_000, 0)
    window.assign("S4", 2)
    camera("planner-changed", window)

    # The answers come back: File > Import Review, once per package.
    for package in (ministry, office):
        assert window.reviews.import_package(package) is not None
    window.reviews.dock.show()
    window.reviews.dock.raise_()
    camera("planner-imported", window)
    panel = window.reviews.panel
    older_pin = next(i for i in panel.items if i.kind is ReviewItemKind.COMMENT and i.older_version)
    click_tree_row(panel.tree, older_pin.id)  # the pin on S3, made before S3 moved
    item = panel.chosen()
    print("chosen:", item)
    camera("planner-older-pin", window)
    click(panel.compare_button)
    camera("planner-changes-since", window)
    for index in range(panel.tree.topLevelItemCount()):
        print(" | ".join(panel.tree.topLevelItem(index).text(c) for c in range(5)))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
