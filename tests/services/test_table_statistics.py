"""A large import leaves PostgreSQL's planner with statistics of the tables it filled, so the
first search after it is planned for tables that hold rows; SQLite is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from mouliaison.services import exchange, import_write
from mouliaison.services.office import set_office
from mouliaison.services.records import add_record
from mouliaison.store import table_statistics


def exported(make_db, tmp_path: Path, titles: list[str]) -> Path:
    source = make_db("nairobi")
    set_office(source, "Nairobi", "IOM")
    for title in titles:
        add_record(source, "activity", {"title": title, "status": "planned"})
    path = tmp_path / "nairobi.xlsx"
    exchange.export_workbook(source, path)
    return path


def analysed(db, table: str) -> int:
    """How many times the table's statistics were gathered by ANALYZE (autovacuum's aside)."""
    with db.reading() as session:
        return int(session.execute(text(
            "SELECT analyze_count FROM pg_stat_user_tables WHERE relname = :table"), {"table": table}).scalar_one())


def test_a_load_of_many_rows_is_followed_by_statistics_on_postgresql(db, make_db, backend, tmp_path, monkeypatch):
    path = exported(make_db, tmp_path, ["Border risk assessment", "Joint SOP workshop", "Cross-border census"])
    calls: list[list[str]] = []
    real = table_statistics.refresh_after_load

    def recorded(session, rows, tables):
        calls.append(real(session, rows, tables))
        return calls[-1]

    monkeypatch.setattr(table_statistics, "WORTH_IT", 3)  # the file's 3 activities and their versions
    monkeypatch.setattr(import_write, "refresh_after_load", recorded)
    before = analysed(db, "activity") if backend == "postgresql" else 0
    exchange.import_workbooks(db, [path], trust_new_keys=True)
    if backend == "sqlite":
        assert calls == [[]]
        return
    assert "activity" in calls[0] and "versions" in calls[0]
    assert analysed(db, "activity") == before + 1
    with db.reading() as session:  # the planner's row estimate counts the imported rows
        estimate = session.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'activity'")).scalar_one()
    assert estimate >= 3


def test_a_small_load_leaves_the_statistics_to_the_server(db, make_db, backend, tmp_path, monkeypatch):
    path = exported(make_db, tmp_path, ["Border risk assessment"])
    before = analysed(db, "activity") if backend == "postgresql" else 0
    exchange.import_workbooks(db, [path], trust_new_keys=True)
    if backend == "postgresql":
        assert analysed(db, "activity") == before


def test_a_database_copied_to_a_server_leaves_it_the_statistics_of_what_it_copied(make_db, backend, request,
                                                                             tmp_path, monkeypatch):
    """copy-db of an office's file into an empty server database ends with ANALYZE, as an import does."""
    if backend != "postgresql":
        pytest.skip("copy-db's statistics are the server's; a copy to a file is SQLite's own")
    from mouliaison.services.database import location_of, open_database
    from mouliaison.services.database_copy import copy_database

    source = tmp_path / "nairobi.sqlite3"
    with open_database(source) as office:
        for title in ("Border risk assessment", "Joint SOP workshop", "Cross-border census"):
            add_record(office, "activity", {"title": title, "status": "planned"})
    server = request.getfixturevalue("server_databases")
    address = server.address_of(server.empty_database())
    monkeypatch.setattr(table_statistics, "WORTH_IT", 3)
    copy_database(source, location_of(address))
    with open_database(location_of(address)) as copy:
        assert analysed(copy, "activity") == 1 and analysed(copy, "versions") == 1
        with copy.reading() as session:
            estimate = session.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'activity'")).scalar_one()
    assert estimate >= 3
