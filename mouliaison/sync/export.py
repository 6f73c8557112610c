"""Writing a liaison workbook (xlsxwriter, constant memory: rows are streamed).

The visible cells name records and terms as people do (cell_texts: "IOM", "Planned", "Kenya"),
and each visible sheet prints on pages as wide as its columns (printed_sheet).

The file is written under a temporary name in the destination folder, synced, then
renamed, so a full disk or a crash never leaves half a workbook under the real name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any, Protocol

import xlsxwriter
from sqlalchemy import select
from sqlalchemy.orm import Session
from xlsxwriter.exceptions import FileCreateError

from mouliaison.domain.fields import Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import excel_length, from_wire
from mouliaison.domain.versions import EMBEDDED, RecordState, Version, canonical_json, resolve
from mouliaison.store import queries
from mouliaison.store.schema import VersionRow
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.cell_texts import LANGUAGE_KEY, CellTexts, ExportTexts, translated
from mouliaison.sync.printed_sheet import (
    EMPTY_WIDTH,
    PrintedPage,
    characters_per_line,
    label_row_height,
    lines_of,
    period_text,
    print_width,
    row_height,
    set_up_printing,
)
from mouliaison.sync.signed_files import ExportSigning
from mouliaison.sync.streamed_sheet import Cell, StreamedSheet, StreamedWorkbook


class ExportPolicy(Protocol):
    """What of each record and version goes to the recipient (privacy.profiles decides)."""

    @property
    def banner(self) -> str | None: ...

    def keep_record(self, entity: str, record_id: str) -> bool: ...

    def record_values(self, entity: str, record_id: str, wire: dict[str, Any]) -> dict[str, Any]: ...

    def note_left_out(self, entity: str, record_id: str) -> None: ...

    def reference_title(self, entity: str, record_id: str, title: str) -> str | None: ...

    def version_values(self, version: Version) -> tuple[dict[str, Any], dict[str, tuple[str, ...]]] | None: ...


class Everything:
    """The policy of an export to the same party: all of it."""

    banner = None

    def keep_record(self, entity: str, record_id: str) -> bool:
        return True

    def record_values(self, entity: str, record_id: str, wire: dict[str, Any]) -> dict[str, Any]:
        return wire

    def note_left_out(self, entity: str, record_id: str) -> None:
        pass

    def reference_title(self, entity: str, record_id: str, title: str) -> str | None:
        return title

    def version_values(self, version: Version) -> tuple[dict[str, Any], dict[str, tuple[str, ...]]] | None:
        return dict(version.values), dict(version.parents)


class ExportRefused(RuntimeError):
    pass


@dataclass(frozen=True)
class ExportScope:
    types: tuple[str, ...] = tuple(RECORD_TYPES)
    since: str | None = None  # ISO date or time: versions this database received since then


@dataclass(frozen=True)
class ExportHeader:
    """What the metadata sheet says about the export."""

    file_id: str
    stamp: int
    wall_time: str
    site_id: str
    office_id: str | None
    office_name: str | None
    office_party: str | None
    recipient: str
    confidential: bool
    schema_version: str
    app_version: str
    sites: dict[str, dict[str, str | None]]
    labels_language: str = "en"  # of the labels and vocabulary terms in the visible cells (cell_texts)
    signing: ExportSigning | None = None  # the office's key: the file is signed (sync/signed_files)


@dataclass
class ExportReport:
    path: Path
    file_id: str
    rows: dict[str, int] = field(default_factory=dict)
    versions: int = 0
    sha256: str = ""  # of the hidden content (written in the file)


class _HiddenSheet:
    """A very hidden sheet of text rows, continued on a new sheet past Excel's row limit."""

    def __init__(self, book: xlsxwriter.Workbook, name: str) -> None:
        self._book, self._name, self._count = book, name, 0
        self._sheet = self._new(name)
        self.digest = hashlib.sha256()
        self.rows = 0

    def _new(self, name: str) -> StreamedSheet:
        sheet = self._book.add_worksheet(name, worksheet_class=StreamedSheet)
        sheet.very_hidden()
        return sheet

    def add(self, cells: Sequence[str]) -> None:
        if self.rows and self.rows % fmt.MAX_ROWS == 0:
            self._count += 1
            self._sheet = self._new(f"{self._name}_{self._count + 1}")
        self._sheet.write_texts(self.rows % fmt.MAX_ROWS, cells)
        fmt.hash_row(self.digest, cells)
        self.rows += 1


