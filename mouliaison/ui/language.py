"""Which language the window speaks: our translations and Qt's own (qtbase_*.qm).

MOULIAISON_LANG (fr, es, en...) wins; then the language chosen in Settings; otherwise the
system locale; English when we ship no translation for it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mouliaison.services.preferences import load_preferences

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
SHIPPED = ("en", "fr", "es")
ENV = "MOULIAISON_LANG"
# Qt's own words that Qt's translations lack, given by ours (installed after Qt's, asked first): Qt 6's
# file dialog labels "&Look in:" and "Files of &type:", where qtbase_fr.qm and qtbase_es.qm have only
# the older "Look in:" and "Files of type:" (the French dialog said "Look in:" beside "Nom de fichier").
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def chosen_language() -> str:
    """The two-letter language to use: the environment's, Settings', the system's, else English."""
    chosen = load_preferences().language
    wanted = os.environ.get(ENV, "").strip() or (chosen if chosen != "system" else "") or QLocale.system().name()
    code = wanted.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in SHIPPED else "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load and install our .qm and Qt's for `language`; returns them (for removeTranslator)."""
    language = language or chosen_language()
    _follow_locale(language)
    if language == "en":
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{language}", qt_dir), (f"mouliaison_{language}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, directory) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def _follow_locale(language: str) -> None:
    """Numbers and dates the way of the language the window speaks (the system's country where it matches)."""
    system = QLocale.system()
    same = QLocale(language).language() == system.language()
    QLocale.setDefault(system if same else QLocale(language))
