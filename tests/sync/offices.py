"""Simulated offices that exchange real workbooks, for the convergence tests.

A `World` holds a few offices (each a real database from `make_db`) and every file any of
them exported. A history is a list of small steps (create, edit, concurrent edits, delete,
resolve a conflict, send a file, deliver old files late or again, change a file by hand)
drawn by Hypothesis and applied in order; a step that does not apply (no live record, no
conflict) does nothing. Every step is logged in plain words so that a failing example reads
as a story (`World.story()`).
"""

from __future__ import annotations

import copy
import itertools
import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from hypothesis import event
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import text

from mouliaison.domain.validation import Invalid
from mouliaison.services import conflicts, exchange, records
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_json
from mouliaison.services.exchange import ImportResult
from mouliaison.services.office import set_office
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.progress import Progress, no_progress
from mouliaison.sync.reader import IncomingWorkbook, read_workbook

ENTITY = "organisation"
FIELDS = ("name", "acronym", "notes")
# a small pool, so that two offices often pick the same value (no conflict) or not (conflict);
# some look like numbers, formulas, booleans or dates, and must stay text through a workbook
VALUES = ("Alpha", "Bravo", "0012", "=SUM(A1)", "TRUE", "2026-01-02", "café", "x\ny")
NAMES = ("Nairobi", "Geneva", "Brussels", "Bangkok")
COORDINATOR = "Coordinator"

_RUNS = itertools.count()  # make_db is per test function: each example needs its own names


class CachedReads:
    """`read_workbook` that reads each file once: files never change once written, and most are
    imported by several offices, so the later reads give a copy of the first (a real read).
    Install it with pytest's monkeypatch; the tests of re-imports themselves do not use it."""

    def __init__(self) -> None:
        self._read: dict[tuple[Path, int, int], IncomingWorkbook] = {}

    def __call__(self, path: Path, progress: Progress = no_progress, choices: object = None) -> IncomingWorkbook:
        if choices is not None:  # a person's mapping: read as asked
            return read_workbook(path, progress, choices)  # type: ignore[arg-type]
        stat = path.stat()
        key = (path.absolute(), stat.st_mtime_ns, stat.st_size)
        if key not in self._read:
            self._read[key] = read_workbook(path, progress)
        return copy.deepcopy(self._read[key])


def note(what: str) -> None:
    """A Hypothesis event (see --hypothesis-show-statistics), when running under Hypothesis."""
    if currently_in_test_context():
        event(what)


def unique(prefix: str) -> str:
    return f"{prefix}{next(_RUNS)}"


@dataclass
class Office:
    name: str
    db: Database
    has: set[int] = field(default_factory=set)  # files it made or imported, by index in World.files
    imported: set[int] = field(default_factory=set)  # files it imported

    def dump(self) -> str:
        return dump_json(self.db)


def versions_of(db: Database) -> set[tuple[str, ...]]:
    """The version set as every office must hold it: ids, stamps, sites, origins, content."""
    with db.reading() as session:
        rows = session.execute(
            text(
                "SELECT id, entity, record_id, stamp, site_id, origin, coalesce(source, ''), values_json, "
                "parents_json FROM versions WHERE origin != 'embedded'"
            )
        )
        return {tuple(str(c) for c in row) for row in rows}


# ---------------------------------------------------------------- the steps of a history


@dataclass(frozen=True)
class Create:
    office: int
    name: str

    def __str__(self) -> str:
        return f"office {self.office} creates an organisation named {self.name!r}"


@dataclass(frozen=True)
class Edit:
    office: int
    record: int  # index among every record created so far (modulo); skipped if not live there
    changes: tuple[tuple[str, str], ...]

    def __str__(self) -> str:
        return f"office {self.office} edits record #{self.record}: {dict(self.changes)}"


@dataclass(frozen=True)
class Clash:
    """Two offices change one field of one record, then send each other a file. With the field
    `_deleted`, the first office deletes the record while the other sets its notes."""

    office: int
    other: int
    record: int
    field: str
    values: tuple[str, str]

    def __str__(self) -> str:
        if self.field == "_deleted":
            return (f"office {self.office} deletes record #{self.record} while office {self.other} sets its "
                    f"notes to {self.values[1]!r}; they swap files")
        return (f"offices {self.office} and {self.other} set {self.field} of record #{self.record} "
                f"to {self.values[0]!r} and {self.values[1]!r}; they swap files")


@dataclass(frozen=True)
class Delete:
    office: int
    record: int

    def __str__(self) -> str:
        return f"office {self.office} deletes record #{self.record}"