_PARTIAL = re.compile(r"^\..+\.[0-9a-f]{8}\.partial$")
STALE_PARTIAL_SECONDS = 15 * 60


def remove_stale_partials(path: Path) -> list[Path]:
    """An export killed half-way (power cut, kill -9) leaves its hidden `.NAME.xxxxxxxx.partial`
    file: the next export into that folder removes its own leftovers, for the same file name, or
    older than a quarter of an hour (an export running beside this one keeps its own)."""
    removed = []
    try:
        candidates = list(path.parent.glob(".*.partial"))
    except OSError:
        return removed
    now = time.time()
    for found in candidates:
        if not _PARTIAL.match(found.name):
            continue
        try:
            stale = found.name.startswith(f".{path.name}.") or now - found.stat().st_mtime > STALE_PARTIAL_SECONDS
            if stale:
                found.unlink()
                removed.append(found)
        except OSError:
            continue
    return removed


def write_workbook(
    session: Session,
    path: Path,
    header: ExportHeader,
    scope: ExportScope,
    policy: ExportPolicy | None = None,
) -> ExportReport:
    policy = policy or Everything()
    remove_stale_partials(path)
    temp = path.with_name(f".{path.name}.{header.file_id[:8]}.partial")
    report = ExportReport(path=path, file_id=header.file_id)
    book = StreamedWorkbook(
        str(temp),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "default_date_format": "yyyy-mm-dd",
        },
    )
    try:
        styles = _Styles(book)
        taken: set[str] = set()
        texts = ExportTexts(lambda entity: queries.titles(session, entity), queries.load_vocabularies(session),
                            header.labels_language, policy.reference_title)
        period = period_text(scope.since, header.wall_time, header.labels_language)
        visible = {e: _VisibleSheet(book, styles, e, taken, texts, period, policy.banner) for e in scope.types}
        meta = _HiddenSheet(book, fmt.META_SHEET)
        versions = _HiddenSheet(book, fmt.VERSIONS_SHEET)
        base = _HiddenSheet(book, fmt.BASE_SHEET)
        for entity in scope.types:
            for record in _records_in_scope(session, entity, scope.since):
                if not policy.keep_record(entity, record.record_id):
                    policy.note_left_out(entity, record.record_id)
                    continue
                verbatim = len(record.exported) == len(record.all)  # the file holds its whole history
                for version, stored in record.exported:
                    cells, as_held = _version_cells(version, stored, policy)
                    verbatim = verbatim and as_held
                    if cells is not None:
                        versions.add(cells)
                        report.versions += 1
                state, state_json, heads_json = record.state()
                if state.deleted:
                    continue
                values = state.values
                wire = policy.record_values(entity, record.record_id, values)
                if wire is not values:  # the recipient sees less: the row's JSON is made anew
                    state_json = heads_json = None
                if heads_json is None:
                    heads = {k: v for k, v in state.heads.items() if k in wire}
                    heads_json = canonical_json({k: sorted(v) for k, v in heads.items()})
                token = fmt.token_of(heads_json)
                visible[entity].add(state.record_id, token, wire)
                if verbatim and wire is values:  # the importer resolves the file's versions to the same base
                    base.add([entity, state.record_id, token])
                else:
                    base.add([entity, state.record_id, token, *_chunks_counted(heads_json),
                              *fmt.split(state_json if state_json is not None else canonical_json(wire))])
            report.rows[entity] = visible[entity].rows
        for sheet in visible.values():
            sheet.narrow_empty_columns()
        _write_meta(meta, header, scope, report, texts)
        report.sha256 = fmt.combine_digests(versions.digest, base.digest, meta.digest)
        meta.add(("content_sha256", report.sha256))
        if header.signing is not None:
            header.signing.write_signature(book, report.sha256)
        _properties(book, header, policy.banner)
        try:
            book.close()
        except FileCreateError as exc:  # xlsxwriter wraps the OSError (a full disk) in its own kind
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
            raise cause from None
        _fsync(temp)
        os.replace(temp, path)
        return report
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


_COLUMNS = (VersionRow.record_id, VersionRow.id, VersionRow.stamp, VersionRow.site_id, VersionRow.origin,
            VersionRow.source, VersionRow.values_json, VersionRow.parents_json, VersionRow.received_at)


