"""The two ways the import reads a workbook's sheets: python-calamine, or openpyxl.

calamine reads about 6× faster but lays a sheet out as one dense grid and gives a formula's
cached value and an error cell as plain values; the file check's scan (sheet_xml) says when it
may be used. openpyxl (read-only, through defusedxml) streams, and reports formulas and errors;
it reads everything else. Both give the reader the same thing: sheets of rows of plain values
(None, str with the spreadsheet escapes undone as calamine undoes them, int, float, bool, datetime), as openpyxl gives
them, or `Special` for a formula or error cell.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import zipfile
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml import ElementTree
from openpyxl.cell.read_only import EMPTY_CELL, EmptyCell
from openpyxl.cell.text import Text
from openpyxl.packaging.core import DocumentProperties
from openpyxl.utils import range_boundaries
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse as openpyxl_iterparse
from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from mouliaison.domain.messages import Message
from mouliaison.sync.cell_escapes import unescaped
from mouliaison.sync.file_checks import RefusedFile
from mouliaison.sync.sheet_xml import SheetFacts, SheetScanner, hidden_tags

MAX_COLUMNS = 256
_SI_TAG = f"{{{SHEET_MAIN_NS}}}si"


def unreadable(path: Path, exc: Exception) -> RefusedFile:
    return RefusedFile("unreadable", Message("{name} could not be read as a workbook ({error}). Open it in Excel or "
                                             "LibreOffice, save it as .xlsx, and import it again.",
                                             name=path.name, error=str(exc)))


class SheetBook:
    """A workbook as the reader sees it: sheets of rows of plain values.

    A value is None (empty), str (escapes undone), int, float, bool, datetime or time; or a
    `Special` for a formula or error cell, which only openpyxl reports.
    """

    sheet_names: list[str]
    modified: dt.datetime | None
    raw = False  # rows(raw=True) gives the library's own values (see plain_value)

    def visible(self, name: str) -> bool:
        raise NotImplementedError

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        raise NotImplementedError

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        """(min column, min row, max column, max row), 1-based, as openpyxl's range_boundaries."""
        raise NotImplementedError

    def last_row(self, name: str) -> int:
        """The last row that holds a value (0: unknown)."""
        raise NotImplementedError

    def hidden_columns(self, name: str) -> set[int]:
        """0-based indexes of the columns the sheet hides (none known: empty)."""
        return set()

    def hidden_rows(self, name: str) -> set[int]:
        """1-based numbers of the rows the sheet hides (none known: empty)."""
        return set()

    def notes(self) -> list[str]:
        """What a person should know of how the file was read (a CSV's encoding, its separator)."""
        return []

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> SheetBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class Special:
    kind: str  # "f" formula, "e" error
    text: str
    cached: Any = None  # a formula's value as the spreadsheet program last computed it (None: unknown)


