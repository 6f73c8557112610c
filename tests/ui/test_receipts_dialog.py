"""The export receipts dialog (Tools ▸ Export receipts…), over a real database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mouliaison.privacy.recipients import Recipient
from mouliaison.services import records
from mouliaison.services.exchange import export_workbook
from mouliaison.services.receipts import list_receipts
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.receipts_dialog import Column, ReceiptsDialog


def screenshot_folder(tmp_path: Path) -> Path:
    """tmp_path; MOULIAISON_SCREENSHOTS=docs refreshes the README's pictures instead."""
    return Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)


def contact(db, name: str, email: str) -> str:
    return records.add_record(db, "contact", {"full_name": name, "email": email, "phone": "+254 700 111 000"})


def consent(db, contact_id: str, recipient: str, evidence: str) -> str:
    return records.add_record(
        db,
        "consent_record",
        {
            "contact": contact_id,
            "recipient": recipient,
            "given_on": "2025-02-03",
            "valid_until": "2027-02-03",
            "method": "signed-form",
            "evidence": evidence,
        },
    )


@pytest.fixture
def exported(db, tmp_path: Path) -> dict[str, str]:
    ids = {
        "amina": contact(db, "Amina Yusuf", "amina.yusuf@example.org"),
        "fatou": contact(db, "Fatou Diallo", "fatou.diallo@example.org"),
    }
    ids["consent"] = consent(db, ids["amina"], "third-party:UNODC", "FORM-2025-014")
    export_workbook(db, tmp_path / "x.xlsx", recipient=Recipient.parse("third-party:UNODC"))
    return ids


