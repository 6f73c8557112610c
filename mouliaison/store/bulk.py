"""Bulk writes that differ by database: insert-or-update of many rows by primary key, and plain
inserts of many rows.

SQLite and PostgreSQL both say it `INSERT ... ON CONFLICT (id) DO UPDATE`; each dialect of
SQLAlchemy builds it with its own `insert`, so the choice is made here, once.

On SQLite the statement is compiled once and run with the driver's executemany, each value
passed through its column type's own bind processor first: the same values SQLAlchemy would
send, without its per-row work (an import of 100,000 records writes them all at once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Dialect, Table, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from mouliaison.store.repeated_values import converted
from mouliaison.store.search_words import WORDS_COLUMN, tsvector_text

SEARCH_TEXT = "search_text"  # a record row's text (store.search_index.COLUMN): PostgreSQL keeps its words too


def upsert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, replacing the columns of rows whose `id` exists (executemany; COPY on PostgreSQL)."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name == "postgresql":
        _copy_upsert(session, table, rows)
        return
    builder = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}.get(dialect.name)
    if builder is None:
        raise NotImplementedError(f"no upsert for {dialect.name}")
    statement = builder(table)  # both dialects' Insert have on_conflict_do_update and excluded
    columns = [c.name for c in table.columns if c.name != "id"]
    statement = statement.on_conflict_do_update(  # type: ignore[attr-defined]
        index_elements=["id"], set_={name: statement.excluded[name] for name in columns}  # type: ignore[attr-defined]
    )
    _execute_many(session, table, statement, rows)


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many new rows (executemany; COPY on PostgreSQL), each a dict by column name.

    Use it for rows that are dicts already (records' table rows, as write_states makes them), that
    leave a column out (it takes its default) or whose columns convert values (dates, flags,
    lists of codes: each value goes through its column's bind processor). For rows made only to
    be written, every column given and none converted, insert_tuples is faster on SQLite."""
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        _copy(session, table, table.name, rows)
        return
    _execute_many(session, table, insert(table), rows)


def insert_tuples(session: Session, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """insert_rows for rows given as tuples, each value in the order of `columns` (every column of
    the table). On SQLite, where no column converts its values (no bind processor: the versions),
    the tuples go to the driver as they are: no dict per row, nor a tuple made again from it.

    Use it where the caller makes each row for the write and can give every column in order (the
    versions: 100,000 of them in 0.8 s, 1.0 s as dicts through insert_rows, measured here). Not
    one way with insert_rows: giving it tuples would make a dict-holding caller build them, and
    giving the versions as dicts costs that fifth. Elsewhere (PostgreSQL, a column that converts)
    it makes the dicts and calls insert_rows: never slower, only not faster."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite" or any(_bind_processor(c, dialect) is not None for c in table.columns):
        insert_rows(session, table, [dict(zip(columns, row, strict=True)) for row in rows])
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    order = list(compiled.positiontup or [])
    if order != list(columns):
        take = itemgetter(*(columns.index(name) for name in order))
        rows = [take(row) for row in rows]
    session.connection().exec_driver_sql(str(compiled), rows)


# PostgreSQL: COPY FROM STDIN, the server's own bulk load. Each value goes through its column's
# bind processor for the dialect, as an executemany sends it (a list column's empty value is
# JSON null there, and here). An upsert copies into a temporary table, then moves the rows in
# with one INSERT ... ON CONFLICT. A record's row goes with the words of its search text, which
# the models do not describe (store.search_words).

INCOMING = "mouliaison_incoming_"  # + the table's name: the temporary table an upsert copies into


def _copy(session: Session, table: Table, target: str, rows: list[dict[str, Any]]) -> None:
    session.flush()  # the ORM's pending rows first (an imported file the versions name)
    dialect = session.get_bind().dialect
    columns = list(table.columns)
    defaults = [_default(c) for c in columns]
    convert = [_bind_processor(c, dialect) for c in columns]
    names = [c.name for c in columns]
    words = SEARCH_TEXT in table.c  # a record's row: its search text's words beside it (store.search_words)
    listed = [*names, WORDS_COLUMN] if words else names
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f"COPY {target} ({', '.join(listed)}) FROM STDIN") as copy:
        for row in rows:
            values = [row.get(name, default) for name, default in zip(names, defaults, strict=True)]
            out = [v if process is None else process(v) for v, process in zip(values, convert, strict=True)]
            if words:
                out.append(tsvector_text(row.get(SEARCH_TEXT)))
            copy.write_row(out)


def _copy_upsert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    by_id = {row["id"]: row for row in rows}  # one id twice: the later row wins, as one after the other
    incoming = INCOMING + table.name
    names = [c.name for c in table.columns] + ([WORDS_COLUMN] if SEARCH_TEXT in table.c else [])
    connection = session.connection()
    connection.exec_driver_sql(  # this transaction's only, dropped at its end; LIKE copies no index
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {incoming} (LIKE {table.name} INCLUDING DEFAULTS) ON COMMIT DROP")
    _copy(session, table, incoming, list(by_id.values()))
    listed = ", ".join(names)
    replaced = ", ".join(f"{name} = excluded.{name}" for name in names if name != "id")
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({listed}) SELECT {listed} FROM {incoming}"
                               f" ON CONFLICT (id) DO UPDATE SET {replaced}")
    connection.exec_driver_sql(f"TRUNCATE {incoming}")


def _execute_many(session: Session, table: Table, statement: Insert, rows: list[dict[str, Any]]) -> None:
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":  # PostgreSQL: SQLAlchemy's own batches of multi-row VALUES
        session.execute(statement, _complete(table, rows))
        return
    names = [c.name for c in table.columns]
    columns = _columns(rows, names)
    if columns is not None:  # a column no row sets, and which has no default, is left out: NULL all the same
        names = [name for name in names if not _unset(table.c[name], columns[name])]
    compiled = statement.compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or [])
    session.connection().exec_driver_sql(str(compiled), _parameters(table, dialect, order, rows, columns))


def _columns(rows: list[dict[str, Any]], names: list[str]) -> dict[str, list[Any]] | None:
    """The rows' values a column at a time, when every row holds every column (write_states'
    rows do); None otherwise."""
    try:
        return {name: list(map(itemgetter(name), rows)) for name in names}
    except KeyError:
        return None


def _unset(column: Any, values: list[Any]) -> bool:
    """No row sets the column, and leaving it out of the statement gives it NULL: the driver then
    binds fewer parameters a row (100,000 activities of a plain tracker, 15 of their 32
    columns set: 0.72 to 0.26 s of inserting, measured here with sqlite3 alone)."""
    return (column.default is None and column.server_default is None and not column.primary_key
            and values.count(None) == len(values))


def _complete(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every row with every column (as on SQLite: a column left out takes its default): an
    executemany needs the same parameters in each row."""
    names = [c.name for c in table.columns]
    if all(len(row) == len(names) for row in rows):
        return rows
    defaults = {c.name: _default(c) for c in table.columns}
    return [row if len(row) == len(names) else {**defaults, **row} for row in rows]


