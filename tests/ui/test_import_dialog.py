"""File ▸ Import: preview, import, cancel and report, over real databases and real workbooks."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from mouliaison.services.database import open_database
from mouliaison.services.dump import dump_json
from mouliaison.services.exchange import export_workbook
from mouliaison.services.office import set_office
from mouliaison.services.records import add_record, list_records
from mouliaison.ui.import_dialog import ImportDialog
from mouliaison.ui.import_preview import COUNTS
from mouliaison.ui.worker import Busy, Worker

TIMEOUT = 20_000


def screenshot_folder(tmp_path: Path) -> Path:
    """tmp_path; MOULIAISON_SCREENSHOTS=docs refreshes the README's pictures instead."""
    return Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)


@pytest.fixture
def nairobi_file(make_db, tmp_path: Path) -> Path:
    """A workbook from another office: its office, three activities and two contacts."""
    source = make_db("nairobi")
    set_office(source, "Nairobi", "IOM")
    for title in ("Border risk assessment", "Joint SOP workshop", "Information campaign"):
        add_record(source, "activity", {"title": title, "status": "planned"})
    add_record(source, "contact", {"full_name": "Amina Yusuf", "email": "amina.yusuf@example.org"})
    add_record(source, "contact", {"full_name": "Fatou Diallo", "email": "fatou.diallo@example.org"})
    path = tmp_path / "2026-11-28_iom-nairobi_partner.xlsx"
    export_workbook(source, path)
    return path


