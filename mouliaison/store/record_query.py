"""The records a table shows, in its order, asked of the database rather than of Python.

A table of 100,000 activities holds only their ids in order; it fetches the rows it paints.
Filters become WHERE clauses, search goes through the search index (FTS5 on SQLite, a GIN
index on PostgreSQL), and a
sort is an ORDER BY on what the column shows: a reference sorts by the title of the record
it names, a choice by its label. Empty cells sort last whichever the direction. The usual
orders (by title, by main date) have indexes.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Table,
    Text,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from mouliaison.domain import filtering
from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.filtering import Criteria
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.store.chunks import in_chunks
from mouliaison.store.queries import load_vocabularies
from mouliaison.store.schema import RECORD_TABLES
from mouliaison.store.search_index import COLUMN, fts_table
from mouliaison.store.search_words import WORDS_COLUMN, tsquery_text


def matching_ids(session: Session, entity: str, criteria: Criteria, sort_by: str | None = None,
                 descending: bool = False, limit: int | None = None) -> list[str]:
    """Ids of the live records of `entity` matching `criteria`, in the order asked (the first
    `limit` of them: with an indexed order SQLite stops there instead of reading them all)."""
    rtype = RECORD_TYPES[entity]
    table = RECORD_TABLES[entity]
    query: Select[Any] = select(table.c.id).where(table.c.deleted.is_(False), *conditions(session, rtype, criteria))
    if sort_by is not None:
        field = rtype.field(sort_by)
        if field is None:
            raise KeyError(f"{entity} has no field '{sort_by}'")
        vocab = load_vocabularies(session) if field.kind is Kind.CHOICE else None  # only a choice sorts by label
        key = sort_key(table, field, vocab)
        query = query.order_by(key.desc().nulls_last() if descending else key.asc().nulls_last())
    query = query.order_by(table.c.id.desc() if descending else table.c.id)
    if limit is not None:
        query = query.limit(limit)
    return _first_column(session, query)


def count_matching(session: Session, entity: str, criteria: Criteria, at_most: int | None = None) -> int:
    """How many live records match; a search alone is counted by the index itself.

    With `at_most`, counting stops there: a search as you type over 100,000 records shows
    "more than 1,000" at once, where the exact count reads every match's words (500 ms on
    PostgreSQL for a first letter); the records page asks for that count after a pause.
    """
    limit = "" if at_most is None else f" LIMIT {int(at_most)}"
    words = filtering.search_words(criteria.search)
    if words and _indexed(session, words) and replace(criteria, search="").empty:
        fts = fts_table(entity)
        return int(session.execute(text(f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH :match{limit})"),
                                   {"match": _match(words)}).scalar_one())
    rtype = RECORD_TYPES[entity]
    table = RECORD_TABLES[entity]
    where = (table.c.deleted.is_(False), *conditions(session, rtype, criteria))
    if at_most is None:
        query = select(func.count()).select_from(table).where(*where)
    else:
        query = select(func.count()).select_from(select(table.c.id).where(*where).limit(at_most).subquery())
    return int(session.scalar(query) or 0)


def connection_rows(session: Session, sql: str) -> list[Any]:
    """Rows of a fixed SQL text (no parameters), read by the driver's cursor."""
    return list(session.connection().exec_driver_sql(sql).cursor.fetchall())


def _first_column(session: Session, query: Select[Any]) -> list[Any]:
    """The query's first column as a list, fast: SQLAlchemy's row handling would take longer
    than SQLite to read 100,000 ids, so on SQLite the driver's cursor reads them."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return list(session.scalars(query))
    return [row[0] for row in driver_rows(session, query)]


def driver_rows(session: Session, query: Select[Any]) -> list[Any]:
    """The query's rows as the driver gives them (on SQLite: text for dates and JSON, no type
    handling), for many rows read fast; other databases answer through SQLAlchemy."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return [tuple(row) for row in session.execute(query)]
    sql = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}).string
    return list(connection.exec_driver_sql(sql).cursor.fetchall())


def live_titles(session: Session, entity: str) -> list[tuple[str, str]]:
    table = RECORD_TABLES[entity]
    title = table.c[RECORD_TYPES[entity].title_field]
    query = select(table.c.id, title).where(table.c.deleted.is_(False))  # in table order: the caller sorts
    connection = session.connection()
    if connection.dialect.name == "sqlite":  # 100,000 titles: the driver's cursor reads them 5x faster
        sql = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}).string
        rows = connection.exec_driver_sql(sql).cursor.fetchall()
    else:
        rows = list(session.execute(query))
    return [(rid, str(name) if name else rid) for rid, name in rows]