@dataclass(frozen=True)
class Resolve:
    office: int
    conflict: int  # index among the office's open conflicts (modulo)
    how: int  # 0, 1: --keep that competing version; 2: --value (keep); 3: --value (delete)
    value: str  # the new value, for --value on a field

    def __str__(self) -> str:
        how = {0: "keeping value #0", 1: "keeping value #1", 2: f"--value ({self.value!r} or keep)",
               3: f"--value ({self.value!r} or delete)"}[self.how]
        return f"office-with-conflicts #{self.office} resolves its conflict #{self.conflict} {how}"


@dataclass(frozen=True)
class Send:
    source: int
    to: int

    def __str__(self) -> str:
        return f"office {self.source} exports a file; office {self.to} imports it"


@dataclass(frozen=True)
class Deliver:
    to: int
    files: tuple[int, ...]  # indices into every file made so far (modulo): late, old, or again

    def __str__(self) -> str:
        return f"office {self.to} imports the old files {list(self.files)} (modulo the count) in one go"


@dataclass(frozen=True)
class HandEdit:
    """A person opens a file that travels, changes one cell of a row (or ticks "delete?") and saves
    it as a new file; that file then travels like any other, to several offices, maybe twice."""

    file: int  # index into every file made so far (modulo)
    row: int  # index among the file's organisation rows (modulo)
    field: str  # a field key, or "_delete"
    value: str

    def __str__(self) -> str:
        what = "ticks delete?" if self.field == fmt.DELETE_KEY else f"sets {self.field} to {self.value!r}"
        return f"someone opens file #{self.file}, row #{self.row} of its organisations, {what}, and saves a copy"


Step = Create | Edit | Clash | Delete | Resolve | Send | Deliver | HandEdit


def steps(editors: int, offices: int) -> st.SearchStrategy[Step]:
    """Steps for `editors` offices that edit, plus relaying offices (a coordinator) up to `offices`."""
    editor = st.integers(0, editors - 1)
    anyone = st.integers(0, offices - 1)
    value = st.sampled_from(VALUES)
    changes = st.dictionaries(st.sampled_from(FIELDS), value, min_size=1, max_size=2).map(
        lambda d: tuple(sorted(d.items())))
    record = st.integers(0, 3)
    edit = st.builds(Edit, editor, record, changes)
    send = st.builds(Send, anyone, anyone)
    resolve = st.builds(Resolve, editor, st.integers(0, 3), st.integers(0, 3), value)
    return st.one_of(  # repeated: drawn more often
        st.builds(Create, editor, value),
        edit, send, resolve,
        st.builds(Clash, editor, editor, record, st.sampled_from((*FIELDS, "_deleted")), st.tuples(value, value)),
        edit, send, resolve,
        st.builds(Delete, editor, record),
        send,
        st.builds(Deliver, anyone, st.lists(st.integers(0, 20), min_size=1, max_size=3).map(tuple)),
        st.builds(HandEdit, st.integers(0, 20), st.integers(0, 3), st.sampled_from((*FIELDS, fmt.DELETE_KEY)), value),
    )


# ---------------------------------------------------------------- the world


