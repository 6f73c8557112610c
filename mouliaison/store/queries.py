"""Reading current state: records, references by name, vocabularies."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Text, and_, cast, func, literal, or_, select, text, union_all
from sqlalchemy.orm import Session

from mouliaison.domain.record_types import record_type
from mouliaison.domain.values import Value
from mouliaison.domain.versions import DISTINCT
from mouliaison.domain.vocabularies import Term, VocabularyIndex
from mouliaison.store import sqlite
from mouliaison.store.chunks import in_chunks
from mouliaison.store.schema import RECORD_TABLES, ImportedFile, Site, VersionRow


def row_values(entity: str, row: Mapping[str, Any]) -> dict[str, Value]:
    """A table row's field values in canonical form (lists come back from JSON as lists)."""
    values: dict[str, Value] = {}
    for field in record_type(entity).fields:
        value = row[field.key]
        values[field.key] = tuple(value) if value is not None and field.kind.is_list else value
    return values


def fetch_record(session: Session, entity: str, record_id: str) -> dict[str, Any] | None:
    table = RECORD_TABLES[entity]
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return dict(row) if row else None


def fetch_referring(session: Session, entity: str, key: str, record_id: str) -> list[dict[str, Any]]:
    """The live records of `entity` whose reference field `key` names `record_id` (a meeting's
    action items), in the order they were created."""
    table = RECORD_TABLES[entity]
    query = select(table).where(table.c[key] == record_id, table.c.deleted.is_(False))
    return [dict(row) for row in session.execute(query.order_by(table.c.created_stamp, table.c.id)).mappings()]


def fetch_records(session: Session, entity: str, *, include_deleted: bool = False) -> Iterator[dict[str, Any]]:
    table = RECORD_TABLES[entity]
    query = select(table).order_by(table.c.id)
    if not include_deleted:
        query = query.where(table.c.deleted.is_(False))
    for row in session.execute(query).mappings():
        yield dict(row)


def count_live(session: Session, entity: str) -> int:
    table = RECORD_TABLES[entity]
    return int(session.scalar(select(func.count()).select_from(table).where(table.c.deleted.is_(False))) or 0)


def all_ids(session: Session, entity: str) -> set[str]:
    table = RECORD_TABLES[entity]
    return set(session.scalars(select(table.c.id)))


def columns_of(session: Session, entity: str, keys: Sequence[str], *, live: bool = False,
               where: Mapping[str, Value] | None = None) -> list[tuple[Any, ...]]:
    """The values of `keys` of every record of `entity` (deleted ones too unless `live`) whose
    fields hold the values `where` gives, one tuple a record, in no particular order."""
    table = RECORD_TABLES[entity]
    query = select(*(table.c[key] for key in keys))
    if live:
        query = query.where(table.c.deleted.is_(False))
    for key, value in (where or {}).items():
        query = query.where(table.c[key] == value)
    return [tuple(row) for row in session.execute(query)]


def set_on_one_side_only(session: Session, entity: str, first: str, second: str,
                         shown: Sequence[str]) -> list[tuple[Any, ...]]:
    """Live records of `entity` with exactly one of the fields `first` and `second` set (an
    activity confirmed by one party only): the values of `shown`, then of `first` and `second`."""
    table = RECORD_TABLES[entity]
    one, two = table.c[first], table.c[second]
    query = select(*(table.c[key] for key in shown), one, two).where(
        table.c.deleted.is_(False), or_(and_(one.is_not(None), two.is_(None)), and_(one.is_(None), two.is_not(None))))
    return [tuple(row) for row in session.execute(query)]


def ids_where(session: Session, entity: str, key: str, value: Value) -> set[str]:
    """The ids of the records of `entity` (deleted ones too) whose field `key` holds `value`."""
    table = RECORD_TABLES[entity]
    return set(session.scalars(select(table.c.id).where(table.c[key] == value)))


def distinct_pairs(session: Session, entity: str) -> set[tuple[str, str]]:
    """The pairs of records of `entity` a person said are not duplicates (a version setting
    `_distinct:<other id>` true on one of them), each pair's ids in order."""
    query = select(VersionRow.record_id, VersionRow.values_json).where(
        VersionRow.entity == entity, VersionRow.values_json.contains(f'"{DISTINCT}'))
    pairs: set[tuple[str, str]] = set()
    for record_id, values_json in session.execute(query):
        for key, value in json.loads(values_json).items():
            if key.startswith(DISTINCT) and value is True:
                first, second = sorted((record_id, key[len(DISTINCT):]))
                pairs.add((first, second))
    return pairs


