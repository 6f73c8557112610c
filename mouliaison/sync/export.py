"""Writing a liaison workbook (xlsxwriter, constant memory: rows are streamed).

The file is written under a temporary name in the destination folder, synced, then
renamed, so a full disk or a crash never leaves half a workbook under the real name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any, Protocol

import xlsxwriter
from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.domain.fields import Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import from_wire
from mouliaison.domain.versions import EMBEDDED, Version, canonical_json, resolve
from mouliaison.store.current_state import to_version
from mouliaison.store.schema import VersionRow
from mouliaison.sync import workbook_format as fmt


class ExportPolicy(Protocol):
    """What of each record and version goes to the recipient (privacy.profiles decides)."""

    @property
    def banner(self) -> str | None: ...

    def keep_record(self, entity: str, record_id: str) -> bool: ...

    def record_values(self, entity: str, record_id: str, wire: dict[str, Any]) -> dict[str, Any]: ...

    def note_left_out(self, entity: str, record_id: str) -> None: ...

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

    def _new(self, name: str) -> Any:
        sheet = self._book.add_worksheet(name)
        sheet.very_hidden()
        return sheet

    def add(self, cells: Sequence[str]) -> None:
        if self.rows and self.rows % fmt.MAX_ROWS == 0:
            self._count += 1
            self._sheet = self._new(f"{self._name}_{self._count + 1}")
        row = self.rows % fmt.MAX_ROWS
        for col, text in enumerate(cells):
            if text:
                self._sheet.write_string(row, col, text)
        fmt.hash_row(self.digest, cells)
        self.rows += 1


def write_workbook(
    session: Session,
    path: Path,
    header: ExportHeader,
    scope: ExportScope,
    policy: ExportPolicy | None = None,
) -> ExportReport:
    policy = policy or Everything()
    temp = path.with_name(f".{path.name}.{header.file_id[:8]}.partial")
    report = ExportReport(path=path, file_id=header.file_id)
    book = xlsxwriter.Workbook(
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
        visible = {e: _VisibleSheet(book, styles, e, taken, policy.banner) for e in scope.types}
        meta = _HiddenSheet(book, fmt.META_SHEET)
        versions = _HiddenSheet(book, fmt.VERSIONS_SHEET)
        base = _HiddenSheet(book, fmt.BASE_SHEET)
        for entity in scope.types:
            for record_versions, state_versions in _records_in_scope(session, entity, scope.since):
                record_id = record_versions[0].record_id
                if not policy.keep_record(entity, record_id):
                    policy.note_left_out(entity, record_id)
                    continue
                state = resolve(entity, record_id, state_versions)
                for version in record_versions:
                    cells = _version_cells(version, policy)
                    if cells is not None:
                        versions.add(cells)
                        report.versions += 1
                if state.deleted:
                    continue
                wire = policy.record_values(entity, record_id, dict(state.values))
                heads = {k: v for k, v in state.heads.items() if k in wire}
                token = fmt.record_token(heads)
                visible[entity].add(state.record_id, token, wire)
                base.add(_base_cells(entity, state.record_id, token, heads, wire))
            report.rows[entity] = visible[entity].rows
        _write_meta(meta, header, scope, report)
        report.sha256 = fmt.combine_digests(versions.digest, base.digest, meta.digest)
        meta.add(("content_sha256", report.sha256))
        _properties(book, header, policy.banner)
        book.close()
        _fsync(temp)
        os.replace(temp, path)
        return report
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _records_in_scope(
    session: Session, entity: str, since: str | None
) -> Iterator[tuple[list[Version], list[Version]]]:
    """Per record: the versions to export, and all versions (for its current state)."""
    query = (
        select(VersionRow)
        .where(VersionRow.entity == entity)
        .order_by(VersionRow.record_id, VersionRow.stamp, VersionRow.id)
        .execution_options(yield_per=2000)
    )
    for _record_id, group in groupby(session.scalars(query), key=lambda r: r.record_id):
        rows = list(group)
        chosen = [r for r in rows if r.origin != EMBEDDED and (since is None or r.received_at >= since)]
        if chosen:
            yield [to_version(r) for r in chosen], [to_version(r) for r in rows]


def _version_cells(version: Version, policy: ExportPolicy) -> list[str] | None:
    kept = policy.version_values(version)
    if kept is None:
        return None
    values, parents = kept
    parent_chunks = fmt.split(canonical_json({k: sorted(v) for k, v in parents.items()}))
    return [
        version.id, version.entity, version.record_id, str(version.stamp), version.site_id,
        version.origin, version.source or "", str(len(parent_chunks)),
        *parent_chunks, *fmt.split(canonical_json(values)),
    ]


def _base_cells(entity: str, record_id: str, token: str, heads: dict[str, Any], wire: dict[str, Any]) -> list[str]:
    head_chunks = fmt.split(canonical_json({k: sorted(v) for k, v in heads.items()}))
    return [entity, record_id, token, str(len(head_chunks)), *head_chunks, *fmt.split(canonical_json(wire))]


def _write_meta(meta: _HiddenSheet, header: ExportHeader, scope: ExportScope, report: ExportReport) -> None:
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
        self.locked = book.add_format({"font_color": "#595959", "bg_color": "#F2F2F2"})
        self.text = book.add_format({"locked": False})
        self.quoted = book.add_format({"locked": False, "quote_prefix": True})
        self.date = book.add_format({"locked": False, "num_format": "yyyy-mm-dd"})
        self.number = book.add_format({"locked": False, "num_format": "0"})
        self.banner = book.add_format({"bold": True, "font_color": "#C00000"})


_WIDTHS = {Kind.LONG_TEXT: 48, Kind.TEXT: 28, Kind.DATE: 12, Kind.INTEGER: 10, Kind.BOOLEAN: 9,
           Kind.EMAIL: 28, Kind.PHONE: 18, Kind.CHOICE: 16, Kind.CHOICES: 20, Kind.REFERENCE: 38,
           Kind.REFERENCES: 40}


class _VisibleSheet:
    """A record type's readable sheet; continued on a new sheet past Excel's row limit."""

    def __init__(self, book: xlsxwriter.Workbook, styles: _Styles, entity: str, taken: set[str],
                 banner: str | None) -> None:
        self._book, self._styles, self._taken, self._banner = book, styles, taken, banner
        self.entity = entity
        self.fields = list(RECORD_TYPES[entity].fields)
        self.rows = 0
        self._part = 0
        self._sheet = self._start()

    def _start(self) -> Any:
        self._part += 1
        title = fmt.sheet_title(self.entity) + (f" ({self._part})" if self._part > 1 else "")
        sheet = self._book.add_worksheet(fmt.safe_sheet_name(title, self._taken))
        s = self._styles
        keys = [*fmt.LEADING_KEYS, *(f.key for f in self.fields)]
        labels = [fmt.LEADING_LABELS[k] for k in fmt.LEADING_KEYS] + [f.label for f in self.fields]
        # constant memory: a row is written out when the next one starts, so its options come first
        sheet.set_row(0, None, None, {"hidden": True})
        for col, key in enumerate(keys):
            sheet.write_string(0, col, key, s.key)
        sheet.set_row(1, 32)
        for col, label in enumerate(labels):
            sheet.write_string(1, col, label, s.label)
        sheet.set_column(0, 0, 38, s.locked)
        sheet.set_column(1, 1, 18, s.locked)
        sheet.set_column(2, 2, 9, s.text)
        for col, f in enumerate(self.fields, start=3):
            width = max(_WIDTHS[f.kind], min(len(f.label) + 2, 30))
            sheet.set_column(col, col, width, s.date if f.kind is Kind.DATE else s.text)
        last = len(keys) - 1
        sheet.freeze_panes(2, 1)
        sheet.autofilter(1, 0, fmt.MAX_ROWS - 1, last)
        sheet.data_validation(2, 2, fmt.MAX_ROWS - 1, 2, {
            "validate": "list", "source": ["yes"], "error_type": "warning",
            "input_title": "Delete?", "input_message": "Type yes to delete this record everywhere.",
        })
        sheet.protect("", {"autofilter": True, "sort": True, "format_columns": True, "format_rows": True,
                           "insert_rows": True, "delete_rows": True, "select_locked_cells": True,
                           "select_unlocked_cells": True})
        if self._banner:
            sheet.set_header(f"&L&\"-,Bold\"{self._banner}&R&F")
        return sheet

    def add(self, record_id: str, token: str, wire: dict[str, Any]) -> None:
        if self.rows and self.rows % fmt.MAX_DATA_ROWS == 0:
            self._sheet = self._start()
        row = fmt.FIRST_DATA_ROW - 1 + self.rows % fmt.MAX_DATA_ROWS
        sheet, s = self._sheet, self._styles
        sheet.write_string(row, 0, record_id, s.locked)
        sheet.write_string(row, 1, token, s.locked)
        for col, f in enumerate(self.fields, start=3):
            value = from_wire(f, wire.get(f.key))
            if value is None:
                continue
            if isinstance(value, dt.date):
                sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), s.date)
            elif f.kind is Kind.INTEGER:
                sheet.write_number(row, col, value, s.number)
            elif f.kind is Kind.BOOLEAN:
                sheet.write_boolean(row, col, value, s.text)
            else:
                text = ", ".join(value) if isinstance(value, tuple) else str(value)
                if len(text) > fmt.CELL_LIMIT:
                    raise ExportRefused(
                        f"{self.entity} {record_id}: {f.label} is {len(text):,} characters, more than a cell "
                        f"holds ({fmt.CELL_LIMIT:,}); shorten it, then export again."
                    )
                sheet.write_string(row, col, text, s.quoted if fmt.needs_quote_prefix(text) else s.text)
        self.rows += 1
