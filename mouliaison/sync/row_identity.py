"""Which record a row of a plain sheet stands for, so a sheet sent again finds its records.

A coordinator's tracker has no ids of ours: next month's copy, a copy fixed after some cells
were refused, or one merely re-saved holds the same activities in other bytes. A row is known
by the values of its key fields (the mapping's `key`, e.g. title and start date): its record
id derives from the record type and those values, read and compared as names are (case,
accents and spacing aside), so every office and every copy of the sheet gives a row the same id.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.ids import derived
from mouliaison.domain.messages import FieldLabel, FieldLabels, Message
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.values import ValueProblem, to_wire
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.cells import as_written, cell_value, is_clean
from mouliaison.sync.names_in_cells import plain_name
from mouliaison.sync.reader import DataRow, clean_id
from mouliaison.sync.row_keys import KEY_HINT, KEY_HINT_SOME, KeyLabels
from mouliaison.sync.sheet_mapping import SheetMapping


def key_fields(rtype: RecordType, mapping: SheetMapping | None, mapped: Iterable[str]) -> tuple[str, ...]:
    """The mapping's key; without one, the title field and the type's first date field the
    sheet has (those of them the sheet has at all)."""
    if mapping is not None and mapping.key:
        return tuple(mapping.key)
    present = set(mapped)
    first_date = next((f.key for f in rtype.fields if f.kind is Kind.DATE and f.key in present), None)
    return tuple(k for k in (rtype.title_field, first_date) if k is not None and k in present)


def key_values(rtype: RecordType, key: tuple[str, ...], cells: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The row's key as compared; None when every key cell is empty (the row has no key)."""
    values = tuple(_compared(rtype, k, cells.get(k)) for k in key)
    return values if any(values) else None


def record_id_for(entity: str, values: tuple[str, ...]) -> str:
    """The id of the record a row with this key stands for, the same at every office."""
    return derived("plain-row", entity, *values)


@dataclass
class Identified:
    """A plain sheet's rows without an id cell, known by their keys (`identify`)."""

    ids: dict[int, tuple[DataRow, str]] = field(default_factory=dict)  # id(row) -> (row, record id; "": no key)
    keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # sheet -> the key fields of its rows
    repeated: dict[int, DataRow] = field(default_factory=dict)  # id(row) -> a row that says what an earlier row said
    repeats: dict[str, list[int]] = field(default_factory=dict)  # sheet -> those rows' numbers
    quarantined: dict[int, str] = field(default_factory=dict)  # id(row) -> why set aside (rows that share a key)


def identify(rows: Iterable[DataRow], mappings: Mapping[str, SheetMapping]) -> Identified:
    """Each row without an id cell, with the record its key stands for; the rows that share a key
    set aside with the reason (in `quarantined`), unless they say the same word for word: then
    the first stands for them all (`repeated`)."""
    found = Identified()
    keys = found.keys
    sharing: dict[tuple[str, str], list[DataRow]] = defaultdict(list)
    for row in rows:
        if clean_id(row.cells.get(fmt.ID_KEY)) or row.merged:
            continue
        rtype = RECORD_TYPES[row.entity]
        if row.sheet not in keys:
            keys[row.sheet] = key_fields(rtype, mappings.get(row.sheet), row.columns)
        values = key_values(rtype, keys[row.sheet], row.cells) if keys[row.sheet] else None
        record_id = record_id_for(row.entity, values) if values is not None else ""
        found.ids[id(row)] = (row, record_id)
        if record_id:
            sharing[(row.entity, record_id)].append(row)
    alike: dict[str, list[DataRow]] = defaultdict(list)  # sheet -> its rows that share a key
    for shared in sharing.values():
        if len(shared) > 1 and repeat_one([r.cells for r in shared]):
            for row in shared[1:]:  # the first row stands for them all
                found.repeated[id(row)] = row
                found.repeats.setdefault(row.sheet, []).append(row.row)
        elif len(shared) > 1:
            for row in shared:
                alike[row.sheet].append(row)
    for sheet, alike_rows in alike.items():
        # one reason for the sheet's rows alike, so the report says it once, with its fix
        rtype = RECORD_TYPES[alike_rows[0].entity]
        key = keys[sheet]
        wider = telling_apart(rtype, key, alike_rows[0].columns, [r.cells for r in alike_rows])
        if wider is None:
            fix = Message("map a column that tells them apart (they differ in no column read, or in none at all)")
        else:
            fields = KeyLabels(rtype.field(k).label for k in wider[0])  # type: ignore[union-attr]
            fix = Message(KEY_HINT_SOME if wider[1] else KEY_HINT, columns=json.dumps(list(wider[0])),
                          fields=fields, count=wider[1])
        reason = Message("another row of the sheet has the same {key}, which tell the rows apart when the sheet "
                         "is sent again; make them differ, or {fix}", key=describe_key(rtype, key), fix=fix)
        for row in alike_rows:
            found.quarantined[id(row)] = reason
    return found


