"""Each flat export (HXL, iCalendar, vCard) is logged in the export receipts like a liaison
workbook: which file, its SHA-256 as written, for whom, under which profile, what it held, and
on which consent the personal data went (MOU 3.6). Run through the command line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from mouliaison.cli import main
from mouliaison.services import records
from mouliaison.services.database import open_database
from mouliaison.services.receipts import list_receipts


@pytest.fixture
def filled(db) -> dict[str, str]:
    def add(type_name: str, **values: str) -> str:
        return records.add_record(db, type_name, values)

    ids = {"amina": add("contact", full_name="Amina Yusuf", party="IOM", email="amina@example.org"),
           "jose": add("contact", full_name="José Díaz", party="WCO", email="jose@example.org")}
    ids["consent"] = add("consent_record", contact=ids["amina"], recipient="third-party:UNHCR",
                         given_on="2026-01-01", method="signed-form", evidence="FORM-7")
    add("activity", title="Joint training", status="ongoing", countries="KEN", start_date="2026-02-01",
        participants=f"{ids['amina']}, {ids['jose']}")
    meeting = add("meeting", title="Coordination", date="2026-03-10", kind="joint_meeting")
    add("action_item", meeting=meeting, description="Send the SOP draft", owner=ids["jose"], due_date="2026-04-01")
    add("information_exchange", date="2026-04-01", from_party="IOM", to_party="WCO", subject="Seizures",
        classification="confidential")
    return ids


@pytest.fixture
def run(db, db_path: Path, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        db.close()  # the command opens the database itself
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def receipts(db_path: Path):
    db = open_database(db_path)
    try:
        return list_receipts(db)
    finally:
        db.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_address_book_for_a_third_party_is_logged_with_its_consent_basis(run, filled, db_path, tmp_path) -> None:
    out = tmp_path / "unhcr.vcf"
    code, _out, err = run("export-vcf", str(out), "--recipient", "third-party:UNHCR")
    assert code == 0, err
    [receipt] = receipts(db_path)
    assert receipt.file_name == str(out) and receipt.sha256 == sha256(out)
    assert receipt.recipient == "third-party:UNHCR" and receipt.profile == "third-party (leave-out without consent)"
    assert receipt.counts["format"] == "vcf" and receipt.counts["rows"] == {"contact": 1}
    assert receipt.counts["kept_home"] == {"contact": 1}  # José: no consent for UNHCR
    assert receipt.counts["contacts"] == {"included": 1, "pseudonymised": 0, "left_out": 1}
    assert receipt.basis == {filled["amina"]: filled["consent"]}


def test_a_calendar_and_hxl_tables_are_logged_one_receipt_per_file(run, filled, db_path, tmp_path) -> None:
    assert run("export-ics", str(tmp_path / "c.ics"))[0] == 0
    code, _out, err = run("export-hxl", str(tmp_path / "mou.csv"), "--types", "activity,information_exchange",
                          "--recipient", "third-party:UNHCR")
    assert code == 0, err
    calendar, *tables = receipts(db_path)
    assert calendar.counts["format"] == "ics" and calendar.recipient == "same-party"
    assert calendar.counts["rows"] == {"meeting": 1, "action_item": 1} and calendar.sha256 == sha256(tmp_path / "c.ics")
    assert calendar.counts["contacts"]["included"] == 1  # the owner, named to the same party
    assert {Path(t.file_name).name: t.counts["rows"] for t in tables} == {
        "mou_activity.csv": {"activity": 1}, "mou_information_exchange.csv": {"information_exchange": 0}}
    for table in tables:
        assert table.sha256 == sha256(Path(table.file_name))
        assert table.counts["kept_home"] == {"information_exchange": 1}  # confidential: not to a third party
        assert table.counts["contacts"] == {"included": 1, "pseudonymised": 1, "left_out": 0}
        assert table.basis == {filled["amina"]: filled["consent"]}
    assert len({r.file_id for r in (calendar, *tables)}) == 3


def test_the_receipts_command_lists_a_flat_export(run, filled, tmp_path) -> None:
    assert run("export-hxl", str(tmp_path / "mou.xlsx"))[0] == 0
    code, out, _err = run("receipts", "--json")
    assert code == 0
    [listed] = json.loads(out)
    assert listed["file"] == str(tmp_path / "mou.xlsx") and listed["counts"]["format"] == "hxl"
    assert listed["sha256"] == sha256(tmp_path / "mou.xlsx")


def test_a_refused_flat_export_logs_nothing(run, filled, db_path, tmp_path) -> None:
    code, _out, err = run("export-ics", str(tmp_path / "missing" / "c.ics"))
    assert code == 1 and "does not exist" in err
    assert receipts(db_path) == []
