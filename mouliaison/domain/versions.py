"""Versions and how the current state of a record follows from them (SYNC.md).

The synced data is a grow-only set of versions. A record's current state is a pure
function of its versions, whatever order they arrived in:

- for each field, the *heads* are the versions that set it and that no other version
  setting it names as a parent;
- one head, or heads that agree: that value; heads that disagree: a conflict, and the
  head with the highest (stamp, site) is shown;
- a delete sets `_deleted` and names as parents the heads of every field it saw. The
  record is deleted only if every current head was seen by the delete; a head the delete
  did not see is a concurrent edit, so the record stays and the delete is a conflict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mouliaison.domain import json_text

DELETED = "_deleted"
# Keys a version may set besides a record's fields: they travel like any value.
MERGED_INTO = "_merged_into"  # set with _deleted: this record was a duplicate of that one
ABSORBED = "_absorbed:"  # + the id of a duplicate merged into this record
DISTINCT = "_distinct:"  # + the id of a record a person said is not a duplicate of this one
ERASED = "_erased"  # the person's personal data was erased on request (MOU 3.6)


def is_decision(key: str) -> bool:
    """Keys recording a person's decision about a pair of records; a delete need not have seen them."""
    return key.startswith((ABSORBED, DISTINCT)) or key in (DELETED, MERGED_INTO)

# Where a version came from.
LOCAL = "local"  # typed in at this office
EMBEDDED = "embedded"  # shipped with the app (the default agreement and vocabularies)
FILE = "file"  # imported from a workbook
HAND_EDIT = "hand_edit"  # a cell changed by hand in a workbook


@dataclass(frozen=True)
class Version:
    id: str
    entity: str
    record_id: str
    stamp: int  # HLC
    site_id: str
    values: Mapping[str, Any]  # field key -> wire value (JSON)
    parents: Mapping[str, tuple[str, ...]]  # field key -> ids of versions it supersedes
    origin: str = LOCAL
    source: str | None = None  # the file it came from, if any
    # The canonical JSON of values and parents when the version arrived as that text (from a
    # workbook): stored as it came, not made again. The values' text may be kept as its UTF-8
    # bytes: an import holds 120,000 of them at once, and text with accents takes two bytes a
    # character as a str (its UTF-8 about one), 270 MiB of the peak at 100,000 records. None in
    # place of the values' text: it is what `json_text.sorted_compact(values)` writes (the import
    # checked it), made again when stored rather than held (another 176 MiB at 100,000 records).
    texts: tuple[str | bytes | None, str] | None = field(default=None, compare=False, repr=False)

    def __init__(self, id: str, entity: str, record_id: str, stamp: int, site_id: str,
                 values: Mapping[str, Any], parents: Mapping[str, tuple[str, ...]], origin: str = LOCAL,
                 source: str | None = None, texts: tuple[str | bytes | None, str] | None = None) -> None:
        # The fields above, set at once: the generated __init__ of a frozen dataclass sets each
        # through object.__setattr__, five times slower, and an import makes a version per row.
        self.__dict__.update(id=id, entity=entity, record_id=record_id, stamp=stamp, site_id=site_id, values=values,
                             parents=parents, origin=origin, source=source, texts=texts)

    @property
    def order(self) -> tuple[int, str, str]:
        """Later versions sort higher: the default shown among conflicting heads."""
        return (self.stamp, self.site_id, self.id)

    def values_json(self) -> str:
        if self.texts is None:
            return canonical_json(self.values)
        text = self.texts[0]
        if text is None:  # the very text it came as (see texts)
            made = json_text.sorted_compact(self.values)
            if made is None:
                raise ValueError(f"version {self.id}: its values no longer make the text they came as")
            return made.decode()
        return text if text.__class__ is str else text.decode()  # type: ignore[union-attr]

    def parents_json(self) -> str:
        if self.texts is not None:
            return self.texts[1]
        return canonical_json({k: sorted(v) for k, v in self.parents.items()})


# json.dumps with these options makes an encoder per call; one made once writes the same text
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_json(data: Any) -> str:
    """Compact JSON with sorted keys: the text a version's id and signature are made from, the
    same at every office and in every release (a record's values take the faster way)."""
    made = json_text.canonical_text(data)
    return _CANONICAL.encode(data) if made is None else made


@dataclass(frozen=True)
class FieldConflict:
    field: str
    heads: tuple[Version, ...]  # best first; heads[0] holds the value shown
    values: tuple[Any, ...]  # the wire value each head stands for


