"""CSV and .ods files reach the import from the window: dropped on it, or chosen in File ▸ Import."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from mouliaison.services import records
from mouliaison.ui.import_dialog import ImportDialog
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.record_table_model import RECORD_ROLE

PLAIN = Path(__file__).resolve().parents[1] / "fixtures" / "plain"


def titles(window: MainWindow) -> set[str]:
    return {window.model.index(r, 0).data(RECORD_ROLE).values["title"] for r in range(window.model.rowCount())}


def through_the_mapping_steps(qtbot, dialog: ImportDialog) -> None:
    """Plain files show a mapping step per sheet first: Next through them to the plan."""
    qtbot.waitUntil(lambda: not dialog.worker.running and dialog.state == "previewed", timeout=20000)
    while dialog.page == "mapping":
        dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)


def test_dropped_csv_and_ods_files_are_previewed_and_imported(qtbot, db, tmp_path):
    records.add_record(db, "activity", {"title": "Already here", "status": "planned"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    csv_file = shutil.copy(PLAIN / "quoted_newline.csv", tmp_path / "Joint activities.csv")
    ods_file = shutil.copy(PLAIN / "libreoffice.ods", tmp_path / "tracker.ods")
    notes = tmp_path / "notes.txt"
    notes.write_text("call Busia on Monday\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (csv_file, ods_file, notes)])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert [Path(p).name for p in dialog.paths()] == ["Joint activities.csv", "tracker.ods"]  # not the notes
    through_the_mapping_steps(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: {"Atelier, phase 2", "Formation à Busia"} <= titles(window), timeout=5000)
    dialog.close()


def test_file_import_offers_workbooks_and_csv_files(qtbot, db, monkeypatch):
    offered: list[str] = []

    def choose(_parent, _caption, _folder, name_filter):
        offered.append(name_filter)
        return [str(PLAIN / "tab_separated.tsv")], name_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.choose_files()
    assert all(f"*.{kind}" in offered[0] for kind in ("xlsx", "ods", "csv", "tsv", "txt"))
    assert [Path(p).name for p in dialog.paths()] == ["tab_separated.tsv"]
    through_the_mapping_steps(qtbot, dialog)
    dialog.close()
