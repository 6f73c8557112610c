"""Opening a database: where it is, one copy at a time, schema ready, installation known.

A database is a SQLite file (an office's) or a PostgreSQL database on a server (headquarters',
`postgresql://USER@HOST/DB`): the same schema, the same use cases; only opening differs.

Every use case works inside `Database.reading()` or `Database.writing()`: short sessions,
one transaction each, all or nothing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from mouliaison.store import postgres, queries, sqlite
from mouliaison.store.clock import PersistentClock, wall_clock_ms
from mouliaison.store.embedded import ensure_embedded
from mouliaison.store.installation import Installation, ensure_installation, this_installation
from mouliaison.store.location import storage_warning
from mouliaison.store.lock import DatabaseLock
from mouliaison.store.migrate import MIGRATIONS, SchemaReport, current_revision, prepare_schema
from mouliaison.store.postgres import ServerAddress
from mouliaison.store.search_index import fill_search_index
from mouliaison.store.session import DatabaseError, DBAPIError, Engine, OperationalError, Session
from mouliaison.store.transactions import for_writing
from mouliaison.store.write_path import ChangeWriter

ENVIRONMENT_VARIABLE = "MOULIAISON_DB"
DEFAULT_FILE_NAME = "mouliaison.sqlite3"


class DatabaseUnavailable(RuntimeError):
    """The database cannot be opened; the message says why and what to do."""


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir("mouliaison", appauthor=False)) / DEFAULT_FILE_NAME


Location = Path | ServerAddress  # a database file, or a database on a PostgreSQL server


def is_server_address(text: str) -> bool:
    return postgres.is_address(text)


def location_of(text: str | os.PathLike[str]) -> Location:
    """A file path, or a server database's address (postgresql://...), as a person wrote it."""
    if isinstance(text, str) and postgres.is_address(text):
        return ServerAddress(text.strip())
    return Path(text).expanduser().absolute()


def choose_database(explicit: str | os.PathLike[str] | None = None, *, window: bool = False) -> Location:
    """--db PATH, else $MOULIAISON_DB, else (the window only) the one last chosen in Settings,
    else the data folder. The command line never follows the window's choice: a headquarters
    script must act on the database its command names, not on whatever file someone last picked.
    Each may be a PostgreSQL address instead of a file."""
    chosen = explicit or os.environ.get(ENVIRONMENT_VARIABLE)
    if not chosen and window:
        from mouliaison.services.preferences import load_preferences

        recent = load_preferences().recent_databases
        chosen = recent[0] if recent else None
    return location_of(chosen or default_database_path())


@dataclass
class Writing:
    session: Session
    writer: ChangeWriter
    clock: PersistentClock

    @property
    def installation(self) -> Installation:
        return this_installation(self.session)


class Database:
    def __init__(
        self,
        path: Location,
        engine: Engine,
        lock: DatabaseLock | None,
        schema: SchemaReport,
        read_only: bool,
        wall: Callable[[], int],
    ) -> None:
        self.path = path
        self.schema = schema
        self.read_only = read_only
        self.warnings: list[str] = []  # for the person: where the file lives, read-only media
        self.damaged: str | None = None  # SQLite's quick check failed: writes are refused with this message
        self.role: str | None = None  # on a server: the user connected
        self._engine = engine
        self._write_engine = for_writing(engine)
        self._lock = lock
        self._wall = wall
        # Terms are kept between transactions only by the one process that may write the file.
        self._known_terms = queries.KnownTerms() if lock is not None and not read_only else None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self._engine, info=self._session_info()) as session, session.begin():
            yield session

    def _session_info(self) -> dict[str, object]:
        return {queries.KNOWN_TERMS: self._known_terms} if self._known_terms is not None else {}

    @contextmanager
    def writing(self, *, dry_run: bool = False) -> Iterator[Writing]:
        """One write transaction: committed at the end, rolled back on error (or when dry_run)."""
        if self.read_only:
            raise DatabaseUnavailable(self.read_only_message)
        if self.damaged:
            raise DatabaseUnavailable(self.damaged)
        with Session(self._write_engine, info=self._session_info()) as session:
            session.begin()
            try:
                clock = PersistentClock(session, self._wall)
                yield Writing(session, ChangeWriter(session, clock), clock)
                if dry_run:
                    session.rollback()
                else:
                    session.commit()
            except OperationalError as exc:
                session.rollback()
                if isinstance(self.path, Path) and disk_full(self.path, exc):
                    raise DatabaseUnavailable(disk_full_message(self.path)) from None
                if isinstance(self.path, ServerAddress):
                    raise DatabaseUnavailable(postgres.connection_problem(self.path, exc)) from None
                raise
            except DBAPIError as exc:
                session.rollback()
                if isinstance(self.path, ServerAddress) and postgres.is_refusal(exc):
                    raise DatabaseUnavailable(self.read_only_message) from None
                raise
            except BaseException:
                session.rollback()
                raise
            finally:
                if self._known_terms is not None and queries.terms_written(session):
                    self._known_terms.forget()  # committed or not: read them again

    @property
    def is_server(self) -> bool:
        return isinstance(self.path, ServerAddress)

    @property
    def read_only_message(self) -> str:
        if isinstance(self.path, ServerAddress):
            return (f"nothing was changed: the user {self.role} of {self.path} may read this database but not "
                    "change it. Ask its administrator for the rights to change it, or connect as a user who has them.")
        return f"{self.path} is open read-only; copy it to a writable folder to change it."

    def schema_revision(self) -> str:
        """The database's schema revision (for a problem report: no record values)."""
        with self.reading() as session:
            return current_revision(session.connection()) or "none"

    def installation(self) -> Installation:
        with self.reading() as session:
            installation = this_installation(session)
            session.expunge(installation)
            return installation

    def close(self) -> None:
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _has_journal(path: Path) -> bool:
    """SQLite keeps a new database's first pages in its WAL until a checkpoint: not empty then."""
    return any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))