@dataclass
class _StoredJson:
    """A version's values and parents as the database holds them: canonical JSON already."""

    values: str
    parents: str


class _Record:
    """One record's versions: those to export (with their stored JSON), and all of them."""

    def __init__(self, entity: str, record_id: str, rows: list[Any], since: str | None) -> None:
        self.entity, self.record_id = entity, record_id
        self.all: list[Version] = []
        self.exported: list[tuple[Version, _StoredJson]] = []
        for row in rows:
            version = Version(row.id, entity, record_id, row.stamp, row.site_id, json.loads(row.values_json),
                              {k: tuple(v) for k, v in json.loads(row.parents_json).items()}, row.origin, row.source)
            self.all.append(version)
            if row.origin != EMBEDDED and (since is None or row.received_at >= since):
                self.exported.append((version, _StoredJson(row.values_json, row.parents_json)))
        self._values_json = rows[0].values_json if len(rows) == 1 else None

    def state(self) -> tuple[RecordState, str | None, str | None]:
        """The record's current state; its values' and its heads' canonical JSON when known without work.

        A record with one version that sets only fields (most records) is that version:
        resolve() would find each field's one head and compare it with itself."""
        if self._values_json is not None and not any(key.startswith("_") for key in self.all[0].values):
            only = self.all[0]
            state = RecordState(self.entity, self.record_id, values=dict(only.values),
                                heads={key: (only.id,) for key in only.values},
                                created_stamp=only.stamp, updated_stamp=only.stamp)
            return state, self._values_json, fmt.single_heads_json(tuple(only.values), only.id)
        return resolve(self.entity, self.record_id, self.all), None, None


def _records_in_scope(session: Session, entity: str, since: str | None) -> Iterator[_Record]:
    """Per record with something to export: its versions, read as plain rows (no ORM objects)."""
    query = (
        select(*_COLUMNS)
        .where(VersionRow.entity == entity)
        .order_by(VersionRow.record_id, VersionRow.stamp, VersionRow.id)
        .execution_options(yield_per=5000)
    )
    for record_id, group in groupby(session.execute(query), key=lambda r: r.record_id):
        rows = list(group)
        if any(r.origin != EMBEDDED and (since is None or r.received_at >= since) for r in rows):
            yield _Record(entity, record_id, rows, since)


def _version_cells(version: Version, stored: _StoredJson, policy: ExportPolicy) -> tuple[list[str] | None, bool]:
    """The version's row (None: the recipient does not get it), and whether it is written as held."""
    kept = policy.version_values(version)
    if kept is None:
        return None, False
    values, parents = kept
    as_held = values == version.values and parents == version.parents
    if as_held:  # the stored JSON is the text
        values_json, parents_json = stored.values, stored.parents
    else:
        values_json = canonical_json(values)
        parents_json = canonical_json({k: sorted(v) for k, v in parents.items()})
    return [
        version.id, version.entity, version.record_id, str(version.stamp), version.site_id,
        version.origin, version.source or "", *_chunks_counted(parents_json), *fmt.split(values_json),
    ], as_held


def _chunks_counted(text: str) -> list[str]:
    """How many chunks a JSON text takes, then the chunks (the hidden sheets' layout)."""
    chunks = fmt.split(text)
    return [str(len(chunks)), *chunks]


def _write_meta(meta: _HiddenSheet, header: ExportHeader, scope: ExportScope, report: ExportReport,
                texts: CellTexts) -> None:
    rows = {
        "format": "mouliaison-workbook",
        "format_version": fmt.FORMAT_VERSION,
        "schema_version": header.schema_version,
        "app_version": header.app_version,
        "file_id": header.file_id,
        "site_id": header.site_id,
        "office_id": header.office_id or "",
        "office_name": header.office_name or "",
        "office_party": header.office_party or "",
        "export_stamp": str(header.stamp),
        "export_wall_time": header.wall_time,
        "scope_types": ",".join(scope.types),
        "scope_since": scope.since or "",
        "recipient": header.recipient,
        "confidential": "yes" if header.confidential else "no",
        "row_counts": canonical_json(report.rows),
        "version_count": str(report.versions),
        "sites": canonical_json(header.sites),
        LANGUAGE_KEY: header.labels_language,
        **texts.meta_rows(),
        **(header.signing.meta_rows() if header.signing is not None else {}),
    }
    for key, value in rows.items():
        meta.add((key, *fmt.split(value)))


