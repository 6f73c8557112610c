"""kill -9 during a large import (RELIABILITY.md): the import is one transaction, so after the kill
the database opens, passes SQLite's integrity check, and holds all of the file or none of it.

A workbook of 3,000+ activities is exported from a database filled through the services; a child
process imports it and is killed with SIGKILL at spread-out moments of the import (measured first
on a run that is let finish). Finally the same file imports cleanly into the killed database.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from mouliaison.services import exchange, records
from mouliaison.services.check import check_database
from mouliaison.services.database import open_database
from mouliaison.services.dump import dump_json

ACTIVITIES = 3_000
RUNS = 8

CHILD = """
import sys
from pathlib import Path
from mouliaison.services.database import open_database
from mouliaison.services import exchange
db = open_database(Path(sys.argv[1]))
print("ready", flush=True)
result = exchange.import_workbooks(db, [Path(sys.argv[2])], trust_new_keys=True)
print("done", result.totals["inserted"], flush=True)
"""


def fill_source(make_db, tmp_path: Path) -> Path:
    """3,000 activities from a partner's plain workbook (the import service), and some typed in, edited
    and deleted here (the records service); exported as one liaison workbook."""
    source = make_db("source")
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("Joint activities")
    ws.append(["Title", "Start", "Countries", "Places", "Description"])
    for i in range(ACTIVITIES):
        ws.append([f"Activity {i}", dt.date(2026, 1, 1) + dt.timedelta(days=i % 300), "KEN, UGA", f"Place {i}",
                   f"Description of activity {i}. " * 8])
    partner = tmp_path / "partner.xlsx"
    book.save(partner)
    assert exchange.import_workbooks(source, [partner], trust_new_keys=True).totals["inserted"] == ACTIVITIES
    typed = [records.add_record(source, "activity", {"title": f"Typed {i}", "status": "ongoing"}) for i in range(12)]
    for record_id in typed[:6]:
        records.edit_record(source, "activity", record_id, {"status": "completed", "places": "Busia"})
    for record_id in typed[6:9]:
        records.delete_record(source, "activity", record_id)
    records.add_record(source, "contact", {"full_name": "Amina Yusuf", "phone": "0722 000 111"})
    path = tmp_path / "large.xlsx"
    exchange.export_workbook(source, path)
    return path


def start_child(target: Path, workbook: Path) -> tuple[subprocess.Popen, float]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(target), str(workbook)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", (line, child.stderr.read() if child.stderr else "")
    return child, time.monotonic()


def after_kill(target: Path) -> tuple[int, ...]:
    """SQLite's checks pass, the database opens; what of the import it holds, counted."""
    connection = sqlite3.connect(target)  # recovers the write-ahead log the killed process left
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = tuple(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                       for table in ("versions", "imported_files", "activity", "contact", "sites", "conflicts"))
    finally:
        connection.close()
    open_database(target).close()
    return counts


def dump_json_of(target: Path) -> str:
    db = open_database(target)
    try:
        return dump_json(db)
    finally:
        db.close()


def contents(target: Path) -> str:
    """The whole state, checked by the app as well."""
    db = open_database(target)
    try:
        assert check_database(db).clean
        return dump_json(db)
    finally:
        db.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_at_random_moments_leaves_all_or_none_of_the_import(make_db, template_db: Path, tmp_path: Path):
    started = time.monotonic()
    workbook = fill_source(make_db, tmp_path)

    none_path = tmp_path / "none.sqlite3"
    shutil.copyfile(template_db, none_path)
    none = after_kill(none_path)

    # runs let finish: what "all" is, and how long the import takes (the quickest of three, so
    # that on a busy machine the kills still fall inside the import, not after it)
    durations = []
    for attempt in range(3):
        all_path = tmp_path / f"all-{attempt}.sqlite3"
        shutil.copyfile(template_db, all_path)
        child, ready = start_child(all_path, workbook)
        out, err = child.communicate(timeout=120)
        durations.append(time.monotonic() - ready)
        assert child.returncode == 0 and out.split() == ["done", str(ACTIVITIES + 12 + 1)], err
    duration = min(durations)
    everything = after_kill(all_path)
    assert everything[0] > none[0] and everything[1] == none[1] + 1 and everything[2] == ACTIVITIES + 12

    rng = random.Random(20260511)
    delays = [duration * (i + rng.random()) / RUNS for i in range(RUNS)]  # one in each eighth of the import
    target = tmp_path / "target.sqlite3"
    shutil.copyfile(template_db, target)
    outcomes = []
    for delay in delays:
        child, ready = start_child(target, workbook)
        time.sleep(max(0.0, ready + delay - time.monotonic()))
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=60)
        found = after_kill(target)
        assert found in (none, everything), f"after a kill at {delay:.2f} s: part of the import is present"
        outcomes.append("none" if found == none else "all")
        if found == everything:  # the kill came after the commit: start again from an empty database
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(template_db, target)
    assert outcomes.count("none") >= RUNS // 2, (outcomes, delays, duration)

    db = open_database(target)
    try:
        result = exchange.import_workbooks(db, [workbook], trust_new_keys=True)
        assert not result.refused and result.totals["inserted"] == ACTIVITIES + 12 + 1
        assert not result.files[0].already_imported
    finally:
        db.close()
    assert contents(target) == dump_json_of(all_path)
    elapsed = time.monotonic() - started
    print(f"import {duration:.2f} s; kills at {', '.join(f'{d:.2f}' for d in delays)} s: {outcomes}; "
          f"whole test {elapsed:.1f} s")  # a figure to read, not a bound: timing belongs to benchmarks
