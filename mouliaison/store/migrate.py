"""Schema migrations, run at every start (Alembic, shipped inside the package).

- a new database is created from the models and stamped at the head revision;
- a database at an older revision is backed up (verified), then upgraded in one
  transaction, then its foreign keys are checked; if anything fails, the backup is put back;
- on PostgreSQL the upgrade is that one transaction alone (its DDL is transactional: a failure
  leaves the database exactly as it was, so no copy is taken); the writers' lock is held for it,
  so of several analysts starting the new release at once one upgrades and the others find it done;
- a database from a newer release of the app is refused and left untouched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

from mouliaison.store import search_index, sqlite
from mouliaison.store.schema import Base
from mouliaison.store.transactions import for_writing

if TYPE_CHECKING:  # Alembic loads only when a schema must be made or changed: not at every start
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
SHIPPED_HEAD = "0007"


class DatabaseTooNew(RuntimeError):
    pass


class NotOurDatabase(RuntimeError):
    pass


class MigrationFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class SchemaReport:
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def config(connection: Connection | None = None, scripts: Path = MIGRATIONS) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision(scripts: Path = MIGRATIONS) -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(config(scripts=scripts)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    """The revision the database is stamped with (None for a new, empty file)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def prepare_schema(
    engine: Engine, database: Path | None, *, read_only: bool = False, scripts: Path = MIGRATIONS
) -> SchemaReport:
    """Bring the database to the head revision, or refuse it with a message saying why."""
    if scripts == MIGRATIONS:
        with engine.connect() as conn:
            if current_revision(conn) == SHIPPED_HEAD:
                return SchemaReport()  # the usual start: up to date, nothing of Alembic needed
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    head = head_revision(scripts)
    script = ScriptDirectory.from_config(config(scripts=scripts))
    with engine.connect() as conn:
        current = current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if current == head:
        return SchemaReport()
    if current is None:
        if has_tables:
            raise NotOurDatabase(
                f"{database or engine.url} holds tables but is not a mouliaison database. "
                "Choose another file, or a new file name to start a new database."
            )
        if read_only:
            raise MigrationFailed("a new database cannot be created on read-only media")
        with for_writing(engine).begin() as conn:
            if _made_meanwhile(conn, head):
                return SchemaReport()
            Base.metadata.create_all(conn)
            search_index.create_fts(conn)
            command.stamp(config(conn, scripts), head)
        return SchemaReport(created=True)
    try:
        script.get_revision(current)
    except CommandError:
        raise DatabaseTooNew(
            f"{database or engine.url} was written by a newer release of mouliaison "
            f"(schema {current}); this release knows schemas up to {head}. "
            "Install the newer release to open it; the file has not been changed."
        ) from None
    if read_only:
        raise MigrationFailed(
            f"{database} needs an upgrade (schema {current} to {head}) but is on read-only media; "
            "copy it to a writable folder first."
        )
    backup = _backup(engine, database, current)
    try:
        with for_writing(engine).begin() as conn:
            if _made_meanwhile(conn, head):
                return SchemaReport()
            command.upgrade(config(conn, scripts), head)
            if engine.dialect.name == "sqlite":
                problems = sqlite.integrity_problems(conn)
                if problems:
                    raise MigrationFailed("; ".join(problems[:5]))
    except Exception as exc:
        engine.dispose()
        if backup is not None and database is not None:
            sqlite.restore(backup, database)
        kept = f"backup kept at {backup}" if backup is not None else "its one transaction was rolled back"
        raise MigrationFailed(
            f"upgrading {database or engine.url} from schema {current} failed ({exc}); "
            f"the database is as it was ({kept}). Please report this."
        ) from exc
    return SchemaReport(upgraded_from=current, backup=backup)


def _made_meanwhile(conn: Connection, head: str) -> bool:
    """Another copy of the app (on a server database) did it while this one waited for the lock."""
    return conn.dialect.name != "sqlite" and current_revision(conn) == head


def _backup(engine: Engine, database: Path | None, revision: str) -> Path | None:
    if engine.dialect.name != "sqlite" or database is None:
        return None  # a server database is backed up by its administrators
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    engine.dispose()  # let the backup read a quiet file
    return sqlite.backup(database, database.with_name(f"{database.name}.schema-{revision}.{stamp}.bak"))
