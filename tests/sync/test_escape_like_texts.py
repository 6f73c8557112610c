"""Texts that look like the spreadsheet escape `_xHHHH_` travel through a workbook unchanged.

Spreadsheet XML writes a control character as `_xHHHH_`, and readers (Excel, calamine,
openpyxl's values as our reader undoes them) turn every `_xHHHH_` back, in one pass from the
left. A literal `_xHHHH_` is written with its underscore escaped, `_x005F_xHHHH_`. In a text
such as "_x005F_x0041_" two such sequences share an underscore: escaping only the first (as
xlsxwriter does) gives "_x005F_x005F_x0041_", which every reader reads "_x005FA". These tests
export records holding such texts, read the file every way the import may read it, and import it;
and read back our other workbooks (HXL tables, the report), written with shared strings.
"""

from __future__ import annotations

import random
import shutil
import zipfile

import openpyxl
import pytest
import xlsxwriter

from mouliaison.services import exchange, records
from mouliaison.services.dump import dump_json
from mouliaison.services.report import build_report
from mouliaison.services.report_workbook import write_report_workbook
from mouliaison.sync import hidden_rows, reader
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.hxl_table import Table, write_xlsx
from mouliaison.sync.sheet_readers import CalamineBook, OpenpyxlBook, scan_sheets, sheet_parts
from mouliaison.sync.streamed_sheet import StreamedSheet, StreamedWorkbook
from tests.libreoffice import resave_with_libreoffice
from tests.sync.workbooks import ACTIVITIES, edited, export, import_ok

# what a person may type; \x0b and \x0c (Word's line and page breaks, kept as _x000B_, _x000C_) next to a look-alike
ESCAPE_LIKE = ["_x0041_", "_x005F_x0041_", "_x005F_", "a_x000D_b", "_X0041_", "_x00e9_", "_x005f_x0041_",
               "_x005F_x005F_x0041_", "_x20AC_", "_x_x0041_", "_x0041\x0cnext", "_x0041\x0bnext", "__x0041__"]


def described(text: str) -> str:
    return f"before{text}after {text}{text} é{text}"


@pytest.fixture
def office_a(make_db):
    a = make_db("a")
    org = records.add_record(a, "organisation", {"name": "Org _x005F_x0041_ and _x0041_"})
    ids = {t: records.add_record(a, "activity", {"title": t, "description": described(t), "places": f"in {t}",
                                                 "organisations": org}) for t in ESCAPE_LIKE}
    return a, ids


