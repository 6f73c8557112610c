"""Messages of the lower layers, the overview, type names, counts and dates in French and Spanish.

The domain, the services and the file checks write English Messages; the window shows them
through ui.messages, translated with their parameters (labels translated too, numbers and dates
the locale's way). The command line keeps English: str() of the same message.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from mouliaison.domain.messages import Message
from mouliaison.domain.validation import Invalid
from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.ui.export_dialog import ExportDialog
from mouliaison.ui.import_dialog import ImportDialog
from mouliaison.ui.language import TRANSLATIONS, install_translators, remove_translators
from mouliaison.ui.messages import count_text, date_text, rendered, shown
from mouliaison.ui.overview_page import OverviewPage
from mouliaison.ui.record_form import RecordForm

TIMEOUT = 20_000
SAID = {  # language -> what the window says, per kind of message
    "fr": {"required": "Titre : obligatoire", "refused": "n'est pas un classeur Excel (.xlsx)",
           "overview": "Activités conjointes par statut", "status": "Prévue", "types": "Activités conjointes",
           "email": "n'est pas une adresse électronique", "order": "se termine le"},
    "es": {"required": "Título: obligatorio", "refused": "no es un libro de Excel (.xlsx)",
           "overview": "Actividades conjuntas por estado", "status": "Prevista", "types": "Actividades conjuntas",
           "email": "no es una dirección de correo electrónico", "order": "termina el"},
}



def test_a_forms_errors_are_in_the_language(qtbot, db: Database, language: str) -> None:
    form = RecordForm(db)
    qtbot.addWidget(form)
    form.load("contact")
    qtbot.keyClicks(form.editors["full_name"].input, "Amina Yusuf")
    qtbot.keyClicks(form.editors["email"].input, "amina@")
    email = next(p for p in form.problems if p.field == "email")
    assert SAID[language]["email"] in shown(email)
    assert "is not an email address" in str(email)  # the command line's English is unchanged

    form.load("activity")
    title = next(p for p in form.problems if p.field == "title")
    assert shown(title) == SAID[language]["required"]
    assert title.message == "Title is required"


def test_a_rules_message_translates_its_words_and_shows_dates_the_locales_way(db: Database, language: str) -> None:
    with pytest.raises(Invalid) as refused:
        records.add_record(db, "activity", {"title": "Workshop", "status": "planned",
                                            "start_date": "2025-05-10", "end_date": "2025-05-02"})
    problem = next(p for p in refused.value.problems if p.field == "end_date")
    text = shown(problem)
    assert SAID[language]["order"] in text
    assert date_text(dt.date(2025, 5, 2)) in text and "2025-05-02" not in text
    assert {"fr": "02/05/2025", "es": "2/5/2025"}[language] in text  # the year in full
    assert str(problem) == "end_date: the activity ends on 2025-05-02 before it starts on 2025-05-10"


def test_an_import_refusal_is_in_the_language(qtbot, db: Database, tmp_path: Path, language: str) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"\x01\x02" + os.urandom(2046))
    dialog = ImportDialog(db, [bad])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == "refused", timeout=TIMEOUT)
    details = dialog.details.toPlainText()
    assert SAID[language]["refused"] in details and "x.xlsx" in details
    assert "not an Excel workbook" not in details
    assert SAID[language]["refused"] in dialog.tree.topLevelItem(0).toolTip(1)


@pytest.mark.parametrize("name", ["password_protected.xlsx", "zip_encrypted_entries.xlsx"])
def test_a_password_protected_file_is_refused_in_the_language(qtbot, db: Database, name: str, language: str) -> None:
    path = Path(__file__).resolve().parents[1] / "fixtures" / "incoming" / name
    dialog = ImportDialog(db, [path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == "refused", timeout=TIMEOUT)
    details = dialog.details.toPlainText()
    assert {"fr": "protégé par un mot de passe", "es": "protegido con"}[language] in details
    assert "protected with a password" not in details and name in details


def test_the_overviews_labels_and_counts_are_in_the_language(qtbot, db: Database, language: str) -> None:
    for n in range(3):
        records.add_record(db, "activity", {"title": f"Workshop {n}", "status": "planned"})
    page = OverviewPage(db, today=dt.date(2025, 6, 15))
    qtbot.addWidget(page)
    box = page.scroll.widget().findChild(QGroupBox, "activitiesByStatus")
    assert box.title().startswith(SAID[language]["overview"])
    names = [w.text() for w in box.findChildren(QLabel, "barLabel")]
    assert SAID[language]["status"] in names and "Planned" not in names
    since = page.scroll.widget().findChild(QLabel, "inForceSince").text()
    assert since == {"fr": "08/05/2018", "es": "8/5/2018"}[language]
    assert since != "2018-05-08"


def test_the_export_dialogs_type_names_are_in_the_language(qtbot, db: Database, tmp_path: Path,
                                                            language: str) -> None:
    dialog = ExportDialog(db, folder=tmp_path, today=dt.date(2026, 11, 28))
    qtbot.addWidget(dialog)
    names = [dialog.types.item(row).text() for row in range(dialog.types.count())]
    assert SAID[language]["types"] in names and "Joint activities" not in names


def test_a_count_has_the_locales_thousands_separator(language: str) -> None:
    separator = QLocale().groupSeparator()
    assert separator and separator != ","
    assert count_text(12345) == f"12{separator}345"
    message = Message("{label} is {length:,} characters long as Excel counts them (an emoji or a rare letter "
                      "counts 2); the limit is {limit:,}", label="Title", length=40000, limit=32767)
    assert str(message).startswith("Title is 40,000 characters long")
    assert f"40{separator}000" in rendered(message) and f"32{separator}767" in rendered(message)


def test_english_stays_as_the_lower_layers_wrote_it(qapp: QApplication) -> None:
    remove_translators(qapp, install_translators(qapp, "en"))
    message = Message("{label} is required", label="Title")
    assert rendered(message) == str(message) == "Title is required"
    assert rendered("plain text") == "plain text"


def _build_script():
    path = TRANSLATIONS / "domain_messages.py"
    spec = importlib.util.spec_from_file_location("domain_messages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_template_has_french_and_spanish_in_the_catalog_and_the_qm(qapp: QApplication) -> None:
    script = _build_script()
    templates = script.message_templates()
    assert "{label} is required" in templates and len(templates) > 50
    missing = [t for t in templates if t not in script.MESSAGES or not all(script.MESSAGES[t])]
    assert not missing
    for column, language in enumerate(("fr", "es")):
        translators = install_translators(qapp, language)
        try:
            untranslated = [t for t in templates if QApplication.translate("messages", t) != script.MESSAGES[t][column]]
        finally:
            remove_translators(qapp, translators)
        assert not untranslated, (language, untranslated[:3])
    for template, translations in script.MESSAGES.items():
        for translation in translations:  # the same parameters, so that formatting cannot fail
            assert _names(translation) == _names(template), template


def _names(text: str) -> set[str]:
    import string

    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_the_import_reports_notes_are_in_the_language(qtbot, db: Database, tmp_path: Path, language: str) -> None:
    import openpyxl

    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Joint activities"
    sheet.append(["Title", "Status", "Gadget"])
    sheet.append(["Border workshop", "planned", "blue"])
    book.save(path)
    dialog = ImportDialog(db, [path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == "previewed", timeout=TIMEOUT)
    details = dialog.details.toPlainText()
    said = {"fr": "la colonne C 'Gadget' ne correspond à aucun champ (activités conjointes)",
            "es": "la columna C 'Gadget' no corresponde a ningún campo (actividades conjuntas)"}[language]
    assert said in details, details
    assert "matches no field" not in details


def test_a_label_before_its_text_reads_as_the_language_writes_it(language: str) -> None:
    """One way to write "Label: text" in the window (ui.messages.labelled): French puts a space
    before the colon ("Bureaux : inchangées 3", "✔ signé : ..."), Spanish does not."""
    from mouliaison.ui.messages import labelled

    assert labelled("Titre", "obligatoire") == {"fr": "Titre : obligatoire", "es": "Titre: obligatoire"}[language]
