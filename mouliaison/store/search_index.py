"""The search index: each record's searchable text, kept with its current state.

Search as you type must answer over 100,000 records without loading them into Python, so
every record row has a `search_text` column holding what its table row shows a person: its
text, its dates and numbers, the codes *and* labels of its choices, and the titles of the
records it refers to. On SQLite an FTS5 index per type (unicode61: case and accents
folded) is kept over that column, keyed by the row's rowid. On PostgreSQL a GIN index per type
holds the column's words, case and accents folded the same way by the app (store.search_words),
which writes them with the text (store.bulk, `write_words`).

The text is computed by `write_states` whenever a record changes. A record's text also
shows the titles of the records it refers to, so when a title changes the records referring
to it are indexed again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Text, bindparam, cast, literal, literal_column, null, or_, select, union_all, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from mouliaison.domain.fields import Kind
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.values import Value, display
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.store import queries
from mouliaison.store.chunks import in_chunks
from mouliaison.store.repeated_values import converted
from mouliaison.store.schema import RECORD_TABLES
from mouliaison.store.search_words import WORDS_COLUMN, tsvector_text

COLUMN = "search_text"

# Which (type, field) refer to each type: their text shows its titles.
REFERRERS: dict[str, list[tuple[str, str, Kind]]] = defaultdict(list)
for _rtype in RECORD_TYPES.values():
    for _field in _rtype.fields:
        if _field.target:
            REFERRERS[_field.target].append((_rtype.name, _field.key, _field.kind))


def fts_table(entity: str) -> str:
    return f"search_{entity}"


def is_index_table(name: str | None) -> bool:
    """The FTS5 tables and their shadow tables (PostgreSQL: the GIN indexes and the words column),
    which the models do not describe."""
    if name == WORDS_COLUMN:
        return True
    return bool(name) and any(name == fts_table(e) or str(name).startswith(fts_table(e) + "_") for e in RECORD_TYPES)


# What the index keeps: which column a word is in, not where in it (a third less time and two
# thirds of the size of full detail; a search is words, each the start of a word, never a
# phrase: see record_query._indexed), no sizes (they serve ranking, which a search here does
# not do), and prefixes of 2 and 3 letters (typing).
FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 2', prefix='2 3', detail=column, columnsize=0"


def create_fts(connection: Connection, entities: Iterable[str] = tuple(RECORD_TYPES),
               options: str = FTS_OPTIONS) -> None:
    """On SQLite: an FTS5 index over each type's search text, filled from the text already in
    the rows (none in a new database). A migration names the types and options of its revision.

    No triggers keep it in step: row by row they cost four times what one statement per write
    does (1.1 s against 0.26 s for 10,000 records), so `write_states` calls `sync_fts`.

    On PostgreSQL: a GIN index over each type's words (`options` are SQLite's).
    """
    if connection.dialect.name == "postgresql":
        _create_word_indexes(connection, entities)
        return
    if connection.dialect.name != "sqlite":
        return
    for entity in entities:
        fts = fts_table(entity)
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({COLUMN}, content='{entity}', content_rowid='rowid', {options})")
        connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _create_word_indexes(connection: Connection, entities: Iterable[str]) -> None:
    """A column of each type's words (store.search_words: folded by the app, which writes them
    beside the text), filled from the text already in the rows, then its GIN index."""
    for entity in entities:
        connection.exec_driver_sql(f"ALTER TABLE {entity} ADD COLUMN IF NOT EXISTS {WORDS_COLUMN} tsvector")
        fill_words(connection, [entity])
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {fts_table(entity)} ON {entity} USING gin ({WORDS_COLUMN})")


def fill_words(connection: Connection, entities: Iterable[str]) -> None:
    """On PostgreSQL: the words of every row's search text, from the text the rows hold (rows
    written by a plain INSERT: a new column, a copy of a whole database)."""
    if connection.dialect.name != "postgresql":
        return
    for entity in entities:
        rows = connection.exec_driver_sql(f"SELECT id, {COLUMN} FROM {entity} WHERE {COLUMN} IS NOT NULL").all()
        write_words(connection, entity, {rid: text for rid, text in rows})


def write_words(connection: Connection, entity: str, texts: Mapping[str, str | None]) -> None:
    """On PostgreSQL: the words of these rows' search text (by id) into their words column; what
    a write of the rows that does not go through store.bulk does after it."""
    if connection.dialect.name != "postgresql" or not texts:
        return
    connection.exec_driver_sql(
        f"UPDATE {entity} SET {WORDS_COLUMN} = CAST(%(words)s AS tsvector) WHERE id = %(id)s",
        [{"id": rid, "words": tsvector_text(text)} for rid, text in texts.items()])


def drop_fts(connection: Connection, entities: Iterable[str]) -> None:
    if connection.dialect.name == "postgresql":
        for entity in entities:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {fts_table(entity)}")
            connection.exec_driver_sql(f"ALTER TABLE {entity} DROP COLUMN IF EXISTS {WORDS_COLUMN}")
        return
    if connection.dialect.name != "sqlite":
        return
    for entity in entities:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {fts_table(entity)}")


def indexed_text(session: Session, entity: str, ids: list[str]) -> dict[str, tuple[int, str]]:
    """What the index holds for these records now (rowid and text), read before they change."""
    if session.get_bind().dialect.name != "sqlite":
        return {}
    connection = session.connection()
    found: dict[str, tuple[int, str]] = {}
    for chunk in in_chunks(ids):
        rows = connection.exec_driver_sql(
            f"SELECT id, rowid, {COLUMN} FROM {entity} WHERE {COLUMN} IS NOT NULL"
            f" AND id IN ({', '.join('?' * len(chunk))})", tuple(chunk))
        found.update((rid, (rowid, text)) for rid, rowid, text in rows)
    return found


def texts_of(rows: Iterable[Mapping[str, Any]]) -> dict[str, str | None]:
    """Each row's search text by id, as `sync_fts` takes it."""
    return {str(row["id"]): None if row[COLUMN] is None else str(row[COLUMN]) for row in rows}


