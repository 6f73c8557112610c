"""Add, edit, delete, list and show records: the use cases the command line and window share.

Input may be text (the command line, a form's text box) or typed values (a date picker).
Everything is checked before anything is written: refused input changes nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.ids import is_uuid
from mouliaison.domain.messages import Message, TypeLabel
from mouliaison.domain.record_types import RECORD_TYPES, RecordType, record_type
from mouliaison.domain.validation import Invalid, Problem, normalise_values, validate
from mouliaison.domain.values import Value
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.services.database import Database, Writing
from mouliaison.services.duplicates import CHECKED, DuplicateView, duplicates_in
from mouliaison.store import queries
from mouliaison.store.current_state import typed_values
from mouliaison.store.session import Session
from mouliaison.sync.duplicates import COMPARED
from mouliaison.sync.names_in_cells import NameIndex


class UnknownType(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(f"there is no record type '{name}'; use one of: {', '.join(RECORD_TYPES)}")


@dataclass(frozen=True)
class RecordView:
    """A record as the command line and the window show it."""

    type: str
    id: str
    values: dict[str, Value]
    deleted: bool = False
    conflicted: bool = False


def get_type(name: str) -> RecordType:
    try:
        return record_type(name)
    except KeyError:
        raise UnknownType(name) from None


def _refuse_if_append_only(rtype: RecordType, doing: str) -> None:
    if rtype.append_only:
        raise Invalid([Problem("", f"{rtype.plural.lower()} are never {doing}: they stay provable (MOU 3.6). "
                                   "Record a withdrawal instead: mouliaison withdraw-consent ID")])


@dataclass(frozen=True)
class Change:
    """What a use case changed, so that a window updates those rows and pages and nothing else.

    `views` are the records as they now are, read inside the write: showing them costs no
    second read. A deleted record's view says deleted."""

    views: tuple[RecordView, ...] = ()
    fields: dict[str, Value] = field(default_factory=dict)  # an edit's fields that changed
    created: bool = False
    conflicts: bool = False  # a conflict appeared or was resolved: the conflicts page counts again
    vocabularies: bool = False  # a term changed: forms offer other choices
    duplicates: tuple[DuplicateView, ...] = ()  # possible duplicates of the record saved, when asked for

    @property
    def record_id(self) -> str:
        return self.views[0].id if self.views else ""

    @property
    def records(self) -> dict[str, tuple[str, ...]]:
        """The ids written, per record type."""
        by_type: dict[str, tuple[str, ...]] = {}
        for view in self.views:
            by_type[view.type] = (*by_type.get(view.type, ()), view.id)
        return by_type

    def __add__(self, other: Change) -> Change:
        return Change(self.views + other.views, {**self.fields, **other.fields}, self.created or other.created,
                      self.conflicts or other.conflicts, self.vocabularies or other.vocabularies,
                      self.duplicates + other.duplicates)


def add_record(db: Database, type_name: str, raw: Mapping[str, Any], record_id: str | None = None) -> str:
    """Create a record; returns its id. Raises Invalid with every problem found."""
    return add(db, type_name, raw, record_id).record_id


def edit_record(db: Database, type_name: str, record_id: str, raw: Mapping[str, Any]) -> dict[str, Value]:
    """Change some fields of a record; returns the fields that changed."""
    return edit(db, type_name, record_id, raw).fields


def add(db: Database, type_name: str, raw: Mapping[str, Any], record_id: str | None = None, *,
        duplicates: bool = False) -> Change:
    """add_record, saying what changed (the window shows the new record without reading it again);
    with `duplicates`, the contacts or organisations it may be the same as."""
    with db.writing() as change:
        new_id = add_in(change, type_name, raw, record_id)
        done = _written(change, type_name, new_id, created=True)
        return _with_duplicates(change, done) if duplicates else done


def edit(db: Database, type_name: str, record_id: str, raw: Mapping[str, Any], *, duplicates: bool = False) -> Change:
    """edit_record, saying what changed: the fields, and the record as it now is; with
    `duplicates`, the records it may now be the same as (when a compared field changed)."""
    with db.writing() as change:
        done = edit_change_in(change, type_name, record_id, raw)
        return _with_duplicates(change, done) if duplicates else done


