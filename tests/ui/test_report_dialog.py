"""File ▸ Report: the dialog makes the report in the worker, as PDF or xlsx, and says what went wrong."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from mouliaison.services.records import add_record
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.report_dialog import ReportDialog

TIMEOUT = 30_000
DAY = dt.date(2026, 11, 28)


@pytest.fixture
def window(qtbot, db, tmp_path: Path) -> MainWindow:
    add_record(db, "activity", {"title": "Joint training Busia", "status": "ongoing", "countries": "KEN",
                                "start_date": "2026-02-01", "thematic_areas": "v"})
    add_record(db, "activity", {"title": "OSBP study", "status": "planned", "countries": "UGA",
                                "planned_start_date": "2026-08-01"})
    window = MainWindow(db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def open_from_menu(window: MainWindow, tmp_path: Path) -> ReportDialog:
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert window.report_action in file_menu.actions()
    window.report_action.trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose_by_keys(qtbot, combo: QComboBox, text: str) -> None:
    """Down arrow on the combo box, as a person would, until the entry is chosen."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text} is not in the list")


def test_a_pdf_report_of_one_country_from_the_file_menu(qtbot, window, tmp_path: Path) -> None:
    dialog = open_from_menu(window, tmp_path)
    out = tmp_path / "kenya.pdf"
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, str(out))
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country, "Kenya")  # typing picks the entry, as in any list
    assert dialog.country.currentData() == "KEN"
    with qtbot.waitSignal(dialog.made, timeout=TIMEOUT):
        qtbot.keyClick(dialog.make_button, Qt.Key.Key_Space)
    assert out.is_file() and str(out) in dialog.summary.text()
    pdftotext = shutil.which("pdftotext")
    if pdftotext:  # CI installs it (.ci/run); tests/services/test_report.py insists on it there
        text = subprocess.run([pdftotext, "-layout", str(out), "-"], capture_output=True, text=True).stdout
        assert "Kenya (KEN)" in text and "Joint activities by status" in text
    dialog.reject()


def test_an_xlsx_report_and_a_refusal(qtbot, window, tmp_path: Path) -> None:
    dialog = open_from_menu(window, tmp_path)
    choose_by_keys(qtbot, dialog.format, "Excel workbook (xlsx)")
    assert dialog.path().suffix == ".xlsx"
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, str(tmp_path / "missing" / "r.xlsx"))
    with qtbot.waitSignal(dialog.worker.failed, timeout=TIMEOUT):
        dialog.make_button.click()
    assert "No report was made." in dialog.summary.text() and "does not exist" in dialog.summary.text()
    assert not (tmp_path / "missing").exists()

    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, str(tmp_path / "year.xlsx"))
    with qtbot.waitSignal(dialog.made, timeout=TIMEOUT):
        dialog.make_button.click()
    book = openpyxl.load_workbook(tmp_path / "year.xlsx")
    status = book["Joint activities by status"]
    assert ["Planned", 1] in [[c for c in r if c is not None] for r in status.iter_rows(values_only=True)]
    dialog.reject()


def test_the_proposed_name_follows_the_period_and_the_format(qtbot, db, tmp_path: Path) -> None:
    dialog = ReportDialog(db, folder=tmp_path, today=DAY)
    qtbot.addWidget(dialog)
    assert dialog.path() == tmp_path / "mou-report_2026-01-01_2026-11-28.pdf"
    assert dialog.recipient.currentData() == ""  # by default no one's name appears
    choose_by_keys(qtbot, dialog.format, "Excel workbook (xlsx)")
    assert dialog.path() == tmp_path / "mou-report_2026-01-01_2026-11-28.xlsx"


def test_the_report_is_written_in_the_window_s_language(qtbot, db, tmp_path: Path, qapp) -> None:
    from mouliaison.ui.language import install_translators, remove_translators

    translators = install_translators(qapp, "es")
    try:
        add_record(db, "activity", {"title": "Joint training Busia", "status": "ongoing", "countries": "KEN",
                                    "start_date": "2026-02-01", "thematic_areas": "v"})
        dialog = ReportDialog(db, folder=tmp_path)
        qtbot.addWidget(dialog)
        dialog.file_edit.setText(str(tmp_path / "informe.pdf"))
        with qtbot.waitSignal(dialog.made, timeout=TIMEOUT):
            qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        dialog.file_edit.setText(str(tmp_path / "informe.xlsx"))
        with qtbot.waitSignal(dialog.made, timeout=TIMEOUT):
            qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    finally:
        remove_translators(qapp, translators)
    book = openpyxl.load_workbook(tmp_path / "informe.xlsx", read_only=True)
    cells = [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Actividades conjuntas por estado" in cells and "En curso" in cells and "Kenia" in cells
    assert not any(c.startswith("Joint activities by") for c in cells)
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run([pdftotext, "-layout", str(tmp_path / "informe.pdf"), "-"], capture_output=True,
                              text=True).stdout
        assert "Aplicación del memorando de entendimiento" in text and "Intercambios de información" in text
        assert "Página 2 de" in text and "Joint activities" not in text
