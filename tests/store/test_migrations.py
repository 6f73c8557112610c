"""Migrations: saved databases of every schema upgrade; newer ones are refused untouched;
a failing upgrade leaves the old data intact; models and migrations agree."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from mouliaison.cli import main
from mouliaison.services.database import open_database
from mouliaison.services.dump import dump_state
from mouliaison.store.migrate import MIGRATIONS, SHIPPED_HEAD, DatabaseTooNew, MigrationFailed, head_revision
from mouliaison.store.schema import Base
from mouliaison.store.search_index import is_index_table

FIXTURES = Path(__file__).parent.parent / "fixtures"
SAVED = sorted(FIXTURES.glob("schema-*.sqlite3"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_the_shipped_head_is_the_newest_migration():
    assert head_revision() == SHIPPED_HEAD  # a new migration moves SHIPPED_HEAD too


def test_there_is_a_saved_database_of_the_head_schema():
    assert f"schema-{head_revision()}.sqlite3" in {p.name for p in SAVED}


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_saved_database_opens_at_head_with_its_records_intact(saved: Path, tmp_path: Path):
    path = tmp_path / saved.name
    shutil.copyfile(saved, path)
    expected = json.loads(saved.with_suffix("").with_suffix(".dump.json").read_text(encoding="utf-8"))
    with open_database(path) as db:
        assert revision_of(path) == head_revision()
        now = dump_state(db)
    for record_type, rows in expected["records"].items():
        current = {r["id"]: r for r in now["records"][record_type]}
        for row in rows:
            assert row["id"] in current, f"{record_type} {row['id']} lost"
            for key, value in row.items():  # fields added since keep their place; old ones keep their value
                assert current[row["id"]].get(key) == value, (record_type, row["id"], key)
    assert main(["--db", str(path), "check"]) == 0


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_models_and_migrations_agree(tmp_path: Path):
    """A change to the models without a migration fails here: write the migration."""
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    from alembic import command

    from mouliaison.store.migrate import config

    with engine.begin() as conn:
        command.upgrade(config(conn), "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": lambda name, kind, _p: not (
            kind == "table" and is_index_table(name))})  # the FTS5 index is made by hand
        diff = compare_metadata(context, Base.metadata)
        indexes = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert diff == []
    # Alembic cannot compare indexes on expressions (lower(title)): their names at least must agree.
    modelled = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    assert modelled <= indexes


def test_database_from_a_newer_release_is_refused_and_untouched(db_path: Path, capsys):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = sha256(db_path)
    with pytest.raises(DatabaseTooNew, match="newer release of mouliaison"):
        open_database(db_path)
    assert main(["--db", str(db_path), "list", "activity"]) == 1
    assert "newer release" in capsys.readouterr().err
    assert sha256(db_path) == before
    assert revision_of(db_path) == "9999_from_the_future"


def _migrations_with(tmp_path: Path, body: str) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    header = (
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9999_test"\ndown_revision = "{head_revision()}"\nbranch_labels = None\ndepends_on = None\n\n\n'
        "def upgrade():\n"
    )
    (scripts / "versions" / "9999_test.py").write_text(header + textwrap.indent(textwrap.dedent(body), "    "))
    return scripts


def _saved_copy(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FIXTURES / f"schema-{head_revision()}.sqlite3", path)
    return path


def test_upgrade_takes_a_verified_backup_first(tmp_path: Path):
    path = _saved_copy(tmp_path)
    scripts = _migrations_with(tmp_path, """
        with op.batch_alter_table("activity") as batch:
            batch.add_column(sa.Column("budget", sa.Integer(), nullable=True))
    """)
    with sqlite3.connect(path) as conn:
        titles_before = {row[0] for row in conn.execute("SELECT title FROM activity")}
    with open_database(path, migrations=scripts) as db:
        assert db.schema.upgraded_from == head_revision()
        backup = db.schema.backup
    assert revision_of(path) == "9999_test"
    assert backup is not None and backup.exists()
    assert revision_of(backup) == head_revision()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(activity)")]
        assert "budget" in columns
        titles = {row[0] for row in conn.execute("SELECT title FROM activity")}
    assert titles == titles_before


def test_migration_failing_half_way_leaves_the_old_data_intact(tmp_path: Path):
    path = _saved_copy(tmp_path)
    before = dump_state_of(path)
    scripts = _migrations_with(tmp_path, """
        with op.batch_alter_table("activity") as batch:
            batch.add_column(sa.Column("budget", sa.Integer(), nullable=True))
        op.execute("UPDATE activity SET title = 'overwritten'")
        op.execute("INSERT INTO no_such_table VALUES (1)")
    """)
    with pytest.raises(MigrationFailed, match="is as it was"):
        open_database(path, migrations=scripts)
    assert revision_of(path) == head_revision()
    with sqlite3.connect(path) as conn:
        assert "budget" not in [row[1] for row in conn.execute("PRAGMA table_info(activity)")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert dump_state_of(path) == before


def dump_state_of(path: Path) -> dict:
    with open_database(path) as db:
        return dump_state(db)


def test_an_upgraded_database_has_the_search_index_of_a_new_one(tmp_path: Path):
    """The FTS5 tables are made by hand, not compared by Alembic: their definitions must agree."""
    oldest = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0003.sqlite3", oldest)
    open_database(oldest).close()
    open_database(tmp_path / "new.sqlite3").close()

    def fts_tables(path: Path) -> dict[str, str]:
        with sqlite3.connect(path) as conn:
            return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"))

    upgraded, new = fts_tables(oldest), fts_tables(tmp_path / "new.sqlite3")
    assert upgraded == new and len(new) == 15
    assert all("detail=column" in sql for sql in new.values())
