"""Everything specific to PostgreSQL, in one place (headquarters' server database).

- addresses: `postgresql://USER@HOST/DB` as a person types it, shown without its password;
- the engine: psycopg 3; readers see one snapshot (REPEATABLE READ) and are never blocked;
  writers take one advisory lock first, so writes run one after the other (store.transactions);
- what the connected role may do (a read-only analyst may report but not import);
- errors a person can cause (server down, wrong password, no such database), in plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy.exc
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL, Connection

from mouliaison.store.transactions import WRITE

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
# The key of the advisory lock every writer takes: the same number in every copy of the app.
WRITERS_LOCK = 0x6D6F756C  # "moul"
CONNECT_TIMEOUT_S = 10


def is_address(text: str) -> bool:
    """Whether a --db value names a server database rather than a file."""
    return text.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database, as given (`url` may hold a password); shown without the password."""

    url: str

    @property
    def sqlalchemy_url(self) -> URL:
        url = make_url(self.url.strip())
        return url.set(drivername="postgresql+psycopg")

    def __str__(self) -> str:
        try:
            url = self.sqlalchemy_url.set(drivername="postgresql")
        except (sqlalchemy.exc.ArgumentError, ValueError):
            return re.sub(r":[^:@/]*@", ":***@", self.url)  # not an address: shown, its password hidden
        return url.render_as_string(hide_password=True)

    @property
    def name(self) -> str:
        """The database's name (a window title, a problem report)."""
        try:
            return self.sqlalchemy_url.database or ""
        except (sqlalchemy.exc.ArgumentError, ValueError):
            return ""


class DriverMissing(RuntimeError):
    pass


def engine_for(address: ServerAddress) -> Engine:
    try:
        import psycopg  # noqa: F401  (the driver is an optional extra: say so plainly if absent)
    except ImportError:
        raise DriverMissing(
            f"{address} is a PostgreSQL database, and this installation has no PostgreSQL driver. "
            "Install it with: pip install 'mouliaison[postgres]' (or choose a database file with --db)."
        ) from None
    try:
        url = address.sqlalchemy_url
    except sqlalchemy.exc.ArgumentError:
        raise ValueError(f"{address} is not a database address; write it as postgresql://USER@HOST/DATABASE") from None
    engine = create_engine(
        url,
        isolation_level="REPEATABLE READ",  # a reader sees one state of the database, never half an import
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "mouliaison"},
    )

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(WRITE, False):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})")

    return engine


def may_write(connection: Connection) -> bool:
    """Whether this role may change the data: a read-only transaction default (a standby, or
    `default_transaction_read_only`) or no INSERT on the versions says no."""
    if connection.exec_driver_sql("SHOW transaction_read_only").scalar() == "on":
        return False
    return bool(connection.exec_driver_sql(
        "SELECT has_table_privilege(current_user, 'versions', 'INSERT')"
        " AND has_table_privilege(current_user, 'installation', 'UPDATE')").scalar())


def identity(connection: Connection) -> str:
    """The database itself, whoever connects and by whatever name they reach its server
    ("localhost", "db.hq", an IP address): the cluster's system identifier and the database's oid.
    Every analyst's connection is then one site; a copy restored elsewhere (another cluster, or
    another database of this one) is another site, as a copied file is."""
    system, oid = connection.exec_driver_sql(
        "SELECT (SELECT system_identifier FROM pg_control_system()),"
        " (SELECT oid FROM pg_database WHERE datname = current_database())").one()
    return f"postgresql-cluster:{system}/{oid}"


def role(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT current_user").scalar())


def is_refusal(exc: BaseException) -> bool:
    """A write the server refused for want of rights (a read-only role or transaction)."""
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code in ("42501", "25006")  # insufficient_privilege, read_only_sql_transaction


def connection_problem(address: ServerAddress, exc: BaseException) -> str:
    """What went wrong reaching the server, in words a person can act on."""
    orig: Any = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlstate", None)
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if code == "28P01" or "password authentication failed" in detail:
        return f"the server refused the user name or password for {address}; check them, then try again."
    if code == "3D000" or ("does not exist" in detail and "database" in detail):
        return (f"{address}: the server has no such database. Ask its administrator to create it "
                "(createdb), or correct the name.")
    if code == "28000":
        return f"the server does not let this user in to {address} ({detail}); ask its administrator."
    if code == "42501":
        return (f"the user of {address} may not do this ({detail}); ask the database's administrator for the "
                "rights, or connect as a user who has them.")
    return (f"cannot reach the PostgreSQL database {address} ({detail}). Check that the server is running and "
            "the address is right, then try again.")
