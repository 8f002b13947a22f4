"""Review mode: a `.boothreview` opened alone (no event file, no network); answers saved into it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from boothmanager.gui.review_session import PackageUnreadable, ReviewSession
from boothmanager.gui.review_window import ReviewWindow
from boothmanager.gui.review_wording import refusal_text

__all__ = ["ReviewWindow", "open_review_window", "refusal_box", "run_review"]


def refusal_box(error: Exception, path: Path, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("ReviewWindow", "Review package refused"),
                      refusal_text(error, path), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def open_review_window(path: Path, parent: QWidget | None = None) -> QWidget:
    """Review mode on the package at `path`, shown: a ReviewWindow, or, for a package that
    cannot be reviewed (tampered, damaged, not a package), a message box saying why."""
    from boothmanager.domain.review import ReviewAnswersInvalid
    from boothmanager.domain.review_package import ReviewPackageRefused

    path = Path(path)
    try:
        session = ReviewSession.open(path)
    except (ReviewPackageRefused, ReviewAnswersInvalid, PackageUnreadable) as error:
        box = refusal_box(error, path, parent)
        box.open()
        return box
    window = ReviewWindow(session, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def run_review(path: Path) -> int:
    """`boothmanager review open PACKAGE`: review mode as its own program; its exit code."""
    from boothmanager.gui.app import HEADLESS_HINT, has_display

    if sys.platform.startswith("linux") and not has_display():
        print(f"boothmanager: {HEADLESS_HINT}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from boothmanager.gui.i18n import Translations
    from boothmanager.resources import APP_ICON

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("boothmanager")
    app.setApplicationName("boothmanager")
    app.setApplicationDisplayName("boothmanager")
    app.setWindowIcon(QIcon(str(APP_ICON)))
    translations = Translations(app)
    translations.apply(str(QSettings().value("ui/language", "system")))
    from boothmanager.domain.review import ReviewAnswersInvalid
    from boothmanager.domain.review_package import ReviewPackageRefused

    path = Path(path)
    try:
        session = ReviewSession.open(path)
    except (ReviewPackageRefused, ReviewAnswersInvalid, PackageUnreadable) as error:
        box = refusal_box(error, path, None)
        print(f"boothmanager: {box.text()}", file=sys.stderr)
        if not os.environ.get("BOOTHMANAGER_EXIT_WHEN_SHOWN"):
            box.exec()
        return 1
    window = ReviewWindow(session)
    window.show()
    if os.environ.get("BOOTHMANAGER_EXIT_WHEN_SHOWN"):
        QTimer.singleShot(0, app.quit)
    return app.exec()
