"""Visible rows a person edited or added become versions (SYNC.md, "Hand edits in Excel").

Every id and stamp here derives from the file's content, so every office that imports the
same edited file makes the very same versions, and importing it again adds nothing.

A plain sheet (a coordinator's tracker: no hidden sheets, no ids of ours) is read its own way
(`_Reading.plain_row`): each row stands for the record its key gives (sync/row_identity), so the
same tracker sent again, fixed or re-saved updates what it made before instead of adding it
again; a record it makes is one version derived from the record and its content, not from the
file; a change to a record held here is compared with what the sheets last said of it; names
in reference cells are read as the records they name (sync/names_in_cells).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from mouliaison.domain import clock
from mouliaison.domain.fields import Field
from mouliaison.domain.ids import derived, is_uuid
from mouliaison.domain.messages import Message
from mouliaison.domain.record_types import RECORD_TYPES, WRITE_ORDER, RecordType
from mouliaison.domain.validation import validate
from mouliaison.domain.values import Value, ValueProblem, from_wire, normalise, to_wire
from mouliaison.domain.versions import DELETED, FILE, HAND_EDIT, Version, canonical_json, resolve
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.cells import CellNotes, as_exported, cell_value, is_clean, is_ticked
from mouliaison.sync.names_in_cells import Held, NameIndex, names_to_ids, plain_name
from mouliaison.sync.narrower_keys import find_by_narrower_keys
from mouliaison.sync.new_record_checks import (
    A_CHOICE,
    A_DATE,
    AS_WRITTEN,
    cell_ways,
    check_new_record,
    coded,
    defaults_of,
    wire_of,
)
from mouliaison.sync.plain_notes import reading_notes
from mouliaison.sync.reader import CellProblem, DataRow, IncomingWorkbook, clean_id
from mouliaison.sync.row_identity import Identified, identify, named_record_id

Exists = Callable[[str, str], bool]
# The records of a type held here, for the names in reference cells (names_in_cells.Held).
HeldRecords = Held
PLAIN_SITE = derived("plain-sheets")  # the site of what plain sheets said: their lineage
SEEN = "_seen_in_sheet"  # set (True) by the newest copy of a sheet that changed nothing of a record
_UNREAD = object()
_MIDNIGHT = dt.time()


class History(Protocol):
    """The versions of records held here (plan._Held): loaded in bulk, then asked one by one."""

    def holds(self, entity: str) -> bool: ...

    def load(self, keys: Iterable[tuple[str, str]]) -> None: ...

    def of(self, entity: str, record_id: str) -> list[Version]: ...


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
    # plain rows that bring nothing new: "unchanged", or "stale" (an older sheet than one read before)
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confirming: set[str] = field(default_factory=set)  # SEEN marks of such rows: they change no value


def versions_from_rows(
    incoming: IncomingWorkbook, vocab: VocabularyIndex, exists: Exists, history: History,
    held: HeldRecords, *, create_missing: bool = False,
) -> RowsOutcome:
    """The versions the visible rows make; `create_missing`: a name in a reference cell that no
    record has makes one of that name (names_in_cells), rather than refusing the cell."""
    out = RowsOutcome()
    reading = _Reading(incoming, vocab, exists, history, NameIndex(held), create_missing, out)
    ids = Counter((r.entity, clean_id(r.cells.get(fmt.ID_KEY))) for r in incoming.rows)
    ids.update((u.entity, u.record_id) for u in incoming.unchanged)
    for unchanged in incoming.unchanged:  # read as exported: nothing to do, unless its id is on another row
        if ids[(unchanged.entity, unchanged.record_id)] > 1:
            out.quarantined.append((unchanged.entity, RowProblem(unchanged.sheet, unchanged.row, _on_several_rows(
                unchanged.record_id, ids[(unchanged.entity, unchanged.record_id)]))))
    # a plain sheet's rows are known by their keys (the rows of a workbook of ours, by their Id cells)
    identified = reading.identified = Identified() if incoming.ours else identify(incoming.rows, incoming.mappings)
    identities = identified.ids
    if not incoming.ours:  # a plain sheet's rows are compared with the records held here
        by_id = {(r.entity, clean_id(r.cells.get(fmt.ID_KEY))) for r in incoming.rows}
        history.load({key for key in by_id if is_uuid(key[1])} | {(r.entity, i) for r, i in identities.values() if i})
        narrower = find_by_narrower_keys(
            ((r, i) for key, (r, i) in identities.items() if i and key not in identified.quarantined
             and key not in identified.repeated), identified.keys, history)
        for key, record_id in narrower.ids.items():
            identities[key] = (identities[key][0], record_id)
        out.notes += narrower.notes()
    occurrences: Counter[str] = Counter()
    # what rows refer to is read first: an organisation's row before the activity that names it
    for row in sorted(incoming.rows, key=lambda r: (WRITE_ORDER.get(r.entity, 0), r.sheet, r.row)):
        if row.problems:
            out.rejected += [(row.entity, p) for p in row.problems]
        record_id = clean_id(row.cells.get(fmt.ID_KEY))
        if id(row) in identified.repeated:
            continue  # said by an earlier row of the sheet, word for word
        quarantine = _quarantine_reason(incoming, row, record_id, ids) or identified.quarantined.get(id(row), "")
        if quarantine:
            out.quarantined.append((row.entity, RowProblem(row.sheet, row.row, quarantine)))
            continue
        rtype = RECORD_TYPES[row.entity]
        if not record_id and id(row) in identities and identities[id(row)][1]:
            record_id = identities[id(row)][1]
        elif not record_id:
            content = canonical_json({k: str(v) for k, v in sorted(row.cells.items())})
            occurrences[content] += 1
            record_id = derived("hand-row", incoming.file_id, row.entity, content, str(occurrences[content]))
            if not incoming.ours:
                reading.keyless.setdefault(row.sheet, []).append(row.row)
            reading.new_record(row, rtype, record_id)
            continue
        if incoming.ours and as_exported(rtype, row.cells, incoming.base[(row.entity, record_id)].values):
            continue  # shows what was exported (rows found so while read never come here): no edit
        if not incoming.ours:
            reading.plain_row(row, rtype, record_id)
            continue
        base_values, base_heads = _base_of(incoming, row.entity, record_id)
        if is_ticked(row.cells.get(fmt.DELETE_KEY)):
            version_id = derived("hand-delete", incoming.file_id, row.entity, record_id)
            out.versions.append(Version(version_id, row.entity, record_id, reading.stamp, reading.site,
                                        {DELETED: True}, dict(base_heads), HAND_EDIT, incoming.file_id))
            continue
        changes = _changes(out, row, rtype, base_values, reading)
        if changes:
            wire = {k: to_wire(rtype.field(k), v) for k, v in changes.items()}  # type: ignore[arg-type]
            # the content is part of the id: the same file edited again makes another version
            version_id = derived("hand-edit", incoming.file_id, row.entity, record_id, canonical_json(wire))
            parents = {k: base_heads[k] for k in changes if k in base_heads}
            out.versions.append(Version(version_id, row.entity, record_id, reading.stamp, reading.site, wire,
                                        parents, HAND_EDIT, incoming.file_id))
            reading.names.add(row.entity, record_id, {**{k: to_wire(rtype.field(k), v)  # type: ignore[arg-type]
                                                        for k, v in base_values.items()}, **wire})
    reading.finish()
    out.quarantined.sort(key=lambda found: (found[1].sheet, found[1].row))  # in the order of the sheets
    out.rejected.sort(key=lambda found: (found[1].sheet, found[1].row))
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
        return Message("the row has merged cells; unmerge them and import again")
    if not record_id:
        # an exported row whose Id cell came out empty (cleared, or one damaged byte of its XML) is
        # no new record: taken as one, it made a duplicate reported as "1 hand edit" (issue 19 #4)
        token = str(row.cells.get(fmt.VERSION_KEY) or "").strip() if incoming.ours else ""
        if token and incoming.exported_token(row.entity, token):
            return Message("the Id cell is empty on a row this file exported (its Version cell is still there); "
                           "the Id was cleared or damaged: restore it, or type a new record on an empty row")
        return ""
    if not is_uuid(record_id):
        return Message("'{id}' is not a record id (was the Id cell changed?)", id=record_id)
    if ids[(row.entity, record_id)] > 1:
        return _on_several_rows(record_id, ids[(row.entity, record_id)])
    if incoming.ours:
        base = incoming.base.get((row.entity, record_id))
        if base is None:
            return Message("the id {id} is not one this file exported on this sheet; was it changed?", id=record_id)
        token = str(row.cells.get(fmt.VERSION_KEY) or "").strip()
        if token != base.token:
            return Message("the Version cell was changed; restore it, or copy the row's values into a new row")
    return ""


def _on_several_rows(record_id: str, count: int) -> str:
    return Message("the id {id} appears on {count} rows; keep it on one row only", id=record_id, count=count)


def _base_of(
    incoming: IncomingWorkbook, entity: str, record_id: str
) -> tuple[dict[str, Value], Mapping[str, tuple[str, ...]]]:
    """What our file exported on the row: its values and their heads."""
    rtype = RECORD_TYPES[entity]
    base = incoming.base[(entity, record_id)]
    values = {f.key: from_wire(f, base.values.get(f.key)) for f in rtype.fields}
    return values, base.heads


class _Reading:
    """One workbook's rows being read into versions: what they share (the stamp, the names
    known so far, the records made) and the plain sheets' way of reading a row."""

    def __init__(self, incoming: IncomingWorkbook, vocab: VocabularyIndex, exists: Exists, history: History,
                 names: NameIndex, create_missing: bool, out: RowsOutcome) -> None:
        self.incoming, self.vocab, self.history, self.names, self.out = incoming, vocab, history, names, out
        self.stamp = _hand_edit_stamp(incoming)
        self.site = derived("hand-edits", incoming.file_id) if incoming.ours else PLAIN_SITE
        self._create_missing = create_missing
        self.made: dict[tuple[str, str], bool] = {}  # records this workbook makes (True) or deletes (False)
        self.created: dict[str, dict[str, str]] = defaultdict(dict)  # entity -> id -> name, by create_missing
        self.unknown: dict[str, dict[str, str]] = defaultdict(dict)  # entity -> names held nowhere, compared
        self.keyless: dict[str, list[int]] = {}  # sheet -> rows with empty key cells, made anyway
        self.not_imported: dict[str, list[int]] = {}  # sheet -> new rows left out for their refused cells
        self.partly: dict[str, list[int]] = {}  # sheet -> new keyed rows made without their refused cells
        self.identified = Identified()  # a plain sheet's rows, by their keys (row_identity.identify)
        self.deleted_here: dict[str, list[int]] = {}  # sheet -> rows of records deleted here
        # per type: (field, cell) -> value: a choice's text or a number read once (1 and 1.0 read alike)
        self._repeated: dict[str, dict[tuple[str, object], Value]] = defaultdict(dict)
        # per type: (field, value) validation found nothing wrong with (a "status" of another type may not be)
        self._valid: dict[str, set[tuple[str, Value]]] = defaultdict(set)
        self._codes: dict[str, dict[tuple[str, Value], Value]] = defaultdict(dict)  # type -> (field, value) -> code
        # per type: (field, name written in a reference cell) -> (NameIndex.changes of its target then, the id)
        self._named: dict[str, dict[tuple[str, str], tuple[int, Value]]] = defaultdict(dict)

        known: dict[tuple[str, str], bool] = {}  # what is held does not change while a file is read
        made_here = self.made  # not `self`: a function held by the object and holding it would make a cycle,
        # which keeps the whole import (rows, versions, plan) alive until the cycle collector finds it

        def exists_or_made(entity: str, record_id: str) -> bool:
            made = made_here.get((entity, record_id))
            if made is not None:
                return made
            if (entity, record_id) not in known:
                known[(entity, record_id)] = exists(entity, record_id)
            return known[(entity, record_id)]

        self.exists = exists_or_made

    @property
    def create(self) -> Callable[[str, str], str] | None:
        """create_missing: how a reference cell's unknown name becomes a record (a bound method made
        when asked, not kept: kept, it would hold this object in a cycle)."""
        return self._create_named if self._create_missing else None

    def _by_code(self, rtype: RecordType, key: str, value: Value) -> Value:
        """_by_code, each (field, value) once: a tracker repeats a few labels on many rows."""
        codes = self._codes[rtype.name]
        found = codes.get((key, value), _UNREAD)
        if found is _UNREAD:
            found = codes[(key, value)] = _by_code(rtype, key, value, self.vocab)
        return found  # type: ignore[return-value]

    # ------------------------------------------------------------ plain rows

    def plain_row(self, row: DataRow, rtype: RecordType, record_id: str) -> None:
        """A plain sheet's row for a record known by its id: new here, or compared with what is held."""
        versions = self.history.of(row.entity, record_id)
        state = resolve(row.entity, record_id, versions) if versions else None
        if state is None:
            self.new_record(row, rtype, record_id, keyed=True)
            return
        if state.deleted:
            self.deleted_here.setdefault(row.sheet, []).append(row.row)
            return
        if is_ticked(row.cells.get(fmt.DELETE_KEY)):
            version_id = derived("plain-delete", self.incoming.file_id, row.entity, record_id)
            self.out.versions.append(Version(version_id, row.entity, record_id, self.stamp, self.site,
                                             {DELETED: True}, dict(state.heads), FILE, self.incoming.file_id))
            self.made[(row.entity, record_id)] = False
            self.names.remove(row.entity, record_id)
            return
        current = {f.key: from_wire(f, state.values.get(f.key)) for f in rtype.fields}
        seen = max((v.stamp for v in versions if v.site_id == PLAIN_SITE), default=-1)
        changes, parents, stale = self._sheet_changes(row, rtype, current, state.heads, versions, seen)
        wire = {k: to_wire(rtype.field(k), v) for k, v in changes.items()}  # type: ignore[arg-type]
        if not changes:
            self.out.counts[row.entity]["stale" if stale else "unchanged"] += 1
            if seen >= self.stamp:
                return
            # the newest copy so far, saying what is held: an older copy arriving later must find it
            # stale. The mark changes no value, and marks from several copies agree: no conflict.
            wire = {SEEN: True}
            parents = {SEEN: tuple(state.heads[SEEN])} if SEEN in state.heads else {}
        parents_json = canonical_json({k: sorted(v) for k, v in parents.items()})
        # the parents are part of the id: offices holding other states never make two versions of one id
        version_id = derived("plain-row-edit", self.incoming.file_id, row.entity, record_id, parents_json,
                             canonical_json(wire))
        self.out.versions.append(Version(version_id, row.entity, record_id, self.stamp, self.site, wire, parents,
                                         FILE, self.incoming.file_id))
        if not changes:
            self.out.confirming.add(version_id)
            return
        self.names.add(row.entity, record_id, {**state.values, **wire})

    def _sheet_changes(
        self, row: DataRow, rtype: RecordType, current: dict[str, Value], heads: Mapping[str, tuple[str, ...]],
        versions: list[Version], seen: int,
    ) -> tuple[dict[str, Value], dict[str, tuple[str, ...]], bool]:
        """The cells that change the record, each with the versions it supersedes, and whether
        some cell is stale.

        A sheet says what its own last copy said, not what others did since: a cell is compared
        with the value the sheets last gave that field (their lineage, PLAIN_SITE). Unchanged
        there, it changes nothing, whatever was edited here since; changed, it supersedes that
        sheet version, so an edit made here meanwhile is a conflict, as two offices' edits are.
        A field the sheets never gave is compared with the current value, and superseded.
        An empty cell erases only a value the sheets gave (a person emptied it in the tracker):
        absence is not deletion. The newest copy of the sheets wins: a cell of a copy older than
        the newest read of this record (`seen`, by their saved times) is stale, so the order the
        copies arrive in changes nothing.
        """
        read, refused = self._read_cells(row, rtype)
        said = _sheet_said(versions)
        changes: dict[str, Value] = {}
        parents: dict[str, tuple[str, ...]] = {}
        stale = False
        for key in row.columns:
            field_ = rtype.field(key)
            if key.startswith("_") or field_ is None or key in refused:
                continue
            value = _by_code(rtype, key, read.get(key), self.vocab)
            if value == _normalised(field_, current.get(key)):
                continue
            last = said.get(key)
            if last is not None and value == _normalised(field_, from_wire(field_, last.values[key])):
                continue  # the sheet still says what it said: what changed here since stands
            if seen > self.stamp:
                stale = True  # a later copy of the sheets read this record already
                continue
            if last is not None:
                parents[key] = (last.id,)
            elif value is None:
                continue
            elif key in heads:
                parents[key] = tuple(heads[key])
            changes[key] = value
        if not changes:
            return changes, parents, stale
        before = {(p.field, p.message) for p in validate(rtype, current, self.vocab, self.exists)}
        while changes:
            new = [p for p in validate(rtype, {**current, **changes}, self.vocab, self.exists)
                   if (p.field, p.message) not in before]
            if not new:
                break
            blamed = {p.field for p in new if p.field in changes} or set(changes)
            for key in sorted(blamed):
                reason = "; ".join(p.message for p in new if p.field == key) or "; ".join(p.message for p in new)
                self.out.rejected.append((row.entity, CellProblem(row.sheet, row.row, row.columns[key], reason)))
                del changes[key]
                parents.pop(key, None)
        return changes, parents, stale

    def new_record(self, row: DataRow, rtype: RecordType, record_id: str, *, keyed: bool = False) -> None:
        """`keyed`: the row's record id comes from its key or id cell, not from its content."""
        out = self.out
        rejected_before = len(out.rejected)
        read, refused = self._read_cells(row, rtype)
        coded_keys = coded(rtype.name)
        by_code = self._by_code
        record = dict(defaults_of(rtype.name))  # the defaults, then what the row gives (labels as codes)
        given = False
        for k, v in read.items():
            if v is not None:
                record[k] = by_code(rtype, k, v) if k in coded_keys else v
                given = True
        if not row.problems and not given:
            return
        if row.problems or len(out.rejected) > rejected_before:
            if not (keyed and self._may_leave_out(rtype, row.sheet, refused)):
                # taken whole or not at all: fixed and imported again, a row without a key must not
                # come twice, nor may a default stand in for a required value the sheet gave wrong
                self.not_imported.setdefault(row.sheet, []).append(row.row)
                return
            # its key finds the record again: the row fixed and imported again completes it
            self.partly.setdefault(row.sheet, []).append(row.row)
        may_leave_out = functools.partial(self._may_leave_out, rtype, row.sheet) if keyed else None
        checked = check_new_record(rtype.name, record, self._valid[rtype.name], self.vocab, self.exists, may_leave_out)
        for p in (*checked.left_out, *checked.problems):
            out.rejected.append((row.entity, CellProblem(row.sheet, row.row, row.columns.get(p.field, ""), p.message)))
        partly = self.partly.setdefault(row.sheet, []) if checked.left_out else self.partly.get(row.sheet, [])
        if checked.problems:
            self.not_imported.setdefault(row.sheet, []).append(row.row)
            if row.row in partly:
                partly.remove(row.row)
            return
        if checked.left_out and row.row not in partly:
            partly.append(row.row)
        to_wire_of = wire_of(rtype.name)
        # its values are all set: those of a date or a list field made wire values in place (no copy)
        wire: dict[str, Any] = record
        for k, v in record.items():
            if (to := to_wire_of[k]) is not None:
                wire[k] = to(v)
        if self.incoming.ours:
            version_id = derived("hand-row-version", self.incoming.file_id, row.entity, record_id)
            version = Version(version_id, row.entity, record_id, self.stamp, self.site, wire, {}, HAND_EDIT,
                              self.incoming.file_id)
        else:
            # not the file's id: the same rows in a re-saved copy, or at another office, make this version
            text = canonical_json(wire)
            version_id = derived("plain-row-version", row.entity, record_id, text, str(self.stamp))
            version = Version(version_id, row.entity, record_id, self.stamp, self.site, wire, {}, FILE,
                              texts=(text, "{}"))  # its JSON made once, for its id and its row
        out.versions.append(version)
        self.made[(row.entity, record_id)] = True
        self.names.add(row.entity, record_id, wire)

    def _may_leave_out(self, rtype: RecordType, sheet: str, refused: set[str]) -> bool:
        """Whether a new plain row is made without its `refused` cells: none of them is required
        or tells the row apart when the sheet comes again."""
        key = self.identified.keys.get(sheet, ())
        return bool(refused) and all((f := rtype.field(k)) is not None and not f.required and k not in key
                                     for k in refused)

    def _create_named(self, entity: str, name: str) -> str:
        """create_missing: a record of `entity` called `name`, the same one at every office."""
        rtype = RECORD_TYPES[entity]
        record_id = named_record_id(entity, name)
        if record_id not in self.created[entity]:
            record = {**rtype.defaults(), rtype.title_field: name}
            wire = {k: to_wire(rtype.field(k), v) for k, v in record.items() if v is not None}  # type: ignore[arg-type]
            version_id = derived("named-record-version", entity, record_id, canonical_json(wire), str(self.stamp))
            self.out.versions.append(Version(version_id, entity, record_id, self.stamp, self.site, wire, {}, FILE))
            self.created[entity][record_id] = name
            self.made[(entity, record_id)] = True
            self.names.add(entity, record_id, wire)
        return record_id

    def _read_cells(self, row: DataRow, rtype: RecordType) -> tuple[dict[str, Value], set[str]]:
        """The row's values by field, names in reference cells read as ids; and the fields refused."""
        values: dict[str, Value] = {}
        problems = row.problems
        refused: set[str] = {k for k, letter in row.columns.items() for p in problems if p.column == letter} \
            if problems else set()
        ways = cell_ways(rtype.name)
        repeated = self._repeated[rtype.name]
        names, named = self.names, self._named[rtype.name]
        for key, raw in row.cells.items():
            way = ways.get(key)
            if way is None:
                continue  # our own columns (_id...), or no field of the type
            field_, how = way
            try:
                cls = raw.__class__
                if cls is str and how is AS_WRITTEN and raw and is_clean(raw):
                    value = raw  # what cell_value gives clean text in a text field (most text cells)
                elif cls is dt.datetime and how is A_DATE and raw.time() == _MIDNIGHT:
                    value = raw.date()  # what cell_value gives a date cell (no time of day to note)
                elif (how is A_CHOICE and cls is str) or cls is float or cls is int:
                    # a few labels, or counts, on many rows (reading them adds no note)
                    value = repeated.get((key, raw), _UNREAD)
                    if value is _UNREAD:
                        value = repeated[(key, raw)] = cell_value(field_, raw, self.vocab)
                else:
                    value = cell_value(field_, raw, self.vocab, self.out.cell_notes,
                                       (row.sheet, row.columns[key], field_.label))
            except ValueProblem as exc:
                self.out.rejected.append((row.entity, CellProblem(row.sheet, row.row, row.columns[key], exc.message)))
                refused.add(key)
                continue
            if field_.target is not None:
                # a tracker names a few parties on many rows: each name looked up once while no
                # record of its type is added or removed (a name refused is looked up, and said, each time)
                memo = named.get((key, value)) if value.__class__ is str else None
                if memo is not None and memo[0] == names.changes(field_.target):
                    values[key] = memo[1]
                    continue
                written = value
                value, unresolved = names_to_ids(field_, value, names, self.create)
                if unresolved is None and written.__class__ is str:
                    named[(key, written)] = (names.changes(field_.target), value)
                if unresolved is not None:
                    for name in unresolved.unknown:  # each name once, as first written
                        self.unknown[field_.target].setdefault(plain_name(name), name)
                    self.out.rejected.append((row.entity, CellProblem(row.sheet, row.row, row.columns[key],
                                                                      unresolved.reason)))
                    refused.add(key)
                    continue
            values[key] = value
        return values, refused

    # ------------------------------------------------------------ notes

    def finish(self) -> None:
        """Notes a person acts on, one per sheet or record type rather than one per row."""
        stale = sum(c["stale"] for c in self.out.counts.values())
        identified = self.identified
        repeats = {sheet: (RECORD_TYPES[next(r.entity for r in identified.repeated.values() if r.sheet == sheet)],
                           identified.keys[sheet], rows) for sheet, rows in identified.repeats.items()}
        self.out.notes += reading_notes(
            not_imported=self.not_imported, partly=self.partly,
            stale_unsaved=stale if self.incoming.modified is None else 0, repeats=repeats, keyless=self.keyless,
            deleted_here=self.deleted_here, unknown=self.unknown, created=self.created)


