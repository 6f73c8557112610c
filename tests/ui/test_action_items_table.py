"""A meeting's action items, added, changed and removed inside the meeting's form."""

from __future__ import annotations

import datetime as dt
import unittest.mock

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from mouliaison.services import records
from mouliaison.ui.action_items_table import ActionItemDialog
from mouliaison.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db):
    records.add_record(db, "contact", {"full_name": "Amina Yusuf"})
    records.add_record(db, "meeting", {"title": "Steering committee", "date": "2026-03-02", "kind": "joint_meeting"})
    window = MainWindow(db)
    window.show()
    window.activateWindow()
    window.show_type("meeting")
    window.table.selectRow(0)
    yield window
    with unittest.mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        window.close()
    window.deleteLater()


def in_dialog(work) -> None:
    """Answer the action item dialog once it is open (it is modal)."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ActionItemDialog)
        work(dialog)
    QTimer.singleShot(0, answer)


def items_of(db, meeting_id: str) -> list[records.RecordView]:
    return records.referring(db, "action_item", "meeting", meeting_id)


def test_items_are_added_changed_and_removed_with_the_keyboard(qtbot, window, db, monkeypatch):
    form = window.records.form
    meeting = form.record_id
    items = form.action_items
    assert items.table.rowCount() == 0 and items.add_button.isEnabled()
    amina = records.list_records(db, "contact")[0].id

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.editors["description"].input, "Share the census form")
        dialog.editors["owner"].set_value(amina)
        dialog.editors["due_date"].set_value(dt.date(2026, 4, 1))
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)

    in_dialog(fill)
    items.table.setFocus()
    qtbot.keyClick(items.table, Qt.Key.Key_Insert)
    [item] = items_of(db, meeting)
    assert item.values["description"] == "Share the census form" and item.values["owner"] == amina
    assert item.values["status"] == "open"  # the field's default
    assert items.table.rowCount() == 1
    assert items.table.item(0, 1).text() == "Amina Yusuf"
    assert not form.dirty  # the meeting itself did not change

    def close_it(dialog) -> None:
        dialog.editors["status"].set_value("done")
        dialog.save()

    in_dialog(close_it)
    items.table.selectRow(0)
    qtbot.keyClick(items.table, Qt.Key.Key_Return)
    assert items_of(db, meeting)[0].values["status"] == "done"
    with db.reading() as session:  # each change is a version of its own, that travels
        count = session.execute(text("SELECT count(*) FROM versions WHERE record_id = :r"), {"r": item.id}).scalar()
    assert count == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(items.table, Qt.Key.Key_Delete)
    assert items_of(db, meeting) == [] and items.table.rowCount() == 0
    assert records.show_record(db, "action_item", item.id).deleted


def test_a_refused_item_writes_nothing_and_says_why(qtbot, window, db):
    items = window.records.form.action_items
    seen: list[str] = []

    def empty(dialog) -> None:
        dialog.save()  # no description: refused
        seen.append(dialog.problems.text())
        assert dialog.isVisible()
        dialog.reject()

    in_dialog(empty)
    items.add_button.click()
    assert seen and "required" in seen[0]
    assert items_of(db, window.records.form.record_id) == []


def test_a_new_meeting_gets_items_once_saved_and_tab_reaches_them(qtbot, window, db):
    window.records.new_record()
    form = window.records.form
    items = form.action_items
    assert not items.add_button.isEnabled() and "Save the meeting first" in items.note.text()
    form.editors["title"].input.setText("Border committee")
    form.editors["date"].set_value(dt.date(2026, 5, 6))
    form.editors["kind"].set_value("workshop")
    for key in ("title", "date", "kind"):
        form._edited(key)
    window.save_action.trigger()
    assert form.record_id is not None and form.action_items.meeting_id == form.record_id
    assert form.action_items.add_button.isEnabled()
    last = [w for e in form.editors.values() for w in e.focus_widgets()][-1]
    after = last.nextInFocusChain()
    while after.focusPolicy() == Qt.FocusPolicy.NoFocus or after.parent() is last:
        after = after.nextInFocusChain()
    assert after is form.action_items.table  # the items come after the meeting's fields
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    form.action_items.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.action_items.table, timeout=2000)
    qtbot.keyClick(form.action_items.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.action_items.add_button
