"""Alembic environment: always given a connection by mouliaison.store.migrate."""

from __future__ import annotations

from alembic import context

from mouliaison.store.schema import Base
from mouliaison.store.search_index import is_index_table

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through mouliaison.store.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    # The FTS5 index and its shadow tables (PostgreSQL: the GIN indexes) are made by hand, not from the models.
    include_name=lambda name, kind, _parents: not (kind in ("table", "index", "column") and is_index_table(name)),
)
with context.begin_transaction():
    context.run_migrations()
