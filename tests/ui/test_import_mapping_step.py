"""File ▸ Import with plain sheets: the mapping step, the preview read once and kept for Import,
a database changed meanwhile, the dialog on a 1024x600 screen, and the keyboard.

`mapped_reader` (tests/conftest.py) records the mapping choices each read was given.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from mouliaison.services import exchange
from mouliaison.services.dump import dump_json
from mouliaison.services.office import set_office
from mouliaison.services.records import add_record, list_records
from mouliaison.services.saved_mappings import saved_mappings_path
from mouliaison.ui.import_dialog import ImportDialog

TIMEOUT = 20_000


pytestmark = pytest.mark.usefixtures("no_saved_mappings")


def tracker(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Joint activities"
    sheet.append(["Title", "Status", "Description", "Planned start"])
    sheet.append(["Border post visit", "planned", "Two days at the border", "2026-03-02"])
    sheet.append(["Data sharing workshop", "planned", "With the customs service", "not yet known"])
    book.save(path)
    return path


@pytest.fixture
def nairobi_file(make_db, tmp_path: Path) -> Path:
    source = make_db("nairobi")
    set_office(source, "Nairobi", "IOM")
    add_record(source, "activity", {"title": "Joint SOP workshop", "status": "planned"})
    path = tmp_path / "nairobi.xlsx"
    exchange.export_workbook(source, path)
    return path


def open_dialog(qtbot, db, paths) -> ImportDialog:
    trusted_senders(db, paths)
    dialog = ImportDialog(db, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state in ("previewed", "refused", "nothing_read", "failed"), timeout=TIMEOUT)
    return dialog


def trusted_senders(db, paths) -> None:
    """The offices that signed `paths` have keys a person confirmed here already (issue 16)."""
    from mouliaison.store.keys import TRUSTED, put_key
    from mouliaison.sync.reader import read_workbook

    for path in paths:
        if Path(path).suffix != ".xlsx":
            continue
        found = read_workbook(Path(path))
        if found.signature is not None and found.signature.public_key:
            with db.writing() as change:
                put_key(change.session, found.signature.public_key, found.meta["site_id"], found.meta["office_name"],
                        TRUSTED, "person")


def wait_previewed(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.worker.running and dialog.state == "previewed", timeout=TIMEOUT)


def preview_column(dialog: ImportDialog, label: str) -> list[str]:
    table = dialog.mapping_page.preview
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert label in headers, headers
    return [table.item(r, headers.index(label)).text() for r in range(table.rowCount())]


def test_the_mapping_step_shows_the_sheet_then_the_plan_then_import_applies_the_kept_plan(
        qtbot, db, nairobi_file: Path, tmp_path: Path, reads: list[Path]) -> None:
    plain = tracker(tmp_path / "tracker.xlsx")
    before = dump_json(db)
    dialog = open_dialog(qtbot, db, [nairobi_file, plain])
    assert dialog.page == "mapping" and dialog.state == "previewed"
    page = dialog.mapping_page
    assert page.where.text() == "tracker.xlsx, sheet 'Joint activities' (plain sheet 1 of 1)"
    assert page.type_combo.currentData() == "activity"
    assert page.columns.item(2, 1).text() == "Description"
    assert page.columns.item(2, 3).text() == "Two days at the border · With the customs service"
    assert page.field_combos[2].currentText() == "Description"
    assert page.key_sentence.text().startswith("A row is the same record when Title")
    assert preview_column(dialog, "Title") == ["Border post visit", "Data sharing workshop"]
    assert preview_column(dialog, "Status") == ["Planned", "Planned"]  # the label, not the code
    start = preview_column(dialog, "Planned start")
    assert start[0] == "2026-03-02" and start[1].startswith("not yet known — rejected: ")
    assert not dialog.import_button.isEnabled()  # the plan preview comes first
    assert dump_json(db) == before

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page == "plan" and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].applied and not imported.args[0].replanned
    assert reads == [nairobi_file, plain]  # read once each: the preview's reading served the import
    assert sorted(r.values["title"] for r in list_records(db, "activity")) == [
        "Border post visit", "Joint SOP workshop"]  # the workshop's row was rejected whole (its date)
    saved = json.loads(saved_mappings_path().read_text(encoding="utf-8"))
    assert [entry["type"] for entry in saved["layouts"].values()] == ["activity"]  # the confirmed mapping


def test_remapping_a_column_plans_that_file_again_and_changes_the_preview(
        qtbot, db, nairobi_file: Path, tmp_path: Path, reads: list[Path]) -> None:
    plain = tracker(tmp_path / "tracker.xlsx")
    dialog = open_dialog(qtbot, db, [nairobi_file, plain])
    combo = dialog.mapping_page.field_combos[2]  # Description
    combo.setFocus()
    qtbot.keyClicks(combo, "Outcomes")  # a closed combo box selects the item typed
    wait_previewed(qtbot, dialog)
    page = dialog.mapping_page
    assert page.field_combos[2].currentText() == "Outcomes"
    assert preview_column(dialog, "Outcomes")[0] == "Two days at the border"
    assert reads == [nairobi_file, plain, plain]  # only the remapped file was read again
    assert dialog.page == "mapping"

    dialog.next_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    visit = next(r for r in list_records(db, "activity") if r.values["title"] == "Border post visit")
    assert visit.values.get("outcomes") == "Two days at the border" and not visit.values.get("description")


def test_a_database_changed_between_preview_and_import_is_planned_again_and_said(
        qtbot, db, nairobi_file: Path, reads: list[Path]) -> None:
    dialog = open_dialog(qtbot, db, [nairobi_file])
    assert dialog.page == "plan"  # no plain sheet: no mapping step
    add_record(db, "activity", {"title": "Typed meanwhile", "status": "planned"})
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        dialog.import_button.click()
    assert imported.args[0].replanned
    assert "The database changed after the preview" in dialog.status.text()
    assert reads == [nairobi_file]
    assert len(list_records(db, "activity")) == 2


def test_a_file_of_which_nothing_is_read_disables_import(qtbot, db, tmp_path: Path) -> None:
    lost = tracker(tmp_path / "lost.xlsx")
    book = openpyxl.load_workbook(lost)
    book.active.merge_cells("B2:B3")
    book.save(lost)
    dialog = open_dialog(qtbot, db, [lost])
    assert dialog.state == "nothing_read" and not dialog.import_button.isEnabled()
    assert "Nothing read: nothing will be imported" in dialog.details.toPlainText()
    assert dialog.tree.topLevelItem(0).text(1) == "nothing read"


def mnemonics(widgets: list[QWidget]) -> list[str]:
    found = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        index = text.replace("&&", "").find("&")
        if index >= 0 and widget.isVisibleTo(widget.window()):
            found.append(text.replace("&&", "")[index + 1].lower())
    return found


def test_every_control_is_reached_by_tab_and_mnemonics_do_not_collide(
        qtbot, db, nairobi_file: Path, tmp_path: Path, mapped_reader) -> None:
    dialog = open_dialog(qtbot, db, [nairobi_file, tracker(tmp_path / "tracker.xlsx")])
    dialog.activateWindow()
    for page in ("mapping", "plan"):
        shown = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
        letters = mnemonics(shown)
        assert len(letters) == len(set(letters)), (page, sorted(letters))
        wanted = {w for w in dialog.findChildren(QWidget)
                  if w.isVisibleTo(dialog) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus}
        dialog.files.setFocus()
        reached = set()
        for _ in range(len(wanted) * 2 + 10):
            reached.add(QApplication.focusWidget())
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        missed = [f"{type(w).__name__} {w.objectName() or w.accessibleName()}" for w in wanted - reached
                  if w.parentWidget() not in reached]  # a spin box's line edit: the spin box takes the focus
        assert not missed, (page, missed)
        dialog.next_button.click()


SMALL_SCREEN = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from mouliaison.services.database import open_database
from mouliaison.ui.import_dialog import ImportDialog
app = QApplication([])
db = open_database(Path(sys.argv[1]))
dialog = ImportDialog(db, [Path(sys.argv[2])])
dialog.show()
while dialog.worker.running or dialog.state == "previewing":
    app.processEvents()
pages = {}
for page in ("mapping", "plan"):
    app.processEvents()
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    buttons = {b.text(): b.isVisible() and dialog.rect().contains(b.geometry().translated(b.parentWidget().mapTo(
        dialog, b.parentWidget().rect().topLeft())) ) for b in (dialog.next_button, dialog.import_button,
        dialog.close_button)}
    pages[page] = {"hint": [dialog.sizeHint().width(), dialog.sizeHint().height()],
                   "minimum": [dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height()],
                   "size": [dialog.width(), dialog.height()], "screen": [screen.width(), screen.height()],
                   "inside": screen.contains(frame), "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                   "buttons": buttons}
    dialog.next_button.click()
print(json.dumps(pages))
db.close()
"""


