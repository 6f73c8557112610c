"""Current state: the versions of a record resolved into its table row and its conflicts."""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from mouliaison.domain import json_text
from mouliaison.domain.fields import Kind
from mouliaison.domain.ids import derived
from mouliaison.domain.record_types import WRITE_ORDER, record_type
from mouliaison.domain.values import Value
from mouliaison.domain.versions import RecordState, Version, canonical_json, resolve
from mouliaison.store import search_index
from mouliaison.store.bulk import insert_rows, upsert
from mouliaison.store.chunks import in_chunks
from mouliaison.store.queries import forget_vocabularies, load_vocabularies
from mouliaison.store.schema import RECORD_TABLES, ConflictRow, VersionRow
from mouliaison.store.versions import scrub_personal_data


def to_version(row: VersionRow) -> Version:
    return Version(
        id=row.id,
        entity=row.entity,
        record_id=row.record_id,
        stamp=row.stamp,
        site_id=row.site_id,
        values=json_text.loads(row.values_json),
        parents={k: tuple(v) for k, v in json_text.loads(row.parents_json).items()},
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
    for chunk in in_chunks(record_ids):
        query = select(VersionRow).where(VersionRow.entity == entity, VersionRow.record_id.in_(chunk))
        for row in session.scalars(query):
            found.setdefault(row.record_id, []).append(to_version(row))
    return found


def record_state(session: Session, entity: str, record_id: str) -> RecordState:
    return resolve(entity, record_id, load_versions(session, entity, record_id))


def conflict_id(entity: str, record_id: str, field: str, heads: Iterable[str]) -> str:
    """Same conflict (record, field, competing versions) = same id at every office."""
    return derived("conflict", entity, record_id, field, *sorted(heads))


def typed_values(entity: str, wire_values: Mapping[str, Any]) -> dict[str, Value]:
    """Column values of a record from wire values; keys the app does not know are left out
    (they stay in the versions, so a newer app's fields travel on untouched)."""
    empty, readers = _readers(entity)
    values: dict[str, Value] = dict(empty)  # every field's column, None unless set
    for key, wire in wire_values.items():  # a record sets a few of its fields: only those are read
        if wire is None:
            continue
        if key not in readers:
            continue  # a key the app does not know
        read = readers[key]
        values[key] = wire if read is None else read(wire)
    return values


def table_rows(entity: str, states: Sequence[RecordState]) -> list[dict[str, Any]]:
    """The table rows of these records of one type: typed_values of each, with the columns every
    record row has. Each row made in one step from its wire values, then the fields whose values
    convert (dates, lists) converted a field at a time, a field no record sets skipped: a plain
    tracker's activity sets 2 of the 11 that convert."""
    empty, readers = _readers(entity)
    width = len(empty) + 6
    rows: list[dict[str, Any]] = []
    add = rows.append
    for state in states:
        row = {**empty, **state.values, "id": state.record_id, "deleted": state.deleted,
               "merged_into": state.merged_into, "conflicted": bool(state.conflicts),
               "created_stamp": state.created_stamp, "updated_stamp": state.updated_stamp}
        if len(row) != width:  # a key the app does not know: left out (it stays in the versions)
            row = {**empty, **{k: v for k, v in state.values.items() if k in readers}, **{
                k: row[k] for k in ("id", "deleted", "merged_into", "conflicted", "created_stamp", "updated_stamp")}}
        add(row)
    for key, read in _converted(entity):
        wires = list(map(itemgetter(key), rows))
        if wires.count(None) == len(wires):
            continue
        for row, wire in zip(rows, wires, strict=True):
            if wire is not None:
                row[key] = read(wire)
    return rows


@functools.cache
def _converted(entity: str) -> tuple[tuple[str, Callable[[Any], Value]], ...]:
    """The fields whose wire value is read into another (_readers), with how."""
    return tuple((key, read) for key, read in _readers(entity)[1].items() if read is not None)


@functools.cache
def _readers(entity: str) -> tuple[dict[str, None], dict[str, Callable[[Any], Value] | None]]:
    """The type's fields with no value, and per field how its wire value becomes its column value
    (None: as it is). What from_wire does, decided once per type instead of once per cell."""
    readers: dict[str, Callable[[Any], Value] | None] = {}
    for field in record_type(entity).fields:
        if field.kind is Kind.DATE:
            readers[field.key] = _date
        elif field.kind.is_list:
            readers[field.key] = tuple
        else:
            readers[field.key] = None
    return dict.fromkeys(readers), readers


# A date from its wire text (as from_wire reads it): the same few thousand dates recur across
# 100,000 records, and a date is immutable, so each is read once.
_date = functools.lru_cache(maxsize=8192)(dt.date.fromisoformat)


def _title(state: RecordState) -> Value:
    key = record_type(state.entity).title_field
    return typed_values(state.entity, {key: state.values.get(key)}).get(key) if key in state.values else None


def write_state(session: Session, state: RecordState, previous: Mapping[tuple[str, str], RecordState | None]
                | None = None) -> dict[str, Any]:
    """Make the record's table row and conflict rows match its resolved state; the row written."""
    [row] = write_states(session, [state], previous=previous)
    return row


def write_states(session: Session, states: Iterable[RecordState], *,
                 new: Container[tuple[str, str]] = frozenset(),
                 previous: Mapping[tuple[str, str], RecordState | None] | None = None) -> list[dict[str, Any]]:
    """write_state for many records at once: one upsert, one conflict rewrite and one search
    index write per type. Returns the rows written (by type, in the order written).

    `new`: (type, id) of records known to have no row yet (nothing of them was held before): what
    their rows, index entries and conflicts held before is not looked up. `previous`: each
    record's state before this write (None: it had none), when the caller knows it (a local save
    read the versions it adds to): what the rows were is then not read."""
    by_entity: dict[str, list[RecordState]] = defaultdict(list)
    for state in states:
        by_entity[state.entity].append(state)
    if not by_entity:
        return []
    session.flush()
    erased: set[str] = set()
    written: list[dict[str, Any]] = []
    for entity in sorted(by_entity, key=WRITE_ORDER.__getitem__):  # what a record refers to first
        items = by_entity[entity]
        ids = [state.record_id for state in items]
        held = [i for i in ids if (entity, i) not in new] if new else ids  # those that may have a row
        known = previous is not None and all((entity, rid) in previous for rid in ids)
        if known:
            assert previous is not None
            states_before = [p for rid in ids if (p := previous[(entity, rid)]) is not None]
            before = search_index.before_states(entity, states_before, {s.record_id: _title(s) for s in states_before})
            # the index's text out, from the rows as they are before the write
            search_index.unindex(session, entity, [s.record_id for s in states_before])
        else:
            before = search_index.before_write(session, entity, held)
        rows = table_rows(entity, items)
        conflicts = []
        for state, row in zip(items, rows, strict=True):
            if state.erased:
                erased.add(entity)
                row.update({f.key: None for f in record_type(entity).personal_fields})
                scrub_personal_data(session, entity, state.record_id)
            for conflict in state.conflicts:
                heads = [h.id for h in conflict.heads]
                conflicts.append({
                    "id": conflict_id(entity, state.record_id, conflict.field, heads),
                    "entity": entity,
                    "record_id": state.record_id,
                    "field": conflict.field,
                    "heads_json": canonical_json(heads),
                    "values_json": canonical_json(list(conflict.values)),
                })
        search_index.add_text(session, entity, rows, load_vocabularies(session))
        if not held:  # none has a row: plain inserts (a COPY on a server)
            last = search_index.last_rowid(session, entity)
            insert_rows(session, RECORD_TABLES[entity], rows)
            search_index.index_appended(session, entity, last)  # the rows after `last`: these
        else:
            upsert(session, RECORD_TABLES[entity], rows)
            search_index.sync_fts(session, entity, before.indexed, search_index.texts_of(rows))
        written += rows
        if entity == "term":
            forget_vocabularies(session)  # the types written next name these terms: read them again
        if before.titles:
            title = record_type(entity).title_field
            search_index.reindex_referrers(session, entity, before.titles, {str(r["id"]): r[title] for r in rows})
        naming_others = search_index.naming_each_other(entity, rows)  # their titles were not written yet
        if naming_others:
            search_index.reindex(session, entity, naming_others, load_vocabularies(session))
        stale = [rid for rid in ids if rid in before.conflicted]  # a record never in conflict has no rows to remove
        for chunk in in_chunks(stale):
            session.execute(delete(ConflictRow).where(ConflictRow.entity == entity, ConflictRow.record_id.in_(chunk)))
        if conflicts:
            session.execute(insert(ConflictRow), conflicts)
    for entity in sorted(erased):
        search_index.forget_deleted_text(session, entity)
    return written
