"""A database on read-only media and on a full disk (issue 19 #10): each its own true message,
nothing written, never a traceback. Real faults: a tmpfs mounted read-only or 2 MB small (as root;
skipped with the reason where it cannot be mounted).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from mouliaison.services import exchange, records
from mouliaison.services.database import DatabaseUnavailable, open_database
from mouliaison.services.dump import dump_state


def _mount(folder: Path, size: str) -> None:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'})")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small"
    _mount(folder, "2m")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass


def test_a_database_on_read_only_media_opens_for_reading(small_disk: Path, db_path: Path) -> None:
    """Before: "not a mouliaison database... start a new database" (WAL needs its -shm file beside it)."""
    with open_database(db_path) as db:
        records.add_record(db, "activity", {"title": "Joint patrol", "status": "planned"})
        expected = dump_state(db)
    shutil.copyfile(db_path, small_disk / "office.sqlite3")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with open_database(small_disk / "office.sqlite3") as db:
        assert db.read_only and any("read-only" in w for w in db.warnings)
        assert dump_state(db) == expected
        with pytest.raises(DatabaseUnavailable, match="read-only"):
            records.add_record(db, "activity", {"title": "Another", "status": "planned"})


def test_a_full_disk_says_so_for_opening_add_import_and_export(small_disk: Path, db_path: Path,
                                                               tmp_path: Path) -> None:
    source = tmp_path / "source.xlsx"
    with open_database(db_path) as db:
        for n in range(20):
            records.add_record(db, "activity", {"title": f"Joint patrol {n}", "status": "planned",
                                                "description": "Namanga one-stop border post " * 40})
        exchange.export_workbook(db, source)
    with open_database(db_path) as db:  # export onto the full disk
        _fill(small_disk)
        with pytest.raises(exchange.ExportProblem, match=r"the disk is full \(free 0\.\d MB\); nothing was written"):
            exchange.export_workbook(db, small_disk / "out.xlsx")
        assert not any(p.name.startswith(("out", ".out")) for p in small_disk.iterdir())
    (small_disk / "filler").unlink()

    fresh = small_disk / "office.sqlite3"
    with open_database(fresh) as db:
        before = dump_state(db)
        _fill(small_disk)
        with pytest.raises(DatabaseUnavailable, match=r"is full \(free \d+\.\d MB\)"):
            for n in range(200):  # SQLite may hold a few pages in hand before it needs the disk
                records.add_record(db, "activity", {"title": f"Patrol {n}", "status": "planned",
                                                    "description": "x" * 3000})
        result = None
        try:
            result = exchange.import_workbooks(db, [source], trust_new_keys=True)
        except DatabaseUnavailable as exc:
            assert "is full" in str(exc)
        if result is not None:
            assert result.refused and "full" in result.refused[0][1]
    try:  # opening needs room for SQLite's shared-memory file, unless the last one was left
        open_database(fresh).close()
    except DatabaseUnavailable as exc:
        assert "is full (free" in str(exc) and "not a mouliaison database" not in str(exc)
    (small_disk / "filler").unlink()
    with open_database(fresh) as db:  # space again: the database is sound, with what was committed
        assert dump_state(db) != before or len(records.list_records(db, "activity")) == 0
        assert not db.damaged
