"""Visible rows a person edited or added become versions (SYNC.md, "Hand edits in Excel").

Every id and stamp here derives from the file's content, so every office that imports the
same edited file makes the very same versions, and importing it again adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mouliaison.domain import clock
from mouliaison.domain.fields import Field
from mouliaison.domain.ids import derived, is_uuid
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.validation import Problem, validate
from mouliaison.domain.values import Value, ValueProblem, from_wire, normalise, to_wire
from mouliaison.domain.versions import DELETED, FILE, HAND_EDIT, Version, canonical_json
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.cells import CellNotes, as_exported, cell_value, is_ticked
from mouliaison.sync.reader import CellProblem, DataRow, IncomingWorkbook, clean_id

Exists = Callable[[str, str], bool]
# The current values and heads of a record held here, or None: (entity, id) -> ...
Current = Callable[[str, str], tuple[Mapping[str, Any], Mapping[str, tuple[str, ...]]] | None]


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int
    reason: str

    def __str__(self) -> str:
        return f"{self.sheet} row {self.row}: {self.reason}"


@dataclass
class RowsOutcome:
    versions: list[Version] = field(default_factory=list)
    quarantined: list[tuple[str, RowProblem]] = field(default_factory=list)  # (entity, problem)
    rejected: list[tuple[str, CellProblem]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cell_notes: CellNotes = field(default_factory=CellNotes)  # counted per column, then added to notes


def versions_from_rows(
    incoming: IncomingWorkbook, vocab: VocabularyIndex, exists: Exists, current: Current
) -> RowsOutcome:
    out = RowsOutcome()
    file_id = incoming.file_id
    site = derived("hand-edits", file_id)
    stamp = _hand_edit_stamp(incoming)
    ids = Counter((r.entity, clean_id(r.cells.get(fmt.ID_KEY))) for r in incoming.rows)
    ids.update((u.entity, u.record_id) for u in incoming.unchanged)
    for unchanged in incoming.unchanged:  # read as exported: nothing to do, unless its id is on another row
        if ids[(unchanged.entity, unchanged.record_id)] > 1:
            out.quarantined.append((unchanged.entity, RowProblem(unchanged.sheet, unchanged.row, _on_several_rows(
                unchanged.record_id, ids[(unchanged.entity, unchanged.record_id)]))))
    occurrences: Counter[str] = Counter()
    for row in incoming.rows:
        out.rejected += [(row.entity, p) for p in row.problems]
        record_id = clean_id(row.cells.get(fmt.ID_KEY))
        quarantine = _quarantine_reason(incoming, row, record_id, ids)
        if quarantine:
            out.quarantined.append((row.entity, RowProblem(row.sheet, row.row, quarantine)))
            continue
        rtype = RECORD_TYPES[row.entity]
        if not record_id:
            content = canonical_json({k: str(v) for k, v in sorted(row.cells.items())})
            occurrences[content] += 1
            record_id = derived("hand-row", file_id, row.entity, content, str(occurrences[content]))
            _new_record(out, row, rtype, record_id, site, stamp, vocab, exists, incoming)
            continue
        if incoming.ours and as_exported(rtype, row.cells, incoming.base[(row.entity, record_id)].values):
            continue  # shows what was exported (rows found so while read never come here): no edit
        base = _base_of(incoming, row.entity, record_id, current)
        if base is None:  # a foreign sheet's row with an id of a record not held here: a new record
            _new_record(out, row, rtype, record_id, site, stamp, vocab, exists, incoming)
            continue
        base_values, base_heads = base
        if is_ticked(row.cells.get(fmt.DELETE_KEY)):
            version_id = derived("hand-delete", file_id, row.entity, record_id)
            out.versions.append(Version(version_id, row.entity, record_id, stamp, site, {DELETED: True},
                                        dict(base_heads), HAND_EDIT, file_id))
            continue
        changes = _changes(out, row, rtype, base_values, vocab, exists)
        if changes:
            wire = {k: to_wire(rtype.field(k), v) for k, v in changes.items()}  # type: ignore[arg-type]
            # the content is part of the id: the same file edited again makes another version
            version_id = derived("hand-edit", file_id, row.entity, record_id, canonical_json(wire))
            parents = {k: base_heads[k] for k in changes if k in base_heads}
            out.versions.append(Version(version_id, row.entity, record_id, stamp, site, wire, parents,
                                        HAND_EDIT, file_id))
    out.quarantined.sort(key=lambda found: (found[1].sheet, found[1].row))  # in the order of the sheets
    out.notes += out.cell_notes.lines()
    return out


def _hand_edit_stamp(incoming: IncomingWorkbook) -> int:
    """One tick after the export; for a foreign file, its own modified time (or the epoch)."""
    if incoming.meta is not None:
        return int(incoming.meta["export_stamp"]) + 1
    if incoming.modified is not None:
        moment = incoming.modified.replace(tzinfo=incoming.modified.tzinfo or dt.UTC)
        return clock.pack(int(moment.timestamp() * 1000), 0)
    return clock.pack(0, 1)


def _quarantine_reason(
    incoming: IncomingWorkbook, row: DataRow, record_id: str, ids: Counter[tuple[str, str]]
) -> str:
    if row.merged:
        return "the row has merged cells; unmerge them and import again"
    if not record_id:
        return ""
    if not is_uuid(record_id):
        return f"'{record_id}' is not a record id (was the Id cell changed?)"
    if ids[(row.entity, record_id)] > 1:
        return _on_several_rows(record_id, ids[(row.entity, record_id)])
    if incoming.ours:
        base = incoming.base.get((row.entity, record_id))
        if base is None:
            return f"the id {record_id} is not one this file exported on this sheet; was it changed?"
        token = str(row.cells.get(fmt.VERSION_KEY) or "").strip()
        if token != base.token:
            return "the Version cell was changed; restore it, or copy the row's values into a new row"
    return ""


def _on_several_rows(record_id: str, count: int) -> str:
    return f"the id {record_id} appears on {count} rows; keep it on one row only"


def _base_of(
    incoming: IncomingWorkbook, entity: str, record_id: str, current: Current
) -> tuple[dict[str, Value], Mapping[str, tuple[str, ...]]] | None:
    rtype = RECORD_TYPES[entity]
    if incoming.ours:
        base = incoming.base[(entity, record_id)]
        wire, heads = base.values, base.heads
    else:
        held = current(entity, record_id)
        if held is None:
            return None
        wire, heads = held
    values = {f.key: from_wire(f, wire.get(f.key)) for f in rtype.fields}
    return values, heads


def _read_cells(
    out: RowsOutcome, row: DataRow, rtype: RecordType, vocab: VocabularyIndex
) -> dict[str, Value]:
    values: dict[str, Value] = {}
    for key, raw in row.cells.items():
        if key.startswith("_"):
            continue
        field_ = rtype.field(key)
        if field_ is None:
            continue
        try:
            values[key] = cell_value(field_, raw, vocab, out.cell_notes, (row.sheet, row.columns[key], field_.label))
        except ValueProblem as exc:
            out.rejected.append((row.entity, CellProblem(row.sheet, row.row, row.columns[key], str(exc))))
    return values


def _changes(
    out: RowsOutcome, row: DataRow, rtype: RecordType, base: dict[str, Value], vocab: VocabularyIndex, exists: Exists
) -> dict[str, Value]:
    read = _read_cells(out, row, rtype, vocab)
    # the base compared as the cells are read: a stored value with stray spaces or in NFD is no edit
    shown = {k: _normalised(rtype.field(k), v) for k, v in base.items()}
    changes = {k: v for k, v in read.items() if v != shown.get(k) and _by_code(rtype, k, v, vocab) != shown.get(k)}
    changes = {k: _by_code(rtype, k, v, vocab) for k, v in changes.items()}
    if not changes:
        return changes
    before = {(p.field, p.message) for p in validate(rtype, base, vocab, exists)}
    while changes:
        record = {**base, **changes}
        new = [p for p in validate(rtype, record, vocab, exists) if (p.field, p.message) not in before]
        if not new:
            break
        blamed = {p.field for p in new if p.field in changes} or set(changes)
        for key in sorted(blamed):
            reason = "; ".join(p.message for p in new if p.field == key) or "; ".join(p.message for p in new)
            out.rejected.append((row.entity, CellProblem(row.sheet, row.row, row.columns[key], reason)))
            del changes[key]
    return changes


def _normalised(field_: Field | None, value: Value) -> Value:
    if field_ is None:
        return value
    try:
        return normalise(field_, value)
    except ValueProblem:
        return value


def _by_code(rtype: RecordType, key: str, value: Value, vocab: VocabularyIndex) -> Value:
    """A choice typed as its label becomes its code."""
    field_ = rtype.field(key)
    if field_ is None or field_.vocabulary is None or value is None:
        return value
    if isinstance(value, str):
        return vocab.lookup(field_.vocabulary, value) or value
    if isinstance(value, tuple):
        return tuple(sorted({vocab.lookup(field_.vocabulary, v) or v for v in value}))
    return value


def _new_record(
    out: RowsOutcome, row: DataRow, rtype: RecordType, record_id: str, site: str, stamp: int,
    vocab: VocabularyIndex, exists: Exists, incoming: IncomingWorkbook,
) -> None:
    rejected_before = len(out.rejected)
    read = _read_cells(out, row, rtype, vocab)
    values = {k: _by_code(rtype, k, v, vocab) for k, v in read.items()}
    if not any(v is not None for v in values.values()) and not row.problems:
        return
    if row.problems or len(out.rejected) > rejected_before:
        # a new row is taken whole or not at all: fixed and imported again, it must not come twice
        out.notes.append(f"{row.sheet} row {row.row} was not imported because of its rejected cells")
        return
    record = rtype.defaults()
    record.update({k: v for k, v in values.items() if v is not None})
    problems: list[Problem] = validate(rtype, record, vocab, exists)
    if problems:
        for p in problems:
            column = row.columns.get(p.field, "")
            out.rejected.append((row.entity, CellProblem(row.sheet, row.row, column, p.message)))
        out.notes.append(f"{row.sheet} row {row.row} was not imported because of its rejected cells")
        return
    wire = {k: to_wire(rtype.field(k), v) for k, v in record.items() if v is not None}  # type: ignore[arg-type]
    version_id = derived("hand-row-version", incoming.file_id, row.entity, record_id)
    out.versions.append(Version(version_id, row.entity, record_id, stamp, site, wire, {},
                                HAND_EDIT if incoming.ours else FILE, incoming.file_id))
