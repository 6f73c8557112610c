"""HXL tables, iCalendar and vCard files: written through the command line, read back by
independent readers (csv, openpyxl, python-calamine) and by a strict parser of RFC 5545 / 6350
written here (line length in octets, CRLF, folding, escapes), each filtered for its recipient
and logged in the export receipts like a liaison workbook."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from mouliaison.services import records
from mouliaison.services.database import open_database
from mouliaison.services.receipts import list_receipts
from mouliaison.sync.calendar_files import escape, fold


@pytest.fixture
def filled(db) -> dict[str, str]:
    def add(type_name: str, **values: str) -> str:
        return records.add_record(db, type_name, values)

    ids = {
        "amina": add("contact", full_name="Amina Yusuf", party="IOM", email="amina@example.org",
                     phone="+254 712 345 678", title="Border officer; East, Busia"),
        "jose": add("contact", full_name="José Díaz", party="WCO", email="jose@example.org"),
        "org": add("organisation", name="Kenya Revenue Authority", acronym="KRA"),
    }
    ids["consent"] = add("consent_record", contact=ids["amina"], recipient="third-party:UNHCR",
                         given_on="2026-01-01", method="signed-form", evidence="FORM-7")
    ids["activity"] = add("activity", title="Joint training, Busia; OSBP", status="ongoing",
                          thematic_areas="v, x.b", countries="KEN, UGA", lead_party="IOM", start_date="2026-02-01",
                          end_date="2026-02-05", organisations=ids["org"],
                          participants=f"{ids['amina']}, {ids['jose']}", participants_women="12")
    ids["meeting"] = add("meeting", title="Coordination à Nairobi — a title long enough to be folded over "
                                          "several lines of an iCalendar file", date="2026-03-10",
                         kind="joint_meeting", location="Nairobi, KRA HQ", organiser_party="WCO",
                         agenda="1. SOPs\n2. Training; budget")
    add("action_item", meeting=ids["meeting"], description="Send the SOP draft", owner=ids["jose"],
        due_date="2026-04-01")
    add("action_item", meeting=ids["meeting"], description="Book rooms", due_date="2026-03-20", status="done")
    add("action_item", meeting=ids["meeting"], description="No due date")
    add("information_exchange", date="2026-04-01", from_party="IOM", to_party="WCO", subject="Seizures Q1",
        classification="confidential")
    return ids


@pytest.fixture
def run(db, db_path: Path, run_at):
    def run(*args: str) -> tuple[int, str, str]:
        db.close()  # the command opens the database itself
        return run_at(db_path, *args)

    return run


# --- a strict reader of RFC 5545 / RFC 6350 content lines -------------------------------------

def content_lines(path: Path) -> list[tuple[str, dict[str, str], str]]:
    data = path.read_bytes()
    text = data.decode("utf-8")  # strict: invalid UTF-8 fails here
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")  # CRLF only, no bare CR or LF
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, line
    logical: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            assert logical, "a continuation before any line"
            logical[-1] += line[1:]
        else:
            logical.append(line)
    parsed = []
    for line in logical:
        match = re.fullmatch(r"([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)", line)
        assert match, line
        params = dict(p.split("=", 1) for p in match.group(2).split(";")[1:])
        parsed.append((match.group(1).upper(), params, match.group(3)))
    return parsed


def unescape(value: str) -> str:
    """Text values: a backslash escapes the next character, \\n is a line break (RFC 5545 3.3.11)."""
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def components(lines: list[tuple[str, dict[str, str], str]], name: str) -> list[dict[str, tuple[dict, str]]]:
    found, current, depth = [], None, 0
    for key, params, value in lines:
        if key == "BEGIN" and value == name:
            current, depth = {}, depth + 1
        elif key == "END" and value == name:
            found.append(current)
            current = None
        elif current is not None:
            current.setdefault(key, (params, value))
    return found


def test_folding_counts_octets_and_never_cuts_a_character() -> None:
    line = "SUMMARY:" + "é" * 80
    folded = fold(line)
    pieces = folded[:-2].split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces) and len(pieces) > 2
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line
    assert escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"


def test_the_calendar_holds_meetings_and_due_dates(run, filled, tmp_path: Path) -> None:
    out = tmp_path / "mou.ics"
    code, stdout, err = run("export-ics", str(out))
    assert code == 0, err
    assert "1 meeting, 2 action items" in stdout
    lines = content_lines(out)
    assert lines[0] == ("BEGIN", {}, "VCALENDAR") and lines[-1] == ("END", {}, "VCALENDAR")
    assert ("VERSION", {}, "2.0") in lines and any(k == "PRODID" for k, _, _ in lines)
    events = components(lines, "VEVENT")
    assert len(events) == 1
    event = events[0]
    assert unescape(event["SUMMARY"][1]).startswith("Coordination à Nairobi — a title long enough")
    assert event["DTSTART"] == ({"VALUE": "DATE"}, "20260310") and event["DTEND"][1] == "20260311"
    assert unescape(event["LOCATION"][1]) == "Nairobi, KRA HQ" and event["LOCATION"][1] == "Nairobi\\, KRA HQ"
    assert "1. SOPs\n2. Training; budget" in unescape(event["DESCRIPTION"][1])
    assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"][1]) and event["UID"][1] == f"{filled['meeting']}@mouliaison"
    todos = {unescape(t["SUMMARY"][1]): t for t in components(lines, "VTODO")}
    assert set(todos) == {"Send the SOP draft", "Book rooms"}  # no due date: no task
    assert todos["Send the SOP draft"]["DUE"] == ({"VALUE": "DATE"}, "20260401")
    assert todos["Send the SOP draft"]["STATUS"][1] == "NEEDS-ACTION"
    assert todos["Book rooms"]["STATUS"][1] == "COMPLETED"
    assert "Owner: José Díaz" in unescape(todos["Send the SOP draft"]["DESCRIPTION"][1])


def test_the_calendar_for_a_third_party_names_no_one_without_consent(run, filled, tmp_path: Path) -> None:
    out = tmp_path / "unhcr.ics"
    code, _out, err = run("export-ics", str(out), "--recipient", "third-party:UNHCR", "--unconsented", "leave-out")
    assert code == 0, err
    assert "José" not in out.read_text(encoding="utf-8")


def test_the_address_book_holds_only_the_people_who_consented(run, filled, tmp_path: Path) -> None:
    everyone = tmp_path / "all.vcf"
    assert run("export-vcf", str(everyone))[0] == 0
    cards = components(content_lines(everyone), "VCARD")
    assert [unescape(c["FN"][1]) for c in cards] == ["Amina Yusuf", "José Díaz"]
    amina = cards[0]
    assert amina["VERSION"][1] == "4.0" and amina["UID"][1] == f"urn:uuid:{filled['amina']}"
    assert amina["EMAIL"][1] == "amina@example.org" and amina["TEL"][1] == "+254 712 345 678"
    assert amina["TITLE"][1] == "Border officer\\; East\\, Busia"

    unhcr = tmp_path / "unhcr.vcf"
    code, stdout, err = run("export-vcf", str(unhcr), "--recipient", "third-party:UNHCR")
    assert code == 0, err
    cards = components(content_lines(unhcr), "VCARD")
    assert [unescape(c["FN"][1]) for c in cards] == ["Amina Yusuf"]  # José gave no consent
    assert "José" not in unhcr.read_text(encoding="utf-8") and "kept home for this recipient" in stdout


def rows_of_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_hxl_csv_tables_with_names_labels_and_hashtags(run, filled, tmp_path: Path) -> None:
    code, _stdout, err = run("export-hxl", str(tmp_path / "mou.csv"), "--types", "activity,meeting")
    assert code == 0, err
    activities = rows_of_csv(tmp_path / "mou_activity.csv")
    header, tags, row = activities[0], activities[1], activities[2]
    assert all(t.startswith("#") for t in tags) and len(tags) == len(header)
    cell = dict(zip(tags, row, strict=True))
    assert cell["#activity+name"] == "Joint training, Busia; OSBP"
    assert cell["#sector+list"] == "Joint training courses and joint trainings; One Stop Border Posts (OSBPs)"
    assert cell["#org+lead"] == "IOM" and cell["#status"] == "Ongoing"
    assert cell["#country+code+list"] == "KEN; UGA" and cell["#country+name+list"] == "Kenya; Uganda"
    assert cell["#date+start"] == "2026-02-01" and cell["#date+end"] == "2026-02-05"
    assert cell["#org+impl+list"] == "Kenya Revenue Authority" and cell["#reached+f"] == "12"
    assert cell["#contact+name+participants+list"] == "Amina Yusuf; José Díaz"
    assert cell["#meta+id"] == filled["activity"]
    meetings = rows_of_csv(tmp_path / "mou_meeting.csv")
    assert dict(zip(meetings[1], meetings[2], strict=True))["#event+type"] == "Joint meeting"


def test_hxl_xlsx_for_a_third_party_respects_consent(run, filled, tmp_path: Path) -> None:
    out = tmp_path / "unhcr.xlsx"
    code, _out, err = run("export-hxl", str(out), "--types", "activity,contact,information_exchange",
                          "--recipient", "third-party:UNHCR")
    assert code == 0, err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["activity", "contact", "information_exchange"]
    contacts = [list(r) for r in book["contact"].iter_rows(values_only=True)]
    tags = contacts[1]
    names = [r[tags.index("#contact+name")] for r in contacts[2:]]
    emails = [r[tags.index("#contact+email")] for r in contacts[2:]]
    assert "Amina Yusuf" in names and "José Díaz" not in names  # pseudonymised: no consent for UNHCR
    assert emails.count("amina@example.org") == 1 and "jose@example.org" not in emails
    assert len(contacts) == 4
    assert [list(r) for r in book["information_exchange"].iter_rows(values_only=True)][2:] == []  # confidential
    calamine = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("activity").to_python()
    participants = calamine[2][calamine[1].index("#contact+name+participants+list")]
    assert participants.startswith("Amina Yusuf; ") and "José" not in participants


@pytest.mark.parametrize(("args", "message"), [
    (["export-hxl", "out.txt"], "end the name with .csv"),
    (["export-hxl", "out.csv", "--types", "activity,nope"], "unknown record type nope"),
    (["export-hxl", "out.csv", "--recipient", "everyone"], "is not a recipient"),
    (["export-ics", "out.ical"], "end the name with .ics"),
    (["export-vcf", "missing/out.vcf"], "does not exist"),
])
def test_bad_input_is_refused_and_nothing_is_written(run, tmp_path: Path, monkeypatch, args, message) -> None:
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path / "out")
    code, _out, err = run(*args)
    assert code == 1 and message in err and "Traceback" not in err
    assert list((tmp_path / "out").iterdir()) == []


def test_dates_are_dates_in_the_calendar(run, db, tmp_path: Path) -> None:
    records.add_record(db, "meeting", {"title": "New Year", "date": "2026-12-31", "kind": "consultation"})
    assert run("export-ics", str(tmp_path / "c.ics"))[0] == 0
    event = components(content_lines(tmp_path / "c.ics"), "VEVENT")[0]
    assert dt.date(2027, 1, 1).strftime("%Y%m%d") == event["DTEND"][1]


# --- export receipts (MOU 3.6) ------------------------------------------------------------------

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
    assert calendar.counts["rows"] == {"meeting": 1, "action_item": 2} and calendar.sha256 == sha256(tmp_path / "c.ics")
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