def live_values(session: Session, entity: str, keys: Iterable[str]) -> list[tuple[str, ...]]:
    """(id, value of each of `keys`) of every live record of the type, in table order."""
    table = RECORD_TABLES[entity]
    query = select(table.c.id, *(table.c[key] for key in keys)).where(table.c.deleted.is_(False))
    return [tuple(row) for row in session.execute(query)]


def deleted_among(session: Session, entity: str, ids: Iterable[str]) -> set[str]:
    """Which of `ids` name no live record (deleted, merged away, or never seen here)."""
    table = RECORD_TABLES[entity]
    wanted = list(ids)
    live: set[str] = set()
    for chunk in in_chunks(wanted):
        query = select(table.c.id).where(table.c.id.in_(chunk), table.c.deleted.is_(False))
        live.update(session.scalars(query))
    return set(wanted) - live


def rows_by_id(session: Session, entity: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    table = RECORD_TABLES[entity]
    wanted = list(ids)
    found: dict[str, dict[str, Any]] = {}
    for chunk in in_chunks(wanted):
        query = select(table).where(table.c.id.in_(chunk))
        found.update((row["id"], dict(row)) for row in session.execute(query).mappings())
    return found


def codes_in_use(session: Session, entity: str, key: str) -> set[str]:
    """The codes a choice field holds across live records (the countries worth offering)."""
    table = RECORD_TABLES[entity]
    field = RECORD_TYPES[entity].field(key)
    assert field is not None
    used: set[str] = set()
    if field.kind.is_list and session.get_bind().dialect.name == "sqlite":  # the list's items, in SQL
        items = connection_rows(session, f"SELECT DISTINCT item.value FROM {entity}, json_each({entity}.{key}) AS item"
                                         f" WHERE {entity}.deleted = 0 AND json_valid({entity}.{key})")
        return {str(code) for (code,) in items if code is not None}
    query = select(table.c[key]).where(table.c.deleted.is_(False), table.c[key].is_not(None)).distinct()
    for value in session.scalars(query):
        if value:  # a list column may hold JSON null
            used.update(value if field.kind.is_list else (value,))
    return used


# --- what a criteria asks for, in SQL -----------------------------------------------------------


def _contains(column: Any, code: str, *, topic_of: bool = False) -> ColumnElement[bool]:
    """A list column (JSON text) holding `code`, or with topic_of, a code under it ("x" -> "x.b")."""
    as_text = cast(column, Text)
    exact = as_text.like(f"%{json.dumps(code)}%")
    if not topic_of:
        return exact
    return or_(exact, as_text.like(f"%{json.dumps(code + '.')[:-1]}%"))


def span_columns(table: Table, span: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[Any, Any]:
    """A record's first and last day in SQL (domain.filtering.date_span): its start, else its
    planned start, else its end...; and its end, else its planned end, else its start..."""
    starts, ends = span
    first = [table.c[k] for k in (*starts, *ends)]
    last = [table.c[k] for k in (*ends, *starts)]
    return (func.coalesce(*first) if len(first) > 1 else first[0],
            func.coalesce(*last) if len(last) > 1 else last[0])


def conditions(session: Session, rtype: RecordType, criteria: Criteria) -> list[ColumnElement[bool]]:
    table = RECORD_TABLES[rtype.name]
    found: list[ColumnElement[bool]] = []
    if criteria.status is not None:
        field = filtering.status_field(rtype)
        found.append(table.c[field.key] == criteria.status if field is not None else false())
    if criteria.area is not None:
        field = filtering.area_field(rtype)
        found.append(_contains(table.c[field.key], criteria.area, topic_of=True) if field is not None else false())
    if criteria.party is not None:
        parties = filtering.party_fields(rtype)
        found.append(or_(*(table.c[f.key] == criteria.party for f in parties)) if parties else false())
    if criteria.country is not None:
        field = filtering.country_field(rtype)
        if field is None:
            found.append(false())
        elif field.kind is Kind.CHOICES:
            found.append(_contains(table.c[field.key], criteria.country))
        else:
            found.append(table.c[field.key] == criteria.country)
    if criteria.level is not None:
        field = filtering.level_field(rtype)
        found.append(table.c[field.key] == criteria.level if field is not None else false())
    if criteria.current_on is not None:
        bounds = filtering.designation_fields(rtype)
        if bounds is None:
            found.append(false())
        else:
            begins, ends = (table.c[key] for key in bounds)
            found += [or_(begins.is_(None), begins <= criteria.current_on),
                      or_(ends.is_(None), ends >= criteria.current_on)]
    if criteria.date_from is not None or criteria.date_to is not None:
        span = filtering.date_span(rtype)
        if span is None:
            found.append(false())
        else:
            first, last = span_columns(table, span)
            found.append(first.is_not(None))
            if criteria.date_from is not None:
                found.append(last >= criteria.date_from)
            if criteria.date_to is not None:
                found.append(first <= criteria.date_to)
    if criteria.confirmed is not None:
        if not filtering.has_confirmation(rtype):
            found.append(false())
        else:
            first, second = (case((table.c[key].is_not(None), 1), else_=0) for key in filtering.CONFIRMED_FIELDS)
            found.append((first + second) == filtering.CONFIRMATIONS[criteria.confirmed])
    words = filtering.search_words(criteria.search)
    if words:
        found.append(_search(session, rtype.name, table, words))
    return found


def _search(session: Session, entity: str, table: Table, words: list[str]) -> ColumnElement[bool]:
    """Records whose search text has every word (each may be the start of a word)."""
    query = tsquery_text(words) if session.get_bind().dialect.name == "postgresql" else None
    if query is not None and all(_one_token(word) for word in words):
        # the GIN index of the words (folded by store.search_words); other words as on SQLite (the same records found)
        words_of: ColumnElement[Any] = literal_column(f"{table.name}.{WORDS_COLUMN}")
        return words_of.op("@@")(cast(literal(query), TSQUERY))
    if _indexed(session, words):
        fts = fts_table(entity)
        found = text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :match").bindparams(match=_match(words))
        return literal_column(f"{table.name}.rowid").in_(found.columns(rowid=Integer()))
    # No FTS5, or words it may not read as one: the same text, searched with LIKE (words anywhere).
    return and_(*(table.c[COLUMN].ilike(f"%{word}%") for word in words))


def _indexed(session: Session, words: list[str]) -> bool:
    """Whether the FTS5 index answers: on SQLite, for words its tokenizer surely reads as one.

    The index keeps no word positions (search_index.FTS_OPTIONS), so it cannot match a phrase,
    and SQLite's tokenizer knows the letters of Unicode 6.1: a letter added since (Adlam, say)
    would split a word into a phrase, and the query would fail. Words made of letters and digits
    that Unicode 3.2 already had are safe; others are searched with LIKE (slower, still right).
    """
    return session.get_bind().dialect.name == "sqlite" and all(_one_token(word) for word in words)


def _one_token(word: str) -> bool:
    return word.isascii() or all(
        char.isascii() or unicodedata.ucd_3_2_0.category(char)[0] in "LN" for char in word)


def _match(words: list[str]) -> str:
    """An FTS5 query: every word, each as the start of a word, quoted so none is syntax."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


# --- how a column sorts ----------------------------------------------------------------------------


def sort_key(table: Table, field: Field, vocab: VocabularyIndex | None) -> ColumnElement[Any]:
    """What the column shows, as SQL: titles for references, labels for choices (`vocab` is
    needed for those only), case folded."""
    column = table.c[field.key]
    if field.kind is Kind.REFERENCE and field.target:
        target = RECORD_TABLES[field.target]
        title = target.c[RECORD_TYPES[field.target].title_field]
        return select(func.lower(title)).where(target.c.id == column).scalar_subquery()
    if field.kind is Kind.CHOICE and field.vocabulary and vocab is not None:  # each code's place among the labels
        vocabulary = field.vocabulary
        codes = sorted(vocab.codes(vocabulary), key=lambda code: vocab.label(vocabulary, code).casefold())
        if codes:
            return case({code: place for place, code in enumerate(codes)}, value=column, else_=len(codes))
        return column
    if field.kind in (Kind.DATE, Kind.INTEGER, Kind.BOOLEAN):
        return column
    if field.kind.is_list:
        return func.nullif(cast(column, Text), "null")  # an empty list is JSON null: last, as empty
    return func.lower(column)
