"""A long problem message under a field moves nothing below it (issue 13).

One line is kept under each field for its problems; a message longer than the line is cut to it
("…"), its whole text in the line's tooltip and in the save summary, so the fields below stay
where they were while the person types, in French at 1024x600 as in English.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.form_driving import click_first_field, field_of, field_tops, open_form, press, type_in

LONG = "amina.yusuf.at.the.regional.office.for.eastern.and.southern.africa.nairobi"


def test_a_long_message_keeps_to_its_line_and_nothing_below_moves(qtbot, db, french) -> None:
    _window, form, _ = open_form(qtbot, db, 600, 600)  # the form's pane in a 1024x600 window
    form.load("contact")
    click_first_field(form)
    type_in(qtbot, "Amina Yusuf")
    form.editors["email"].setFocus()
    type_in(qtbot, LONG)
    before = field_tops(form)
    assert field_of(form, press(qtbot, Qt.Key.Key_Tab)) == "phone"
    qtbot.wait(20)
    assert field_tops(form) == before  # the fields below the message stay where they were
    label = form.problem_labels["email"]
    assert LONG in label.text() and "n'est pas une adresse électronique" in label.toolTip()
    assert label.fontMetrics().horizontalAdvance(label.text()) > label.width()  # longer than its line
    assert label.height() < 2 * label.fontMetrics().lineSpacing()
    assert form.save() == ""  # what the window's Ctrl+S does: refused, with a summary
    assert LONG in form.record_problems.text()  # the whole message in the save summary
    form.discard()
