"""Every row of one database into another of the same schema (SQLite <-> PostgreSQL).

Tables go in the order their foreign keys need, each read in chunks and written in batches,
all in the destination's one transaction. The search indexes are then brought in step with
the text copied (on PostgreSQL they follow the rows by themselves).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.engine import Connection

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.store import search_index
from mouliaison.store.schema import Base
from mouliaison.store.table_statistics import analyse_after_load

CHUNK = 5_000


def copy_rows(source: Connection, destination: Connection,
              progress: Callable[[str, int, int], None] = lambda *_: None) -> dict[str, int]:
    """Copy every table's rows; returns how many rows each table had."""
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        total = int(source.execute(select(func.count()).select_from(table)).scalar_one())
        counts[table.name] = total
        done = 0
        ordered = select(table).order_by(*table.primary_key.columns)
        for chunk in source.execution_options(yield_per=CHUNK).execute(ordered).mappings().partitions():
            destination.execute(insert(table), [dict(row) for row in chunk])
            done += len(chunk)
            progress(table.name, done, total)
    search_index.fill_words(destination, RECORD_TYPES)  # PostgreSQL: the words beside each row's text
    if destination.dialect.name == "sqlite":
        for entity in RECORD_TYPES:
            fts = search_index.fts_table(entity)
            destination.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    # PostgreSQL's planner: the copy's first searches planned for tables that hold rows, not empty ones
    analyse_after_load(destination, sum(counts.values()), [name for name, rows in counts.items() if rows])
    return counts


def holds_tables(connection: Connection) -> bool:
    return bool(inspect(connection).get_table_names())


def drop_everything(connection: Connection) -> None:
    """Undo a copy that failed: the schema made for it goes too, so the database is empty again."""
    search_index.drop_fts(connection, RECORD_TYPES)
    Base.metadata.drop_all(connection)
    connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
