"""The command line's exchange commands: export, import (--dry-run, --json), conflicts, resolve.

Exit status: 0 done, 1 refused (nothing written), 2 wrong usage.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

from mouliaison.cli import main
from mouliaison.services.database import location_of, open_database
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.plan import COUNT_NAMES

FILE_KEYS = {"file", "already_imported", "counts", "rejected", "rejected_groups", "quarantined", "notes"}
TOP_KEYS = {"files", "totals", "applied", "refused", "nothing_read", "replanned"}


@pytest.fixture
def offices(make_address, capsys):
    """Two offices' databases, and `run(office, *args)` -> (exit code, stdout, stderr)."""
    paths = {"a": make_address("a"), "b": make_address("b")}

    def run(office: str, *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(paths[office]), *args])
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    run.paths = paths  # type: ignore[attr-defined]
    return run


def add(run, office: str, *pairs: str) -> str:
    code, out, err = run(office, "add", "activity", *pairs)
    assert code == 0, err
    return out.strip()


def state(run, office: str) -> str:
    code, out, _ = run(office, "dump")
    assert code == 0
    return out


def imported_files(run, office: str) -> int:
    db = open_database(location_of(run.paths[office]))
    try:
        with db.reading() as session:
            return session.connection().exec_driver_sql("SELECT count(*) FROM imported_files").scalar_one()
    finally:
        db.close()


def check_shape(data: dict) -> None:
    """The import's JSON, exactly: per file its counts per record type, and totals."""
    assert set(data) == TOP_KEYS
    assert set(data["totals"]) == set(COUNT_NAMES) and all(type(v) is int for v in data["totals"].values())
    for report in data["files"]:
        assert set(report) - {"trust", "withheld"} == FILE_KEYS  # trust: who signed a file of ours
        assert isinstance(report["file"], str) and type(report["already_imported"]) is bool
        for entity, counts in report["counts"].items():
            assert isinstance(entity, str)
            assert list(counts) == sorted(COUNT_NAMES)  # printed with sorted keys
            assert set(counts) == {"inserted", "updated", "unchanged", "stale", "conflicts", "hand_edits",
                                   "possible_duplicates", "quarantined", "rejected"}
            assert all(type(v) is int and v >= 0 for v in counts.values())
    for name in COUNT_NAMES:
        assert data["totals"][name] == sum(c[name] for f in data["files"] for c in f["counts"].values())


def test_export_then_import_with_json(offices, tmp_path):
    run = offices
    first = add(run, "a", "title=OSBP joint training", "countries=KEN,UGA", "start_date=2026-03-02")
    add(run, "a", "title=Risk assessment")
    out_file = tmp_path / "a.xlsx"

    code, out, err = run("a", "export", str(out_file), "--json")
    assert code == 0, err
    exported = json.loads(out)
    assert exported["file"] == str(out_file) and out_file.exists()
    assert exported["rows"]["activity"] == 2 and exported["recipient"] == "same-party"
    assert {"file_id", "versions", "sha256", "rows"} <= set(exported)

    code, out, err = run("b", "import", "--trust-new-keys", str(out_file), "--json")
    assert code == 0, err
    data = json.loads(out)
    check_shape(data)
    assert data["applied"] is True and data["refused"] == []
    [report] = data["files"]
    assert report["file"] == str(out_file) and report["already_imported"] is False
    assert report["counts"]["activity"] == {"conflicts": 0, "hand_edits": 0, "inserted": 2, "possible_duplicates": 0,
                                            "quarantined": 0, "rejected": 0, "stale": 0, "unchanged": 0,
                                            "updated": 0}
    assert data["totals"]["inserted"] == 2
    code, out, _ = run("b", "show", "activity", first, "--json")
    assert code == 0 and json.loads(out)["title"] == "OSBP joint training"

    code, out, _ = run("b", "import", "--trust-new-keys", "--json", str(out_file))  # --json before the files
    again = json.loads(out)
    check_shape(again)
    assert code == 0 and again["files"][0]["already_imported"] is True
    assert again["totals"]["inserted"] == 0 and again["files"][0]["counts"]["activity"]["unchanged"] == 2


def test_import_reports_hand_edits_rejections_and_quarantine_in_json(offices, tmp_path):
    run = offices
    record = add(run, "a", "title=Data workshop", "start_date=2026-05-04")
    other = add(run, "a", "title=Port visit")
    path = tmp_path / "a.xlsx"
    assert run("a", "export", str(path))[0] == 0
    book = openpyxl.load_workbook(path)
    ws = book["Joint activities"]
    cols = {ws.cell(1, c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(3, ws.max_row + 1)}
    ws.cell(rows[record], cols["places"]).value = "Arusha"
    ws.cell(rows[record], cols["end_date"]).value = "2026-05-01"  # before the start: rejected
    ws.cell(rows[other], cols["_version"]).value = "tampered"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)

    code, out, err = run("b", "import", "--trust-new-keys", str(edited), "--json")
    assert code == 0, err
    data = json.loads(out)
    check_shape(data)
    [report] = data["files"]
    counts = report["counts"]["activity"]
    assert (counts["hand_edits"], counts["rejected"], counts["quarantined"]) == (1, 1, 1)
    [rejected] = report["rejected"]
    assert rejected["sheet"] == "Joint activities" and rejected["row"] == rows[record]
    assert rejected["column"] == openpyxl.utils.get_column_letter(cols["end_date"]) and rejected["type"] == "activity"
    assert "before it starts" in rejected["reason"]
    [quarantined] = report["quarantined"]
    assert quarantined["row"] == rows[other] and "Version" in quarantined["reason"]

    code, out, _ = run("b", "import", "--trust-new-keys", str(edited))  # the text report says the same
    assert code == 0
    assert f"rejected Joint activities column {rejected['column']}, row {rows[record]} (1 cell): " in out
    assert f"quarantined Joint activities row {rows[other]}" in out
    assert "already imported" in out


