"""The bulk write path of an import: the faster ways must write exactly what the plain ways do."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from mouliaison.domain.fields import Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import from_wire
from mouliaison.store.bulk import insert_rows, upsert
from mouliaison.store.current_state import typed_values
from mouliaison.store.schema import RECORD_TABLES, VersionRow


def sample_wire(kind: Kind, n: int) -> object:
    if kind is Kind.DATE:
        return (dt.date(2026, 1, 1) + dt.timedelta(days=n)).isoformat()
    if kind.is_list:
        return [f"item-{n}", f"item-{n + 1}"]
    if kind is Kind.BOOLEAN:
        return n % 2 == 0
    if kind is Kind.INTEGER:
        return n
    return f"texte {n} é"


def test_typed_values_are_what_from_wire_makes_of_every_field():
    for entity, rtype in RECORD_TYPES.items():
        for n, empty in ((1, False), (2, True)):
            wire = {} if empty else {f.key: sample_wire(f.kind, n) for f in rtype.fields}
            wire["_deleted"] = False  # keys that are not fields are left out
            expected = {f.key: from_wire(f, wire.get(f.key)) for f in rtype.fields}
            assert typed_values(entity, wire) == expected, entity


def test_many_rows_are_written_as_sqlalchemy_writes_them_one_by_one(db):
    table = RECORD_TABLES["activity"]
    rtype = RECORD_TYPES["activity"]

    def row(n: int) -> dict[str, object]:
        values = typed_values("activity", {f.key: sample_wire(f.kind, n) for f in rtype.fields})
        return {**values, "id": f"00000000-0000-7000-8000-{n:012d}", "deleted": n == 3, "merged_into": None,
                "conflicted": False, "created_stamp": n, "updated_stamp": n, "search_text": f"words {n}"}

    with db.writing() as change:
        upsert(change.session, table, [row(n) for n in range(1, 5)])
        with_ours = [tuple(r) for r in change.session.execute(select(table).order_by(table.c.id))]
        change.session.execute(table.delete())
        change.session.execute(insert(table), [row(n) for n in range(1, 5)])
        with_sqlalchemy = [tuple(r) for r in change.session.execute(select(table).order_by(table.c.id))]
    assert with_ours == with_sqlalchemy and len(with_ours) == 4
    assert any(isinstance(v, dt.date) for v in with_ours[0]) and any(isinstance(v, list) for v in with_ours[0])


def test_rows_that_leave_a_column_out_get_its_default(db):
    versions = VersionRow.__table__
    full = {"id": "v1", "entity": "activity", "record_id": "r1", "stamp": 1, "site_id": "s", "origin": "file",
            "source": None, "values_json": "{}", "parents_json": "{}", "received_at": "now", "received_from": None}
    partial = {k: v for k, v in full.items() if k not in ("source", "received_from")} | {"id": "v2"}
    with db.writing() as change:
        insert_rows(change.session, versions, [full, partial])  # type: ignore[arg-type]
        rows = change.session.execute(select(versions.c.id, versions.c.source, versions.c.received_from)
                                      .where(versions.c.id.in_(["v1", "v2"])).order_by(versions.c.id)).all()
        change.session.rollback()
    assert [tuple(r) for r in rows] == [("v1", None, None), ("v2", None, None)]


def activity_row(n: int, **changed: object) -> dict[str, object]:
    rtype = RECORD_TYPES["activity"]
    values = typed_values("activity", {f.key: sample_wire(f.kind, n) for f in rtype.fields if f.key != "countries"})
    return {**values, "id": f"00000000-0000-7000-8000-{n:012d}", "deleted": False, "merged_into": None,
            "conflicted": False, "created_stamp": n, "updated_stamp": n, "search_text": f"words {n}", **changed}


def test_an_upsert_replaces_the_rows_it_finds_and_adds_the_others(db):
    table = RECORD_TABLES["activity"]
    with db.writing() as change:
        upsert(change.session, table, [activity_row(1), activity_row(2)])
        upsert(change.session, table, [activity_row(2, title="renamed", countries=("KE",), updated_stamp=9),
                                       activity_row(3)])
        rows = {r.id[-1]: r for r in change.session.execute(select(table).order_by(table.c.id))}
        change.session.rollback()
    assert sorted(rows) == ["1", "2", "3"]
    assert (rows["2"].title, list(rows["2"].countries), rows["2"].updated_stamp) == ("renamed", ["KE"], 9)
    assert rows["1"].title == "texte 1 é" and rows["1"].countries is None  # an empty list column reads back empty


def test_one_id_twice_in_an_upsert_ends_as_written_one_after_the_other(db):
    table = RECORD_TABLES["activity"]
    with db.writing() as change:
        upsert(change.session, table, [activity_row(1, title="first"), activity_row(2),
                                       activity_row(1, title="second")])
        titles = dict(change.session.execute(select(table.c.id, table.c.title)).all())
        change.session.rollback()
    assert sorted(titles.values()) == ["second", "texte 2 é"]


def test_bulk_written_rows_are_found_by_a_search_on_the_server(db, backend):
    """On PostgreSQL the words are made by the server from the text a COPY wrote (on SQLite the
    index is written beside the rows by write_states, not by the bulk writer)."""
    if backend != "postgresql":
        pytest.skip("the server's words only")
    from mouliaison.domain.filtering import Criteria
    from mouliaison.store.record_query import matching_ids

    table = RECORD_TABLES["activity"]
    with db.writing() as change:
        upsert(change.session, table, [activity_row(n, search_text=f"Formation frontière {n}") for n in (1, 2)])
        upsert(change.session, table, [activity_row(2, search_text="Atelier douanier")])
        found = matching_ids(change.session, "activity", Criteria(search="frontiere"))
        change.session.rollback()
    assert found == ["00000000-0000-7000-8000-000000000001"]


def _statements(session):  # type: ignore[no-untyped-def]
    """The SQL and parameters the driver is given, captured on the session's engine."""
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(session.get_bind(), "before_cursor_execute", capture)
    return seen, lambda: event.remove(session.get_bind(), "before_cursor_execute", capture)


