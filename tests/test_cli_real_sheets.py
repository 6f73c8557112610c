"""Real spreadsheets imported by the command line as a coordinator does it: public 3Ws (their
sources and licences: tests/fixtures/plain/SOURCES.md), a 3W with an HXL row and a KoboToolbox
export written as those tools write them. What is made, what is left out and why, once per
cause, and the fix the report offers, taken: it completes the same records, never a second copy."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from mouliaison.domain.default_agreement import IOM_ID, WCO_ID
from mouliaison.services.database import open_database
from mouliaison.services.records import list_records

PLAIN = Path(__file__).parent / "fixtures" / "plain"
ROWCA = PLAIN / "ocha-rowca-3w-hxl.csv"
SPANISH_3W = PLAIN / "hxl-3w-spanish.xlsx"
SPANISH_3W_CSV = PLAIN / "hxl-3w-spanish-latin1.csv"
THREE_W = PLAIN / "3w-hxl.xlsx"  # made by make_3w.py


pytestmark = pytest.mark.usefixtures("no_saved_mappings")


def stored(db_path: Path, entity: str) -> list[dict]:
    db = open_database(db_path)
    try:
        return [{"id": r.id, **r.values} for r in list_records(db, entity)]
    finally:
        db.close()


def test_the_ocha_rowca_3w_is_reported_once_per_cause_and_imports_with_the_key_it_proposes(
        run_at, db_path: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    shutil.copyfile(db_path, fresh)
    code, out, err = run_at(db_path, "import", "--dry-run", str(ROWCA))
    assert code == 0, out + err
    # 244 rows: the same activity on many rows (one per region, organisation, month and indicator)
    assert "Joint activities: 12 rejected, 238 quarantined, 6 inserted" in out
    [quarantined] = [line for line in out.splitlines() if "quarantined ocha-rowca-3w-hxl" in line]
    assert "rows 6–232, 234–235, 237–243, 245–246 (238 rows): another row of the sheet has the same Title" \
        in quarantined
    assert 'choose key columns that tell them apart with --map: "key": ["title", "places", "organisations"]' \
        in quarantined
    assert len(out.splitlines()) < 20, out  # not a line per row
    assert "no organisation is called 'United Nations Children's Fund', 'Agency for Technical Cooperation " \
           "and Development' here" in out
    assert "columns C 'ProjectCode', D 'FundingStatus', E 'MONTH'" in out
    assert "no Status column: every row will be 'planned'" in out

    # the coordinator takes the key offered, and the names offered as new organisations
    code, proposed, err = run_at(fresh, "import", "--show-mapping", str(ROWCA))
    assert code == 0, err
    mapping = json.loads(proposed)
    mapping["sheets"]["ocha-rowca-3w-hxl"]["key"] = ["title", "places", "organisations"]
    chosen = tmp_path / "rowca.json"
    chosen.write_text(json.dumps(mapping))
    code, out, err = run_at(fresh, "import", "--map", str(chosen), "--create-missing", str(ROWCA))
    assert code == 0, out + err
    assert "Joint activities: 133 rejected, 107 inserted" in out and "Organisations: 10 inserted" in out
    # IOM is a party, never made an organisation: its rows wait for the column's fix (it is in their key)
    assert "rows 126–151 (26 cells): 'International Organization for Migration' is a party here, not an " \
           "organisation" in out
    assert "rows 126–151: not imported because of their rejected cells" in out
    assert "the same Title, Places and Participating organisations as an earlier row, and the same in every " \
           "column read" in out
    assert "quarantined" not in out
    activities = stored(fresh, "activity")
    assert len(activities) == 107
    orgs = {o["id"]: o["name"] for o in stored(fresh, "organisation")}
    assert "World Food Programme" in orgs.values() and "Agronomes et Vétérinaires Sans Frontières" in orgs.values()
    canteens = [a for a in activities if a["title"] == "School canteens" and a["places"] == "Dakar"]
    assert len(canteens) == 1 and canteens[0]["countries"] == ("SEN",)
    assert [orgs[o] for o in canteens[0]["organisations"]] == ["World Food Programme"]
    assert {a["countries"] for a in activities} == {("MLI",), ("SEN",)}

    # the same 3W sent again: nothing new
    code, out, err = run_at(fresh, "import", "--map", str(chosen), "--create-missing", str(ROWCA))
    assert code == 0 and "107 unchanged" in out and len(stored(fresh, "activity")) == 107, out + err


def test_a_spanish_hxl_3w_without_activity_names_says_what_it_needs_then_imports_as_mapped(
        run_at, db_path: Path, tmp_path: Path) -> None:
    # a group row above the header (merged cells), an HXL row under it, Spanish country names
    code, out, err = run_at(db_path, "import", str(SPANISH_3W))
    assert code == 1
    assert "no column for Title, which every one needs" in out + err and "--map" in out + err
    assert "the header is row 2; row 1 above it (a title) not imported" in out + err
    assert stored(db_path, "activity") == []

    code, proposed, err = run_at(db_path, "import", "--show-mapping", str(SPANISH_3W))
    assert code == 0, err
    mapping = json.loads(proposed)
    sheet = mapping["sheets"]["input-valid"]
    assert sheet["columns"]["País"] == "countries" and sheet["columns"]["Hombres"] == "participants_men"
    sheet["type"], sheet["columns"]["Subsector"] = "activity", "title"
    chosen = tmp_path / "3w.json"
    chosen.write_text(json.dumps(mapping))
    code, out, err = run_at(db_path, "import", "--map", str(chosen), "--save-mapping", str(SPANISH_3W))
    assert code == 0, out + err
    assert "Joint activities: 8 rejected, 4 inserted" in out
    assert "'WASH', 'Salud', 'Educación' not allowed" in out
    assert "no organisation is called 'ACNUR', 'OMS', 'UNICEF' here" in out
    got = {a["title"]: a for a in stored(db_path, "activity")}
    assert got["Higiene"]["countries"] == ("PAN",) and got["Higiene"]["places"] == "Los Santos"
    assert got["Formación de enseñadores"]["countries"] == ("COL",)
    teachers = got["Formación de enseñadores"]
    assert (teachers["participants_men"], teachers["participants_women"]) == (250, 300)
    assert got["Urbano"]["countries"] == ("VEN",)

    # the same 3W as a Latin-1 CSV: the saved mapping is proposed for its layout; the same four
    code, out, err = run_at(db_path, "import", str(SPANISH_3W_CSV))
    assert code == 0, out + err
    assert "read with the mapping saved for sheets laid out like this one" in out
    assert "read as Windows-1252" in out
    assert "inserted" not in out.split("total:")[0]
    assert sorted(a["title"] for a in stored(db_path, "activity")) == [
        "Formación de enseñadores", "Higiene", "Urbano", "Vacunación"]


def test_a_kobotoolbox_export_imports_its_answers_and_names_its_metadata_columns(run_at, db_path: Path) -> None:
    # written as KoboToolbox writes its CSV export (tests/fixtures/plain/SOURCES.md); not a real form
    kobo = PLAIN / "kobotoolbox_export.csv"
    code, out, err = run_at(db_path, "import", str(kobo))
    assert code == 0, out + err
    assert "Joint activities: 2 inserted" in out
    assert ("columns A 'start', B 'end', C 'today', D 'deviceid', I '_id', J '_uuid', K '_submission_time', "
            "L '_index': form metadata of a KoboToolbox/ODK export; left out") in out
    got = {a["title"]: a for a in stored(db_path, "activity")}
    assert sorted(got) == ["Patrouille conjointe", "Sensibilisation à Malaba"]  # the first answer is a row
    assert got["Patrouille conjointe"]["status"] == "ongoing" and got["Patrouille conjointe"]["places"] == "Busia"
    code, out, err = run_at(db_path, "import", str(kobo))  # the export downloaded again
    assert code == 0 and "2 unchanged" in out and len(stored(db_path, "activity")) == 2, out + err


def test_a_3w_with_an_hxl_row_imports_its_rows_and_names_what_it_left_out(run_at, db_path: Path,
                                                                          tmp_path: Path) -> None:
    sheet = shutil.copyfile(THREE_W, tmp_path / "3w-somalia.xlsx")
    code, out, err = run_at(db_path, "import", str(sheet))
    assert code == 0, out + err
    got = {a["title"]: a for a in stored(db_path, "activity")}
    assert sorted(got) == ["Border management training for customs officers", "Coordinated border management workshop",
                           "Joint border assessment"]
    training = got["Border management training for customs officers"]
    assert training["start_date"] == dt.date(2026, 1, 12) and training["end_date"] == dt.date(2026, 1, 16)
    assert training["status"] == "completed" and training["countries"] == ("SOM",)
    assert training["places"] == "Banadir"
    assert (training["participants_women"], training["participants_men"]) == (12, 30)
    assert got["Joint border assessment"]["status"] == "ongoing"
    assert got["Coordinated border management workshop"]["status"] == "planned"
    assert not any(a.get("organisations") or a.get("thematic_areas") for a in got.values())
    # one line per column and cause, naming the values and the fix
    assert ("rejected 3W column A, rows 3–5 (3 cells): 'IOM', 'WCO' is a party here, not an organisation: map the "
            "column to Lead party (lead_party) if it names who leads, or leave the party out of the cell") in out
    assert "rejected 3W column B, rows 3–5 (3 cells): 'Protection', 'Coordination' not allowed" in out
    assert "3W rows 3–5: imported without their rejected cells" in out
    assert "row 2 holds HXL hashtags: used to match the columns, not imported" in out
    assert "Joint activities: 6 rejected, 3 inserted" in out

    # create_missing makes no organisation that doubles a party
    code, out, err = run_at(db_path, "import", str(sheet), "--create-missing")
    assert code == 0 and "Organisations" not in out and stored(db_path, "organisation") == [], out + err

    # the coordinator takes the fix: the column names who leads; the same three records are completed
    code, proposed, err = run_at(db_path, "import", "--show-mapping", str(sheet))
    mapping = json.loads(proposed)
    mapping["sheets"]["3W"]["columns"]["Organisation"] = "lead_party"
    chosen = tmp_path / "3w.json"
    chosen.write_text(json.dumps(mapping))
    code, out, err = run_at(db_path, "import", str(sheet), "--map", str(chosen))
    assert code == 0, out + err
    assert "Joint activities: 3 rejected, 3 updated" in out and "column A" not in out
    again = {a["title"]: a for a in stored(db_path, "activity")}
    assert {a["id"] for a in again.values()} == {a["id"] for a in got.values()}
    assert again["Coordinated border management workshop"]["lead_party"] == WCO_ID
    assert again["Joint border assessment"]["lead_party"] == IOM_ID

    # the same sheet next month: nothing new, and it says so
    code, out, err = run_at(db_path, "import", str(sheet), "--map", str(chosen))
    assert code == 0 and "Joint activities: 3 unchanged, 3 rejected" in out, out + err
    assert len(stored(db_path, "activity")) == 3