def _default(column: Any) -> Any:
    return getattr(column.default, "arg", None) if column.default is not None and column.default.is_scalar else None


def _parameters(table: Table, dialect: Dialect, order: list[str], rows: list[dict[str, Any]],
                columns: dict[str, list[Any]] | None) -> list[tuple[Any, ...]]:
    """The driver's parameters, row by row, in the statement's order.

    From the rows' `columns` (_columns) when every row holds every column: only the columns
    with a bind processor are converted, each value once (the processors are functions of the
    value: a date, a flag, a list of codes repeat across many rows; a column no row sets is left
    as it is), then the columns zipped into the rows' tuples. Other rows column by column.
    """
    if columns is not None:
        ordered: list[Sequence[Any]] = []
        for name in order:
            process = _bind_processor(table.c[name], dialect)
            ordered.append(columns[name] if process is None else _processed(columns[name], process))
        return list(zip(*ordered, strict=True))
    convert = _converters(table, dialect, order)
    return [tuple([f(row) for f in convert]) for row in rows]


def _bind_processor(column: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy does to a value of the column before the driver has it, for this dialect
    (a date becomes its text on SQLite: the driver's own date adapter is deprecated)."""
    return column.type._cached_bind_processor(dialect)  # type: ignore[no-any-return]


def _processed(values: Sequence[Any], process: Callable[[Any], Any]) -> Sequence[Any]:
    """One column's values through its bind processor, None left as it is, each value that
    recurs converted once."""
    if values.count(None) == len(values):
        return values
    return converted(values, process, {}, _MEMO_CLASSES, _memorable)


_MEMO_CLASSES = frozenset((str, dt.date, tuple, bool))


def _memorable(value: Any) -> bool:
    """A value any value equal to it (of a class looked up: _MEMO_CLASSES) is converted alike:
    text, a date (a datetime never equals one), a flag (1 equals True but is not looked up), a
    tuple of text (a list of codes or ids; a tuple equal to it holds text too)."""
    cls = value.__class__
    return cls is str or cls is dt.date or cls is bool or (
        cls is tuple and all(item.__class__ is str for item in value))


def _converters(table: Table, dialect: Dialect, order: list[str]) -> list[Callable[[dict[str, Any]], Any]]:
    """Per parameter, row -> driver value: the column's default if absent, then its bind processor."""
    out: list[Callable[[dict[str, Any]], Any]] = []
    for name in order:
        column = table.c[name]
        out.append(_converter(name, _default(column), _bind_processor(column, dialect)))
    return out


def _converter(name: str, default: Any, process: Callable[[Any], Any] | None) -> Callable[[dict[str, Any]], Any]:
    if process is None:
        def plain(row: dict[str, Any]) -> Any:
            return row.get(name, default)
        return plain

    def processed(row: dict[str, Any]) -> Any:
        value = row.get(name, default)
        return None if value is None else process(value)
    return processed