def test_a_column_no_row_sets_is_left_out_of_the_insert_and_reads_back_empty(db, backend):
    """Leaving a column out of the INSERT gives it NULL, as binding NULL in every row did, and the
    driver binds fewer parameters (a plain tracker sets 15 of an activity's 32 columns)."""
    if backend != "sqlite":
        pytest.skip("SQLite's executemany (PostgreSQL's COPY names every column)")
    table = RECORD_TABLES["activity"]
    unset = {"description": None, "places": None, "countries": None, "start_date": None}
    rows = [activity_row(1, **unset), activity_row(2, **unset, outcomes=None)]
    with db.writing() as change:
        seen, stop = _statements(change.session)
        insert_rows(change.session, table, [dict(r) for r in rows])
        stop()
        with_ours = [tuple(r) for r in change.session.execute(select(table).order_by(table.c.id))]
        change.session.execute(table.delete())
        change.session.execute(insert(table), rows)
        with_sqlalchemy = [tuple(r) for r in change.session.execute(select(table).order_by(table.c.id))]
        change.session.rollback()
    [(statement, _parameters)] = [s for s in seen if s[0].startswith("INSERT INTO activity")]
    named = statement.split("(", 1)[1].split(")", 1)[0].replace(" ", "").split(",")
    assert not set(unset) & set(named)
    assert {"outcomes", "title", "end_date", "deleted", "search_text"} <= set(named)  # set in a row, or always
    assert with_ours == with_sqlalchemy and len(with_ours) == 2


def test_an_upsert_that_sets_a_column_in_no_row_empties_it(db):
    table = RECORD_TABLES["activity"]
    with db.writing() as change:
        upsert(change.session, table, [activity_row(1), activity_row(2)])
        upsert(change.session, table, [activity_row(1, title=None, start_date=None), activity_row(3, title=None,
                                                                                                 start_date=None)])
        rows = {r.id[-1]: r for r in change.session.execute(select(table).order_by(table.c.id))}
        change.session.rollback()
    assert (rows["1"].title, rows["1"].start_date, rows["3"].title) == (None, None, None)
    assert rows["2"].title == "texte 2 é" and rows["1"].end_date == dt.date(2026, 1, 2)


def test_dates_reach_the_driver_as_sqlalchemy_makes_them(db, backend):
    """A date goes to sqlite3 as the text SQLAlchemy's SQLite dialect makes of it, not through
    sqlite3's own date adapter (deprecated since Python 3.12, and a call per date)."""
    if backend != "sqlite":
        pytest.skip("SQLite's executemany")
    table = RECORD_TABLES["activity"]
    with db.writing() as change:
        seen, stop = _statements(change.session)
        insert_rows(change.session, table, [activity_row(n) for n in (1, 2, 3)])
        stop()
        dates = [r.start_date for r in change.session.execute(select(table).order_by(table.c.id))]
        change.session.rollback()
    [(_statement, parameters)] = [s for s in seen if s[0].startswith("INSERT INTO activity")]
    values = [v for row in parameters for v in row]  # type: ignore[attr-defined]
    assert "2026-01-02" in values and not any(isinstance(v, dt.date) for v in values)
    assert dates == [dt.date(2026, 1, 2), dt.date(2026, 1, 3), dt.date(2026, 1, 4)]
