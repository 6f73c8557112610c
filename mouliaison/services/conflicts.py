"""Conflicts: listing them with who said what, and resolving one (`conflicts`, `resolve`).

A resolution is a new version whose parents are all the competing heads, so it travels in
the next export like any edit, and every office that imports it sees the conflict closed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mouliaison.domain import clock
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import display, from_wire
from mouliaison.domain.versions import DELETED
from mouliaison.services.database import Database, Writing
from mouliaison.services.records import edit_in
from mouliaison.store.current_state import load_versions, record_state, write_state
from mouliaison.store.schema import ConflictRow, ImportedFile, Installation, Site, VersionRow


@dataclass(frozen=True)
class CompetingValue:
    version_id: str
    value: Any  # wire value
    shown: str  # the value as a person reads it
    office: str
    device_time: str  # the version's clock time, as the device that made it saw it
    source_file: str | None


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
                        "device_time": v.device_time, "source_file": v.source_file} for v in self.values],
        }


def count_conflicts(db: Database) -> int:
    """How many conflicts are open: for the navigation, without reading each one."""
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ConflictRow)) or 0)


def list_conflicts(db: Database) -> list[ConflictView]:
    with db.reading() as session:
        rows = session.scalars(select(ConflictRow).order_by(ConflictRow.entity, ConflictRow.record_id,
                                                            ConflictRow.field)).all()
        return [_view(session, row) for row in rows]


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


def _view(session: Session, row: ConflictRow) -> ConflictView:
    rtype = RECORD_TYPES[row.entity]
    versions = {v.id: v for v in load_versions(session, row.entity, row.record_id)}
    state_title = record_state(session, row.entity, row.record_id).values.get(rtype.title_field)
    field = rtype.field(row.field)
    heads = json.loads(row.heads_json)
    values = json.loads(row.values_json)
    local_site = session.get(Installation, 1).site_id  # type: ignore[union-attr]
    competing = []
    for head, value in zip(heads, values, strict=True):
        version = versions[head]
        received = session.get(VersionRow, head)
        source = None
        if received is not None and received.received_from:
            imported = session.get(ImportedFile, received.received_from)
            source = imported.file_name if imported else None
        shown = ("deleted" if value else "kept (edited)") if field is None else display(from_wire(field, value))
        competing.append(CompetingValue(head, value, shown, _office(session, version.site_id, local_site),
                                        _device_time(version.stamp), source))
    return ConflictView(row.id, row.entity, row.record_id, display(state_title), row.field,
                        field.label if field else "Deleted", tuple(competing))


def _office(session: Session, site_id: str, local_site: str) -> str:
    if site_id == local_site:
        return "this office"
    site = session.get(Site, site_id)
    return (site.office_name if site and site.office_name else None) or f"site {site_id[:8]}"


def _device_time(stamp: int) -> str:
    moment = dt.datetime.fromtimestamp(clock.wall_ms(stamp) / 1000, dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
