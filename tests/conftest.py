"""Shared fixtures: a fresh real SQLite database per test, copied from a migrated template.

The offscreen Qt platform is set here, before any test imports Qt.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MOULIAISON_DB", None)  # tests never touch a real user's database
os.environ["MOULIAISON_CONFIG_DIR"] = tempfile.mkdtemp(prefix="mouliaison-config-")  # nor their preferences
os.environ["MOULIAISON_LOG_DIR"] = tempfile.mkdtemp(prefix="mouliaison-log-")  # nor their log

from mouliaison.services.database import Database, open_database


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
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def make_db(template_db: Path, tmp_path: Path) -> Iterator[object]:
    """Opens further databases (other offices) for a test; all are closed afterwards."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(template_db, path)
        database = open_database(path)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


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
