"""Everything specific to SQLite, in one place (the rest of the store is portable).

- connection pragmas: WAL, foreign keys, a busy timeout, a larger page cache;
- SQLAlchemy's documented recipe for pysqlite's legacy transactions: the driver starts
  no transaction of its own, SQLAlchemy emits BEGIN (IMMEDIATE for writers, so two
  writers queue on the busy timeout instead of failing half-way);
- verified backups and integrity checks.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from mouliaison.store.transactions import WRITE

BUSY_TIMEOUT_MS = 10_000
# SQLite's page cache per connection, filled only as pages are read or written: 64 MiB instead
# of the default 2 MiB. An import of 100,000 records no longer spills its index pages to the
# journal again and again (1.2 s of 33 s); the peak memory of an import is elsewhere.
CACHE_KIB = 65_536


def engine_for(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """`immutable`: the folder itself is read-only (a CD, a write-protected USB stick, a read-only
    share), where SQLite cannot make the shared-memory file a WAL database needs even to be read;
    it then reads the file as it is, and nothing can change it meanwhile."""
    if immutable:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&immutable=1&uri=true"
    elif read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure(engine, read_only=read_only or immutable)
    return engine


def _configure(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # the recipe: no implicit BEGIN from pysqlite
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def quick_problems(engine: Engine, budget_seconds: float = 0.5) -> list[str]:
    """SQLite's quick_check, stopped after `budget_seconds` (a large database is then checked in
    part: opening must stay fast; `mouliaison check` runs the full check)."""
    deadline = time.perf_counter() + budget_seconds
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.set_progress_handler(lambda: int(time.perf_counter() > deadline), 10_000)
        try:
            rows = driver.execute("PRAGMA quick_check(20)").fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                return []
            return [str(exc)]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        finally:
            driver.set_progress_handler(None, 0)
        return [row[0] for row in rows if row[0] != "ok"]
    finally:
        raw.close()


def integrity_problems(connection: Connection) -> list[str]:
    """What SQLite's own checks find: page-level integrity and foreign keys."""
    problems = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"table {table} row {rowid} points to a missing row of {parent}")
    return problems


def backup(source: Path, destination: Path) -> Path:
    """A verified copy of the database: written to a temp name, checked, synced, renamed."""
    temp = destination.with_name(destination.name + ".partial")
    temp.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise OSError(f"the backup {temp} failed its integrity check: {result}")
        finally:
            dst.close()
    finally:
        src.close()
    fsync_file(temp)
    os.replace(temp, destination)
    fsync_dir(destination.parent)
    return destination


def restore(backup_file: Path, database: Path) -> None:
    """Put a backup back in place of the database (and drop its WAL files)."""
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    temp = database.with_name(database.name + ".restoring")
    temp.write_bytes(backup_file.read_bytes())
    fsync_file(temp)
    os.replace(temp, database)
    fsync_dir(database.parent)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory to sync it
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
