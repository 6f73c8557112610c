"""An OpenDocument spreadsheet (.ods, LibreOffice) as the reader sees a workbook: a `SheetBook`.

python-calamine reads .ods but gives a formula's cached value as if typed and says nothing of
hidden rows, hidden columns or spans, so content.xml is read here, streaming, every byte searched
for a DTD on its way to the parser (`_NoDtd`; the file check has already looked at every part:
zip bombs, DTDs, encryption). It is read
twice: once in full to learn each sheet's shape (visibility, hidden rows and columns, merged
cells, its last row with a value; a file that is too large is refused then, before any row is
used), then once per sheet for its rows.

ODS compresses a run of equal rows or cells into one element with a repeat count
(`table:number-rows-repeated`): LibreOffice ends every sheet with about a million empty rows
that way. Runs are never laid out beyond the last row with a value and column IV, and a sheet
whose values reach past row 1,048,576 (Excel's and LibreOffice's limit) is refused.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError, iterparse

from openpyxl.utils import get_column_letter

from mouliaison.domain.messages import Message
from mouliaison.sync.refusals import RefusedFile, corrupt
from mouliaison.sync.sheet_readers import MAX_COLUMNS, SheetBook, Special
from mouliaison.sync.xml_declarations import DtdSniffer

MAX_ROWS = 1_048_576
MAX_MERGED = 10_000  # merged ranges a sheet may have (each row read is checked against them)

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"

_T_TABLE = f"{{{_TABLE}}}table"
_T_ROW = f"{{{_TABLE}}}table-row"
_T_COLUMN = f"{{{_TABLE}}}table-column"
_T_CELL = f"{{{_TABLE}}}table-cell"
_T_COVERED = f"{{{_TABLE}}}covered-table-cell"
_T_NAME = f"{{{_TABLE}}}name"
_T_STYLE_NAME = f"{{{_TABLE}}}style-name"
_T_VISIBILITY = f"{{{_TABLE}}}visibility"
_T_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_T_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_T_COLUMNS_SPANNED = f"{{{_TABLE}}}number-columns-spanned"
_T_ROWS_SPANNED = f"{{{_TABLE}}}number-rows-spanned"
_T_FORMULA = f"{{{_TABLE}}}formula"
_T_DISPLAY = f"{{{_TABLE}}}display"
_T_SUB_TABLE = f"{{{_TABLE}}}is-sub-table"
_S_STYLE = f"{{{_STYLE}}}style"
_S_NAME = f"{{{_STYLE}}}name"
_S_FAMILY = f"{{{_STYLE}}}family"
_S_TABLE_PROPERTIES = f"{{{_STYLE}}}table-properties"
_O_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
_O_VALUE = f"{{{_OFFICE}}}value"
_O_DATE = f"{{{_OFFICE}}}date-value"
_O_TIME = f"{{{_OFFICE}}}time-value"
_O_BOOLEAN = f"{{{_OFFICE}}}boolean-value"
_O_STRING = f"{{{_OFFICE}}}string-value"
_O_ANNOTATION = f"{{{_OFFICE}}}annotation"
_C_VALUE_TYPE = f"{{{_CALCEXT}}}value-type"
_X_P = f"{{{_TEXT}}}p"
_X_H = f"{{{_TEXT}}}h"
_X_S = f"{{{_TEXT}}}s"
_X_C = f"{{{_TEXT}}}c"
_X_TAB = f"{{{_TEXT}}}tab"
_X_LINE_BREAK = f"{{{_TEXT}}}line-break"

_HIDDEN = {"collapse", "filter"}
_DURATION = re.compile(r"-?PT?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?")
_FORMULA_NAMESPACE = re.compile(r"^[A-Za-z][\w.-]{0,20}:(?==)")


@dataclass
class _Shape:
    """What the first pass learned of one sheet."""

    name: str
    visible: bool = True
    hidden_columns: set[int] = field(default_factory=set)
    hidden_runs: list[tuple[int, int]] = field(default_factory=list)  # (first, last) 1-based hidden rows
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    last_row: int = 0
    columns_cut: bool = False  # a value beyond column IV


class OdsBook(SheetBook):
    """The sheets of an .ods file, read from its content.xml (see the module's docstring)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self.modified = _modified(path)
        self._shapes: list[_Shape] = []
        self._notes: list[str] = []
        self._survey()
        self.sheet_names = [shape.name for shape in self._shapes]

    def _survey(self) -> None:
        current = _Shape("")
        column = 0
        for event, item in _events(self._path):
            if event == "table":
                current.name, current.visible = item
                if any(shape.name == current.name for shape in self._shapes):
                    raise corrupt(self._path.name, Message("two sheets are named '{sheet}'", sheet=current.name))
                self._shapes.append(current)
                current, column = _Shape(""), 0
            elif event == "column":
                repeat, hidden = item
                if hidden:
                    current.hidden_columns.update(range(column, min(column + repeat, MAX_COLUMNS)))
                column += repeat
            elif event == "row":
                _table, number, repeat, hidden, elem = item
                if hidden:
                    current.hidden_runs.append((number, number + repeat - 1))
                cells = [_cell_shape(c) for c in elem if c.tag in _CELLS]
                width = _width(cells)
                if width:
                    last = number + repeat - 1
                    if last > MAX_ROWS:
                        raise _too_many_rows(self._path.name, len(self._shapes) + 1)
                    current.last_row = last
                    current.columns_cut = current.columns_cut or width > MAX_COLUMNS
                _note_spans(self._path.name, current, number, repeat, cells)
        for shape in self._shapes:
            if shape.columns_cut and shape.visible:
                self._notes.append(Message("sheet '{sheet}': values beyond column {letter} were not read (at most "
                                           "{columns} columns are)", sheet=shape.name,
                                           letter=get_column_letter(MAX_COLUMNS), columns=MAX_COLUMNS))

    def _shape(self, name: str) -> _Shape:
        return self._shapes[self.sheet_names.index(name)]

    def notes(self) -> list[str]:
        return list(self._notes)

    def visible(self, name: str) -> bool:
        return self._shape(name).visible

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        index = self.sheet_names.index(name)
        last_row = self._shapes[index].last_row
        for event, item in _events(self._path):
            if event != "row" or item[0] < index:
                continue
            table, number, repeat, _hidden, elem = item
            if table > index or number > last_row:
                return
            row = _layout([_cell(c) for c in elem if c.tag in _CELLS])
            for _ in range(min(repeat, last_row - number + 1)):
                yield list(row)

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return list(self._shape(name).merged)

    def last_row(self, name: str) -> int:
        return self._shape(name).last_row

    def hidden_columns(self, name: str) -> set[int]:
        return set(self._shape(name).hidden_columns)

    def hidden_rows(self, name: str) -> set[int]:
        shape = self._shape(name)
        found: set[int] = set()
        for first, last in shape.hidden_runs:
            found.update(range(first, min(last, shape.last_row) + 1))
        return found

    def close(self) -> None:
        """Nothing stays open: each pass opens the file and closes it when it ends."""


# A cell as the row gives it: (value, columns repeated, columns spanned, rows spanned)
_Cell = tuple[Any, int, int, int]
_CELLS = (_T_CELL, _T_COVERED)


def _events(path: Path) -> Iterator[tuple[str, Any]]:
    """("column", (repeat, hidden)), ("row", (sheet index, first number, repeat, hidden, element)),
    then ("table", (name, visible)) at each sheet's end, in document order, streaming.

    A row's element is let go of once the consumer has looked at it. RefusedFile if content.xml
    cannot be read.
    """
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("content.xml")
            with archive.open(info) as handle:
                yield from _parse(_NoDtd(handle, info, name))
    except RefusedFile:
        raise
    except KeyError:
        raise corrupt(name, Message("it has no content.xml, the part that holds the sheets")) from None
    except ParseError as exc:
        raise corrupt(name, Message("its sheets' XML (content.xml) cannot be read: {error}", error=str(exc))) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
        raise corrupt(name, Message("content.xml cannot be unpacked: {error}", error=str(exc))) from None


class _NoDtd:
    """content.xml's bytes on their way to the parser, searched for a DTD as the file check does.

    The parser is ElementTree's own (C, expat): defusedxml's runs in Python, about 4 times
    slower on a large sheet. With no DTD there is no entity to expand: every byte the parser
    reads has passed xml_declarations' search, whatever happened to the file since its check.
    """

    def __init__(self, handle: Any, info: zipfile.ZipInfo, name: str) -> None:
        self.handle = handle
        self.sniffer = DtdSniffer(info, name)

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size if size > 0 else 1 << 16)
        while data and self.sniffer.encoding is None and len(data) < 256:  # the sniffer decides on 256 bytes
            more = self.handle.read(256)
            if not more:
                break
            data += more
        if data:
            self.sniffer.feed(data)
        if self.sniffer.encoding is None:
            self.sniffer.finish()  # a part of fewer than 256 bytes: searched before the parser sees it
        return data


