"""Workbooks edited by hand (SYNC.md "Hand edits in Excel"), and foreign workbooks.

Each test exports a real file, edits it with openpyxl the way a person would in Excel
(typing over cells, adding and copying rows, sorting, filtering, moving columns), and
imports it with our import.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from copy import copy
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from mouliaison.domain.ids import derived, is_uuid, uuid7
from mouliaison.domain.versions import HAND_EDIT
from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_json
from mouliaison.sync import workbook_format as fmt
from tests.sync.workbooks import ACTIVITIES, cell, column, edited, export, import_ok, put, row_of

# ---------------------------------------------------------------- helpers


def versions_table(db: Database) -> list[tuple]:
    with db.reading() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT id, entity, record_id, stamp, site_id, origin, source, values_json, parents_json, received_from "
            "FROM versions ORDER BY id"))]


def hand_versions(db: Database) -> list[tuple]:
    return [v for v in versions_table(db) if v[5] == HAND_EDIT]


def value(db: Database, entity: str, record_id: str, key: str) -> Any:
    return records.show_record(db, entity, record_id).values[key]


def meta(path: Path) -> dict[str, str]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {r[0]: "".join(str(c) for c in r[1:] if c is not None)
                for r in book[fmt.META_SHEET].iter_rows(values_only=True) if r and r[0]}
    finally:
        book.close()


def snapshot(ws) -> list[list[tuple]]:
    return [[(c.value, c.data_type, copy(c._style)) for c in row]
            for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]


def restore(ws, grid: list[list[tuple]], rows: list[int], cols: list[int]) -> None:
    """Write snapshot cells back: new row i holds old row rows[i], new column j old column cols[j]."""
    for r, old_r in enumerate(rows, start=1):
        for c, old_c in enumerate(cols, start=1):
            val, data_type, style = grid[old_r - 1][old_c - 1]
            target = ws.cell(r, c)
            target._value = val
            target.data_type = data_type
            target._style = copy(style)


def permute(ws, *, rows: list[int] | None = None, cols: list[int] | None = None) -> None:
    grid = snapshot(ws)
    all_rows = list(range(1, ws.max_row + 1))
    all_cols = list(range(1, ws.max_column + 1))
    restore(ws, grid, rows or all_rows, cols or all_cols)


@pytest.fixture
def office_a(make_db) -> tuple[Database, dict[str, str]]:
    db = make_db("a")
    ids = {
        "training": records.add_record(db, "activity", {
            "title": "OSBP joint training", "start_date": "2026-03-02", "end_date": "2026-03-06",
            "countries": "KEN,UGA", "participants_women": "12", "status": "ongoing"}),
        "assessment": records.add_record(db, "activity", {
            "title": "Risk assessment", "countries": "TZA", "start_date": "2026-05-04"}),
        "workshop": records.add_record(db, "activity", {"title": "Data workshop", "places": "Arusha"}),
        "jose": records.add_record(db, "contact", {"full_name": "José Díaz", "phone": "0722 000 111"}),
    }
    return db, ids


@pytest.fixture
def exported(office_a, tmp_path: Path) -> tuple[Database, dict[str, str], Path]:
    db, ids = office_a
    return db, ids, export(db, tmp_path / "from-a.xlsx")


# ---------------------------------------------------------------- cells changed by hand


def test_a_changed_cell_is_one_version_derived_from_the_file(exported, make_db, tmp_path):
    a, ids, path = exported
    hand = edited(path, tmp_path / "hand.xlsx",
                  lambda b: put(cell(b[ACTIVITIES], ids["training"], "title"), "OSBP joint training (Busia)"))
    file_meta = meta(hand)
    b, c = make_db("b"), make_db("c")
    for office in (b, c):
        result = import_ok(office, hand)
        counts = result.files[0].counts["activity"]
        assert counts["hand_edits"] == 1 and counts["inserted"] == 3 and counts["rejected"] == 0
        assert value(office, "activity", ids["training"], "title") == "OSBP joint training (Busia)"
        assert value(office, "activity", ids["assessment"], "title") == "Risk assessment"

    [version] = hand_versions(b)
    vid, entity, record_id, stamp, site, _origin, source, values_json, parents_json, received_from = version
    assert (entity, record_id) == ("activity", ids["training"])
    assert json.loads(values_json) == {"title": "OSBP joint training (Busia)"}
    assert stamp == int(file_meta["export_stamp"]) + 1
    assert source == received_from == file_meta["file_id"]
    assert site == derived("hand-edits", file_meta["file_id"]) and is_uuid(vid)
    with a.reading() as session:
        title_head = session.execute(text("SELECT id FROM versions WHERE record_id = :r AND values_json LIKE "
                                          "'%\"title\"%'"), {"r": ids["training"]}).scalar_one()
    assert json.loads(parents_json) == {"title": [title_head]}  # based on the exported version

    assert versions_table(b) == versions_table(c), "two offices make the identical version"
    assert dump_json(b) == dump_json(c)

    before = versions_table(b), dump_json(b)
    again = import_ok(b, hand)
    assert again.files[0].already_imported
    assert sum(again.totals[k] for k in ("inserted", "updated", "stale", "conflicts", "hand_edits")) == 0
    assert (versions_table(b), dump_json(b)) == before

    # back home, the office that exported it takes the edit as an update
    home = import_ok(a, hand)
    assert home.files[0].counts["activity"]["updated"] == 1
    assert value(a, "activity", ids["training"], "title") == "OSBP joint training (Busia)"


def test_the_same_file_edited_two_ways_gives_two_versions_and_a_conflict(exported, make_db, tmp_path):
    _a, ids, path = exported
    one = edited(path, tmp_path / "one.xlsx", lambda b: put(cell(b[ACTIVITIES], ids["workshop"], "places"), "Moshi"))
    two = edited(path, tmp_path / "two.xlsx", lambda b: put(cell(b[ACTIVITIES], ids["workshop"], "places"), "Tanga"))
    b, c = make_db("b"), make_db("c")
    import_ok(b, one, two)
    import_ok(c, two, one)
    assert len(hand_versions(b)) == 2
    assert dump_json(b) == dump_json(c)
    [conflict] = json.loads(dump_json(b))["conflicts"]
    assert conflict["field"] == "places" and sorted(conflict["values"]) == ["Moshi", "Tanga"]


def test_a_resave_without_changes_has_no_hand_edits(exported, make_db, tmp_path):
    _a, _ids, path = exported
    resaved = edited(path, tmp_path / "resaved.xlsx", lambda b: None)
    b, c = make_db("b"), make_db("c")
    result = import_ok(b, resaved)
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0 and result.totals["quarantined"] == 0
    assert result.files[0].notes == []
    import_ok(c, path)
    assert dump_json(b) == dump_json(c) and versions_table(b) == versions_table(c)
    # the original after the re-saved copy: the same file id, nothing new
    assert import_ok(b, path).files[0].already_imported


def test_whitespace_unicode_and_type_only_differences_are_not_edits(exported, make_db, tmp_path):
    _a, ids, path = exported

    def retype(book):
        ws, contacts = book[ACTIVITIES], book["Contacts"]
        nfd = unicodedata.normalize("NFD", "José Díaz")
        assert nfd != "José Díaz"
        put(cell(contacts, ids["jose"], "full_name"), f"  {nfd}\u00a0 ")
        put(cell(contacts, ids["jose"], "phone"), " 0722  000 111 ")
        put(cell(ws, ids["training"], "title"), "OSBP\u200b joint   training ")
        put(cell(ws, ids["training"], "start_date"), "2026-03-02")  # the same date, typed as text
        put(cell(ws, ids["training"], "end_date"), dt.date(2026, 3, 6))  # a date rather than a datetime
        put(cell(ws, ids["training"], "participants_women"), 12.0)  # a float where a whole number was
        put(cell(ws, ids["training"], "countries"), "UGA ,KEN")  # same codes, another order
        put(cell(ws, ids["training"], "status"), "Ongoing")  # the label of the same code
        put(cell(ws, ids["assessment"], "places"), "   ")  # blank stays empty
        put(cell(ws, ids["workshop"], "_delete"), "no")

    hand = edited(path, tmp_path / "retyped.xlsx", retype)
    b = make_db("b")
    result = import_ok(b, hand)
    report = result.files[0]
    assert result.totals["hand_edits"] == 0, report.to_json()
    assert result.totals["rejected"] == 0 and result.totals["quarantined"] == 0
    assert hand_versions(b) == []
    c = make_db("c")
    import_ok(c, path)
    assert dump_json(b) == dump_json(c)


def test_a_stored_value_that_is_not_normalised_is_not_an_edit(make_db, tmp_path):
    """A value that reached the versions untrimmed or in NFD (an older release, a relay) must come through an
    untouched file as it is, not as a hand edit that trims it."""
    a = make_db("a")
    record_id = uuid7()
    stored = {"title": "\tTabbed title", "places": "  Spaced ", "description": "Jose\u0301\n  second line",
              "status": "planned"}
    with a.writing() as change:
        change.writer.record_local("activity", record_id, stored, {})
    path = export(a, tmp_path / "out.xlsx")
    b = make_db("b")
    result = import_ok(b, path)
    assert result.totals["hand_edits"] == 0 and hand_versions(b) == []
    for key, expected in stored.items():
        assert value(b, "activity", record_id, key) == expected
    # a real edit of another cell of that row still counts, and only that cell
    hand = edited(path, tmp_path / "hand.xlsx", lambda bk: put(cell(bk[ACTIVITIES], record_id, "kind"), "training"))
    c = make_db("c")
    assert import_ok(c, hand).totals["hand_edits"] == 1
    [version] = hand_versions(c)
    assert json.loads(version[7]) == {"kind": "training"}


# ---------------------------------------------------------------- rows added, deleted, copied, tampered


def test_a_row_added_by_hand_is_a_new_record_with_the_same_id_at_every_office(exported, make_db, tmp_path):
    _a, _ids, path = exported

    def add(book):
        ws = book[ACTIVITIES]
        row = ws.max_row + 1
        for key, val in (("title", "Border post visit"), ("start_date", dt.datetime(2026, 7, 1)),
                         ("countries", "RWA"), ("status", "Planned"), ("participants_men", 4)):
            put(ws.cell(row, column(ws, key)), val)
        twin = row + 1  # the same content typed twice: two records
        for key, val in (("title", "Twin"), ("places", "Kigali")):
            put(ws.cell(twin, column(ws, key)), val)
            put(ws.cell(twin + 1, column(ws, key)), val)

    hand = edited(path, tmp_path / "added.xlsx", add)
    b, c = make_db("b"), make_db("c")
    for office in (b, c):
        result = import_ok(office, hand)
        counts = result.files[0].counts["activity"]
        assert counts["inserted"] == 6 and counts["hand_edits"] == 3, result.files[0].to_json()
    new = {v.values["title"]: v for v in records.list_records(b, "activity")}
    visit = new["Border post visit"]
    assert visit.values["start_date"] == dt.date(2026, 7, 1) and visit.values["countries"] == ("RWA",)
    assert visit.values["status"] == "planned" and visit.values["participants_men"] == 4
    assert len([v for v in records.list_records(b, "activity") if v.values["title"] == "Twin"]) == 2
    ids_b = sorted(v.id for v in records.list_records(b, "activity"))
    ids_c = sorted(v.id for v in records.list_records(c, "activity"))
    assert ids_b == ids_c and all(is_uuid(i) for i in ids_b)
    assert dump_json(b) == dump_json(c) and versions_table(b) == versions_table(c)
    assert import_ok(b, hand).totals["inserted"] == 0  # importing it again adds nothing


@pytest.mark.parametrize("tick", ["yes", "Yes ", "x", "YES", True, 1, "✓"])
def test_a_ticked_delete_cell_deletes_the_record(exported, make_db, tmp_path, tick):
    _a, ids, path = exported
    hand = edited(path, tmp_path / "delete.xlsx", lambda b: put(cell(b[ACTIVITIES], ids["workshop"], "_delete"), tick))
    b = make_db("b")
    result = import_ok(b, hand)
    assert result.files[0].counts["activity"]["hand_edits"] == 1
    live = {v.id for v in records.list_records(b, "activity")}
    assert ids["workshop"] not in live and ids["training"] in live
    [gone] = [v for v in records.list_records(b, "activity", include_deleted=True) if v.id == ids["workshop"]]
    assert gone.deleted


@pytest.mark.parametrize("case", ["tampered id", "junk id", "tampered version", "copied row", "id of another type"])
def test_a_tampered_or_duplicated_row_is_quarantined_and_the_rest_imports(exported, make_db, tmp_path, case):
    _a, ids, path = exported

    def tamper(book):
        ws = book[ACTIVITIES]
        row = row_of(ws, ids["training"])
        put(ws.cell(row, column(ws, "title")), "Changed in a quarantined row")
        if case == "tampered id":
            put(ws.cell(row, 1), ids["training"][:-4] + "ffff")
        elif case == "junk id":
            put(ws.cell(row, 1), "row 1")
        elif case == "tampered version":
            put(ws.cell(row, 2), "0123456789abcdef")
        elif case == "copied row":
            copy_row = ws.max_row + 1
            for col in range(1, ws.max_column + 1):
                put(ws.cell(copy_row, col), ws.cell(row, col).value)
        elif case == "id of another type":
            put(ws.cell(row, 1), ids["jose"])
        put(cell(ws, ids["assessment"], "places"), "Dodoma")  # a good edit elsewhere in the file

    hand = edited(path, tmp_path / "tampered.xlsx", tamper)
    b = make_db("b")
    result = import_ok(b, hand)
    report = result.files[0]
    quarantined = report.to_json()["quarantined"]
    assert quarantined and all(q["type"] == "activity" and q["sheet"] == ACTIVITIES for q in quarantined)
    assert len(quarantined) == (2 if case == "copied row" else 1)
    assert report.counts["activity"]["quarantined"] == len(quarantined)
    assert value(b, "activity", ids["training"], "title") == "OSBP joint training"  # from the versions, unedited
    assert value(b, "activity", ids["assessment"], "places") == "Dodoma"
    assert report.counts["activity"]["hand_edits"] == 1
    if case == "copied row":
        assert "appears on 2 rows" in quarantined[0]["reason"]
    if case == "tampered version":
        assert "Version" in quarantined[0]["reason"]


def _sort_filter_reorder_relabel(book, ids):
    ws = book[ACTIVITIES]
    last = ws.max_row
    # sorted by title, descending (as Excel's sort does: the data rows move, the header rows stay)
    titles = {r: str(ws.cell(r, column(ws, "title")).value) for r in range(fmt.FIRST_DATA_ROW, last + 1)}
    order = sorted(titles, key=lambda r: titles[r], reverse=True)
    permute(ws, rows=[1, 2, *order])
    # columns moved about: the Version and Delete? columns to the end, title first, the rest reversed
    keys = [ws.cell(1, c).value for c in range(1, ws.max_column + 1)]
    cols = [keys.index("title") + 1, keys.index("_id") + 1,
            *[c for c in range(ws.max_column, 0, -1) if keys[c - 1] not in ("title", "_id", "_version", "_delete")],
            keys.index("_version") + 1, keys.index("_delete") + 1]
    permute(ws, cols=cols)
    # relabelled, the key row unhidden, a filter that hides a row
    for c in range(1, ws.max_column + 1):
        ws.cell(2, c).value = f"My label {c}"
    ws.row_dimensions[1].hidden = False
    ws.auto_filter.ref = f"A2:{openpyxl.utils.get_column_letter(ws.max_column)}{ws.max_row}"
    ws.auto_filter.add_filter_column(0, ["Risk assessment"])
    ws.row_dimensions[row_of(ws, ids["training"])].hidden = True
    ws.freeze_panes = None


def test_sorted_filtered_reordered_relabelled_sheets_change_nothing(exported, make_db, tmp_path):
    _a, ids, path = exported
    hand = edited(path, tmp_path / "rearranged.xlsx", lambda b: _sort_filter_reorder_relabel(b, ids))
    ws = openpyxl.load_workbook(hand)[ACTIVITIES]
    assert ws.cell(1, 1).value == "title" and ws.cell(2, 1).value == "My label 1"
    original = openpyxl.load_workbook(path)[ACTIVITIES]
    assert [row_of(ws, ids[k]) for k in ("assessment", "training", "workshop")] == [3, 4, 5]
    assert [row_of(original, ids[k]) for k in ("training", "assessment", "workshop")] == [3, 4, 5]
    b, c = make_db("b"), make_db("c")
    result = import_ok(b, hand)
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0 and result.totals["quarantined"] == 0
    import_ok(c, path)
    assert dump_json(b) == dump_json(c)


def test_an_edit_in_a_rearranged_sheet_lands_on_its_own_record(exported, make_db, tmp_path):
    _a, ids, path = exported

    def change(book):
        _sort_filter_reorder_relabel(book, ids)
        ws = book[ACTIVITIES]
        put(cell(ws, ids["workshop"], "places"), "Arusha and Moshi")
        put(cell(ws, ids["assessment"], "end_date"), dt.datetime(2026, 5, 8))

    hand = edited(path, tmp_path / "rearranged-edit.xlsx", change)
    b = make_db("b")
    result = import_ok(b, hand)
    assert result.files[0].counts["activity"]["hand_edits"] == 2
    assert value(b, "activity", ids["workshop"], "places") == "Arusha and Moshi"
    assert value(b, "activity", ids["assessment"], "end_date") == dt.date(2026, 5, 8)
    assert value(b, "activity", ids["training"], "places") is None


@pytest.mark.parametrize("with_key", [True, False], ids=["key and label", "label only"])
def test_an_unknown_column_is_reported_and_left_out(exported, make_db, tmp_path, with_key):
    _a, ids, path = exported

    def add_column(book):
        ws = book[ACTIVITIES]
        col = ws.max_column + 1
        if with_key:
            ws.cell(1, col).value = "budget"
        ws.cell(2, col).value = "Budget (USD)"
        ws.cell(row_of(ws, ids["training"]), col).value = 25000

    hand = edited(path, tmp_path / "column.xlsx", add_column)
    b = make_db("b")
    result = import_ok(b, hand)
    notes = result.files[0].notes
    assert any("Budget (USD)" in n and "left out" in n for n in notes), notes
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0
    assert result.totals["inserted"] == 4


def test_invalid_hand_edited_values_are_rejected_per_cell_and_change_nothing_else(exported, make_db, tmp_path):
    _a, ids, path = exported
    letters = {}

    def bad(book):
        ws = book[ACTIVITIES]
        letters.update({k: openpyxl.utils.get_column_letter(column(ws, k))
                        for k in ("countries", "end_date", "participants_women", "start_date", "title")})
        put(cell(ws, ids["training"], "countries"), "KEN, ZZZ")  # no such country
        put(cell(ws, ids["training"], "title"), "OSBP training, Busia")  # a good edit in the same row
        put(cell(ws, ids["assessment"], "end_date"), dt.datetime(2026, 5, 1))  # before its start (4 May)
        put(cell(ws, ids["workshop"], "participants_women"), "many")
        put(cell(ws, ids["workshop"], "start_date"), "sometime")

    hand = edited(path, tmp_path / "bad.xlsx", bad)
    b = make_db("b")
    result = import_ok(b, hand)
    rejected = {(r["row"], r["column"]): r for r in result.files[0].to_json()["rejected"]}
    ws = openpyxl.load_workbook(hand)[ACTIVITIES]
    training, assessment, workshop = (row_of(ws, ids[k]) for k in ("training", "assessment", "workshop"))
    assert set(rejected) == {(training, letters["countries"]), (assessment, letters["end_date"]),
                             (workshop, letters["participants_women"]), (workshop, letters["start_date"])}
    assert all(r["sheet"] == ACTIVITIES and r["type"] == "activity" for r in rejected.values())
    assert "ZZZ" in rejected[(training, letters["countries"])]["reason"]
    assert "before it starts" in rejected[(assessment, letters["end_date"])]["reason"]
    assert "many" in rejected[(workshop, letters["participants_women"])]["reason"]
    assert "sometime" in rejected[(workshop, letters["start_date"])]["reason"]
    assert result.files[0].counts["activity"]["rejected"] == 4
    assert value(b, "activity", ids["training"], "countries") == ("KEN", "UGA")
    assert value(b, "activity", ids["training"], "title") == "OSBP training, Busia"
    assert value(b, "activity", ids["assessment"], "end_date") is None
    assert value(b, "activity", ids["workshop"], "participants_women") is None
    assert len(hand_versions(b)) == 1


def test_a_formula_typed_in_a_data_cell_is_rejected_per_cell(exported, make_db, tmp_path):
    _a, ids, path = exported

    def formulas(book):
        ws = book[ACTIVITIES]
        cell(ws, ids["training"], "participants_women").value = "=10+2"  # a real formula
        cell(ws, ids["training"], "places").value = "=B7"
        put(cell(ws, ids["training"], "end_date"), dt.datetime(2026, 3, 7))  # a good edit in the same row
        cell(ws, ids["workshop"], "places").value = "#REF!"  # an error cell

    hand = edited(path, tmp_path / "formula.xlsx", formulas)
    assert openpyxl.load_workbook(hand)[ACTIVITIES].cell(
        row_of(openpyxl.load_workbook(hand)[ACTIVITIES], ids["training"]),
        column(openpyxl.load_workbook(hand)[ACTIVITIES], "places")).data_type == "f"
    b = make_db("b")
    result = import_ok(b, hand)
    rejected = result.files[0].to_json()["rejected"]
    assert len(rejected) == 3
    reasons = sorted(r["reason"] for r in rejected)
    assert sum("formula" in r for r in reasons) == 2 and sum("#REF!" in r for r in reasons) == 1
    assert value(b, "activity", ids["training"], "participants_women") == 12
    assert value(b, "activity", ids["training"], "places") is None
    assert value(b, "activity", ids["training"], "end_date") == dt.date(2026, 3, 7)
    assert value(b, "activity", ids["workshop"], "places") == "Arusha"


# ---------------------------------------------------------------- foreign workbooks


def foreign_book(path: Path, header: list[str], rows: list[list[Any]], title: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("header", [
    ["title", "start_date", "end_date", "countries", "status", "participants_women"],
    ["Title", "Start", "End", "Countries", "Status", "Participants (women)"],
    ["  TITLE ", "start", "END", "countries", "status", "participants (WOMEN)"],
], ids=["field keys", "labels", "labels, odd case and spaces"])
def test_a_foreign_workbook_imports_as_new_records(make_db, tmp_path, header):
    path = foreign_book(tmp_path / "partner.xlsx", header, [
        ["Joint patrol", dt.datetime(2026, 12, 24), "2026-12-25", "KEN, UGA", "Ongoing", 3],
        ["Port visit", "2026-12-20", "25/12/2026", "TZA", "planned", "5"],
        ["Regional meeting", "04/04/2026", None, "kenya", None, None],
    ], title="Activities")
    b, c = make_db("b"), make_db("c")
    for office in (b, c):
        result = import_ok(office, path)
        report = result.files[0]
        assert not report.ours
        assert report.counts["activity"]["inserted"] == 3, report.to_json()
        assert result.totals["rejected"] == 0
    got = {v.values["title"]: v.values for v in records.list_records(b, "activity")}
    assert got["Joint patrol"]["start_date"] == dt.date(2026, 12, 24)
    assert got["Joint patrol"]["end_date"] == dt.date(2026, 12, 25)
    assert got["Joint patrol"]["countries"] == ("KEN", "UGA") and got["Joint patrol"]["status"] == "ongoing"
    assert got["Joint patrol"]["participants_women"] == 3
    assert got["Port visit"]["end_date"] == dt.date(2026, 12, 25) and got["Port visit"]["participants_women"] == 5
    assert got["Regional meeting"]["start_date"] == dt.date(2026, 4, 4)  # day and month alike: one reading
    assert got["Regional meeting"]["countries"] == ("KEN",) and got["Regional meeting"]["status"] == "planned"
    assert dump_json(b) == dump_json(c), "the same foreign file gives the same record ids everywhere"
    assert import_ok(b, path).files[0].already_imported


def test_a_foreign_workbook_with_an_ambiguous_date_rejects_that_cell_and_its_row(make_db, tmp_path):
    path = foreign_book(tmp_path / "partner.xlsx", ["Title", "Start"], [
        ["Clear", "25/12/2026"],
        ["Ambiguous", "03/04/2026"],
        ["Not a date", "next week"],
        ["Impossible", "31/02/2026"],
    ], title="Joint activities")  # Title and Start alone fit projects too: the sheet's name settles it
    b = make_db("b")
    result = import_ok(b, path)
    report = result.files[0]
    rejected = sorted((r["row"], r["column"]) for r in report.to_json()["rejected"])
    assert rejected == [(3, "B"), (4, "B"), (5, "B")]
    reasons = {r["row"]: r["reason"] for r in report.to_json()["rejected"]}
    assert "two dates" in reasons[3] and "YYYY-MM-DD" in reasons[3]
    assert [v.values["title"] for v in records.list_records(b, "activity")] == ["Clear"]
    assert any(n.startswith("Joint activities rows 3–5: not imported") for n in report.notes), report.notes


def test_a_foreign_row_with_the_id_of_a_record_held_here_updates_it(exported, make_db, tmp_path):
    a, ids, path = exported
    b = make_db("b")
    import_ok(b, path)
    foreign = foreign_book(tmp_path / "partner.xlsx", ["Id", "Title", "Places"],
                           [[ids["workshop"], "Data workshop", "Arusha, Tanzania"]], title="Activities")
    result = import_ok(b, foreign)
    assert result.files[0].counts["activity"]["updated"] == 1, result.files[0].to_json()
    assert value(b, "activity", ids["workshop"], "places") == "Arusha, Tanzania"
    assert value(b, "activity", ids["workshop"], "title") == "Data workshop"
    assert len(records.list_records(b, "activity")) == 3
    del a



def test_a_foreign_sheet_named_loosely_settles_which_records_it_holds(make_db, tmp_path):
    # Title and Start fit joint activities and project agreements: the sheet's name decides
    path = foreign_book(tmp_path / "partner.xlsx", ["Title", "Start"], [["Border census", "2026-02-01"]],
                        title="Activities")
    db = make_db("named")
    result = import_ok(db, path)
    assert result.files[0].counts["activity"]["inserted"] == 1
    unnamed = foreign_book(tmp_path / "unnamed.xlsx", ["Title", "Start"], [["Border census", "2026-02-01"]])
    result = import_ok(make_db("unnamed"), unnamed)
    assert any("fit several record types" in note for note in result.files[0].notes)
