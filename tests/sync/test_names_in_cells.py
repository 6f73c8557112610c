"""Names in a plain sheet's reference cells ("IOM", an organisation, a meeting's title) read as
the records they name, held here or in another sheet of the same workbook (sync/names_in_cells);
unknown names refused and listed, or made with create_missing; refused cells reported by
column and cause. Real .xlsx files and real databases.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from mouliaison.cli.exchange_commands import _print_file_report
from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_json
from mouliaison.sync.row_identity import named_record_id
from tests.sync.test_plain_row_identity import import_plain
from tests.sync.workbooks import ACTIVITIES, cell, edited, export, import_ok, put


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def party_ids(db: Database) -> dict[str, str]:
    return {v.values["code"]: v.id for v in records.list_records(db, "party")}


def activities(db: Database) -> dict[str, dict[str, Any]]:
    return {v.values["title"]: v.values for v in records.list_records(db, "activity")}


def test_parties_are_named_by_code_or_name_whatever_the_case_and_accents(make_db, tmp_path):
    path = workbook(tmp_path / "t.xlsx", {"Activities": [
        ["Title", "Start", "Lead party"],
        ["Border training", dt.datetime(2026, 3, 2), "IOM"],
        ["Risk assessment", dt.datetime(2026, 3, 10), "wco"],
        ["Data workshop", dt.datetime(2026, 3, 20), "  International   Organization for MIGRATION "],
        ["Port visit", dt.datetime(2026, 3, 25), "Organisation Mondiale des Douanes"],
        ["Atelier frontière", dt.datetime(2026, 3, 26), "OIM"],
        ["Taller aduanero", dt.datetime(2026, 3, 27), "Organización Mundial de Aduanas"],
        ["Joint patrol", dt.datetime(2026, 3, 30), "UN Women"],
    ]})
    db = make_db("hq")
    report = import_ok(db, path).files[0]
    parties = party_ids(db)
    got = activities(db)
    assert report.counts["activity"]["inserted"] == 7, report.to_json()
    assert got["Border training"]["lead_party"] == parties["IOM"]
    assert got["Risk assessment"]["lead_party"] == parties["WCO"]
    assert got["Data workshop"]["lead_party"] == parties["IOM"]
    # the parties' French and Spanish names and acronyms, as French and Spanish trackers write them
    assert got["Port visit"]["lead_party"] == parties["WCO"]
    assert got["Atelier frontière"]["lead_party"] == parties["IOM"]
    assert got["Taller aduanero"]["lead_party"] == parties["WCO"]
    # a name that is no party: the row is made without it (its title and start find it again), and said so
    assert got["Joint patrol"].get("lead_party") is None
    [(entity, cell)] = report.rejected
    assert (entity, cell.row, cell.column) == ("activity", 8, "C")
    assert "no party is called 'UN Women' here" in cell.reason
    assert "cannot be made from a name alone" not in cell.reason  # create_missing was not asked for
    assert "Activities row 8: imported without its rejected cells" in " ".join(report.notes)


def test_organisations_named_in_another_sheet_of_the_same_workbook(make_db, tmp_path):
    # the activities come first in the file; the organisations sheet is read before them all the same
    sheets = {
        "Activities": [["Title", "Start", "Participating organisations", "Participants"],
                       ["Border training", dt.datetime(2026, 3, 2), "KRA, unhcr kenya", "jose diaz"]],
        "Organisations": [["Name", "Acronym"],
                          ["Kenya Revenue Authority", "KRA"],
                          ["UNHCR Kenya", None]],
    }
    path = workbook(tmp_path / "t.xlsx", sheets)
    db = make_db("hq")
    jose = records.add_record(db, "contact", {"full_name": "José Díaz"})
    report = import_ok(db, path).files[0]
    assert report.counts["organisation"]["inserted"] == 2 and report.counts["activity"]["inserted"] == 1, \
        report.to_json()
    orgs = {v.values["name"]: v.id for v in records.list_records(db, "organisation")}
    training = activities(db)["Border training"]
    assert training["organisations"] == tuple(sorted((orgs["Kenya Revenue Authority"], orgs["UNHCR Kenya"])))
    assert training["participants"] == (jose,)

    # another office importing the same file names the same records
    other = make_db("field")
    records.add_record(other, "contact", {"full_name": "José Díaz"}, record_id=jose)
    import_ok(other, path)
    assert dump_json(other) == dump_json(db)


def test_unknown_organisations_are_refused_and_listed_then_made_with_create_missing(make_db, tmp_path):
    path = workbook(tmp_path / "t.xlsx", {"Activities": [
        ["Title", "Start", "Participating organisations", "Lead party"],
        ["Border training", dt.datetime(2026, 3, 2), "KRA, UNHCR Kenya", "IOM"],
        ["Risk assessment", dt.datetime(2026, 3, 10), "kra", "WCO"],
        ["Data workshop", dt.datetime(2026, 3, 20), None, "UNHCR"],  # not a party of the agreement
    ]})
    db = make_db("hq")
    [report] = import_plain(db, path).files
    # the rows are made without the names held nowhere: their titles and starts find them again
    assert report.counts["activity"]["inserted"] == 3 and report.counts["activity"]["rejected"] == 3
    assert records.list_records(db, "organisation") == []
    assert not any(a.get("organisations") for a in activities(db).values())
    assert "Activities rows 2–4: imported without their rejected cells" in " ".join(report.notes)
    assert "2 organisations are not held here: KRA, UNHCR Kenya: add them first, or import with create_missing" \
        in report.notes, report.notes
    assert any(n.startswith("1 party is not held here: UNHCR: add it first (a party cannot be made from a name "
                            "alone (it needs name too))") for n in report.notes), report.notes

    [report] = import_plain(db, path, create_missing=True).files
    # the names made, the same activities completed (not made again)
    assert report.counts["organisation"]["inserted"] == 2 and report.counts["activity"]["updated"] == 2, \
        report.to_json()
    assert report.counts["activity"]["inserted"] == 0 and len(activities(db)) == 3
    orgs = {v.values["name"]: v.id for v in records.list_records(db, "organisation")}
    assert orgs == {"KRA": named_record_id("organisation", "KRA"),
                    "UNHCR Kenya": named_record_id("organisation", "unhcr  KENYA")}
    got = activities(db)
    assert got["Risk assessment"]["organisations"] == (orgs["KRA"],)
    assert "2 organisations made from the names in the sheets (create_missing): KRA, UNHCR Kenya" in report.notes
    [(_t, cell)] = report.rejected  # a party is not made from a name: said why
    assert cell.row == 4 and "a party cannot be made from a name alone (it needs name too)" in cell.reason

    # the same names make the same records at another office
    other = make_db("field")
    import_plain(other, path, create_missing=True)
    assert {v.id for v in records.list_records(other, "organisation")} == set(orgs.values())


def test_an_action_item_names_its_meeting_by_title(make_db, tmp_path):
    db = make_db("hq")
    steering = records.add_record(db, "meeting", {"title": "Steering committee", "date": "2026-03-05",
                                                  "kind": "joint_meeting"})
    for date in ("2026-04-01", "2026-05-01"):
        records.add_record(db, "meeting", {"title": "Weekly call", "date": date, "kind": "consultation"})
    path = workbook(tmp_path / "t.xlsx", {"Action items": [
        ["Meeting", "Action", "Due", "Status"],
        ["steering  committee", "Send the training plan", dt.datetime(2026, 3, 20), "Open"],
        ["Weekly call", "Book the room", dt.datetime(2026, 4, 8), "open"],
    ]})
    report = import_ok(db, path).files[0]
    assert report.counts["action_item"]["inserted"] == 1, report.to_json()
    [item] = records.list_records(db, "action_item")
    assert item.values["meeting"] == steering and item.values["description"] == "Send the training plan"
    [(_t, cell)] = report.rejected
    weekly = sorted(v.id for v in records.list_records(db, "meeting") if v.values["title"] == "Weekly call")
    assert cell.row == 3 and f"'Weekly call' names 2 meetings: {', '.join(weekly)}" in cell.reason


def test_cells_refused_for_one_cause_are_reported_once_per_column(make_db, tmp_path, capsys):
    rows = [["Title", "Start", "Lead party"]]
    rows += [[f"Training {n}", f"{n % 12 + 1:02d}/{n % 12 + 1:02d}/2027x", "IOM"] for n in range(30)]
    rows += [["Port visit", dt.datetime(2026, 3, 25), "UN Women"]]
    path = workbook(tmp_path / "t.xlsx", {"Activities": rows})
    db = make_db("hq")
    report = import_ok(db, path).files[0]
    assert len(report.rejected) == 31
    groups = report.rejected_groups()
    assert [(g.column, g.count, g.rows[0], g.rows[-1]) for g in groups] == [("B", 30, 2, 31), ("C", 1, 32, 32)]
    capsys.readouterr()
    _print_file_report(report)
    out = capsys.readouterr().out
    assert out.count("\n  rejected ") == 2, out
    # the values are named (the first eight of them), not one line per cell
    named = ", ".join(f"'{m:02d}/{m:02d}/2027x'" for m in range(1, 9))
    assert (f"rejected Activities column B, rows 2–31 (30 cells): {named} (and 4 more) is not a date; "
            "write it as YYYY-MM-DD") in out
    # a start that is no date: the rows' key is wrong, they are left out; a lead party held nowhere
    # is left out of a row whose key is sound, and the row made
    assert "Activities rows 2–31: not imported because of their rejected cells" in out
    assert "Activities row 32: imported without its rejected cells" in out
    assert len(report.to_json()["rejected"]) == 31  # every cell, for --json


def test_a_name_typed_over_a_reference_in_a_workbook_of_ours_is_read_as_its_record(make_db, tmp_path):
    a = make_db("a")
    training = records.add_record(a, "activity", {"title": "Border training", "lead_party": "IOM"})
    path = export(a, tmp_path / "from-a.xlsx")
    hand = edited(path, tmp_path / "hand.xlsx", lambda b: put(cell(b[ACTIVITIES], training, "lead_party"), "wco"))
    b = make_db("b")
    result = import_ok(b, hand)
    assert result.totals["hand_edits"] == 1 and result.totals["rejected"] == 0, result.files[0].to_json()
    assert records.show_record(b, "activity", training).values["lead_party"] == party_ids(b)["WCO"]


def test_a_keyed_row_is_made_without_a_cell_its_rules_refuse_but_not_without_one_they_need(make_db, tmp_path):
    path = workbook(tmp_path / "t.xlsx", {"Activities": [
        ["Title", "Start", "End", "Confirmed for the first party by", "Confirmed for the first party on"],
        ["Border training", dt.datetime(2026, 3, 2), dt.datetime(2026, 2, 1), None, None],  # ends before it starts
        ["Port visit", dt.datetime(2026, 3, 25), None, "Nobody Known", dt.datetime(2026, 3, 26)],
    ]})
    db = make_db("hq")
    report = import_ok(db, path).files[0]
    got = activities(db)
    # the end before the start is left out and the row made: its title and start find it again
    assert got["Border training"]["start_date"] == dt.date(2026, 3, 2) and got["Border training"]["end_date"] is None
    # the confirmation's contact is held nowhere: without it the date alone breaks the rule, so the row waits
    assert "Port visit" not in got
    cells = sorted((p.row, p.column) for _t, p in report.rejected)
    assert cells == [(2, "C"), (3, "D"), (3, "D")], report.to_json()
    notes = " ".join(report.notes)
    assert "Activities row 2: imported without its rejected cells" in notes
    assert "Activities row 3: not imported because of their rejected cells" in notes


def test_the_name_index_counts_its_changes_per_type_so_a_name_found_is_found_again_until_one():
    from mouliaison.sync.names_in_cells import NameIndex

    held = {"party": [("p-iom", {"name": "International Organization for Migration", "code": "IOM"})]}
    index = NameIndex(lambda entity: iter(held.get(entity, [])))
    assert index.lookup("party", "international organization for migration") == ["p-iom"]
    loaded = index.changes("party")
    index.add("activity", "a-1", {"title": "Border training"})  # another type: the parties' names still stand
    assert index.changes("party") == loaded
    index.add("party", "p-other", {"name": "International Organization for  Migration"})
    assert index.changes("party") > loaded  # a name looked up before may now find another record
    assert index.lookup("party", "International Organization for Migration") == ["p-iom", "p-other"]
    before = index.changes("party")
    index.remove("party", "p-other")
    assert index.changes("party") > before
