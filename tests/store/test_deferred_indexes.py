"""A large first import builds the secondary indexes once, after its rows: the schema and the data
end as they would have with the indexes kept up to date, and a failed load leaves them intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from mouliaison.services import exchange
from mouliaison.services.dump import dump_json
from mouliaison.services.office import set_office
from mouliaison.services.records import add_record
from mouliaison.store import deferred_indexes
from mouliaison.store.deferred_indexes import indexes_built_after
from mouliaison.store.schema import RECORD_TABLES


def index_statements(db) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        return [tuple(row) for row in session.execute(text(
            "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"))]


def activity_row(n: int) -> dict[str, object]:
    return {"id": f"00000000-0000-7000-8000-{n:012d}", "title": f"Activity {n}", "status": "planned",
            "deleted": False, "merged_into": None, "conflicted": False, "created_stamp": n,
            "updated_stamp": n, "search_text": f"activity {n}"}


@pytest.fixture
def sqlite_db(db, backend):
    if backend != "sqlite":
        pytest.skip("the indexes are deferred on SQLite only (PostgreSQL's bulk load is COPY)")
    return db


def test_a_large_load_into_empty_tables_builds_the_same_indexes_after_it(sqlite_db, monkeypatch):
    monkeypatch.setattr(deferred_indexes, "WORTH_IT", 3)
    before = index_statements(sqlite_db)
    activities = RECORD_TABLES["activity"]
    with sqlite_db.writing() as change, indexes_built_after(change.session, 5) as deferred:
        assert "ix_versions_record" in deferred and any(name.startswith("ix_activity_by_") for name in deferred)
        with_rows = {row[0] for row in change.session.execute(text("SELECT name FROM sqlite_master"))}
        assert not with_rows & set(deferred)
        change.session.execute(activities.insert(), [activity_row(n) for n in range(5)])
    assert index_statements(sqlite_db) == before
    with sqlite_db.reading() as session:
        assert session.execute(select(func.count()).select_from(activities)).scalar() == 5
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_a_failed_load_leaves_the_indexes_and_no_rows(sqlite_db, monkeypatch):
    monkeypatch.setattr(deferred_indexes, "WORTH_IT", 3)
    before = index_statements(sqlite_db)
    activities = RECORD_TABLES["activity"]
    with (pytest.raises(RuntimeError), sqlite_db.writing() as change,
          indexes_built_after(change.session, 5) as deferred):
        assert deferred
        change.session.execute(activities.insert(), [activity_row(n) for n in range(5)])
        raise RuntimeError("the import was cancelled")
    assert index_statements(sqlite_db) == before
    with sqlite_db.reading() as session:
        assert session.execute(select(func.count()).select_from(activities)).scalar() == 0


def test_a_table_that_already_holds_rows_keeps_its_indexes(sqlite_db, monkeypatch):
    monkeypatch.setattr(deferred_indexes, "WORTH_IT", 3)
    monkeypatch.setattr(deferred_indexes, "SMALL_TABLE", 2)
    activities = RECORD_TABLES["activity"]
    with sqlite_db.writing() as change:
        change.session.execute(activities.insert(), [activity_row(n) for n in range(3)])
    with sqlite_db.writing() as change, indexes_built_after(change.session, 50) as deferred:
        assert deferred and not [name for name in deferred if name.startswith("ix_activity")]
        kept = {row[0] for row in change.session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity'"))}
        assert any(name.startswith("ix_activity") for name in kept)


def test_a_small_load_or_a_server_database_defers_nothing(db, backend):
    with db.writing() as change, indexes_built_after(change.session, deferred_indexes.WORTH_IT - 1) as deferred:
        assert deferred == []
    if backend == "postgresql":
        with db.writing() as change, indexes_built_after(change.session, 10 * deferred_indexes.WORTH_IT) as deferred:
            assert deferred == []


def test_an_import_with_its_indexes_built_after_stores_what_the_indexed_way_stores(make_db, tmp_path: Path,
                                                                                   monkeypatch, backend):
    source = make_db("nairobi")
    set_office(source, "Nairobi", "IOM")
    for n in range(12):
        add_record(source, "activity", {"title": f"Border workshop {n}", "status": "planned"})
    add_record(source, "organisation", {"name": "Kenya Revenue Authority"})
    path = tmp_path / "nairobi.xlsx"
    exchange.export_workbook(source, path)

    dumps = []
    for worth_it in (10**9, 1):  # indexes kept up to date; then dropped and built after the rows
        monkeypatch.setattr(deferred_indexes, "WORTH_IT", worth_it)
        target = make_db(f"coordinator-{worth_it}")
        exchange.import_workbooks(target, [path], trust_new_keys=True)
        dumps.append(dump_json(target))
        if backend == "sqlite":
            assert index_statements(target) == index_statements(source)
    assert dumps[0] == dumps[1]


def test_the_versions_index_is_built_before_the_records_are_written(make_db, tmp_path: Path, monkeypatch, backend):
    """The versions' index is sorted as soon as the versions are in, while SQLite's write-ahead log
    holds only them: the records' rows, written after, do not lengthen the log it is read through."""
    if backend != "sqlite":
        pytest.skip("the indexes are deferred on SQLite only")
    from mouliaison.services import import_write

    source = make_db("nairobi")
    set_office(source, "Nairobi", "IOM")
    for n in range(6):
        add_record(source, "activity", {"title": f"Border workshop {n}", "status": "planned"})
    path = tmp_path / "nairobi.xlsx"
    exchange.export_workbook(source, path)
    monkeypatch.setattr(deferred_indexes, "WORTH_IT", 1)
    seen: list[tuple[str, set[str]]] = []
    apply_plan = import_write.apply_plan

    def watching(session, part, received_at):
        indexes = {name for (name,) in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index'"
            " AND name IN ('ix_versions_record', 'ix_activity_by_title')"))}
        seen.append(("records" if part.states else "versions", indexes))
        apply_plan(session, part, received_at)

    monkeypatch.setattr(import_write, "apply_plan", watching)
    target = make_db("coordinator")
    exchange.import_workbooks(target, [path], trust_new_keys=True)
    assert [kind for kind, _ in seen] == ["versions", "records"]
    assert seen[0][1] == {"ix_activity_by_title"}  # the versions' deferred while they are written
    assert seen[1][1] == {"ix_versions_record"}  # built again before the records; theirs deferred now
    assert index_statements(target) == index_statements(source)
