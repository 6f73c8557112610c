"""Reading a workbook that came in: ours (hidden sheets) or foreign (a plain sheet).

The file has passed `file_checks` before this point. Here openpyxl reads it streaming
(read-only mode, with defusedxml), the declared dimension is not trusted (reading stops
after a run of empty rows, columns are capped), formulas and error cells in data
columns are refused per cell, merged cells quarantine the rows they touch, and hidden
sheets that are not ours are reported, never read silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml import ElementTree
from openpyxl.cell.read_only import EmptyCell
from openpyxl.cell.text import Text
from openpyxl.packaging.core import DocumentProperties
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse as openpyxl_iterparse
from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from mouliaison.domain.ids import derived, is_uuid
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.versions import Version
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.file_checks import CheckedFile, RefusedFile, check_workbook_file
from mouliaison.sync.progress import EVERY, Progress, no_progress

EMPTY_ROWS_TO_STOP = 100
_SI_TAG = f"{{{SHEET_MAIN_NS}}}si"
MAX_COLUMNS = 256
ORIGINS = {"local", "file", "hand_edit", "embedded"}


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.column}{self.row}: {self.reason}"


@dataclass
class DataRow:
    """One row of a visible sheet: raw cell values by field key, and where they are."""

    sheet: str
    row: int
    entity: str
    cells: dict[str, Any]
    columns: dict[str, str]  # field key -> column letter
    problems: list[CellProblem] = field(default_factory=list)  # formulas, error cells
    merged: bool = False


@dataclass(frozen=True)
class BaseRow:
    token: str
    heads: dict[str, tuple[str, ...]]
    values: dict[str, Any]


@dataclass
class IncomingWorkbook:
    path: Path
    sha256: str
    meta: dict[str, str] | None  # None: a foreign workbook
    versions: list[Version] = field(default_factory=list)
    base: dict[tuple[str, str], BaseRow] = field(default_factory=dict)
    rows: list[DataRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    modified: dt.datetime | None = None  # the document's own "modified" time

    @property
    def ours(self) -> bool:
        return self.meta is not None

    @property
    def file_id(self) -> str:
        if self.meta is not None:
            return self.meta["file_id"]
        return derived("foreign-workbook", self.sha256)


def read_workbook(path: Path, progress: Progress = no_progress) -> IncomingWorkbook:
    """Everything the import needs from the file; RefusedFile says why a file cannot be used."""
    checked = check_workbook_file(path)
    sha256 = file_sha256(path)
    parts = _sheet_parts(path)
    try:
        with _open_book(path, checked, parts) as book:
            return _read_book(book, path, sha256, progress)
    except _OpenpyxlWould:
        with _OpenpyxlBook(path, _scan_sheets(path)) as book:
            return _read_book(book, path, sha256, progress)


def _read_book(book: _Book, path: Path, sha256: str, progress: Progress) -> IncomingWorkbook:
    names = book.sheet_names
    incoming = IncomingWorkbook(path, sha256, None)
    incoming.modified = book.modified
    if fmt.META_SHEET in names:
        _read_hidden(book, incoming)
    for name in names:
        if _is_hidden_sheet_of_ours(name):
            if not incoming.ours:
                incoming.notes.append(f"sheet '{name}' looks like ours but the file has no metadata; not read")
            continue
        if not book.visible(name):
            incoming.notes.append(f"sheet '{name}' is hidden and was not read; unhide it to import its rows")
            continue
        _read_visible(book, name, incoming, progress)
    return incoming


def _open_book(path: Path, checked: CheckedFile, parts: dict[str, str]) -> _Book:
    """calamine when every sheet it would read is plain and small (sheet_xml), openpyxl otherwise."""
    try:
        with zipfile.ZipFile(path) as archive:
            states = _sheet_states(archive)
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        states = {}
    wanted = [name for name, state in states.items()
              if state == "visible" or (_is_hidden_sheet_of_ours(name) and fmt.META_SHEET in states)]
    facts = [checked.sheets.get(parts.get(name, "").lower()) for name in wanted]
    if states and all(f is not None and f.calamine_safe for f in facts):
        try:
            return _CalamineBook(path)
        except (CalamineError, OSError, ValueError) as exc:
            raise _unreadable(path, exc) from None
    return _OpenpyxlBook(path, _scan_sheets(path))


def _unreadable(path: Path, exc: Exception) -> RefusedFile:
    return RefusedFile("unreadable", f"{path.name} could not be read as a workbook ({exc}). "
                       "Open it in Excel or LibreOffice, save it as .xlsx, and import it again.")


class _Book:
    """A workbook as the reader sees it: sheets of rows of plain values.

    A value is None (empty), str (escapes undone), int, float, bool, datetime or time; or a
    `_Special` for a formula or error cell, which only openpyxl reports.
    """

    sheet_names: list[str]
    modified: dt.datetime | None
    raw = False  # rows(raw=True) gives the library's own values (see _plain)

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

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> _Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class _Special:
    kind: str  # "f" formula, "e" error
    text: str


class _CalamineBook(_Book):
    """python-calamine: the whole sheet at once, values only (the file check ruled out the rest)."""

    def __init__(self, path: Path) -> None:
        self._book = CalamineWorkbook.from_path(str(path))
        self._states = {m.name: m.visible for m in self._book.sheets_metadata}
        self.sheet_names = list(self._book.sheet_names)
        self.modified = _modified(path)
        self._merged: dict[str, list[tuple[int, int, int, int]]] = {}
        self._last_row: dict[str, int] = {}

    def _sheet(self, name: str) -> Any:
        try:
            return self._book.get_sheet_by_name(name)
        except CalamineError as exc:
            raise RefusedFile("unreadable", f"the sheet '{name}' could not be read ({exc}). Open the file in "
                              "Excel or LibreOffice, save it as .xlsx, and import it again.") from None

    def visible(self, name: str) -> bool:
        return self._states.get(name) == SheetVisibleEnum.Visible

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        # the sheet (all of its text, in Rust) is let go as soon as Python holds its rows
        sheet = self._sheet(name)
        self._merged[name] = [(c1 + 1, r1 + 1, c2 + 1, r2 + 1)
                              for (r1, c1), (r2, c2) in sheet.merged_cell_ranges or []]
        grid = sheet.to_python(skip_empty_area=False)
        self._last_row[name] = len(grid)
        del sheet
        if raw:
            yield from grid
            return
        for row in grid:
            yield [None if v == "" else v if v.__class__ is str else _plain(v) for v in row]

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return self._merged.get(name, [])

    def last_row(self, name: str) -> int:
        return self._last_row.get(name, 0)

    def close(self) -> None:
        self._book.close()


def _plain(value: Any) -> Any:
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
        raise _OpenpyxlWould
    return value


class _OpenpyxlWould(Exception):
    """calamine gave a value it reads differently from openpyxl: the file is read again with openpyxl."""


class _OpenpyxlBook(_Book):
    """openpyxl read-only (streaming, defusedxml): any sheet the file check did not clear for calamine."""

    def __init__(self, path: Path, scans: dict[str, _SheetScan]) -> None:
        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds for damaged files
            raise _unreadable(path, exc) from None
        try:
            _use_raw_shared_strings(self._book, path)
        except BaseException:
            self._book.close()
            raise
        self._scans = scans
        self.sheet_names = list(self._book.sheetnames)
        modified = self._book.properties.modified
        self.modified = modified if isinstance(modified, dt.datetime) else None

    def visible(self, name: str) -> bool:
        return bool(self._book[name].sheet_state == "visible")

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        for row in self._book[name].iter_rows(max_col=MAX_COLUMNS):
            yield [_openpyxl_value(c) for c in row]

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return self._scans.get(name, _SheetScan()).merged

    def last_row(self, name: str) -> int:
        return self._scans.get(name, _SheetScan()).last_row

    def close(self) -> None:
        self._book.close()


def _openpyxl_value(cell: Any) -> Any:
    if cell is None or isinstance(cell, EmptyCell) or cell.value is None:
        return None
    if cell.data_type == "f":
        return _Special("f", str(cell.value))
    if cell.data_type == "e":
        return _Special("e", str(cell.value))
    return _unescape(cell.value) if isinstance(cell.value, str) else cell.value


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


def _sheet_states(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> state (visible, hidden, veryHidden), from xl/workbook.xml."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    return {s.get("name", ""): s.get("state", "visible") for s in workbook.iterfind("m:sheets/m:sheet", _NS)}


def _sheet_parts(path: Path) -> dict[str, str]:
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


def _is_hidden_sheet_of_ours(name: str) -> bool:
    return any(name == h or name.startswith(h + "_") for h in fmt.HIDDEN_SHEETS)


def file_sha256(path: Path) -> str:
    """SHA-256 of the file's bytes: the same file imported again is known by it."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _text_rows(book: _Book, name: str) -> Iterator[list[str]]:
    for row in book.rows(name, raw=True):
        cells = ["" if v is None else v if v.__class__ is str else str(_plain(v) if book.raw else v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            yield cells


def _sheets_named(book: _Book, base: str) -> list[str]:
    more = [n for n in book.sheet_names if n.startswith(base + "_") and n[len(base) + 1 :].isdigit()]
    names = [base, *sorted(more, key=lambda n: int(n[len(base) + 1 :]))]
    return [n for n in names if n in book.sheet_names]


def _read_hidden(book: _Book, incoming: IncomingWorkbook) -> None:
    name = incoming.path.name
    meta_digest, versions_digest, base_digest = hashlib.sha256(), hashlib.sha256(), hashlib.sha256()
    meta: dict[str, str] = {}
    claimed_hash = ""
    for cells in _text_rows(book, fmt.META_SHEET):
        if cells[0] == "content_sha256":
            claimed_hash = cells[1] if len(cells) > 1 else ""
            continue
        fmt.hash_row(meta_digest, cells)
        meta[cells[0]] = "".join(cells[1:])
    if meta.get("format") != "mouliaison-workbook" or "file_id" not in meta:
        raise RefusedFile("not-ours", f"{name} has a '_meta' sheet that mouliaison did not write; "
                          "remove that sheet to import the file as a plain workbook.")
    major = meta.get("format_version", "0.0").split(".")[0]
    if not major.isdigit() or int(major) > fmt.FORMAT_MAJOR:
        raise RefusedFile("newer-format", f"{name} was written in workbook format {meta.get('format_version')} "
                          f"by a newer mouliaison; this one reads format {fmt.FORMAT_MAJOR}.x. "
                          "Install the newer release to import it.")
    incoming.meta = meta
    for sheet in _sheets_named(book, fmt.VERSIONS_SHEET):
        for cells in _text_rows(book, sheet):
            fmt.hash_row(versions_digest, cells)
            incoming.versions.append(_version(cells, name))
    for sheet in _sheets_named(book, fmt.BASE_SHEET):
        for cells in _text_rows(book, sheet):
            fmt.hash_row(base_digest, cells)
            entity, record_id, base = _base(cells, name)
            incoming.base[(entity, record_id)] = base
    if fmt.combine_digests(versions_digest, base_digest, meta_digest) != claimed_hash:
        raise RefusedFile("tampered", f"the hidden sheets of {name} were changed after it was exported (their "
                          "content hash does not match), so its history cannot be trusted. Ask the sender to "
                          "export it again.")


def _version(cells: list[str], name: str) -> Version:
    try:
        vid, entity, record_id, stamp, site, origin, source, n_parents = cells[:8]
        k = int(n_parents)
        parents = json.loads("".join(cells[8 : 8 + k]))
        values = json.loads("".join(cells[8 + k :]))
        ok = (is_uuid(vid) and is_uuid(record_id) and is_uuid(site) and origin in ORIGINS
              and isinstance(values, dict) and isinstance(parents, dict) and re.fullmatch(r"\d{1,19}", stamp))
        if not ok:
            raise ValueError
        return Version(vid, entity, record_id, int(stamp), site, values,
                       {key: tuple(ids) for key, ids in parents.items()}, origin, source or None)
    except (ValueError, TypeError, json.JSONDecodeError):
        raise RefusedFile("damaged", f"{name} holds a damaged version row; ask the sender to export again.") from None


def _base(cells: list[str], name: str) -> tuple[str, str, BaseRow]:
    try:
        entity, record_id, token, n_heads = cells[:4]
        k = int(n_heads)
        heads = json.loads("".join(cells[4 : 4 + k]))
        values = json.loads("".join(cells[4 + k :]))
        return entity, record_id, BaseRow(token, {key: tuple(v) for key, v in heads.items()}, values)
    except (ValueError, TypeError, json.JSONDecodeError):
        raise RefusedFile("damaged", f"{name} holds a damaged base row; ask the sender to export again.") from None


def _read_visible(book: _Book, name: str, incoming: IncomingWorkbook, progress: Progress = no_progress) -> None:
    rows = book.rows(name)
    first = next(rows, None)
    if first is None:
        return
    header = [_header_text(v) for v in first[:MAX_COLUMNS]]
    layout_ours = fmt.ID_KEY in header
    if layout_ours:
        keys: list[str | None] = list(header)
        second = next(rows, None)  # the labels row: what a person sees of a column
        labels = [_header_text(v) for v in second[:MAX_COLUMNS]] if second is not None else []
        first_data = fmt.FIRST_DATA_ROW
    else:
        keys = [_match_label(h) for h in header]
        labels = header
        first_data = 2
    width = max(len(keys), len(labels))
    keys += [None] * (width - len(keys))
    # a column of a newer release, or one a person added, does not keep the sheet's type from being known
    entity = _entity_of(name, [k for k in keys if k and k not in fmt.LEADING_KEYS and _is_field_key(k)])
    if entity is None:
        fitting = _fitting([k for k in keys if k and k not in fmt.LEADING_KEYS and _is_field_key(k)])
        if len(fitting) > 1:
            kinds = ", ".join(RECORD_TYPES[f].plural.lower() for f in fitting)
            incoming.notes.append(f"sheet '{name}': its columns fit several record types ({kinds}); name the "
                                  f"sheet after one of them, e.g. '{RECORD_TYPES[fitting[0]].plural}'; not read")
        elif any(header) or any(labels):
            incoming.notes.append(f"sheet '{name}': its columns do not match one record type; not read")
        return
    rtype = RECORD_TYPES[entity]
    columns: dict[str, int] = {}
    for index, key in enumerate(keys):
        shown = (labels[index] if index < len(labels) else "") or (header[index] if index < len(header) else "")
        if not shown:
            continue
        if key is None or (key not in fmt.LEADING_KEYS and rtype.field(key) is None):
            incoming.notes.append(f"sheet '{name}': column {get_column_letter(index + 1)} "
                                  f"('{shown}') is not a field of {rtype.plural.lower()}; left out")
            continue
        if key in columns:
            incoming.notes.append(f"sheet '{name}': column '{shown}' appears twice; the second is left out")
            continue
        columns[key] = index
    letters = {k: get_column_letter(i + 1) for k, i in columns.items()}
    wanted = list(columns.items())
    merged = book.merged(name)
    last_row = book.last_row(name)
    empty_run = 0
    for number, row in enumerate(rows, start=first_data):
        if number % EVERY == 0:
            progress(f"reading {incoming.path.name}: {name}", number, last_row or None)
        values: dict[str, Any] = {}
        problems: list[CellProblem] = []
        width = len(row)
        for key, index in wanted:
            value = row[index] if index < width else None
            if value is None:
                continue
            if value.__class__ is _Special:
                text = value.text
                if value.kind == "f" and text.upper() in _BOOLEAN_FORMULAS:
                    values[key] = _BOOLEAN_FORMULAS[text.upper()]  # how LibreOffice saves yes/no cells
                elif value.kind == "f":
                    problems.append(CellProblem(name, number, letters[key], "a formula; type the value itself"))
                else:
                    problems.append(CellProblem(name, number, letters[key], f"an error cell ({text})"))
                continue
            values[key] = value
        if not values and not problems:
            empty_run += 1
            # the declared dimension is not trusted; rows the sheet's XML really fills are all read
            if empty_run >= EMPTY_ROWS_TO_STOP and number >= last_row:
                break
            continue
        empty_run = 0
        touched = bool(merged) and any(r1 <= number <= r2 for _c1, r1, _c2, r2 in merged)
        incoming.rows.append(DataRow(name, number, entity, values, letters, problems, touched))
    incoming.rows.sort(key=lambda r: (r.sheet, r.row))


def _header_text(value: Any) -> str:
    if value is None or value.__class__ is _Special:
        return ""
    return " ".join(str(value).split())


_BOOLEAN_FORMULAS = {"=TRUE()": True, "=FALSE()": False}
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def _unescape(text: str) -> str:
    """Undo the _xHHHH_ escapes of spreadsheet XML, in one pass, as Excel reads them.

    Excel, LibreOffice and xlsxwriter write a control character as _xHHHH_ and a literal
    "_xHHHH_" as "_x005F_xHHHH_". openpyxl leaves both in inline strings; its own shared-string
    reading (replaced by `_use_raw_shared_strings`) would drop every "x005F_" and lose the difference.
    """
    if "_x" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        code = int(match.group(1), 16)
        return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)

    return _ESCAPED.sub(one, text)


def _use_raw_shared_strings(book: Any, path: Path) -> None:
    """Give the read-only sheets the shared strings as the file holds them, escapes included."""
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


_LABELS: dict[str, str] = {}


def _match_label(text: str) -> str | None:
    """A foreign header: a field key, or a field's label (any record type), case-insensitive."""
    if not _LABELS:
        for rtype in RECORD_TYPES.values():
            for f in rtype.fields:
                _LABELS.setdefault(f.label.casefold(), f.key)
                _LABELS.setdefault(f.key.casefold(), f.key)
        for key, label in fmt.LEADING_LABELS.items():
            _LABELS[label.casefold()] = key
            _LABELS[key] = key
    return _LABELS.get(text.casefold()) if text else None


def _is_field_key(key: str) -> bool:
    return any(t.field(key) is not None for t in RECORD_TYPES.values())


def _entity_of(sheet_name: str, keys: list[str]) -> str | None:
    """The record type whose fields hold every key; the sheet's name settles a tie.

    The name matches a type when it is the type's key, label or plural, or when its words
    are all in the plural ("Activities" for "Joint activities"), e.g. "Activities (2)".
    """
    fitting = _fitting(keys)
    if len(fitting) == 1:
        return fitting[0]
    words = set(re.sub(r"\(\d+\)", " ", sheet_name).casefold().replace("_", " ").split())
    named = []
    for name in fitting:
        rtype = RECORD_TYPES[name]
        known = {name.replace("_", " "), rtype.plural.casefold(), rtype.label.casefold()}
        if " ".join(sorted(words)) in {" ".join(sorted(k.split())) for k in known} or (
            words and words <= set(rtype.plural.casefold().split())
        ):
            named.append(name)
    return named[0] if len(named) == 1 else None


def _fitting(keys: list[str]) -> list[str]:
    if not keys:
        return []
    return [name for name, t in RECORD_TYPES.items() if all(t.field(k) for k in keys)]


@dataclass
class _SheetScan:
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    last_row: int = 0  # the last row with a value in the sheet's XML (0: unknown)


def _scan_sheets(path: Path) -> dict[str, _SheetScan]:
    """Per sheet name, from the raw XML: merged ranges (read-only mode does not give them) and
    the last row that holds a value (the declared dimension may lie)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    found: dict[str, _SheetScan] = {}
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
                    refs, last_row = _scan_xml(handle)
            except KeyError:
                continue
            found[sheet.get("name", "")] = _SheetScan([range_boundaries(r.decode()) for r in refs], last_row)
    return found


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"')


_VALUE_CELL = re.compile(rb'<(?:\w+:)?c r="[A-Z]{1,3}(\d{1,7})"[^>]*>\s*<(?:\w+:)?(?:v|is|f)[\s>/]')


def _scan_xml(handle: Any) -> tuple[list[bytes], int]:
    """Merged ranges and the last row with a value, scanned block by block (the sheet may be large)."""
    refs: list[bytes] = []
    last_row = 0
    carry = b""
    for block in iter(lambda: handle.read(1 << 20), b""):
        data = carry + block
        matches = list(_MERGE_REF.finditer(data))
        refs += [m.group(1) for m in matches if m.end() > len(carry)]
        for cell in _VALUE_CELL.finditer(data):
            last_row = max(last_row, int(cell.group(1)))
        carry = data[-200:]
    return refs, last_row
