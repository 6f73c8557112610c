"""`import --show-mapping`, `--map`, `--save-mapping`, `--create-missing`, and exit 1 when a file
had data of which nothing was read."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from mouliaison.services import exchange
from mouliaison.services.database import location_of, open_database
from mouliaison.services.records import list_records

pytestmark = pytest.mark.usefixtures("no_saved_mappings")


def tracker(path: Path, *, merged: bool = False) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Joint activities"
    sheet.append(["Title", "Status", "Description"])
    sheet.append(["Border post visit", "planned", "Two days at the border"])
    sheet.append(["Data sharing workshop", "planned", "With the customs service"])
    if merged:
        sheet.merge_cells("B2:B3")
    book.save(path)
    return path


def activities(address: str) -> dict[str, dict]:
    with open_database(location_of(address)) as db:
        return {r.values["title"]: r.values for r in list_records(db, "activity")}


def test_show_mapping_is_edited_and_given_back_with_map(run, mapped_reader, db_address: str, tmp_path: Path) -> None:
    sheet = tracker(tmp_path / "tracker.xlsx")
    code, out, err = run("import", str(sheet), "--show-mapping")
    assert code == 0, err
    mapping = json.loads(out)
    assert mapping["sheets"]["Joint activities"]["columns"] == {
        "Title": "title", "Status": "status", "Description": "description"}
    assert "tracker.xlsx, sheet 'Joint activities': joint activities (other fits: " in err
    assert "C 'Description' -> Description (description, by " in err
    assert "a row is the same record when Title" in err
    assert activities(db_address) == {}  # --show-mapping writes nothing

    mapping["sheets"]["Joint activities"]["columns"]["Description"] = "outcomes"  # one column, edited
    edited = tmp_path / "mapping.json"
    edited.write_text(json.dumps(mapping))
    code, out, err = run("import", str(sheet), "--map", str(edited))
    assert code == 0, err
    given = mapped_reader[-1]
    assert given is not None and given.sheets["Joint activities"].columns["Description"] == "outcomes"
    stored = activities(db_address)
    assert stored["Border post visit"]["outcomes"] == "Two days at the border"
    assert stored["Border post visit"].get("description") in (None, "")


@pytest.mark.parametrize(("content", "says"), [
    ("{not json", "not valid JSON (line 1"),
    ('{"format": "mouliaison-mapping", "version": 1, "sheets": {"Joint activities": {"type": "activity", '
     '"columns": {"Title": "headline"}}}}', "\"columns\" names 'headline', not fields of joint activities"),
    ('{"format": "mouliaison-mapping", "version": 1, "sheets": {"Joint activities": {"type": "gadget"}}}',
     "\"type\" must be a record type"),
    ('{"format": "mouliaison-mapping", "version": 1, "sheets": {"Activities 2025": {"type": "activity"}}}',
     "'Activities 2025'"),
    ('{"format": "mouliaison-mapping", "version": 1, "sheets": {"Joint activities": {"type": "activity", '
     '"columns": {"Titel": "title"}}}}', "'Titel'"),
])
def test_a_bad_mapping_file_is_refused_and_nothing_is_written(
        run, mapped_reader, db_address: str, tmp_path: Path, content: str, says: str) -> None:
    sheet = tracker(tmp_path / "tracker.xlsx")
    bad = tmp_path / "mapping.json"
    bad.write_text(content)
    code, _out, err = run("import", str(sheet), "--map", str(bad))
    assert code == 1
    assert says in err and "nothing was written" in err
    assert activities(db_address) == {}
    code, _out, err = run("import", str(sheet), "--map", str(tmp_path / "missing.json"))
    assert code == 1 and "does not exist" in err


def test_save_mapping_is_proposed_again_for_the_same_layout(run, mapped_reader, db_address: str,
                                                            tmp_path: Path) -> None:
    sheet = tracker(tmp_path / "tracker.xlsx")
    mapping = {"format": "mouliaison-mapping", "version": 1,
               "sheets": {"Joint activities": {"type": "activity", "columns": {"Description": None}}}}
    chosen = tmp_path / "mapping.json"
    chosen.write_text(json.dumps(mapping))
    code, _out, err = run("import", str(sheet), "--map", str(chosen), "--save-mapping", "--dry-run")
    assert code == 0, err
    assert "mapping saved for the layout of sheet 'Joint activities'" in err

    renamed = tmp_path / "next-month.xlsx"  # the same headers under another sheet name
    book = openpyxl.load_workbook(sheet)
    book.active.title = "November"
    book.save(renamed)
    code, out, err = run("import", str(renamed), "--show-mapping")
    assert code == 0, err
    assert json.loads(out)["sheets"]["November"]["columns"]["Description"] is None
    assert "C 'Description': left out" in err


def test_a_file_with_data_of_which_nothing_is_read_exits_1_and_writes_nothing(
        run, db_address: str, tmp_path: Path) -> None:
    good = tracker(tmp_path / "good.xlsx")
    lost = tracker(tmp_path / "lost.xlsx", merged=True)
    code, out, err = run("import", str(good), str(lost))
    assert code == 1
    assert f"nothing read from {lost}: nothing could be read from it (2 rows quarantined)" in err
    assert "--show-mapping" in err and "nothing was imported" in err
    assert activities(db_address) == {}
    code, out, err = run("import", str(good), str(lost), "--json")
    assert code == 1 and json.loads(out)["nothing_read"][0]["file"] == str(lost)
    assert run("import", str(good))[0] == 0
    assert len(activities(db_address)) == 2


def test_create_missing_reaches_the_plan(run, monkeypatch, tmp_path: Path) -> None:
    asked: list[bool] = []
    real = exchange.plan_import

    def plan_import(*args, create_missing: bool = False, **kw):
        asked.append(create_missing)
        return real(*args, **kw)

    monkeypatch.setattr(exchange, "plan_import", plan_import)
    sheet = tracker(tmp_path / "tracker.xlsx")
    assert run("import", str(sheet), "--dry-run", "--create-missing")[0] == 0
    assert run("import", str(sheet), "--dry-run")[0] == 0
    assert asked == [True, False]


def test_show_mapping_of_a_refused_file_exits_1(run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    code, out, err = run("import", str(bad), "--show-mapping")
    assert code == 1 and "refused" in err and out == ""
