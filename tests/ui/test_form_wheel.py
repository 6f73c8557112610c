"""The mouse wheel scrolls the form; it never changes a field the person is not in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from mouliaison.services import records
from tests.ui.form_driving import click_first_field, open_form, wheel


def under_pointer(widget: QWidget) -> QWidget:
    """The widget a pointer over the middle of `widget` is over (a combo box's line, a list's viewport)."""
    middle = QPoint(widget.width() // 2, widget.height() // 2)
    return widget.childAt(middle) or widget


def an_activity(db) -> str:
    countries = ["KEN", "UGA", "TZA", "RWA", "BDI", "ETH", "SOM", "SSD", "COD", "ZMB"]
    return records.add_record(db, "activity", {
        "title": "Joint training", "kind": "training", "status": "ongoing", "participants_women": 12,
        "start_date": "2026-03-02", "countries": countries})


def test_the_wheel_over_fields_without_focus_scrolls_the_form_and_changes_nothing(qtbot, db) -> None:
    _window, form, _ = open_form(qtbot, db, 820, 420)
    form.load("activity", an_activity(db))
    click_first_field(form)
    before = {key: editor.value() for key, editor in form.editors.items()}
    bar = form.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the form is taller than the window: it scrolls
    targets = {"kind": form.editors["kind"].combo, "participants_women": form.editors["participants_women"].spin,
               "start_date": form.editors["start_date"].input, "countries": form.editors["countries"].list}
    for key, widget in targets.items():
        form.scroll.ensureWidgetVisible(widget)
        bar.setValue(min(bar.value(), bar.maximum() - 60))  # room to scroll down
        list_bar = widget.verticalScrollBar() if key == "countries" else None
        top, list_top = bar.value(), list_bar.value() if list_bar else 0
        for _ in range(2):
            wheel(under_pointer(widget), -1)
        assert bar.value() > top, f"the form did not scroll over {key}"
        assert {k: e.value() for k, e in form.editors.items()} == before, f"the wheel over {key} changed a value"
        if list_bar is not None:
            assert list_bar.value() == list_top  # nor did the list scroll inside the form
    assert not form.dirty
    assert form.editors["start_date"].value() == dt.date(2026, 3, 2)


def test_the_wheel_over_the_field_being_edited_changes_it(qtbot, db) -> None:
    _window, form, _ = open_form(qtbot, db, 820, 420)
    form.load("activity", an_activity(db))
    spin = form.editors["participants_women"].spin
    form.scroll.ensureWidgetVisible(spin)
    spin.setFocus()
    assert QApplication.focusWidget() in (spin, spin.lineEdit())
    bar = form.scroll.verticalScrollBar()
    top = bar.value()
    wheel(under_pointer(spin), 1)
    assert form.editors["participants_women"].value() == 13
    assert bar.value() == top
    form.discard()