def _sheet_said(versions: list[Version]) -> dict[str, Version]:
    """For each field, the latest version of the plain sheets' lineage that set it."""
    said: dict[str, Version] = {}
    for version in versions:
        if version.site_id != PLAIN_SITE:
            continue
        for key in version.values:
            if key in said and said[key].order >= version.order:
                continue
            said[key] = version
    return said


def _changes(
    out: RowsOutcome, row: DataRow, rtype: RecordType, base: dict[str, Value], reading: _Reading,
) -> dict[str, Value]:
    vocab = reading.vocab
    read, _refused = reading._read_cells(row, rtype)
    # the base compared as the cells are read: a stored value with stray spaces or in NFD is no edit
    shown = {k: _normalised(rtype.field(k), v) for k, v in base.items()}
    changes = {k: v for k, v in read.items() if v != shown.get(k) and _by_code(rtype, k, v, vocab) != shown.get(k)}
    changes = {k: _by_code(rtype, k, v, vocab) for k, v in changes.items()}
    if not changes:
        return changes
    before = {(p.field, p.message) for p in validate(rtype, base, vocab, reading.exists)}
    while changes:
        record = {**base, **changes}
        new = [p for p in validate(rtype, record, vocab, reading.exists) if (p.field, p.message) not in before]
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
