"""Reading with python-calamine (fast) or openpyxl (everything else) gives the same import.

The file check decides, from each worksheet's raw XML, whether calamine may read it (sheet_xml):
its dense grid must be small, its cells plain values. These tests read real workbooks both
ways and compare, and make files that must go the slow way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from mouliaison.services import records
from mouliaison.sync import hidden_rows, reader
from mouliaison.sync import sheet_xml as scan_rules
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.file_checks import check_incoming_file, check_workbook_file
from mouliaison.sync.sheet_readers import CalamineBook, OpenpyxlBook, scan_sheets, sheet_parts
from mouliaison.sync.sheet_xml import GRID_LIMIT, SheetScanner
from tests.sync.workbooks import ACTIVITIES, cell, column, edited, export, import_ok, put

TRICKY = ["Code _x0041_ as typed", "_x005F_ and _x000D_ literally", "0012", "TRUE", "=SUM(A1)", "2026-01-02",
          "Café\nsecond line", "  spaced  ", "Jose\u0301 (NFD)"]


def read_both(path: Path) -> tuple[reader.IncomingWorkbook, reader.IncomingWorkbook]:
    """The file read by calamine and by openpyxl, whichever the check would choose."""
    fast = reader.read_book(CalamineBook(path), path, "sha", reader.no_progress)
    slow = reader.read_book(OpenpyxlBook(path, scan_sheets(path)), path, "sha", reader.no_progress)
    return fast, slow


def as_data(incoming: reader.IncomingWorkbook) -> tuple[object, ...]:
    rows = [(r.sheet, r.row, r.entity, r.cells, r.columns, r.problems, r.merged) for r in incoming.rows]
    return incoming.meta, incoming.versions, incoming.base, rows, incoming.unchanged, incoming.notes


def noted_on_every_activity(book) -> None:
    """A person writes a follow-up on every activity: the rows are read cell by cell, not found
    unchanged, so their cells can be compared."""
    sheet = book[ACTIVITIES]
    follow_up = column(sheet, "follow_up")
    for row in range(3, sheet.max_row + 1):
        put(sheet.cell(row, follow_up), "to check")


@pytest.fixture
def tricky_export(make_db, tmp_path) -> tuple[Path, dict[str, str]]:
    a = make_db("a")
    ids = {t: records.add_record(a, "activity", {"title": t, "description": t, "places": t,
                                                 "start_date": "2026-03-02", "participants_women": "12",
                                                 "countries": "KEN,UGA"}) for t in TRICKY}
    records.add_record(a, "meeting", {"title": "Consultation", "date": "2026-04-10", "kind": "consultation",
                                      "online": "yes"})
    records.add_record(a, "contact", {"full_name": "José Díaz", "phone": "0722 000 111"})
    return export(a, tmp_path / "tricky.xlsx"), ids


def test_our_export_is_read_by_calamine_and_both_readers_agree(tricky_export):
    path, _ids = tricky_export
    facts = check_workbook_file(path).sheets
    assert facts and all(f.calamine_safe for f in facts.values())
    fast, slow = read_both(path)
    assert fast.unchanged and fast.versions and fast.base and not fast.rows  # every row as exported
    assert as_data(fast) == as_data(slow)
    noted = edited(path, path.with_name("noted.xlsx"), noted_on_every_activity)
    fast, slow = read_both(noted)
    assert len(fast.rows) == len(TRICKY) and as_data(fast) == as_data(slow)


def test_a_resaved_copy_reads_the_same_both_ways(tricky_export, tmp_path):
    path, _ids = tricky_export
    resaved = edited(path, tmp_path / "resaved.xlsx", noted_on_every_activity)  # another program's XML
    fast, slow = read_both(resaved)
    assert as_data(fast) == as_data(slow)
    values = {r.cells["title"]: r.cells for r in fast.rows if r.entity == "activity"}
    escape = values["Code _x0041_ as typed"]
    assert escape["description"] == "Code _x0041_ as typed"  # escapes undone once, as Excel does
    assert values["0012"]["places"] == "0012"  # text that looks like a number stays text
    assert isinstance(escape["participants_women"], int) and escape["participants_women"] == 12
    assert escape["start_date"].isoformat() == "2026-03-02T00:00:00"  # a date, as openpyxl gives it


def test_an_error_cell_is_refused_per_cell_not_read_as_empty(tricky_export, make_db, tmp_path):
    path, ids = tricky_export
    hand = edited(path, tmp_path / "hand.xlsx", lambda book: put(cell(book[ACTIVITIES], ids["TRUE"], "places"),
                                                                 "#N/A"))
    facts = check_workbook_file(hand).sheets
    assert any(f.errors for f in facts.values())  # calamine would give the cell as empty text
    result = import_ok(make_db("b"), hand)
    reasons = [p.reason for _t, p in result.files[0].rejected]
    assert reasons == ["an error cell (#N/A)"]


def test_a_cell_far_beyond_the_data_sends_the_sheet_to_openpyxl(tricky_export, make_db, tmp_path):
    path, ids = tricky_export

    def far(book):
        book[ACTIVITIES]["IV5"] = "far away"  # calamine's grid would reach column 256

    wide = edited(path, tmp_path / "wide.xlsx", far)
    facts = check_workbook_file(wide).sheets
    assert any(not f.calamine_safe and f.grid > GRID_LIMIT for f in facts.values())
    b = make_db("b")
    result = import_ok(b, wide)
    assert result.totals["inserted"] >= len(TRICKY) and result.totals["hand_edits"] == 0
    assert records.show_record(b, "activity", ids["0012"]).values["places"] == "0012"


def long_sheet(path: Path, far_cell: bool) -> Path:
    """100,000 rows of three long texts each (about 55 MB of XML), and perhaps one cell at column IV."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    sheet = book.add_worksheet("Joint activities")
    for row in range(100_000):
        text = hashlib.sha256(str(row).encode()).hexdigest() * 2  # varied: a zip bomb check does not stop it
        sheet.write_row(row, 0, [text, text[::-1], text[1:]])
    if far_cell:
        sheet.write_string(99_999, 255, "far away")
    book.close()
    return path