@pytest.fixture(scope="module")
def big_file(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 activities, made once for the module (cancel and responsiveness need a long import)."""
    folder = tmp_path_factory.mktemp("big")
    shutil.copyfile(template_db, folder / "big.sqlite3")
    source = open_database(folder / "big.sqlite3")
    try:
        with source.writing() as change:
            for n in range(2000):
                change.writer.create("activity", {"title": f"Activity {n}", "status": "planned"})
        export_workbook(source, folder / "big.xlsx")
    finally:
        source.close()
    return folder / "big.xlsx"


def open_dialog(qtbot, db, paths, state: str = "previewed", trust: bool = True) -> ImportDialog:
    """The dialog previewing `paths`; `trust`: a person confirms a new office's key (issue 16), as
    they would after checking its fingerprint with the office."""
    dialog = ImportDialog(db, paths)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == state, timeout=TIMEOUT)
    if trust and dialog.trust_keys.isVisibleTo(dialog) and not dialog.trust_keys.isChecked():
        dialog.trust_keys.setChecked(True)
        qtbot.waitUntil(lambda: dialog.state == state and dialog.result is not None
                        and all(r.trust is None or r.trust.status != "new-key" for r in dialog.result.files),
                        timeout=TIMEOUT)
    return dialog


def counts_of(item) -> dict[str, int]:
    return {name: int(item.text(column)) for column, name in enumerate(COUNTS, start=1)}


def child(item, label: str):
    found = [item.child(i) for i in range(item.childCount()) if item.child(i).text(0) == label]
    assert len(found) == 1, label
    return found[0]


def test_the_preview_counts_per_file_and_type_and_writes_nothing(qtbot, db, nairobi_file: Path) -> None:
    before = dump_json(db)
    dialog = open_dialog(qtbot, db, [nairobi_file])
    top = dialog.tree.topLevelItem(0)
    assert top.text(0) == nairobi_file.name
    assert counts_of(top)["inserted"] == 6  # 3 activities, 2 contacts, 1 office
    assert counts_of(child(top, "Joint activities")) == {n: (3 if n == "inserted" else 0) for n in COUNTS}
    assert counts_of(child(top, "Contacts"))["inserted"] == 2
    assert counts_of(child(top, "Offices"))["inserted"] == 1
    assert "From the office: Nairobi" in dialog.details.toPlainText()
    assert "nothing has been written" in dialog.status.text()
    assert dialog.import_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.progress_box.isVisibleTo(dialog)
    assert dump_json(db) == before


def test_import_applies_the_preview_and_a_second_time_is_already_imported(qtbot, db, nairobi_file: Path) -> None:
    dialog = open_dialog(qtbot, db, [nairobi_file])
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        dialog.import_button.click()
    assert dialog.state == "imported" and imported.args[0].applied
    assert sorted(r.values["title"] for r in list_records(db, "activity")) == [
        "Border risk assessment", "Information campaign", "Joint SOP workshop"]
    assert len(list_records(db, "contact")) == 2
    assert "Imported: 6 new" in dialog.status.text()
    assert not dialog.import_button.isEnabled() and dialog.save_button.isEnabled()

    again = open_dialog(qtbot, db, [nairobi_file])
    assert again.tree.topLevelItem(0).text(0) == f"{nairobi_file.name} (already imported)"
    assert "Already imported" in again.details.toPlainText()


def test_rejected_cells_quarantined_rows_and_notes_are_shown(qtbot, db, nairobi_file: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(nairobi_file)
    sheet = book["Joint activities"]
    sheet["J3"] = "not a date"  # planned start
    sheet["D4"] = "Renamed in Excel"
    sheet["A5"] = "01a21fdb-0000-7505-8625-787516e37f68"  # a tampered id
    sheet["Z1"], sheet["Z2"] = "my_notes", "My notes"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)

    dialog = open_dialog(qtbot, db, [edited])
    activities = counts_of(child(dialog.tree.topLevelItem(0), "Joint activities"))
    assert (activities["rejected"], activities["quarantined"], activities["hand_edits"]) == (1, 1, 1)
    details = dialog.details.toPlainText()
    assert "Rejected cells" in details and "'not a date' is not a date" in details
    assert "Joint activities\nJ\n3\n1\n'not a date'" in details  # sheet, column, rows, cells, reason
    assert "Quarantined rows" in details and "was it changed?" in details
    assert "column Z ('My notes')" in details
    assert dialog.import_button.isEnabled()  # a rejected cell or row does not stop the rest

    dialog.resize(1060, 680)
    dialog.show()
    qtbot.waitExposed(dialog)
    picture = screenshot_folder(tmp_path) / "import.png"
    image = dialog.grab().toImage()
    assert image.save(str(picture), "PNG")
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 10


def test_a_refused_file_shows_its_message_and_disables_import(qtbot, db, nairobi_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(os.urandom(2048))
    dialog = open_dialog(qtbot, db, [nairobi_file, bad], state="refused")
    assert not dialog.import_button.isEnabled()
    details = dialog.details.toPlainText()
    assert "x.xlsx" in details and "not an Excel workbook" in details
    assert "What to do" in details and "Remove" in details
    assert "refused" in dialog.status.text()
    assert dialog.tree.topLevelItem(0).text(1) == "refused"

    dialog.files.item(1).setSelected(True)  # removing it previews the others again
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.state == "previewed", timeout=TIMEOUT)
    assert dialog.import_button.isEnabled()


def test_a_cancel_during_the_import_writes_nothing(qtbot, db, big_file: Path) -> None:
    dialog = open_dialog(qtbot, db, [big_file])
    before = dump_json(db)
    seen: list[str] = []

    def cancel_on_progress(what: str, _done: int, _total: int) -> None:  # runs in the worker's thread
        seen.append(what)
        dialog.worker.cancel()

    dialog.worker.progress.connect(cancel_on_progress, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(dialog.worker.cancelled, timeout=TIMEOUT):
        dialog.import_button.click()
    assert seen and dialog.state == "cancelled"
    assert "nothing was written" in dialog.status.text()
    assert dump_json(db) == before and not list_records(db, "activity")


def test_the_window_stays_responsive_during_a_long_import(qtbot, db, big_file: Path) -> None:
    dialog = open_dialog(qtbot, db, [big_file])
    ticks: list[str] = []
    timer = QTimer(dialog)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(dialog.state))
    timer.start()
    progress: list[tuple[str, int, int]] = []
    dialog.worker.progress.connect(lambda *step: progress.append(step))
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
        assert dialog.progress_box.isVisibleTo(dialog) and dialog.cancel_button.isEnabled()
        with pytest.raises(Busy):  # one writer at a time
            dialog.worker.start(lambda _progress: None)
    timer.stop()
    assert ticks.count("importing") >= 2  # the event loop ran while the worker imported
    # read and planned once, for the preview: Import only writes the kept plan
    assert {what.split(" ")[0] for what, _done, _total in progress} == {"writing"}
    assert len(list_records(db, "activity")) == 2000


def test_the_report_saves_as_json_or_text(qtbot, db, nairobi_file: Path, tmp_path: Path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, db, [nairobi_file])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.state == "imported", timeout=TIMEOUT)
    saved = tmp_path / "report.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(saved), "JSON report (*.json)"))
    dialog.save_button.click()
    assert json.loads(saved.read_text(encoding="utf-8")) == json.loads(json.dumps(dialog.result.to_json()))
    assert "Report saved" in dialog.status.text()

    text = tmp_path / "report.txt"
    dialog.save_report(text)
    content = text.read_text(encoding="utf-8")
    assert nairobi_file.name in content and "Written to the database: yes" in content
    assert "Joint activities: new 3" in content and "Totals: new 6" in content


def test_the_worker_reports_a_failure_and_refuses_a_second_call(qtbot) -> None:
    worker = Worker()

    def broken(_progress) -> None:
        raise ValueError("the folder does not exist")

    with qtbot.waitSignal(worker.failed, timeout=TIMEOUT) as failed:
        worker.start(broken)
    assert failed.args == ["the folder does not exist"] and not worker.running
    with qtbot.waitSignal(worker.finished, timeout=TIMEOUT) as finished:
        worker.start(lambda progress: progress("counting", 1, None) or 42)
    assert finished.args == [42]


def test_a_3w_s_refused_cells_are_shown_once_per_column_with_the_values(qtbot, db, tmp_path: Path) -> None:
    three_w = shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "plain" / "3w-hxl.xlsx", tmp_path / "3w.xlsx")
    dialog = open_dialog(qtbot, db, [three_w])
    activities = counts_of(child(dialog.tree.topLevelItem(0), "Joint activities"))
    assert (activities["inserted"], activities["rejected"]) == (3, 6)
    details = dialog.details.toPlainText()
    # two lines, not six: sheet, column, rows, cells, the first reason and the other values alike
    assert "3W\nA\n3–5\n3\n'IOM' is a party here, not an organisation" in details, details
    assert "(and the same for 'WCO')" in details
    assert "3W\nB\n3–5\n3\n'Protection' not allowed" in details and "(and the same for 'Coordination')" in details
    assert details.count("3W\n") == 2
    assert "3W rows 3–5: imported without their rejected cells" in details
    dialog.next_button.click()  # past the mapping step
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    assert len(list_records(db, "activity")) == 3


def test_a_new_key_is_shown_and_trusted_only_when_the_person_ticks_the_box(qtbot, db, nairobi_file: Path) -> None:
    """Issue 16 #7: the preview's badge per file, the key's fingerprint, and the question."""
    before = dump_json(db)
    dialog = open_dialog(qtbot, db, [nairobi_file], trust=False)
    top = dialog.tree.topLevelItem(0)
    assert top.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "? new key" and not top.icon(0).isNull()
    assert "new here" in dialog.details.toPlainText() and "Check this fingerprint" in dialog.details.toPlainText()
    assert dialog.trust_keys.isVisibleTo(dialog) and counts_of(top)["inserted"] == 0
    report = dialog.report_text(dialog.result)  # the saved report says it too: which key, why withheld
    assert "  signature: office" in report and "new here" in report and "  withheld: office" in report
    qtbot.mouseClick(dialog.trust_keys, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "previewed" and dialog.tree.topLevelItem(0) is not None
                    and dialog.tree.topLevelItem(0).data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "✔ signed",
                    timeout=TIMEOUT)
    assert counts_of(dialog.tree.topLevelItem(0))["inserted"] == 6
    assert dump_json(db) == before  # a preview writes nothing, the key's trust neither


def test_the_saved_text_report_groups_refused_cells_as_the_window_does(qtbot, db, tmp_path: Path) -> None:
    """A tracker with 40 cells refused for one cause and 2 rows sharing a key: the saved text
    says each cause once with its rows, as the window shows it, not one line per cell."""
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Activities"
    sheet.append(["Activity title", "Status", "Participants (women)"])
    for n in range(40):
        sheet.append([f"Border workshop {n}", "planned", "many" if n % 2 else "twelve"])
    sheet.append(["Twice", "planned", 3])
    sheet.append(["Twice", "ongoing", 4])
    book.save(path)
    dialog = open_dialog(qtbot, db, [path])
    report = dialog.result.files[0]
    assert len(report.rejected) == 40 and len(report.quarantined) == 2
    saved = tmp_path / "report.txt"
    dialog.save_report(saved)
    content = saved.read_text(encoding="utf-8")
    rejected = [line for line in content.splitlines() if line.strip().startswith("rejected")]
    quarantined = [line for line in content.splitlines() if line.strip().startswith("quarantined")]
    assert len(rejected) == 1, content
    assert "column C" in rejected[0] and "2–41" in rejected[0] and "40" in rejected[0], rejected
    assert "'many'" in rejected[0] and "'twelve'" in rejected[0], rejected  # the values refused alike, named
    assert len(quarantined) == 1 and "42–43" in quarantined[0], content


def test_the_preview_with_its_badges_in_french_at_1024x600(qtbot, qapp, db, nairobi_file: Path,
                                                             tmp_path: Path) -> None:
    """Issue 16: the badge of a file whose key is new, and the withheld list, read in French on a small screen."""
    from mouliaison.ui.language import install_translators, remove_translators

    installed = install_translators(qapp, "fr")
    try:
        dialog = open_dialog(qtbot, db, [nairobi_file], trust=False)
        dialog.resize(1024, 600)
        dialog.show()
        qtbot.waitExposed(dialog)
        top = dialog.tree.topLevelItem(0)
        assert top.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "? nouvelle clé"
        assert dialog.trust_keys.isVisibleTo(dialog) and dialog.trust_keys.text().startswith("Faire confiance")
        assert dialog.width() <= 1024 and dialog.height() <= 600
        details = dialog.details.toPlainText()
        assert "Retenu (non importé)" in details and "le bureau Nairobi signe avec la clé" in details
        assert dialog.grab().save(str(screenshot_folder(tmp_path) / "import-keys-fr.png"))
    finally:
        remove_translators(qapp, installed)