def stored(db, ids: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    found = {}
    for text, record_id in ids.items():
        values = records.show_record(db, "activity", record_id).values
        found[text] = (values["title"], values["description"], values["places"])
    return found


def expected(ids: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    return {t: (t, described(t), f"in {t}") for t in ids}


def test_the_records_hold_the_texts_as_typed(office_a):
    a, ids = office_a
    assert stored(a, ids) == expected(ids)


def test_escape_like_texts_come_back_exactly_and_a_reimport_changes_nothing(office_a, make_db, tmp_path):
    a, ids = office_a
    path = export(a, tmp_path / "from-a.xlsx")
    b = make_db("b")
    result = import_ok(b, path)
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0, result.files[0].to_json()
    assert stored(b, ids) == expected(ids)
    org = records.list_records(b, "organisation")
    assert [o.values["name"] for o in org] == ["Org _x005F_x0041_ and _x0041_"]

    before_a, before_b = dump_json(a), dump_json(b)
    again = import_ok(a, path)  # into the office that wrote it
    assert sum(again.totals[k] for k in ("inserted", "updated", "conflicts", "hand_edits", "rejected")) == 0
    assert dump_json(a) == before_a
    # the same texts in shared strings, as another program saves them: new bytes, read again
    resaved = edited(path, tmp_path / "resaved.xlsx", lambda book: None)
    again = import_ok(b, resaved)
    assert sum(again.totals[k] for k in ("inserted", "updated", "conflicts", "hand_edits", "rejected")) == 0
    assert dump_json(b) == before_b


def test_every_reader_reads_the_texts_as_exported(office_a, tmp_path, monkeypatch):
    a, _ids = office_a
    path = export(a, tmp_path / "from-a.xlsx")
    for sheet in (fmt.VERSIONS_SHEET, fmt.BASE_SHEET, fmt.META_SHEET):  # our stream reader and calamine
        streamed = list(hidden_rows.sheet_rows(path, sheet_parts(path)[sheet]))
        with CalamineBook(path) as book:
            assert streamed == list(reader._text_rows(book, sheet)), sheet
    with CalamineBook(path) as book:
        visible = [r for r in book.rows(ACTIVITIES)]
    assert all(any(cell == t for row in visible for cell in row) for t in ESCAPE_LIKE)
    assert all(any(cell == described(t) for row in visible for cell in row) for t in ESCAPE_LIKE)

    fast = reader.read_book(CalamineBook(path), path, "sha", reader.no_progress)
    slow = reader.read_book(OpenpyxlBook(path, scan_sheets(path)), path, "sha", reader.no_progress)

    def refused(path, member):
        raise hidden_rows.NotOurForm("as if re-saved")
        yield []

    monkeypatch.setattr(hidden_rows, "sheet_rows", refused)
    by_calamine = reader.read_book(CalamineBook(path), path, "sha", reader.no_progress)
    assert fast.unchanged and not fast.rows  # every row as exported: the visible texts are those of _base
    for other in (slow, by_calamine):
        assert (other.meta, other.versions, other.base) == (fast.meta, fast.versions, fast.base)
        assert other.unchanged == fast.unchanged and not other.rows


def test_any_text_of_escape_pieces_reads_back_as_written_every_way(tmp_path):
    """Random texts of look-alike pieces, written as the export writes them (a hidden sheet's rows,
    a visible sheet's cells, xlsxwriter's own cell call), read back by our hidden-sheet stream,
    calamine and openpyxl; and again after a re-save into shared strings."""
    random.seed(5)
    pieces = ["_", "x", "X", "00", "005F", "005f", "0041", "41", "e9", "_x", "_x00", "_x005F_", "_x0041_",
              "\x0b", "\x0c", "\t", "\n", "&", "<", "é", "a"]
    texts = ["".join(random.choice(pieces) for _ in range(random.randint(1, 14))) for _ in range(3000)]
    texts = [t for t in texts if t.strip()]  # a cell of blanks alone is another matter (read as empty)
    path = tmp_path / "pieces.xlsx"
    book = StreamedWorkbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
    hidden = book.add_worksheet(fmt.VERSIONS_SHEET, worksheet_class=StreamedSheet)
    visible = book.add_worksheet("Data", worksheet_class=StreamedSheet)
    for row, text in enumerate(texts):
        hidden.write_texts(row, ["k", text])
        visible.write_cells(row, [(0, "k", None), (1, text, None)])
    visible.write_string(len(texts), 1, texts[-1])  # xlsxwriter's own cell call, escaped the same way
    book.close()
    assert list(hidden_rows.sheet_rows(path, sheet_parts(path)[fmt.VERSIONS_SHEET])) == [["k", t] for t in texts]
    resaved = edited(path, tmp_path / "shared.xlsx", lambda book: None)
    for file in (path, resaved):
        with CalamineBook(file) as fast, OpenpyxlBook(file, scan_sheets(file)) as slow:
            for sheet, wanted in ((fmt.VERSIONS_SHEET, texts), ("Data", [*texts, texts[-1]])):
                read = [r[:2] for r in fast.rows(sheet)]
                assert read == [r[:2] for r in slow.rows(sheet)], (file.name, sheet)
                assert [r[1] for r in read] == wanted, (file.name, sheet)


# ---------------------------------------------------------------- LibreOffice

# LibreOffice 7.4 reads every escape above as written, but writes a text with two look-alikes
# sharing an underscore as xlsxwriter did ("_x005F_x0041_" as "_x005F_x0041_"), which it then
# reads itself as "_x0041_": those texts cannot survive its re-save, whatever we write.
LIBREOFFICE_KEEPS = ["_x0041_", "_x005F_", "a_x000D_b", "_X0041_", "_x00e9_", "_x20AC_", "_x_x0041_", "__x0041__"]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_libreoffice_resave_keeps_the_texts_it_can_write(make_db, tmp_path):
    a = make_db("a")
    ids = {t: records.add_record(a, "activity", {"title": t, "description": described(t)}) for t in LIBREOFFICE_KEEPS}
    path = export(a, tmp_path / "from-a.xlsx")
    resaved = resave_with_libreoffice(path, tmp_path)
    with zipfile.ZipFile(resaved) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()  # not our inline strings: read by calamine
    b = make_db("b")
    result = import_ok(b, resaved)
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0, result.files[0].to_json()
    for text, record_id in ids.items():
        values = records.show_record(b, "activity", record_id).values
        assert (values["title"], values["description"]) == (text, described(text))


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_libreoffice_resave_that_changed_a_text_is_refused_and_changes_nothing(make_db, tmp_path):
    a = make_db("a")
    records.add_record(a, "activity", {"title": "_x005F_x0041_"})
    resaved = resave_with_libreoffice(export(a, tmp_path / "from-a.xlsx"), tmp_path)
    b = make_db("b")
    before = dump_json(b)
    result = exchange.import_workbooks(b, [resaved], trust_new_keys=True)
    assert [m for _f, m in result.refused] == [f"the hidden sheets of {resaved.name} were changed after it was "
                                               "exported (their content hash does not match), so its history "
                                               "cannot be trusted. Ask the sender to export it again."]
    assert dump_json(b) == before


# ---------------------------------------------------------------- a plain sheet


# not "_x005F_x0041_": xlsxwriter writes it "_x005F_x005F_x0041_", which Excel itself reads "_x005FA"
TRACKER_TEXTS = ["_x0041_", "Code _x0041_ as typed", "_x005F_", "a_x000D_b"]


def test_a_trackers_typed_escape_like_text_imports_as_typed(make_db, tmp_path):
    """A person types "_x0041_" in Excel or LibreOffice: the file holds "_x005F_x0041_" (xlsxwriter
    writes it so too, shared strings or inline), and the text imported is what was typed."""
    for options in ({}, {"constant_memory": True}):
        path = tmp_path / f"tracker{len(options)}.xlsx"
        book = xlsxwriter.Workbook(str(path), options)
        sheet = book.add_worksheet("Activities")
        sheet.write_row(0, 0, ["Title", "Description"])
        for row, text in enumerate(TRACKER_TEXTS, start=1):
            sheet.write_string(row, 0, f"Tracker {row}")
            sheet.write_string(row, 1, text)
        book.close()
        with zipfile.ZipFile(path) as archive:
            xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xml"))
        assert "_x005F_x0041_" in xml
        db = make_db(f"hq{len(options)}")
        import_ok(db, path)
        got = {v.values["title"]: v.values["description"] for v in records.list_records(db, "activity")}
        assert got == {f"Tracker {row}": text for row, text in enumerate(TRACKER_TEXTS, start=1)}


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_tracker_typed_in_libreoffice_imports_as_typed(make_db, tmp_path):
    """Text typed in LibreOffice (here: read by it from a CSV, as typed) and saved as .xlsx."""
    source = tmp_path / "tracker.csv"
    source.write_text("Title,Description\n" + "".join(f"Tracker {n},{t}\n" for n, t in enumerate(
        ["_x0041_", "Code _x0041_ as typed", "_x005F_"], start=1)), encoding="utf-8")
    saved = resave_with_libreoffice(source, tmp_path)
    db = make_db("hq")
    import_ok(db, saved)
    got = {v.values["title"]: v.values["description"] for v in records.list_records(db, "activity")}
    assert got == {"Tracker 1": "_x0041_", "Tracker 2": "Code _x0041_ as typed", "Tracker 3": "_x005F_"}


def test_a_tracker_written_by_openpyxl_reads_as_excel_shows_it(make_db, tmp_path):
    """openpyxl writes text unescaped: "_x0041_" in its file is the escape of "A", as Excel shows it.
    Both readers give that same text."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Activities"
    sheet.append(["Title", "Description"])
    sheet.append(["Tracker 1", "_x0041_"])
    sheet.append(["Tracker 2", "_x005F_x0041_"])  # what Excel writes for a typed "_x0041_"
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    db = make_db("hq")
    import_ok(db, path)
    got = {v.values["title"]: v.values["description"] for v in records.list_records(db, "activity")}
    assert got == {"Tracker 1": "A", "Tracker 2": "_x0041_"}
    with CalamineBook(path) as fast, OpenpyxlBook(path, scan_sheets(path)) as slow:
        assert [r[:2] for r in fast.rows("Activities")] == [r[:2] for r in slow.rows("Activities")]


# ---------------------------------------------------------------- our other workbooks


def test_hxl_tables_and_the_report_keep_escape_like_texts(make_db, tmp_path):
    """Shared strings (not the liaison workbook's inline strings) are escaped the one way too."""
    texts = ["_x005F_x0041_", "_x0041_", "a_x000D_b", "_x0041\x0bnext"]
    table = Table("activity", "Joint activities", ("Title",), ("#activity+name",), tuple((t,) for t in texts))
    hxl = write_xlsx([table], tmp_path / "hxl.xlsx")
    with CalamineBook(hxl) as fast, OpenpyxlBook(hxl, scan_sheets(hxl)) as slow:
        assert [r[0] for r in fast.rows("activity")][2:] == [r[0] for r in slow.rows("activity")][2:] == texts

    db = make_db("a")
    for n, text in enumerate(texts, start=1):
        records.add_record(db, "meeting", {"title": text, "date": f"2026-04-0{n}", "kind": "consultation"})
    report = build_report(db, "2026-01-01", "2026-12-31")
    path = write_report_workbook(report, tmp_path / "report.xlsx")
    with CalamineBook(path) as fast, OpenpyxlBook(path, scan_sheets(path)) as slow:
        for book in (fast, slow):
            cells = {c for name in book.sheet_names for row in book.rows(name) for c in row if isinstance(c, str)}
            assert set(texts) <= cells
