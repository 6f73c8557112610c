"""The "Vocabulary terms" table names a term as the form and the filter bar do (issue 13).

The database holds a term's English label; the table shows it in the window's language through
ui/labels.term_label, the function ui/terms.ordered_terms uses for the form's and the filters'
lists, so a French user reads "Prévue" in the table and in the Status list alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.ui.labels import type_plural
from mouliaison.ui.terms import ordered_terms

SAID = {"fr": ("Prévue", "Annulée"), "es": ("Prevista", "Cancelada")}


def _cells(window, key: str) -> list[str]:
    column = [f.key for f in RECORD_TYPES["term"].fields].index(key)
    return [window.model.index(row, column).data() for row in range(window.model.rowCount())]


def test_the_terms_table_shows_labels_in_the_windows_language(qtbot, db: Database, language, active_window) -> None:
    records.add_record(db, "term", {"vocabulary": "activity_status", "code": "postponed", "label": "Postponed"})
    window = active_window
    window.types.setFocus()
    wanted = type_plural(RECORD_TYPES["term"])
    for _ in range(window.types.count()):  # to the type as a person goes, by the keyboard
        if window.types.currentItem() is not None and window.types.currentItem().text() == wanted:
            break
        qtbot.keyClick(window.types, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.model.record_type is RECORD_TYPES["term"])
    rows = zip(_cells(window, "vocabulary"), _cells(window, "code"), _cells(window, "label"), strict=True)
    labels = {code: label for vocabulary, code, label in rows if vocabulary == "activity_status"}
    planned, cancelled = SAID[language]
    assert labels["planned"] == planned and labels["cancelled"] == cancelled
    assert labels["postponed"] == "Postponed"  # an office's own term reads as it was entered
    offered = dict(ordered_terms(window.records.form.offered.vocab, "activity_status"))
    assert {code: offered[code] for code in labels} == labels  # the form's list names them the same
