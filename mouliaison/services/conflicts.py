"""Conflicts: listing them with who said what, and resolving one (`conflicts`, `resolve`).

A resolution is a new version whose parents are all the competing heads, so it travels in
the next export like any edit, and every office that imports it sees the conflict closed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from mouliaison.domain import clock, signing
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import Value, display, from_wire
from mouliaison.domain.versions import DELETED, HAND_EDIT
from mouliaison.services.database import Database, Writing
from mouliaison.services.names import Names
from mouliaison.services.records import edit_in
from mouliaison.store import queries
from mouliaison.store.current_state import record_state, write_state
from mouliaison.store.keys import OWN
from mouliaison.store.schema import (
    RECORD_TABLES,
    ConflictRow,
    ImportedFile,
    Installation,
    OfficeKey,
    Site,
    VersionRow,
)


@dataclass(frozen=True)
class CompetingValue:
    version_id: str
    value: Any  # wire value
    shown: str  # the value as a person reads it
    office: str
    device_time: str  # the version's clock time, as the device that made it saw it
    source_file: str | None
    made_here: bool = False  # by this office (`office` says so in English)
    signed_by: str | None = None  # fingerprint of the key that vouches for it: this office's, or the file's signer's
    signer_office: str | None = None  # whose key that is (a coordinator's, for a version it relayed)

    @property
    def signer_shown(self) -> str | None:
        return signing.shown(self.signed_by) if self.signed_by else None


@dataclass(frozen=True)
class ConflictView:
    id: str
    type: str
    record_id: str
    record_title: str
    field: str
    field_label: str
    values: tuple[CompetingValue, ...]  # the one shown by default first

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "record_id": self.record_id, "record": self.record_title,
            "field": self.field,
            "values": [{"version_id": v.version_id, "value": v.value, "office": v.office,
                        "device_time": v.device_time, "source_file": v.source_file, "signed_by": v.signed_by,
                        "signer_office": v.signer_office} for v in self.values],
        }


LISTED_IN = (ConflictRow.entity, ConflictRow.record_id, ConflictRow.field)  # by type, then record: a record's together
CHUNK = 500  # ids per IN (...) list


def count_conflicts(db: Database) -> int:
    """How many conflicts are open: for the navigation, without reading each one."""
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ConflictRow)) or 0)


def list_conflicts(db: Database) -> list[ConflictView]:
    """Every open conflict, in the order they are listed (the command line's `conflicts`)."""
    with db.reading() as session:
        return _views(session, session.scalars(select(ConflictRow).order_by(*LISTED_IN)).all())


def conflict_ids(db: Database) -> list[str]:
    """The open conflicts' ids in the order they are listed: a page holds these and reads the
    conflicts it shows by them (`read_conflicts`), a few hundred at a time."""
    with db.reading() as session:
        return list(session.scalars(select(ConflictRow.id).order_by(*LISTED_IN)))


def read_conflicts(db: Database, ids: Sequence[str]) -> list[ConflictView]:
    """The conflicts with these ids, in that order; one closed meanwhile is left out."""
    with db.reading() as session:
        rows: dict[str, ConflictRow] = {}
        for chunk in _chunks(list(ids)):
            rows.update((row.id, row) for row in session.scalars(select(ConflictRow).where(ConflictRow.id.in_(chunk))))
        return _views(session, [rows[i] for i in ids if i in rows])


def readable_values(db: Database, view: ConflictView) -> list[Value]:
    """The competing values of one conflict as the records page shows them: a term's label (as
    the database holds it) rather than its code, the title of the record a reference names
    rather than its id. For the conflict a person is looking at; `shown` is what the CLI prints."""
    rtype = RECORD_TYPES.get(view.type)
    field = rtype.field(view.field) if rtype is not None else None
    if field is None:  # a delete against an edit: True is the delete
        return [v.value for v in view.values]
    typed = [from_wire(field, v.value) for v in view.values]
    if not (field.vocabulary or field.target):
        return typed
    ids = sorted({item for value in typed for item in (value if isinstance(value, tuple) else (value,))
                  if isinstance(item, str)})
    with db.reading() as session:
        titles = queries.titles(session, field.target, ids) if field.target and ids else {}
        names = Names(titles, queries.load_vocabularies(session) if field.vocabulary else None)
    return [names.readable(field, value) for value in typed]


def resolve_conflict(db: Database, conflict_id: str, *, keep: str | None = None, value: str | None = None) -> None:
    """Close a conflict by keeping one competing version, or by giving a new value."""
    if (keep is None) == (value is None):
        raise Invalid([Problem("", "give either --keep VERSION_ID or --value VALUE")])
    with db.writing() as change:
        row = change.session.get(ConflictRow, conflict_id)
        if row is None:
            raise Invalid([Problem("", f"no open conflict {conflict_id}; list them with: mouliaison conflicts")])
        heads = tuple(json.loads(row.heads_json))
        values = json.loads(row.values_json)
        if row.field == DELETED:
            _resolve_delete(change, row, heads, values, keep, value)
            return
        if keep is not None:
            if keep not in heads:
                raise Invalid([Problem("", f"{keep} is not one of the competing versions: {', '.join(heads)}")])
            _record(change, row, {row.field: values[heads.index(keep)]}, {row.field: heads})
            return
        edit_in(change, row.entity, row.record_id, {row.field: value})
        _check_closed(change.session, row)


def _resolve_delete(change: Writing, row: ConflictRow, heads: tuple[str, ...], values: list[Any],
                    keep: str | None, value: str | None) -> None:
    """A delete against an edit: keep the record (undo the delete) or delete it after all."""
    if keep is not None:
        if keep not in heads:
            raise Invalid([Problem("", f"{keep} is not one of the competing versions: {', '.join(heads)}")])
        delete = values[heads.index(keep)] is True
    else:
        answer = (value or "").strip().casefold()
        if answer not in ("keep", "delete"):
            raise Invalid([Problem("", "this conflict is a delete against an edit: give --value keep or delete")])
        delete = answer == "delete"
    state = record_state(change.session, row.entity, row.record_id)
    if delete:
        _record(change, row, {DELETED: True}, dict(state.heads))
    else:
        _record(change, row, {DELETED: False}, state.parents_for([DELETED]))


def _record(change: Writing, row: ConflictRow, wire: dict[str, Any], parents: dict[str, tuple[str, ...]]) -> None:
    change.writer.record_local(row.entity, row.record_id, wire, parents)
    _check_closed(change.session, row)


def _check_closed(session: Session, row: ConflictRow) -> None:
    state = record_state(session, row.entity, row.record_id)
    write_state(session, state)
    if any(c.field == row.field for c in state.conflicts):
        raise RuntimeError(f"the resolution of {row.id} did not close it")  # a bug, not bad input


def _views(session: Session, rows: Sequence[ConflictRow]) -> list[ConflictView]:
    """Conflict rows as a person reads them, in bulk: the competing versions, their offices and
    files, and the records' titles, each read in one query (per type for titles) whatever the count."""
    heads_of = [json.loads(row.heads_json) for row in rows]
    versions = _by_id(session, (VersionRow.id, VersionRow.site_id, VersionRow.stamp, VersionRow.received_from,
                                VersionRow.origin),
                      [h for heads in heads_of for h in heads])
    received = [v.received_from for v in versions.values() if v.received_from]
    rows_of_files = _by_id(session, (ImportedFile.id, ImportedFile.file_name, ImportedFile.report_json), received)
    files = {k: r.file_name for k, r in rows_of_files.items()}
    signers = {k: _signer(r.report_json) for k, r in rows_of_files.items()}
    made_at = [v.site_id for v in versions.values()]
    sites = {k: r.office_name for k, r in _by_id(session, (Site.site_id, Site.office_name), made_at).items()}
    local_site = session.get(Installation, 1).site_id  # type: ignore[union-attr]
    own_key = session.scalar(select(OfficeKey.fingerprint).where(OfficeKey.site_id == local_site,
                                                                 OfficeKey.status == OWN))
    titles: dict[tuple[str, str], Any] = {}
    for entity in sorted({row.entity for row in rows}):
        table = RECORD_TABLES[entity]
        title = table.c[RECORD_TYPES[entity].title_field]
        for chunk in _chunks(sorted({row.record_id for row in rows if row.entity == entity})):
            for record_id, value in session.execute(select(table.c.id, title).where(table.c.id.in_(chunk))):
                titles[(entity, record_id)] = value
    views = []
    for row, heads in zip(rows, heads_of, strict=True):
        field = RECORD_TYPES[row.entity].field(row.field)
        competing = []
        for head, value in zip(heads, json.loads(row.values_json), strict=True):
            version = versions[head]
            shown = ("deleted" if value else "kept (edited)") if field is None else display(from_wire(field, value))
            made_here = version.site_id == local_site and not version.received_from
            if version.origin == HAND_EDIT:  # a person's change in the file: no office's key vouches for it
                signed_by, signer_office = None, None
            elif made_here:
                signed_by, signer_office = own_key, None
            else:
                signed_by, signer_office = signers.get(version.received_from or "", (None, None))
            competing.append(CompetingValue(head, value, shown, _office(sites, version.site_id, local_site),
                                            _device_time(version.stamp), files.get(version.received_from or ""),
                                            version.site_id == local_site, signed_by, signer_office))
        views.append(ConflictView(row.id, row.entity, row.record_id, display(titles.get((row.entity, row.record_id))),
                                  row.field, field.label if field else "Deleted", tuple(competing)))
    return views


def _by_id(session: Session, columns: tuple[Any, ...], ids: Iterable[str]) -> dict[str, Row[Any]]:
    """Rows of `columns` whose first column is one of `ids`, by that id: one query per 500."""
    found: dict[str, Row[Any]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in session.execute(select(*columns).where(columns[0].in_(chunk))):
            found[row[0]] = row
    return found


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _office(sites: dict[str, str | None], site_id: str, local_site: str) -> str:
    if site_id == local_site:
        return "this office"
    return sites.get(site_id) or f"site {site_id[:8]}"


def _signer(report_json: str) -> tuple[str | None, str | None]:
    """The key that signed an imported file and its office, from the file's import report (none: unsigned)."""
    trust = json.loads(report_json).get("trust") or {}
    return trust.get("fingerprint"), trust.get("office")


def _device_time(stamp: int) -> str:
    moment = dt.datetime.fromtimestamp(clock.wall_ms(stamp) / 1000, dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
