"""Writing big workbooks fast: rows written whole into xlsxwriter's constant-memory row file,
and the finished parts deflated at a faster level.

An export writes millions of cells (100,000 records: about two million visible cells and as many
hidden ones). xlsxwriter spends about 6 µs of Python on each `write_*` call, which made its cell
calls most of an export's time. In constant-memory mode xlsxwriter turns each finished row into
XML in a temporary file; `StreamedSheet.write_cells` puts a row into that same file in the same
form (inline strings, the same escapes, the same style indices), in one step per row. The file
is byte for byte what the cell calls would have made; tests/sync/test_streamed_sheet.py checks it.
With that, deflating the parts at zlib's default level took longer than writing them:
`StreamedWorkbook` deflates at ZIP_LEVEL instead.

It leans on how xlsxwriter's Worksheet keeps its rows (`fh`, `previous_row`, `row_info`,
`_write_single_row`, `_check_dimensions`); pyproject.toml pins xlsxwriter below the next major
version, and the test above fails loudly if a release changes them.
"""

from __future__ import annotations

import datetime as dt
import functools
import zipfile
from collections.abc import Sequence
from typing import Any

import xlsxwriter.workbook
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name

from mouliaison.sync.cell_escapes import escaped
from mouliaison.sync.escaped_workbook import STORING, EscapedSheet, EscapedWorkbook

_EXCEL_EPOCH = dt.date(1899, 12, 31)
_PRESERVE = ' xml:space="preserve"'

Cell = tuple[int, Any, Format | None]  # column, value (str, bool, int, float or date), style
_COLUMN_NAMES: list[str] = []


def _column_name(col: int) -> str:
    while len(_COLUMN_NAMES) <= col:
        _COLUMN_NAMES.append(xl_col_to_name(len(_COLUMN_NAMES)))
    return _COLUMN_NAMES[col]


ZIP_LEVEL = 1  # deflate level of the .xlsx: 3.4× faster than zlib's default 6, files about a quarter larger


class StreamedWorkbook(EscapedWorkbook):
    """An EscapedWorkbook that deflates its parts at ZIP_LEVEL rather than zlib's default.

    An export's hidden sheets triple the XML to compress (800 MB for 100,000 records), and at
    the default level compressing it took longer than writing it. xlsxwriter has no option for
    the level, so the ZipFile its closing step makes is given one, for that step only.

    ZIP64 is allowed: a hidden sheet of about 900,000 versions is more than the 2 GiB a part may
    have without it (the export of 1,000,000 activities failed at its last step). zipfile writes
    ZIP64 fields only into a part that needs them, so every smaller workbook is byte for byte
    what it was."""

    def __init__(self, filename: str, options: dict[str, Any] | None = None) -> None:
        super().__init__(filename, options)
        self.use_zip64()

    def _store_workbook(self) -> None:
        with STORING:
            plain = xlsxwriter.workbook.ZipFile  # type: ignore[attr-defined]
            xlsxwriter.workbook.ZipFile = functools.partial(zipfile.ZipFile, compresslevel=ZIP_LEVEL)  # type: ignore[attr-defined]
            try:
                super()._store_workbook()
            finally:
                xlsxwriter.workbook.ZipFile = plain  # type: ignore[attr-defined]


def _escaped(text: str) -> str:
    """A text as an inline string's XML holds it: the cell escapes, then XML's entities."""
    # most texts need nothing: a few scans in C decide that faster than a pattern's search
    if text.isprintable() and "&" not in text and "<" not in text and ">" not in text and "_x" not in text:
        return text
    text = escaped(text)
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def excel_serial(day: dt.date) -> int:
    """A date as Excel's serial day number (1900 system, with its 29 February 1900)."""
    days = (day - _EXCEL_EPOCH).days
    return days + 1 if days > 59 else days


class StreamedSheet(EscapedSheet):
    """An xlsxwriter Worksheet (every usual method works) that can also take a whole row at once."""

    def write_cells(self, row: int, cells: Sequence[Cell], height: float | None = None) -> None:
        """Write a row's cells, in increasing column order; None values leave their cell empty.
        `height`: the row's height in points (as set_row's), where it is not the default."""
        cells = [c for c in cells if c[1] is not None and c[1] != ""]
        if not cells:
            return
        if not self.constant_memory or row in self.row_info:
            if height is not None:
                self.set_row(row, height)
            self._write_one_by_one(row, cells)
            return
        if row <= self.previous_row and (row < self.previous_row or self.table):
            raise ValueError(f"row {row} comes after row {self.previous_row}: rows are streamed in order")
        if self._check_dimensions(row, cells[0][0]) or self._check_dimensions(row, cells[-1][0]):
            raise ValueError(f"row {row} or column {cells[-1][0]} is outside a worksheet")
        if row > self.previous_row:
            self._write_single_row(row)  # the row xlsxwriter still holds, if any, goes first
        number = row + 1
        # a height as xlsxwriter writes set_row's (in points)
        parts = [f'<row r="{number}">' if height is None else f'<row r="{number}" ht="{height:.16g}" customHeight="1">']
        for col, value, style in cells:
            ref = f"{_column_name(col)}{number}"
            attributes = f' r="{ref}" s="{style._get_xf_index()}"' if style is not None else f' r="{ref}"'
            if isinstance(value, str):
                space = ' xml:space="preserve"' if value[:1].isspace() or value[-1:].isspace() else ""
                parts.append(f'<c{attributes} t="inlineStr"><is><t{space}>{_escaped(value)}</t></is></c>')
            elif isinstance(value, bool):
                parts.append(f'<c{attributes} t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, dt.date):
                parts.append(f"<c{attributes}><v>{excel_serial(value)}</v></c>")
            else:
                parts.append(f"<c{attributes}><v>{value:.16G}</v></c>")
        parts.append("</row>")
        self.fh.write("".join(parts))

    def write_texts(self, row: int, texts: Sequence[str]) -> None:
        """A row of text cells from column A, without style; empty texts leave their cell empty.

        write_cells would do; this is the same XML made with less work per cell, for the hidden
        sheets' hundreds of thousands of rows."""
        if not self.constant_memory or row in self.row_info or row < self.previous_row or self.table:
            self.write_cells(row, [(col, text, None) for col, text in enumerate(texts)])
            return
        last = len(texts) - 1
        while last >= 0 and not texts[last]:
            last -= 1
        if last < 0:
            return
        first = next(col for col, text in enumerate(texts) if text)
        if self._check_dimensions(row, first) or self._check_dimensions(row, last):
            raise ValueError(f"row {row} or column {last} is outside a worksheet")
        if row > self.previous_row:
            self._write_single_row(row)
        number = row + 1
        _column_name(last)
        names = _COLUMN_NAMES
        self.fh.write(f'<row r="{number}">' + "".join([
            f'<c r="{names[col]}{number}" t="inlineStr"><is><t'
            f'{_PRESERVE if text[0].isspace() or text[-1].isspace() else ""}>{_escaped(text)}</t></is></c>'
            for col, text in enumerate(texts) if text
        ]) + "</row>")

    def _write_one_by_one(self, row: int, cells: Sequence[Cell]) -> None:
        for col, value, style in cells:
            if isinstance(value, str):
                self.write_string(row, col, value, style)
            elif isinstance(value, bool):
                self.write_boolean(row, col, value, style)
            elif isinstance(value, dt.date):
                self.write_number(row, col, excel_serial(value), style)
            else:
                self.write_number(row, col, value, style)
