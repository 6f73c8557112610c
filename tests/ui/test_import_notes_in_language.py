"""An import preview in French or Spanish says nothing in English (issue 13, point 10).

A tracker made by hand (a title above its header, a column that matches nothing, a column
given twice, a hidden row, a total, values without a header, a formula without its value, an
impossible date) gives the preview notes, refused cells and grouped report lines; every one
reaches the dialog in the window's language. The command line keeps the English.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from mouliaison.services.database import Database
from mouliaison.ui.import_dialog import ImportDialog

TIMEOUT = 20_000
# Words of the lower layers' English sentences: none may reach a French or Spanish dialog.
ENGLISH = re.compile(r"\b(left out|not imported|the header|matches no field|would fill|hidden row|is a total|"
                     r"holds values|a formula|is not a date|check it|rows? \d|cells?\b|above it|the same field|"
                     r"give the column|import the sheet|fix those)\b")



def joint_activities(path: Path, rows: list[list[object]], hidden_row: int | None = None) -> Path:
    """A sheet "Joint activities" of these rows, as openpyxl writes it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Joint activities"
    for row in rows:
        sheet.append(row)
    if hidden_row is not None:
        sheet.row_dimensions[hidden_row].hidden = True
    book.save(path)
    return path


def tracker(path: Path) -> Path:
    return joint_activities(path, [
        ["Activity tracker 2026, Namanga"],  # a title above the header
        ["Title", "Status", "Gadget", "Start date", None, "Title"],
        ["Border workshop", "planned", "blue", "2026-03-02", "stray", "again"],
        ["Namanga patrol", "ongoing", "red", "2026-04-02", None, None],
        ["Busia census", "planned", "green", "2026-05-02", None, None],
        ["Hidden row", "planned", "x", "2026-05-03", None, None],
        ["Total", None, None, None, None, None],
        ["Census", "planned", "y", "=DATE(2026,6,1)", None, None],
        ["Bad date row", "planned", "z", "2026-02-30", None, None],
    ], hidden_row=6)


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


# Words of the CSV and ODS readers' and the cell readers' English sentences (issue 13, form13's point 1).
CELL_ENGLISH = re.compile(r"\b(is not a whole number|write digits|not a country known|write its ISO code|"
                          r"is not UTF-8|Western European|more values than|beyond column|were not read|"
                          r"is a yes/no value|expects|a time of day|is called|add it first|a party here|"
                          r"nothing could be read|cells rejected|remove the file)\b")
ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"


def refused_csv(path: Path) -> Path:
    """A joint-activities CSV saved by Excel in French (Windows-1252), with refused cells and a row too wide."""
    path.write_bytes("\r\n".join([
        "Title,Status,Countries,Participants (women),Lead party",
        "Atelier à Namanga,planned,Atlantis,12 environ,IOM",
        "Patrouille,ongoing,KEN,7,Nobody Org",
        "Recensement,planned,KEN,3,IOM,en trop",
    ]).encode("cp1252"))
    return path


def _cell(value: str, kind: str = "string", attribute: str = "") -> str:
    if kind == "string":
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    return (f'<table:table-cell office:value-type="{kind}" {attribute}="{value}"><text:p>{value}</text:p>'
            "</table:table-cell>")


def refused_ods(path: Path) -> Path:
    """A joint-activities ODS with a yes/no, a time and a date where they do not fit, and a value at column 300."""
    import zipfile

    header = "".join(_cell(h) for h in ("Title", "Status", "Participants (women)", "Start", "Participants (men)"))
    row = (_cell("Formation") + _cell("planned") + _cell("true", "boolean", "office:boolean-value")
           + _cell("PT13H30M00S", "time", "office:time-value") + _cell("2026-03-02", "date", "office:date-value")
           + '<table:table-cell table:number-columns-repeated="295"/>' + _cell("far away"))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="Joint activities">'
        f"<table:table-row>{header}</table:table-row><table:table-row>{row}</table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", ODS_TYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return path