def exists(session: Session, entity: str, record_id: str) -> bool:
    """A live record, or a duplicate merged into another (references to it follow the merge)."""
    table = RECORD_TABLES[entity]
    query = select(table.c.id).where(
        table.c.id == record_id, or_(table.c.deleted.is_(False), table.c.merged_into.is_not(None))
    )
    return session.execute(query).first() is not None


def titles(session: Session, entity: str, ids: list[str] | None = None) -> dict[str, str]:
    """How records of a type are named, deleted ones too (all of them if `ids` is None).

    A merged duplicate is named as the record it was merged into, as links to it now read.
    """
    table = RECORD_TABLES[entity]
    column = table.c[record_type(entity).title_field]
    query = select(table.c.id, column, table.c.merged_into)
    found: dict[str, str] = {}
    merged: dict[str, str] = {}
    chunks = [None] if ids is None else list(in_chunks(ids))
    for chunk in chunks:
        rows = session.execute(query if chunk is None else query.where(table.c.id.in_(chunk)))
        for record_id, title, merged_into in rows:
            found[record_id] = "" if title is None else str(title)
            if merged_into:
                merged[record_id] = merged_into
    for record_id in merged:
        survivor = _survivor(record_id, merged)
        if survivor not in found and survivor != record_id:
            found.update(titles(session, entity, [survivor]))
        found[record_id] = found.get(survivor, found[record_id])
    return found


def titles_of(session: Session, wanted: Mapping[str, list[str]]) -> dict[str, str]:
    """`titles` of records of several types (the records one record names), in one query."""
    wanted = {entity: ids for entity, ids in wanted.items() if ids}
    if len(wanted) <= 1 or sum(map(len, wanted.values())) > 500:
        return {rid: title for entity, ids in wanted.items() for rid, title in titles(session, entity, ids).items()}
    lookups = []
    for entity, ids in wanted.items():
        table = RECORD_TABLES[entity]
        column = cast(table.c[record_type(entity).title_field], Text)
        lookups.append(select(table.c.id, column.label("title"), table.c.merged_into).where(table.c.id.in_(ids)))
    found: dict[str, str] = {}
    merged: list[str] = []
    for record_id, title, merged_into in session.execute(union_all(*lookups)):
        found[record_id] = "" if title is None else str(title)
        if merged_into:
            merged.append(record_id)
    for entity, ids in wanted.items():  # a merged duplicate is named as its survivor: the rare case, by type
        again = [rid for rid in ids if rid in merged]
        if again:
            found.update(titles(session, entity, again))
    return found


