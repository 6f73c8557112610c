"""Rows written whole by StreamedSheet make the very XML that xlsxwriter's own cell calls make."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook

from mouliaison.sync.streamed_sheet import ZIP_LEVEL, StreamedSheet, StreamedWorkbook

TEXTS = ["plain", " leading space", "trailing space ", "a & b < c > d", "control \x01 char", "tab\tand\nnewline",
         "looks escaped _x0041_ already", "_x005F_x0041_", "_x0041\x01", "non-character \ufffe",
         "accents é ñ ø and emoji 🚀", "=1+2", "", "x"]
VALUES = [*TEXTS, True, False, 0, 42, 12_345_678_901_234_567, 3.25, dt.date(2018, 5, 8), dt.date(1900, 1, 15),
          dt.date(1900, 3, 1)]


def _book(path: Path) -> tuple[xlsxwriter.Workbook, StreamedSheet, dict[str, object]]:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_urls": False, "strings_to_numbers": False})
    sheet = book.add_worksheet("Data", worksheet_class=StreamedSheet)
    styles = {"date": book.add_format({"num_format": "yyyy-mm-dd"}), "quoted": book.add_format({"quote_prefix": True}),
              "plain": None}
    sheet.set_row(0, None, None, {"hidden": True})
    sheet.write_string(0, 0, "key", styles["quoted"])
    return book, sheet, styles


def _style(value: object, styles: dict[str, object]) -> object:
    if isinstance(value, dt.date):
        return styles["date"]
    return styles["quoted"] if isinstance(value, str) and value.startswith("=") else styles["plain"]


def _by_cell_calls(path: Path) -> None:
    book, sheet, styles = _book(path)
    for row in range(1, 4):
        for col, value in enumerate(VALUES):
            style = _style(value, styles)
            if isinstance(value, str):
                if value:
                    sheet.write_string(row, col + row, value, style)
            elif isinstance(value, bool):
                sheet.write_boolean(row, col + row, value, style)
            elif isinstance(value, dt.date):
                sheet.write_datetime(row, col + row, dt.datetime.combine(value, dt.time()), style)
            else:
                sheet.write_number(row, col + row, value, style)
    for col, text in enumerate(TEXTS):  # a hidden sheet's row: text from column A, no style
        if text:
            sheet.write_string(4, col, text)
    book.close()


def _by_rows(path: Path) -> None:
    book, sheet, styles = _book(path)
    for row in range(1, 4):
        sheet.write_cells(row, [(col + row, value, _style(value, styles)) for col, value in enumerate(VALUES)])
    sheet.write_texts(4, TEXTS)
    book.close()


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def test_a_streamed_row_is_the_xml_of_cell_calls(tmp_path: Path) -> None:
    _by_cell_calls(tmp_path / "calls.xlsx")
    _by_rows(tmp_path / "rows.xlsx")
    for part in ("xl/worksheets/sheet1.xml", "xl/styles.xml"):
        assert _part(tmp_path / "rows.xlsx", part) == _part(tmp_path / "calls.xlsx", part), part


def test_streamed_rows_read_back_as_written(tmp_path: Path) -> None:
    _by_rows(tmp_path / "rows.xlsx")
    book = load_workbook(tmp_path / "rows.xlsx", read_only=True)
    rows = [list(r) for r in book["Data"].iter_rows(values_only=True)]
    book.close()
    read = rows[1][1 : 1 + len(TEXTS)]
    # control characters, U+FFFE and _xHHHH_ come back as xlsxwriter escapes them: openpyxl keeps the escape
    escaped = ("\x01", "\ufffe", "_x0041_")
    kept = [(r, t) for r, t in zip(read, TEXTS, strict=True) if not any(e in t for e in escaped)]
    assert [r for r, _t in kept] == [t or None for _r, t in kept]
    assert rows[1][1 + len(TEXTS) + 6] == dt.datetime(2018, 5, 8)


def test_rows_go_in_order(tmp_path: Path) -> None:
    book, sheet, _styles = _book(tmp_path / "order.xlsx")
    sheet.write_texts(3, ["a"])
    with pytest.raises(ValueError, match="rows are streamed in order"):
        sheet.write_texts(2, ["b"])
    book.close()


def test_a_streamed_workbook_deflates_at_its_level_and_leaves_xlsxwriter_as_it_was(tmp_path: Path) -> None:
    plain = xlsxwriter.workbook.ZipFile
    book = StreamedWorkbook(str(tmp_path / "fast.xlsx"), {"constant_memory": True})
    sheet = book.add_worksheet("Data", worksheet_class=StreamedSheet)
    for row in range(200):
        sheet.write_texts(row, [f"row {row}", "the same words again and again " * 20])
    book.close()
    assert xlsxwriter.workbook.ZipFile is plain
    with zipfile.ZipFile(tmp_path / "fast.xlsx") as archive:
        assert archive.testzip() is None
        part = archive.getinfo("xl/worksheets/sheet1.xml")
        assert part.compress_type == zipfile.ZIP_DEFLATED and part.compress_size < part.file_size / 5
    assert ZIP_LEVEL in range(1, 10)
