"""Each import use case runs with Python's cycle collector off and turns it on again when it
returns, or fails (services/exchange.py, `_without_cycle_collection`): real plain workbooks
read, planned and written into a real database file."""

from __future__ import annotations

import gc
from pathlib import Path

import openpyxl
import pytest

from mouliaison.services import exchange
from mouliaison.services.progress import Cancelled
from mouliaison.sync import reader
from tests.services.test_prepared_import import plain_sheet


def other_tracker(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Joint activities"
    book.active.append(["Title", "Status"])
    for title in ("Port visit", "Data exchange workshop"):
        book.active.append([title, "planned"])
    book.save(path)
    return path


class CollectorSeen:
    """Whether the collector was on at each file read and each progress report, by use case."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = ""
        self.on: dict[str, list[bool]] = {}
        monkeypatch.setattr(exchange, "read_workbook", self.read)

    def read(self, *args, **kwargs):
        self.note()
        return reader.read_workbook(*args, **kwargs)

    def progress(self, what: str, _done: int, _total: int | None) -> None:
        self.note()
        if what == "writing" and self.now == "cancelled":
            raise Cancelled

    def note(self) -> None:
        self.on.setdefault(self.now, []).append(gc.isenabled())


def test_every_import_use_case_runs_with_the_collector_off_and_leaves_it_on(db, tmp_path: Path, monkeypatch) -> None:
    tracker = plain_sheet(tmp_path / "tracker.xlsx", 3)
    second = other_tracker(tmp_path / "second.xlsx")
    seen = CollectorSeen(monkeypatch)
    assert gc.isenabled()
    seen.now = "propose"
    proposed = exchange.propose_mappings([tracker], progress=seen.progress)
    assert gc.isenabled()
    seen.now = "prepare"
    prepared = exchange.prepare_import(db, [tracker], progress=seen.progress)
    assert gc.isenabled()
    seen.now = "replan"
    prepared = exchange.replan_file(db, prepared, tracker, proposed.mapping_file(), seen.progress)
    assert gc.isenabled()
    seen.now = "apply"
    applied = exchange.apply_import(db, prepared, progress=seen.progress)
    assert gc.isenabled()
    seen.now = "import"
    imported = exchange.import_workbooks(db, [second], progress=seen.progress)
    assert gc.isenabled()
    assert applied.totals["inserted"] == 3 and imported.totals["inserted"] == 2
    assert {name: any(on) for name, on in seen.on.items()} == dict.fromkeys(
        ("propose", "prepare", "replan", "apply", "import"), False)  # each seen, never with the collector on


def test_a_cancelled_import_leaves_the_collector_on(db, tmp_path: Path, monkeypatch) -> None:
    seen = CollectorSeen(monkeypatch)
    seen.now = "cancelled"
    with pytest.raises(Cancelled):
        exchange.import_workbooks(db, [plain_sheet(tmp_path / "tracker.xlsx", 3)], progress=seen.progress)
    assert gc.isenabled()
    assert seen.on["cancelled"] and not any(seen.on["cancelled"])
