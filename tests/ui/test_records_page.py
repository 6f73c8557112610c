"""The main window's records page and navigation: search as you type, select, save, delete."""

from __future__ import annotations

import unittest.mock
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from mouliaison.services import records
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.ui.export_dialog import ExportDialog
from mouliaison.ui.import_dialog import ImportDialog
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.record_table_model import RECORD_ROLE


@pytest.fixture
def window(qtbot, db):
    for title in ("Border census", "Joint patrol training", "Risk assessment at Namanga"):
        records.add_record(db, "activity", {"title": title, "status": "planned"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def titles(window) -> list[str]:
    return [window.model.index(r, 0).data(RECORD_ROLE).values["title"] for r in range(window.model.rowCount())]


def test_search_filters_as_you_type(qtbot, window):
    qtbot.keyClicks(window.records.search, "patrol")
    qtbot.waitUntil(lambda: titles(window) == ["Joint patrol training"], timeout=2000)
    assert "(1 shown)" in window.count_label.text()
    window.records.search.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 3, timeout=2000)


def test_selecting_a_row_loads_it_and_saving_shows_in_the_table(qtbot, window):
    window.table.selectRow(0)
    form = window.records.form
    assert form.record_id == window.model.index(0, 0).data(RECORD_ROLE).id
    form.editors["title"].input.setText("Border census 2026")
    assert form.dirty
    window.save_action.trigger()
    qtbot.waitUntil(lambda: "Border census 2026" in titles(window), timeout=2000)
    assert not form.dirty


def test_delete_asks_then_deletes(qtbot, window, monkeypatch):
    window.table.selectRow(0)
    doomed = window.model.index(0, 0).data(RECORD_ROLE).id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert len(titles(window)) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert len(titles(window)) == 2
    assert records.show_record(window.db, "activity", doomed).deleted


def test_unsaved_edits_are_not_lost_when_changing_type(qtbot, window, monkeypatch):
    window.records.new_record()
    window.records.form.editors["title"].input.setText("Half typed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "exec", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.show_type("contact")
    assert window.records.rtype.name == "activity"
    assert window.records.form.editors["title"].input.text() == "Half typed"


def test_overview_and_conflicts_pages_and_the_conflict_count(qtbot, window, make_db, tmp_path: Path):
    window.show_page("overview")
    assert window.pages.currentWidget() is window.overview
    other = make_db("other")
    path = tmp_path / "here.xlsx"
    export_workbook(window.db, path)
    import_workbooks(other, [path], trust_new_keys=True)
    [shared] = [v for v in records.list_records(other, "activity") if v.values["title"] == "Border census"]
    records.edit_record(other, "activity", shared.id, {"status": "ongoing"})
    records.edit_record(window.db, "activity", shared.id, {"status": "cancelled"})
    back = tmp_path / "other.xlsx"
    export_workbook(other, back)
    import_workbooks(window.db, [back], trust_new_keys=True)
    window.reload()
    assert window.conflicts_item.text() == "Conflicts (1)"
    window.show_page("conflicts")
    assert window.pages.currentWidget() is window.conflicts


def test_undo_and_redo_of_an_edit_a_creation_and_a_delete(qtbot, window):
    db = window.db
    window.table.selectRow(0)
    edited = window.records.form.record_id
    window.records.form.editors["title"].input.setText("Border census (renamed)")
    window.save_action.trigger()
    assert records.show_record(db, "activity", edited).values["title"] == "Border census (renamed)"
    window.undo_action.trigger()
    assert records.show_record(db, "activity", edited).values["title"] == "Border census"
    window.redo_action.trigger()
    assert records.show_record(db, "activity", edited).values["title"] == "Border census (renamed)"
    with db.reading() as session:  # every undo and redo was a new version: the history only grew
        count = session.execute(text("SELECT count(*) FROM versions WHERE record_id = :r"), {"r": edited}).scalar()
    assert count == 4  # created, renamed, undone, redone

    window.new_action.trigger()
    window.records.form.editors["title"].input.setText("Made then undone")
    window.save_action.trigger()
    assert "Made then undone" in titles(window)
    window.undo_action.trigger()
    assert "Made then undone" not in titles(window)
    window.redo_action.trigger()
    assert "Made then undone" in titles(window)

    window.table.selectRow(0)
    gone = window.records.form.record_id
    with unittest.mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        window.delete_action.trigger()
    assert records.show_record(db, "activity", gone).deleted
    window.undo_action.trigger()
    assert not records.show_record(db, "activity", gone).deleted


def test_dropping_a_workbook_opens_the_import_preview_and_importing_reloads(qtbot, window, make_db, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    other = make_db("sender")
    records.add_record(other, "activity", {"title": "From another office"})
    path = tmp_path / "from-another-office.xlsx"
    export_workbook(other, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.trust_keys.isVisibleTo(dialog), timeout=20000)  # the sender's key is new here
    dialog.trust_keys.setChecked(True)  # a person checked its fingerprint (issue 16)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and dialog.result is not None
                    and dialog.result.files[0].trust.status == "first-use", timeout=20000)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: "From another office" in titles(window), timeout=5000)
    dialog.close()


def test_file_menu_opens_the_export_dialog(qtbot, window):
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_saving_a_contact_that_may_be_a_duplicate_says_so(qtbot, window):
    records.add_record(window.db, "contact", {"full_name": "José Díaz"})
    window.show_type("contact")
    window.new_action.trigger()
    window.records.form.editors["full_name"].input.setText("DIAZ jose")
    with qtbot.waitSignal(window.records.note, timeout=5000) as note:
        window.save_action.trigger()
    assert "José Díaz" in note.args[0] and "Possible duplicates" in note.args[0]
    assert "José Díaz" in window.statusBar().currentMessage()


def test_settings_change_the_office_shown_in_the_title(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setenv("MOULIAISON_CONFIG_DIR", str(tmp_path))
    dialog = window.show_settings()
    from mouliaison.services.office import set_office

    set_office(window.db, "WCO Busia", "WCO", "field", "UGA")
    dialog.office_changed.emit()
    assert "WCO Busia" in window.windowTitle() and "WCO Busia" in window.office_label.text()
    dialog.close()


def test_the_form_shows_a_change_made_elsewhere_unless_it_is_being_edited(qtbot, window, db):
    window.table.selectRow(0)
    form = window.records.form
    shown = form.record_id
    records.edit_record(db, "activity", shown, {"title": "Border census (resolved)"})  # e.g. a conflict kept
    window.reload()
    assert form.editors["title"].input.text() == "Border census (resolved)"
    form.editors["title"].input.setText("My own wording")
    records.edit_record(db, "activity", shown, {"title": "Another office's wording"})
    window.reload()
    assert form.editors["title"].input.text() == "My own wording" and form.dirty  # unsaved edits are kept
    form.discard()
    assert form.editors["title"].input.text() == "Another office's wording"


def test_columns_fit_the_first_records_added_to_an_empty_type(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    narrow = window.table.columnWidth(0)
    records.add_record(db, "activity", {"title": "A joint activity with a rather long title", "status": "planned"})
    window.reload()
    assert window.table.columnWidth(0) > narrow


def test_the_first_record_saved_of_a_type_widens_its_title_column(qtbot, db):
    """The columns were sized when the type had no rows (the title as wide as its heading); its
    first record, saved in the form, sizes them to its values."""
    from mouliaison.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_type("project_agreement")
    header = window.table.horizontalHeader()
    before = header.sectionSize(0)
    window.new_action.trigger()
    form = window.records.form
    form.editors["title"].set_value("Coordinated border management project in the Horn of Africa")
    form.editors["status"].set_value(form.editors["status"].field.default or "planned")
    window.save_action.trigger()
    assert window.model.rowCount() == 1
    assert header.sectionSize(0) > before + 40, (before, header.sectionSize(0))