@pytest.mark.parametrize(("far_cell", "safe"), [(False, True), (True, False)])
def test_a_dense_sheet_beyond_the_grid_limit_is_read_by_calamine(tmp_path, monkeypatch, far_cell, safe):
    """A grid beyond GRID_LIMIT that the sheet's XML fills (1,000,000 records of ours: 28 million
    cells) is read by calamine, not by openpyxl, about 4 times slower (issue 18); a far cell that
    asks for a grid ten times larger than the XML fills still goes to openpyxl. GRID_LIMIT is
    lowered here so that a sheet of 55 MB stands for one of 2.4 GB."""
    monkeypatch.setattr(scan_rules, "GRID_LIMIT", 1_000_000)
    path = long_sheet(tmp_path / "long.xlsx", far_cell)
    checked = check_incoming_file(path)
    (facts,) = checked.sheets.values()
    assert facts.grid > scan_rules.GRID_LIMIT and facts.xml_bytes > 50_000_000
    assert facts.calamine_safe is safe
    with reader._open_book(path, checked, sheet_parts(path)) as book:
        assert isinstance(book, CalamineBook if safe else OpenpyxlBook)


def base_not_cleared(monkeypatch) -> None:
    """The file check as if it had found the `_base` sheet's grid too large for calamine, as it
    finds the `_base` of 1,000,000 records (a million rows of three short cells)."""
    check = reader.check_incoming_file

    def checked_so(path):
        checked = check(path)
        facts = checked.sheets[sheet_parts(path)[fmt.BASE_SHEET].lower()]
        facts.max_column = scan_rules.LAST_COLUMN
        assert not facts.calamine_safe
        return checked

    monkeypatch.setattr(reader, "check_incoming_file", checked_so)


