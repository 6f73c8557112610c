"""Secondary indexes built once after a large load into (nearly) empty tables, on SQLite.

Inserting rows keyed by random UUIDs into a table keeps each of its indexes' B-trees in random
order: once they outgrow the page cache, every insert pays for pages read back from the file, so
the cost per row grows with the table (measured on SQLite alone, versions and activities with
the same indexes: 25.8 µs a row at 100,000 rows, 71 µs at 1,000,000). Building an index from a
full table is one sort (22 and 30 µs a row with the indexes built after the load), so the first
import of a large workbook drops the tables' secondary indexes, writes, and creates them again
from the very statements it dropped, in the same transaction: a failed or cancelled import rolls
the indexes back with the rows, and the schema stays byte for byte what it was.

Only where the rows written outnumber those already there many times over (an empty database's
first import); elsewhere the write keeps its indexes, which the lookups of existing records need.
The primary keys' indexes stay: they are part of their tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from mouliaison.store.schema import RECORD_TABLES, VersionRow

WORTH_IT = 20_000  # fewer rows than this: the indexes are cheap to keep up to date
SMALL_TABLE = 1_000  # a table holding more rows than this before the load keeps its indexes
VERSION_TABLES = (VersionRow.__tablename__,)  # what an import fills first
RECORD_TABLE_NAMES = tuple(table.name for table in RECORD_TABLES.values())  # then these
LOADED_TABLES = (*VERSION_TABLES, *RECORD_TABLE_NAMES)  # what an import fills


@contextmanager
def indexes_built_after(session: Session, rows: int, tables: tuple[str, ...] = LOADED_TABLES) -> Iterator[list[str]]:
    """Within the session's transaction: the tables' secondary indexes dropped now and created again
    on leaving, for a load of `rows` rows. Yields the names of the indexes deferred (none on
    PostgreSQL, for a small load, or where a table already holds rows). On an exception nothing is
    created again: the caller's transaction is rolled back, the DROP with it."""
    if session.get_bind().dialect.name != "sqlite" or rows < WORTH_IT:
        yield []
        return
    deferred = [(name, sql) for table in tables if _nearly_empty(session, table)
                for name, sql in _secondary_indexes(session, table)]
    for name, _sql in deferred:
        session.execute(text(f'DROP INDEX "{name}"'))
    yield [name for name, _sql in deferred]
    for _name, sql in deferred:
        session.execute(text(sql))


def _nearly_empty(session: Session, table: str) -> bool:
    # rowids are distinct and positive, so the largest (read from the B-tree's end) bounds the count
    highest = session.execute(text(f'SELECT max(rowid) FROM "{table}"')).scalar()
    return (highest or 0) <= SMALL_TABLE


def _secondary_indexes(session: Session, table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the indexes made by a statement: not the primary key's own."""
    found = session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table AND sql IS NOT NULL "
             "ORDER BY name"), {"table": table})
    return [(name, sql) for name, sql in found]