def _parse(handle: Any) -> Iterator[tuple[str, Any]]:
    hidden_styles: set[str] = set()
    table = 0
    row_number = 1
    for _event, elem in iterparse(handle, events=("end",)):
        tag = elem.tag
        if tag == _T_ROW:
            repeat = _count(elem.get(_T_ROWS_REPEATED))
            yield "row", (table, row_number, repeat, elem.get(_T_VISIBILITY) in _HIDDEN, elem)
            row_number += repeat
        elif tag == _T_COLUMN:
            yield "column", (_count(elem.get(_T_COLUMNS_REPEATED)), elem.get(_T_VISIBILITY) in _HIDDEN)
        elif tag == _T_TABLE and elem.get(_T_SUB_TABLE) != "true":
            yield "table", (elem.get(_T_NAME, ""), elem.get(_T_STYLE_NAME, "") not in hidden_styles)
            table += 1
            row_number = 1
        elif tag == _S_STYLE and elem.get(_S_FAMILY) == "table":
            properties = elem.find(_S_TABLE_PROPERTIES)
            if properties is not None and properties.get(_T_DISPLAY) == "false":
                hidden_styles.add(elem.get(_S_NAME, ""))
        else:
            continue
        elem.clear()  # a row, once read, is let go of: the file may hold a million


