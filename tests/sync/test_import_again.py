"""A file imported again: the very same bytes are known by their SHA-256 and not read again.

A second import reports what it always did (already imported, every record unchanged, rows
quarantined by hand quarantined again); a file whose first import refused cells is planned
again, because a record it referred to may be held now.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mouliaison.services import exchange, records
from mouliaison.services.dump import dump_json
from mouliaison.sync import reader
from mouliaison.sync import workbook_format as fmt
from tests.sync.workbooks import ACTIVITIES, cell, edited, export, import_ok, put


class Reads:
    """read_workbook, counting the files it reads (it still reads them)."""

    def __init__(self) -> None:
        self.files: list[str] = []

    def __call__(self, path: Path, progress=reader.no_progress, choices=None) -> reader.IncomingWorkbook:
        self.files.append(Path(path).name)
        return reader.read_workbook(path, progress, choices)


@pytest.fixture
def reads(monkeypatch) -> Reads:
    spy = Reads()
    monkeypatch.setattr(exchange, "read_workbook", spy)
    return spy


@pytest.fixture
def office_a(make_db):
    a = make_db("a")
    ids = [records.add_record(a, "activity", {"title": f"Workshop {n}", "countries": "KEN"}) for n in range(3)]
    return a, ids


def test_the_same_bytes_again_are_not_read_and_report_every_record_unchanged(office_a, make_db, tmp_path, reads):
    a, _ids = office_a
    path = export(a, tmp_path / "from-a.xlsx")
    copy = tmp_path / "renamed copy.xlsx"
    shutil.copyfile(path, copy)
    b = make_db("b")
    first = import_ok(b, path)
    assert reads.files == ["from-a.xlsx"] and not first.files[0].already_imported
    before = dump_json(b)
    for again in (path, copy):
        result = import_ok(b, again)
        report = result.files[0]
        assert report.already_imported and report.file == str(again)
        assert report.counts["activity"]["unchanged"] == 3 and result.totals["inserted"] == 0
        assert sum(result.totals[k] for k in ("inserted", "updated", "stale", "conflicts", "hand_edits")) == 0
        assert dump_json(b) == before
    assert reads.files == ["from-a.xlsx"], "the same bytes were read again"
    assert [r.values["title"] for r in records.list_records(b, "activity")] == [f"Workshop {n}" for n in range(3)]


def test_a_known_file_among_new_ones_keeps_its_place_in_the_report(office_a, make_db, tmp_path, reads):
    a, _ids = office_a
    old = export(a, tmp_path / "old.xlsx")
    b = make_db("b")
    import_ok(b, old)
    records.add_record(a, "activity", {"title": "Later workshop"})
    new = export(a, tmp_path / "new.xlsx")
    result = import_ok(b, old, new)
    assert [Path(f.file).name for f in result.files] == ["old.xlsx", "new.xlsx"]
    assert [f.already_imported for f in result.files] == [True, False]
    assert result.totals["inserted"] == 1 and reads.files == ["old.xlsx", "new.xlsx"]


def test_rows_quarantined_by_hand_are_reported_again(office_a, make_db, tmp_path, reads):
    a, ids = office_a
    path = export(a, tmp_path / "from-a.xlsx")
    hand = edited(path, tmp_path / "hand.xlsx", lambda book: put(cell(book[ACTIVITIES], ids[0], fmt.VERSION_KEY),
                                                                 "tampered"))
    b = make_db("b")
    first = import_ok(b, hand)
    again = import_ok(b, hand)
    assert again.files[0].already_imported and reads.files == ["hand.xlsx"]
    assert again.files[0].quarantined == first.files[0].quarantined and len(first.files[0].quarantined) == 1
    assert again.totals["quarantined"] == 1


def test_a_file_with_refused_cells_is_read_again_and_takes_what_now_fits(make_db, tmp_path, reads):
    a = make_db("a")
    activity = records.add_record(a, "activity", {"title": "Joint patrol training"})
    contact = records.add_record(a, "contact", {"full_name": "Amina Odhiambo"})
    activities = export(a, tmp_path / "activities.xlsx", types=["activity"])
    hand = edited(activities, tmp_path / "hand.xlsx",
                  lambda book: put(cell(book[ACTIVITIES], activity, "participants"), contact))
    b = make_db("b")
    first = import_ok(b, hand)
    assert [p.reason for _t, p in first.files[0].rejected] == [f"no contact with id {contact}"]
    import_ok(b, export(a, tmp_path / "contacts.xlsx", types=["contact"]))
    again = import_ok(b, hand)
    assert reads.files == ["hand.xlsx", "contacts.xlsx", "hand.xlsx"]
    assert again.totals["hand_edits"] == 1 and not again.files[0].rejected
    assert records.show_record(b, "activity", activity).values["participants"] == (contact,)


def test_a_dry_run_of_a_known_file_reports_it_and_writes_nothing(office_a, make_db, tmp_path, reads):
    a, _ids = office_a
    path = export(a, tmp_path / "from-a.xlsx")
    b = make_db("b")
    import_ok(b, path)
    before = dump_json(b)
    result = import_ok(b, path, dry_run=True)
    assert result.files[0].already_imported and not result.applied
    assert dump_json(b) == before and reads.files == ["from-a.xlsx"]
