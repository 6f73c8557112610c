"""File ▸ Import's mapping step (issue 12): a record type a person picks that the sheet does not fit
stays shown, with its fields to map, and the notes say in the window's own words what to do there
(the type, "Becomes"); the command line keeps its wording (a mapping file, --map).

The tracker is a real .xlsx read from disk; the type and the columns are chosen with real key presses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mouliaison.domain.record_types import RECORD_TYPES
from tests.ui.form_driving import press
from tests.ui.test_mapping_keyboard_place import focused, replanned_by
from tests.ui.test_mapping_step_by_hand import (
    open_dialog,
    row_of,
    tab_until,
    tracker,
)

HINT = {"fr": "ou choisissez le type dans « Type de fiche », ou ce que devient chaque colonne dans « Devient »",
        "es": "o elija el tipo en «Tipo de registro», o en qué se convierte cada columna en «Se convierte en»"}
NOT_READ = {"fr": "lue comme accords de projet", "es": "leída como acuerdos de proyecto"}
pytestmark = pytest.mark.usefixtures("no_saved_mappings")

def test_a_type_the_sheet_does_not_fit_stays_chosen_and_the_note_says_what_to_do_here(
        qtbot, db, tmp_path: Path, language: str) -> None:
    dialog = open_dialog(qtbot, db, tracker(tmp_path / "tracker.xlsx"))
    page = dialog.mapping_page
    tab_until(qtbot, dialog.files, page.type_combo)
    assert page.type_combo.itemData(1) == "project_agreement"
    replanned_by(qtbot, dialog, Qt.Key.Key_Down)  # the activities sheet read as project agreements

    assert dialog.state == "nothing_read"
    assert not any(back in dialog.status.text() for back in ("(Back)", "(Précédent)", "(Volver)"))  # it is here
    assert page.type_combo.currentData() == "project_agreement", page.type_combo.currentText()
    assert focused() is page.type_combo
    notes = page.notes.text()
    assert NOT_READ[language] in notes and HINT[language] in notes, notes
    assert "--map" not in notes and "mouliaison import" not in notes
    said = page.step.mapping.notes[-1]
    assert "or choose with `mouliaison import FILE --map MAPPING.json`" in said  # the command line's words
    fields = {page.field_combos[0].itemData(i) for i in range(page.field_combos[0].count())}
    assert {f.key for f in RECORD_TYPES["project_agreement"].fields} <= fields  # its fields, to map here

    press(qtbot, Qt.Key.Key_Up)  # the keyboard still on the type: back to activities
    qtbot.waitUntil(lambda: not dialog.worker.running and dialog.state == "previewed", timeout=20_000)
    assert page.type_combo.currentData() == "activity" and page.step.mapping.entity == "activity"
    assert focused() is page.type_combo


def test_a_column_left_out_by_keyboard_is_noted_in_the_window_s_words(qtbot, db, tmp_path: Path, french: str) -> None:
    dialog = open_dialog(qtbot, db, tracker(tmp_path / "tracker.xlsx"))
    page = dialog.mapping_page
    status = row_of(dialog, "Status")
    tab_until(qtbot, page.header_row, page.field_combos[status])
    replanned_by(qtbot, dialog, Qt.Key.Key_Home)  # "Leave out", the first item
    assert page.step.mapping.columns[status].field is None and dialog.state == "previewed"
    assert focused() is page.field_combos[status]
    notes = page.notes.text()
    assert "ajoutez une colonne Statut ou associez-en une dans « Devient »" in notes, notes
    assert "--map" not in notes
    assert any(n.endswith("add a Status column or map one with --map") for n in page.step.mapping.notes)
