"""The report of the MOU's implementation: its figures over a real database, and the xlsx and PDF
files read back with independent readers (openpyxl; poppler's pdftotext)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from mouliaison.cli import main
from mouliaison.domain.validation import Invalid
from mouliaison.services import records
from mouliaison.services.report import build_report
from mouliaison.services.report_workbook import write_report_workbook

TODAY = dt.date(2026, 12, 5)
PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(PDFTOTEXT is None and not os.environ.get("CI"),
                                   reason="pdftotext (poppler-utils) is not installed; .ci/run installs it")


@pytest.fixture
def filled(db) -> dict[str, str]:
    def add(type_name: str, **values: str) -> str:
        return records.add_record(db, type_name, values)

    amina = add("contact", full_name="Amina Yusuf", party="IOM", email="amina@example.org")
    pierre = add("contact", full_name="Pierre Martin", party="WCO")
    ids = {
        "training": add("activity", title="Joint training Busia", status="ongoing", thematic_areas="v, x.b",
                        countries="KEN, UGA", start_date="2026-02-01", lead_party="IOM",
                        first_party_confirmed_by=amina, first_party_confirmed_on="2026-03-01",
                        second_party_confirmed_by=pierre, second_party_confirmed_on="2026-03-02"),
        "osbp": add("activity", title="OSBP study", status="planned", thematic_areas="x, x.b, x.e",
                    countries="KEN", planned_start_date="2026-05-10", lead_party="WCO",
                    second_party_confirmed_by=pierre, second_party_confirmed_on="2026-04-02"),
        "older": add("activity", title="Risk assessment", status="completed", thematic_areas="i",
                     countries="TZA", start_date="2025-10-01", end_date="2026-01-15"),
        "before": add("activity", title="Finished in 2025", status="completed", start_date="2025-03-01",
                      end_date="2025-04-01"),
        "undated": add("activity", title="No date yet", status="planned"),
    }
    meeting = add("meeting", title="WCO Council observers", date="2026-06-20", kind="observer_invitation",
                  location="Brussels", attendees=f"{amina}, {pierre}")
    add("meeting", title="Old consultation", date="2025-05-01", kind="consultation")
    add("action_item", meeting=meeting, description="Send the SOP draft", owner=amina, due_date="2026-07-01")
    add("cooperation_request", requesting_party="WCO", requested_party="IOM", subject="Trainers for Busia",
        requested_on="2026-06-05")
    add("focal_point", contact=amina, party="IOM", level="headquarters")
    add("information_exchange", date="2026-04-01", from_party="IOM", to_party="WCO",
        subject="Seizure statistics Q1", classification="confidential")
    add("information_exchange", date="2026-04-03", from_party="WCO", to_party="IOM",
        subject="Training manual", classification="public_domain")
    add("ip_use_approval", owner_party="WCO", user_party="IOM", item="logo", purpose="Busia training banner",
        requested_on="2026-01-20", approved_on="2026-02-01", status="approved")
    return ids


def rows(report, key: str) -> dict[object, object]:
    return {row[0]: row[-1] for row in report.section(key).rows}


def test_the_figures_of_a_year(db, filled) -> None:
    report = build_report(db, "2026-01-01", "2026-12-31", today=TODAY)
    assert rows(report, "by_status") == {"Planned": 1, "Ongoing": 1, "Completed": 1, "Cancelled": 0}
    assert "1 more has no date" in report.section("by_status").note  # counted out loud, not dropped
    areas = rows(report, "by_area")
    assert areas["v. Joint training courses and joint trainings"] == 1
    assert areas["x. Joint research, awareness, policy and capacity building"] == 2  # x and x.b count once
    assert areas["i. Border management: risk assessment, materials, training"] == 1
    assert rows(report, "by_topic")["x.b. One Stop Border Posts (OSBPs)"] == 2
    assert {r[1]: r[2] for r in report.section("by_country").rows} == {"KEN": 2, "UGA": 1, "TZA": 1}
    assert rows(report, "by_quarter") == {"2026 Q1": 2, "2026 Q2": 1, "2026 Q3": 0, "2026 Q4": 0}
    assert rows(report, "confirmation") == {"Both parties": 1, "IOM only": 0, "WCO only": 1, "Neither party": 1}
    cover = {(r[0], r[1]): r[3] for r in report.section("focal_points").rows}
    assert cover[("IOM", "Headquarters")] == "present" and cover[("WCO", "Headquarters")] == "MISSING"
    assert [r[0] for r in report.section("open_requests").rows] == ["Trainers for Busia"]
    assert [r[0] for r in report.section("overdue_actions").rows] == ["Send the SOP draft"]
    assert [r[1] for r in report.section("meetings").rows] == ["WCO Council observers"]
    assert "1 observer invitation (MOU 5)" in report.section("meetings").note
    assert [r[1] for r in report.section("ip_use").rows] == ["Busia training banner"]
    assert len(report.section("exchanges").rows) == 2


def test_no_personal_data_unless_the_recipient_may_see_it(db, filled) -> None:
    anonymous = build_report(db, "2026-01-01", "2026-12-31", today=TODAY)
    text = repr(anonymous)
    assert "Amina" not in text and "amina@example.org" not in text and "Pierre" not in text
    assert "Seizure statistics" not in text  # a confidential exchange is counted, not described
    third = build_report(db, "2026-01-01", "2026-12-31", today=TODAY, recipient="third-party:UNHCR")
    assert "Amina" not in repr(third) and not third.personal_data
    own = build_report(db, "2026-01-01", "2026-12-31", today=TODAY, recipient="same-party")
    assert own.section("overdue_actions").rows[0][-1] == "Amina Yusuf"
    assert "Seizure statistics Q1" in repr(own) and not own.confidential
    assert build_report(db, "2026-01-01", "2026-12-31", today=TODAY, recipient="partner").confidential


def test_a_country_and_a_lead_party_narrow_the_activities(db, filled) -> None:
    kenya = build_report(db, "2026-01-01", "2026-12-31", country="ken", today=TODAY)
    assert sum(rows(kenya, "by_status").values()) == 2 and kenya.country_label == "Kenya"
    wco_led = build_report(db, "2026-01-01", "2026-12-31", country="KEN", party="wco", today=TODAY)
    assert sum(rows(wco_led, "by_status").values()) == 1 and wco_led.party == "WCO"
    assert wco_led.section("meetings").rows == ()  # the meeting is about no activity in Kenya


@pytest.mark.parametrize(("start", "end", "country", "party", "recipient", "field"), [
    ("2026-13-01", "2026-12-31", None, None, None, "from"),
    ("2026-12-31", "2026-01-01", None, None, None, "to"),
    ("2026-01-01", "2026-12-31", "ZZZ", None, None, "country"),
    ("2026-01-01", "2026-12-31", None, "UNDP", None, "party"),
    ("2026-01-01", "2026-12-31", None, None, "everyone", "recipient"),
])
def test_bad_input_is_refused_with_what_to_do(db, start, end, country, party, recipient, field) -> None:
    with pytest.raises(Invalid) as refused:
        build_report(db, start, end, country=country, party=party, recipient=recipient, today=TODAY)
    assert [p.field for p in refused.value.problems] == [field]


def test_the_workbook_has_a_sheet_per_section_set_up_for_printing(db, filled, tmp_path) -> None:
    report = build_report(db, "2026-01-01", "2026-12-31", today=TODAY, recipient="partner")
    path = write_report_workbook(report, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == len(report.sections)
    status = book[book.sheetnames[1]]
    setup = status.page_setup  # fitToWidth 1 is the default, so it may be left out
    assert setup.orientation == "landscape" and (setup.fitToWidth or 1) == 1 and setup.fitToHeight == 0
    assert status.sheet_properties.pageSetUpPr.fitToPage
    assert "STRICTLY CONFIDENTIAL" in status.oddHeader.left.text
    values = [[c for c in row if c is not None] for row in status.iter_rows(values_only=True)]
    assert any("2026-01-01 to 2026-12-31" in str(v) for row in values for v in row)
    header = values.index(["Status", "Activities"])
    assert status.print_title_rows == f"${header + 1}:${header + 1}"
    assert ["Ongoing", 1] in values and ["Planned", 1] in values
    country = book["Joint activities by country"]
    assert ["Kenya", "KEN", 2] in [list(r) for r in country.iter_rows(values_only=True)]
    assert not (tmp_path / "report.xlsx.partial").exists()


def pdf_text(path: Path) -> str:
    assert PDFTOTEXT, "pdftotext (poppler-utils) is needed to read the PDF back"
    done = subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


@needs_poppler
def test_the_command_line_writes_a_pdf_with_cover_charts_and_page_numbers(db, db_path, filled, tmp_path) -> None:
    """In a fresh process, as a person runs it: the command makes its own offscreen Qt application."""
    db.close()  # the command opens the database itself
    out = tmp_path / "report.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": ""}
    env.pop("QT_QPA_PLATFORM")
    done = subprocess.run([sys.executable, "-m", "mouliaison", "--db", str(db_path), "report", "--from",
                           "2026-01-01", "--to", "2026-12-31", "--recipient", "partner", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    pages = text.split("\f")
    assert "Period: 2026-01-01 to 2026-12-31" in pages[0] and "IOM (International Organization for" in pages[0]
    assert "standing figures as of" in pages[0]  # no "fi" ligature: the text is found as typed
    total = len([p for p in pages if p.strip()])
    assert total >= 3 and f"Page 1 of {total}" in pages[0] and f"Page {total} of {total}" in pages[total - 1]
    assert all("STRICTLY CONFIDENTIAL" in p for p in pages if p.strip())
    for title in ("Joint activities by status", "Joint activities by thematic area", "Joint activities by quarter",
                  "Focal points", "Open cooperation requests", "Overdue action items", "Meetings and observers",
                  "Information exchanges", "Trainers for Busia", "Busia training banner"):
        assert title in text
    assert "Amina Yusuf" in text  # the partner may see who owns an action


@needs_poppler
def test_a_pdf_for_no_named_recipient_names_no_one(db, filled, tmp_path, run_cli) -> None:
    db.close()  # the command opens the database itself
    code, out, err = run_cli("report", "--from", "2026-01-01", "--to", "2026-12-31", str(tmp_path / "r.pdf"))
    assert code == 0, err
    text = pdf_text(tmp_path / "r.pdf")
    assert "Amina" not in text and "Pierre" not in text and "STRICTLY CONFIDENTIAL" not in text
    assert "holds no personal data" in text and "no personal data" in out


@pytest.fixture
def run_cli(db_path: Path, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2026-01-01", "--to", "2026-12-31", "OUT.txt"], "a report is a .pdf or an .xlsx file"),
    (["--from", "2026-01-01", "--to", "2026-12-31", "--format", "pdf", "OUT.xlsx"], "make them agree"),
    (["--from", "yesterday", "--to", "2026-12-31", "OUT.xlsx"], "is not a date"),
    (["--from", "2026-01-01", "--to", "2026-12-31", "--country", "XX", "OUT.xlsx"], "not an ISO 3166"),
    (["--from", "2026-01-01", "--to", "2026-12-31", "missing/OUT.xlsx"], "does not exist"),
])
def test_the_command_refuses_bad_input_and_writes_nothing(run_cli, tmp_path, monkeypatch, args, message) -> None:
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path / "out")
    code, _out, err = run_cli("report", *args)
    assert code == 1 and message in err and "Traceback" not in err
    assert list((tmp_path / "out").iterdir()) == []


def test_the_command_writes_the_workbook(db, filled, tmp_path, run_cli) -> None:
    db.close()  # the command opens the database itself
    code, out, err = run_cli("report", "--from", "2026-01-01", "--to", "2026-12-31", "--country", "KEN",
                             "--json", str(tmp_path / "r.xlsx"))
    assert code == 0, err
    assert '"country": "KEN"' in out
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "Agreement status"