def existing(session: Session, wanted: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of these (type, id) references `exists` allows, in one query: a record's
    references are checked together when it is saved."""
    by_type: dict[str, set[str]] = {}
    for entity, record_id in wanted:
        by_type.setdefault(entity, set()).add(record_id)
    if not by_type:
        return set()
    lookups = []
    for entity, ids in sorted(by_type.items()):
        table = RECORD_TABLES[entity]
        lookups.append(select(literal(entity).label("entity"), table.c.id).where(
            table.c.id.in_(sorted(ids)), or_(table.c.deleted.is_(False), table.c.merged_into.is_not(None))))
    return {(entity, record_id) for entity, record_id in session.execute(union_all(*lookups))}


def _survivor(record_id: str, merged: dict[str, str]) -> str:
    """Where a chain of merges ends (a cycle, which competing merges cannot make, stops it)."""
    seen = {record_id}
    while record_id in merged and merged[record_id] not in seen:
        record_id = merged[record_id]
        seen.add(record_id)
    return record_id


VOCABULARIES_READ = "vocabularies"  # session.info: the terms read in the session's transaction
KNOWN_TERMS = "known_terms"  # session.info: the database's `KnownTerms`, if it keeps them
TERMS_WRITTEN = "terms_written"  # session.info: this session wrote terms


class KnownTerms:
    """The terms as last committed, kept between transactions by a database this process alone
    writes (its lock says so): a save no longer reads 500 terms. A write of terms forgets them,
    at the write and again once it is committed or rolled back; a read that overlapped a write
    of terms keeps nothing (the generation says so)."""

    def __init__(self) -> None:
        self.index: VocabularyIndex | None = None
        self.generation = 0

    def forget(self) -> None:
        self.index = None
        self.generation += 1


def load_vocabularies(session: Session) -> VocabularyIndex:
    """The live terms of every vocabulary: read once per transaction at most (a save validates
    with them, indexes the record's choices and its referrers with them), and not at all while
    the database's `KnownTerms` has them."""
    transaction = session.get_transaction()
    kept = session.info.get(VOCABULARIES_READ)
    if kept is not None and transaction is not None and kept[0] is transaction:
        return kept[1]
    known: KnownTerms | None = None if session.info.get(TERMS_WRITTEN) else session.info.get(KNOWN_TERMS)
    generation = known.generation if known is not None else 0
    vocab = known.index if known is not None else None
    if vocab is None:
        vocab = _read_vocabularies(session)
        if known is not None and known.generation == generation:
            known.index = vocab
    if transaction is not None:
        session.info[VOCABULARIES_READ] = (transaction, vocab)
    return vocab


def forget_vocabularies(session: Session) -> None:
    """Terms were written in this transaction: the next load reads them again, and the
    database's kept terms are forgotten (again when the transaction ends: `terms_written`)."""
    session.info.pop(VOCABULARIES_READ, None)
    session.info[TERMS_WRITTEN] = True
    known = session.info.get(KNOWN_TERMS)
    if known is not None:
        known.forget()


def terms_written(session: Session) -> bool:
    return bool(session.info.get(TERMS_WRITTEN))


def _read_vocabularies(session: Session) -> VocabularyIndex:
    table = RECORD_TABLES["term"]
    query = select(table.c.vocabulary, table.c.code, table.c.label, table.c.parent).where(
        table.c.deleted.is_(False)
    )
    terms: dict[str, list[Term]] = {}
    for vocabulary, code, label, parent in session.execute(query):
        terms.setdefault(vocabulary, []).append(Term(vocabulary, code, label, parent))
    return VocabularyIndex(terms)


def referring_counts(session: Session, entity: str, record_id: str) -> dict[str, int]:
    """How many live records of each type name the record in one of their fields (a party named
    by activities' Lead party, an organisation listed among participating organisations...)."""
    from mouliaison.domain.record_types import RECORD_TYPES

    found: dict[str, int] = {}
    quoted = f'%"{record_id}"%'  # a list of ids is kept as JSON text; an id is a UUID, so exact
    for rtype in RECORD_TYPES.values():
        table = RECORD_TABLES[rtype.name]
        conditions = [table.c[f.key] == record_id if not f.kind.is_list else cast(table.c[f.key], Text).like(quoted)
                      for f in rtype.fields if f.target == entity]
        if not conditions:
            continue
        query = select(func.count()).select_from(table).where(table.c.deleted.is_(False), or_(*conditions))
        if rtype.name == entity:
            query = query.where(table.c.id != record_id)
        count = session.scalar(query) or 0
        if count:
            found[rtype.name] = count
    return found


def known_sites(session: Session) -> dict[str, dict[str, str | None]]:
    """The offices' installations seen in workbooks: site id -> its office's name and party."""
    return {s.site_id: {"office": s.office_name, "party": s.party} for s in session.scalars(select(Site))}


def versioned_records(session: Session) -> list[tuple[str, str]]:
    """(type, id) of every record some version speaks of, each once."""
    return [(entity, record_id) for entity, record_id
            in session.execute(select(VersionRow.entity, VersionRow.record_id).distinct())]


def storage_problems(session: Session) -> list[str]:
    """The database's own soundness checks: SQLite's integrity and foreign-key checks (a server
    keeps its own, out of the app's reach)."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    return sqlite.integrity_problems(session.connection())


def versions_mark(session: Session) -> int:
    """A number that grows whenever a version is written (versions only grow): SQLite's largest
    rowid, read from the end of the table; elsewhere their count."""
    if session.get_bind().dialect.name == "sqlite":
        return int(session.scalar(text("SELECT coalesce(max(rowid), 0) FROM versions")) or 0)
    return int(session.scalar(select(func.count()).select_from(VersionRow)) or 0)


def imported_files_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ImportedFile)) or 0)
