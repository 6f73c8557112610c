"""A reference cell that names a record ("IOM", "Kenya Revenue Authority") read as its id.

A person's tracker names parties, organisations, contacts and meetings; it does not hold our
ids. A name is found among the records held here, those an earlier file of the same import
made, and the rows of the same workbook read before it (sheets are read in
`record_types.WRITE_ORDER`, so organisations are known before the activities naming them).
Names match whatever their case, accents and spacing. A name that fits two records, or none,
is refused for that cell, never guessed; with `create_missing` a name that fits none becomes
a new record of that name, the same one at every office.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mouliaison.domain.default_agreement import PARTY_OTHER_NAMES
from mouliaison.domain.fields import Field
from mouliaison.domain.ids import is_uuid
from mouliaison.domain.messages import Message, TypeLabel, joined
from mouliaison.domain.record_types import RECORD_TYPES, RecordType

# The fields a person names a record by, besides its title field.
NAMED_BY: dict[str, tuple[str, ...]] = {
    "party": ("code", "name"),
    "organisation": ("name", "acronym"),
    "contact": ("full_name", "email"),
}

# The records of a type as (id, values by field key): those held here, live ones only.
Held = Callable[[str], Iterable[tuple[str, Mapping[str, Any]]]]


def plain_name(text: str) -> str:
    """A name as it is compared: no accents, case folded, single spaces."""
    text = str(text)
    if text.isascii():  # nothing to decompose (most names)
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def name_fields(entity: str) -> tuple[str, ...]:
    rtype = RECORD_TYPES[entity]
    return tuple(dict.fromkeys((rtype.title_field, *NAMED_BY.get(entity, ()))))


def why_not_creatable(rtype: RecordType) -> str:
    """Why a record of this type cannot be made from a name alone ("" when it can)."""
    needed = [f.label.lower() for f in rtype.fields
              if f.required and f.key != rtype.title_field and f.default is None]
    if not needed:
        return ""
    return Message("a {type} cannot be made from a name alone (it needs {fields} too)",
                   type=TypeLabel(rtype.label.lower()), fields=", ".join(needed))


@dataclass
class NameIndex:
    """Names -> ids, per record type; loaded from `held` on first use, then kept up to date
    with the records the import makes or changes (`add`, `remove`)."""

    held: Held
    _ids: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # entity -> name -> ids
    _names: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # entity -> id -> names
    # records made or changed before their type is looked up: applied when it is (None: removed)
    _later: dict[str, dict[str, Mapping[str, Any] | None]] = field(default_factory=dict)
    _changes: dict[str, int] = field(default_factory=dict)  # entity -> records added or removed so far

    def lookup(self, entity: str, name: str) -> list[str]:
        return sorted(self._of(entity)[0].get(plain_name(name), ()))

    def changes(self, entity: str) -> int:
        """How many times the records of `entity` were added or removed: while it stays the same,
        a name looked up finds what it found before."""
        return self._changes.get(entity, 0)

    def add(self, entity: str, record_id: str, values: Mapping[str, Any]) -> None:
        self._changes[entity] = self._changes.get(entity, 0) + 1
        if entity not in self._ids:  # no cell named one yet: loaded only if one does
            self._later.setdefault(entity, {})[record_id] = values
            return
        self.remove(entity, record_id)
        ids, names = self._of(entity)
        given = (values.get(key) for key in name_fields(entity))
        for value in (*given, *PARTY_OTHER_NAMES.get(record_id, ())):
            if isinstance(value, str) and plain_name(value):
                names[record_id].add(plain_name(value))
                ids[plain_name(value)].add(record_id)

    def remove(self, entity: str, record_id: str) -> None:
        self._changes[entity] = self._changes.get(entity, 0) + 1
        if entity not in self._ids:
            self._later.setdefault(entity, {})[record_id] = None
            return
        ids, names = self._of(entity)
        for name in names.pop(record_id, ()):
            ids[name].discard(record_id)
            if not ids[name]:
                del ids[name]

    def _of(self, entity: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        if entity not in self._ids:
            self._ids[entity], self._names[entity] = defaultdict(set), defaultdict(set)
            later = self._later.pop(entity, {})
            for record_id, values in self.held(entity):
                if record_id not in later:
                    self.add(entity, record_id, values)
            for record_id, changed in later.items():
                if changed is not None:
                    self.add(entity, record_id, changed)
        return self._ids[entity], self._names[entity]


@dataclass
class Unresolved:
    """What a reference cell could not name: its reason, and the unknown names in it."""

    reason: str
    unknown: tuple[str, ...] = ()


def names_to_ids(
    field_: Field, value: Any, index: NameIndex, create: Callable[[str, str], str] | None = None,
) -> tuple[Any, Unresolved | None]:
    """The value with every name replaced by its record's id, or why it cannot be.

    `create(target, name)` (create_missing) makes a record for a name held nowhere and gives
    its id, where a name is all the record type needs; otherwise an unknown name refuses the cell.
    """
    if value is None or field_.target is None:
        return value, None
    target = field_.target
    items = (value,) if isinstance(value, str) else tuple(value)
    resolved: list[str] = []
    unknown: list[str] = []
    reasons: list[str] = []
    for item in items:
        if is_uuid(item):
            resolved.append(item.lower())
            continue
        found = index.lookup(target, item)
        if len(found) == 1:
            resolved.append(found[0])
        elif found:
            reasons.append(Message("'{name}' names {count} {types}: {ids}; write the id of the one meant instead "
                                   "of its name", name=item, count=len(found),
                                   types=TypeLabel(RECORD_TYPES[target].plural.lower()), ids=", ".join(found)))
        elif target == "organisation" and index.lookup("party", item):
            # IOM or WCO in a 3W's organisation column: never made an organisation that doubles a party
            reasons.append(Message("'{name}' is a party here, not an organisation: map the column to Lead party "
                                   "(lead_party) if it names who leads, or leave the party out of the cell",
                                   name=item))
        elif create is not None and not why_not_creatable(RECORD_TYPES[target]):
            resolved.append(create(target, item))
        else:
            unknown.append(item)
    if unknown:
        rtype = RECORD_TYPES[target]
        names = ", ".join(f"'{n}'" for n in unknown)
        kind = TypeLabel(rtype.label.lower())
        if create is not None and len(unknown) == 1:
            reasons.append(Message("no {type} is called {names} here; {why}; add it first", type=kind, names=names,
                                   why=why_not_creatable(rtype)))
        elif create is not None:
            reasons.append(Message("no {type} is called {names} here; {why}; add them first", type=kind, names=names,
                                   why=why_not_creatable(rtype)))
        elif len(unknown) == 1:
            reasons.append(Message("no {type} is called {names} here; add it first (here or in a sheet of the same "
                                   "workbook), or import with create_missing", type=kind, names=names))
        else:
            reasons.append(Message("no {type} is called {names} here; add them first (here or in a sheet of the "
                                   "same workbook), or import with create_missing", type=kind, names=names))
    if reasons:
        return value, Unresolved(joined(reasons), tuple(unknown))
    if isinstance(value, str):
        return resolved[0], None
    return tuple(sorted(set(resolved))), None