def _with_duplicates(change: Writing, done: Change) -> Change:
    """Candidates are looked for in the same transaction as the save: no second one to ask."""
    view = done.views[0] if done.views else None
    if view is None or view.type not in CHECKED or not (done.created or set(done.fields) & set(COMPARED[view.type])):
        return done
    return replace(done, duplicates=tuple(duplicates_in(change.session, view.type, view.id)))


def edit_change_in(change: Writing, type_name: str, record_id: str, raw: Mapping[str, Any]) -> Change:
    """edit inside a transaction the caller holds (several edits, all or nothing)."""
    changed, was_conflicted = _edit_in(change, type_name, record_id, raw)
    return _written(change, type_name, record_id, fields=changed, was_conflicted=was_conflicted)


def edit_each(db: Database, type_name: str, changes: Mapping[str, Mapping[str, Any]]) -> Change:
    """Edit several records in one transaction (a bulk change, its undo): each gets its own
    version that travels; a refusal on any record changes nothing and names that record."""
    rtype = get_type(type_name)
    if not changes:
        return Change()
    with db.writing() as change:
        done = Change()
        problems: list[Problem] = []
        for record_id, raw in changes.items():
            try:
                done += edit_change_in(change, rtype.name, record_id, raw)
            except Invalid as refused:
                row = queries.fetch_record(change.session, rtype.name, record_id)
                title = (row or {}).get(rtype.title_field) or record_id
                problems += [Problem(p.field, Message("'{title}': {problem}", title=title, problem=p.message))
                             for p in refused.problems]
        if problems:
            raise Invalid(problems)  # the transaction is rolled back: no record changed
        return done


def _written(change: Writing, type_name: str, record_id: str, *, fields: dict[str, Value] | None = None,
             created: bool = False, was_conflicted: bool = False) -> Change:
    """The change a write made to one record, with the record as it now is: the row the write
    made, or (nothing written: no field changed) the row as it is."""
    rtype = get_type(type_name)
    row = change.writer.written_row(rtype.name, record_id)
    row = row or queries.fetch_record(change.session, rtype.name, record_id)
    assert row is not None  # written in this transaction
    view = record_view(rtype, row)
    return Change((view,), dict(fields or {}), created, conflicts=was_conflicted or view.conflicted,
                  vocabularies=rtype.name == "term")


def add_in(change: Writing, type_name: str, raw: Mapping[str, Any], record_id: str | None = None) -> str:
    """add_record inside a transaction the caller holds."""
    rtype = get_type(type_name)
    session = change.session
    problems: list[Problem] = []
    if record_id is not None:
        if not is_uuid(record_id):
            problems.append(Problem("id", f"'{record_id}' is not an id (a UUID such as 0190a1b2-...)"))
        elif queries.fetch_record(session, rtype.name, record_id) is not None:
            problems.append(Problem("id", f"a {rtype.name} with id {record_id} exists already"))
    vocab = queries.load_vocabularies(session)
    values, found = _interpret(session, vocab, rtype, raw)
    problems += found
    record = rtype.defaults()
    record.update(values)
    problems += _validate(session, vocab, rtype, record, already=problems)
    if problems:
        raise Invalid(problems)
    given = {k: v for k, v in record.items() if v is not None}
    return change.writer.create(rtype.name, given, record_id)


def edit_in(change: Writing, type_name: str, record_id: str, raw: Mapping[str, Any]) -> dict[str, Value]:
    """edit_record inside a transaction the caller holds."""
    return _edit_in(change, type_name, record_id, raw)[0]


