"""A database that fails SQLite's quick check opens for reading only: `add` and `import` are
refused with a message that says how to restore it. Before, both went on writing into it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mouliaison.cli import main
from mouliaison.services import records
from mouliaison.services.database import DatabaseUnavailable, open_database


def _damage(path: Path) -> None:
    """Scribble over the middle of the file's b-tree pages, as a failing disk does."""
    data = bytearray(path.read_bytes())
    page = 4096
    for number in range(len(data) // page // 3, len(data) // page // 3 + 3):
        start = number * page + 8  # keep the page header's first bytes, damage its cells
        data[start:start + 600] = bytes(range(256)) * 2 + bytes(88)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(db_path: Path) -> Path:
    with open_database(db_path) as db:
        for n in range(200):  # most pages hold records (the tables of keys and history heads are empty)
            records.add_record(db, "activity", {"title": f"Joint patrol {n}", "status": "planned"})
    for leftover in db_path.parent.glob(db_path.name + "-*"):
        leftover.unlink()  # the WAL was checkpointed at close
    _damage(db_path)
    return db_path


def test_writes_into_a_damaged_database_are_refused_with_how_to_restore(
        damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = damaged.read_bytes()
    code = main(["--db", str(damaged), "add", "activity", "title=Another", "status=planned"])
    err = capsys.readouterr().err
    assert code == 1
    assert "is damaged" in err and "restore a copy" in err
    assert damaged.read_bytes() == before


def test_a_damaged_database_names_its_automatic_backup(damaged: Path) -> None:
    backup = damaged.with_name(damaged.name + ".schema-0004.20261101T000000.bak")
    shutil.copyfile(damaged, backup)
    with open_database(damaged) as db:
        assert db.damaged and str(backup) in db.damaged
        with pytest.raises(DatabaseUnavailable):
            records.add_record(db, "activity", {"title": "x", "status": "planned"})


def test_a_sound_database_is_not_reported_damaged(db_path: Path) -> None:
    with open_database(db_path) as db:
        assert db.damaged is None