class CalamineBook(SheetBook):
    """python-calamine: the whole sheet at once, values only (the file check ruled out the rest).

    `cleared`: the sheets the file check found plain and small (None: every sheet). Asked for
    another (a hidden sheet of ours that is not in our exporter's form, so not streamed), it
    raises ReadWithOpenpyxl and the file is read again with openpyxl.

    `ahead`: a sheet calamine starts parsing at once, on a thread of its own (calamine releases
    the GIL while it parses), while the reader decodes the hidden sheets; the sheet's rows wait
    for it. Only a file that passed the file check is opened, so a refused file never reaches
    calamine; closing the book waits for the thread.

    `facts`: the file check's findings per sheet name (sheet_xml.SheetFacts), whose hidden columns
    and rows a plain sheet's mapping leaves out; without them, a sheet's XML is scanned for them.
    """

    def __init__(self, path: Path, cleared: Collection[str] | None = None, ahead: str | None = None,
                 facts: Mapping[str, SheetFacts] | None = None) -> None:
        self._cleared = cleared
        self._book = CalamineWorkbook.from_path(str(path))
        self._states = {m.name: m.visible for m in self._book.sheets_metadata}
        self.sheet_names = list(self._book.sheet_names)
        self.modified = _modified(path)
        self._merged: dict[str, list[tuple[int, int, int, int]]] = {}
        self._last_row: dict[str, int] = {}
        self._path = path
        # what the file check's scan found hidden in each sheet (by sheet name): not unpacked again for it
        self._scans: dict[str, SheetScan] = {name: hidden_scan(found) for name, found in (facts or {}).items()}
        self._ahead: _ParsedAhead | None = None
        if ahead is not None and self._may_read(ahead):
            self._ahead = _ParsedAhead(path, ahead)

    def _may_read(self, name: str) -> bool:
        return self._cleared is None or name in self._cleared

    def _sheet(self, name: str) -> Any:
        if not self._may_read(name):
            raise ReadWithOpenpyxl
        try:
            if self._ahead is not None and self._ahead.name == name:
                ahead, self._ahead = self._ahead, None
                return ahead.result()
            return self._book.get_sheet_by_name(name)
        except CalamineError as exc:
            raise RefusedFile("unreadable", Message("the sheet '{sheet}' could not be read ({error}). Open the file "
                                                    "in Excel or LibreOffice, save it as .xlsx, and import it again.",
                                                    sheet=name, error=str(exc))) from None

    def visible(self, name: str) -> bool:
        return self._states.get(name) == SheetVisibleEnum.Visible

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        sheet = self._sheet(name)
        self._merged[name] = [(c1 + 1, r1 + 1, c2 + 1, r2 + 1)
                              for (r1, c1), (r2, c2) in sheet.merged_cell_ranges or []]
        if sheet.start is None:  # no cell at all
            self._last_row[name] = 0
            return
        self._last_row[name] = sheet.end[0] + 1
        # Rows one at a time, as Python objects only while the reader looks at them (the whole
        # sheet as Python lists beside calamine's own copy was the peak of a 100k import).
        # iter_rows starts at row 1 but at the first used column: the columns before are put back.
        before = [""] * sheet.start[1]
        for row in sheet.iter_rows():
            if before:
                row = before + row
            if raw:
                yield row
            else:
                # plain_value, with its two usual cases (text, a number) written out: called per cell
                yield [(v or None) if (c := v.__class__) is str else (int(v) if v.is_integer() else v) if c is float
                       else plain_value(v) for v in row]

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return self._merged.get(name, [])

    def last_row(self, name: str) -> int:
        return self._last_row.get(name, 0)

    def hidden_columns(self, name: str) -> set[int]:
        return self._hidden(name).hidden_columns

    def hidden_rows(self, name: str) -> set[int]:
        return self._hidden(name).hidden_rows

    def _hidden(self, name: str) -> SheetScan:
        """calamine does not say what a sheet hides: the file check's scan found it, or the sheet's
        XML is scanned, once, when asked (plain sheets)."""
        if name not in self._scans:
            self._scans[name] = scan_sheet(self._path, name)
        return self._scans[name]

    def close(self) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead.wait()  # no thread left parsing after a refusal, a cancel or an error
        self._book.close()


class _ParsedAhead:
    """A sheet parsed by calamine on a thread of its own, from a workbook of its own (calamine
    lets one thread at a time use a workbook: the reader's own goes on reading `_meta`); `result`
    waits for it."""

    def __init__(self, path: Path, name: str) -> None:
        self.name = name
        self._sheet: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._parse, args=(path,), name=f"calamine: {name}", daemon=True)
        self._thread.start()

    def _parse(self, path: Path) -> None:
        try:
            book = CalamineWorkbook.from_path(str(path))
            try:
                self._sheet = book.get_sheet_by_name(self.name)
            finally:
                book.close()
        except BaseException as exc:  # given to the reader's thread, as if raised there
            self._error = exc

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> Any:
        """The parsed sheet, or the parse's error raised here, as parsing it here would raise it."""
        self.wait()
        sheet, error, self._sheet, self._error = self._sheet, self._error, None, None
        if error is not None:
            raise error
        return sheet


def plain_value(value: Any) -> Any:
    """A calamine value as openpyxl gives it: empty is None, whole numbers int, dates datetimes."""
    cls = value.__class__
    if cls is str:
        return value or None
    if cls is float:
        return int(value) if value.is_integer() else value
    if cls is dt.date:
        return dt.datetime.combine(value, dt.time())
    if cls is dt.time or cls is dt.timedelta:
        # a serial below 1: a time, or a date of the 1904 epoch's first day; openpyxl knows which
        raise ReadWithOpenpyxl
    return value


class ReadWithOpenpyxl(Exception):
    """calamine gave a value it reads differently from openpyxl: the file is read again with openpyxl."""


