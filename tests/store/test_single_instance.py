"""One running copy per database: a second one is refused with a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mouliaison.services import records
from mouliaison.services.database import open_database
from mouliaison.store.lock import DatabaseInUse


def test_second_opening_in_the_same_process_is_refused(db, db_path: Path):
    with pytest.raises(DatabaseInUse, match="already open"):
        open_database(db_path)


def test_second_program_is_refused_while_the_first_runs(db, db_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "mouliaison", "--db", str(db_path), "add", "activity", "title=Second copy"],
        capture_output=True, text=True, env={**os.environ}, timeout=60,
    )
    assert result.returncode == 1
    assert "already open in another mouliaison" in result.stderr
    assert records.list_records(db, "activity") == []


def test_lock_is_released_on_close_and_after_a_crash(db_path: Path):
    open_database(db_path).close()
    with open_database(db_path):
        pass
    # a process killed while holding the lock does not keep the database locked
    code = (
        "import os, sys; from pathlib import Path; from mouliaison.services.database import open_database; "
        f"db = open_database(Path({str(db_path)!r})); print('open', flush=True); os._exit(9)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "open" in result.stdout
    with open_database(db_path):
        pass
