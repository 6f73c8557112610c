"""A 3W (Who does What Where) with an HXL hashtag row, imported end to end by the command line
as a coordinator does it: the rows are made; what the app cannot hold (the parties in the
organisation column, clusters that are not the MOU's thematic areas) is named, grouped, with its
fix; the fix taken completes the same records, never a second copy."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from mouliaison.cli import main
from mouliaison.domain.default_agreement import IOM_ID, WCO_ID
from mouliaison.services.database import open_database
from mouliaison.services.records import list_records
from mouliaison.services.saved_mappings import saved_mappings_path

THREE_W = Path(__file__).parent / "fixtures" / "plain" / "3w-hxl.xlsx"


@pytest.fixture
def run(db_path: Path, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(autouse=True)
def no_saved_mappings() -> None:
    saved_mappings_path().unlink(missing_ok=True)


def stored(db_path: Path, entity: str) -> list[dict]:
    db = open_database(db_path)
    try:
        return [{"id": r.id, **r.values} for r in list_records(db, entity)]
    finally:
        db.close()


def test_a_3w_with_an_hxl_row_imports_its_rows_and_names_what_it_left_out(run, db_path: Path, tmp_path: Path):
    sheet = shutil.copyfile(THREE_W, tmp_path / "3w-somalia.xlsx")
    code, out, err = run("import", str(sheet))
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
    code, out, err = run("import", str(sheet), "--create-missing")
    assert code == 0 and "Organisations" not in out and stored(db_path, "organisation") == [], out + err

    # the coordinator takes the fix: the column names who leads; the same three records are completed
    code, proposed, err = run("import", "--show-mapping", str(sheet))
    mapping = json.loads(proposed)
    mapping["sheets"]["3W"]["columns"]["Organisation"] = "lead_party"
    chosen = tmp_path / "3w.json"
    chosen.write_text(json.dumps(mapping))
    code, out, err = run("import", str(sheet), "--map", str(chosen))
    assert code == 0, out + err
    assert "Joint activities: 3 rejected, 3 updated" in out and "column A" not in out
    again = {a["title"]: a for a in stored(db_path, "activity")}
    assert {a["id"] for a in again.values()} == {a["id"] for a in got.values()}
    assert again["Coordinated border management workshop"]["lead_party"] == WCO_ID
    assert again["Joint border assessment"]["lead_party"] == IOM_ID

    # the same sheet next month: nothing new, and it says so
    code, out, err = run("import", str(sheet), "--map", str(chosen))
    assert code == 0 and "Joint activities: 3 unchanged, 3 rejected" in out, out + err
    assert len(stored(db_path, "activity")) == 3
