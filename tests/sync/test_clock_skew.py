"""Clock skew (SYNC.md, HLC): a far-ahead device clock is flagged, bounded, and changes no order."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from mouliaison.domain import clock
from mouliaison.services import records
from mouliaison.services.database import open_database
from mouliaison.services.dump import dump_json
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.office import set_office

DAY_MS = 24 * 3600 * 1000


def office_with_clock(template: Path, tmp_path: Path, name: str, offset_ms: int):
    path = tmp_path / f"{name}.sqlite3"
    shutil.copyfile(template, path)
    return open_database(path, wall=lambda: int(time.time() * 1000) + offset_ms)


def test_a_clock_five_days_fast_is_reported_and_does_not_drag_ours(template_db: Path, tmp_path: Path):
    fast = office_with_clock(template_db, tmp_path, "fast", 5 * DAY_MS)
    here = office_with_clock(template_db, tmp_path, "here", 0)
    try:
        set_office(fast, "Kampala", "WCO")
        record = records.add_record(fast, "activity", {"title": "From the future"})
        path = tmp_path / "fast.xlsx"
        export_workbook(fast, path)
        # the export's own wall time is fast too, so the importer's clock is the bound
        result = import_workbooks(here, [path])
        notes = " ".join(result.files[0].notes)
        assert "Kampala's clock seems" in notes and "days fast" in notes
        assert "5." in notes or "4." in notes  # about five days
        now = int(time.time() * 1000)
        stamp = here.installation().clock
        assert clock.wall_ms(stamp) <= now + DAY_MS + 60_000  # not pushed past the bound
        assert records.show_record(here, "activity", record).values["title"] == "From the future"
        # a later local edit still orders after everything this office issued before
        records.edit_record(here, "activity", record, {"title": "Edited here"})
        assert here.installation().clock > stamp
    finally:
        fast.close()
        here.close()


def test_a_clock_slightly_ahead_is_followed_without_a_warning(template_db: Path, tmp_path: Path):
    ahead = office_with_clock(template_db, tmp_path, "ahead", 2 * 3600 * 1000)
    here = office_with_clock(template_db, tmp_path, "here", 0)
    try:
        records.add_record(ahead, "activity", {"title": "Two hours ahead"})
        path = tmp_path / "ahead.xlsx"
        export_workbook(ahead, path)
        result = import_workbooks(here, [path])
        assert not any("fast" in n for n in result.files[0].notes)
        assert clock.wall_ms(here.installation().clock) >= int(time.time() * 1000) + 3600 * 1000
    finally:
        ahead.close()
        here.close()


def test_skewed_offices_still_converge(template_db: Path, tmp_path: Path):
    fast = office_with_clock(template_db, tmp_path, "fast", 3 * DAY_MS)
    slow = office_with_clock(template_db, tmp_path, "slow", -3 * DAY_MS)
    try:
        record = records.add_record(fast, "activity", {"title": "Shared"},
                                    record_id="0190a000-0000-7000-8000-0000000000c1")
        export_workbook(fast, tmp_path / "f1.xlsx")
        import_workbooks(slow, [tmp_path / "f1.xlsx"])
        records.edit_record(slow, "activity", record, {"status": "ongoing"})
        records.edit_record(fast, "activity", record, {"status": "cancelled"})
        export_workbook(fast, tmp_path / "f2.xlsx")
        export_workbook(slow, tmp_path / "s2.xlsx")
        import_workbooks(slow, [tmp_path / "f2.xlsx"])
        import_workbooks(fast, [tmp_path / "s2.xlsx"])
        assert dump_json(fast) == dump_json(slow)
        assert '"field": "status"' in dump_json(fast)  # a concurrent edit stays a conflict, whatever the clocks
    finally:
        fast.close()
        slow.close()
