"""File ▸ Export: the conventional file name, the export in the worker, and what it carried."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from mouliaison.services.exchange import import_workbooks
from mouliaison.services.office import set_office
from mouliaison.services.records import add_record, list_records
from mouliaison.ui.export_dialog import ExportDialog, documents_folder, office_slug

TIMEOUT = 20_000
DAY = dt.date(2026, 11, 28)


def screenshot_folder(tmp_path: Path) -> Path:
    """tmp_path; MOULIAISON_SCREENSHOTS=docs refreshes the README's pictures instead."""
    return Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)


@pytest.fixture
def nairobi(db):
    set_office(db, "Nairobi", "IOM")
    for title in ("Border risk assessment", "Joint SOP workshop"):
        add_record(db, "activity", {"title": title, "status": "planned"})
    amina = add_record(db, "contact", {"full_name": "Amina Yusuf", "email": "amina.yusuf@example.org"})
    add_record(db, "contact", {"full_name": "Fatou Diallo", "email": "fatou.diallo@example.org"})
    add_record(db, "consent_record", {"contact": amina, "recipient": "third-party:UNODC", "given_on": "2025-02-03",
                                      "valid_until": "2027-02-03", "method": "signed-form",
                                      "evidence": "FORM-2025-014"})
    return db


def open_dialog(qtbot, db, folder: Path) -> ExportDialog:
    dialog = ExportDialog(db, folder=folder, today=DAY)
    qtbot.addWidget(dialog)
    return dialog


def export(qtbot, dialog: ExportDialog):
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as exported:
        dialog.export_button.click()
        assert dialog.progress_bar.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    assert not dialog.progress_bar.isVisibleTo(dialog)
    return exported.args[0]


def test_the_file_name_follows_the_convention(qtbot, nairobi, tmp_path: Path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    assert dialog.path() == tmp_path / "2026-11-28_iom-nairobi_partner.xlsx"
    dialog.same_party.setChecked(True)
    assert dialog.path().name == "2026-11-28_iom-nairobi_same-party.xlsx"
    dialog.third_party.setChecked(True)
    assert not dialog.export_button.isEnabled()  # a third party needs a name
    dialog.third_name.setText("UNODC Eastern Africa")
    assert dialog.path().name == "2026-11-28_iom-nairobi_third-party-unodc-eastern-africa.xlsx"
    assert dialog.export_button.isEnabled()
    assert office_slug("IOM Nairobi", "IOM") == "iom-nairobi" and office_slug(None, None) == "office"

    chosen = tmp_path / "for-the-region"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "Liaison workbooks (*.xlsx)"))
    dialog.browse_button.click()
    assert dialog.path() == chosen.with_suffix(".xlsx")
    dialog.partner.setChecked(True)
    assert dialog.path() == chosen.with_suffix(".xlsx")  # a chosen name is kept


def test_the_default_folder_is_documents(qtbot, db) -> None:
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()
    assert documents_folder() == expected and dialog.path().parent == expected
    # "-2", "-3"... when a file of that name is already in the real folder: never overwritten
    assert re.fullmatch(rf"{dt.date.today().isoformat()}_office_partner(-\d+)?\.xlsx", dialog.path().name)


def test_export_writes_the_workbook_and_shows_where(qtbot, nairobi, tmp_path: Path, make_db) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    result = export(qtbot, dialog)
    path = tmp_path / "2026-11-28_iom-nairobi_partner.xlsx"
    assert path.is_file() and result.report.path == path
    assert result.report.rows["activity"] == 2 and result.report.rows["contact"] == 2
    summary = dialog.summary.toPlainText()
    assert str(path) in summary and "Joint activities 2" in summary and "Contacts 2" in summary
    assert "Contacts:" not in summary  # no contact counts for a party to the MOU
    assert dialog.open_folder_button.isVisible() or dialog.open_folder_button.isVisibleTo(dialog)
    assert dialog.path().name == "2026-11-28_iom-nairobi_partner-2.xlsx"  # the next export does not overwrite

    other = make_db("geneva")
    imported = import_workbooks(other, [path], trust_new_keys=True)
    assert imported.totals["inserted"] >= 4 and len(list_records(other, "activity")) == 2


def test_only_the_chosen_types_go(qtbot, nairobi, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    dialog.none_button.click()
    assert not dialog.export_button.isEnabled()
    item = dialog.types.findItems("Joint activities", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    dialog.since_check.setChecked(True)
    assert dialog.since() is not None and dialog.since().startswith("2026-11-01")
    dialog.since_check.setChecked(False)
    result = export(qtbot, dialog)
    assert {t for t, n in result.report.rows.items() if n} == {"activity"}


def test_a_third_party_export_reports_the_contacts(qtbot, nairobi, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    dialog.third_party.setChecked(True)
    dialog.third_name.setText("UNODC")
    dialog.leave_out.setChecked(True)
    dialog.resize(720, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    picture = screenshot_folder(tmp_path) / "export.png"
    image = dialog.grab().toImage()
    assert image.save(str(picture), "PNG")
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 10

    result = export(qtbot, dialog)
    assert result.contacts.counts() == {"included": 1, "pseudonymised": 0, "left_out": 1}
    assert "1 included with consent, 0 pseudonymised, 1 left out" in dialog.summary.toPlainText()
    assert (tmp_path / "2026-11-28_iom-nairobi_third-party-unodc.xlsx").is_file()


def test_a_failed_export_says_nothing_was_exported(qtbot, nairobi, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, nairobi, tmp_path)
    dialog.file_edit.setText(str(tmp_path / "missing-folder" / "x.xlsx"))
    dialog.file_edit.textEdited.emit(dialog.file_edit.text())
    with qtbot.waitSignal(dialog.worker.failed, timeout=TIMEOUT):
        dialog.export_button.click()
    summary = dialog.summary.toPlainText()
    assert "Nothing was exported" in summary and "does not exist" in summary
    assert dialog.export_button.isEnabled()


def test_the_workbook_labels_are_in_the_language_chosen(qtbot, nairobi, tmp_path: Path) -> None:
    import openpyxl

    dialog = open_dialog(qtbot, nairobi, tmp_path)
    assert dialog.language.currentData() == "en"  # the window's language (English in the tests)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    result = export(qtbot, dialog)
    sheet = openpyxl.load_workbook(result.report.path)["Joint activities"]
    keys = [c.value for c in sheet[1]]
    status = keys.index("status") + 1
    assert sheet.cell(2, status).value == "Statut" and {sheet.cell(r, status).value for r in (3, 4)} == {"Prévue"}
