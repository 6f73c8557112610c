"""The one write path: every change to synced data becomes versions, then current state.

Local edits, deletes, the embedded default and (later) imported files all come through
`ChangeWriter`, inside the caller's transaction. Nothing here validates: services
validate first, so that refused input never reaches this point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from mouliaison.domain.ids import uuid7
from mouliaison.domain.record_types import record_type
from mouliaison.domain.values import Value, normalise, to_wire
from mouliaison.domain.versions import (
    ABSORBED,
    DELETED,
    DISTINCT,
    ERASED,
    LOCAL,
    MERGED_INTO,
    RecordState,
    Version,
    resolve,
)
from mouliaison.store import queries
from mouliaison.store.clock import PersistentClock
from mouliaison.store.current_state import load_versions, record_state, write_state
from mouliaison.store.versions import as_stored, stored_ids, write_versions


class UnknownRecord(LookupError):
    pass


class ChangeWriter:
    def __init__(self, session: Session, clock: PersistentClock) -> None:
        self._session = session
        self._clock = clock
        self._written: dict[tuple[str, str], dict[str, object]] = {}  # the table rows written, by type and id
        self._versions: dict[tuple[str, str], list[Version]] = {}  # versions read or made in this transaction

    def state(self, entity: str, record_id: str) -> RecordState:
        """The record's resolved state; its versions are read once per transaction (a save checks
        the state, then writes a version after it)."""
        return resolve(entity, record_id, self._versions_of(entity, record_id))

    def _versions_of(self, entity: str, record_id: str) -> list[Version]:
        key = (entity, record_id)
        if key not in self._versions:
            self._versions[key] = load_versions(self._session, entity, record_id)
        return self._versions[key]

    def written_row(self, entity: str, record_id: str) -> dict[str, object] | None:
        """The record's table row as this transaction last wrote it: showing the record after a
        save needs no second read."""
        return self._written.get((entity, record_id))

    def create(self, entity: str, values: Mapping[str, Value], record_id: str | None = None) -> str:
        earlier = None if record_id else []  # a new id has no versions yet: nothing to read
        record_id = record_id or uuid7(self._clock.wall_ms())
        wire = self.wire(entity, values)
        self.record_local(entity, record_id, wire, parents={}, earlier=earlier)
        return record_id

    def update(self, entity: str, record_id: str, values: Mapping[str, Value]) -> dict[str, Value]:
        """Set the fields whose value differs; returns those that changed."""
        state, earlier = self._existing(entity, record_id)
        wire = self.wire(entity, values)
        changed = {k: v for k, v in wire.items() if state.values.get(k) != v or len(state.heads.get(k, ())) > 1}
        if changed:
            self.record_local(entity, record_id, changed, state.parents_for(changed), earlier=earlier)
        return {k: values[k] for k in changed}

    def delete(self, entity: str, record_id: str) -> None:
        """A tombstone: a version setting `_deleted` that saw every field's current heads."""
        state, earlier = self._existing(entity, record_id)
        self.record_local(entity, record_id, {DELETED: True}, dict(state.heads), earlier=earlier)

    def restore(self, entity: str, record_id: str) -> None:
        """Undo a delete: a version clearing `_deleted` after the tombstone."""
        state, earlier = self._existing(entity, record_id, allow_deleted=True)
        self.record_local(entity, record_id, {DELETED: False}, state.parents_for([DELETED]), earlier=earlier)

    # What a person decides about records, each a version whose parents the rule picks here: the
    # fields it sets supersede their current heads; a delete supersedes every field's.

    def mark_distinct(self, entity: str, record_id: str, other: str) -> None:
        """"Not a duplicate of `other`": `_distinct:<other>` set on the record (and by the caller
        on the other), so it travels."""
        state, earlier = self._existing(entity, record_id)
        key = f"{DISTINCT}{other}"
        self.record_local(entity, record_id, {key: True}, state.parents_for([key]), earlier=earlier)

    def merge(self, entity: str, keep: str, duplicate: str) -> dict[str, Value]:
        """Merge `duplicate` into `keep`: the empty fields of `keep` are filled from it, `keep`
        notes it absorbed it, and it is deleted pointing at `keep` (links follow it). Returns
        the fields filled."""
        kept_values = self.row_values(entity, keep)
        dup_values = self.row_values(entity, duplicate)
        filled: dict[str, Value] = {k: v for k, v in dup_values.items() if kept_values.get(k) is None and v is not None}
        state, earlier = self._existing(entity, keep)
        wire = {**self.wire(entity, filled), f"{ABSORBED}{duplicate}": True}
        self.record_local(entity, keep, wire, state.parents_for(wire), earlier=earlier)
        state, earlier = self._existing(entity, duplicate)
        self.record_local(entity, duplicate, {DELETED: True, MERGED_INTO: keep}, dict(state.heads), earlier=earlier)
        return filled

    def row_values(self, entity: str, record_id: str) -> dict[str, Value]:
        """The record's field values as its table row holds them (every field of its type)."""
        row = queries.fetch_record(self._session, entity, record_id)
        if row is None:
            raise UnknownRecord(f"no {entity} with id {record_id}")
        return queries.row_values(entity, row)

    def erase(self, entity: str, record_id: str) -> list[str]:
        """Erase the record's personal fields (MOU 3.6): a version setting `_erased` and clearing
        them; its earlier versions are scrubbed as its state is written. Returns the fields."""
        state, earlier = self._existing(entity, record_id, allow_deleted=True)
        keys = [f.key for f in record_type(entity).personal_fields]
        wire = {ERASED: True, **dict.fromkeys(keys)}
        self.record_local(entity, record_id, wire, state.parents_for(wire), earlier=earlier)
        return keys

    def resolve(self, entity: str, record_id: str, field: str, value: object, heads: tuple[str, ...]) -> None:
        """Close a conflict on `field` with `value` (a wire value): a version after all its heads."""
        self.record_local(entity, record_id, {field: value}, {field: heads})

    def resolve_delete(self, entity: str, record_id: str, *, delete: bool) -> None:
        """Close a delete-against-an-edit conflict: delete the record after all (a tombstone after
        every field's heads), or keep it (`_deleted` cleared after its heads)."""
        state = resolve(entity, record_id, self._versions_of(entity, record_id))
        if delete:
            self.record_local(entity, record_id, {DELETED: True}, dict(state.heads))
        else:
            self.record_local(entity, record_id, {DELETED: False}, state.parents_for([DELETED]))

    def add_versions(self, versions: Iterable[Version], received_at: str | None = None) -> int:
        """Add versions made elsewhere (embedded default, imported files); returns how many were new."""
        received_at = received_at or _device_time()
        touched: set[tuple[str, str]] = set()
        batch = list(versions)
        known = stored_ids(self._session, [v.id for v in batch])
        new: list[tuple[Version, str | None]] = []
        for version in batch:
            if version.id in known:
                continue
            known.add(version.id)
            new.append((version, None))
            touched.add((version.entity, version.record_id))
            self._versions.pop((version.entity, version.record_id), None)
        write_versions(self._session, new, received_at)
        for entity, record_id in sorted(touched):
            self._keep(entity, write_state(self._session, record_state(self._session, entity, record_id)))
        return len(new)

    def _existing(self, entity: str, record_id: str, allow_deleted: bool = False) -> tuple[RecordState, list[Version]]:
        """The record's state and the versions it comes from (its next state adds one to them)."""
        versions = self._versions_of(entity, record_id)
        state = resolve(entity, record_id, versions)
        if not state.heads or (state.deleted and not allow_deleted):
            raise UnknownRecord(f"no {entity} with id {record_id}")
        return state, versions

    def _keep(self, entity: str, row: dict[str, object]) -> None:
        self._written[(entity, str(row["id"]))] = row

    def wire(self, entity: str, values: Mapping[str, Value]) -> dict[str, object]:
        rtype = record_type(entity)
        wire: dict[str, object] = {}
        for key, value in values.items():
            field = rtype.field(key)
            if field is None:
                raise KeyError(f"{entity} has no field '{key}'")
            wire[key] = to_wire(field, normalise(field, value))
        return wire

    def record_local(
        self, entity: str, record_id: str, wire: Mapping[str, object], parents: Mapping[str, tuple[str, ...]],
        earlier: list[Version] | None = None,
    ) -> None:
        """A version made here, now: wire values and the heads it supersedes, field by field.
        Given the record's `earlier` versions (read by the caller), its state is resolved from
        them and this one, without reading them all again."""
        version = Version(
            id=uuid7(self._clock.wall_ms()),
            entity=entity,
            record_id=record_id,
            stamp=self._clock.now(),
            site_id=self._clock.site_id,
            values=wire,
            parents=parents,
            origin=LOCAL,
        )
        write_versions(self._session, [(version, None)], _device_time())
        key = (entity, record_id)
        previous: dict[tuple[str, str], RecordState | None] | None = None
        if earlier is None:
            self._versions.pop(key, None)
            state = record_state(self._session, entity, record_id)
        else:
            previous = {key: resolve(entity, record_id, earlier) if earlier else None}
            self._versions[key] = [*earlier, as_stored(version)]
            state = resolve(entity, record_id, self._versions[key])
        if state.erased:
            self._versions.pop(key, None)  # its versions are scrubbed as the state is written: read them again
        self._keep(entity, write_state(self._session, state, previous))


def _device_time() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
