"""Shared fixtures: a fresh real database per test, copied from a migrated template.

The store, sync, services and command-line tests run twice: on SQLite and on a real PostgreSQL
server (tests/postgres_server.py says how it is found; without one that run is skipped, in CI
it fails). A test takes `db`, `make_db` or `db_address` for that; `db_path` is SQLite's file
alone, for what only a file has (locks, damaged bytes, read-only folders).

The offscreen Qt platform is set here, before any test imports Qt.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MOULIAISON_DB", None)  # tests never touch a real user's database
os.environ["MOULIAISON_CONFIG_DIR"] = tempfile.mkdtemp(prefix="mouliaison-config-")  # nor their preferences
os.environ["MOULIAISON_LOG_DIR"] = tempfile.mkdtemp(prefix="mouliaison-log-")  # nor their log
os.environ["MOULIAISON_KEYS_DIR"] = tempfile.mkdtemp(prefix="mouliaison-keys-")  # nor a server database's key

from mouliaison.services.database import Database, location_of, open_database
from tests import postgres_server

BACKENDS = ("sqlite", "postgresql")
# Where tests run on both databases: these folders and files under tests/.
ON_BOTH = ("store", "sync", "services", "test_cli.py", "test_cli_sync.py", "test_cli_mapping.py")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    relative = Path(str(metafunc.definition.path)).relative_to(Path(__file__).parent)
    if relative.parts[0] in ON_BOTH and "db_path" not in metafunc.fixturenames:  # db_path: about a file
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture(autouse=True)
def _opened_databases(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Database]]:
    """Every Database a test opens (itself, through a service, or the command line) is closed at its
    end: a server keeps a connection slot for each pooled connection until its engine is disposed."""
    opened: list[Database] = []
    real_init = Database.__init__

    def init(self: Database, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        opened.append(self)

    monkeypatch.setattr(Database, "__init__", init)
    yield opened
    for database in opened:
        database.close()  # closing twice is harmless


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on: SQLite, and (in ON_BOTH) PostgreSQL as well."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres() -> Iterator[postgres_server.PostgresServer]:
    address = postgres_server.server_address()
    if address is None:
        message = f"no PostgreSQL server: set {postgres_server.ADDRESS_VARIABLE}=postgresql://USER:PASSWORD@HOST/DB"
        if postgres_server.required():
            pytest.fail(message + f" ({postgres_server.REQUIRED_VARIABLE}=1: the PostgreSQL runs must not be skipped)")
        pytest.skip(message)
    server = postgres_server.PostgresServer(address)
    try:
        server.make_template()
        yield server
    finally:
        server.close()


@pytest.fixture
def server_databases(postgres: postgres_server.PostgresServer,
                     _opened_databases: list[Database]) -> Iterator[postgres_server.PostgresServer]:
    """The server, for a test that makes databases there: at its end the test's connections are
    counted (the run's peak), every database it opened is closed, and the ones it made are dropped."""
    made_before = postgres.made()
    yield postgres
    busy = postgres.connections()
    for database in _opened_databases:
        database.close()
    postgres.drop_all_but(made_before)
    postgres_server.PEAK.add(busy, postgres.connections())


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if postgres_server.PEAK.tests:
        terminalreporter.write_line(postgres_server.PEAK.summary())


@pytest.fixture
def db_address(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """What a person gives --db: the test's fresh database, a file or a server address."""
    if backend == "sqlite":
        yield str(request.getfixturevalue("db_path"))
        return
    server: postgres_server.PostgresServer = request.getfixturevalue("server_databases")
    yield server.fresh()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database created and migrated once per test run (the embedded default included)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_address: str) -> Iterator[Database]:
    database = open_database(location_of(db_address))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def make_address(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """Makes further fresh databases (other offices) for a test: what --db is given for each."""
    server = request.getfixturevalue("server_databases") if backend == "postgresql" else None

    def make(name: str) -> str:
        if server is not None:
            return server.fresh()
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(request.getfixturevalue("template_db"), path)
        return str(path)

    return make


@pytest.fixture
def make_db(make_address: Callable[[str], str]) -> Iterator[object]:
    """Opens further databases (other offices) for a test; all are closed afterwards."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        database = open_database(location_of(make_address(name)))
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


@pytest.fixture
def run_at(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Runs `mouliaison --db DB ARGS...` in this process: run_at(DB, *ARGS) -> (exit code, stdout, stderr)."""
    from mouliaison.cli import main

    def run(db: str | os.PathLike[str], *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(db), *args])
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code
        out, err = capsys.readouterr()
        return int(code or 0), out, err

    return run


@pytest.fixture
def run(db_address: str, run_at: Callable[..., tuple[int, str, str]]) -> Callable[..., tuple[int, str, str]]:
    """Runs `mouliaison --db` the test's fresh database: run(*ARGS) -> (exit code, stdout, stderr)."""
    return functools.partial(run_at, db_address)


@pytest.fixture
def mapped_reader(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The services' reader, recording the mapping choices each read of a file was given."""
    from mouliaison.services import exchange

    given: list[object] = []
    real = exchange.read_workbook

    def read(path: Path, progress=exchange.no_progress, choices=None):  # type: ignore[no-untyped-def]
        given.append(choices)
        return real(path, progress, choices)

    monkeypatch.setattr(exchange, "read_workbook", read)
    return given


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch, mapped_reader: list[object]) -> list[Path]:
    """Every read of a file by the services' import (a preview, a re-plan, an Import), in order."""
    from mouliaison.services import exchange

    seen: list[Path] = []
    recorded = exchange.read_workbook

    def counting(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(Path(path))
        return recorded(path, *args, **kwargs)

    monkeypatch.setattr(exchange, "read_workbook", counting)
    return seen


@pytest.fixture
def no_saved_mappings() -> None:
    """No mapping saved by an earlier test is proposed again (services.saved_mappings)."""
    from mouliaison.services.saved_mappings import saved_mappings_path

    saved_mappings_path().unlink(missing_ok=True)