def _count(text: str | None) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1


def _cell_shape(elem: Element) -> _Cell:
    """A cell's shape only: whether it holds anything (True or None), its repeat and spans."""
    filled = elem.tag == _T_CELL and (_O_VALUE_TYPE in elem.attrib or _T_FORMULA in elem.attrib or any(
        p.tag in (_X_P, _X_H) and (p.text or len(p)) for p in elem))
    return (True if filled else None), _count(elem.get(_T_COLUMNS_REPEATED)), \
        _count(elem.get(_T_COLUMNS_SPANNED)), _count(elem.get(_T_ROWS_SPANNED))


def _cell(elem: Element) -> _Cell:
    repeat = _count(elem.get(_T_COLUMNS_REPEATED))
    if elem.tag == _T_COVERED:
        return None, repeat, 1, 1
    value = _value(elem)
    formula = elem.get(_T_FORMULA)
    if formula:
        cached = None if elem.get(_C_VALUE_TYPE) == "error" else value
        value = Special("f", _FORMULA_NAMESPACE.sub("", formula), cached=cached)
    return value, repeat, _count(elem.get(_T_COLUMNS_SPANNED)), _count(elem.get(_T_ROWS_SPANNED))


def _value(elem: Element) -> Any:
    """A cell's value as openpyxl would give it: None, str, int, float, bool, datetime, time."""
    kind = elem.get(_O_VALUE_TYPE)
    if kind in ("float", "percentage", "currency"):
        try:
            number = float(elem.get(_O_VALUE, ""))
        except ValueError:
            return _text(elem) or None
        return int(number) if number.is_integer() else number
    if kind == "date":
        try:
            return dt.datetime.fromisoformat(elem.get(_O_DATE, ""))
        except ValueError:
            return _text(elem) or None
    if kind == "time":
        return _time(elem.get(_O_TIME, "")) or _text(elem) or None
    if kind == "boolean":
        return elem.get(_O_BOOLEAN, "").lower() == "true"
    if kind == "string" and elem.get(_O_STRING) is not None:
        return elem.get(_O_STRING) or None
    return _text(elem) or None