class OpenpyxlBook(SheetBook):
    """openpyxl read-only (streaming, defusedxml): any sheet the file check did not clear for calamine."""

    def __init__(self, path: Path, scans: dict[str, SheetScan]) -> None:
        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds for damaged files
            raise unreadable(path, exc) from None
        try:
            _use_raw_shared_strings(self._book, path)
        except BaseException:
            self._book.close()
            raise
        self._scans = scans
        self._path = path
        self._computed: Any = None  # the same file read for the values formulas last computed, when needed
        self.sheet_names = list(self._book.sheetnames)
        modified = self._book.properties.modified
        self.modified = modified if isinstance(modified, dt.datetime) else None

    def visible(self, name: str) -> bool:
        return bool(self._book[name].sheet_state == "visible")

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        computed: Iterator[tuple[Any, ...]] | None = None
        sheet = self._book[name]
        sheet.reset_dimensions()  # the declared dimension may lie: a row below it was silently left out
        gap: tuple[Any, ...] | None = None  # the one tuple openpyxl gives for every row missing from the XML
        for index, row in enumerate(_parsed(sheet.iter_rows(max_col=MAX_COLUMNS), self._path)):
            if row is gap:
                yield []  # a row far down leaves a million missing rows before it: each cheap
                continue
            if gap is None and row and all(c is EMPTY_CELL for c in row):
                gap = row
                yield []
                continue
            values = [_openpyxl_value(c) for c in row]
            if computed is None and any(v.__class__ is Special and v.kind == "f" for v in values):
                computed = self._computed_rows(name, index)
            if computed is not None:
                cached = next(computed, ())
                for i, value in enumerate(values):
                    if value.__class__ is Special and value.kind == "f" and i < len(cached):
                        values[i] = Special("f", value.text, _cached_value(cached[i]))
            yield values

    def _computed_rows(self, name: str, skip: int) -> Iterator[tuple[Any, ...]]:
        """The sheet's rows as last computed, from row `skip` on, to read in step with the formulas.

        Read-only openpyxl gives a formula or its saved value, never both: the file is opened a
        second time with data_only, only for a sheet that holds formulas, from the first one on.
        """
        if self._computed is None:
            try:
                self._computed = openpyxl.load_workbook(self._path, read_only=True, data_only=True, keep_links=False)
                _use_raw_shared_strings(self._computed, self._path)
            except Exception as exc:  # read once already: a second failure is as unreadable
                raise unreadable(self._path, exc) from None
        sheet = self._computed[name]
        sheet.reset_dimensions()  # in step with rows(), which does not trust the dimension either
        rows = _parsed(sheet.iter_rows(max_col=MAX_COLUMNS), self._path)
        for _ in range(skip):
            next(rows, None)
        return rows

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return self._scans.get(name, SheetScan()).merged

    def last_row(self, name: str) -> int:
        return self._scans.get(name, SheetScan()).last_row

    def hidden_columns(self, name: str) -> set[int]:
        return self._scans.get(name, SheetScan()).hidden_columns

    def hidden_rows(self, name: str) -> set[int]:
        return self._scans.get(name, SheetScan()).hidden_rows

    def close(self) -> None:
        self._book.close()
        if self._computed is not None:
            self._computed.close()


def _parsed(rows: Iterator[tuple[Any, ...]], path: Path) -> Iterator[tuple[Any, ...]]:
    """openpyxl parses a sheet while it is read: XML damaged inside a sound zip (a cell
    reference such as "03", one byte changed) surfaces here, as a refusal, not a traceback."""
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # openpyxl raises many kinds for damaged XML
            raise unreadable(path, exc) from None
        yield row


def _cached_value(cell: Any) -> Any:
    """A formula's saved value as a plain value; an error result as a `Special` error."""
    if cell is None or isinstance(cell, EmptyCell) or cell.value is None:
        return None
    if cell.data_type == "e":
        return Special("e", str(cell.value))
    return unescaped(cell.value) if isinstance(cell.value, str) else cell.value


def _openpyxl_value(cell: Any) -> Any:
    if cell is None or isinstance(cell, EmptyCell) or cell.value is None:
        return None
    if cell.data_type == "f":
        return Special("f", str(cell.value))
    if cell.data_type == "e":
        return Special("e", str(cell.value))
    return unescaped(cell.value) if isinstance(cell.value, str) else cell.value


