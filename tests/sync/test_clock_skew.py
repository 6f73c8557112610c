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


def test_a_clock_five_days_fast_is_held_listed_and_taken_once_the_clocks_agree(template_db: Path, tmp_path: Path):
    """Issue 16 #5: before, such versions were taken and won every later comparison."""
    fast = office_with_clock(template_db, tmp_path, "fast", 5 * DAY_MS)
    here = office_with_clock(template_db, tmp_path, "here", 0)
    try:
        set_office(fast, "Kampala", "WCO")
        record = records.add_record(fast, "activity", {"title": "From the future"})
        path = tmp_path / "fast.xlsx"
        export_workbook(fast, path)
        before = dump_json(here)
        result = import_workbooks(here, [path], trust_new_keys=True)
        held = result.files[0].withheld
        assert [w.why for w in held] == ["clock-ahead"] and held[0].office == "Kampala" and held[0].versions == 2
        assert "5.0 days ahead of this office's clock" in held[0].message
        assert "held, not taken" in held[0].message and "again once the clocks agree" in held[0].message
        assert dump_json(here) == before  # nothing of it written
        assert clock.wall_ms(here.installation().clock) <= int(time.time() * 1000) + DAY_MS + 60_000
    finally:
        here.close()
    # six days later, here: the same file is planned again (not "already imported") and taken
    later = open_database(tmp_path / "here.sqlite3", wall=lambda: int(time.time() * 1000) + 6 * DAY_MS)
    try:
        result = import_workbooks(later, [path])
        assert result.files[0].withheld == [] and result.totals["inserted"] == 2
        assert records.show_record(later, "activity", record).values["title"] == "From the future"
    finally:
        later.close()
        fast.close()


def test_a_version_forged_far_into_the_future_never_wins(template_db: Path, tmp_path: Path):
    """The issue's report: a stamp decoding to a year past 10^17 was taken and shown."""
    from tests.sync.test_hostile_files import _forge_versions

    office = office_with_clock(template_db, tmp_path, "office", 0)
    here = office_with_clock(template_db, tmp_path, "here", 0)
    try:
        record = records.add_record(office, "activity", {"title": "Honest"})
        path = export_workbook(office, tmp_path / "honest.xlsx").report.path
        import_workbooks(here, [path], trust_new_keys=True)
        records.edit_record(office, "activity", record, {"title": "From year 10^17"})
        export_workbook(office, tmp_path / "edited.xlsx")
        far = str(clock.pack(10**17 * 365 * DAY_MS % (1 << 47), 0))

        def change(cells: list[str]) -> list[str] | None:
            return [*cells[:3], far, *cells[4:]] if "10^17" in "".join(cells) else None

        forged = _forge_versions(tmp_path / "edited.xlsx", tmp_path / "forged.xlsx", change, signer=office)
        result = import_workbooks(here, [forged])
        assert [w.why for w in result.files[0].withheld] == ["clock-ahead"]
        assert "more than ten years ahead" in result.files[0].withheld[0].message
        assert records.show_record(here, "activity", record).values["title"] == "Honest"
    finally:
        office.close()
        here.close()


def test_a_clock_slightly_ahead_is_followed_without_a_warning(template_db: Path, tmp_path: Path):
    ahead = office_with_clock(template_db, tmp_path, "ahead", 2 * 3600 * 1000)
    here = office_with_clock(template_db, tmp_path, "here", 0)
    try:
        records.add_record(ahead, "activity", {"title": "Two hours ahead"})
        path = tmp_path / "ahead.xlsx"
        export_workbook(ahead, path)
        result = import_workbooks(here, [path], trust_new_keys=True)
        assert not any("fast" in n for n in result.files[0].notes)
        assert clock.wall_ms(here.installation().clock) >= int(time.time() * 1000) + 3600 * 1000
    finally:
        ahead.close()
        here.close()


def test_skewed_offices_still_converge(template_db: Path, tmp_path: Path):
    """Within the bound (20 hours apart): their versions are taken, and the order is the clocks'."""
    fast = office_with_clock(template_db, tmp_path, "fast", 10 * 3600 * 1000)
    slow = office_with_clock(template_db, tmp_path, "slow", -10 * 3600 * 1000)
    try:
        record = records.add_record(fast, "activity", {"title": "Shared"},
                                    record_id="0190a000-0000-7000-8000-0000000000c1")
        export_workbook(fast, tmp_path / "f1.xlsx")
        import_workbooks(slow, [tmp_path / "f1.xlsx"], trust_new_keys=True)
        records.edit_record(slow, "activity", record, {"status": "ongoing"})
        records.edit_record(fast, "activity", record, {"status": "cancelled"})
        export_workbook(fast, tmp_path / "f2.xlsx")
        export_workbook(slow, tmp_path / "s2.xlsx")
        import_workbooks(slow, [tmp_path / "f2.xlsx"], trust_new_keys=True)
        import_workbooks(fast, [tmp_path / "s2.xlsx"], trust_new_keys=True)
        assert dump_json(fast) == dump_json(slow)
        assert '"field": "status"' in dump_json(fast)  # a concurrent edit stays a conflict, whatever the clocks
    finally:
        fast.close()
        slow.close()
