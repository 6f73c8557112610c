"""File ▸ Import's mapping step, far down a wide sheet on a small screen (issue 12): a field
another column already becomes is refused where the person is working. The refusal shows right
under that column's row, inside the columns table and the page as they are scrolled, the
keyboard stays on the combo box they used, and it stays until they change something else.

The sheet is a real .xlsx of 25 columns read by the dialog from disk; keys are real key presses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_mapping_step_by_hand import HEADERS, open_dialog, row_of, tab_until, wait_previewed

pytestmark = pytest.mark.usefixtures("no_saved_mappings")

VERIFIER = "Verified by the field office's monitoring and evaluation officer"  # a long header: a long refusal
MORE = ["Donor", "Sector", "Province", "District", "Target group", "Phone", "Email", "Reporting officer",
        VERIFIER, "Photo", "Second end"]


def wide_tracker(path: Path) -> Path:
    """A field office's tracker of 25 columns: the last ones are far down the mapping's columns table."""
    headers = [*HEADERS, *MORE]
    assert len(headers) == 25
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Activities"
    sheet.append(headers)
    for number, start in enumerate([dt.date(2025, 2, 17), dt.date(2025, 11, 7)], start=1):
        sheet.append([number, f"Border visit {number}", "A visit", "Kenya", start, start + dt.timedelta(days=3),
                      "Completed", "IOM", 9, 12, "", "Busia", "", "B-7", "ECHO", "Protection", "Busia", "Teso",
                      "Travellers", "+254 700 000", "a@example.org", "J. Otieno", "M. Wanjiru", "", "2025-12-01"])
    book.save(path)
    return path


def inside(widget: QWidget, area: QWidget) -> bool:
    """`widget` wholly within what `area` shows (a scroll area's viewport)."""
    shown = QRect(area.mapToGlobal(QPoint(0, 0)), area.size())
    return shown.contains(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))


def test_a_refusal_far_down_the_table_shows_beside_the_combo_and_the_keyboard_stays(
        qtbot, db, tmp_path: Path, reads: list[Path]) -> None:
    path = wide_tracker(tmp_path / "wide.xlsx")
    dialog = open_dialog(qtbot, db, path)
    page = dialog.mapping_page
    emitted: list[bool] = []
    page.changed.connect(lambda: emitted.append(True))
    last = row_of(dialog, "Second end")
    combo = page.field_combos[last]
    assert combo.currentData() is None or combo.currentData() == ""  # left out: nothing fills it
    assert page.field_combos[row_of(dialog, "End date")].currentData() == "end_date"
    tab_until(qtbot, page.header_row, combo)
    table_scrolled = page.columns.verticalScrollBar().value()
    assert table_scrolled > 0  # far down the table: Tab scrolled to it

    qtbot.keyClicks(combo, "End")  # a closed combo box selects the item typed: End date's field
    message = page.problem
    assert message is not None and message.isVisible()
    assert message.text().startswith("Column F (End date) already becomes “End”, so column Y (Second end)")
    assert combo.currentData() == ""  # back to what it was, nothing planned again
    assert not emitted and not dialog.worker.running and reads == [path]
    assert QApplication.focusWidget() is combo  # the keyboard stayed on the combo box they used
    assert not message.visibleRegion().isEmpty()
    for area in (dialog.mapping_scroll.viewport(), page.columns.viewport()):
        assert inside(message, area), f"the refusal is out of view in {area.parentWidget().objectName()}"
        assert inside(combo, area), f"the combo box left the view in {area.parentWidget().objectName()}"
    below = combo.mapTo(page.columns.viewport(), QPoint(0, combo.height()))
    assert 0 <= message.mapTo(page.columns.viewport(), QPoint(0, 0)).y() - below.y() <= 4  # right under its row
    assert message.text() in combo.accessibleDescription()  # a screen reader says it on the combo box

    tab_until(qtbot, combo, page.field_combos[last - 1])  # moving about changes nothing: it stays
    assert page.problem is message and message.isVisible()
    qtbot.keyClicks(page.field_combos[row_of(dialog, "Remarks")], "Desc")  # another refusal: it moves there
    assert page.problem.isVisible() and "(Remarks)" in page.problem.text()
    assert page.columns.rowCount() == len(page.field_combos) + 1  # one refusal shown, not two

    tab_until(qtbot, dialog.files, page.fill_down)
    qtbot.keyClick(page.fill_down, " ")  # the person changes something else: the refusal goes
    wait_previewed(qtbot, dialog)
    assert page.problem is None
    assert page.columns.rowCount() == len(page.field_combos)
    assert all(not c.accessibleDescription() for c in page.field_combos)


