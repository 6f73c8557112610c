"""A saved consent record is read-only: its empty fields show nothing, not a greyed example (issue 13).

A new record's date field shows an example ("2026-12-14 · 14/12/2026") as a hint; greyed in a
disabled form, the same hint read as a date that had been recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mouliaison.services.records import add_record
from tests.ui.form_driving import press


def _saved_consent(db) -> str:
    amina = add_record(db, "contact", {"full_name": "Amina Yusuf", "email": "amina.yusuf@example.org"})
    return add_record(db, "consent_record", {"contact": amina, "recipient": "partner", "given_on": "2025-02-03",
                                             "method": "signed-form", "evidence": "FORM-2025-014"})


def test_a_saved_consents_empty_dates_show_nothing(qtbot, db, french, active_window) -> None:
    consent = _saved_consent(db)
    window = active_window
    window.show_type("consent_record")
    row = window.model.row_of(consent)
    cell = window.table.visualRect(window.model.index(row, 0)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    form = window.records.form
    qtbot.waitUntil(lambda: form.record_id == consent)
    assert not form.editable
    for key in ("valid_until", "withdrawn_on"):
        line = form.editors[key].input
        assert line.text() == "" and line.placeholderText() == "", (key, line.placeholderText())
    assert form.editors["given_on"].input.text() == "2025-02-03"


def test_a_new_consent_still_shows_how_to_write_a_date(qtbot, db, french, active_window) -> None:
    _saved_consent(db)
    window = active_window
    window.show_type("consent_record")
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.records.form
    assert form.record_id is None and form.editable
    assert form.editors["valid_until"].input.placeholderText().startswith("2026-12-14 · ")