def _properties(book: xlsxwriter.Workbook, header: ExportHeader, banner: str | None) -> None:
    book.set_properties({
        "title": "mouliaison liaison workbook",
        "subject": "Records under the IOM-WCO Memorandum of Understanding",
        "author": "mouliaison",
        "manager": "",
        "company": header.office_party or "",
        "category": banner or "Liaison records",
        "keywords": "mouliaison",
        "comments": f"Workbook format {fmt.FORMAT_VERSION}; recipient {header.recipient}.",
        "created": dt.datetime.now(dt.UTC).replace(tzinfo=None),
    })
    book.set_custom_property("mouliaison_format", fmt.FORMAT_VERSION)
    book.set_custom_property("mouliaison_file_id", header.file_id)
    book.set_custom_property("mouliaison_recipient", header.recipient)
    book.set_custom_property("mouliaison_confidential", header.confidential)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


class _Styles:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.label = book.add_format({"bold": True, "bg_color": "#DCE6F1", "bottom": 1, "text_wrap": True,
                                      "valign": "top"})
        self.key = book.add_format({"font_color": "#808080"})
        self.locked = book.add_format({"font_color": "#595959", "bg_color": "#F2F2F2", "valign": "top"})
        # long texts wrap within their column's width (on screen and printed); every cell sits at the top
        self.text = book.add_format({"locked": False, "text_wrap": True, "valign": "top"})
        self.quoted = book.add_format({"locked": False, "quote_prefix": True, "text_wrap": True, "valign": "top"})
        self.date = book.add_format({"locked": False, "num_format": "yyyy-mm-dd", "valign": "top"})
        self.number = book.add_format({"locked": False, "num_format": "0", "valign": "top"})
        self.banner = book.add_format({"bold": True, "font_color": "#C00000"})


# Columns as wide as their usual content (names, not ids, in reference cells); longer text wraps
_WIDTHS = {Kind.LONG_TEXT: 40, Kind.TEXT: 24, Kind.DATE: 11, Kind.INTEGER: 9, Kind.BOOLEAN: 8,
           Kind.EMAIL: 26, Kind.PHONE: 16, Kind.CHOICE: 16, Kind.CHOICES: 22, Kind.REFERENCE: 20,
           Kind.REFERENCES: 28}
_SHOWN = (Kind.CHOICE, Kind.CHOICES, Kind.REFERENCE, Kind.REFERENCES)  # names or labels shown (cell_texts)


