"""File ▸ Export writes the flat exports too: HXL-tagged tables (xlsx, csv), a calendar (.ics) and
an address book (.vcf), chosen in the dialog with the keyboard, filtered for the recipient like the
CLI's, logged in the receipts, and read back with independent readers (openpyxl, python-calamine,
csv, icalendar, vobject)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import icalendar
import openpyxl
import pytest
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from python_calamine import CalamineWorkbook

from mouliaison.services.office import set_office
from mouliaison.services.receipts import list_receipts
from mouliaison.services.records import add_record
from mouliaison.ui.export_dialog import ExportDialog

TIMEOUT = 20_000
DAY = dt.date(2026, 11, 28)


@pytest.fixture
def nairobi(db):
    set_office(db, "Nairobi", "IOM")
    amina = add_record(db, "contact", {"full_name": "Amina Yusuf", "email": "amina.yusuf@example.org"})
    fatou = add_record(db, "contact", {"full_name": "Fatou Diallo", "email": "fatou.diallo@example.org"})
    add_record(db, "consent_record", {"contact": amina, "recipient": "third-party:UNODC", "given_on": "2025-02-03",
                                      "valid_until": "2099-02-03", "method": "signed-form",
                                      "evidence": "FORM-2025-014"})
    add_record(db, "activity", {"title": "Border risk assessment", "status": "ongoing", "countries": ["KEN"],
                                "start_date": dt.date(2026, 3, 2), "participants": [fatou]})
    meeting = add_record(db, "meeting", {"title": "Steering committee", "date": dt.date(2026, 12, 3),
                                         "kind": "joint_meeting", "location": "Busia"})
    add_record(db, "action_item", {"meeting": meeting, "description": "Send the SOP draft", "owner": fatou,
                                   "due_date": dt.date(2026, 12, 10), "status": "open"})
    add_record(db, "action_item", {"meeting": meeting, "description": "Think it over", "status": "open"})
    return db


def open_dialog(qtbot, db, folder: Path) -> ExportDialog:
    dialog = ExportDialog(db, folder=folder, today=DAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def choose_kind(qtbot, dialog: ExportDialog, key: str) -> None:
    """As a person does: Alt+W to the kind, then the arrow keys down to it."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.kind
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)
    for _ in range(dialog.kind.count()):
        if dialog.kind.currentData() == key:
            return
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == key


def for_unodc(dialog: ExportDialog, *, leave_out: bool) -> None:
    dialog.third_party.setChecked(True)
    dialog.third_name.setText("UNODC")
    (dialog.leave_out if leave_out else dialog.pseudonymise).setChecked(True)


def export(qtbot, dialog: ExportDialog):
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return exported.args[0]


