"""Headquarters on PostgreSQL: several analysts on one server database at the same moment.

Each analyst is a Database of their own (their own connections); each office a real SQLite
file whose workbook is exported and imported for real. Writes queue on the server's advisory
lock (store.transactions): two at once end as one after the other, and readers never wait.
"""

from __future__ import annotations

import shutil
import stat
import threading
import time
from pathlib import Path

import pytest

from mouliaison.services.check import check_database
from mouliaison.services.database import Database, location_of, open_database
from mouliaison.services.dump import dump_json
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.records import add_record, edit_record, list_records
from mouliaison.store.keys import KEYS_DIR_VARIABLE


@pytest.fixture
def office_file(template_db: Path, tmp_path: Path):
    """A field office's SQLite database, with a workbook of its records exported as `name`.xlsx."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(template_db, path)
        database = open_database(path)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


def export(office: Database, path: Path) -> Path:
    export_workbook(office, path)
    return path


@pytest.fixture
def analysts(server_databases):
    """`analysts(n)`: n connections (people) to one fresh headquarters database, plus its address."""
    opened: list[Database] = []

    def connect(count: int, address: str | None = None) -> tuple[str, list[Database]]:
        address = address or server_databases.fresh()
        people = [open_database(location_of(address)) for _ in range(count)]
        opened.extend(people)
        return address, people

    yield connect
    for database in opened:
        database.close()


class HeldWrite:
    """A progress callback that, once writing starts (inside the import's transaction), tells the
    test and keeps the transaction open a moment, so the other analyst's work meets it."""

    def __init__(self, hold_s: float = 1.0) -> None:
        self.inside = threading.Event()
        self.hold_s = hold_s

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase == "writing" and not self.inside.is_set():
            self.inside.set()
            time.sleep(self.hold_s)


def run_in_thread(work) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:
            outcome["error"] = exc
        outcome["finished_at"] = time.monotonic()

    thread = threading.Thread(target=target)
    thread.start()
    return thread, outcome


def test_two_imports_at_once_end_as_one_after_the_other(office_file, analysts, tmp_path: Path):
    north, south = office_file("north"), office_file("south")
    add_record(north, "activity", {"title": "Border survey", "status": "planned", "countries": ["KEN"]})
    add_record(north, "contact", {"full_name": "Amina Yusuf", "party": "IOM"})
    add_record(south, "activity", {"title": "Port training", "status": "ongoing", "countries": ["ZAF"]})
    files = [export(north, tmp_path / "north.xlsx"), export(south, tmp_path / "south.xlsx")]

    _, [first, second] = analysts(2)
    held = HeldWrite()
    thread, outcome = run_in_thread(lambda: import_workbooks(first, [files[0]], progress=held, trust_new_keys=True))
    assert held.inside.wait(30)
    # meets the first import's open transaction: waits for it
    other = import_workbooks(second, [files[1]], trust_new_keys=True)
    other_done = time.monotonic()
    thread.join(60)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["result"].applied and other.applied
    assert other_done >= outcome["finished_at"]  # queued behind the first, not interleaved with it

    _, [serial] = analysts(1)
    for path in files:
        import_workbooks(serial, [path], trust_new_keys=True)
    assert dump_json(first) == dump_json(second) == dump_json(serial)
    assert check_database(first).clean


def test_an_import_while_another_analyst_edits_ends_as_one_after_the_other(office_file, analysts, tmp_path: Path):
    field = office_file("field")
    record = add_record(field, "activity", {"title": "Survey", "status": "planned"})
    before = export(field, tmp_path / "before.xlsx")
    edit_record(field, "activity", record, {"title": "Survey, second round", "status": "ongoing"})
    after = export(field, tmp_path / "after.xlsx")

    _, [importer, editor] = analysts(2)
    import_workbooks(importer, [before], trust_new_keys=True)
    held = HeldWrite()
    thread, outcome = run_in_thread(lambda: import_workbooks(importer, [after], progress=held, trust_new_keys=True))
    assert held.inside.wait(30)
    edit_record(editor, "activity", record, {"title": "Survey at headquarters"})
    edited_at = time.monotonic()
    thread.join(60)
    assert "error" not in outcome, outcome.get("error")
    assert edited_at >= outcome["finished_at"]

    _, [serial] = analysts(1)  # the same, one after the other: import, then the edit
    import_workbooks(serial, [before], trust_new_keys=True)
    import_workbooks(serial, [after], trust_new_keys=True)
    edit_record(serial, "activity", record, {"title": "Survey at headquarters"})
    assert dump_json(editor) == dump_json(serial)
    [shown] = [r for r in list_records(editor, "activity") if r.id == record]
    assert shown.values["title"] == "Survey at headquarters" and shown.values["status"] == "ongoing"
    assert check_database(editor).clean


def test_a_reader_is_not_blocked_by_an_import(office_file, analysts, tmp_path: Path):
    field = office_file("field")
    for n in range(20):
        add_record(field, "activity", {"title": f"Visit {n}", "status": "planned"})
    path = export(field, tmp_path / "visits.xlsx")
    _, [importer, reader] = analysts(2)
    add_record(reader, "activity", {"title": "Already here", "status": "planned"})
    held = HeldWrite(hold_s=3.0)
    thread, outcome = run_in_thread(lambda: import_workbooks(importer, [path], progress=held, trust_new_keys=True))
    assert held.inside.wait(30)
    titles = [r.values["title"] for r in list_records(reader, "activity")]
    read_at = time.monotonic()
    thread.join(60)
    assert "error" not in outcome, outcome.get("error")
    assert read_at < outcome["finished_at"]  # answered while the import held its transaction open
    assert titles == ["Already here"]  # and saw none of the import's rows before it committed
    assert len(list_records(reader, "activity")) == 21


@pytest.fixture
def reader_address(postgres, analysts):
    """A headquarters database with a record, and the address of a role that may only read it."""
    address, [owner] = analysts(1)
    add_record(owner, "activity", {"title": "Border survey", "status": "planned"})
    database = address.rsplit("/", 1)[1]
    role = f"{database}_reader"
    postgres.execute(f"DROP ROLE IF EXISTS {role}")
    postgres.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'reads'")
    with owner.reading() as session:
        for sql in (f"GRANT CONNECT ON DATABASE {database} TO {role}", f"GRANT USAGE ON SCHEMA public TO {role}",
                    f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"):
            session.connection().exec_driver_sql(sql)
        session.commit()
    yield postgres.address_of(database, user=role, password="reads")
    postgres.drop(address)
    postgres.execute(f"DROP ROLE IF EXISTS {role}")


def test_a_read_only_role_reports_but_every_change_is_refused_plainly(reader_address, office_file, tmp_path, capsys):
    from mouliaison.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", reader_address, *args])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("list", "activity")
    assert code == 0 and "Border survey" in out
    assert run("dump")[0] == 0
    assert run("check")[0] == 0
    report = tmp_path / "year.xlsx"
    code, _, err = run("report", "--from", "2026-01-01", "--to", "2026-12-31", str(report))
    assert code == 0 and report.exists(), err

    field = office_file("field")
    add_record(field, "activity", {"title": "Port training", "status": "ongoing"})
    workbook = export(field, tmp_path / "field.xlsx")
    for args in (("add", "activity", "title=Not allowed"), ("import", str(workbook)),
                 ("init", "--office", "HQ", "--party", "IOM")):
        code, out, err = run(*args)
        assert code == 1, (args, out, err)
        assert "may read this database but not change it" in err and "Traceback" not in err, (args, err)
    code, out, _ = run("list", "activity")
    assert "Not allowed" not in out and "Port training" not in out


def an_office_with_everything(office_file, tmp_path: Path) -> Path:
    """An office's file holding versions, a conflict, imported files, a receipt and consents."""
    here, there = office_file("here"), office_file("there")
    contact = add_record(here, "contact", {"full_name": "Zanele Okonkwo", "party": "IOM", "email": "z@example.org"})
    add_record(here, "consent_record", {"contact": contact, "recipient": "third-party:UNHCR",
                                        "given_on": "2026-01-05", "method": "signed-form", "evidence": "form 12"})
    activity = add_record(here, "activity", {"title": "Census", "status": "planned", "participants": [contact],
                                             "countries": ["KEN", "UGA"]})
    import_workbooks(there, [export(here, tmp_path / "to-there.xlsx")], trust_new_keys=True)
    edit_record(here, "activity", activity, {"title": "Census, here"})
    edit_record(there, "activity", activity, {"title": "Census, there"})
    import_workbooks(here, [export(there, tmp_path / "to-here.xlsx")], trust_new_keys=True)  # the titles conflict
    path = here.path
    here.close()
    return path


def test_copy_db_moves_an_office_to_the_server_and_back_with_everything(office_file, server_databases, tmp_path,
                                                                       capsys):
    from mouliaison.cli import main

    source = an_office_with_everything(office_file, tmp_path)
    server = server_databases.address_of(server_databases.empty_database())  # empty, as an administrator makes one
    back = tmp_path / "back.sqlite3"

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    def held(address: str) -> tuple[str, str, list]:
        with open_database(location_of(address)) as db, db.reading() as session:
            counts = [session.connection().exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                      for t in ("versions", "conflicts", "imported_files", "export_receipts", "consent_record")]
        return dump_json_of(address), run("--db", address, "receipts", "--json")[1], counts

    before = held(str(source))
    assert '"conflicts": []' not in before[0] and before[2][2:] == [1, 1, 1]  # a conflict, a file, a receipt
    code, _out, err = run("copy-db", str(source), server)
    assert code == 0, err
    assert held(server) == before
    code, _out, err = run("copy-db", server, str(back))
    assert code == 0, err
    assert held(str(back)) == before

    code, _, err = run("copy-db", str(source), server)  # the destination is no longer empty
    assert code == 1 and "already holds tables" in err and "Traceback" not in err
    code, _, err = run("copy-db", str(source), str(back))
    assert code == 1 and "already exists" in err


def dump_json_of(address: str) -> str:
    with open_database(location_of(address)) as db:
        return dump_json(db)


def test_analysts_of_one_server_database_sign_with_its_one_key_shared_on_purpose(server_databases, run_at,
                                                                                 monkeypatch, tmp_path):
    """A server database's private key is in the analyst's data folder (store.keys): the first to need
    it makes it; another analyst's computer is refused plainly until a copy is installed there, and
    never makes a second key of the office's own; after a rotation the old copies are refused."""
    address = server_databases.fresh()
    computers = {name: tmp_path / name for name in ("amina", "bruno")}

    def at(computer: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv(KEYS_DIR_VARIABLE, str(computers[computer]))
        return run_at(address, *args)

    code, out, err = at("amina", "init", "--office", "Brussels HQ", "--party", "WCO", "--level", "headquarters")
    assert code == 0 and str(computers["amina"]) in out, err
    [kept] = computers["amina"].iterdir()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert at("amina", "add", "activity", "title=Border survey")[0] == 0

    refused = tmp_path / "by-bruno.xlsx"
    code, out, err = at("bruno", "export", str(refused))
    assert code == 1 and "signing key is not on this computer" in err and "keys install FILE" in err, err
    assert "Traceback" not in err and not refused.exists() and not computers["bruno"].exists()
    code, out, err = at("bruno", "init", "--office", "Brussels HQ", "--party", "WCO", "--level", "headquarters")
    assert code == 0 and "Brussels HQ" in out and "signing key is not on this computer" in err, err
    assert not computers["bruno"].exists()  # no second key of the office's own
    key_copy = tmp_path / "hq.signing-key"
    assert at("amina", "keys", "export-private", str(key_copy))[0] == 0
    code, out, err = at("bruno", "keys", "install", str(key_copy))
    assert code == 0, err
    by_bruno, by_amina = tmp_path / "by-bruno.xlsx", tmp_path / "by-amina.xlsx"
    assert at("bruno", "export", str(by_bruno))[0] == 0 and at("amina", "export", str(by_amina))[0] == 0
    assert fingerprint_of(by_bruno) == fingerprint_of(by_amina)  # one office, one key

    code, out, err = at("amina", "keys", "rotate")
    assert code == 0, err
    code, out, err = at("bruno", "export", str(tmp_path / "stale.xlsx"))
    assert code == 1 and "older signing key" in err and not (tmp_path / "stale.xlsx").exists(), err
    assert at("amina", "export", str(tmp_path / "rotated.xlsx"))[0] == 0
    assert fingerprint_of(tmp_path / "rotated.xlsx") != fingerprint_of(by_amina)


def fingerprint_of(workbook: Path) -> str:
    import openpyxl

    from mouliaison.sync import workbook_format as fmt

    book = openpyxl.load_workbook(workbook)
    return {row[0].value: row[1].value for row in book[fmt.META_SHEET].iter_rows()}[fmt.FINGERPRINT_ROW]



def test_analysts_reaching_the_server_by_different_names_are_one_site(analysts):
    """"localhost" for one analyst, 127.0.0.1 for another: the same database, so the same site
    (and the same signing key's place); opening it by either name never gives it a new site id."""
    address, (first,) = analysts(1)
    site = first.installation().site_id
    by_ip = address.replace("@localhost", "@127.0.0.1")
    assert by_ip != address
    _, (second,) = analysts(1, by_ip)
    assert second.installation().site_id == site
    _, (third,) = analysts(1, address)
    assert third.installation().site_id == first.installation().site_id == site
