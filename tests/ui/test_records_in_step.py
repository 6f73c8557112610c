"""The table selects the record the form shows, whatever the unsaved-changes prompt decides."""

from __future__ import annotations

import unittest.mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mouliaison.services import records
from mouliaison.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db):
    for title in ("Border census", "Joint patrol training", "Risk assessment at Namanga"):
        records.add_record(db, "activity", {"title": title, "status": "planned"})
    window = MainWindow(db)  # closed here, not by qtbot: unsaved edits are left without a question
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    with unittest.mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        window.close()
    window.deleteLater()


def answer(monkeypatch, button):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def selected_ids(window) -> list[str]:
    rows = sorted({i.row() for i in window.table.selectionModel().selectedRows()})
    return [window.model.record_id(r) for r in rows]


def current_id(window) -> str | None:
    return window.model.record_id(window.table.currentIndex().row())


def click_row(qtbot, window, row: int) -> None:
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def in_step(window) -> bool:
    shown = window.records.form.record_id
    return selected_ids(window) == [shown] and current_id(window) == shown


def start_editing_first_row(qtbot, window, text: str) -> str:
    click_row(qtbot, window, 0)
    form = window.records.form
    shown = form.record_id
    assert shown == window.model.record_id(0)
    form.editors["title"].input.setText(text)
    return shown


@pytest.mark.parametrize("how", ["mouse", "keyboard"])
def test_a_refused_save_in_the_prompt_keeps_the_table_on_the_form_s_record(qtbot, window, monkeypatch, how):
    shown = start_editing_first_row(qtbot, window, "")  # the title is required: the save is refused
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    if how == "mouse":
        click_row(qtbot, window, 2)
    else:
        window.table.setFocus()
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    form = window.records.form
    assert form.record_id == shown and form.dirty and form.editors["title"].input.text() == ""
    qtbot.waitUntil(lambda: in_step(window), timeout=1000)  # the view finishes its click first


def test_a_save_refused_by_the_database_keeps_the_table_on_the_form_s_record(qtbot, window, db, monkeypatch):
    shown = start_editing_first_row(qtbot, window, "Border census 2026")
    records.delete_record(db, "activity", shown)  # deleted elsewhere meanwhile: the edit is refused
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    click_row(qtbot, window, 2)
    form = window.records.form
    assert form.record_id == shown and form.editors["title"].input.text() == "Border census 2026"
    assert form.problems  # the person is told why
    qtbot.waitUntil(lambda: in_step(window), timeout=1000)  # the view finishes its click first


def test_cancel_in_the_prompt_keeps_the_table_on_the_form_s_record(qtbot, window, monkeypatch):
    shown = start_editing_first_row(qtbot, window, "Border census, half typed")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_row(qtbot, window, 1)
    assert window.records.form.record_id == shown and window.records.form.dirty
    qtbot.waitUntil(lambda: in_step(window), timeout=1000)  # the view finishes its click first


def test_a_save_that_goes_through_moves_table_and_form_together(qtbot, window, monkeypatch):
    shown = start_editing_first_row(qtbot, window, "Border census 2026")
    wanted = window.model.record_id(2)
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    click_row(qtbot, window, 2)
    assert records.show_record(window.db, "activity", shown).values["title"] == "Border census 2026"
    assert window.records.form.record_id == wanted
    qtbot.waitUntil(lambda: in_step(window), timeout=1000)  # the view finishes its click first
