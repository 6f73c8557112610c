"""File ▸ Import's mapping step by keyboard (issue 12): a change plans the sheet again, rebuilds
the page and disables it meanwhile; afterwards the keyboard is back on what the person changed,
in view, and the next key goes on from there.

The tracker is a real .xlsx read from disk; keys are real key presses on the focused widget.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.form_driving import press
from tests.ui.test_mapping_step_by_hand import (
    open_dialog,
    row_of,
    tab_until,
    tracker,
    wait_replanned,
)

pytestmark = pytest.mark.usefixtures("no_saved_mappings")

def focused() -> QWidget | None:
    return QApplication.focusWidget()


def replanned_by(qtbot, dialog, key: Qt.Key) -> None:
    """`key` pressed where the keyboard is, then the re-plan it starts waited for."""
    press(qtbot, key)
    assert dialog.worker.running or dialog.state == "previewing", "the key planned nothing again"
    wait_replanned(qtbot, dialog)


def test_after_a_column_changed_by_keyboard_the_keyboard_is_back_on_that_column(qtbot, db, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, db, tracker(tmp_path / "tracker.xlsx"))
    page = dialog.mapping_page
    table_bar = page.columns.verticalScrollBar()
    venue = row_of(dialog, "Venue")
    tab_until(qtbot, page.header_row, page.field_combos[venue])
    scrolled = table_bar.value()
    assert scrolled > 0  # far down the table: Tab scrolled to it
    assert page.field_combos[venue].currentData() == "places"

    replanned_by(qtbot, dialog, Qt.Key.Key_Down)  # Venue becomes the next field in its list
    combo = page.field_combos[venue]
    assert focused() is combo, f"the keyboard is on {focused()!r}"
    assert combo.currentData() == "organisations" and page.step.mapping.columns[venue].field == "organisations"
    assert table_bar.value() == scrolled  # the table kept its place
    assert page.columns.viewport().rect().contains(combo.geometry().center())

    replanned_by(qtbot, dialog, Qt.Key.Key_Up)  # the next key goes on from there: back to Places
    assert focused() is page.field_combos[venue]
    assert page.step.mapping.columns[venue].field == "places"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.field_combos[venue + 1]  # Tab: the next column's combo


def test_after_the_type_header_row_or_key_changed_the_keyboard_is_back_there(qtbot, db, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, db, tracker(tmp_path / "tracker.xlsx"))
    page = dialog.mapping_page

    tab_until(qtbot, dialog.files, page.key_list)
    press(qtbot, Qt.Key.Key_End)
    last = page.key_list.currentItem().data(Qt.ItemDataRole.UserRole)
    assert last not in page.key()
    replanned_by(qtbot, dialog, Qt.Key.Key_Space)  # the last field becomes part of the key
    assert last in page.key() and last in page.step.mapping.key
    assert focused() is page.key_list
    assert page.key_list.currentItem().data(Qt.ItemDataRole.UserRole) == last

    tab_until(qtbot, dialog.files, page.type_combo)
    replanned_by(qtbot, dialog, Qt.Key.Key_Down)
    assert page.type_combo.currentIndex() == 1  # a type the sheet does not fit: still shown, nothing read
    assert focused() is page.type_combo
    replanned_by(qtbot, dialog, Qt.Key.Key_Up)
    assert page.type_combo.currentData() == "activity" and page.step.mapping.entity == "activity"
    assert focused() is page.type_combo

    tab_until(qtbot, dialog.files, page.header_row)
    replanned_by(qtbot, dialog, Qt.Key.Key_Up)
    assert page.header_row.value() == 2 and page.step.mapping.header_row == 2
    assert focused() is page.header_row
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.columns  # Tab goes on from the header row: the columns table



def test_after_a_re_plan_that_cannot_be_used_the_keyboard_is_back_on_that_column(qtbot, db, tmp_path: Path) -> None:
    path = tracker(tmp_path / "tracker.xlsx")
    dialog = open_dialog(qtbot, db, path)
    page = dialog.mapping_page
    venue = row_of(dialog, "Venue")
    tab_until(qtbot, page.header_row, page.field_combos[venue])
    book = openpyxl.load_workbook(path)  # meanwhile the office saves the tracker without its last columns
    book.active.delete_cols(venue + 1, 3)
    book.save(path)

    replanned_by(qtbot, dialog, Qt.Key.Key_Down)  # the re-plan reads the file again: no column L now
    assert dialog.status.text().startswith("That mapping cannot be used"), dialog.status.text()
    assert page.field_combos[venue].currentData() == "places"  # the earlier mapping, shown again
    assert focused() is page.field_combos[venue]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.field_combos[venue + 1]
