"""Bulk writes that differ by database: insert-or-update of many rows by primary key.

SQLite and PostgreSQL both say it `INSERT ... ON CONFLICT (id) DO UPDATE`; each dialect of
SQLAlchemy builds it with its own `insert`, so the choice is made here, once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def upsert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, replacing the columns of rows whose `id` exists (executemany)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    builder = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}.get(dialect)
    if builder is None:
        raise NotImplementedError(f"no upsert for {dialect}")
    statement = builder(table)  # both dialects' Insert have on_conflict_do_update and excluded
    columns = [c.name for c in table.columns if c.name != "id"]
    statement = statement.on_conflict_do_update(  # type: ignore[attr-defined]
        index_elements=["id"], set_={name: statement.excluded[name] for name in columns}  # type: ignore[attr-defined]
    )
    session.execute(statement, rows)