def test_our_hidden_sheets_do_not_send_the_visible_ones_to_openpyxl(tricky_export, monkeypatch):
    """Our hidden sheets are streamed whatever their grid: the visible sheets alone choose the
    reader (issue 18: the `_base` of 1,000,000 records sent every sheet to openpyxl)."""
    path, _ids = tricky_export
    base_not_cleared(monkeypatch)
    checked = reader.check_incoming_file(path)
    with reader._open_book(path, checked, sheet_parts(path)) as book:
        assert isinstance(book, CalamineBook)
    _fast, slow = read_both(path)
    assert as_data(reader.read_workbook(path)) == as_data(slow)


def with_row_spans(path: Path, target: Path) -> Path:
    """A copy whose `_base` rows carry `spans`, as Excel writes them: not our exporter's form."""
    part = sheet_parts(path)[fmt.BASE_SHEET]
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts[part], count = re.subn(rb'<row r="(\d+)">', rb'<row r="\1" spans="1:4">', parts[part])
    assert count
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def test_a_hidden_sheet_calamine_may_not_read_is_read_with_openpyxl(tricky_export, monkeypatch, tmp_path):
    """A `_base` sheet not in our exporter's form is not streamed; calamine is not given a sheet
    the file check did not clear: the file is read again with openpyxl, and reads the same."""
    path, _ids = tricky_export
    resaved = with_row_spans(path, tmp_path / "spans.xlsx")
    with pytest.raises(hidden_rows.NotOurForm):
        list(hidden_rows.sheet_rows(resaved, sheet_parts(resaved)[fmt.BASE_SHEET]))
    base_not_cleared(monkeypatch)
    opened = []
    monkeypatch.setattr(OpenpyxlBook, "close", lambda self: opened.append(self) or self._book.close())
    incoming = reader.read_workbook(resaved)
    assert len(opened) == 1  # read again, by openpyxl
    _fast, slow = read_both(resaved)
    assert as_data(incoming) == as_data(slow)


def test_a_foreign_sheet_with_shared_strings_reads_the_same_both_ways(tmp_path):
    path = tmp_path / "partner.xlsx"
    book = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    sheet = book.add_worksheet("Joint activities")
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    for col, label in enumerate(["Title", "Places", "Start", "Participants (women)", "Countries"]):
        sheet.write_string(0, col, label)
    for row, text in enumerate(TRICKY, start=1):
        sheet.write_string(row, 0, text)
        sheet.write_string(row, 1, text)
        sheet.write_datetime(row, 2, dt.datetime(2026, 3, row), dates)
        sheet.write_number(row, 3, row)
        sheet.write_string(row, 4, "KEN, UGA")
    book.close()
    with zipfile.ZipFile(path) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()
    assert all(f.calamine_safe for f in check_workbook_file(path).sheets.values())
    fast, slow = read_both(path)
    assert as_data(fast) == as_data(slow)
    assert [r.cells["title"] for r in fast.rows] == TRICKY


def sheet_xml(cells: str) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>" + cells.encode() + b"</sheetData></worksheet>")


def scanned(xml: bytes, chunk: int = 7) -> SheetScanner:
    scanner = SheetScanner()
    for start in range(0, len(xml), chunk):  # any chunk boundary, even inside a tag
        scanner.feed(xml[start : start + chunk])
    scanner.finish()
    return scanner


@pytest.mark.parametrize(("cells", "safe", "what"), [
    ('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1"><v>2</v></c></row>', True, "plain"),
    ('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="IV1048576"><v>1</v></c></row>', False,
     "a far cell: an 8 GiB grid"),
    ('<row r="1"><c r="A1"><v>1</v></c></row><row r="400000"><c r="Z400000"><v>1</v></c></row>', False,
     "a far row"),
    ('<row r="1"><c t="n"><v>1</v></c></row>', False, "a cell without its reference"),
    ("<row r=\"1\"><c r='A1'><v>1</v></c></row>", False, "a reference the scan does not read"),
    ('<row r="1"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="IV1"><x:v>1</x:v>'
     "</x:c></row>", False, "a prefixed cell"),
    ('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>', False, "a formula"),
    ('<row r="1"><c r="A1" t="e"><v>#REF!</v></c></row>', False, "an error"),
    ('<row r="1"><c r="A1" s="3"/><c r="B1" t="s"><v>0</v></c></row>', True, "an empty styled cell"),
])
def test_the_scan_clears_only_plain_small_sheets(cells, safe, what):
    xml = sheet_xml(cells)
    for chunk in (7, 64, len(xml)):
        assert scanned(xml, chunk).facts.calamine_safe is safe, (what, chunk)