def test_the_dialog_fits_a_1024x600_screen(db_path: Path, tmp_path: Path) -> None:
    """On its own offscreen screen of 1024x600 (the offscreen platform's configuration file)."""
    plain = tracker(tmp_path / "tracker.xlsx")
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1024, "height": 600,
                                                "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))
    script = tmp_path / "small_screen.py"
    script.write_text(SMALL_SCREEN)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent.parent.parent), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(script), str(db_path), str(plain)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    pages = json.loads(done.stdout.strip().splitlines()[-1])
    for page, facts in pages.items():
        assert facts["screen"] == [1024, 600]
        assert facts["hint"][0] <= 1024 and facts["hint"][1] <= 600 - 40, (page, facts)
        assert facts["minimum"][1] <= 600 - 40, (page, facts)
        assert facts["inside"] and facts["size"][1] <= 600, (page, facts["frame"])
        assert all(facts["buttons"].values()), (page, facts)


def test_a_file_of_which_nothing_is_read_says_what_to_do_in_the_window(qtbot, db, tmp_path: Path, french) -> None:
    """The command line is told to write a mapping file (--show-mapping, --map); the window says
    what to do in the window, in its language, and keeps why nothing was read."""
    lost = tracker(tmp_path / "lost.xlsx")
    book = openpyxl.load_workbook(lost)
    book.active.merge_cells("B2:B3")
    book.save(lost)
    dialog = open_dialog(qtbot, db, [lost])
    assert dialog.state == "nothing_read"
    said = dialog.details.toPlainText() + "\n" + dialog.tree.topLevelItem(0).toolTip(1)
    assert "--map" not in said and "--show-mapping" not in said
    assert said.count("Changez la façon dont ses feuilles sont lues à l'étape d'association") == 2
    assert "rien n'a pu en être lu" in said
    from mouliaison.services.exchange import prepare_import

    cli = prepare_import(db, [lost]).preview.unread[0][1]
    assert "--show-mapping" in str(cli) and "lost.xlsx" in str(cli)  # the command line's words stay
