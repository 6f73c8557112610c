"""French and Spanish ship: the .qm files load, the window speaks French, every message is translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from mouliaison.services.database import Database
from mouliaison.ui.language import TRANSLATIONS, install_translators, remove_translators
from mouliaison.ui.main_window import MainWindow

LANGUAGES = ("fr", "es")
PLACEHOLDER = re.compile(r"\{\d+\}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_exist_and_load(language: str) -> None:
    path = TRANSLATIONS / f"mouliaison_{language}.qm"
    assert path.is_file()
    assert QTranslator().load(str(path))


def test_the_window_speaks_french(french: str, db: Database, qtbot) -> None:
    assert french == "fr"
    window = MainWindow(db)
    qtbot.addWidget(window)
    texts = [window.types.item(row).text() for row in range(window.types.count())]
    assert "Activités conjointes" in texts
    assert "Vue d'ensemble" in texts
    window.show_type("activity")
    form = window.records.form
    form.load("activity")
    assert form.labels["title"].text().replace("&", "") == "Titre *"
    status = form.editors["status"]
    assert "Prévue" in [status.input.itemText(i) for i in range(status.input.count())]  # type: ignore[attr-defined]
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Titre"


def test_qt_own_buttons_are_french(french: str, qtbot) -> None:
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_dir / "qtbase_fr.qm").is_file():
        pytest.skip("Qt's French translation is not installed")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)
    button = box.button(QMessageBox.StandardButton.Yes)
    assert isinstance(button, QPushButton)
    assert button.text().replace("&", "") == "Oui"


def test_qt_own_file_dialog_speaks_the_language_whole(language: str, qtbot) -> None:
    """Qt's file dialog (the one Linux shows without a desktop's own): every label of it in the
    window's language, the two Qt's translations lack (\"&Look in:\", \"Files of &type:\") from ours."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_dir / f"qtbase_{language}.qm").is_file():
        pytest.skip("Qt's own translation is not installed")
    dialog = QFileDialog(None, "t")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label: dialog.labelText(label).replace("&", "") for label in QFileDialog.DialogLabel}
    expected = {"fr": ("Voir dans\u00a0:", "Fichiers de type\u00a0:"), "es": ("Ver en:", "Ficheros de tipo:")}
    assert (labels[QFileDialog.DialogLabel.LookIn], labels[QFileDialog.DialogLabel.FileType]) == expected[language]
    assert not {"Look in:", "File name:", "Files of type:", "Open", "Cancel"} & set(labels.values())


def test_english_after_the_translators_are_removed(qapp: QApplication) -> None:
    remove_translators(qapp, install_translators(qapp, "fr"))
    assert QCoreApplication.translate("record_types", "Joint activities") == "Joint activities"


def _messages(language: str) -> list[ET.Element]:
    root = ET.parse(TRANSLATIONS / f"mouliaison_{language}.ts").getroot()
    return list(root.iter("message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 500
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), source
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (source, text)
            if "%n" in source:
                assert "%n" in text, (source, text)
            if "&" in source and re.search(r"&\w", source):
                assert re.search(r"&\w", text), (source, text)