def test_with_the_page_scrolled_down_the_refusal_shows_by_the_combo_and_nothing_moves(
        qtbot, db, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, db, wide_tracker(tmp_path / "wide.xlsx"))
    page = dialog.mapping_page
    table_bar, page_bar = page.columns.verticalScrollBar(), dialog.mapping_scroll.verticalScrollBar()
    tab_until(qtbot, page.header_row, page.field_combos[row_of(dialog, VERIFIER)])
    combo = page.field_combos[row_of(dialog, "District")]
    for _ in range(5):  # back up the table by Shift+Tab: District's row has rows under it in view
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is combo
    page_bar.setValue(page_bar.maximum())  # the person scrolled the page down to read the key and the preview
    dialog.mapping_scroll.ensureWidgetVisible(combo, 0, 0)  # as little back up as keeps the combo box in view
    assert page_bar.value() > 0 and table_bar.value() > 0
    assert inside(combo, dialog.mapping_scroll.viewport()) and inside(combo, page.columns.viewport())
    where, scrolled = combo.mapToGlobal(QPoint(0, 0)), (table_bar.value(), page_bar.value())

    qtbot.keyClicks(combo, "Title")  # Activity title already becomes it
    message = page.problem
    assert message is not None and "(District)" in message.text() and "“Title”" in message.text()
    assert QApplication.focusWidget() is combo
    assert (table_bar.value(), page_bar.value()) == scrolled and combo.mapToGlobal(QPoint(0, 0)) == where
    for area in (dialog.mapping_scroll.viewport(), page.columns.viewport()):
        assert inside(message, area), f"the refusal is out of view in {area.parentWidget().objectName()}"


def test_at_the_foot_of_the_table_the_refusal_scrolls_in_and_the_combo_stays_in_view(
        qtbot, db, tmp_path: Path, french: str) -> None:
    dialog = open_dialog(qtbot, db, wide_tracker(tmp_path / "wide.xlsx"))
    page = dialog.mapping_page
    combo = page.field_combos[row_of(dialog, VERIFIER)]
    tab_until(qtbot, page.header_row, combo)  # Tab scrolled the table to it: its row is at the table's foot
    page_bar = dialog.mapping_scroll.verticalScrollBar()
    page_bar.setValue(page_bar.maximum())
    dialog.mapping_scroll.ensureWidgetVisible(combo, 0, 0)
    assert inside(combo, dialog.mapping_scroll.viewport()) and inside(combo, page.columns.viewport())

    qtbot.keyClicks(combo, "Titre")
    message = page.problem
    assert message is not None and QApplication.focusWidget() is combo
    assert message.text().startswith(
        f"La colonne B (Activity title) devient déjà « Titre » : la colonne W ({VERIFIER}) ne peut pas")
    for area in (dialog.mapping_scroll.viewport(), page.columns.viewport()):
        assert inside(message, area), f"the refusal is out of view in {area.parentWidget().objectName()}"
        assert inside(combo, area), f"the combo box left the view in {area.parentWidget().objectName()}"

    line = row_of(dialog, VERIFIER) + 1
    high = page.columns.rowHeight(line)
    dialog.resize(640, 560)  # a narrower window wraps the refusal on more lines: its line grows, nothing is cut
    qtbot.waitUntil(lambda: page.columns.rowHeight(line) > high)
    assert page.columns.rowHeight(line) >= message.heightForWidth(page.columns.viewport().width())
