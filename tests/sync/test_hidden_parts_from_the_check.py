"""A plain sheet's hidden columns and rows are learned while the file check unpacks it
(sync/sheet_xml.py), not by unpacking the sheet a second time: the same ones, however the
sheet's XML is cut into the check's chunks, in a file written by openpyxl and re-saved by
LibreOffice."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mouliaison.sync import reader, sheet_readers
from mouliaison.sync.file_checks import check_incoming_file
from mouliaison.sync.sheet_readers import hidden_scan, scan_sheets, sheet_parts
from mouliaison.sync.sheet_xml import SheetScanner
from tests.libreoffice import resave_with_libreoffice

HIDDEN_ROWS = {4, 7}  # 1-based: two of the activities
HIDDEN_COLUMNS = {2, 4, 5}  # 0-based: C (internal remarks), E:F (a span of two)


def tracker(tmp_path: Path) -> Path:
    """An office's tracker with a column of internal remarks and two columns hidden, and two rows hidden."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Activities"
    sheet.append(["Activity title", "Start date", "Internal remarks", "Country", "Budget line", "Donor code"])
    for n in range(1, 9):
        sheet.append([f"Border workshop {n}", dt.datetime(2026, 3, n), f"remark {n}", "Kenya", f"BL-{n}", f"D{n}"])
    sheet.column_dimensions["C"].hidden = True
    sheet.column_dimensions.group("E", "F", hidden=True)
    for row in HIDDEN_ROWS:
        sheet.row_dimensions[row].hidden = True
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    return path


@pytest.fixture(params=["openpyxl", "libreoffice"])
def written(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tracker(tmp_path)
    return path if request.param == "openpyxl" else resave_with_libreoffice(path, tmp_path)


def test_the_check_finds_the_hidden_columns_and_rows_the_reader_found(written):
    part = sheet_parts(written)["Activities"]
    facts = check_incoming_file(written).sheets[part.lower()]
    from_the_check = hidden_scan(facts)
    assert from_the_check.hidden_rows == HIDDEN_ROWS
    assert from_the_check.hidden_columns == HIDDEN_COLUMNS
    by_itself = scan_sheets(written)["Activities"]  # the openpyxl reader's own scan of the XML
    assert (by_itself.hidden_rows, by_itself.hidden_columns) == (HIDDEN_ROWS, HIDDEN_COLUMNS)


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_tags_cut_anywhere_by_the_chunks_are_found_once_whole(written, chunk):
    with zipfile.ZipFile(written) as archive:
        xml = archive.read(sheet_parts(written)["Activities"])
    scanner = SheetScanner()
    for start in range(0, len(xml), chunk):
        scanner.feed(xml[start : start + chunk])
    scan = hidden_scan(scanner.finish())
    assert (scan.hidden_rows, scan.hidden_columns) == (HIDDEN_ROWS, HIDDEN_COLUMNS)


def test_the_reader_takes_them_from_the_check_without_unpacking_the_sheet_again(written, monkeypatch):
    def unpacked_again(path: Path, name: str) -> None:
        raise AssertionError(f"the sheet {name} was unpacked a second time")

    monkeypatch.setattr(sheet_readers, "scan_sheet", unpacked_again)
    incoming = reader.read_workbook(written)
    titles = [row.cells.get("title") for row in incoming.rows]
    assert titles == [f"Border workshop {n}" for n in range(1, 9) if n + 1 not in HIDDEN_ROWS]
    mapping = incoming.mappings["Activities"]
    left_out = {c.header for c in mapping.columns if c.index in HIDDEN_COLUMNS}
    assert left_out == {"Internal remarks", "Budget line", "Donor code"}
    assert all(c.field is None for c in mapping.columns if c.index in HIDDEN_COLUMNS)
