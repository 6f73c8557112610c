"""Tab visits every field of every record type once, in the order shown, then leaves the form."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services import records
from tests.ui.form_driving import click_first_field, field_of, field_tops, open_form, press, tab_to, type_in

BACK = Qt.KeyboardModifier.ShiftModifier


def fields_shown(form) -> list[str]:
    """The fields in the order the form shows them, top to bottom."""
    tops = field_tops(form)
    return sorted(tops, key=tops.__getitem__)


@pytest.mark.parametrize("type_name", list(RECORD_TYPES))
def test_tab_visits_every_field_once_in_order_then_leaves(qtbot, db, type_name: str) -> None:
    _window, form, _outside = open_form(qtbot, db)
    form.load(type_name)
    expected = fields_shown(form)
    assert expected == list(form.editors)  # the form shows the fields in the type's order
    click_first_field(form)
    visited = [field_of(form, QApplication.focusWidget())]
    for _ in range(2 * len(expected)):  # a checklist takes two stops: its filter and its list
        visited.append(field_of(form, press(qtbot, Qt.Key.Key_Tab)))
        if visited[-1] not in form.editors:
            break
    *fields, left_to = visited
    assert [key for key, _ in itertools.groupby(fields)] == expected  # each once, in order
    assert left_to == "outside"  # a new record cannot be saved yet: Tab leaves the form
    back = [field_of(form, press(qtbot, Qt.Key.Key_Backtab, BACK)) for _ in fields]
    assert back == fields[::-1]  # Shift+Tab: the same stops, backwards


def test_tab_from_the_last_field_reaches_discard_then_save(qtbot, db) -> None:
    _window, form, outside = open_form(qtbot, db)
    rid = records.add_record(db, "contact", {"full_name": "Amina Yusuf"})
    form.load("contact", rid)
    click_first_field(form)
    type_in(qtbot, " K.")
    form.editors["notes"].setFocus()
    assert press(qtbot, Qt.Key.Key_Tab) is form.discard_button
    assert press(qtbot, Qt.Key.Key_Tab) is form.save_button
    assert press(qtbot, Qt.Key.Key_Tab) is outside
    assert press(qtbot, Qt.Key.Key_Backtab, BACK) is form.save_button  # back in, at its last stop


def test_a_phone_typed_after_the_email_lands_in_phone(qtbot, db) -> None:
    """Contact: Tab from Email went back to Party, and the number typed landed there."""
    _window, form, _ = open_form(qtbot, db)
    form.load("contact")
    click_first_field(form)
    type_in(qtbot, "Amina Yusuf")
    tab_to(qtbot, form, "email")
    type_in(qtbot, "amina@example.org")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "+254 700 111 000")
    assert form.editors["phone"].value() == "+254 700 111 000"
    assert form.editors["party"].value() is None


def test_new_record_puts_the_keyboard_in_its_first_field(qtbot, active_window) -> None:
    window = active_window
    window.show_type("meeting")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.records.form
    assert form.record_id is None
    assert field_of(form, QApplication.focusWidget()) == "title"
    type_in(qtbot, "Border meeting")
    assert form.editors["title"].value() == "Border meeting"
    form.discard()  # closing the window would ask about it


@pytest.mark.parametrize("type_name", ["meeting", "contact", "cooperation_request"])
def test_ctrl_n_after_choosing_a_page_with_the_mouse_puts_the_keyboard_in_the_first_field(qtbot, active_window,
                                                                                           type_name):
    """A click on the navigation list leaves the keyboard on that list; Ctrl+N then opens a new
    record with the keyboard in its first field, not on the list (typing would jump between pages)."""
    window = active_window
    window.resize(1024, 600)
    row = window._row_of(type_name)
    rect = window.types.visualItemRect(window.types.item(row))
    qtbot.mouseClick(window.types.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.records.rtype is not None and window.records.rtype.name == type_name
    assert QApplication.focusWidget() is window.types  # where a click leaves it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.records.form
    first = next(iter(form.editors))
    assert form.record_id is None
    assert field_of(form, QApplication.focusWidget()) == first, QApplication.focusWidget()
    type_in(qtbot, "Border")
    assert field_of(form, QApplication.focusWidget()) == first
    assert window.records.rtype.name == type_name  # the letters went to the field, not to the list
    form.discard()


def test_f6_moves_the_keyboard_between_the_record_types_the_table_and_the_form(qtbot, active_window):
    """Tab walks inside a pane; F6 goes to the next pane (Shift+F6 back), so a person at the
    keyboard reaches the list of record types without Tab through every filter."""
    window = active_window
    window.show_type("meeting")
    window.records.form.focus_first_field()
    assert press(qtbot, Qt.Key.Key_F6) is window.types
    assert press(qtbot, Qt.Key.Key_F6) is window.table
    press(qtbot, Qt.Key.Key_F6)
    assert field_of(window.records.form, QApplication.focusWidget()) == "title"
    assert press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.table
    assert press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.types
    press(qtbot, Qt.Key.Key_Down)  # Réunions -> the next type, chosen with the arrows
    assert window.records.rtype.name != "meeting"


def test_after_saving_a_consent_record_the_keyboard_is_on_its_row_not_on_the_record_types(qtbot, db, active_window):
    """A consent record is read-only once saved: its fields are disabled, and Qt handed the
    keyboard to the first widget of the window, the list of record types, where the next letter
    typed changed the page (seen in the trial). It goes to the record's row instead."""
    from tests.ui.test_every_type_in_the_window import minimal

    window = active_window
    values = minimal(db, "consent_record")
    window.show_type("consent_record")
    window.new_action.trigger()
    form = window.records.form
    for key, value in values.items():
        form.editors[key].set_value(value)
    form.focus_first_field()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.record_id is not None and not form.editable
    assert QApplication.focusWidget() is window.table
    assert window.table.currentIndex().row() == window.model.row_of(form.record_id)
