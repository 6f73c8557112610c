"""The planner's statistics of the tables a large load filled, on PostgreSQL.

PostgreSQL plans a query from statistics of each table (how many rows, how values spread),
which its autovacuum daemon gathers some time after a table changed. Right after a first
import of thousands of rows into empty tables it still believes them empty, and picks plans
for empty tables: a search or a page of the records read by a nested loop over 100,000 rows.
So a load of many rows (an import, a copy-db) ends with ANALYZE of the tables it wrote, in its own transaction: the
statistics are committed with the rows, and seen by the next query of any connection.

SQLite plans without such statistics unless asked (its `ANALYZE` results would fix plans that
the schema's indexes already make good), so nothing is done there.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

WORTH_IT = 5_000  # fewer rows than this: the estimate the planner has is near enough


def refresh_after_load(session: Session, rows: int, tables: Iterable[str]) -> list[str]:
    """ANALYZE `tables` after a load of `rows` rows on PostgreSQL; returns the tables analysed."""
    return analyse_after_load(session.connection(), rows, tables)


def analyse_after_load(connection: Connection, rows: int, tables: Iterable[str]) -> list[str]:
    """refresh_after_load on a connection (copy-db writes through one, not a session)."""
    if connection.dialect.name != "postgresql" or rows < WORTH_IT:
        return []
    names = sorted(set(tables))
    for name in names:
        connection.exec_driver_sql(f'ANALYZE "{name}"')
    return names