@pytest.mark.parametrize("make", [refused_csv, refused_ods], ids=["csv", "ods"])
def test_a_csv_or_ods_previews_refused_cells_and_reader_notes_in_the_language(qtbot, db: Database, tmp_path,
                                                                                language, make) -> None:
    path = make(tmp_path / ("Joint activities.csv" if make is refused_csv else "tracker.ods"))
    dialog = ImportDialog(db, [path])
    qtbot.addWidget(dialog)
    # the ODS's one row is refused whole: nothing read from it, which the dialog says too
    qtbot.waitUntil(lambda: dialog.state in ("previewed", "nothing_read"), timeout=TIMEOUT)
    report = dialog.result.files[0]
    assert report.rejected and report.notes  # refused cells, and the reader's notes
    shown = dialog.details.toPlainText() + "\n" + dialog.report_text(dialog.result)
    english = sorted({m.group(0) for m in CELL_ENGLISH.finditer(shown)})
    assert not english, f"English in the {language} dialog: {english}\n{shown}"
    said = dialog.report_text(dialog.result)
    for reason in (str(p.reason) for _t, p in report.rejected):
        assert reason not in said  # each refusal is there in the language, not as the English


def test_the_command_line_keeps_the_english_of_refused_cells_and_reader_notes(db: Database, tmp_path) -> None:
    from mouliaison.services.exchange import prepare_import

    preview = prepare_import(db, [refused_csv(tmp_path / "Joint activities.csv"),
                                  refused_ods(tmp_path / "tracker.ods")]).preview
    said = " ".join(str(n) for f in preview.files for n in f.notes)
    said += " ".join(str(p.reason) for f in preview.files for _t, p in f.rejected)
    for english in ("'12 environ' is not a whole number", "'Atlantis' is not a country known here",
                    "is not UTF-8 text", "more values than the file's 5 columns", "values beyond column IV",
                    "True is a yes/no value; Participants (women) expects a whole number",
                    "a time of day without a date; Start expects a date",
                    "a date, but Participants (men) expects a whole number"):
        assert english in said, english


def rows_sharing_a_key(path: Path) -> Path:
    """Two rows with one title and start date (the key a tracker's rows are known by) that differ in
    their place: a 3W-like tracker, one activity per place."""
    return joint_activities(path, [
        ["Title", "Start date", "Places", "Status"],
        ["Border workshop", "2026-03-02", "Busia", "planned"],
        ["Border workshop", "2026-03-02", "Malaba", "planned"],
        ["Data workshop", "2026-03-20", "Arusha", "planned"],
    ])


def test_rows_sharing_a_key_say_how_to_tell_them_apart_in_the_windows_words(qtbot, db: Database, tmp_path,
                                                                            language) -> None:
    dialog = ImportDialog(db, [rows_sharing_a_key(tmp_path / "tracker.xlsx")])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == "previewed", timeout=TIMEOUT)
    assert dialog.result.files[0].counts["activity"]["quarantined"] == 2
    shown = dialog.details.toPlainText() + "\n" + dialog.report_text(dialog.result)
    # the fix names the fields where the mapping step lets a person choose them, not a mapping file
    assert "--map" not in shown and '"key"' not in shown, shown
    key = {"fr": "« Identité d'une ligne (clé) »", "es": "«Identidad de la fila (clave)»"}[language]
    fields = {"fr": "Titre + Début + Lieux", "es": "Título + Inicio + Lugares"}[language]
    assert shown.count(key) == 2, shown  # in the preview and in the saved report
    assert fields in shown, shown


def test_the_command_line_says_which_key_columns_to_map(db: Database, tmp_path) -> None:
    from mouliaison.services.exchange import prepare_import

    preview = prepare_import(db, [rows_sharing_a_key(tmp_path / "tracker.xlsx")]).preview
    [reason] = {str(p.reason) for f in preview.files for _t, p in f.quarantined}
    assert 'choose key columns that tell them apart with --map: "key": ["title", "start_date", "places"]' in reason