def _edit_in(change: Writing, type_name: str, record_id: str, raw: Mapping[str, Any]) -> tuple[dict[str, Value], bool]:
    """edit_in, and whether the record was in conflict before (read in the same look-up)."""
    rtype = get_type(type_name)
    _refuse_if_append_only(rtype, "edited")
    session = change.session
    state = change.writer.state(rtype.name, record_id)  # the versions the write adds one to: read once
    if not state.heads or state.deleted:
        raise Invalid([Problem("id", f"no {rtype.name} with id {record_id}")])
    current = typed_values(rtype.name, state.values)
    vocab = queries.load_vocabularies(session)
    values, problems = _interpret(session, vocab, rtype, raw)
    personal = {f.key for f in rtype.personal_fields}
    if personal and state.erased:
        problems += [Problem(k, Message("this person's personal data was erased on request (MOU 3.6)"))
                     for k in values if k in personal]
        values = {k: v for k, v in values.items() if k not in personal}
        current = {k: v for k, v in current.items() if k not in personal}  # no longer required
        rtype = replace(rtype, fields=tuple(f for f in rtype.fields if f.key not in personal))
    record = {**current, **values}
    problems += _validate(session, vocab, rtype, record, already=problems, changed=values.keys())
    if problems:
        raise Invalid(problems)
    return change.writer.update(rtype.name, record_id, values), bool(state.conflicts)


def delete_record(db: Database, type_name: str, record_id: str, *, force: bool = False) -> Change:
    """Delete a record; one that others name (a party, the agreement...) only with `force`."""
    rtype = get_type(type_name)
    _refuse_if_append_only(rtype, "deleted")
    with db.writing() as change:
        row = _live_row(change.session, rtype, record_id)
        if not force:
            _refuse_if_referred_to(change.session, rtype, record_id)
        change.writer.delete(rtype.name, record_id)
        return _written(change, rtype.name, record_id, was_conflicted=bool(row["conflicted"]))


def _refuse_if_referred_to(session: Session, rtype: RecordType, record_id: str) -> None:
    referring = queries.referring_counts(session, rtype.name, record_id)
    if referring:
        who = ", ".join(RECORD_TYPES[t].count(n) for t, n in sorted(referring.items()))
        raise Invalid([Problem("id", Message("{who} refer to this {type}; change them first, or delete it anyway with "
                                             "--force (they will name a deleted record)",
                                             who=who, type=TypeLabel(rtype.label.lower())))])


def restore_record(db: Database, type_name: str, record_id: str) -> Change:
    """Undo a delete: a new version after the tombstone, so the undo travels like any change."""
    rtype = get_type(type_name)
    with db.writing() as change:
        row = queries.fetch_record(change.session, rtype.name, record_id)
        if row is None or not row["deleted"]:
            raise Invalid([Problem("id", f"no deleted {rtype.name} with id {record_id}")])
        change.writer.restore(rtype.name, record_id)
        return _written(change, rtype.name, record_id, was_conflicted=bool(row["conflicted"]))


def list_records(db: Database, type_name: str, *, include_deleted: bool = False) -> list[RecordView]:
    rtype = get_type(type_name)
    with db.reading() as session:
        rows = queries.fetch_records(session, rtype.name, include_deleted=include_deleted)
        return [record_view(rtype, row) for row in rows]


def referring(db: Database, type_name: str, key: str, record_id: str) -> list[RecordView]:
    """The live records of a type that name `record_id` in the field `key` (a meeting's action items)."""
    rtype = get_type(type_name)
    field = rtype.field(key)
    if field is None or field.kind is not Kind.REFERENCE:
        raise ValueError(f"{rtype.name} has no reference field '{key}'")
    with db.reading() as session:
        return [record_view(rtype, row) for row in queries.fetch_referring(session, rtype.name, key, record_id)]


def show_record(db: Database, type_name: str, record_id: str) -> RecordView:
    rtype = get_type(type_name)
    with db.reading() as session:
        row = queries.fetch_record(session, rtype.name, record_id)
        if row is None:
            raise Invalid([Problem("id", f"no {rtype.name} with id {record_id}")])
        return record_view(rtype, row)


def find_record(db: Database, type_name: str, record_id: str) -> RecordView | None:
    """A record of the type with that id, deleted or not; None if there is none."""
    rtype = get_type(type_name)
    with db.reading() as session:
        row = queries.fetch_record(session, rtype.name, record_id)
        return record_view(rtype, row) if row else None


