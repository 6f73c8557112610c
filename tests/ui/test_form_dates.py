"""Dates typed by hand: ISO or the person's own day/month order; impossible ones refused, never corrected."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.form_driving import click_first_field, field_of, open_form, press, type_in


@pytest.fixture
def locale(monkeypatch):
    """Sets the window's language and the system's locale for one test."""
    def use(language: str, name: str) -> None:
        monkeypatch.setenv("MOULIAISON_LANG", language)
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def activity_form(qtbot, db):
    window, form, _ = open_form(qtbot, db)
    form.window_kept = window  # the window lives as long as the test
    return form


def type_date(qtbot, form, key: str, text: str) -> None:
    """Type `text` into the date field and Tab away, as a person does."""
    form.editors[key].setFocus()
    press(qtbot, Qt.Key.Key_End)
    for _ in range(len(form.editors[key].input.text())):
        press(qtbot, Qt.Key.Key_Backspace)
    type_in(qtbot, text)
    assert field_of(form, press(qtbot, Qt.Key.Key_Tab)) != key


def problem(form, key: str) -> str:
    return form.problem_labels[key].text()


def start(qtbot, form, locale_, language: str, name: str) -> None:
    locale_(language, name)
    form.load("activity")
    click_first_field(form)
    type_in(qtbot, "Joint training")


@pytest.mark.parametrize(("language", "name", "typed"), [
    ("en", "en_US", "2026-12-14"), ("fr", "fr_FR", "2026-12-14"),  # ISO, whatever the locale
    ("fr", "fr_FR", "14/12/2026"), ("es", "es_ES", "14/12/2026"), ("fr", "fr_FR", "14.12.2026"),
    ("en", "en_GB", "14/12/2026"), ("en", "en_US", "12/14/2026"),
])
def test_a_date_typed_in_iso_or_the_local_order_is_read(qtbot, activity_form, locale, language, name, typed) -> None:
    form = activity_form
    start(qtbot, form, locale, language, name)
    type_date(qtbot, form, "start_date", typed)
    assert form.editors["start_date"].value() == dt.date(2026, 12, 14)
    assert form.editors["start_date"].input.text() == "2026-12-14"  # shown as read, once left
    assert problem(form, "start_date") == "" and form.valid and form.save_button.isEnabled()


@pytest.mark.parametrize(("language", "name", "typed"), [
    ("en", "en_US", "2026-02-30"), ("fr", "fr_FR", "31/04/2026"), ("en", "en_US", "14/12/2026"),
    ("es", "es_ES", "30/02/2026"), ("en", "en_GB", "14 Dec"), ("fr", "fr_FR", "14/12/26"),
])
def test_an_impossible_date_is_kept_as_typed_and_refused(qtbot, activity_form, locale, language, name, typed) -> None:
    form = activity_form
    start(qtbot, form, locale, language, name)
    type_date(qtbot, form, "start_date", typed)
    assert form.editors["start_date"].input.text() == typed  # never corrected behind the person's back
    assert typed in problem(form, "start_date")  # a message under the field says what is wrong
    assert not form.valid and not form.save_button.isEnabled()
    assert form.save() == ""


def test_a_date_can_be_emptied_and_picked_from_the_calendar(qtbot, activity_form, locale) -> None:
    form = activity_form
    start(qtbot, form, locale, "en", "en_GB")
    type_date(qtbot, form, "start_date", "2026-03-02")
    type_date(qtbot, form, "start_date", "")  # not set is a value too
    assert form.editors["start_date"].value() is None and form.valid
    form.editors["end_date"].setFocus()
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar, from the keyboard
    calendar = QApplication.focusWidget()
    assert calendar is not None and calendar.window() is not form.window()
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Return)
    assert form.editors["end_date"].value() == dt.date.today() + dt.timedelta(days=1)
    assert field_of(form, QApplication.focusWidget()) == "end_date"
    form.discard()
