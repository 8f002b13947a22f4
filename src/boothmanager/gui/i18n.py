"""German and English UI through Qt's translation system, following the system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from boothmanager.resources import TRANSLATIONS

LANGUAGES = ("de", "en")
SYSTEM = "system"


def system_language() -> str:
    """German on a German system, English on any other (the source language)."""
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


class Translations:
    """Installs the translators of one UI language and switches them at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self.choice = SYSTEM
        self._installed: list[QTranslator] = []

    def apply(self, choice: str) -> str:
        """Switch to `choice` ("de", "en" or "system"); widgets get a LanguageChange event."""
        self.choice = choice if choice in LANGUAGES else SYSTEM
        language = system_language() if self.choice == SYSTEM else self.choice
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        if language != "en":
            ours = QTranslator(self.app)
            if ours.load(f"boothmanager_{language}", str(TRANSLATIONS)):
                self._installed.append(ours)
            qt_own = QTranslator(self.app)
            if qt_own.load(f"qtbase_{language}",
                           QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt_own)
        for translator in self._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                                   else QLocale.Language.English,
                                   QLocale.Country.Germany if language == "de"
                                   else QLocale.Country.UnitedKingdom))
        self.language = language
        return language
