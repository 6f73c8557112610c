"""Dates and numbers in the window the way its language writes them (issue 13, point 10).

The records table shows a date as the language's short date format (with the year in full)
while sorting by the date itself; counts in the status bar, the conflicts item and the bulk
change dialog carry the locale's thousands separator. English keeps ISO dates.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.ui.bulk_edit_dialog import BulkEditDialog
from mouliaison.ui.main_window import MainWindow

DATES = ("2026-03-02", "2025-12-31", "2026-01-02")
WRITTEN = {"fr": {"2026-03-02": "02/03/2026", "2025-12-31": "31/12/2025", "2026-01-02": "02/01/2026"},
           "es": {"2026-03-02": "2/3/2026", "2025-12-31": "31/12/2025", "2026-01-02": "2/1/2026"}}
THOUSANDS = {"fr": "1\u202f203", "es": "1203"}  # Spanish groups from five digits (CLDR)
TEN_THOUSANDS = {"fr": "12\u202f345", "es": "12.345"}
YES = {"fr": "oui", "es": "sí"}



def test_the_records_table_writes_dates_the_languages_way_and_sorts_them_by_date(qtbot, db: Database, language):
    for number, date in enumerate(DATES):
        records.add_record(db, "meeting", {"title": f"Meeting {number}", "date": date, "kind": "consultation",
                                           "online": number == 0})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_type("meeting")
    keys = _keys("meeting")
    date_column, online = keys.index("date"), keys.index("online")
    cells = {window.model.index(row, 0).data(): window.model.index(row, date_column).data()
             for row in range(window.model.rowCount())}
    assert cells == {f"Meeting {n}": WRITTEN[language][d] for n, d in enumerate(DATES)}
    assert window.model.index(0, online).data() == YES[language]
    window.table.sortByColumn(date_column, Qt.SortOrder.AscendingOrder)  # by the date, not by its text
    shown = [window.model.index(row, date_column).data() for row in range(window.model.rowCount())]
    assert shown == [WRITTEN[language][d] for d in sorted(DATES)]


def test_counts_carry_the_locales_thousands_separator(qtbot, db: Database, language):
    with db.writing() as change:
        for number in range(1203):
            records.add_in(change, "organisation", {"name": f"Customs post {number:04d}"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_type("organisation")
    assert window.count_label.text().endswith(": " + THOUSANDS[language]), window.count_label.text()
    dialog = BulkEditDialog(window.records.rtype, 12345, window.records.form.choices_for, window)
    qtbot.addWidget(dialog)
    assert TEN_THOUSANDS[language] in dialog.windowTitle()


def test_english_keeps_iso_dates(qtbot, db: Database):
    records.add_record(db, "meeting", {"title": "Meeting", "date": "2026-03-02", "kind": "consultation"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_type("meeting")
    assert window.model.index(0, _keys("meeting").index("date")).data() == "2026-03-02"


def _keys(type_name: str) -> list[str]:
    from mouliaison.domain.record_types import RECORD_TYPES

    return [f.key for f in RECORD_TYPES[type_name].fields]