class World:
    def __init__(self, make_db: Callable[[str], Database], folder: Path, editors: int,
                 coordinator: bool = False) -> None:
        self.prefix = unique("w")
        self.folder = folder
        self.make_db = make_db
        names = [*NAMES[:editors], *([COORDINATOR] if coordinator else [])]
        self.offices = [self._office(name) for name in names]
        self.editors = editors  # the first offices edit; a coordinator only relays
        self.files: list[Path] = []
        self.edited: set[int] = set()  # files changed by hand after the export
        self.created: list[str] = []  # record ids in the order they were created
        self.log: list[str] = []

    def _office(self, name: str, named: bool = True) -> Office:
        db = self.make_db(f"{self.prefix}-{name}")
        if named:  # the office's own record: it travels in its files like any record
            set_office(db, f"Office {name}", "IOM" if len(name) % 2 else "WCO", "field")
        return Office(name, db)

    def fresh(self, name: str) -> Office:
        """Another installation that holds nothing of its own (not counted among the offices)."""
        return self._office(name, named=False)

    def story(self) -> str:
        return "\n".join(self.log)

    # -- what an office holds

    def live(self, office: Office) -> list[str]:
        here = {r.id for r in records.list_records(office.db, ENTITY)}
        return [r for r in self.created if r in here]

    def open_conflicts(self, office: Office) -> list[conflicts.ConflictView]:
        return [c for c in conflicts.list_conflicts(office.db) if c.type == ENTITY]

    # -- exchanging files

    def export(self, office: Office) -> int:
        path = self.folder / f"{self.prefix}-{len(self.files):03d}-{office.name}.xlsx"
        exchange.export_workbook(office.db, path)
        self.files.append(path)
        office.has.add(len(self.files) - 1)
        return len(self.files) - 1

    def deliver(self, office: Office, indices: Sequence[int]) -> ImportResult:
        """Import files in one go; a file the office holds already must change nothing."""
        again = [i for i in indices if i in office.has]
        before = office.dump() if len(again) == len(indices) else None
        result = exchange.import_workbooks(office.db, [self.files[i] for i in indices], trust_new_keys=True)
        assert result.applied and not result.refused, result.to_json()
        # for files nobody touched, a hand edit, a rejected cell or a quarantined row would be a
        # value that does not survive the trip through a workbook
        for i, report in zip(indices, result.files, strict=True):
            if i not in self.edited:
                totals = report.totals()
                assert totals["hand_edits"] == totals["rejected"] == totals["quarantined"] == 0, report.to_json()
        seen: set[int] = set()
        for i, report in zip(indices, result.files, strict=True):
            if i in office.has or i in seen:  # its own file, or one it imported: nothing new
                totals = report.totals()
                # (cells refused or rows quarantined by hand are reported again: the file still has them)
                new = sum(totals.values()) - totals["unchanged"] - totals["rejected"] - totals["quarantined"]
                assert new == 0, (self.files[i].name, report.to_json())
            if i in office.imported or i in seen:
                assert report.already_imported, (self.files[i].name, report.to_json())
            seen.add(i)
        if before is not None:
            assert office.dump() == before, f"importing {again} again at {office.name} changed its data"
        office.has.update(indices)
        office.imported.update(indices)
        if result.totals["conflicts"]:
            note("an import found a conflict")
        return result

    # -- applying a history

    def run(self, history: Iterable[Step]) -> None:
        for step in history:
            outcome = self.apply(step)
            self.log.append(f"{step}{' -> ' + outcome if outcome else ''}")

    def apply(self, step: Step) -> str:
        if isinstance(step, Create):
            office = self.offices[step.office]
            record_id = records.add_record(office.db, ENTITY, {"name": step.name})
            self.created.append(record_id)
            return f"record #{len(self.created) - 1} of the world"
        if isinstance(step, Edit | Delete | Clash):
            if not self.created:
                return "no record yet; skipped"
            record_id = self.created[step.record % len(self.created)]
            label = f"record #{self.created.index(record_id)}"
            if isinstance(step, Clash):
                one, other = self.offices[step.office], self.offices[step.other]
                done = []
                if step.field == "_deleted":
                    if record_id in self.live(one):
                        records.delete_record(one.db, ENTITY, record_id)
                        done.append(f"deleted at {one.name}")
                elif self._edit(one, record_id, {step.field: step.values[0]}):
                    done.append(f"changed at {one.name}")
                if self._edit(other, record_id, {"notes" if step.field == "_deleted" else step.field: step.values[1]}):
                    done.append(f"changed at {other.name}")
                if one is not other:
                    files = self.export(one), self.export(other)
                    self.deliver(other, [files[0]])
                    self.deliver(one, [files[1]])
                    done.append(f"files {list(files)}")
                return f"{label}: {', '.join(done) or 'nothing done'}"
            office = self.offices[step.office]
            if record_id not in self.live(office):
                return f"{label} is not live at {office.name}; skipped"
            if isinstance(step, Delete):
                records.delete_record(office.db, ENTITY, record_id)
            else:
                self._edit(office, record_id, dict(step.changes))
            return label
        if isinstance(step, Resolve):  # the n-th editing office that has an open conflict
            troubled = [o for o in self.offices[: self.editors] if self.open_conflicts(o)]
            if not troubled:
                return "no conflict anywhere; skipped"
            return self._resolve(troubled[step.office % len(troubled)], step)
        if isinstance(step, Send):
            source, to = self.offices[step.source], self.offices[step.to]
            index = self.export(source)
            if source is not to:
                self.deliver(to, [index])
            return f"file {index}"
        if isinstance(step, HandEdit):
            return self._hand_edit(step)
        if isinstance(step, Deliver):
            if not self.files:
                return "no files yet; skipped"
            indices = [i % len(self.files) for i in step.files]
            self.deliver(self.offices[step.to], indices)
            return f"files {indices}"
        raise TypeError(step)

    def _hand_edit(self, step: HandEdit) -> str:
        if not self.files:
            return "no files yet; skipped"
        source = step.file % len(self.files)
        book = openpyxl.load_workbook(self.files[source])
        sheet = book[fmt.sheet_title(ENTITY)]
        keys = [c.value for c in sheet[fmt.KEY_ROW]]
        rows = [r for r in range(fmt.FIRST_DATA_ROW, sheet.max_row + 1) if sheet.cell(r, 1).value]
        if not rows:
            return f"file {source} has no organisation rows; skipped"
        row = rows[step.row % len(rows)]
        record_id = sheet.cell(row, 1).value
        if step.field == fmt.DELETE_KEY:
            sheet.cell(row, keys.index(fmt.DELETE_KEY) + 1).value = "yes"
        else:
            sheet.cell(row, keys.index(step.field) + 1).value = step.value
        path = self.folder / f"{self.prefix}-{len(self.files):03d}-edited-{source:03d}.xlsx"
        book.save(path)
        self.files.append(path)
        self.edited.add(len(self.files) - 1)
        number = self.created.index(record_id) if record_id in self.created else "?"
        return f"file {len(self.files) - 1}: file {source} with record #{number} changed by hand"

    def _edit(self, office: Office, record_id: str, changes: dict[str, str]) -> bool:
        if record_id not in self.live(office):
            return False
        return bool(records.edit_record(office.db, ENTITY, record_id, changes))

    def _resolve(self, office: Office, step: Resolve) -> str:
        found = self.open_conflicts(office)
        conflict = found[step.conflict % len(found)]
        what = f"{office.name} resolves record #{self.created.index(conflict.record_id)} field {conflict.field}"
        if step.how < 2:
            keep = conflict.values[step.how % len(conflict.values)]
            kwargs = {"keep": keep.version_id}
            what += f", keeping {keep.value!r}"
        elif conflict.field == "_deleted":
            kwargs = {"value": "keep" if step.how == 2 else "delete"}
            what += f", --value {kwargs['value']}"
        else:
            kwargs = {"value": step.value}
            what += f", --value {step.value!r}"
        try:
            conflicts.resolve_conflict(office.db, conflict.id, **kwargs)  # type: ignore[arg-type]
        except Invalid as exc:
            note(f"resolution of a {conflict.field} conflict refused")
            return f"{what}: refused ({exc})"
        note(f"resolved a conflict on {'_deleted' if conflict.field == '_deleted' else 'a field'}")
        return what

    def finish(self, rnd: random.Random) -> None:
        """Every office exports once more, then gets every file it lacks (dropped ones resent,
        old ones late), in a random order, some in batches, some twice."""
        finals = [self.export(office) for office in self.offices]
        self.log.append(f"finally every office exports: files {finals}")
        for office in self.offices:
            self.deliver_all(office, rnd)

    def deliver_all(self, office: Office, rnd: random.Random) -> None:
        missing = [i for i in range(len(self.files)) if i not in office.has]
        rnd.shuffle(missing)
        while missing:
            size = rnd.randint(1, 3)
            batch, missing = missing[:size], missing[size:]
            if office.has and rnd.random() < 0.3:
                batch.append(rnd.choice(sorted(office.has)))  # a duplicate in the same go
            self.deliver(office, batch)
        self.log.append(f"{office.name} now holds every file")


