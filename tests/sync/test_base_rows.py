"""The `_base` sheet of format 2: short rows where the file's versions explain the row, full rows
where they cannot; and format 1 files, every base row in full, still imported as before.
Every file here is real: written by our export (or by the format 1 writer, for the fixture),
changed with openpyxl where a person or a forger would, read back by our import.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from mouliaison.domain.versions import HAND_EDIT
from mouliaison.privacy.recipients import Recipient
from mouliaison.services import conflicts, records
from mouliaison.services.database import Database
from mouliaison.sync import workbook_format as fmt
from tests.sync.test_import_hazards import refused, rehash, state
from tests.sync.workbooks import cell, edited, export, import_ok, put

FORMAT_1 = Path(__file__).resolve().parents[1] / "fixtures" / "format-1.0" / "organisations.xlsx"
# the fixture's records (see tests/fixtures/format-1.0/README.md)
MINISTRY = "01a220c4-829d-7cff-93cc-4781758b024b"  # acronym in conflict: MINT here, MIN at the other office
CUSTOMS = "01a220c4-82a7-7989-a4f5-db77c19e9abf"  # two versions, no conflict


def base_rows(path: Path) -> list[list[str]]:
    book = openpyxl.load_workbook(path)
    rows = []
    for row in book[fmt.BASE_SHEET].iter_rows(values_only=True):
        cells = ["" if v is None else str(v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


@pytest.fixture
def office(make_db) -> tuple[Database, dict[str, str]]:
    db = make_db("a")
    ids = {
        "once": records.add_record(db, "organisation", {"name": "Ministère de la Santé", "acronym": "MS"}),
        "twice": records.add_record(db, "organisation", {"name": "Douanes", "acronym": "DGD"}),
    }
    records.edit_record(db, "organisation", ids["twice"], {"notes": "Point focal à Dakar"})
    return db, ids


def test_a_full_export_writes_short_base_rows_and_they_import(office, make_db, tmp_path):
    db, ids = office
    path = export(db, tmp_path / "all.xlsx", types=["organisation"])
    rows = {r[1]: r for r in base_rows(path)}
    assert {len(rows[ids["once"]]), len(rows[ids["twice"]])} == {fmt.BASE_DERIVED}
    other = make_db("b")
    assert import_ok(other, path).totals["inserted"] == 2
    assert records.show_record(other, "organisation", ids["twice"]).values["notes"] == "Point focal à Dakar"


def test_an_export_since_a_date_writes_full_rows_the_file_alone_cannot_explain(office, tmp_path):
    db, ids = office
    later = records.add_record(db, "organisation", {"name": "Police des frontières"})
    with db.reading() as session:  # the moment the first two records' last versions arrived
        since = session.execute(text("SELECT max(received_at) FROM versions WHERE record_id != :r"),
                                {"r": later}).scalar_one()
    records.edit_record(db, "organisation", ids["twice"], {"acronym": "DGDDI"})
    path = export(db, tmp_path / "since.xlsx", types=["organisation"], since=since)
    rows = {r[1]: r for r in base_rows(path)}
    assert len(rows[ids["twice"]]) > fmt.BASE_DERIVED  # its first versions are not in the file
    values = json.loads("".join(rows[ids["twice"]][4 + int(rows[ids["twice"]][3]):]))
    assert values["acronym"] == "DGDDI" and values["notes"] == "Point focal à Dakar"


def test_a_recipient_who_sees_less_gets_full_rows(make_db, tmp_path):
    db = make_db("a")
    person = records.add_record(db, "contact", {"full_name": "Amina Diallo", "email": "amina@example.org"})
    path = export(db, tmp_path / "partner.xlsx", types=["contact"], recipient=Recipient.parse("third-party:UNHCR"))
    [row] = base_rows(path)
    assert len(row) > fmt.BASE_DERIVED  # no consent: the row is pseudonymised, unlike the versions held
    assert "Amina" not in json.dumps(row, ensure_ascii=False) and person


def test_a_hand_edit_on_a_short_row_becomes_a_version_based_on_the_exported_one(office, make_db, tmp_path):
    db, ids = office
    path = export(db, tmp_path / "all.xlsx", types=["organisation"])
    changed = edited(path, tmp_path / "edited.xlsx",
                     lambda book: put(cell(book["Organisations"], ids["twice"], "acronym"), "DGDDI"))
    other = make_db("b")
    import_ok(other, path)
    result = import_ok(other, changed)
    assert result.totals["hand_edits"] == 1 and result.totals["updated"] == 1
    view = records.show_record(other, "organisation", ids["twice"])
    assert view.values["acronym"] == "DGDDI" and view.values["notes"] == "Point focal à Dakar"
    import_ok(db, changed)  # the office that exported it: a fast-forward, no conflict
    assert records.show_record(db, "organisation", ids["twice"]).values["acronym"] == "DGDDI"
    assert conflicts.count_conflicts(db) == 0


def test_a_short_row_its_versions_do_not_explain_is_refused(office, make_db, tmp_path):
    db, ids = office
    path = export(db, tmp_path / "all.xlsx", types=["organisation"])

    def drop_last_version(book):  # a forger who also mends the content hash
        sheet = book[fmt.VERSIONS_SHEET]
        last = max(r[0].row for r in sheet.iter_rows() if r[2].value == ids["twice"])
        sheet.delete_rows(last)
        rehash(book)

    forged = edited(path, tmp_path / "forged.xlsx", drop_last_version)
    other = make_db("b")
    before = state(other)
    message = refused(other, forged)
    assert "forged.xlsx" in message and "export again" in message
    assert state(other) == before


def test_a_format_1_file_imports_with_its_conflict(make_db, tmp_path):
    other = make_db("b")
    result = import_ok(other, FORMAT_1)
    assert result.totals["inserted"] == 2
    assert records.show_record(other, "organisation", CUSTOMS).values["notes"] == "Point focal: Dakar"
    [conflict] = conflicts.list_conflicts(other)
    assert conflict.record_id == MINISTRY and conflict.field == "acronym"
    assert sorted(v.value for v in conflict.values) == ["MIN", "MINT"]


def test_a_hand_edit_in_a_format_1_file_is_read_against_its_full_base_rows(make_db, tmp_path):
    source = tmp_path / "organisations.xlsx"
    shutil.copyfile(FORMAT_1, source)
    changed = edited(source, tmp_path / "edited.xlsx",
                     lambda book: put(cell(book["Organisations"], CUSTOMS, "acronym"), "DGDDI"))
    other = make_db("b")
    result = import_ok(other, changed)
    assert result.totals["hand_edits"] == 1
    with other.reading() as session:
        origins = session.execute(text("SELECT origin FROM versions WHERE record_id = :r"), {"r": CUSTOMS}).scalars()
        assert HAND_EDIT in set(origins)
    assert records.show_record(other, "organisation", CUSTOMS).values["acronym"] == "DGDDI"
    # and the records go on in format 2, short rows, conflict and hand edit included
    again = export(other, tmp_path / "again.xlsx", types=["organisation"])
    assert {len(row) for row in base_rows(again)} == {fmt.BASE_DERIVED}
    third = make_db("c")
    assert import_ok(third, again).totals["inserted"] == 2
    assert records.show_record(third, "organisation", CUSTOMS).values["acronym"] == "DGDDI"
    assert [c.record_id for c in conflicts.list_conflicts(third)] == [MINISTRY]