def sync_fts(session: Session, entity: str, before: Mapping[str, tuple[int, str]],
             after: Mapping[str, str | None]) -> None:
    """Bring the FTS5 index in step with rows just written: the text each had `before` out, the
    text each has `after` in, for the records whose text changed."""
    if session.get_bind().dialect.name != "sqlite":
        return
    fts = fts_table(entity)
    changed = [rid for rid, text in after.items() if (before[rid][1] if rid in before else None) != text]
    if not changed:
        return
    connection = session.connection()
    gone = [(before[rid][0], before[rid][1]) for rid in changed if rid in before]
    if gone:
        connection.exec_driver_sql(f"INSERT INTO {fts}({fts}, rowid, {COLUMN}) VALUES ('delete', ?, ?)", gone)
    new = [rid for rid in changed if after[rid] is not None]
    for chunk in in_chunks(new):
        connection.exec_driver_sql(
            f"INSERT INTO {fts}(rowid, {COLUMN}) SELECT rowid, {COLUMN} FROM {entity}"
            f" WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk))


def last_rowid(session: Session, entity: str) -> int:
    """The highest rowid of the type's table (0 when empty), before rows are appended to it (SQLite)."""
    if session.get_bind().dialect.name != "sqlite":
        return 0
    return session.connection().exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {entity}").scalar_one()


def index_appended(session: Session, entity: str, after_rowid: int) -> None:
    """Index the text of the rows just inserted into a type's table, those after `after_rowid`
    (`last_rowid` before the insert): SQLite gives new rows the rowids after the highest, and the
    write holds the database, so these are the inserted rows and only them. One range of the
    table read in rowid order, not each new id looked up (sync_fts, where rows are replaced)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    fts = fts_table(entity)
    session.connection().exec_driver_sql(
        f"INSERT INTO {fts}(rowid, {COLUMN}) SELECT rowid, {COLUMN} FROM {entity}"
        f" WHERE rowid > ? AND {COLUMN} IS NOT NULL", (after_rowid,))


def forget_deleted_text(session: Session, entity: str) -> None:
    """Merge the index so that text replaced or erased no longer lingers in it (MOU 3.6)."""
    if session.get_bind().dialect.name == "sqlite":
        fts = fts_table(entity)
        session.connection().exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")


# --- what a record's text is ------------------------------------------------------------------


class RecordText:
    """The words a person can find a record of one type by: what its row shows, the codes and
    labels of its choices, the titles of what it refers to. Made once per write: it learns
    each choice's words once, not once per record.

    The texts of many rows are made a field at a time (`texts`): each field's words for every
    row at once, a field no row sets skipped, then each row's words joined. Row by row, every
    field of the type was looked at for every row (a plain tracker sets 9 of an activity's 25)."""

    def __init__(self, rtype: RecordType, vocab: VocabularyIndex) -> None:
        self._vocab = vocab
        self._parts: list[tuple[str, str, str]] = []  # (field key, how it reads, vocabulary)
        for field in rtype.fields:
            if field.kind is Kind.BOOLEAN:
                continue
            if field.kind in (Kind.CHOICE, Kind.CHOICES) and field.vocabulary:
                self._parts.append((field.key, "choice", field.vocabulary))
            elif field.kind in (Kind.REFERENCE, Kind.REFERENCES):
                self._parts.append((field.key, "reference", ""))
            else:
                self._parts.append((field.key, "value", ""))
        self._choices: dict[tuple[str, str], str] = {}  # a code's words
        self._chosen: dict[str, dict[Value, str]] = defaultdict(dict)  # a field value's words, by vocabulary
        self._shown: dict[Value, str] = {}  # a count's or a date's words

    def texts(self, rows: Sequence[Mapping[str, Value]], titles: Mapping[str, str]) -> list[str]:
        """Each row's text, in the order of `rows`."""
        columns: list[list[str | None]] = []
        for key, reads, vocabulary in self._parts:
            try:  # a row of write_states holds every field
                values = list(map(itemgetter(key), rows))
            except KeyError:
                values = [row.get(key) for row in rows]
            if values.count(None) == len(values):
                continue
            if reads == "value":
                columns.append(self._values(values))
            elif reads == "choice":
                columns.append(self._choice_words(vocabulary, values))
            else:
                columns.append(self._titles(values, titles))
        if not columns:
            return [""] * len(rows)
        return [" ".join(filter(None, words)) for words in zip(*columns, strict=True)]

    def _values(self, values: list[Value]) -> list[str | None]:
        shown = self._shown

        def show(value: Value) -> str:
            cls = value.__class__
            if cls is int or cls is dt.date:  # counts and dates recur: each shown once
                word = shown.get(value)
                if word is None:
                    word = shown[value] = display(value)
                return word
            return display(value)

        return [value if value is None or value.__class__ is str else show(value)  # type: ignore[misc]
                for value in values]

    def _choice_words(self, vocabulary: str, values: list[Value]) -> list[str | None]:
        def words(value: Value) -> str:
            items = value if isinstance(value, tuple) else (value,)
            return " ".join(filter(None, (self._choice(vocabulary, str(code)) for code in items)))

        return converted(values, words, self._chosen[vocabulary], (str, tuple), _text_or_texts)

    @staticmethod
    def _titles(values: list[Value], titles: Mapping[str, str]) -> list[str | None]:
        get = titles.get
        return [None if value is None
                else " ".join(filter(None, (get(str(item), "") for item in value))) if isinstance(value, tuple)
                else get(str(value), "")
                for value in values]

    def _choice(self, vocabulary: str, code: str) -> str:
        found = self._choices.get((vocabulary, code))
        if found is None:
            label = self._vocab.label(vocabulary, code)
            found = self._choices[(vocabulary, code)] = code if label == code else f"{code} {label}"
        return found


def _text_or_texts(value: Any) -> bool:
    """A code or a tuple of codes, as text: only a value equal to it is also such (1 equals True,
    but not "1"), so its words serve any value found equal to it."""
    cls = value.__class__
    return cls is str or (cls is tuple and all(item.__class__ is str for item in value))


def _referenced_titles(session: Session, rtype: RecordType, rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    wanted: dict[str, set[str]] = defaultdict(set)
    references = [(field.key, field.target) for field in rtype.fields if field.target]
    for row in rows:
        for key, target in references:
            value = row.get(key)
            if value:
                wanted[target].update(value if isinstance(value, (list, tuple)) else (value,))
    return queries.titles_of(session, {target: sorted(ids) for target, ids in wanted.items()})


# --- writing ------------------------------------------------------------------------------------


def add_text(session: Session, entity: str, rows: list[dict[str, Any]], vocab: VocabularyIndex) -> None:
    """Give each current-state row (typed values, as write_states builds them) its search text.

    A deleted record has none: the tables list live records, so the index holds only those
    and counts what a search shows without looking at the rows.
    """
    rtype = RECORD_TYPES[entity]
    live = [row for row in rows if not row.get("deleted")]
    titles = _referenced_titles(session, rtype, live)
    texts = iter(RecordText(rtype, vocab).texts(live, titles))
    for row in rows:
        row[COLUMN] = None if row.get("deleted") else next(texts)


def naming_each_other(entity: str, rows: list[dict[str, Any]]) -> list[str]:
    """Ids of rows (written together) that refer to another of these rows, through a field of
    the type naming its own type: their text was made before that title was written."""
    own = [(key, kind) for referrer, key, kind in REFERRERS.get(entity, []) if referrer == entity]
    if not own:
        return []
    ids = {str(row["id"]) for row in rows}
    found = []
    for row in rows:
        for key, kind in own:
            value = row.get(key)
            named = value if kind is Kind.REFERENCES and value else (value,)
            if any(item in ids and item != row["id"] for item in named):
                found.append(str(row["id"]))
                break
    return found


@dataclass(frozen=True)
class BeforeWrite:
    """What a write must know of rows before it replaces them, read in one query."""

    indexed: dict[str, tuple[int, str]]  # the index's text of each row, with its rowid (SQLite)
    titles: dict[str, Any]  # titles of a type others refer to: `reindex_referrers` sees which changed
    conflicted: set[str]  # rows in conflict: their conflict rows are rewritten


def before_write(session: Session, entity: str, ids: list[str]) -> BeforeWrite:
    """The search text, title and conflict flag of these records before a write changes them."""
    table = RECORD_TABLES[entity]
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    referred_to = bool(REFERRERS.get(entity))
    title = table.c[RECORD_TYPES[entity].title_field]
    columns = [table.c.id, title, table.c.conflicted, table.c[COLUMN], literal_column("rowid") if on_sqlite else null()]
    before = BeforeWrite({}, {}, set())
    for chunk in in_chunks(ids):
        for rid, name, conflicted, text, rowid in session.execute(select(*columns).where(table.c.id.in_(chunk))):
            if referred_to:
                before.titles[rid] = name
            if conflicted:
                before.conflicted.add(rid)
            if on_sqlite and text is not None:
                before.indexed[rid] = (rowid, text)
    return before


def before_states(entity: str, states: Iterable[Any], titles: Mapping[str, Any]) -> BeforeWrite:
    """`before_write` from the records' states before the write, read by the caller: the titles
    and conflicts they had; the index's text is taken out by `unindex` instead."""
    referred_to = bool(REFERRERS.get(entity))
    return BeforeWrite({}, dict(titles) if referred_to else {}, {s.record_id for s in states if s.conflicts})


def unindex(session: Session, entity: str, ids: list[str]) -> None:
    """Take these rows' text out of the index, as the rows hold it now (before they are written):
    one statement, where reading the text first and then removing it took two."""
    if session.get_bind().dialect.name != "sqlite" or not ids:
        return
    fts = fts_table(entity)
    connection = session.connection()
    for chunk in in_chunks(ids):
        connection.exec_driver_sql(
            f"INSERT INTO {fts}({fts}, rowid, {COLUMN}) SELECT 'delete', rowid, {COLUMN} FROM {entity}"
            f" WHERE {COLUMN} IS NOT NULL AND id IN ({', '.join('?' * len(chunk))})", tuple(chunk))


def reindex_referrers(session: Session, entity: str, before: Mapping[str, Any],
                      after: Mapping[str, Any]) -> None:
    """Records referring to a record whose title changed show the new title: index them again."""
    changed = sorted(rid for rid, title in before.items() if after.get(rid, title) != title)
    if not changed:
        return
    vocab = queries.load_vocabularies(session)
    ids: dict[str, set[str]] = defaultdict(set)
    for chunk in in_chunks(changed):
        lookups = []  # one query for every field that names the type: a rename asks once
        for referrer, key, kind in REFERRERS.get(entity, []):
            table = RECORD_TABLES[referrer]
            column = table.c[key]
            condition: ColumnElement[bool]
            if kind is Kind.REFERENCES:
                condition = or_(*(cast(column, Text).like(f"%{json.dumps(rid)}%") for rid in chunk))
            else:
                condition = column.in_(chunk)
            lookups.append(select(literal(referrer).label("referrer"), table.c.id.label("id")).where(condition))
        for referrer, rid in session.execute(union_all(*lookups)):
            ids[referrer].add(rid)
    for referrer in sorted(ids):
        reindex(session, referrer, sorted(ids[referrer]), vocab)


def reindex(session: Session, entity: str, ids: list[str] | None = None,
            vocab: VocabularyIndex | None = None) -> None:
    """Compute the search text of these records (all of the type if `ids` is None) again."""
    rtype = RECORD_TYPES[entity]
    table = RECORD_TABLES[entity]
    vocab = vocab or queries.load_vocabularies(session)
    query = select(table)
    chunks = [None] if ids is None else list(in_chunks(ids))
    for chunk in chunks:
        rows = [dict(r) for r in session.execute(query if chunk is None else query.where(table.c.id.in_(chunk)))
                .mappings()]
        for row in rows:
            for field in rtype.fields:
                if field.kind.is_list and row[field.key] is not None:
                    row[field.key] = tuple(row[field.key])
        before = indexed_text(session, entity, [r["id"] for r in rows])
        add_text(session, entity, rows, vocab)
        if rows:
            session.execute(update(table).where(table.c.id == bindparam("key")).values(
                {COLUMN: bindparam("text")}), [{"key": r["id"], "text": r[COLUMN]} for r in rows])
            write_words(session.connection(), entity, {r["id"]: r[COLUMN] for r in rows})
            sync_fts(session, entity, before, texts_of(rows))


def fill_search_index(session: Session) -> int:
    """Compute the text of records that have none (after an upgrade); returns how many.

    The index of a type whose rows changed is then rebuilt whole from the rows, so it holds
    exactly their text.
    """
    vocab = queries.load_vocabularies(session)
    filled = 0
    for entity in RECORD_TYPES:
        table = RECORD_TABLES[entity]
        query = select(table.c.id).where(table.c[COLUMN].is_(None), table.c.deleted.is_(False))
        ids = list(session.scalars(query))
        if not ids:
            continue
        reindex(session, entity, ids, vocab)
        filled += len(ids)
        if session.get_bind().dialect.name == "sqlite":
            fts = fts_table(entity)
            session.connection().exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    return filled
