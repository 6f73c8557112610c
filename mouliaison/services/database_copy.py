"""`mouliaison copy-db SOURCE DEST`: an office's database moved to a server, or back.

Every version, conflict, import, receipt and consent goes, with this database's clock and
pseudonym key; the destination is new (a file that does not exist yet, or an empty server
database) and is written in one transaction: all of it, or nothing. Opened at its new place,
the copy takes a site id of its own, as any copied database does (store.installation).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mouliaison.services.database import DatabaseUnavailable, Location, open_database
from mouliaison.store import postgres, sqlite, transfer
from mouliaison.store.migrate import prepare_schema
from mouliaison.store.postgres import ServerAddress
from mouliaison.store.session import DBAPIError
from mouliaison.store.transactions import for_writing


@dataclass(frozen=True)
class CopyReport:
    source: str
    destination: str
    rows: dict[str, int]


def copy_database(source: Location, destination: Location) -> CopyReport:
    if source == destination:
        raise DatabaseUnavailable(f"{source} is both the source and the destination; give another destination.")
    if isinstance(destination, Path) and destination.exists():
        raise DatabaseUnavailable(f"{destination} already exists; copy-db writes a new database: give a file name "
                                  "that does not exist yet.")
    with open_database(source) as db:  # brought to the current schema first; a file stays locked meanwhile
        engine = _new_engine(destination)
        try:
            with engine.connect() as conn:
                if transfer.holds_tables(conn):
                    raise DatabaseUnavailable(f"{destination} already holds tables; copy-db fills an empty "
                                              "database: create a new one (createdb) and give its address.")
            prepare_schema(engine, destination if isinstance(destination, Path) else None)
            try:
                with db.reading() as session, for_writing(engine).begin() as target:
                    rows = transfer.copy_rows(session.connection(), target)
            except BaseException:
                _remove(engine, destination)
                raise
        except DBAPIError as exc:
            if isinstance(destination, ServerAddress):
                raise DatabaseUnavailable(postgres.connection_problem(destination, exc)) from None
            raise
        finally:
            engine.dispose()
    open_database(destination).close()  # the copy's own site id, as at any first opening somewhere new
    return CopyReport(str(source), str(destination), rows)


def _new_engine(destination: Location):  # type: ignore[no-untyped-def]
    if isinstance(destination, ServerAddress):
        try:
            return postgres.engine_for(destination)
        except (postgres.DriverMissing, ValueError) as exc:
            raise DatabaseUnavailable(str(exc)) from None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot create the folder {destination.parent} ({exc.strerror}).") from None
    return sqlite.engine_for(destination)


def _remove(engine, destination: Location) -> None:  # type: ignore[no-untyped-def]
    """The destination as it was before: no file, or an empty database."""
    if isinstance(destination, Path):
        engine.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(destination) + suffix).unlink(missing_ok=True)
        return
    with engine.begin() as conn:
        transfer.drop_everything(conn)