def _modified(path: Path) -> dt.datetime | None:
    """The document's "modified" time (docProps/core.xml), read as openpyxl reads it."""
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("docProps/core.xml")
        modified = DocumentProperties.from_tree(ElementTree.fromstring(xml)).modified
    except Exception:  # a missing or odd core.xml only loses the time
        return None
    return modified if isinstance(modified, dt.datetime) else None


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def sheet_states(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> state (visible, hidden, veryHidden), from xl/workbook.xml."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    return {s.get("name", ""): s.get("state", "visible") for s in workbook.iterfind("m:sheets/m:sheet", _NS)}


def sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> its part in the zip (xl/worksheets/sheetN.xml)."""
    found: dict[str, str] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return found
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    for sheet in workbook.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
        found[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return found


_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def _use_raw_shared_strings(book: Any, path: Path) -> None:
    """Give the read-only sheets the shared strings as the file holds them, escapes included.

    openpyxl leaves the `_xHHHH_` escapes in inline strings, but its own shared-string reading
    drops every "x005F_" (a literal "_x0041_", written "_x005F_x0041_", would read "A"): the
    texts are taken as the file holds them and unescaped the one way (cell_escapes.unescaped)."""
    sheets = [ws for ws in book.worksheets if hasattr(ws, "_shared_strings")]
    if not sheets:
        return
    with zipfile.ZipFile(path) as archive:
        try:
            types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
        except KeyError:
            return
        parts = [o.get("PartName", "") for o in types if o.get("ContentType") == _SHARED_STRINGS_TYPE]
        if not parts:
            return
        try:
            handle = archive.open(parts[0].lstrip("/"))
        except KeyError:
            return
        raw: list[str] = []
        with handle:
            for _event, node in openpyxl_iterparse(handle):
                if node.tag == _SI_TAG:
                    raw.append(Text.from_tree(node).content)
                    node.clear()
    for ws in sheets:
        if len(ws._shared_strings) == len(raw):
            ws._shared_strings = raw


@dataclass
class SheetScan:
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    last_row: int = 0  # the last row with a value in the sheet's XML (0: unknown)
    hidden_columns: set[int] = field(default_factory=set)  # 0-based
    hidden_rows: set[int] = field(default_factory=set)  # 1-based


def scan_sheets(path: Path) -> dict[str, SheetScan]:
    """Per sheet name, from the raw XML: merged ranges (read-only mode does not give them) and
    the last row that holds a value (the declared dimension may lie)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    found: dict[str, SheetScan] = {}
    with zipfile.ZipFile(path) as archive:
        try:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        except KeyError:
            return found
        targets = {r.get("Id"): r.get("Target", "") for r in rels}
        for sheet in workbook.iterfind("m:sheets/m:sheet", ns):
            target = targets.get(sheet.get(f"{{{ns['r']}}}id"), "")
            member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            try:
                with archive.open(member) as handle:
                    found[sheet.get("name", "")] = _scan_xml(handle)
            except KeyError:
                continue
    return found


def scan_sheet(path: Path, name: str) -> SheetScan:
    """One sheet's hidden columns and rows, as the file check's scanner finds them (for a book
    opened without the check's facts; calamine gives the rest)."""
    member = sheet_parts(path).get(name)
    if member is None:
        return SheetScan()
    scanner = SheetScanner()
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                scanner.feed(block)
    except (KeyError, zipfile.BadZipFile):
        return SheetScan()
    return hidden_scan(scanner.finish())


def hidden_scan(facts: SheetFacts) -> SheetScan:
    """What the file check's scan of a sheet found hidden, as the reader looks it up (0-based
    columns, up to MAX_COLUMNS)."""
    scan = SheetScan(hidden_rows=set(facts.hidden_rows))
    _hide_columns(scan, facts.hidden_columns)
    return scan


def _hide_columns(scan: SheetScan, spans: list[tuple[int, int]]) -> None:
    for first, last in spans:
        scan.hidden_columns.update(range(first - 1, min(last, MAX_COLUMNS)))


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"')


_VALUE_CELL = re.compile(rb'<(?:\w+:)?c r="[A-Z]{1,3}(\d{1,7})"[^>]*>\s*<(?:\w+:)?(?:v|is|f)[\s>/]')


def _scan_xml(handle: Any) -> SheetScan:
    """Merged ranges, the last row with a value, hidden columns and rows, scanned block by block
    (the sheet may be large)."""
    scan = SheetScan()
    refs: list[bytes] = []
    spans: list[tuple[int, int]] = []
    carry = b""
    for block in iter(lambda: handle.read(1 << 20), b""):
        data = carry + block
        matches = list(_MERGE_REF.finditer(data))
        refs += [m.group(1) for m in matches if m.end() > len(carry)]
        for cell in _VALUE_CELL.finditer(data):
            scan.last_row = max(scan.last_row, int(cell.group(1)))
        if b'hidden="' in data:  # a tag cut by the block's end is seen whole in the next (the carry)
            hidden_tags(data, len(data), scan.hidden_rows, spans)
        carry = data[-2000:]
    scan.merged = [range_boundaries(r.decode()) for r in refs]
    _hide_columns(scan, spans)
    return scan


