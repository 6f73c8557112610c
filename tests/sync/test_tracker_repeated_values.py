"""A tracker repeats the same labels, counts and dates on many rows: the import reads and checks
each such value once (hand_edits._Reading), and every row is still judged as if read alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from mouliaison.services import records
from tests.sync.workbooks import import_ok

HEADER = ["Title", "Start", "End", "Status", "Countries", "Lead party", "Participants (women)"]
GOOD = [dt.datetime(2026, 3, 3), dt.datetime(2026, 3, 5), "Ongoing", "Kenya", "IOM", 12]
# each bad row comes after good rows holding the same values in its other cells, and comes twice
BAD = {
    "Unknown status": [dt.datetime(2026, 3, 3), dt.datetime(2026, 3, 5), "Finished", "Kenya", "IOM", 12],
    "Too early": [dt.datetime(1890, 3, 3), dt.datetime(2026, 3, 5), "Ongoing", "Kenya", "IOM", 12],
    "Negative count": [dt.datetime(2026, 3, 3), dt.datetime(2026, 3, 5), "Ongoing", "Kenya", "IOM", -3],
    "Ends first": [dt.datetime(2026, 3, 6), dt.datetime(2026, 3, 5), "Ongoing", "Kenya", "IOM", 12],
    "No such party": [dt.datetime(2026, 3, 3), dt.datetime(2026, 3, 5), "Ongoing", "Kenya", "Nobody", 12],
    "Unknown country": [dt.datetime(2026, 3, 3), dt.datetime(2026, 3, 5), "Ongoing", "Atlantis", "IOM", 12],
    "With a time": [dt.datetime(2026, 3, 3, 9, 30), dt.datetime(2026, 3, 5), "Ongoing", "Kenya", "IOM", 12.0],
}


def tracker(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Activities"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def reasons(result) -> dict[tuple[str, str], str]:
    """(row, column) -> reason, for the cells a report refused."""
    report = result.files[0].to_json()
    return {(r["row"], r["column"]): r["reason"] for r in report["rejected"]}


def test_repeated_values_are_judged_on_every_row_as_on_a_row_alone(make_db, tmp_path):
    rows: list[list[object]] = [[f"Patrol {n}", *GOOD] for n in range(5)]
    for title, cells in BAD.items():
        rows += [[f"{title} 1", *cells], [f"Patrol {len(rows)}", *GOOD], [f"{title} 2", *cells]]
    db = make_db("hq")
    result = import_ok(db, tracker(tmp_path / "tracker.xlsx", rows))
    found = reasons(result)
    titles = {n + 2: row[0] for n, row in enumerate(rows)}  # the header is row 1
    by_title = {(titles[r], column): reason for (r, column), reason in found.items()}

    for title in BAD:
        if title == "With a time":
            continue
        alone = import_ok(make_db(title), tracker(tmp_path / f"{title}.xlsx", [[f"{title} 1", *BAD[title]]]))
        expected = {column: reason for (_row, column), reason in reasons(alone).items()}
        assert expected, f"{title}: a row alone is refused"
        for copy in (1, 2):
            got = {column: reason for (t, column), reason in by_title.items() if t == f"{title} {copy}"}
            assert got == expected, (title, copy)

    report = result.files[0].to_json()
    assert "Activities, column B (Start): 2 cells had a time of day; the date was kept" in report["notes"]
    db_titles = {v.values["title"]: v.values for v in records.list_records(db, "activity")}
    good = {t for t in db_titles if t.startswith("Patrol") or t.startswith("With a time")}
    assert len(good) == 5 + len(BAD) + 2
    # a row whose title and start (its key) read is made without the cells refused, unless one of
    # them is required (the status) or part of the key (a start too early)
    partly = {"Negative count", "Ends first", "No such party", "Unknown country"}
    assert set(db_titles) - good == {f"{title} {copy}" for title in partly for copy in (1, 2)}
    assert db_titles["Negative count 1"]["participants_women"] is None
    assert db_titles["Ends first 2"]["end_date"] is None and db_titles["No such party 1"]["lead_party"] is None
    assert db_titles["Unknown country 2"]["countries"] is None
    patrol = db_titles["Patrol 0"]
    assert (patrol["status"], patrol["countries"], patrol["participants_women"]) == ("ongoing", ("KEN",), 12)
    assert db_titles["With a time 2"]["start_date"] == dt.date(2026, 3, 3)



def test_a_value_read_for_one_type_is_not_taken_for_another_types_field_of_the_same_name(make_db, tmp_path):
    """"Ongoing" is an activity's status, not an action item's: read and found valid on the
    Activities sheet, it is still refused in the Action items sheet's Status column."""
    book = openpyxl.Workbook()
    activities = book.active
    activities.title = "Activities"
    activities.append(HEADER)
    activities.append(["Patrol 1", *GOOD])
    meetings = book.create_sheet("Meetings")
    meetings.append(["Title", "Date", "Kind"])
    meetings.append(["Border meeting", dt.datetime(2026, 3, 3), "Workshop"])
    actions = book.create_sheet("Action items")
    actions.append(["Meeting", "Action", "Status"])
    actions.append(["Border meeting", "Send the minutes", "Ongoing"])
    actions.append(["Border meeting", "Book the room", "Open"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    db = make_db("hq")
    result = import_ok(db, path)
    report = result.files[0].to_json()
    refused = [(r["sheet"], r["row"], r["reason"]) for r in report["rejected"]]
    assert [(sheet, row) for sheet, row, _reason in refused] == [("Action items", 2)], report
    assert "'Ongoing' not allowed" in refused[0][2]
    statuses = {v.values["description"]: v.values["status"] for v in records.list_records(db, "action_item")}
    assert statuses == {"Book the room": "open"}
    assert [v.values["status"] for v in records.list_records(db, "activity")] == ["ongoing"]