def test_dry_run_prints_the_plan_and_writes_nothing(offices, tmp_path):
    run = offices
    add(run, "a", "title=OSBP joint training")
    path = tmp_path / "a.xlsx"
    assert run("a", "export", str(path))[0] == 0
    before = state(run, "b")

    code, out, err = run("b", "import", "--trust-new-keys", "--dry-run", str(path), "--json")
    assert code == 0, err
    planned = json.loads(out)
    check_shape(planned)
    assert planned["applied"] is False and planned["totals"]["inserted"] == 1
    assert state(run, "b") == before and imported_files(run, "b") == 0

    code, out, _ = run("b", "import", "--trust-new-keys", "--dry-run", str(path))
    assert code == 0 and "dry run: nothing was written" in out and "1 inserted" in out
    assert state(run, "b") == before

    code, out, _ = run("b", "import", "--trust-new-keys", str(path), "--json")
    applied = json.loads(out)
    assert applied["applied"] is True and applied["files"][0]["already_imported"] is False
    assert applied["files"][0]["counts"] == planned["files"][0]["counts"]
    assert state(run, "b") != before and imported_files(run, "b") == 1


def test_conflicts_and_resolve(offices, tmp_path):
    run = offices
    record = add(run, "a", "title=Joint training", "places=Busia")
    base = tmp_path / "base.xlsx"
    assert run("a", "export", str(base))[0] == 0
    assert run("b", "import", "--trust-new-keys", str(base))[0] == 0
    assert run("a", "edit", "activity", record, "places=Malaba")[0] == 0
    assert run("b", "edit", "activity", record, "places=Namanga", "title=Joint training (2)")[0] == 0
    from_a, from_b = tmp_path / "from-a.xlsx", tmp_path / "from-b.xlsx"
    assert run("a", "export", str(from_a))[0] == 0
    assert run("b", "export", str(from_b))[0] == 0
    code, out, _ = run("a", "import", "--trust-new-keys", str(from_b), "--json")
    assert code == 0 and json.loads(out)["totals"]["conflicts"] == 1
    code, out, _ = run("b", "import", "--trust-new-keys", str(from_a), "--json")
    assert code == 0 and json.loads(out)["totals"]["conflicts"] == 1
    assert state(run, "a") == state(run, "b")

    code, out, err = run("b", "conflicts", "--json")
    assert code == 0
    [conflict] = json.loads(out)
    assert conflict["type"] == "activity" and conflict["record_id"] == record and conflict["field"] == "places"
    assert conflict["record"] == "Joint training (2)"
    assert sorted(v["value"] for v in conflict["values"]) == ["Malaba", "Namanga"]
    assert {"version_id", "value", "office", "device_time", "source_file"} <= set(conflict["values"][0])
    assert [v["source_file"] for v in conflict["values"] if v["value"] == "Malaba"] == ["from-a.xlsx"]
    code, text_out, text_err = run("b", "conflicts")
    assert code == 0 and "Malaba" in text_out and "Namanga" in text_out and "1 open conflict" in text_err

    keep = next(v["version_id"] for v in conflict["values"] if v["value"] == "Malaba")
    assert run("b", "resolve", conflict["id"], "--keep", "not-a-head")[0] == 1
    assert run("b", "resolve", conflict["id"])[0] == 2  # --keep or --value is required
    assert run("b", "resolve", conflict["id"], "--keep", keep, "--value", "x")[0] == 2
    code, out, err = run("b", "resolve", conflict["id"], "--keep", keep, "--json")
    assert code == 0, err
    assert json.loads(out) == {"id": conflict["id"], "resolved": True}
    assert json.loads(run("b", "conflicts", "--json")[1]) == []
    code, out, _ = run("b", "show", "activity", record, "--json")
    assert json.loads(out)["places"] == "Malaba" and json.loads(out)["conflicted"] is False
    assert run("b", "resolve", conflict["id"], "--keep", keep)[0] == 1  # no longer open

    # the resolution travels: office a imports it and its conflict closes too
    resolved = tmp_path / "resolved.xlsx"
    assert run("b", "export", str(resolved))[0] == 0
    assert run("a", "import", "--trust-new-keys", str(resolved))[0] == 0
    assert json.loads(run("a", "conflicts", "--json")[1]) == []
    assert state(run, "a") == state(run, "b")


