"""File ▸ Import's mapping step as a person uses it on a small screen (issue 12): the wheel scrolls
and never changes a mapping it is not in, a field another column fills is refused in the window's
words, each column is one line high, and a date cell shows as a date.

The tracker is a real .xlsx written by openpyxl (dates as date cells, long descriptions), read by
the dialog from disk; wheel turns are real QWheelEvents handed up to the parents as Qt does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.ui.import_dialog import ImportDialog
from tests.ui.form_driving import wheel

TIMEOUT = 20_000
HEADERS = ["No.", "Activity title", "Description", "Country", "Start date", "End date", "Status", "Lead party",
           "Participants (women)", "Participants (men)", "Remarks", "Venue", "Focal point", "Budget line"]
LONG = ("Two days at the border post with the customs service, the police and the health desk, walking the "
        "route a traveller takes, then a joint review of the data sharing forms and the referral pathway "
        "for people found in need of protection, with notes for the next quarter's plan")


pytestmark = pytest.mark.usefixtures("no_saved_mappings")


def tracker(path: Path) -> Path:
    """A field office's tracker: many columns, long descriptions, dates as date cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Activities"
    sheet.append(HEADERS)
    starts = [dt.date(2025, 2, 17), dt.date(2025, 11, 7), dt.date(2024, 6, 24)]
    for number, start in enumerate(starts, start=1):
        sheet.append([number, f"Border visit {number}", f"{LONG} #{number}", "Kenya", start,
                      start + dt.timedelta(days=3), "Completed", "IOM", 9, 12, "", "Busia", "", "B-7"])
    book.save(path)
    return path


def open_dialog(qtbot, db, path: Path) -> ImportDialog:
    dialog = ImportDialog(db, [path])
    qtbot.addWidget(dialog)
    dialog.resize(1008, 560)  # a 1024x600 screen less the window's frame
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_previewed(qtbot, dialog)
    assert dialog.page == "mapping"
    return dialog


def wait_previewed(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.worker.running and dialog.state == "previewed", timeout=TIMEOUT)


def wait_replanned(qtbot, dialog: ImportDialog) -> None:
    """Planned again: another record type or header row may read nothing from this sheet, and says so."""
    qtbot.waitUntil(lambda: not dialog.worker.running and dialog.state in ("previewed", "nothing_read"),
                    timeout=TIMEOUT)


