"""Our hidden sheets read as a stream (sync/hidden_rows.py) give the rows calamine gives.

The stream reads only the XML our exporter writes; anything else raises NotOurForm and the
reader goes back to calamine, from the start of the sheet.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from mouliaison.services import records
from mouliaison.sync import hidden_rows, reader
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.hidden_rows import NotOurForm, rows_of_xml, sheet_rows
from mouliaison.sync.sheet_readers import CalamineBook, sheet_parts
from mouliaison.sync.streamed_sheet import StreamedSheet, StreamedWorkbook
from tests.sync.workbooks import export, import_ok

TEXTS = ["a & b < c > d", " leading", "trailing ", "tab\there", "two\nlines", "carriage\rreturn", "ctrl\x01\x1f",
         "_x0041_ typed", "_x005F_x0041_", "_x00e9_", "_x20AC_", "é ñ 😀 中文", "\u00a0non-breaking", "quote \" '",
         "]]>", "\ufffe\uffff", "x_x12", "{\"k\":\"v & w\"}", "José (NFD: Jose\u0301)"]


def calamine_rows(path: Path, sheet: str) -> list[list[str]]:
    with CalamineBook(path) as book:
        return list(reader._text_rows(book, sheet))


def our_rows(path: Path, sheet: str) -> list[list[str]]:
    return list(sheet_rows(path, sheet_parts(path)[sheet]))


def written(path: Path, rows: list[list[str]], first_row: int = 0) -> Path:
    """A sheet '_versions' written as the exporter writes its hidden sheets (StreamedSheet.write_texts)."""
    book = StreamedWorkbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
    sheet = book.add_worksheet(fmt.VERSIONS_SHEET, worksheet_class=StreamedSheet)
    for number, texts in enumerate(rows, start=first_row):
        sheet.write_texts(number, texts)
    book.close()
    return path


def with_sheet_xml(source: Path, target: Path, sheet: str, change) -> Path:
    """A copy of `source` whose sheet XML is `change(xml)`: every other part as it was."""
    member = sheet_parts(source)[sheet]
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, change(data.decode()).encode() if info.filename == member else data)
    return target


@pytest.fixture
def tricky_export(make_db, tmp_path) -> Path:
    return _tricky_export(make_db, tmp_path, lambda text: True)


def _tricky_export(make_db, tmp_path, kept) -> Path:
    a = make_db("a")
    # what a record may hold and calamine reads back (U+FFFE is written _xFFFE_, which calamine keeps)
    for text in [t for t in TEXTS if not any(c in t for c in "\x01\r\ufffe") and kept(t)]:
        records.add_record(a, "activity", {"title": text, "description": text * 3, "places": text,
                                           "start_date": "2026-03-02", "countries": "KEN,UGA"})
    changed = records.add_record(a, "meeting", {"title": "Consultation", "date": "2026-04-10",
                                                "kind": "consultation", "online": "yes"})
    records.edit_record(a, "meeting", changed, {"title": "Consultation & review"})
    records.add_record(a, "contact", {"full_name": "José Díaz", "phone": "0722 000 111"})
    return export(a, tmp_path / "tricky.xlsx")


def test_our_export_gives_calamines_rows(tricky_export):
    for sheet in (fmt.VERSIONS_SHEET, fmt.BASE_SHEET, fmt.META_SHEET):
        rows = our_rows(tricky_export, sheet)
        assert rows and rows == calamine_rows(tricky_export, sheet)


def test_the_reader_streams_our_hidden_sheets_and_reads_the_same(tricky_export, monkeypatch):
    streamed = reader.read_book(CalamineBook(tricky_export), tricky_export, "sha", reader.no_progress)
    assert streamed.versions and streamed.base

    def refused(path, member):
        raise NotOurForm("as if re-saved")
        yield []

    monkeypatch.setattr(hidden_rows, "sheet_rows", refused)
    by_calamine = reader.read_book(CalamineBook(tricky_export), tricky_export, "sha", reader.no_progress)
    assert (streamed.meta, streamed.versions, streamed.base) == (by_calamine.meta, by_calamine.versions,
                                                               by_calamine.base)


def test_texts_escapes_and_gaps_read_as_calamine_reads_them(tmp_path):
    random.seed(18)
    pieces = ["_", "x", "00", "5F", "41", "e9", "_x00", "_x005F_", "&", "<", ">", " ", "\n", "é", "😀", "a", "\x02"]
    rows = [["k", text, "", "z"] for text in TEXTS]
    rows += [["", "", "only C"], ["", "B", "", "", "E"]]  # leading and inner empty cells
    rows += [[f"r{n}", "".join(random.choice(pieces) for _ in range(random.randint(1, 12)))] for n in range(2000)]
    path = written(tmp_path / "texts.xlsx", rows, first_row=3)  # rows 1 to 3 empty
    assert our_rows(path, fmt.VERSIONS_SHEET) == calamine_rows(path, fmt.VERSIONS_SHEET)


def test_entities_and_escapes_another_writer_might_use_read_as_calamine_reads_them(tmp_path):
    raw = ["&#95;x0041_", "&#x5F;x005F_x0041_", "&quot;&apos;&#233;&#x1F600;", "a&amp;lt;b", "_x00FF__x0100_",
           "_X0041_ _x004g_ _x0041"]
    path = written(tmp_path / "plain.xlsx", [[f"PLACEHOLDER{n:03d}"] for n in range(len(raw))])
    patched = with_sheet_xml(path, tmp_path / "entities.xlsx", fmt.VERSIONS_SHEET,
                             lambda xml: _placed(xml, raw))
    rows = our_rows(patched, fmt.VERSIONS_SHEET)
    assert rows == calamine_rows(patched, fmt.VERSIONS_SHEET)
    assert rows[0] == ["A"] and rows[2] == ["\"'é😀"] and rows[3] == ["a&lt;b"]


def _placed(xml: str, raw: list[str]) -> str:
    for n, text in enumerate(raw):
        xml = xml.replace(f"PLACEHOLDER{n:03d}", text)
    return xml


def test_a_row_cut_by_any_block_boundary_reads_the_same(tmp_path):
    path = written(tmp_path / "blocks.xlsx", [["é😀 & <x>" * 5, "", "_x0041_ ü" * 3] for _ in range(30)])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(sheet_parts(path)[fmt.VERSIONS_SHEET])
    whole = list(rows_of_xml([xml]))
    assert len(whole) == 30 and whole == calamine_rows(path, fmt.VERSIONS_SHEET)
    for size in (1, 2, 3, 7, 64, 333, 1000):
        blocks = [xml[i : i + size] for i in range(0, len(xml), size)]
        assert list(rows_of_xml(blocks)) == whole, size


def test_an_empty_sheet_has_no_rows(tmp_path):
    path = written(tmp_path / "empty.xlsx", [])
    assert our_rows(path, fmt.VERSIONS_SHEET) == [] == calamine_rows(path, fmt.VERSIONS_SHEET)


OURS = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData>{rows}</sheetData></worksheet>')
ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>one</t></is></c></row>'


@pytest.mark.parametrize("rows", [
    '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',  # a shared string
    '<row r="1" spans="1:1"><c r="A1" t="inlineStr"><is><t>one</t></is></c></row>',  # another attribute
    '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>one</t></is></c></row>',  # a style
    '<row r="1"><c r="A1" t="inlineStr"><is><r><t>one</t></r></is></c></row>',  # rich text
    '<row r="1"><c r="A2" t="inlineStr"><is><t>one</t></is></c></row>',  # a cell of another row
    '<row r="1"><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>',
    ROW + ROW,  # the same row twice
    ROW.replace("one", "caf&eacute;"),  # an entity XML does not define
    ROW.replace("one", "o\rne"),  # a carriage return an XML reader would change
    ROW + "<!-- a comment -->",
])
def test_other_forms_are_not_ours(rows):
    with pytest.raises(NotOurForm):
        list(rows_of_xml([OURS.format(rows=rows).encode()]))


def test_a_truncated_or_foreign_sheet_is_not_ours():
    whole = OURS.format(rows=ROW).encode()
    assert list(rows_of_xml([whole])) == [["one"]]
    with pytest.raises(NotOurForm):
        list(rows_of_xml([whole[: whole.index(b"</sheetData>")]]))
    with pytest.raises(NotOurForm):
        list(rows_of_xml([whole.replace(b'xmlns="', b'xmlns:x="')]))
    with pytest.raises(NotOurForm):
        list(rows_of_xml([whole.replace(b"one", "\xe9".encode("latin-1"))]))  # not UTF-8


def test_a_sheet_that_stops_being_ours_half_way_is_read_again_by_calamine(tricky_export, tmp_path):
    """NotOurForm after rows were taken: the reader drops them and reads the sheet with calamine."""
    last = len(calamine_rows(tricky_export, fmt.VERSIONS_SHEET))

    def styled_last_row(xml: str) -> str:
        start = xml.index(f'<row r="{last}">')
        return xml[:start] + xml[start:].replace(' t="inlineStr"', ' s="0" t="inlineStr"')

    changed = with_sheet_xml(tricky_export, tmp_path / "styled.xlsx", fmt.VERSIONS_SHEET, styled_last_row)
    with pytest.raises(NotOurForm):
        our_rows(changed, fmt.VERSIONS_SHEET)
    assert calamine_rows(changed, fmt.VERSIONS_SHEET) == calamine_rows(tricky_export, fmt.VERSIONS_SHEET)
    original = reader.read_book(CalamineBook(tricky_export), tricky_export, "sha", reader.no_progress)
    again = reader.read_book(CalamineBook(changed), changed, "sha", reader.no_progress)
    assert (again.meta, again.versions, again.base) == (original.meta, original.versions, original.base)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_workbook_resaved_by_libreoffice_is_read_by_calamine_and_imports_the_same(tmp_path, make_db):
    # not "_x005F_x0041_", which LibreOffice cannot write (tests/sync/test_escape_like_texts.py)
    tricky_export = _tricky_export(make_db, tmp_path, lambda text: "_x005F" not in text)
    folder = tmp_path / "resaved"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--convert-to", "xlsx", "--outdir", str(folder), str(tricky_export)],
                   check=True, capture_output=True, timeout=180)
    resaved = folder / tricky_export.name
    with pytest.raises(NotOurForm):
        our_rows(resaved, fmt.VERSIONS_SHEET)
    original = reader.read_book(CalamineBook(tricky_export), tricky_export, "sha", reader.no_progress)
    again = reader.read_book(CalamineBook(resaved), resaved, "sha", reader.no_progress)
    assert (again.meta, again.versions, again.base) == (original.meta, original.versions, original.base)
    b, c = make_db("b"), make_db("c")
    import_ok(b, tricky_export)
    import_ok(c, resaved)
    for entity in ("activity", "meeting", "contact"):
        assert _records(b, entity) == _records(c, entity)


def _records(db, entity: str) -> list[tuple[str, dict]]:
    return sorted(((r.id, r.values) for r in records.list_records(db, entity)), key=lambda pair: pair[0])


@pytest.mark.parametrize("text", ['{"a":"x","b":[1,2.5],"c":"été 😀"}', '{"b": 1, "a": 2}', '{"a":1e16}',
                                  '{"a":"\\u00e9"}', '{"a":NaN}'])
def test_a_version_gives_back_the_very_text_it_came_as(text):
    """A version's values text is held only where the values do not make it again (Version.texts)."""
    cells = [ID_A, "activity", ID_B, "1", ID_C, "file", "", "1", "{}", text]
    version = reader._version(cells, "file.xlsx")
    assert version.values_json() == text
    if text.startswith('{"a":"x"'):
        assert version.texts[0] is None  # made again when stored
    if ": " in text or "NaN" in text or "\\u" in text:
        assert version.texts[0] == text.encode()


ID_A, ID_B, ID_C = "018cc251-f400-796a-8cdb-1ff3e71b8703", "018cc251-f400-718f-82ec-78ccf38d2e64", \
    "018cbd2b-9800-7cb1-b49a-e52592e5dfe8"
