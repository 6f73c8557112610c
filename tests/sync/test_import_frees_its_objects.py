"""An import's rows, versions and plan are freed as soon as it returns, by reference counts alone.

The import runs with Python's cycle collector off (services/exchange.py): an object of the plan
caught in a reference cycle would keep the whole plan (100,000 rows, their versions) alive until
the collector's next pass, which then walks every one of them (0.7 s at 100,000 rows)."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

from mouliaison.services import exchange
from mouliaison.services.database import Database
from mouliaison.sync.hand_edits import RowsOutcome
from mouliaison.sync.plan import ImportPlan
from mouliaison.sync.reader import IncomingWorkbook
from tests.sync.test_plain_row_identity import MARCH, tracker

PLANNING = (ImportPlan, RowsOutcome, IncomingWorkbook)


def test_a_plain_import_leaves_nothing_for_the_cycle_collector(db: Database, tmp_path: Path) -> None:
    sheet = tracker(tmp_path / "tracker.xlsx", MARCH, dt.datetime(2026, 3, 31, 17))
    gc.collect()
    # another test's window may still hold its own plan: only what this import makes counts
    alive = {id(o) for o in gc.get_objects() if isinstance(o, PLANNING)}
    was_enabled = gc.isenabled()
    gc.disable()  # as during the import: only reference counts free anything until it is on again
    try:
        result = exchange.import_workbooks(db, [sheet])
        left = [type(o).__name__ for o in gc.get_objects() if isinstance(o, PLANNING) and id(o) not in alive]
    finally:
        if was_enabled:
            gc.enable()
    assert result.applied and result.totals["inserted"] == len(MARCH)
    assert left == []
