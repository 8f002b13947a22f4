"""GUI fixtures: a main window on the demo event with its own settings file and language."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from boothmanager.gui.i18n import Translations
from boothmanager.gui.main_window import MainWindow
from boothmanager.resources import TRANSLATIONS


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build the .qm files from the .ts sources when they are missing or older (as make does)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in TRANSLATIONS.glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.apply("en")
    yield translations
    translations.apply("en")


@pytest.fixture
def window(qtbot, demo_path: Path, settings: QSettings, translations: Translations) -> MainWindow:  # noqa: ANN001
    window = MainWindow(settings, translations)
    qtbot.addWidget(window)
    assert window.open_event(demo_path)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def collected(qapp: QApplication) -> Iterator[None]:
    """After each GUI test: run the deferred deletions and collect Python's garbage while the
    test's widgets are known dead, so no wrapper of one is freed later inside another test."""
    yield
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    gc.collect()