def reference_exists(db: Database, type_name: str, record_id: str) -> bool:
    """Whether a reference to that record is valid: live, or a duplicate merged into another."""
    with db.reading() as session:
        return queries.exists(session, get_type(type_name).name, record_id)


def vocabularies(db: Database) -> VocabularyIndex:
    with db.reading() as session:
        return queries.load_vocabularies(session)


def record_view(rtype: RecordType, row: Mapping[str, Any]) -> RecordView:
    return RecordView(
        type=rtype.name,
        id=row["id"],
        values=queries.row_values(rtype.name, row),
        deleted=bool(row["deleted"]),
        conflicted=bool(row["conflicted"]),
    )


def _live_row(session: Session, rtype: RecordType, record_id: str) -> Mapping[str, Any]:
    row = queries.fetch_record(session, rtype.name, record_id)
    if row is None or row["deleted"]:
        raise Invalid([Problem("id", f"no {rtype.name} with id {record_id}")])
    return row


def _interpret(
    session: Session, vocab: VocabularyIndex, rtype: RecordType, raw: Mapping[str, Any]
) -> tuple[dict[str, Value], list[Problem]]:
    """Typed, canonical values from input; references and choices may be given by name."""
    values, problems = normalise_values(rtype, raw)
    # names as an import reads them in reference cells: a party by code or name in three languages,
    # an organisation by name or acronym, a contact by name or email, whatever the case and accents
    names = NameIndex(lambda entity: ((row["id"], row) for row in queries.fetch_records(session, entity)))
    for key, value in values.items():
        field = rtype.field(key)
        assert field is not None
        values[key], found = _by_name(names, vocab, field, value)
        problems += found
    return values, problems


def _by_name(names: NameIndex, vocab: VocabularyIndex, field: Field, value: Value) -> tuple[Value, list[Problem]]:
    """Replace names with ids (references) and labels with codes (choices) where unambiguous."""
    if value is None:
        return value, []
    items = (value,) if isinstance(value, str) else value
    if not isinstance(items, tuple):
        return value, []
    problems: list[Problem] = []
    resolved: list[str] = []
    for item in items:
        if field.kind in (Kind.CHOICE, Kind.CHOICES):
            assert field.vocabulary is not None
            resolved.append(vocab.lookup(field.vocabulary, item) or item)
        elif field.kind in (Kind.REFERENCE, Kind.REFERENCES) and not is_uuid(item):
            assert field.target is not None
            ids = names.lookup(field.target, item)
            if len(ids) == 1:
                resolved.append(ids[0])
            elif not ids:
                message = Message("no {target} is called '{name}'; give its name exactly, or its id",
                                  target=field.target, name=item)
                problems.append(Problem(field.key, message))
            else:
                message = Message("{count} records of type {target} are called '{name}'; give the id of one: {ids}",
                                  count=len(ids), target=field.target, name=item, ids=", ".join(ids))
                problems.append(Problem(field.key, message))
        else:
            resolved.append(item)
    if field.kind in (Kind.CHOICES, Kind.REFERENCES):
        return tuple(sorted(set(resolved))), problems
    return (resolved[0] if resolved else None), problems


def _validate(
    session: Session, vocab: VocabularyIndex, rtype: RecordType, record: Mapping[str, Value], already: list[Problem],
    changed: Collection[str] | None = None,
) -> list[Problem]:
    """Problems of the whole record, except for fields whose input was already refused.

    The references written (all of a new record's, an edit's `changed` ones) must name live
    records, checked in one query; those an edit leaves as they were were checked when written
    (a record deleted since, with --force, does not stop an edit of another field)."""
    refused = {p.field for p in already}
    checked = [(f.target, str(item)) for f in rtype.fields
               if f.target and record.get(f.key) is not None and (changed is None or f.key in changed)
               for item in (record[f.key] if f.kind.is_list else (record[f.key],))]  # type: ignore[union-attr]
    live = queries.existing(session, checked)
    asked = set(checked)

    def exists(target: str, rid: str) -> bool:
        return (target, rid) in live or (target, rid) not in asked

    found = validate(rtype, record, vocab, exists=exists)
    return [p for p in found if p.field not in refused]
