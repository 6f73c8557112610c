"""CSV and OpenDocument (.ods) files import like a plain .xlsx sheet; bad ones are refused, nothing written.

The files are in tests/fixtures/plain (SOURCES.md says how each was made: the .ods by LibreOffice
from an .xlsx written with openpyxl); the imports go through the real command line into a real
database. Files that only make sense as variations are written here, byte by byte.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mouliaison.sync.csv_sheets import CsvBook
from mouliaison.sync.file_checks import Limits, RefusedFile, check_incoming_file
from mouliaison.sync.ods_sheets import OdsBook
from mouliaison.sync.reader import read_workbook
from mouliaison.sync.sheet_readers import Special

PLAIN = Path(__file__).resolve().parents[1] / "fixtures" / "plain"
ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"


def imported(run, *paths: Path) -> dict:
    code, out, err = run("import", "--json", *map(str, paths))
    data = json.loads(out)
    assert code == 0 and data["applied"] and not data["refused"], (out, err)
    return data


def listed(run, kind: str, key: str = "title") -> dict[str, dict]:
    code, out, _ = run("list", kind, "--json")
    assert code == 0
    return {r[key]: r for r in json.loads(out)}


def notes_of(data: dict) -> str:
    return "\n".join(n for f in data["files"] for n in f.get("notes", []))


# ---------------------------------------------------------------- CSV


def test_a_french_excel_semicolon_csv_in_windows_1252_imports_with_its_accents(run):
    data = imported(run, PLAIN / "french_excel_semicolon.csv")
    got = listed(run, "activity")
    assert set(got) == {"Formation douanière à Busia", "Atelier sur la coopération"}
    training = got["Formation douanière à Busia"]
    # the decimal comma and the commas of the text stay in the one value: ";" was the separator
    assert training["description"] == "Coût 12 500,75 €, façade, œuvre"
    assert training["start_date"] == "2026-03-23" and training["status"] == "ongoing"
    assert got["Atelier sur la coopération"]["start_date"] == "2026-04-15"
    notes = notes_of(data)
    assert "read as Windows-1252" in notes and "'Budget (€)' matches no field" in notes


def test_a_utf8_csv_with_a_byte_order_mark_and_commas(run):
    imported(run, PLAIN / "utf8_bom_comma.csv")
    got = listed(run, "contact", "full_name")
    # the mark does not stick to the first header: "Full name" was recognised
    assert set(got) == {"Amélie Ngũgĩ", "José Núñez"}
    assert got["José Núñez"]["notes"] == "Busia, Malaba" and got["José Núñez"]["phone"] is None
    assert got["Amélie Ngũgĩ"]["email"] == "amelie@example.org"


def test_a_tab_separated_file(run):
    imported(run, PLAIN / "tab_separated.tsv")
    got = listed(run, "meeting")
    assert got["Border management consultation"]["location"] == "Namanga, Kenya"
    assert got["Joint workshop"]["date"] == "2026-06-10" and got["Joint workshop"]["kind"] == "workshop"


def test_a_quoted_value_with_a_newline_and_separators_is_one_cell_of_one_row(run):
    data = imported(run, PLAIN / "quoted_newline.csv")
    got = listed(run, "activity")
    assert set(got) == {"Atelier, phase 2", "Suivi"}
    assert got["Atelier, phase 2"]["description"] == 'Première ligne, avec virgule\ndeuxième ligne; avec "guillemets"'
    assert data["totals"]["inserted"] == 2


def test_a_kobotoolbox_export_is_given_to_the_reader_as_it_is(tmp_path):
    path = PLAIN / "kobotoolbox_export.csv"
    with CsvBook(path) as book:
        assert book.sheet_names == ["kobotoolbox_export"] and book.visible("kobotoolbox_export")
        rows = list(book.rows("kobotoolbox_export"))
        assert book.last_row("kobotoolbox_export") == 3 and book.notes() == []
    assert rows[0] == ["start", "end", "today", "deviceid", "Title", "Status", "Planned start", "group_site/places",
                       "_id", "_uuid", "_submission_time", "_index"]
    assert rows[1][4] == "Sensibilisation à Malaba" and rows[1][9] == "5d8c1f3e-1a2b-4c3d-9e8f-0a1b2c3d4e5f"
    assert rows[2][0] == "2026-03-03T10:01:00.000+03:00" and len(rows) == 3
    assert all(isinstance(v, str) for row in rows for v in row)  # text: cells.py reads it per field


def test_empty_fields_are_empty_cells_and_trailing_blank_lines_are_not_rows(tmp_path):
    path = tmp_path / "blanks.csv"
    path.write_text("Title,Status,Places\nA,,x\n\nB,planned,\n\n\n", encoding="utf-8")
    with CsvBook(path) as book:
        rows = list(book.rows("blanks"))
    assert rows == [["Title", "Status", "Places"], ["A", None, "x"], [], ["B", "planned", None]]


def test_a_separator_that_two_kinds_would_fit_is_said_in_a_note(tmp_path):
    path = tmp_path / "both.csv"
    path.write_text("Title;Places,Status\nA;x,planned\nB;y,ongoing\n", encoding="utf-8")
    with CsvBook(path) as book:
        rows = list(book.rows("both"))
        notes = book.notes()
    assert rows[0] == ["Title;Places", "Status"]  # the comma wins a tie: the usual separator
    assert len(notes) == 1 and "commas (,) or by semicolons (;)" in notes[0]
    assert "read as separated by commas" in notes[0]


def test_the_separator_is_decided_on_the_first_rows_not_fooled_by_decimal_commas(tmp_path):
    path = tmp_path / "amounts.csv"
    path.write_text("Title;Participants (women);Places\nA;3;Busia, Malaba\nB;4;x\n", encoding="utf-8")
    with CsvBook(path) as book:
        assert list(book.rows("amounts"))[1] == ["A", "3", "Busia, Malaba"]
        assert book.notes() == []


def test_a_title_line_above_the_header_does_not_hide_the_separator(tmp_path):
    path = tmp_path / "titled.csv"
    path.write_text("Activities of the Busia office, March\nTitle;Status;Places\nA;planned;x\nB;ongoing;y\n",
                    encoding="utf-8")
    with CsvBook(path) as book:
        assert list(book.rows("titled"))[1:] == [["Title", "Status", "Places"], ["A", "planned", "x"],
                                                 ["B", "ongoing", "y"]]


def test_values_beyond_the_header_are_reported_not_dropped_silently(run, tmp_path):
    path = tmp_path / "Joint activities.csv"
    path.write_text("Title,Status\nBusia, Malaba training,planned\nOk,ongoing\n", encoding="utf-8")
    data = imported(run, path)
    assert "row 2 has more values than the file's 2 columns" in notes_of(data)


# ---------------------------------------------------------------- ODS


def test_a_libreoffice_ods_imports_its_visible_sheet_and_reports_the_hidden_one(run):
    data = imported(run, PLAIN / "libreoffice.ods")
    got = listed(run, "activity")
    assert "Never imported" not in got
    training = got["Formation à Busia"]
    assert training["start_date"] == "2026-03-02" and training["participants_women"] == 4
    # Places is a hidden column: left out unless the person includes it, and said so
    assert got["Suivi ODS"].get("places") is None and got["Suivi ODS"]["status"] == "planned"
    assert "column F 'Places' is hidden; left out" in notes_of(data)
    assert "sheet 'Secret' is hidden and was not read" in notes_of(data)


def test_an_ods_gives_the_reader_hidden_parts_merged_cells_and_formulas_with_their_cached_value():
    with OdsBook(PLAIN / "libreoffice.ods") as book:
        assert book.sheet_names == ["Joint activities", "Secret"]
        assert book.visible("Joint activities") and not book.visible("Secret")
        rows = list(book.rows("Joint activities"))
        assert book.hidden_columns("Joint activities") == {5}  # F, Places
        assert book.hidden_rows("Joint activities") == {3}
        assert book.merged("Joint activities") == [(1, 6, 2, 6)]  # A6:B6
        assert book.last_row("Joint activities") == 6
        assert isinstance(book.modified, dt.datetime)
    assert rows[0] == ["Title", "Status", "Start", "Participants (women)", "Participants (men)", "Places"]
    assert rows[1] == ["Formation à Busia", "ongoing", dt.datetime(2026, 3, 2), 4, 5, "Busia"]
    assert rows[2][3] == Special("f", "=2+3", cached=5)
    assert rows[4] == [] and rows[5] == ["Réunion fusionnée"] and len(rows) == 6


def test_an_ods_renamed_xlsx_is_read_as_what_it_is(tmp_path):
    renamed = tmp_path / "tracker.xlsx"
    shutil.copy(PLAIN / "libreoffice.ods", renamed)
    assert check_incoming_file(renamed).kind == "ods"
    incoming = read_workbook(renamed)
    assert {r.cells["title"] for r in incoming.rows} >= {"Formation à Busia", "Suivi ODS"}


def test_an_xlsx_named_csv_is_read_as_an_xlsx(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Joint activities"
    book.active.append(["Title", "Status"])
    book.active.append(["From a zip", "planned"])
    path = tmp_path / "export.csv"
    book.save(path)
    assert check_incoming_file(path).kind == "xlsx"
    assert [r.cells["title"] for r in read_workbook(path).rows] == ["From a zip"]


def test_ods_cells_of_every_kind(tmp_path):
    cells = (
        '<table:table-cell office:value-type="float" office:value="2.5"><text:p>2,5</text:p></table:table-cell>'
        '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25 %</text:p></table:table-cell>'
        '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="time" office:time-value="PT13H30M00S"><text:p>13:30</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="date" office:date-value="2026-03-02T10:15:00"><text:p>x</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>b<text:tab/>c</text:p>'
        "<text:p>second <text:span>line</text:span></text:p><office:annotation><text:p>a comment</text:p>"
        "</office:annotation></table:table-cell>"
        '<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
        'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="3"/>'
        '<table:table-cell office:value-type="string"><text:p>after the gap</text:p></table:table-cell>'
    )
    path = _ods(tmp_path / "kinds.ods", f"<table:table-row>{cells}</table:table-row>")
    with OdsBook(path) as book:
        [row] = list(book.rows("Sheet1"))
    assert row[:6] == [2.5, 0.25, True, dt.time(13, 30), dt.datetime(2026, 3, 2, 10, 15), "a  b\tc\nsecond line"]
    assert row[6] == Special("f", "=1/0", cached=None)  # an error is no value to take
    assert row[7:] == [None, None, None, "after the gap"]


def test_a_million_empty_rows_are_not_laid_out_and_values_beyond_row_1048576_are_refused(tmp_path):
    value = '<table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
    empty = '<table:table-row table:number-rows-repeated="{n}"><table:table-cell/></table:table-row>'
    fine = _ods(tmp_path / "fine.ods", value + "</table:table-row>" + empty.format(n=1_048_574)
                + value + "</table:table-row>" + empty.format(n=1_000_000))
    with OdsBook(fine) as book:
        assert book.last_row("Sheet1") == 1_048_576
        rows = book.rows("Sheet1")
        assert next(rows) == ["x"] and next(rows) == []
    hostile = _ods(tmp_path / "hostile.ods", empty.format(n=2_000_000_000) + value + "</table:table-row>")
    with pytest.raises(RefusedFile) as refused:
        read_workbook(hostile)
    assert refused.value.kind == "too_many_rows" and "beyond row 1,048,576" in refused.value.message


# ---------------------------------------------------------------- refused, nothing written


REFUSED_FIXTURES = [
    ("damaged_truncated.ods", "truncated", "is incomplete: the file was cut off"),
    ("bomb_ratio.ods", "compression_ratio", 'It is probably a "zip bomb"'),
    ("binary_renamed.csv", "binary", "is not a text file (it holds binary data), so it is not a CSV file"),
    ("pdf_renamed.csv", "not_text", "is a PDF document, not a CSV file"),
    ("utf16_unicode_text.csv", "utf16", 'save it as "CSV UTF-8 (comma delimited)"'),
]


@pytest.mark.parametrize(("name", "kind", "says"), REFUSED_FIXTURES)
def test_a_bad_fixture_is_refused_with_a_clear_message_and_nothing_is_written(run, name, kind, says):
    with pytest.raises(RefusedFile) as refused:
        read_workbook(PLAIN / name)
    assert refused.value.kind == kind and says in refused.value.message and name in refused.value.message
    _refused_through_the_cli(run, PLAIN / name, says)


def _refused_through_the_cli(run, path: Path, says: str) -> None:
    before = run("dump")[1]
    code, out, _ = run("import", "--json", str(path), str(PLAIN / "tab_separated.tsv"))
    data = json.loads(out)
    assert code == 1 and not data["applied"] and data["files"] == []
    assert data["refused"][0]["file"] == str(path) and says in data["refused"][0]["message"]
    assert run("dump")[1] == before


def _refusal(path: Path) -> RefusedFile:
    with pytest.raises(RefusedFile) as refused:
        read_workbook(path)
    assert path.name in refused.value.message
    return refused.value


def test_text_that_is_neither_utf8_nor_windows_1252_is_refused(run, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"Title,Status\nCaf\xc3\xa9 \x81,planned\n")
    refused = _refusal(path)
    assert refused.kind == "encoding" and "neither UTF-8 nor Windows-1252" in refused.message
    assert "on line 2, the byte 0x81" in refused.message
    _refused_through_the_cli(run, path, "neither UTF-8 nor Windows-1252")


def test_utf16_without_its_mark_and_nul_bytes_are_refused(tmp_path):
    bare = tmp_path / "bare.csv"
    bare.write_bytes("Title,Status\nA,planned\n".encode("utf-16-le"))
    assert _refusal(bare).kind == "utf16"
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"Title,Status\n" * 1000 + b"A\0,planned\n")
    assert _refusal(nul).kind == "binary"


@pytest.mark.parametrize(("text", "kind", "says"), [
    ('Title,Status\n"Never closed,planned\nB,ongoing\n', "bad_csv", "at row 2 (unexpected end of data)"),
    ('Title,Status\n"A"x,planned\n', "bad_csv", "at row 2"),
    ("\n  \n\n", "empty", "holds no rows"),
    (",".join(f"c{i}" for i in range(300)) + "\n", "too_many_columns", "has 300 columns, more than the 256"),
])
def test_malformed_csv_is_refused_before_anything_is_read(tmp_path, text, kind, says):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    refused = _refusal(path)
    assert refused.kind == kind and says in refused.message


def test_a_huge_unclosed_quote_is_refused_not_swallowed_into_one_value(tmp_path):
    path = tmp_path / "runaway.csv"
    path.write_text('Title,Status\n"A,planned\n' + "B,ongoing\n" * 200_000, encoding="utf-8")
    refused = _refusal(path)
    assert refused.kind == "bad_csv" and "at row 2" in refused.message


def test_a_password_protected_ods_is_refused(run, tmp_path):
    path = tmp_path / "locked.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODS_TYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", b"\x8f\x13 encrypted bytes \x00\xff" * 20)
        archive.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument'
                         ':xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:'
                         'encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>')
    refused = _refusal(path)
    assert refused.kind == "encrypted" and "protected with a password" in refused.message
    _refused_through_the_cli(run, path, "protected with a password")


def test_an_ods_with_an_xml_bomb_is_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&b;'
            "</office:document-content>")
    path = tmp_path / "bomb.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODS_TYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", bomb)
    assert _refusal(path).kind == "xml_entities"


def test_an_ods_with_a_path_leading_outside_is_refused(tmp_path):
    path = tmp_path / "escape.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODS_TYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<x/>")
        archive.writestr("../../evil.txt", "x")
    assert _refusal(path).kind == "unsafe_path"


def test_an_ods_without_its_sheets_part_is_refused_as_damaged(tmp_path):
    path = tmp_path / "hollow.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODS_TYPE, zipfile.ZIP_STORED)
    refused = _refusal(path)
    assert refused.kind == "corrupt" and "content.xml, is missing" in refused.message


def test_an_ods_whose_xml_is_broken_is_refused_as_damaged(tmp_path):
    path = _ods(tmp_path / "broken.ods", "<table:table-row><table:table-cell>")
    refused = _refusal(path)
    assert refused.kind == "corrupt" and "content.xml" in refused.message


def test_a_text_file_named_xlsx_is_still_refused_as_not_a_workbook(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("Title,Status\nA,planned\n", encoding="utf-8")
    assert _refusal(path).kind == "not_zip"


# ---------------------------------------------------------------- helpers


def _ods(path: Path, rows: str) -> Path:
    """A minimal ODS whose one sheet, Sheet1, holds `rows` (table-row elements)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">'
        f'<office:body><office:spreadsheet><table:table table:name="Sheet1">{rows}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", ODS_TYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return path


@pytest.mark.parametrize("padding", [0, 100_000])
def test_the_ods_reader_itself_refuses_a_dtd_whatever_the_file_check_saw(tmp_path, padding):
    bomb = ('<?xml version="1.0"?>' + "<!-- x -->" * padding + '<!DOCTYPE x [<!ENTITY a "aaaa">]>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&a;'
            "</office:document-content>")
    path = tmp_path / "late.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", ODS_TYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", bomb)
    with pytest.raises(RefusedFile) as refused:
        OdsBook(path)  # as if the file had changed since its check
    assert refused.value.kind == "xml_entities"


def test_a_csv_larger_than_the_limit_is_refused_like_a_workbook(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("Title,Status\n" + "A,planned\n" * 200, encoding="utf-8")
    with pytest.raises(RefusedFile) as refused:
        check_incoming_file(path, Limits(max_file_bytes=1024))
    assert refused.value.kind == "too_large" and "more than the 1 KB this app accepts" in refused.value.message