@dataclass(slots=True)
class RecordState:
    entity: str
    record_id: str
    values: dict[str, Any] = field(default_factory=dict)  # wire values; absent = never set
    heads: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field -> head version ids
    conflicts: list[FieldConflict] = field(default_factory=list)
    deleted: bool = False
    merged_into: str | None = None  # deleted as a duplicate of that record; links follow it
    erased: bool = False
    created_stamp: int = 0
    updated_stamp: int = 0

    def parents_for(self, keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Parents of a new version that sets `keys`: the current heads of each."""
        return {k: self.heads[k] for k in keys if k in self.heads}


def resolve(entity: str, record_id: str, versions: Iterable[Version]) -> RecordState:
    """The current state of one record from all of its versions (any order)."""
    if isinstance(versions, list) and len(versions) == 1:
        return _resolve_one(entity, record_id, versions[0])
    by_field: dict[str, list[Version]] = {}
    superseded: dict[str, set[str]] = {}
    stamps: list[int] = []
    for version in versions:
        stamps.append(version.stamp)
        for key in version.values:
            by_field.setdefault(key, []).append(version)
            superseded.setdefault(key, set()).update(version.parents.get(key, ()))
    state = RecordState(entity, record_id)
    if stamps:
        state.created_stamp, state.updated_stamp = min(stamps), max(stamps)
    all_versions: dict[str, Version] = {}
    for key, setters in by_field.items():
        if len(setters) == 1 and setters[0].id not in superseded[key]:  # most fields: set once
            only = setters[0]
            all_versions[only.id] = only
            state.heads[key] = (only.id,)
            state.values[key] = only.values[key]
            continue
        heads = sorted(
            {v.id: v for v in setters if v.id not in superseded[key]}.values(),
            key=lambda v: v.order,
            reverse=True,
        )
        for v in setters:
            all_versions[v.id] = v
        state.heads[key] = tuple(h.id for h in heads)
        state.values[key] = heads[0].values[key]
        if len(heads) > 1 and len({canonical_json(h.values[key]) for h in heads}) > 1:
            state.conflicts.append(FieldConflict(key, tuple(heads), tuple(h.values[key] for h in heads)))
    if state.values.get(DELETED) is True:
        _settle_delete(state, all_versions)
    state.erased = state.values.get(ERASED) is True
    state.conflicts.sort(key=lambda c: c.field)
    return state


def _resolve_one(entity: str, record_id: str, version: Version) -> RecordState:
    """A record of one version (most records an import creates): every field it sets is a head."""
    if version.parents and any(version.id in parents for parents in version.parents.values()):
        return resolve(entity, record_id, iter([version]))  # a version naming itself: the general way
    values = dict(version.values)
    state = RecordState(entity, record_id, values, dict.fromkeys(values, (version.id,)), [],
                        created_stamp=version.stamp, updated_stamp=version.stamp)
    if values.get(DELETED) is True:
        _settle_delete(state, {version.id: version})
    state.erased = values.get(ERASED) is True
    return state


def _settle_delete(state: RecordState, all_versions: dict[str, Version]) -> None:
    """Deleted, merged into another record, or kept because of an edit the delete did not see."""
    target = state.values.get(MERGED_INTO)
    if isinstance(target, str) and state.values.get(ABSORBED + target) is True and state.record_id < target:
        # Two offices merged this pair in opposite directions: the smaller id survives.
        state.values[DELETED] = False
        return
    deletes = [all_versions[h] for h in state.heads[DELETED] if all_versions[h].values[DELETED] is True]

    def seen(key: str) -> set[str]:  # what the deletes saw of a field, together
        return {p for d in deletes for p in d.parents.get(key, ())}

    def edit(version_id: str) -> bool:  # a person's edit, not the fill of a competing merge
        return not any(k.startswith(ABSORBED) for k in all_versions[version_id].values)

    unseen = [
        k for k, heads in state.heads.items()
        if not is_decision(k) and any(edit(h) for h in set(heads) - seen(k))
    ]
    if unseen:
        # Edited elsewhere while deleted here: keep the record, list the delete as a conflict.
        state.values[DELETED] = False
        if not any(c.field == DELETED for c in state.conflicts):
            edits = {h for k in unseen for h in state.heads[k]}
            edit_versions = sorted((all_versions[h] for h in edits), key=lambda v: v.order, reverse=True)
            state.conflicts.append(FieldConflict(DELETED, (edit_versions[0], deletes[0]), (False, True)))
        return
    state.deleted = True
    state.merged_into = target if isinstance(target, str) else None
    # a deleted record's field conflicts are no one's to resolve; they come back if it is restored
    state.conflicts = [c for c in state.conflicts if c.field == DELETED]
