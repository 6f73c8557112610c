"""How a transaction starts, per database: one switch, read by each dialect's own module.

A connection that will write says so with the `WRITE` execution option. SQLite then begins
with BEGIN IMMEDIATE (store.sqlite); PostgreSQL takes the writers' advisory lock first
(store.postgres), so that two analysts' writes run one after the other and end as they would
have one after the other. Readers take neither and are never blocked.
"""

from __future__ import annotations

from sqlalchemy import Engine

WRITE = "mouliaison_writes"  # execution option: this connection will write


def for_writing(engine: Engine) -> Engine:
    """The engine as writers use it. On PostgreSQL each statement of a writer reads what was
    committed before it (READ COMMITTED): the lock is taken by the transaction's first
    statement, so a snapshot taken before it (REPEATABLE READ) would miss the writer it waited
    for."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(**{WRITE: True}, isolation_level="READ COMMITTED")
    return engine.execution_options(**{WRITE: True})