def cell(dialog: ReceiptsDialog, row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return dialog.proxy.index(row, column).data(role)


def test_the_dialog_lists_the_receipt_and_its_consent_basis(qtbot, db, exported) -> None:
    dialog = ReceiptsDialog(db)
    qtbot.addWidget(dialog)
    receipt = list_receipts(db)[0]
    assert dialog.proxy.rowCount() == 1
    assert cell(dialog, 0, Column.RECIPIENT) == "third-party:UNODC"
    assert cell(dialog, 0, Column.FILE) == "x.xlsx"
    assert cell(dialog, 0, Column.FILE, Qt.ItemDataRole.ToolTipRole) == receipt.file_name
    assert [cell(dialog, 0, c) for c in (Column.INCLUDED, Column.PSEUDONYMISED, Column.LEFT_OUT)] == ["1", "1", "0"]
    assert cell(dialog, 0, Column.SHA256) == receipt.sha256[:12] + "…"
    assert cell(dialog, 0, Column.SHA256, Qt.ItemDataRole.ToolTipRole) == receipt.sha256
    assert dialog.selected() == receipt
    details = dialog.details.toPlainText()
    assert "Amina Yusuf" in details and "Fatou Diallo" not in details  # the basis names only the consented
    assert "FORM-2025-014" in details and "Signed" in details  # the consent method's label, not its code
    assert "no consent for this recipient" in details
    assert receipt.sha256 in details
    assert "Export: \nLiaison workbook" in details


def test_newest_first_and_selection_changes_the_details(qtbot, db, exported, tmp_path: Path) -> None:
    export_workbook(db, tmp_path / "partner.xlsx", recipient=Recipient.parse("partner"))
    dialog = ReceiptsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 2
    newest = max(list_receipts(db), key=lambda r: (r.exported_at, r.file_id))
    assert cell(dialog, 0, Column.TIME, Qt.ItemDataRole.ToolTipRole) == newest.exported_at
    dialog.table.selectRow(1)
    dialog.table.setCurrentIndex(dialog.proxy.index(1, 0))
    assert dialog.selected().recipient in {"partner", "third-party:UNODC"}
    shown = dialog.details.toPlainText()
    assert dialog.selected().recipient in shown


def test_no_receipts_says_so(qtbot, db) -> None:
    dialog = ReceiptsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 0
    assert "No export" in dialog.details.toPlainText()


def test_escape_and_close_close_it(qtbot, db, exported) -> None:
    dialog = ReceiptsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog.show()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_opened_from_the_tools_menu(qtbot, db, exported) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert [a.text() for a in tools.actions()] == ["Export &receipts…", "Possible &duplicates…", "Office &keys…", "",
                                                  "&Settings…"]
    window.receipts_action.trigger()
    dialog = window.findChild(ReceiptsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.proxy.rowCount() == 1
    dialog.reject()


def test_screenshot(qtbot, db, tmp_path: Path) -> None:
    people = [
        ("Amina Yusuf", "third-party:UNODC"),
        ("José Díaz", "any-third-party"),
        ("Chen Wei", "third-party:INTERPOL"),
        ("Fatou Diallo", None),
        ("Pierre Martin", None),
    ]
    for number, (name, recipient) in enumerate(people):
        person = contact(db, name, name.lower().replace(" ", ".") + "@example.org")
        if recipient:
            consent(db, person, recipient, f"FORM-2025-{number + 11:03d}")
    records.add_record(db, "activity", {"title": "Joint training on document fraud", "status": "planned"})
    export_workbook(db, tmp_path / "iom-nairobi-backup-2025-05.xlsx", recipient=Recipient.parse("same-party"))
    export_workbook(db, tmp_path / "iom-nairobi-to-wco-2025-05.xlsx", recipient=Recipient.parse("partner"))
    export_workbook(db, tmp_path / "red-cross-2025-05.xlsx", recipient=Recipient.parse("third-party:Red Cross"))
    export_workbook(db, tmp_path / "iom-nairobi-to-wco-2025-06.xlsx", recipient=Recipient.parse("partner"))
    export_workbook(
        db,
        tmp_path / "interpol-2025-06.xlsx",
        recipient=Recipient.parse("third-party:INTERPOL"),
        unconsented="leave-out",
    )
    export_workbook(db, tmp_path / "unodc-2025-06.xlsx", recipient=Recipient.parse("third-party:UNODC"))
    dialog = ReceiptsDialog(db)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    picture = screenshot_folder(tmp_path) / "receipts.png"
    image = dialog.grab().toImage()
    assert image.save(str(picture), "PNG")
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 10


def test_a_flat_export_is_listed_with_what_it_was(qtbot, db, exported, tmp_path: Path) -> None:
    from mouliaison.services.flat_exports import export_contacts

    export_contacts(db, tmp_path / "unodc.vcf", recipient=Recipient.parse("third-party:UNODC"))
    dialog = ReceiptsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 2
    assert cell(dialog, 0, Column.FILE) == "unodc.vcf"  # newest first
    assert [cell(dialog, 0, c) for c in (Column.INCLUDED, Column.PSEUDONYMISED, Column.LEFT_OUT)] == ["1", "0", "1"]
    details = dialog.details.toPlainText()
    assert "Export: \nvCard address book" in details and "Rows: \nContacts 1" in details
    assert "Amina Yusuf" in details and "FORM-2025-014" in details


def test_the_key_that_signed_each_export_is_in_its_receipt(qtbot, db, exported, tmp_path: Path, capsys) -> None:
    import argparse

    from mouliaison.cli import privacy_commands
    from mouliaison.domain.signing import shown
    from mouliaison.services.flat_exports import export_contacts
    from mouliaison.services.keys import own_key

    export_contacts(db, tmp_path / "unodc.vcf", recipient=Recipient.parse("third-party:UNODC"))
    fp = own_key(db).fingerprint
    by_file = {Path(r.file_name).name: r for r in list_receipts(db)}
    assert by_file["x.xlsx"].signed_by == fp and by_file["x.xlsx"].to_json()["signed_by"] == fp
    assert by_file["unodc.vcf"].signed_by is None  # a flat export is not signed
    dialog = ReceiptsDialog(db)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)  # the workbook, older
    assert f"Signed with: \nthis office's key {shown(fp)}" in dialog.details.toPlainText()
    dialog.table.selectRow(0)
    assert "Signed with: \nno key (only liaison workbooks are signed)" in dialog.details.toPlainText()
    assert privacy_commands.HANDLERS["receipts"](db, argparse.Namespace(json=False), {}) == 0  # the CLI's listing
    out = capsys.readouterr().out
    assert f"signed with {shown(fp)}" in out and "not signed" in out


def test_the_consent_basis_lines_read_in_french(qtbot, qapp, db, tmp_path: Path) -> None:
    """Both were written inside f-strings, where lupdate does not see them: English in every language."""
    from mouliaison.ui.language import install_translators, remove_translators

    export_workbook(db, tmp_path / "partner.xlsx", recipient=Recipient.parse("partner"))
    export_workbook(db, tmp_path / "unodc.xlsx", recipient=Recipient.parse("third-party:UNODC"))
    installed = install_translators(qapp, "fr")
    try:
        dialog = ReceiptsDialog(db)
        qtbot.addWidget(dialog)
        texts = {Path(r.file_name).name: dialog._basis_html(r) for r in list_receipts(db)}
        assert "le destinataire est partie" in texts["partner.xlsx"]
        assert "Aucune donnée personnelle" in texts["unodc.xlsx"]
    finally:
        remove_translators(qapp, installed)
