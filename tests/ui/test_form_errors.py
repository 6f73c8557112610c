"""Problems show when they help: not on a new form, once a field is left, on Save; nothing moves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.form_driving import click_first_field, field_of, field_tops, open_form, press, tab_to, type_in


def test_a_new_form_opens_without_problems_shown(qtbot, db) -> None:
    _window, form, _ = open_form(qtbot, db)
    for type_name in ("contact", "meeting", "cooperation_request"):
        form.load(type_name)
        assert not form.valid  # a required field is empty...
        assert all(label.text() == "" for label in form.problem_labels.values())  # ...and nothing says so yet
        assert form.record_problems.isHidden()


def test_a_problem_shows_once_the_field_is_left_and_nothing_below_moves(qtbot, db) -> None:
    _window, form, _ = open_form(qtbot, db)
    form.load("contact")
    click_first_field(form)
    type_in(qtbot, "Amina Yusuf")
    form.editors["email"].setFocus()
    type_in(qtbot, "amina@")
    assert form.problem_labels["email"].text() == ""  # not while typing
    before = field_tops(form)
    assert field_of(form, press(qtbot, Qt.Key.Key_Tab)) == "phone"
    assert "is not an email address" in form.problem_labels["email"].text()
    assert field_tops(form) == before  # the fields below the message stay where they were
    assert not form.save_button.isEnabled()
    form.discard()


def save_a_meeting_with_only_its_place(qtbot, window):
    """Ctrl+N on the meetings, the place typed, Ctrl+S: a form with problems saved; the form."""
    window.show_type("meeting")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.records.form
    tab_to(qtbot, form, "location")
    type_in(qtbot, "Nairobi")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return form


def test_save_on_an_invalid_form_says_why_and_goes_to_the_first_problem(qtbot, active_window) -> None:
    form = save_a_meeting_with_only_its_place(qtbot, active_window)
    assert not form.record_problems.isHidden()
    summary = form.record_problems.text()
    assert "Not saved" in summary and "Title" in summary and "Date" in summary
    assert field_of(form, QApplication.focusWidget()) == "title"  # the first field with a problem
    assert "required" in form.problem_labels["title"].text()
    type_in(qtbot, "Border meeting")
    assert "Title" not in form.record_problems.text()  # the summary follows the fixes
    form.discard()


def test_the_save_summary_reads_as_french_in_french(qtbot, french, active_window) -> None:
    """Each line names its field as French typography wants it ("Titre : ..."), not "Titre: ..."."""
    form = save_a_meeting_with_only_its_place(qtbot, active_window)
    lines = [line for line in form.record_problems.text().splitlines() if line.startswith("⚠")]
    assert lines and all(" : " in line for line in lines), lines
    assert any(line.startswith("⚠ Titre") for line in lines), lines
    form.discard()