FULL_BELOW = 4 * 2**20  # free bytes under which a write error is taken for a full disk


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_full(path: Path, exc: BaseException) -> bool:
    """Whether a write error is the disk being full: SQLite says so, or says "disk I/O error"
    (it cannot map its shared-memory file) with almost no space left."""
    text = str(getattr(exc, "orig", exc)).lower()
    free = free_bytes(path.parent)
    return "full" in text or (("i/o error" in text or "no space" in text) and free is not None and free < FULL_BELOW)


def disk_full_message(path: Path) -> str:
    free = free_bytes(path.parent)
    shown = f"{free / 2**20:.1f} MB" if free is not None else "an unknown amount"
    return (f"nothing was written: the disk holding {path.parent} is full (free {shown}). Free some space there, "
            "or choose another place with --db, then try again.")


def _damaged_message(path: Path, problems: list[str]) -> str:
    backups = sorted(path.parent.glob(f"{path.name}.schema-*.bak"))
    where = (f"the newest automatic backup is {backups[-1]} (made before a schema upgrade)" if backups
             else "no automatic backup is beside it (they are made before each schema upgrade)")
    return (f"{path} is damaged (SQLite's check says: {'; '.join(problems[:3])}). It opens for reading only: "
            f"nothing can be added or imported. Close mouliaison and restore a copy of the file: {where}; "
            "or ask your coordinator for a recent export and import it into a new database.")


def open_database(
    path: Location, *, wall: Callable[[], int] = wall_clock_ms, migrations: Path = MIGRATIONS
) -> Database:
    """Open (creating if needed) the database at `path`, ready to use, or explain why not."""
    if isinstance(path, ServerAddress):
        return open_server_database(path, wall=wall, migrations=migrations)
    path = path.absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(
            f"cannot create the folder {path.parent} ({exc.strerror}); choose another place with --db."
        ) from None
    if path.exists() and not path.is_file():
        raise DatabaseUnavailable(f"{path} is not a file; choose a database file with --db.")
    if path.is_file() and path.stat().st_size == 0 and not _has_journal(path):
        raise DatabaseUnavailable(f"{path} is an empty file, not a database (a failed copy?). Choose the right "
                                  "file, or give a name that does not exist yet to start a new database.")
    writable_folder = os.access(path.parent, os.W_OK)
    read_only = not writable_folder or (path.exists() and not os.access(path, os.W_OK))
    if read_only and not path.exists():
        raise DatabaseUnavailable(f"cannot create {path}: the folder is read-only; choose another place with --db.")
    lock = None
    if writable_folder:
        lock = DatabaseLock(path)
        lock.acquire()
    engine = None
    try:
        engine = sqlite.engine_for(path, read_only=read_only, immutable=not writable_folder)
        try:
            schema = prepare_schema(engine, path, read_only=read_only, scripts=migrations)
        except DatabaseError as exc:
            if disk_full(path, exc):
                raise DatabaseUnavailable(disk_full_message(path)) from None
            raise DatabaseUnavailable(
                f"{path} is not a mouliaison database (SQLite says: {exc.orig}). "
                "Choose another file, or a new file name to start a new database."
            ) from None
        database = Database(path, engine, lock, schema, read_only, wall)
        problems = [] if schema.created else sqlite.quick_problems(engine)
        if problems:
            database.damaged = _damaged_message(path, problems)
            database.warnings.append(database.damaged)
        where = storage_warning(path)
        if where:
            database.warnings.append(where)
        if read_only:
            database.warnings.append(f"{path} is read-only here: it opens for reading; copy it to a writable "
                                     "folder to change it.")
        if not read_only and not database.damaged:
            with database.writing() as change:
                ensure_installation(change.session, str(path))
                change.session.flush()  # the clock reads the installation row
                ensure_embedded(change.session, change.writer)
                if schema.upgraded_from is not None:
                    fill_search_index(change.session)  # records from before the index, or a newer field
        return database
    except BaseException:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        raise


def open_server_database(
    address: ServerAddress, *, wall: Callable[[], int] = wall_clock_ms, migrations: Path = MIGRATIONS
) -> Database:
    """Open a PostgreSQL database: its schema created or upgraded (in one transaction), or
    explain why not. Several analysts open it at once: no file lock; writers queue on the
    server's advisory lock instead (store.transactions)."""
    try:
        engine = postgres.engine_for(address)
    except (postgres.DriverMissing, ValueError) as exc:
        raise DatabaseUnavailable(str(exc)) from None
    try:
        schema = prepare_schema(engine, None, scripts=migrations)  # a role without rights: refused below
        with engine.connect() as conn:
            role = postgres.role(conn)
            may_write = postgres.may_write(conn)
            identity = postgres.identity(conn)
        database = Database(address, engine, None, schema, not may_write, wall)
        database.role = role
        if not may_write:
            database.warnings.append(f"{address}: the user {role} may read this database but not change it; "
                                     "it opens for reading and reporting.")
            return database
        with database.writing() as change:
            ensure_installation(change.session, identity, machine=False)
            change.session.flush()
            ensure_embedded(change.session, change.writer)
            if schema.upgraded_from is not None:
                fill_search_index(change.session)
        return database
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseUnavailable(postgres.connection_problem(address, exc)) from None
    except BaseException:
        engine.dispose()
        raise