def named_record_id(entity: str, name: str) -> str:
    """The id of a record made from a name alone (create_missing): the id a sheet of these
    records keyed on their name alone gives the same name, so the two never make two records."""
    return record_id_for(entity, (plain_name(name),))


def repeat_one(rows: list[Mapping[str, Any]]) -> bool:
    """Whether rows sharing a key say the same in every column read: one record told several
    times (a 4W's activity on one row per month or indicator, those columns left out)."""
    first = rows[0]
    return all(cells == first for cells in rows[1:])


def telling_apart(rtype: RecordType, key: tuple[str, ...], mapped: Iterable[str],
                  rows: list[Mapping[str, Any]]) -> tuple[tuple[str, ...], int] | None:
    """A key that tells apart these `rows`, which share `key`: it, with the fewest more of the
    sheet's fields (chosen one at a time, the one that leaves fewest rows alike); what a person
    is offered as the fix (a 3W lists one activity per organisation and place); with the number
    of rows it still leaves alike. None when no field of the sheet helps: the rows differ only in
    columns left out, or not at all."""
    present = set(mapped)
    candidates = [f.key for f in rtype.fields
                  if f.key in present and f.key not in key and f.kind is not Kind.LONG_TEXT]

    def alike(fields: tuple[str, ...]) -> int:
        """Rows whose key is another's while their cells differ (rows that repeat one are no trouble)."""
        groups: dict[tuple[str, ...] | None, list[Mapping[str, Any]]] = defaultdict(list)
        for cells in rows:
            groups[key_values(rtype, fields, cells)].append(cells)
        return sum(len(group) for group in groups.values() if not repeat_one(group))

    chosen, left = key, alike(key)
    while left and candidates:
        score, _order, pick = min((alike((*chosen, c)), n, c) for n, c in enumerate(candidates))  # ties: type's order
        if score >= left:
            break
        chosen, left = (*chosen, pick), score
        candidates.remove(pick)
    return (chosen, left) if chosen != key else None


def describe_key(rtype: RecordType, key: tuple[str, ...]) -> str:
    """"Title", "Title and Date", "Title, Date and Country": the key's field labels (translated in the window)."""
    labels = [(f.label if (f := rtype.field(k)) is not None else k) for k in key]
    if len(labels) == 1:
        return FieldLabel(labels[0])
    return Message("{labels} and {last}", labels=FieldLabels(labels[:-1]), last=FieldLabel(labels[-1]))


_MIDNIGHT = dt.time()
_NO_FIELD: tuple[Field | None, bool, bool] = (None, False, False)


@functools.cache
def _ways(entity: str) -> dict[str, tuple[Field | None, bool, bool]]:
    """Per field: the field, whether its clean text is taken as written, whether it is a date."""
    return {f.key: (f, as_written(f), f.kind is Kind.DATE) for f in RECORD_TYPES[entity].fields}


def _compared(rtype: RecordType, key: str, raw: Any) -> str:
    if raw is None:
        return ""
    field_, written, date = _ways(rtype.name).get(key, _NO_FIELD)
    if field_ is None:
        return plain_name(str(raw))
    cls = raw.__class__
    if cls is str and written and raw and is_clean(raw):
        return plain_name(raw)  # as below: cell_value and to_wire keep clean text as it is
    if cls is dt.datetime and date and raw.time() == _MIDNIGHT:
        return raw.date().isoformat()  # as below: a date cell's ISO date, which plain_name keeps
    try:
        wire = to_wire(field_, cell_value(field_, raw))
    except ValueProblem:
        return plain_name(str(raw))  # refused when the row is read; still a key to compare
    return compared_wire(wire)


def compared_wire(wire: Any) -> str:
    """A stored (wire) value as a key compares it: what a cell that gave it reads as."""
    if wire is None:
        return ""
    if isinstance(wire, list):
        return ",".join(sorted(plain_name(str(w)) for w in wire))
    return plain_name(str(wire))
