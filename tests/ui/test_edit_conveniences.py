"""Edit > Duplicate, Edit > Change field of N records…, and an Undo that names what it undoes."""

from __future__ import annotations

import unittest.mock

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from mouliaison.services import records
from mouliaison.ui.bulk_edit_dialog import BulkEditDialog
from mouliaison.ui.main_window import MainWindow

TITLES = ("Border census", "Joint patrol training", "Risk assessment at Namanga", "Joint training")


@pytest.fixture
def window(qtbot, db):
    contact = records.add_record(db, "contact", {"full_name": "Amina Yusuf"})
    for title in TITLES:
        records.add_record(db, "activity", {"title": title, "status": "planned", "description": f"About {title}"})
    records.edit_record(db, "activity", records.list_records(db, "activity")[0].id, {
        "status": "completed", "first_party_confirmed_by": contact, "first_party_confirmed_on": "2026-03-02"})
    window = MainWindow(db)
    window.show()
    yield window
    with unittest.mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        window.close()
    window.deleteLater()


def row_of_title(window, title: str) -> int:
    return next(r for r in range(window.model.rowCount()) if window.model.record(r).values["title"] == title)


def select_rows(window, rows: list[int]) -> None:
    selection = window.table.selectionModel()
    window.table.selectRow(rows[0])
    for row in rows[1:]:
        selection.select(window.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def versions_of(db, record_id: str) -> int:
    with db.reading() as session:
        return session.execute(text("SELECT count(*) FROM versions WHERE record_id = :r"), {"r": record_id}).scalar()


def test_duplicate_opens_a_new_unsaved_copy_without_what_attests_to_the_original(qtbot, window, db):
    confirmed = records.list_records(db, "activity")[0]
    window.table.selectRow(row_of_title(window, confirmed.values["title"]))
    assert window.records.form.editors["first_party_confirmed_on"].value() is not None
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    form = window.records.form
    assert form.record_id is None and form.dirty
    assert form.editors["title"].value() == confirmed.values["title"]
    assert form.editors["description"].value() == confirmed.values["description"]
    assert form.editors["status"].value() == "planned"  # starts again
    assert form.editors["first_party_confirmed_by"].value() is None
    assert form.editors["first_party_confirmed_on"].value() is None
    assert "copy" in form.heading.text()
    assert window.table.selectionModel().selectedRows() == []
    window.save_action.trigger()
    assert len(records.list_records(db, "activity")) == len(TITLES) + 1
    assert window.undo_action.text() == f"&Undo new joint activity '{confirmed.values['title']}'"
    window.undo_action.trigger()
    assert len(records.list_records(db, "activity")) == len(TITLES)


def test_undo_names_the_field_and_the_record(qtbot, window):
    window.table.selectRow(row_of_title(window, "Joint training"))
    form = window.records.form
    form.editors["description"].set_value("Two days")
    form._edited("description")
    window.save_action.trigger()
    assert window.undo_action.text() == "&Undo change of Description on 'Joint training'"


def bulk_change(qtbot, window, key: str, fill) -> None:
    """Edit > Change field…, the field and value chosen with the keyboard-reachable dialog."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BulkEditDialog)
        dialog.choose(key)
        fill(dialog.editor)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    window.bulk_action.trigger()


def test_bulk_change_gives_each_record_its_version_and_one_undo_step(qtbot, window, db):
    rows = [row_of_title(window, t) for t in ("Border census", "Joint training", "Risk assessment at Namanga")]
    select_rows(window, rows)
    ids = window.records.selected_ids()
    assert len(ids) == 3
    assert window.bulk_action.text() == "C&hange field of 3 records…"
    before = {rid: versions_of(db, rid) for rid in ids}
    old = {rid: records.show_record(db, "activity", rid).values["status"] for rid in ids}
    bulk_change(qtbot, window, "status", lambda editor: editor.set_value("ongoing"))
    assert all(records.show_record(db, "activity", rid).values["status"] == "ongoing" for rid in ids)
    assert all(versions_of(db, rid) == before[rid] + 1 for rid in ids)  # each its own version
    assert all(window.model.record(r).values["status"] == "ongoing" for r in rows)  # the rows show it
    assert window.undo_action.text() == "&Undo bulk change of Status on 3 joint activities"
    window.undo_action.trigger()
    assert {rid: records.show_record(db, "activity", rid).values["status"] for rid in ids} == old
    assert all(window.model.record(r).values["status"] == old[window.model.record_id(r)] for r in rows)


def test_a_refusal_on_one_record_changes_none_and_says_which(qtbot, window, db, monkeypatch):
    rows = [row_of_title(window, t) for t in ("Border census", "Joint training")]
    select_rows(window, rows)
    ids = window.records.selected_ids()
    gone = window.model.record_id(rows[1])
    records.delete_record(db, "activity", gone)  # meanwhile, elsewhere
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message: warned.append(message))
    before = {rid: versions_of(db, rid) for rid in ids}
    bulk_change(qtbot, window, "description", lambda editor: editor.set_value("Rewritten"))
    assert {rid: versions_of(db, rid) for rid in ids} == before  # nothing written
    assert warned and "No record was changed" in warned[0] and gone in warned[0]
    assert window.records.undo_stack.count() == 0