def _time(text: str) -> dt.time | None:
    match = _DURATION.fullmatch(text)
    if not match or text.startswith("-"):
        return None
    hours, minutes, seconds = int(match.group(1) or 0), int(match.group(2) or 0), float(match.group(3) or 0)
    if hours >= 24 or minutes >= 60 or seconds >= 60:
        return None  # a duration, not a time of day: its text is taken as shown
    whole = int(seconds)
    return dt.time(hours, minutes, whole, round((seconds - whole) * 1_000_000) % 1_000_000)


def _text(elem: Element) -> str:
    """The cell's paragraphs, one a line (its comment, office:annotation, left out)."""
    return "\n".join(_paragraph(p) for p in elem if p.tag in (_X_P, _X_H))


def _paragraph(elem: Element) -> str:
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == _X_S:
            parts.append(" " * _count(child.get(_X_C)))
        elif child.tag == _X_TAB:
            parts.append("\t")
        elif child.tag == _X_LINE_BREAK:
            parts.append("\n")
        elif child.tag != _O_ANNOTATION:
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _width(cells: list[_Cell]) -> int:
    """The number of the last column holding a value."""
    column = last = 0
    for value, repeat, _span, _rows in cells:
        column += repeat
        if value is not None:
            last = column
    return last


def _layout(cells: list[_Cell]) -> list[Any]:
    """A row's values by column, up to column IV, without its trailing empty cells."""
    row: list[Any] = []
    gap = 0  # empty cells not laid out yet: only a value after them does
    for value, repeat, _span, _rows in cells:
        if value is None:
            gap += repeat
            continue
        if len(row) + gap >= MAX_COLUMNS:
            break
        row.extend([None] * gap)
        gap = 0
        row.extend([value] * min(repeat, MAX_COLUMNS - len(row)))
    return row


def _note_spans(name: str, shape: _Shape, number: int, repeat: int, cells: list[_Cell]) -> None:
    column = 1
    for _value, columns, span, rows in cells:
        if (span > 1 or rows > 1) and column <= MAX_COLUMNS:
            for first in range(number, min(number + repeat, MAX_ROWS + 1)):
                for left in range(column, min(column + columns, MAX_COLUMNS + 1)):
                    shape.merged.append((left, first, left + span - 1, first + rows - 1))
                    if len(shape.merged) > MAX_MERGED:
                        raise RefusedFile("too_many_merged", Message(
                            "\"{name}\": the sheet '{sheet}' has more than {limit:,} merged cells. Unmerge them "
                            "(select all, then Format ▸ Merge and Unmerge Cells ▸ Unmerge Cells), save, and import "
                            "the file again.", name=name, sheet=shape.name, limit=MAX_MERGED))
        column += columns


def _too_many_rows(name: str, sheet: int) -> RefusedFile:
    return RefusedFile("too_many_rows", Message(
        "\"{name}\": its sheet number {sheet} has values beyond row {limit:,}, more than any spreadsheet program "
        "keeps; the file was probably made to overload the computer. Ask the sender where it comes from and for a "
        "fresh copy.", name=name, sheet=str(sheet), limit=MAX_ROWS))


_DC_DATE = re.compile(rb"<dc:date>([^<]{1,40})</dc:date>")


def _modified(path: Path) -> dt.datetime | None:
    """The document's "modified" time (meta.xml's dc:date); None if it cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("meta.xml") as handle:
            head = handle.read(1 << 16)
        found = _DC_DATE.search(head)
        modified = dt.datetime.fromisoformat(found.group(1).decode()) if found else None
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    if modified is not None and modified.tzinfo is not None:  # naive UTC, as openpyxl gives an .xlsx's
        modified = modified.astimezone(dt.UTC).replace(tzinfo=None)
    return modified