def test_resolve_with_a_value(offices, tmp_path):
    run = offices
    record = add(run, "a", "title=Meeting prep", "participants_women=3")
    base = tmp_path / "base.xlsx"
    assert run("a", "export", str(base))[0] == 0
    assert run("b", "import", "--trust-new-keys", str(base))[0] == 0
    assert run("a", "edit", "activity", record, "participants_women=4")[0] == 0
    assert run("b", "edit", "activity", record, "participants_women=5")[0] == 0
    from_a = tmp_path / "from-a.xlsx"
    assert run("a", "export", str(from_a))[0] == 0
    assert run("b", "import", "--trust-new-keys", str(from_a))[0] == 0
    [conflict] = json.loads(run("b", "conflicts", "--json")[1])
    code, _out, err = run("b", "resolve", conflict["id"], "--value", "many")
    assert code == 1 and "many" in err  # not a whole number: refused, conflict still open
    assert len(json.loads(run("b", "conflicts", "--json")[1])) == 1
    code, _out, err = run("b", "resolve", conflict["id"], "--value", "9")
    assert code == 0, err
    assert json.loads(run("b", "show", "activity", record, "--json")[1])["participants_women"] == 9


def test_export_refusals_exit_1_and_write_nothing(offices, tmp_path):
    run = offices
    add(run, "a", "title=Something")
    cases = [
        (["export", str(tmp_path / "out.csv")], ".xlsx"),
        (["export", str(tmp_path / "missing" / "out.xlsx")], "does not exist"),
        (["export", str(tmp_path / "out.xlsx"), "--types", "activity,bogus"], "bogus"),
        (["export", str(tmp_path / "out.xlsx"), "--recipient", "the press"], "recipient"),
        (["export", str(tmp_path / "out.xlsx"), "--since", "last tuesday"], "last tuesday"),
    ]
    for args, words in cases:
        code, out, err = run("a", *args)
        assert code == 1, args
        assert words in err, (args, err)
        code, out, _ = run("a", *args, "--json")
        assert code == 1 and json.loads(out)["error"] == "refused"
    assert not [p for p in tmp_path.rglob("out*")]


def test_a_text_too_long_for_a_cell_refuses_the_export(offices, tmp_path):
    run = offices
    db = open_database(location_of(run.paths["a"]))
    try:
        with db.writing() as change:
            change.writer.record_local("activity", "0190a000-0000-7000-8000-0000000000aa",
                                       {"title": "Long", "outcomes": "z" * (fmt.CELL_LIMIT + 5)}, {})
    finally:
        db.close()
    code, out, _err = run("a", "export", str(tmp_path / "out.xlsx"), "--json")
    assert code == 1
    [problem] = json.loads(out)["problems"]
    assert "Outcomes" in problem["message"] and "32,767" in problem["message"]
    assert list(tmp_path.glob("*.xlsx")) == [] and not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_import_refusals_and_usage_errors(offices, tmp_path):
    run = offices
    before = state(run, "b")
    missing = tmp_path / "nowhere.xlsx"
    code, out, err = run("b", "import", "--trust-new-keys", str(missing))
    assert code == 1 and "nowhere.xlsx" in err and "nothing was imported" in err
    not_a_workbook = tmp_path / "notes.xlsx"
    not_a_workbook.write_text("just some text, not a workbook\n")
    code, out, _ = run("b", "import", "--trust-new-keys", str(not_a_workbook), "--json")
    data = json.loads(out)
    assert code == 1 and data["applied"] is False and data["files"] == []
    assert data["refused"][0]["file"] == str(not_a_workbook) and data["refused"][0]["message"]
    assert state(run, "b") == before and imported_files(run, "b") == 0

    assert run("b", "import", "--trust-new-keys")[0] == 2  # no file
    assert run("b", "import", "--trust-new-keys", "--bogus", str(missing))[0] == 2
    assert run("b", "export")[0] == 2  # no file name
    assert run("b", "conflicts", "extra")[0] == 2
    assert run("b", "resolve")[0] == 2
    code, out, _ = run("b", "conflicts", "--json")
    assert code == 0 and json.loads(out) == []


def test_export_language_writes_the_labels_in_it_and_refuses_one_it_does_not_know(offices, tmp_path):
    run = offices
    add(run, "a", "title=Border workshop", "status=ongoing", "countries=KEN")
    path = tmp_path / "fr.xlsx"
    code, _out, err = run("a", "export", str(path), "--language", "fr")
    assert code == 0, err
    sheet = openpyxl.load_workbook(path)["Joint activities"]
    keys = [c.value for c in sheet[fmt.KEY_ROW]]
    row = [c.value for c in sheet[fmt.FIRST_DATA_ROW]]
    assert row[keys.index("status")] == "En cours" and row[keys.index("countries")] == "Kenya"
    code, _out, err = run("a", "export", str(tmp_path / "de.xlsx"), "--language", "de")
    assert code == 2 and "--language" in err and not (tmp_path / "de.xlsx").exists()