def test_a_sheet_in_another_encoding_is_not_read_by_calamine(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"] = "café"
    path = tmp_path / "latin.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + parts[sheet].decode()).encode("latin-1")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    facts = check_workbook_file(path).sheets[sheet]
    assert not facts.plain and not facts.calamine_safe


def test_rows_one_at_a_time_are_the_sheet_laid_out_from_a1(tmp_path):
    """CalamineBook reads rows with iter_rows (never the whole sheet as Python lists) and puts
    back the columns before the first used one: the same grid as to_python from A1, whatever
    the shape of the sheet. A python-calamine that lays rows out otherwise fails here."""
    from python_calamine import CalamineWorkbook

    path = tmp_path / "shapes.xlsx"
    shapes = {"from A1": [("A1", "a"), ("B2", "b")], "from C3": [("C3", "x"), ("D5", "y")],
              "column A later": [("B1", "h"), ("A4", "z")], "empty": [], "row 3": [("A3", 1), ("E3", 2.5)]}
    book = xlsxwriter.Workbook(str(path))
    for name, cells in shapes.items():
        sheet = book.add_worksheet(name)
        for ref, value in cells:
            sheet.write(ref, value)
    book.close()
    whole = CalamineWorkbook.from_path(str(path))
    ours = CalamineBook(path)
    for name in shapes:
        expected = whole.get_sheet_by_name(name).to_python(skip_empty_area=False)
        assert list(ours.rows(name, raw=True)) == expected, name
        assert ours.last_row(name) == len(expected), name


@pytest.mark.parametrize(("cells", "beyond"), [
    ('<row r="1"><c r="AAAA1"><v>1</v></c></row>', '"AAAA"'),
    ('<row r="1"><c\tr="A9999999"><v>1</v></c></row>', '"A9999999"'),
    ('<row\nr="2000000"><c r="A1"><v>1</v></c></row>', '"2000000"'),
    ('<row r="1"><c r="A1" t="inlineStr"><is><t>xr="AAAA1" and 1r="A9999999"</t></is></c></row>', ""),
    ('<row r="1"><c r="A1" t="inlineStr"><is><t>see r="A9999999"</t></is></c></row>', '"A9999999"'),
])
def test_a_reference_beyond_the_last_row_or_column_counts_only_after_a_space(cells, beyond):
    """A space before `r="` makes a reference (in text too: the scan does not parse XML); none, no reference."""
    xml = sheet_xml(cells)
    for chunk in (7, 64, len(xml)):
        assert scanned(xml, chunk).facts.beyond == beyond, chunk


def far_down_and_right(path: Path, change=None) -> Path:
    """A real workbook whose rows pass 99,999 and columns pass Z: a header, then rows 100,000 to
    100,002 and 150,000 filled from A to AB (28 columns, as our activities sheet)."""
    book = openpyxl.Workbook()
    sheet = book.active
    for col in range(1, 29):
        sheet.cell(1, col, f"column {col}")
    for row in (100_000, 100_001, 100_002, 150_000):
        for col in range(1, 29):
            sheet.cell(row, col, f"text {row}" if col % 2 else row * col)
    if change:
        change(sheet)
    book.save(path)
    return path


def only_facts(path: Path):
    (facts,) = check_incoming_file(path).sheets.values()
    return facts


@pytest.mark.parametrize(("change", "caught"), [
    (None, ""),
    (lambda sheet: sheet.cell(150_000, 28, "=AA150000*2"), "formulas"),
    (lambda sheet: sheet.cell(150_001, 27, "#N/A"), "errors"),
    (lambda sheet: sheet.cell(150_000, 256, "far right"), "grid"),  # column IV: a grid of 38 million cells
    (lambda sheet: sheet.cell(400_000, 27, "far down"), "grid"),  # 11 million cells
])
def test_the_scan_still_catches_cells_below_row_99999_and_right_of_z(tmp_path, change, caught):
    """Rows past 99,999 and columns past Z are scanned a row at a time, no longer cell by cell
    (issue 18): each check still sees them, and the grid is counted to the last row and column."""
    facts = only_facts(far_down_and_right(tmp_path / "far.xlsx", change))
    assert facts.plain and not facts.beyond
    assert facts.formulas is (caught == "formulas") and facts.errors is (caught == "errors")
    assert facts.calamine_safe is (not caught)
    if caught == "grid":
        assert facts.grid > GRID_LIMIT
    else:
        assert (facts.max_row, facts.max_column) == (150_001 if caught == "errors" else 150_000, 28)


def far_rows(first: int, columns: int, count: int = 4000) -> bytes:
    cells = "".join(f'<row r="{row}">' + "".join(f'<c r="{hidden_rows._name(col)}{row}" t="s"><v>{col}</v></c>'
                                                   for col in range(columns)) + "</row>"
                    for row in range(first, first + count))
    return sheet_xml(cells)


@pytest.mark.parametrize(("cells", "facts"), [
    # (max_row, max_column, plain, formulas, beyond): a cell counts by its own reference, not its row's
    ('<row r="100001"><c r="AA100001"><v>1</v></c><c r="AB400000"><v>1</v></c></row>', (400_000, 28, True, False, "")),
    ('<row r="100001"><c r="AA100001"><v>1</v></c></row><row r="100002"><c r="AB100002"><f>1</f><v>1</v></c>'
     "</row>", (100_002, 28, True, True, "")),
    ('<row r="100001"><c r="AA100001"><v>1</v></c><c t="n"><v>1</v></c></row>', (100_001, 27, False, False, "")),
    ('<row r="100001"><c r="AA100001"><v>1</v></c><x:c r="AB100001"><x:v>1</x:v></x:c></row>',
     (100_001, 27, False, False, "")),
    ('<row r="100001"><c r="AA100001"><v>1</v></c></row><row r="1048577"><c r="AA1048577"><v>1</v></c></row>',
     (1_048_577, 27, True, False, '"1048577"')),
    ('<row r="200001"><c r="AAA200001" t="inlineStr"><is><t>x</t></is></c><c r="XFD200001"/></row>',
     (200_001, 16_384, True, False, "")),
])
def test_what_the_scan_counts_in_rows_past_99999(cells, facts):
    xml = sheet_xml(cells)
    for chunk in (7, 64, len(xml)):
        found = scanned(xml, chunk).facts
        assert (found.max_row, found.max_column, found.plain, found.formulas, found.beyond) == facts, chunk


def scan_seconds(xml: bytes) -> float:
    """The least CPU time of five scans (fed in chunks of 4 MiB, as the file check does)."""
    times = []
    for _ in range(5):
        start = time.process_time()
        scanned(xml, 4 * 2**20)
        times.append(time.process_time() - start)
    return min(times)


def test_a_cell_costs_the_same_whatever_its_row_and_column_letters():
    """Issue 18: cells below row 99,999 or in columns AA on were each looked at by Python (1.7
    times the cost of a cell above, 10 s of CPU at 1,000,000 records)."""
    near = far_rows(2, 26)
    far = far_rows(900_000, 28)
    assert abs(len(far) / len(near) - 1) < 0.25  # about the same XML
    ratio = (scan_seconds(far) / len(far)) / (scan_seconds(near) / len(near))
    assert ratio < 1.3, ratio
