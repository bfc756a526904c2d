"""Language: French or English, following the system unless the user chose."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from guardian.paths import resources_dir

LANGUAGES = ("fr", "en")
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language, never translated


def system_language() -> str:
    name = QLocale.system().name()  # e.g. "fr_FR"
    return "fr" if name.startswith("fr") else "en"


class Translators:
    """Guardian's own catalogue plus Qt's (standard buttons and dialogs), switchable at run time."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def remove(self) -> None:
        """Uninstall this object's catalogues (the app may outlive it, as in tests)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def use(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        self.remove()
        own = QTranslator(self._app)
        if own.load(f"guardian_{language}", str(resources_dir() / "translations")):
            self._installed.append(own)
        qt = QTranslator(self._app)
        qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_catalogues):
            self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
        self.language = language
