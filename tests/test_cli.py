"""The command line: round trips, exit codes, --json, refused input changing nothing."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mouliaison.cli import main
from mouliaison.domain.default_agreement import IOM_ID, WCO_ID


def test_add_names_references_as_an_import_reads_them(run):
    # the same names a plain sheet's reference cells take (sync/names_in_cells): one way to read them
    code, out, err = run("add", "organisation", "name=Kenya Revenue Authority", "acronym=KRA")
    assert code == 0, err
    kra = out.strip()
    code, out, err = run("add", "activity", "title=Atelier frontière", "lead_party=OMD", "organisations=kra")
    assert code == 0, err
    shown = json.loads(run("show", "activity", out.strip(), "--json")[1])
    assert shown["lead_party"] == WCO_ID and shown["organisations"] == [kra]
    spanish_name = "Organización Internacional para las Migraciones"
    code, out, err = run("add", "activity", "title=Taller", f"lead_party={spanish_name}")
    assert code == 0 and json.loads(run("show", "activity", out.strip(), "--json")[1])["lead_party"] == IOM_ID, err
    code, out, err = run("add", "activity", "title=Patrol", "lead_party=UN Women")
    assert code == 1 and "no party is called 'UN Women'" in err


def test_add_show_list_edit_delete_round_trip(run):
    code, out, _ = run("add", "activity", "title=OSBP joint training", "status=ongoing", "start_date=2026-03-02",
                       "end_date=2026-03-06", "countries=KEN,UGA", "thematic_areas=v,x.b", "lead_party=WCO",
                       "description=Two days at Busia")
    assert code == 0
    activity_id = out.strip()

    code, out, _ = run("show", "activity", activity_id, "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["title"] == "OSBP joint training" and shown["status"] == "ongoing"
    assert shown["countries"] == ["KEN", "UGA"] and shown["thematic_areas"] == ["v", "x.b"]
    assert shown["start_date"] == "2026-03-02" and shown["lead_party"] == WCO_ID

    code, out, _ = run("edit", "activity", activity_id, "status=completed", "--json")
    assert code == 0 and json.loads(out) == {"id": activity_id, "type": "activity", "changed": ["status"]}

    code, out, _ = run("list", "activity", "--json")
    [listed] = json.loads(out)
    assert listed["id"] == activity_id and listed["status"] == "completed"

    code, out, _ = run("list", "activity")
    assert code == 0 and activity_id in out and "OSBP joint training" in out

    code, out, _ = run("delete", "activity", activity_id, "--json")
    assert code == 0 and json.loads(out)["deleted"] is True
    assert json.loads(run("list", "activity", "--json")[1]) == []
    assert json.loads(run("list", "activity", "--deleted", "--json")[1])[0]["deleted"] is True


def test_contact_fields_and_add_json(run):
    code, out, _ = run("add", "organisation", "name=Uganda Revenue Authority", "organisation_type=customs")
    assert code == 0
    code, out, _ = run("add", "contact", "full_name=José Díaz", "email=Jose.Diaz@Example.org",
                       "phone=+256 41 000000", "organisation=Uganda Revenue Authority", "party=IOM",
                       "title=Border officer", "--json")
    assert code == 0
    contact_id = json.loads(out)["id"]
    shown = json.loads(run("show", "contact", contact_id, "--json")[1])
    assert shown["email"] == "jose.diaz@example.org" and shown["party"] == IOM_ID
    assert shown["phone"] == "+256 41 000000" and shown["title"] == "Border officer"


def test_refused_input_names_every_problem_and_changes_nothing(run):
    before = run("dump")[1]
    code, out, err = run("add", "activity", "title=", "start_date=2026-05-01", "end_date=2026-04-01",
                         "countries=XXX", "status=finished", "colour=blue")
    assert code == 1
    for field in ("title", "end_date", "countries", "status", "colour"):
        assert f"{field}:" in err
    code, out, _ = run("add", "activity", "start_date=01/05/2026", "--json")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert {p["field"] for p in problems} == {"start_date", "title"}
    assert "YYYY-MM-DD" in next(p["message"] for p in problems if p["field"] == "start_date")
    activity_id = run("add", "activity", "title=Kept")[1].strip()
    after_add = run("dump")[1]
    assert run("edit", "activity", activity_id, "end_date=2026-01-01", "start_date=2026-02-01")[0] == 1
    assert run("edit", "activity", "0190a000-0000-7000-8000-00000000ffff", "title=x")[0] == 1
    assert run("delete", "contact", activity_id)[0] == 1
    assert run("dump")[1] == after_add != before


@pytest.mark.parametrize(
    "args",
    [
        ("add", "spaceship", "title=x"),  # unknown type
        ("add", "activity", "title"),  # not key=value
        ("add", "activity", "title=a", "title=b"),  # twice
        ("edit", "activity"),  # missing id and pairs
        ("frobnicate",),
        ("list",),
    ],
)
def test_usage_errors_exit_2(run, args):
    code, _, err = run(*args)
    assert code == 2 and err


def test_add_with_an_explicit_id(run):
    record_id = "0190a000-0000-7000-8000-0000000000aa"
    assert run("add", "organisation", f"id={record_id}", "name=Ministry of Interior")[1].strip() == record_id
    code, _, err = run("add", "organisation", f"id={record_id}", "name=Again")
    assert code == 1 and "exists already" in err
    assert run("add", "organisation", "id=not-a-uuid", "name=x")[0] == 1


def test_init_sets_this_office(run):
    code, out, _ = run("init", "--office", "Busia OSBP office", "--party", "WCO", "--level", "field",
                       "--country", "UGA", "--json")
    assert code == 0
    office = json.loads(out)
    assert office["name"] == "Busia OSBP office" and office["party"] == "WCO" and office["country"] == "UGA"
    code, out, _ = run("init", "--office", "Busia office", "--party", "WCO", "--json")
    assert json.loads(out)["office_id"] == office["office_id"]  # the same office, renamed
    assert len(json.loads(run("list", "office", "--json")[1])) == 1
    code, _, err = run("init", "--office", "X", "--party", "UNHCR", "--level", "galactic")
    assert code == 1 and "party" in err and "level" in err


def test_check_is_clean_on_a_new_database(run):
    code, out, _ = run("check", "--json")
    assert code == 0 and json.loads(out)["clean"] is True


def test_database_chosen_by_environment_variable(tmp_path: Path):
    env = {**os.environ, "MOULIAISON_DB": str(tmp_path / "env.sqlite3")}
    add = [sys.executable, "-m", "mouliaison", "add", "activity", "title=From the environment"]
    assert subprocess.run(add, env=env, capture_output=True, timeout=60).returncode == 0
    listed = subprocess.run([sys.executable, "-m", "mouliaison", "list", "activity", "--json"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert [r["title"] for r in json.loads(listed.stdout)] == ["From the environment"]
    assert (tmp_path / "env.sqlite3").exists()
    other = tmp_path / "explicit.sqlite3"  # --db wins over the environment
    listed = subprocess.run([sys.executable, "-m", "mouliaison", "--db", str(other), "list", "activity", "--json"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert json.loads(listed.stdout) == []


def test_json_may_come_before_the_pairs(run):
    code, out, _ = run("add", "activity", "--json", "title=Flag first")
    assert code == 0 and json.loads(out)["type"] == "activity"
    code, out, _ = run("edit", "activity", json.loads(out)["id"], "--json", "status=ongoing")
    assert code == 0 and json.loads(out)["changed"] == ["status"]


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path, capsys):
    path = tmp_path / "notes.sqlite3"
    path.write_text("These are my notes, not a database.\n" * 200)
    before = path.read_bytes()
    assert main(["--db", str(path), "list", "activity"]) == 1
    assert "is not a mouliaison database" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_output_piped_into_a_closed_pipe_is_not_an_error(db_path: Path):
    """`mouliaison-cli list term | head -1`, made portable (Windows has no `head`): this test reads
    one line and closes the pipe, as `head` or `more` quitting early does. The listing (22 kB)
    outlasts the pipe's buffer, shrunk on Linux to one page, so later writes meet the closed pipe."""
    process = subprocess.Popen([sys.executable, "-m", "mouliaison", "--db", str(db_path), "list", "term"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    if sys.platform.startswith("linux"):
        import fcntl

        fcntl.fcntl(process.stdout.fileno(), 1031, 4096)  # F_SETPIPE_SZ, before the program has written
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode(errors="replace")
    assert process.wait(timeout=60) == 0, err
    assert first.strip()
    assert "Traceback" not in err and "Exception ignored" not in err, err


class _PipeClosedOnWindows(io.TextIOBase):
    """sys.stdout as Windows leaves it once the reader of the pipe has gone: a write raises
    OSError EINVAL (not BrokenPipeError, as on Linux)."""

    def __init__(self, fileno: int) -> None:
        self._fileno = fileno
        self.writes = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.writes += 1
        raise OSError(errno.EINVAL, "Invalid argument")

    def fileno(self) -> int:
        return self._fileno


class _SysOn:
    """The `sys` module as seen by the command line's main module, on another platform (only
    there: the rest of the program keeps the real one)."""

    def __init__(self, platform: str) -> None:
        self.platform = platform

    def __getattr__(self, name: str) -> object:
        return getattr(sys, name)


@pytest.mark.parametrize(("platform", "expected_code"), [("win32", 0), ("linux", 1)])
def test_a_closed_pipe_on_windows_einval_is_not_an_error_there_only(db_path: Path, tmp_path: Path, capsys,
                                                                    monkeypatch, platform: str, expected_code: int):
    """Windows reports `mouliaison-cli list term | more` quitting early as EINVAL: a clean exit 0
    there, no message. Elsewhere an EINVAL is not a closed pipe, and is reported as a problem."""
    cli_module = sys.modules["mouliaison.cli.main"]
    monkeypatch.setattr(cli_module, "sys", _SysOn(platform))
    with (tmp_path / "stdout").open("w") as target:
        closed = _PipeClosedOnWindows(target.fileno())
        real_stdout = sys.stdout
        sys.stdout = closed
        try:
            code = main(["--db", str(db_path), "list", "term"])
        finally:
            sys.stdout = real_stdout
    err = capsys.readouterr().err
    assert closed.writes >= 1  # the listing did reach the closed pipe
    assert code == expected_code
    if platform == "win32":
        assert err == ""
        assert (tmp_path / "stdout").read_text() == ""  # later output goes to the null device
    else:
        assert "Traceback" not in err and "Invalid argument" in err