def test_hxl_tables_in_a_workbook_for_a_third_party(qtbot, nairobi, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    choose_kind(qtbot, dialog, "hxl-xlsx")
    assert not dialog.since_check.isEnabled() and not dialog.language.isEnabled() and dialog.types.isEnabled()
    for_unodc(dialog, leave_out=True)
    path = tmp_path / "2026-11-28_iom-nairobi_third-party-unodc_hxl.xlsx"
    assert dialog.path() == path
    result = export(qtbot, dialog)
    assert result.files == [path] and result.left_out == {"contact": 1, "consent_record": 1}
    summary = dialog.summary.toPlainText()
    assert str(path) in summary and "Joint activities 1" in summary and "Contacts 1" in summary
    assert "Kept home for this recipient (MOU 3.6): Contacts 1, Consent records 1." in summary

    book = openpyxl.load_workbook(path, read_only=True)
    assert "activity" in book.sheetnames and "contact" in book.sheetnames
    activities = [list(r) for r in book["activity"].iter_rows(values_only=True)]
    assert activities[0][0] == "Title" and activities[1][0] == "#activity+name"
    assert "#country+code+list" in activities[1] and activities[2][0] == "Border risk assessment"
    assert "Kenya" in activities[2] and "KEN" in activities[2]
    assert "Fatou Diallo" not in activities[2]  # no consent for UNODC: left out
    calamine = CalamineWorkbook.from_path(str(path))
    contacts = calamine.get_sheet_by_name("contact").to_python()
    names = [row[contacts[0].index("Full name")] for row in contacts[2:]]
    assert names == ["Amina Yusuf"]
    receipts = [r for r in list_receipts(nairobi) if r.file_name == str(path)]
    assert len(receipts) == 1, list_receipts(nairobi)
    assert receipts[0].recipient == "third-party:UNODC"


def test_one_hxl_csv_table_chosen_by_type(qtbot, nairobi, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    choose_kind(qtbot, dialog, "hxl-csv")
    dialog.same_party.setChecked(True)
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    dialog.types.findItems("Joint activities", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
    result = export(qtbot, dialog)
    path = tmp_path / "2026-11-28_iom-nairobi_same-party_hxl.csv"
    assert result.files == [path]
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1][0] == "#activity+name" and rows[2][0] == "Border risk assessment" and len(rows) == 3
    assert "Fatou Diallo" in rows[2]  # our own organisation sees names


def test_a_calendar_of_meetings_and_due_dates(qtbot, nairobi, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    choose_kind(qtbot, dialog, "ics")
    assert not dialog.types.isEnabled() and dialog.export_button.isEnabled()
    assert "meetings and the action items" in dialog.types_box.toolTip()  # why the types are not asked for
    for_unodc(dialog, leave_out=False)  # Fatou owns the action: pseudonymised for UNODC
    path = tmp_path / "2026-11-28_iom-nairobi_third-party-unodc_calendar.ics"
    assert dialog.path() == path
    result = export(qtbot, dialog)
    assert result.counts == {"meeting": 1, "action_item": 1}
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    todos = list(calendar.walk("VTODO"))
    assert [str(e["SUMMARY"]) for e in events] == ["Steering committee"]
    assert events[0].decoded("DTSTART") == dt.date(2026, 12, 3) and str(events[0]["LOCATION"]) == "Busia"
    assert [str(t["SUMMARY"]) for t in todos] == ["Send the SOP draft"]  # no due date: no task
    assert todos[0].decoded("DUE") == dt.date(2026, 12, 10)
    assert "Fatou" not in path.read_text(encoding="utf-8") and "Owner:" in str(todos[0]["DESCRIPTION"])
    assert "Calendar: meetings" in dialog.kind.currentText() and "Meetings 1, Action items 1" in (
        dialog.summary.toPlainText())


def test_an_address_book_holds_only_who_consented(qtbot, nairobi, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    choose_kind(qtbot, dialog, "vcf")
    for_unodc(dialog, leave_out=False)
    assert not dialog.pseudonymise.isEnabled() and not dialog.leave_out.isEnabled()  # left out, always
    result = export(qtbot, dialog)
    path = tmp_path / "2026-11-28_iom-nairobi_third-party-unodc_contacts.vcf"
    assert result.files == [path] and result.left_out == {"contact": 1}
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == ["Amina Yusuf"]
    assert cards[0].email.value == "amina.yusuf@example.org"
    dialog.partner.setChecked(True)
    assert dialog.path().name == "2026-11-28_iom-nairobi_partner_contacts.vcf"


def test_a_chosen_file_takes_the_kind_s_ending_and_a_refusal_writes_nothing(qtbot, nairobi, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    dialog.file_edit.setText(str(tmp_path / "missing-folder" / "mou.xlsx"))
    dialog.file_edit.textEdited.emit(dialog.file_edit.text())
    choose_kind(qtbot, dialog, "ics")
    assert dialog.path() == tmp_path / "missing-folder" / "mou.ics"
    with qtbot.waitSignal(dialog.worker.failed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    summary = dialog.summary.toPlainText()
    assert "Nothing was exported" in summary and "does not exist" in summary
    assert not (tmp_path / "missing-folder").exists() and list_receipts(nairobi) == []
