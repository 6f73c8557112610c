"""A plain sheet sent again with a wider key finds the records its narrower key made.

A row's record id derives from its key's values (sync/row_identity). When rows of a tracker
come to share their key (a second border training on the same day, elsewhere), the person
widens the key (title, start date and places); the ids it gives are new, and without this the
rows an earlier copy made under the narrower key would all be imported again. So a row whose
id is held nowhere is looked for under each narrower key of its own (its key's fields, some
left out, in the same order), widest first: a record held under one of them is the row's, when
no other row of the sheet claims it; rows that share such a record (the reason for widening)
go to the one whose other key values are the record's, and the rest are new records. What was
found that way, and what could not be told, is said in the report.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from mouliaison.domain.messages import Message
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.versions import Version, resolve
from mouliaison.sync.grouped_report import rows_phrase
from mouliaison.sync.reader import DataRow
from mouliaison.sync.row_identity import compared_wire, describe_key, key_values, record_id_for


class Held(Protocol):
    """The versions of records held here (plan._Held)."""

    def holds(self, entity: str) -> bool: ...

    def load(self, keys: Iterable[tuple[str, str]]) -> None: ...

    def of(self, entity: str, record_id: str) -> list[Version]: ...


Key = tuple[str, ...]


@dataclass
class Narrower:
    """What the narrower keys found: id(row) -> the record id it stands for; and, per (sheet,
    record type, its key, the narrower key), the rows found so and the rows not told apart."""

    ids: dict[int, str] = field(default_factory=dict)
    found: dict[tuple[str, str, Key, Key], list[int]] = field(default_factory=lambda: defaultdict(list))
    untold: dict[tuple[str, str, Key, Key], list[int]] = field(default_factory=lambda: defaultdict(list))

    def notes(self) -> list[Message]:
        said: list[Message] = []
        for (sheet, entity, key, narrow), rows in sorted(self.found.items()):
            rtype = RECORD_TYPES[entity]
            said.append(Message(
                "{sheet} {rows}: found as the records a copy of the sheet keyed on {narrow} made (the key now, "
                "{key}, gives other ids); compared with them, not imported again",
                sheet=sheet, rows=rows_phrase(rows), narrow=describe_key(rtype, narrow), key=describe_key(rtype, key)))
        for (sheet, entity, key, narrow), rows in sorted(self.untold.items()):
            rtype = RECORD_TYPES[entity]
            said.append(Message(
                "{sheet} {rows}: they share the {narrow} of a record a copy of the sheet keyed on that made, and "
                "none of them, or more than one, has its other key values ({key}): imported as new records; "
                "the earlier record stays as it was (delete it if a row replaces it)",
                sheet=sheet, rows=rows_phrase(rows), narrow=describe_key(rtype, narrow), key=describe_key(rtype, key)))
        return said


def find_by_narrower_keys(identified: Iterable[tuple[DataRow, str]], keys: dict[str, Key], held: Held) -> Narrower:
    """For the `identified` rows (row, record id from its key) whose record is held nowhere,
    the records a narrower key made (see the module's docstring)."""
    out = Narrower()
    looked: list[tuple[DataRow, Key, list[tuple[Key, str]]]] = []
    wanted: set[tuple[str, str]] = set()
    holds: dict[str, bool] = {}
    for row, record_id in identified:
        key = keys.get(row.sheet, ())
        if len(key) < 2 or held.of(row.entity, record_id):
            continue
        if row.entity not in holds:
            holds[row.entity] = held.holds(row.entity)
        if not holds[row.entity]:
            continue  # nothing of the type held here: nothing to find (a first import)
        rtype = RECORD_TYPES[row.entity]
        values = key_values(rtype, key, row.cells)
        if values is None:
            continue
        candidates = [(narrow, record_id_for(row.entity, tuple(values[i] for i in places)))
                      for narrow, places in _narrower(key) if any(values[i] for i in places)]
        looked.append((row, key, candidates))
        wanted.update((row.entity, rid) for _narrow, rid in candidates)
    if not looked:
        return out
    held.load(wanted)
    claims: dict[tuple[str, str], list[tuple[DataRow, Key, Key]]] = defaultdict(list)
    for row, key, candidates in looked:
        found = next(((narrow, rid) for narrow, rid in candidates if held.of(row.entity, rid)), None)
        if found is not None:
            claims[(row.entity, found[1])].append((row, key, found[0]))
    for (entity, record_id), rows in claims.items():
        chosen = rows
        if len(rows) > 1:  # rows the narrower key does not tell apart: the one with the record's other values
            state = resolve(entity, record_id, held.of(entity, record_id))
            rtype = RECORD_TYPES[entity]
            chosen = [(row, key, narrow) for row, key, narrow in rows
                      if all(compared_wire(state.values.get(k)) == v
                             for k, v in zip(key, key_values(rtype, key, row.cells) or (), strict=True)
                             if k not in narrow)]
        for row, key, narrow in rows:
            if len(chosen) == 1 and chosen[0][0] is row:
                out.ids[id(row)] = record_id
                out.found[(row.sheet, entity, key, narrow)].append(row.row)
            elif len(chosen) != 1:
                out.untold[(row.sheet, entity, key, narrow)].append(row.row)
    return out


def _narrower(key: Key) -> list[tuple[Key, tuple[int, ...]]]:
    """The key's narrower keys (its fields in order, at least one left out), widest first, with
    the places of their fields in the key."""
    found = []
    for size in range(len(key) - 1, 0, -1):
        for places in itertools.combinations(range(len(key)), size):
            found.append((tuple(key[i] for i in places), places))
    return found