class _VisibleSheet:
    """A record type's readable sheet; continued on a new sheet past Excel's row limit."""

    def __init__(self, book: xlsxwriter.Workbook, styles: _Styles, entity: str, taken: set[str],
                 texts: ExportTexts, period: str, banner: str | None) -> None:
        self._book, self._styles, self._taken, self._texts = book, styles, taken, texts
        self.entity = entity
        self.fields = list(RECORD_TYPES[entity].fields)
        self._columns = [(col, f, f.kind) for col, f in enumerate(self.fields, start=3)]
        language = texts.language
        self._page = PrintedPage(translated(RECORD_TYPES[entity].plural, language), period, banner, language)
        self.rows = 0
        self._part = 0
        self._widths: list[float] = [38, 18, 9]  # of the columns; the fields' are set by _start
        self._one_line: list[int] = []  # characters a line of each column holds: a longer text wraps
        self._filled: set[int] = set()  # columns of the current sheet that hold a value
        self._sheet = self._start()

    def _start(self) -> StreamedSheet:
        self._part += 1
        title = fmt.sheet_title(self.entity) + (f" ({self._part})" if self._part > 1 else "")
        sheet = self._book.add_worksheet(fmt.safe_sheet_name(title, self._taken), worksheet_class=StreamedSheet)
        s = self._styles
        keys = [*fmt.LEADING_KEYS, *(f.key for f in self.fields)]
        language = self._texts.language
        labels = [translated(fmt.LEADING_LABELS[k], language) for k in fmt.LEADING_KEYS] + [
            translated(f.label, language) for f in self.fields]
        # constant memory: a row is written out when the next one starts, so its options come first
        sheet.set_row(0, None, None, {"hidden": True})
        for col, key in enumerate(keys):
            sheet.write_string(0, col, key, s.key)
        self._widths[3:] = [max(_WIDTHS[f.kind], min(len(label) // 2 + 2, 20))  # a long label wraps
                            for f, label in zip(self.fields, labels[3:], strict=True)]
        self._one_line = [characters_per_line(w) for w in self._widths]
        sheet.set_row(1, label_row_height(labels[2:], self._widths[2:]))
        for col, label in enumerate(labels):
            sheet.write_string(1, col, label, s.label)
        # the id and version: locked, in columns hidden in a group (a person may unhide them; not printed)
        sheet.set_column(0, 0, 38, s.locked, {"hidden": True, "level": 1})
        sheet.set_column(1, 1, 18, s.locked, {"hidden": True, "level": 1})
        sheet.set_column(2, 2, 9, s.text)
        for col, f in enumerate(self.fields, start=3):
            sheet.set_column(col, col, self._widths[col], s.date if f.kind is Kind.DATE else s.text)
        last = len(keys) - 1
        sheet.freeze_panes(2, 4)  # the labels, and the record's first field (its title, most often)
        sheet.autofilter(1, 0, fmt.MAX_ROWS - 1, last)
        sheet.data_validation(2, 2, fmt.MAX_ROWS - 1, 2, {
            "validate": "list", "source": ["yes"], "error_type": "warning",
            "input_title": "Delete?", "input_message": "Type yes to delete this record everywhere.",
        })
        sheet.protect("", {"autofilter": True, "sort": True, "format_columns": True, "format_rows": True,
                           "insert_rows": True, "delete_rows": True, "select_locked_cells": True,
                           "select_unlocked_cells": True})
        set_up_printing(sheet, self._page)
        return sheet

    def narrow_empty_columns(self) -> None:
        """Columns no record of this sheet fills are made narrow: the page fitted to its width
        keeps the filled ones readable; a sheet still too wide for one page prints two or three
        pages wide (printed_sheet.print_width). (Only the widths and page set-up are written at the end.)"""
        s = self._styles
        printed = [0.0, 0.0, *self._widths[2:]]  # the id and version columns are hidden: not printed
        for col, f in enumerate(self.fields, start=3):
            if col not in self._filled:
                self._sheet.set_column(col, col, EMPTY_WIDTH, s.date if f.kind is Kind.DATE else s.text)
                printed[col] = EMPTY_WIDTH
        print_width(self._sheet, printed, title_column=3)  # the record's first field, repeated on each page

    def add(self, record_id: str, token: str, wire: dict[str, Any]) -> None:
        if self.rows and self.rows % fmt.MAX_DATA_ROWS == 0:
            self.narrow_empty_columns()
            self._filled = set()
            self._sheet = self._start()
        row = fmt.FIRST_DATA_ROW - 1 + self.rows % fmt.MAX_DATA_ROWS
        s = self._styles
        cells: list[Cell] = [(0, record_id, s.locked), (1, token, s.locked)]
        lines = 1
        for col, f, kind in self._columns:
            wire_value = wire.get(f.key)
            if wire_value is None:
                continue
            if kind is Kind.DATE:
                cells.append((col, from_wire(f, wire_value), s.date))
            elif kind is Kind.INTEGER:
                cells.append((col, wire_value, s.number))
            elif kind is Kind.BOOLEAN:
                cells.append((col, wire_value, s.text))
            else:
                if kind in _SHOWN:
                    text = self._texts.shown(f, wire_value)
                else:
                    text = ", ".join(wire_value) if kind.is_list else str(wire_value)
                if len(text) > fmt.CELL_LIMIT // 2 and excel_length(text) > fmt.CELL_LIMIT:
                    raise ExportRefused(
                        f"{self.entity} {record_id}: {f.label} is {excel_length(text):,} characters, more than "
                        f"a cell holds ({fmt.CELL_LIMIT:,}); shorten it, then export again."
                    )
                cells.append((col, text, s.quoted if fmt.needs_quote_prefix(text) else s.text))
                if len(text) > self._one_line[col] or "\n" in text:
                    lines = max(lines, lines_of(text, self._one_line[col]))
        self._filled.update(col for col, _value, _style in cells)
        self._sheet.write_cells(row, cells, row_height(lines))
        self.rows += 1
