"""An import preview in French or Spanish says nothing in English (issue 13, point 10).

A tracker made by hand (a title above its header, a column that matches nothing, a column
given twice, a hidden row, a total, values without a header, a formula without its value, an
impossible date) gives the preview notes, refused cells and grouped report lines; every one
reaches the dialog in the window's language. The command line keeps the English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from mouliaison.services.database import Database
from mouliaison.ui.import_dialog import ImportDialog
from mouliaison.ui.language import install_translators, remove_translators

TIMEOUT = 20_000
# Words of the lower layers' English sentences: none may reach a French or Spanish dialog.
ENGLISH = re.compile(r"\b(left out|not imported|the header|matches no field|would fill|hidden row|is a total|"
                     r"holds values|a formula|is not a date|check it|rows? \d|cells?\b|above it|the same field|"
                     r"give the column|import the sheet|fix those)\b")


@pytest.fixture(params=["fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators: list[QTranslator] = install_translators(qapp, request.param)
    assert translators
    yield request.param
    remove_translators(qapp, translators)


def tracker(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Joint activities"
    sheet.append(["Activity tracker 2026, Namanga"])  # a title above the header
    sheet.append(["Title", "Status", "Gadget", "Start date", None, "Title"])
    sheet.append(["Border workshop", "planned", "blue", "2026-03-02", "stray", "again"])
    sheet.append(["Namanga patrol", "ongoing", "red", "2026-04-02", None, None])
    sheet.append(["Busia census", "planned", "green", "2026-05-02", None, None])
    sheet.append(["Hidden row", "planned", "x", "2026-05-03", None, None])
    sheet.row_dimensions[6].hidden = True
    sheet.append(["Total", None, None, None, None, None])
    sheet.append(["Census", "planned", "y", "=DATE(2026,6,1)", None, None])
    sheet.append(["Bad date row", "planned", "z", "2026-02-30", None, None])
    book.save(path)
    return path


def test_an_import_previews_notes_refusals_and_report_lines_are_in_the_language(qtbot, db: Database, tmp_path,
                                                                               language) -> None:
    dialog = ImportDialog(db, [tracker(tmp_path / "tracker.xlsx")])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == "previewed", timeout=TIMEOUT)
    report = dialog.result.files[0]
    assert report.notes and report.rejected  # the tracker gives both
    shown = dialog.details.toPlainText() + "\n" + dialog.report_text(dialog.result)
    english = sorted({m.group(0) for m in ENGLISH.finditer(shown)})
    assert not english, f"English in the {language} dialog: {english}\n{shown}"
    assert "Gadget" in shown and "tracker.xlsx" in shown  # the names stay as the file wrote them


def test_the_command_line_keeps_the_english(db: Database, tmp_path) -> None:
    from mouliaison.services.exchange import prepare_import

    preview = prepare_import(db, [tracker(tmp_path / "tracker.xlsx")]).preview
    said = " ".join(str(n) for f in preview.files for n in f.notes)
    said += " ".join(str(p.reason) for f in preview.files for _t, p in f.rejected)
    for english in ("the header is row 2", "matches no field", "is a total", "is not a date that exists"):
        assert english in said
