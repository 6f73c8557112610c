"""The mouse wheel passing over the bulk change and the duplicates dialogs changes no choice.

In the bulk change, a value is set on every selected record: the wheel passing over the Value
combo changed it (Planned became Ongoing for all of them), and over the Field combo it changed
the field, throwing away the value typed. Real wheel events, as tests/ui/test_form_wheel.py sends them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from mouliaison.ui.bulk_edit_dialog import BulkEditDialog
from mouliaison.ui.duplicates_dialog import DuplicatesDialog
from mouliaison.ui.main_window import MainWindow
from tests.ui.form_driving import wheel


@pytest.fixture
def window(qtbot, db) -> Iterator[MainWindow]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show_type("activity")
    yield window


def bulk_dialog(qtbot, window: MainWindow) -> BulkEditDialog:
    dialog = BulkEditDialog(window.records.rtype, 3, window.records.form.choices_for, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_the_wheel_over_the_bulk_change_changes_neither_the_field_nor_its_value(qtbot, window) -> None:
    dialog = bulk_dialog(qtbot, window)
    dialog.choose("status")  # the editor made for the field chosen (not the one the dialog opened with)
    assert dialog.editor is not None
    [value_box] = dialog.editor.findChildren(QComboBox)
    dialog.buttons.setFocus()  # the person is on the buttons; the pointer passes over the combos
    field_before, value_before = dialog.field_box.currentIndex(), value_box.currentIndex()
    wheel(value_box, -1)
    wheel(dialog.field_box, -1)
    assert (dialog.field_box.currentIndex(), value_box.currentIndex()) == (field_before, value_before)
    assert dialog.field.key == "status"
    # in the value's combo, the wheel changes it as the person expects
    dialog.activateWindow()
    value_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is value_box)
    wheel(value_box, -1 if value_box.currentIndex() < value_box.count() - 1 else 1)
    assert value_box.currentIndex() != value_before


def test_the_wheel_over_look_among_keeps_the_duplicates_shown(qtbot, db) -> None:
    dialog = DuplicatesDialog(db, type_name="contact")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.pairs.setFocus()
    wheel(dialog.type_box, -1)
    assert dialog.type_name == "contact"
