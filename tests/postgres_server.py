"""A real PostgreSQL server for the tests: fresh databases copied from a migrated template.

The server is the system's (`pg_ctlcluster 15 main start`; .ci/run starts it): its address, for a
role that may create databases and roles, is in $MOULIAISON_TEST_POSTGRES. Without it the
PostgreSQL runs are skipped, unless $MOULIAISON_REQUIRE_POSTGRES is 1 (CI), where they fail.
"""

from __future__ import annotations

import itertools
import os
import time
from dataclasses import dataclass

from sqlalchemy import make_url

ADDRESS_VARIABLE = "MOULIAISON_TEST_POSTGRES"
REQUIRED_VARIABLE = "MOULIAISON_REQUIRE_POSTGRES"


def server_address() -> str | None:
    return os.environ.get(ADDRESS_VARIABLE) or None


def required() -> bool:
    return os.environ.get(REQUIRED_VARIABLE) == "1"


def address_of(database) -> str:  # type: ignore[no-untyped-def]
    """What --db is given to reach an open Database again: its file, or its server address (with the
    password, which printing a ServerAddress hides)."""
    return database.path.url if database.is_server else str(database.path)


def drop_database(admin, name: str) -> None:  # type: ignore[no-untyped-def]
    """DROP ... WITH (FORCE) ends the database's sessions; one of the server's own (an autovacuum
    worker) cannot be ended by a role that is not a superuser, but it is gone within moments."""
    import psycopg

    for _attempt in range(10):
        try:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            time.sleep(0.5)
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class ConnectionPeak:
    """The most connections the run's databases held at a test's end (before closing), and the most
    left over after its databases were closed (a leak, if not 0): printed at the end of the run."""

    tests: int = 0
    busy: int = 0
    left: int = 0

    def add(self, busy: int, left: int) -> None:
        self.tests += 1
        self.busy, self.left = max(self.busy, busy), max(self.left, left)

    def summary(self) -> str:
        return (f"PostgreSQL: {self.tests} tests made server databases; at most {self.busy} connection(s) to them "
                f"at a test's end, at most {self.left} left after its databases were closed")


PEAK = ConnectionPeak()


class PostgresServer:
    """Creates and drops the tests' databases (names carry the process id: runs side by side)."""

    def __init__(self, address: str) -> None:
        import psycopg

        self._url = make_url(address)
        self._admin = psycopg.connect(self.address_of(self._url.database or "postgres"), autocommit=True)
        self._counter = itertools.count()
        self._prefix = f"mouliaison_test_{os.getpid()}"
        self._made: list[str] = []
        self.template: str | None = None

    def address_of(self, database: str, user: str | None = None, password: str | None = None) -> str:
        url = self._url.set(drivername="postgresql", database=database)
        if user is not None:
            url = url.set(username=user, password=password)
        return url.render_as_string(hide_password=False)

    def execute(self, sql: str) -> None:
        self._admin.execute(sql)

    def empty_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new database with nothing in it (or a copy of `template`); returns its name."""
        name = name or f"{self._prefix}_{next(self._counter)}"
        drop_database(self._admin, name)
        self._admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self._made.append(name)
        return name

    def fresh(self) -> str:
        """The address of a new database copied from the migrated template."""
        assert self.template is not None
        return self.address_of(self.empty_database(template=self.template))

    def make_template(self) -> str:
        """A database created and migrated once per run, as `template_db` is for SQLite."""
        from mouliaison.services.database import location_of, open_database

        name = self.empty_database(f"{self._prefix}_template")
        open_database(location_of(self.address_of(name))).close()
        self.template = name
        return name

    def made(self) -> set[str]:
        return set(self._made)

    def drop_all_but(self, kept: set[str]) -> None:
        """Drops the databases made since `made()` returned `kept` (a test's, at its end)."""
        for name in [n for n in self._made if n not in kept]:
            drop_database(self._admin, name)
            self._made.remove(name)

    def connections(self) -> int:
        """Sessions open on this run's databases (the server's own and other runs' not counted)."""
        return int(self._admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname LIKE %s",
                                       (self._prefix + "%",)).fetchone()[0])

    def drop(self, address: str) -> None:
        name = make_url(address).database
        drop_database(self._admin, name)
        if name in self._made:
            self._made.remove(name)

    def close(self) -> None:
        for name in reversed(self._made):
            drop_database(self._admin, name)
        self._admin.close()