def field_heads(db: Database) -> dict[tuple[str, str], dict[str, list[dict[str, object]]]]:
    """An independent reading of the version set: per record and field, the heads (versions
    setting the field that no other version setting it names as a parent), best first."""
    by_record: dict[tuple[str, str], list[dict[str, object]]] = {}
    with db.reading() as session:
        rows = session.execute(text(
            "SELECT id, entity, record_id, stamp, site_id, values_json, parents_json FROM versions "
            "WHERE entity = :entity"), {"entity": ENTITY})
        for vid, entity, record_id, stamp, site, values, parents in rows:
            by_record.setdefault((entity, record_id), []).append(
                {"id": vid, "stamp": stamp, "site": site, "values": json.loads(values),
                 "parents": json.loads(parents)})
    found: dict[tuple[str, str], dict[str, list[dict[str, object]]]] = {}
    for key, versions in by_record.items():
        fields = {k for v in versions for k in v["values"]}  # type: ignore[attr-defined]
        per_field: dict[str, list[dict[str, object]]] = {}
        for name in fields:
            setters = [v for v in versions if name in v["values"]]  # type: ignore[operator]
            superseded = {p for v in setters for p in v["parents"].get(name, ())}  # type: ignore[attr-defined]
            heads = [v for v in setters if v["id"] not in superseded]
            heads.sort(key=lambda v: (v["stamp"], v["site"], v["id"]), reverse=True)
            per_field[name] = heads
        found[key] = per_field
    return found