def under_pointer(widget: QWidget) -> QWidget:
    """The widget a pointer over the middle of `widget` is over (a spin box's line)."""
    return widget.childAt(QPoint(widget.width() // 2, widget.height() // 2)) or widget


def row_of(dialog: ImportDialog, header: str) -> int:
    return [c.header for c in dialog.mapping_page.step.mapping.columns].index(header)


def tab_until(qtbot, start: QWidget, target: QWidget) -> None:
    """The keyboard from `start` to `target` by Tab, as a person reaches it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(80):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target.accessibleName()}")


def test_the_wheel_over_a_mapping_without_focus_scrolls_and_changes_nothing(
        qtbot, db, tmp_path: Path, reads: list[Path]) -> None:
    path = tracker(tmp_path / "tracker.xlsx")
    dialog = open_dialog(qtbot, db, path)
    page = dialog.mapping_page
    dialog.files.setFocus()  # the keyboard is elsewhere, as after adding the file
    emitted: list[bool] = []
    page.changed.connect(lambda: emitted.append(True))
    page_bar = dialog.mapping_scroll.verticalScrollBar()
    table_bar = page.columns.verticalScrollBar()
    assert page_bar.maximum() > 0 and table_bar.maximum() > 0  # the page and the table both scroll here
    shown = (page.type_combo.currentData(), page.header_row.value(), [c.currentData() for c in page.field_combos])

    for widget in (page.type_combo, page.header_row):
        page_bar.setValue(0)
        wheel(under_pointer(widget), -1)
        assert page_bar.value() > 0, f"the page did not scroll under the wheel over {widget.objectName()}"

    start = page.field_combos[row_of(dialog, "Start date")]
    page_bar.setValue(0)
    table_bar.setValue(0)
    wheel(start, -1)
    assert table_bar.value() > 0, "the columns table did not scroll under the wheel over a field combo"
    assert page_bar.value() == 0
    table_bar.setValue(table_bar.maximum())  # the table at its end: the wheel goes on to the page
    wheel(start, -1)
    assert table_bar.value() == table_bar.maximum() and page_bar.value() > 0
    for combo in page.field_combos:
        wheel(combo, 1)
        wheel(combo, -1)

    assert (page.type_combo.currentData(), page.header_row.value(),
            [c.currentData() for c in page.field_combos]) == shown
    assert start.currentData() == "start_date"
    assert not emitted and not dialog.worker.running and reads == [path]  # nothing planned again


def test_the_wheel_changes_a_mapping_only_once_it_has_focus(qtbot, db, tmp_path: Path, reads: list[Path]) -> None:
    path = tracker(tmp_path / "tracker.xlsx")
    dialog = open_dialog(qtbot, db, path)
    page = dialog.mapping_page

    description = page.field_combos[row_of(dialog, "Description")]
    following = description.itemData(description.currentIndex() + 1)
    assert following not in [c.currentData() for c in page.field_combos]  # no other column fills it
    dialog.files.setFocus()
    wheel(description, -1)
    assert description.currentData() == "description"  # not yet: the keyboard is elsewhere
    tab_until(qtbot, page.header_row, description)
    wheel(description, -1)  # towards the person: the next field in the list
    assert description.currentData() == following
    wait_previewed(qtbot, dialog)
    assert page.field_combos[row_of(dialog, "Description")].currentData() == following
    assert reads == [path, path]

    before = page.type_combo.currentIndex()
    dialog.files.setFocus()
    wheel(page.type_combo, -1)
    assert page.type_combo.currentIndex() == before
    tab_until(qtbot, dialog.files, page.type_combo)
    wheel(page.type_combo, -1)
    assert page.type_combo.currentIndex() == before + 1
    chosen = page.type_combo.currentData()
    wait_replanned(qtbot, dialog)
    read_as = RECORD_TYPES[chosen].plural.lower()  # the sheet was read as the type chosen (it lacks a title)
    assert any(read_as in note.lower() for note in page.step.mapping.notes), page.step.mapping.notes
    assert reads == [path, path, path]

    dialog.files.setFocus()
    wheel(under_pointer(page.header_row), 1)
    assert page.header_row.value() == 1
    qtbot.mouseClick(page.header_row.lineEdit(), Qt.MouseButton.LeftButton)  # a click puts the keyboard there
    assert QApplication.focusWidget() in (page.header_row, page.header_row.lineEdit())
    wheel(under_pointer(page.header_row), 1)
    assert page.header_row.value() == 2
    wait_replanned(qtbot, dialog)
    assert page.step.mapping.header_row == 2 and page.header_row.value() == 2
    assert reads == [path, path, path, path]


def test_a_field_another_column_fills_is_refused_in_french_and_nothing_changes(
        qtbot, db, tmp_path: Path, reads: list[Path], french: str) -> None:
    path = tracker(tmp_path / "tracker.xlsx")
    dialog = open_dialog(qtbot, db, path)
    page = dialog.mapping_page
    status = dialog.status.text()
    emitted: list[bool] = []
    page.changed.connect(lambda: emitted.append(True))
    start = page.field_combos[row_of(dialog, "Start date")]
    assert start.currentText() == "Début"
    tab_until(qtbot, page.header_row, start)
    qtbot.keyClicks(start, "Fin")  # a closed combo box selects the item typed: End date's field
    qtbot.waitUntil(lambda: page.problem.isVisible())
    assert page.problem.text() == (
        "La colonne F (End date) devient déjà « Fin » : la colonne E (Start date) ne peut pas le devenir aussi. "
        "Mettez d'abord l'une des deux sur « Laisser de côté ». Rien n'a été changé.")
    assert start.currentData() == "start_date" and start.currentText() == "Début"  # back to what it was
    assert page.field_combos[row_of(dialog, "End date")].currentData() == "end_date"
    assert not emitted and not dialog.worker.running and reads == [path]  # no re-plan
    assert dialog.state == "previewed" and dialog.status.text() == status
    assert "mapping file" not in dialog.status.text()


def test_each_column_is_one_line_high_with_its_samples_whole_in_the_tooltip(qtbot, db, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, db, tracker(tmp_path / "tracker.xlsx"))
    table = dialog.mapping_page.columns
    combo = table.cellWidget(0, 4)
    assert isinstance(combo, QComboBox)
    one_line = max(combo.sizeHint().height(), table.fontMetrics().height() + 8) + 1  # and the grid's line
    heights = [table.rowHeight(row) for row in range(table.rowCount())]
    assert max(heights) <= one_line, (heights, one_line)
    description = row_of(dialog, "Description")
    samples = table.item(description, 3)
    assert samples.text() == " · ".join(f"{LONG} #{n}" for n in (1, 2, 3))
    assert samples.toolTip() == samples.text()
    assert table.visualRect(table.model().index(description, 3)).width() < table.fontMetrics().horizontalAdvance(
        samples.text())  # elided on its line, not wrapped over ten


def test_a_date_cell_shows_as_its_date_among_the_samples(qtbot, db, tmp_path: Path) -> None:
    path = tracker(tmp_path / "tracker.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["E4"] = dt.datetime(2024, 6, 24, 14, 30)  # a time of day is kept: it says something
    book.save(path)
    dialog = open_dialog(qtbot, db, path)
    table = dialog.mapping_page.columns
    assert table.item(row_of(dialog, "Start date"), 3).text() == "2025-02-17 · 2025-11-07 · 2024-06-24 14:30:00"
    assert table.item(row_of(dialog, "End date"), 3).text() == "2025-02-20 · 2025-11-10 · 2024-06-27"
    assert dialog.mapping_page.field_combos[row_of(dialog, "Start date")].currentData() == "start_date"
