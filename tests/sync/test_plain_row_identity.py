"""A coordinator's own tracker (a plain sheet) sent again, fixed or re-saved: its rows find
the records they made before (sync/row_identity), never duplicate them, and what changed is
attributed to the file. Real .xlsx files, real databases, a real LibreOffice re-save.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from mouliaison.domain.versions import FILE
from mouliaison.services import records
from mouliaison.services.conflicts import list_conflicts
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_json
from mouliaison.store import queries
from mouliaison.sync.hand_edits import PLAIN_SITE
from mouliaison.sync.plan import ImportPlan, apply_plan, plan_import
from mouliaison.sync.reader import read_workbook
from mouliaison.sync.sheet_mapping import SheetMapping
from tests.libreoffice import resave_with_libreoffice
from tests.sync.workbooks import export, import_ok

HEADER = ["Title", "Start", "Status", "Places"]
MARCH = [
    ["Border training", dt.datetime(2026, 3, 2), "Planned", "Busia"],
    ["Risk assessment", dt.datetime(2026, 3, 10), "planned", "Namanga"],
    ["Data workshop", dt.datetime(2026, 3, 20), "planned", "Arusha"],
    ["Port visit", dt.datetime(2026, 3, 25), "planned", "Mombasa"],
]
APRIL = [  # two rows changed, one unchanged, the port visit gone, one added; in another order
    ["Joint patrol", dt.datetime(2026, 4, 10), "planned", "Malaba"],
    ["  Border   Training ", dt.datetime(2026, 3, 2), "Ongoing", "Busia"],  # its key typed another way
    ["Data workshop", dt.datetime(2026, 3, 20), "planned", "Arusha"],
    ["Risk assessment", dt.datetime(2026, 3, 10), "planned", "Namanga OSBP"],
]


def tracker(path: Path, rows: list[list[Any]], saved: dt.datetime, header: list[str] = HEADER,
            title: str = "Activities") -> Path:
    """A tracker as a coordinator keeps it, saved at `saved` (its document's modified time)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append(row)
    book.save(path)
    return saved_at(path, saved)


def saved_at(path: Path, when: dt.datetime) -> Path:
    """Set the file's modified time (docProps/core.xml), as the program that saved it would."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    core = parts["docProps/core.xml"].decode()
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                  rf"\g<1>{when:%Y-%m-%dT%H:%M:%SZ}\g<2>", core)
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def import_plain(db: Database, *paths: Path, mappings: dict[str, SheetMapping] | None = None,
                 create_missing: bool = False) -> ImportPlan:
    """Read, plan and apply as `import` does, with the options the command passes on."""
    workbooks = [read_workbook(p) for p in paths]
    for incoming in workbooks:
        incoming.mappings.update(mappings or {})
    with db.writing() as change:
        vocab = queries.load_vocabularies(change.session)
        plan = plan_import(change.session, workbooks, change.clock, vocab, create_missing=create_missing)
        apply_plan(change.session, plan, "2026-12-05T10:00:00.000+00:00")
    return plan


def by_title(db: Database) -> dict[str, dict[str, Any]]:
    found = {}
    for view in records.list_records(db, "activity"):
        found[view.values["title"]] = {**view.values, "id": view.id}
    return found


def versions_of(db: Database, record_id: str) -> list[dict[str, Any]]:
    with db.reading() as session:
        rows = session.execute(text("SELECT id, origin, source, site_id, values_json, parents_json, received_from "
                                    "FROM versions WHERE record_id = :r ORDER BY stamp, id"), {"r": record_id})
        return [dict(r._mapping) for r in rows]


@pytest.fixture
def sheets(tmp_path: Path) -> dict[str, Path]:
    return {
        "march": tracker(tmp_path / "tracker-march.xlsx", MARCH, dt.datetime(2026, 3, 31, 17)),
        "april": tracker(tmp_path / "tracker-april.xlsx", APRIL, dt.datetime(2026, 4, 30, 17)),
    }


def test_a_tracker_sent_again_updates_its_records_and_duplicates_nothing(make_db, sheets, tmp_path):
    db = make_db("hq")
    first = import_ok(db, sheets["march"]).files[0]
    assert first.counts["activity"]["inserted"] == 4 and first.counts["activity"]["hand_edits"] == 0
    march = by_title(db)

    result = import_ok(db, sheets["april"])
    counts = result.files[0].counts["activity"]
    assert (counts["inserted"], counts["updated"], counts["unchanged"]) == (1, 2, 1), result.files[0].to_json()
    assert counts["hand_edits"] == 0 and counts["rejected"] == counts["quarantined"] == 0
    now = by_title(db)
    assert set(now) == {*march, "Joint patrol", "Border Training"} - {"Border training"}, "nothing duplicated"
    assert "Port visit" in now, "a row left out of the sheet deletes nothing"
    for title in set(march) - {"Border training"}:
        assert now[title]["id"] == march[title]["id"]
    # found by its key whatever the case and spacing; the later sheet's spelling is taken, as any edit
    assert now["Border Training"]["id"] == march["Border training"]["id"]
    assert now["Border Training"]["status"] == "ongoing" and now["Border Training"]["places"] == "Busia"
    assert now["Risk assessment"]["places"] == "Namanga OSBP" and now["Risk assessment"]["status"] == "planned"

    # the change is one version attributed to the April file, based on what March made
    april_id = result.files[0].file_id
    made, changed = versions_of(db, march["Risk assessment"]["id"])
    assert (changed["origin"], changed["source"], changed["received_from"]) == (FILE, april_id, april_id)
    assert json.loads(changed["values_json"]) == {"places": "Namanga OSBP"}
    assert json.loads(changed["parents_json"]) == {"places": [made["id"]]}
    assert made["site_id"] == PLAIN_SITE == changed["site_id"]
    assert made["source"] is None and made["received_from"] == first.file_id  # made alike from any copy

    before = dump_json(db)
    again = import_ok(db, sheets["april"]).files[0]
    assert again.already_imported and again.counts["activity"]["unchanged"] == 4
    assert sum(again.counts["activity"][n] for n in ("inserted", "updated", "conflicts", "hand_edits")) == 0
    assert dump_json(db) == before

    # March's sheet arriving late is older than what April said: it changes nothing back
    late = import_ok(db, sheets["march"]).files[0]
    assert late.counts["activity"]["stale"] == 2 and late.counts["activity"]["unchanged"] == 2, late.to_json()
    assert dump_json(db) == before and list_conflicts(db) == []


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_tracker_resaved_by_libreoffice_finds_its_records(make_db, sheets, tmp_path):
    db = make_db("hq")
    import_ok(db, sheets["march"], sheets["april"])
    before = dump_json(db)
    resaved = resave_with_libreoffice(sheets["april"], tmp_path)
    assert resaved.read_bytes() != sheets["april"].read_bytes()
    report = import_ok(db, resaved).files[0]
    assert report.counts["activity"]["unchanged"] == 4, report.to_json()
    assert sum(report.counts["activity"][n] for n in ("inserted", "updated", "conflicts", "stale")) == 0
    assert dump_json(db) == before

    # and an office that only ever got the re-saved copy holds the very same records
    other = make_db("field")
    import_ok(other, sheets["march"], resaved)
    assert dump_json(other) == before


def test_two_offices_importing_the_sheets_in_either_order_agree(make_db, sheets):
    one, two = make_db("one"), make_db("two")
    import_ok(one, sheets["march"])
    import_ok(one, sheets["april"])
    import_ok(two, sheets["april"])
    late = import_ok(two, sheets["march"]).files[0]
    assert late.counts["activity"]["inserted"] == 1 and late.counts["activity"]["stale"] == 2, late.to_json()
    assert dump_json(one) == dump_json(two)
    assert list_conflicts(one) == list_conflicts(two) == []
    assert len(records.list_records(one, "activity")) == 5


def test_a_local_edit_and_a_sheet_change_of_one_field_are_a_conflict(make_db, sheets):
    db = make_db("hq")
    import_ok(db, sheets["march"])
    march = by_title(db)
    records.edit_record(db, "activity", march["Border training"]["id"], {"status": "cancelled"})
    records.edit_record(db, "activity", march["Data workshop"]["id"], {"places": "Arusha, AICC"})
    result = import_ok(db, sheets["april"])
    counts = result.files[0].counts["activity"]
    assert (counts["conflicts"], counts["updated"], counts["inserted"]) == (1, 1, 1), result.files[0].to_json()
    [conflict] = list_conflicts(db)
    assert (conflict.record_id, conflict.field) == (march["Border training"]["id"], "status")
    assert sorted(v.value for v in conflict.values) == ["cancelled", "ongoing"]
    sheet_value = next(v for v in conflict.values if v.value == "ongoing")
    assert sheet_value.source_file == "tracker-april.xlsx" and not sheet_value.made_here
    # the sheet still says "Arusha", as it did: the edit made here since stands, no conflict
    assert by_title(db)["Data workshop"]["places"] == "Arusha, AICC"


def test_an_empty_cell_erases_only_what_the_sheet_itself_gave(make_db, tmp_path):
    db = make_db("hq")
    march = tracker(tmp_path / "m.xlsx", [["Border training", dt.datetime(2026, 3, 2), "planned", "Busia"]],
                    dt.datetime(2026, 3, 31))
    import_ok(db, march)
    record_id = by_title(db)["Border training"]["id"]
    records.edit_record(db, "activity", record_id, {"outcomes": "40 officers trained"})
    header = [*HEADER, "Outcomes"]
    april = tracker(tmp_path / "a.xlsx", [["Border training", dt.datetime(2026, 3, 2), "ongoing", None, None]],
                    dt.datetime(2026, 4, 30), header=header)
    result = import_ok(db, april)
    assert result.files[0].counts["activity"]["updated"] == 1, result.files[0].to_json()
    now = records.show_record(db, "activity", record_id).values
    assert now["places"] is None, "the tracker emptied the place it had given"
    assert now["outcomes"] == "40 officers trained", "an empty cell is no deletion of what was typed here"
    assert now["status"] == "ongoing"


def test_rows_sharing_a_key_are_quarantined_and_keyless_rows_noted(make_db, tmp_path):
    rows = [
        ["Border training", dt.datetime(2026, 3, 2), "planned", "Busia"],
        ["Border training", dt.datetime(2026, 5, 4), "planned", "Malaba"],  # another date: another record
        ["Data workshop", dt.datetime(2026, 3, 20), "planned", "Arusha"],
        [None, None, "planned", "Kisumu"],
    ]
    path = tracker(tmp_path / "t.xlsx", rows, dt.datetime(2026, 3, 31))
    db = make_db("hq")
    report = import_ok(db, path).files[0]
    assert report.counts["activity"]["inserted"] == 3 and report.counts["activity"]["quarantined"] == 0
    # the title is required: the key-less row is refused anyway, and said once
    assert any(n.startswith("Activities row 5: not imported") for n in report.notes), report.notes

    # keyed on the title alone (a mapping chosen by a person), the two trainings share a key
    mapping = SheetMapping("Activities", "activity", 1, 2, key=("title",))
    other = make_db("other")
    plan = import_plain(other, path, mappings={"Activities": mapping})
    [report] = plan.files
    assert report.counts["activity"]["quarantined"] == 2 and report.counts["activity"]["inserted"] == 1
    reasons = [p.reason for _t, p in report.quarantined]
    assert [p.row for _t, p in report.quarantined] == [2, 3]
    # one reason for both (the report says it once), with a key that tells them apart
    assert reasons[0] == reasons[1]
    assert "another row of the sheet has the same Title" in reasons[0]
    assert 'choose key columns that tell them apart with --map: "key": ["title", "start_date"]' in reasons[0]


def test_rows_with_empty_key_cells_are_made_and_said_to_come_again(make_db, tmp_path):
    # organisations are keyed on their name; a row without one has no key (and no name: refused),
    # contacts the same; here a mapping keys activities on their start date, which a row lacks
    mapping = SheetMapping("Activities", "activity", 1, 2, key=("start_date",))
    path = tracker(tmp_path / "t.xlsx", [["Border training", None, "planned", "Busia"],
                                         ["Data workshop", dt.datetime(2026, 3, 20), "planned", "Arusha"]],
                   dt.datetime(2026, 3, 31))
    db = make_db("hq")
    [report] = import_plain(db, path, mappings={"Activities": mapping}).files
    assert report.counts["activity"]["inserted"] == 2
    assert any(n.startswith("Activities row 2: their key cells are empty") for n in report.notes), report.notes


def test_a_record_deleted_here_is_not_brought_back_by_the_sheet(make_db, sheets):
    db = make_db("hq")
    import_ok(db, sheets["march"])
    gone = by_title(db)["Data workshop"]["id"]
    records.delete_record(db, "activity", gone)
    report = import_ok(db, sheets["april"]).files[0]
    assert "Activities row 4: their records were deleted here; not imported again" in report.notes, report.notes
    assert "Data workshop" not in by_title(db) and list_conflicts(db) == []
    view = records.find_record(db, "activity", gone)
    assert view is not None and view.deleted and not view.conflicted


MAY = [  # the training changed again, the workshop done, the port visit back with another place
    ["Border training", dt.datetime(2026, 3, 2), "completed", "Busia"],
    ["Data workshop", dt.datetime(2026, 3, 20), "completed", "Arusha"],
    ["Port visit", dt.datetime(2026, 3, 25), "planned", "Mombasa port"],
    ["Joint patrol", dt.datetime(2026, 4, 10), "ongoing", "Malaba"],
]


@pytest.mark.parametrize("order", list(itertools.permutations(("march", "april", "may"))), ids="-".join)
def test_three_months_of_a_tracker_in_any_order_give_the_same_records(make_db, sheets, tmp_path, order):
    sheets = {**sheets, "may": tracker(tmp_path / "tracker-may.xlsx", MAY, dt.datetime(2026, 5, 31, 17))}
    in_order = make_db("in-order")
    for month in ("march", "april", "may"):
        import_ok(in_order, sheets[month])
    shuffled = make_db("shuffled")
    for month in order:
        import_ok(shuffled, sheets[month])
    assert dump_json(shuffled) == dump_json(in_order)
    got = by_title(in_order)
    assert (got["Border training"]["status"], got["Risk assessment"]["places"]) == ("completed", "Namanga OSBP")
    assert got["Port visit"]["places"] == "Mombasa port" and len(got) == 5 and list_conflicts(in_order) == []


def test_an_edit_made_at_another_office_meets_a_newer_tracker_that_did_not_change_it_without_conflict(
        make_db, sheets, tmp_path):
    hq, field = make_db("hq"), make_db("field")
    import_ok(hq, sheets["march"])
    import_ok(field, export(hq, tmp_path / "hq-1.xlsx"))
    workshop = by_title(field)["Data workshop"]["id"]
    records.edit_record(field, "activity", workshop, {"places": "Arusha, AICC"})
    report = import_ok(hq, sheets["april"]).files[0]  # April still says "Arusha", as March did
    assert report.counts["activity"]["unchanged"] == 1, report.to_json()
    import_ok(hq, export(field, tmp_path / "field-1.xlsx"))
    import_ok(field, export(hq, tmp_path / "hq-2.xlsx"))
    assert list_conflicts(hq) == list_conflicts(field) == []
    assert by_title(hq)["Data workshop"]["places"] == "Arusha, AICC"
    assert dump_json(hq) == dump_json(field)
    # and March arriving again at headquarters is older than April: it changes nothing back
    late = import_ok(hq, sheets["march"]).files[0]
    assert late.counts["activity"]["stale"] == 2 and list_conflicts(hq) == [], late.to_json()


def test_a_tracker_sent_again_with_a_wider_key_finds_the_records_of_the_narrower_one(make_db, sheets, tmp_path):
    """March was keyed on title and start date; May repeats March's rows and adds a second
    border training on the same day elsewhere, so the person widens the key with the places:
    the rows March made are found again (their ids came from the narrower key), only the new
    training is new, and the report says which rows were found that way."""
    db = make_db("hq")
    assert import_ok(db, sheets["march"]).files[0].counts["activity"]["inserted"] == 4
    before = by_title(db)
    may = [*MARCH, ["Border training", dt.datetime(2026, 3, 2), "planned", "Malaba"]]
    may[1] = ["Risk assessment", dt.datetime(2026, 3, 10), "ongoing", "Namanga"]  # a change, found too
    path = tracker(tmp_path / "tracker-may.xlsx", may, dt.datetime(2026, 5, 31, 17))
    wider = SheetMapping("Activities", "activity", 1, 2, key=("title", "start_date", "places"))
    [report] = import_plain(db, path, mappings={"Activities": wider}).files
    counts = report.counts["activity"]
    assert (counts["inserted"], counts["updated"], counts["unchanged"]) == (1, 1, 3), (counts, report.notes)
    assert counts["quarantined"] == 0
    after = records.list_records(db, "activity")
    assert len(after) == 5
    assert by_title(db)["Risk assessment"]["id"] == before["Risk assessment"]["id"]
    assert by_title(db)["Risk assessment"]["status"] == "ongoing"
    trainings = [v for v in after if v.values["title"] == "Border training"]
    assert sorted(v.values["places"] for v in trainings) == ["Busia", "Malaba"]
    assert before["Border training"]["id"] in {v.id for v in trainings}  # Busia's, found again
    note = next(n for n in report.notes if "Title and Start" in str(n))
    assert "rows 2–5" in str(note) and "Title, Start and Places" in str(note), report.notes

    # the same sheet again changes nothing
    [again] = import_plain(db, path, mappings={"Activities": wider}).files
    assert sum(again.counts["activity"][n] for n in ("inserted", "updated", "conflicts")) == 0
    assert len(records.list_records(db, "activity")) == 5


def test_rows_a_wider_key_tells_apart_but_none_of_them_the_earlier_record_are_new_and_said(make_db, sheets, tmp_path):
    db = make_db("hq")
    import_ok(db, sheets["march"])
    busia = by_title(db)["Border training"]
    june = [["Border training", dt.datetime(2026, 3, 2), "planned", "Malaba"],
            ["Border training", dt.datetime(2026, 3, 2), "planned", "Kisumu"]]
    path = tracker(tmp_path / "tracker-june.xlsx", june, dt.datetime(2026, 6, 30, 17))
    wider = SheetMapping("Activities", "activity", 1, 2, key=("title", "start_date", "places"))
    [report] = import_plain(db, path, mappings={"Activities": wider}).files
    assert report.counts["activity"]["inserted"] == 2 and report.counts["activity"]["updated"] == 0
    note = next(str(n) for n in report.notes if "imported as new records" in str(n))
    assert note.startswith("Activities rows 2–3: they share the Title and Start") and "stays as it was" in note
    kept = next(v for v in records.list_records(db, "activity") if v.id == busia["id"])
    assert kept.values["places"] == "Busia"
