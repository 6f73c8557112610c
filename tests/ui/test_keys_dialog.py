"""Tools ▸ Office keys: trust, revoke, rotate, publish, driven with real clicks and keys over real
databases and real signed workbooks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mouliaison.services import keys, records
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.office import set_office
from mouliaison.ui.keys_dialog import Column, KeysDialog
from mouliaison.ui.language import install_translators, remove_translators
from mouliaison.ui.main_window import MainWindow


@pytest.fixture
def hq_met_kampala(make_db, tmp_path: Path):
    """Headquarters imported a file of Kampala's: Kampala's key is new there, not confirmed."""
    kampala, hq = make_db("kampala"), make_db("hq")
    set_office(kampala, "Kampala", "IOM")
    set_office(hq, "Brussels HQ", "WCO", "headquarters")
    records.add_record(kampala, "activity", {"title": "Border training"})
    path = tmp_path / "kampala.xlsx"
    export_workbook(kampala, path)
    assert import_workbooks(hq, [path]).files[0].trust.status == "new-key"
    return kampala, hq, path


def _row_of(dialog: KeysDialog, office: str) -> int:
    return next(i for i, v in enumerate(dialog.model.rows) if v.office == office)


def _cell(dialog: KeysDialog, row: int, column: Column) -> str:
    return dialog.model.index(row, column).data()


def _answer(qtbot, dialog: KeysDialog, accept: bool) -> None:
    box = dialog.box
    assert box is not None and box.isVisible()
    if accept:
        button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.box is None)


def _open_from_the_menu(qtbot, hq) -> KeysDialog:
    window = MainWindow(hq)
    qtbot.addWidget(window)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert "Office &keys…" in [a.text() for a in tools.actions()]
    window.keys_action.trigger()
    dialog = window.findChild(KeysDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_new_key_is_listed_and_trusted_after_comparing_its_fingerprint(qtbot, hq_met_kampala) -> None:
    kampala, hq, path = hq_met_kampala
    dialog = _open_from_the_menu(qtbot, hq)
    fp = keys.own_key(kampala).fingerprint
    row = _row_of(dialog, "Kampala")
    assert _cell(dialog, row, Column.STATUS) == "new: not confirmed"
    assert _cell(dialog, row, Column.PARTY) == "IOM"
    assert _cell(dialog, row, Column.FINGERPRINT) == keys.list_keys(hq)[row].shown
    assert _cell(dialog, row, Column.FIRST_SEEN)[:2] == "20"
    own = _row_of(dialog, "Brussels HQ")
    assert _cell(dialog, own, Column.STATUS) == "this office"
    dialog.table.selectRow(own)
    assert not dialog.trust_button.isEnabled() and not dialog.revoke_button.isEnabled()

    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home)  # rows by office name: Brussels HQ, then Kampala
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected().office == "Kampala" and dialog.trust_button.isEnabled()
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert fp[:4].upper() in dialog.box.text() and fp[-4:].upper() in dialog.box.text()  # the whole fingerprint
    _answer(qtbot, dialog, accept=False)  # cancelled: nothing changes
    assert {v.fingerprint: v.status for v in keys.list_keys(hq)}[fp] == "seen"

    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, dialog, accept=True)
    assert {v.fingerprint: v.status for v in keys.list_keys(hq)}[fp] == "trusted"
    assert _cell(dialog, _row_of(dialog, "Kampala"), Column.STATUS) == "trusted"
    assert "Trusted" in dialog.status.text()
    assert import_workbooks(hq, [path]).files[0].trust.status == "verified"


def test_headquarters_key_is_marked_in_the_confirmation(qtbot, hq_met_kampala) -> None:
    _kampala, hq, _path = hq_met_kampala
    dialog = KeysDialog(hq)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(_row_of(dialog, "Kampala"))
    box = dialog.ask_trust()
    assert box.checkBox().isVisible() and not box.checkBox().isChecked()
    qtbot.mouseClick(box.checkBox(), Qt.MouseButton.LeftButton)
    _answer(qtbot, dialog, accept=True)
    assert _cell(dialog, _row_of(dialog, "Kampala"), Column.STATUS) == "trusted, headquarters"


def test_revoking_asks_what_it_means_and_a_revoked_key_cannot_be_trusted_again(qtbot, hq_met_kampala) -> None:
    kampala, hq, _path = hq_met_kampala
    keys.trust_key(hq, keys.own_key(kampala).fingerprint)
    dialog = KeysDialog(hq)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(_row_of(dialog, "Kampala"))
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert "refused" in dialog.box.informativeText() and "cannot be trusted again" in dialog.box.informativeText()
    _answer(qtbot, dialog, accept=True)
    row = _row_of(dialog, "Kampala")
    assert _cell(dialog, row, Column.STATUS) == "revoked"
    assert not dialog.trust_button.isEnabled() and not dialog.revoke_button.isEnabled()


def test_moving_this_office_to_a_new_key_shows_the_old_one_rotated(qtbot, hq_met_kampala) -> None:
    _kampala, hq, _path = hq_met_kampala
    old = keys.own_key(hq).fingerprint
    dialog = KeysDialog(hq)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.rotate_button, Qt.MouseButton.LeftButton)
    assert "lost laptop" in dialog.box.informativeText()
    _answer(qtbot, dialog, accept=False)
    assert keys.own_key(hq).fingerprint == old
    qtbot.mouseClick(dialog.rotate_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, dialog, accept=True)
    new = keys.own_key(hq).fingerprint
    assert new != old
    statuses = {v.fingerprint: dialog.model.status_text(v) for v in dialog.model.rows}
    assert statuses[old] == "rotated" and statuses[new] == "this office"
    assert dialog.selected().fingerprint == new


def test_publishing_the_approved_list_marks_the_keys_on_it(qtbot, hq_met_kampala) -> None:
    kampala, hq, _path = hq_met_kampala
    keys.trust_key(hq, keys.own_key(kampala).fingerprint)
    dialog = KeysDialog(hq)
    qtbot.addWidget(dialog)
    row = _row_of(dialog, "Kampala")
    assert _cell(dialog, row, Column.APPROVED) == ""
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, dialog, accept=True)
    assert dialog.status.text() == "Published a list of 2 approved key(s)"
    assert _cell(dialog, _row_of(dialog, "Kampala"), Column.APPROVED) == "yes"


def test_the_window_in_french_at_1024x600(qtbot, qapp, hq_met_kampala, tmp_path: Path) -> None:
    _kampala, hq, _path = hq_met_kampala
    installed = install_translators(qapp, "fr")
    try:
        dialog = KeysDialog(hq)
        qtbot.addWidget(dialog)
        dialog.resize(1024, 600)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "Clés des bureaux"
        assert dialog.trust_button.text() == "Faire &confiance…"
        dialog.table.selectRow(_row_of(dialog, "Kampala"))
        folder = Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)
        assert dialog.grab().save(str(folder / "keys-fr.png"))
        box = dialog.ask_trust()
        qtbot.waitExposed(box)
        assert "Faire confiance à la clé de Kampala" in box.text() and box.width() <= 1024
        assert box.grab().save(str(folder / "keys-trust-fr.png"))
        _answer(qtbot, dialog, accept=False)
    finally:
        remove_translators(qapp, installed)
