"""Take a screenshot of the main window on the demo event (run under xvfb-run; see the Makefile)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from boothmanager.gui.i18n import Translations
from boothmanager.gui.main_window import MainWindow
from boothmanager.seed import demo_event
from boothmanager.storage import Database


def main(out: str, language: str = "de") -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    path = folder / "BuKo-2020-Demo.boothplan"
    db = Database.create(path)
    db.run(demo_event())
    db.close()
    translations = Translations(app)
    translations.apply(language)
    window = MainWindow(settings, translations)
    window.resize(1400, 820)
    window.open_event(path)
    window.show()
    window.select_booth("S1")

    def shoot() -> None:
        window.view.fit()
        app.processEvents()
        screen = app.primaryScreen()
        screen.grabWindow(0, window.x(), window.y(), window.frameGeometry().width(),
                          window.frameGeometry().height()).save(out)
        app.quit()

    QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
