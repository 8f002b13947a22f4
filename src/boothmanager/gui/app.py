"""Start the GUI: the Qt application, translations, settings, and the event to open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HEADLESS_HINT = ("boothmanager needs a display: none was found (DISPLAY and WAYLAND_DISPLAY "
                 "are unset). Run it in a desktop session, under xvfb-run, or set "
                 "QT_QPA_PLATFORM=offscreen for a run without a window.")


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def run(path: Path | None = None) -> int:
    """Open the main window on `path`, else the last file, else the demo event; Qt's exit code."""
    if sys.platform.startswith("linux") and not has_display():
        print(f"boothmanager: {HEADLESS_HINT}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from boothmanager.gui.files import demo_file, last_file
    from boothmanager.gui.i18n import Translations
    from boothmanager.gui.main_window import MainWindow
    from boothmanager.resources import APP_ICON

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("boothmanager")
    app.setApplicationName("boothmanager")
    app.setApplicationDisplayName("boothmanager")
    app.setWindowIcon(QIcon(str(APP_ICON)))
    settings = QSettings()
    translations = Translations(app)
    translations.apply(str(settings.value("ui/language", "system")))
    window = MainWindow(settings, translations)
    window.show()
    exit_when = os.environ.get("BOOTHMANAGER_EXIT_WHEN_SHOWN", "")  # for measurements and smoke tests

    def open_event() -> None:
        # After the first paint: the window is there at once, the event follows (its storage
        # layer, SQLAlchemy, is imported only now).
        window.open_event(path or last_file(settings) or demo_file())
        if exit_when:
            QTimer.singleShot(0, app.quit)

    if exit_when == "window":
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, open_event)
    return app.exec()
