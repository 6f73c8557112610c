"""Current state: the versions of a record resolved into its table row and its conflicts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from mouliaison.domain.ids import derived
from mouliaison.domain.record_types import record_type
from mouliaison.domain.values import Value, from_wire
from mouliaison.domain.versions import RecordState, Version, canonical_json, resolve
from mouliaison.store.schema import RECORD_TABLES, ConflictRow, VersionRow


def to_version(row: VersionRow) -> Version:
    return Version(
        id=row.id,
        entity=row.entity,
        record_id=row.record_id,
        stamp=row.stamp,
        site_id=row.site_id,
        values=json.loads(row.values_json),
        parents={k: tuple(v) for k, v in json.loads(row.parents_json).items()},
        origin=row.origin,
        source=row.source,
    )


def load_versions(session: Session, entity: str, record_id: str) -> list[Version]:
    rows = session.scalars(
        select(VersionRow).where(VersionRow.entity == entity, VersionRow.record_id == record_id)
    )
    return [to_version(r) for r in rows]


def load_versions_for(session: Session, entity: str, record_ids: list[str]) -> dict[str, list[Version]]:
    """The versions of many records of one type, fetched in chunks."""
    found: dict[str, list[Version]] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        query = select(VersionRow).where(VersionRow.entity == entity, VersionRow.record_id.in_(chunk))
        for row in session.scalars(query):
            found.setdefault(row.record_id, []).append(to_version(row))
    return found


def record_state(session: Session, entity: str, record_id: str) -> RecordState:
    return resolve(entity, record_id, load_versions(session, entity, record_id))


def conflict_id(entity: str, record_id: str, field: str, heads: Iterable[str]) -> str:
    """Same conflict (record, field, competing versions) = same id at every office."""
    return derived("conflict", entity, record_id, field, *sorted(heads))


def typed_values(entity: str, wire_values: dict[str, Any]) -> dict[str, Value]:
    """Column values of a record from wire values; keys the app does not know are left out
    (they stay in the versions, so a newer app's fields travel on untouched)."""
    rtype = record_type(entity)
    values: dict[str, Value] = {}
    for field in rtype.fields:
        values[field.key] = from_wire(field, wire_values.get(field.key))
    return values


def write_state(session: Session, state: RecordState) -> None:
    """Make the record's table row and conflict rows match its resolved state."""
    table = RECORD_TABLES[state.entity]
    row = typed_values(state.entity, state.values)
    row.update(
        deleted=state.deleted,
        conflicted=bool(state.conflicts),
        created_stamp=state.created_stamp,
        updated_stamp=state.updated_stamp,
    )
    exists = session.execute(select(table.c.id).where(table.c.id == state.record_id)).first()
    if exists:
        session.execute(update(table).where(table.c.id == state.record_id).values(**row))
    else:
        session.execute(insert(table).values(id=state.record_id, **row))
    session.execute(
        delete(ConflictRow).where(ConflictRow.entity == state.entity, ConflictRow.record_id == state.record_id)
    )
    for conflict in state.conflicts:
        heads = [h.id for h in conflict.heads]
        session.add(
            ConflictRow(
                id=conflict_id(state.entity, state.record_id, conflict.field, heads),
                entity=state.entity,
                record_id=state.record_id,
                field=conflict.field,
                heads_json=canonical_json(heads),
                values_json=canonical_json(list(conflict.values)),
            )
        )
