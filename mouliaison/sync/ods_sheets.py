"""An OpenDocument spreadsheet (.ods, LibreOffice) as the reader sees a workbook: a `SheetBook`.

python-calamine reads .ods but gives a formula's cached value as if typed and says nothing of
hidden rows, hidden columns or spans, so content.xml is read here, streaming through defusedxml
(the file check has already looked at every part: zip bombs, DTDs, encryption). It is read
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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from openpyxl.utils import get_column_letter

from mouliaison.sync.refusals import RefusedFile, corrupt
from mouliaison.sync.sheet_readers import MAX_COLUMNS, SheetBook, Special

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
        self._shapes: dict[str, _Shape] = {}
        self._notes: list[str] = []
        self._survey()
        self.sheet_names = list(self._shapes)

    def _survey(self) -> None:
        current: _Shape | None = None
        column = 0
        for event, item in _events(self._path):
            if event == "table":
                name, visible = item
                if name in self._shapes:
                    raise corrupt(self._path.name, f"two sheets are named '{name}'")
                current = self._shapes[name] = _Shape(name, visible)
                column = 0
            elif event == "column" and current is not None:
                repeat, hidden = item
                if hidden:
                    current.hidden_columns.update(range(column, min(column + repeat, MAX_COLUMNS)))
                column += repeat
            elif event == "row" and current is not None:
                number, repeat, hidden, cells = item
                if hidden:
                    current.hidden_runs.append((number, number + repeat - 1))
                if any(value is not None for value, *_ in cells):
                    last = number + repeat - 1
                    if last > MAX_ROWS:
                        raise _too_many_rows(self._path.name, current.name)
                    current.last_row = last
                    if _width(cells) > MAX_COLUMNS:
                        current.columns_cut = True
                _note_spans(self._path.name, current, number, repeat, cells)
        for shape in self._shapes.values():
            if shape.columns_cut and shape.visible:
                self._notes.append(f"sheet '{shape.name}': values beyond column {get_column_letter(MAX_COLUMNS)} "
                                   f"were not read (at most {MAX_COLUMNS} columns are)")

    def notes(self) -> list[str]:
        return list(self._notes)

    def visible(self, name: str) -> bool:
        return self._shapes[name].visible

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        last_row = self._shapes[name].last_row
        inside = False
        for event, item in _events(self._path):
            if event == "table":
                if inside:
                    return
                inside = item[0] == name
            elif event == "row" and inside:
                number, repeat, _hidden, cells = item
                row = _layout(cells)
                for _ in range(min(repeat, last_row - number + 1)):
                    yield list(row)
                if number + repeat > last_row:
                    return

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return list(self._shapes[name].merged)

    def last_row(self, name: str) -> int:
        return self._shapes[name].last_row

    def hidden_columns(self, name: str) -> set[int]:
        return set(self._shapes[name].hidden_columns)

    def hidden_rows(self, name: str) -> set[int]:
        shape = self._shapes[name]
        found: set[int] = set()
        for first, last in shape.hidden_runs:
            found.update(range(first, min(last, shape.last_row) + 1))
        return found

    def close(self) -> None:
        """Nothing stays open: each pass opens the file and closes it when it ends."""


# A cell as the row gives it: (value, columns repeated, columns spanned, rows spanned)
_Cell = tuple[Any, int, int, int]


def _events(path: Path) -> Iterator[tuple[str, Any]]:
    """("table", (name, visible)), ("column", (repeat, hidden)), ("row", (first number, repeat,
    hidden, cells)) in document order, streaming; RefusedFile if content.xml cannot be read."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as handle:
            yield from _parse(handle)
    except RefusedFile:
        raise
    except KeyError:
        raise corrupt(name, "it has no content.xml, the part that holds the sheets") from None
    except DefusedXmlException:
        raise RefusedFile("xml_entities", f'"{name}" contains XML entity declarations, which spreadsheets never '
                          "need; it may be malicious. Ask the sender where it comes from.") from None
    except ParseError as exc:
        raise corrupt(name, f"its sheets' XML (content.xml) cannot be read: {exc}") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise corrupt(name, f"content.xml cannot be unpacked: {exc}") from None


def _parse(handle: Any) -> Iterator[tuple[str, Any]]:
    hidden_styles: set[str] = set()
    stack: list[Element] = []
    row_number = 1
    for event, elem in iterparse(handle, events=("start", "end"), forbid_dtd=True):
        if event == "start":
            stack.append(elem)
            if elem.tag == _T_TABLE:
                row_number = 1
                yield "table", (elem.get(_T_NAME, ""), elem.get(_T_STYLE_NAME, "") not in hidden_styles)
            continue
        stack.pop()
        tag = elem.tag
        if tag == _T_ROW:
            repeat = _count(elem.get(_T_ROWS_REPEATED))
            cells = [_cell(c) for c in elem if c.tag in (_T_CELL, _T_COVERED)]
            yield "row", (row_number, repeat, elem.get(_T_VISIBILITY) in _HIDDEN, cells)
            row_number += repeat
        elif tag == _T_COLUMN:
            yield "column", (_count(elem.get(_T_COLUMNS_REPEATED)), elem.get(_T_VISIBILITY) in _HIDDEN)
        elif tag == _S_STYLE and elem.get(_S_FAMILY) == "table":
            properties = elem.find(_S_TABLE_PROPERTIES)
            if properties is not None and properties.get(_T_DISPLAY) == "false":
                hidden_styles.add(elem.get(_S_NAME, ""))
        else:
            continue
        elem.clear()  # a row, once read, is let go of: the file may hold a million
        if stack:
            stack[-1].remove(elem)


def _count(text: str | None) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1


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
    for value, repeat, _span, _rows in cells:
        room = MAX_COLUMNS - len(row)
        if room <= 0:
            break
        row.extend([value] * min(repeat, room))
    while row and row[-1] is None:
        row.pop()
    return row


def _note_spans(name: str, shape: _Shape, number: int, repeat: int, cells: list[_Cell]) -> None:
    column = 1
    for _value, columns, span, rows in cells:
        if (span > 1 or rows > 1) and column <= MAX_COLUMNS:
            for first in range(number, min(number + repeat, MAX_ROWS + 1)):
                for left in range(column, min(column + columns, MAX_COLUMNS + 1)):
                    shape.merged.append((left, first, left + span - 1, first + rows - 1))
                    if len(shape.merged) > MAX_MERGED:
                        raise RefusedFile("too_many_merged", f"\"{name}\": the sheet '{shape.name}' has more than "
                                          f"{MAX_MERGED:,} merged cells. Unmerge them (select all, then Format ▸ "
                                          "Merge and Unmerge Cells ▸ Unmerge Cells), save, and import the file again.")
        column += columns


def _too_many_rows(name: str, sheet: str) -> RefusedFile:
    return RefusedFile("too_many_rows", f"\"{name}\": the sheet '{sheet}' has values beyond row {MAX_ROWS:,}, "
                       "more than any spreadsheet program keeps; the file was probably made to overload the "
                       "computer. Ask the sender where it comes from and for a fresh copy.")


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
