"""Long imports report progress, and a cancel part-way writes nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from mouliaison.services.dump import dump_json
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.sync.progress import Cancelled


@pytest.fixture
def big_file(make_db, tmp_path: Path) -> Path:
    source = make_db("source")
    with source.writing() as change:
        for n in range(2500):
            change.writer.create("activity", {"title": f"Activity {n}", "status": "planned"})
    path = tmp_path / "big.xlsx"
    export_workbook(source, path)
    return path


def test_progress_is_reported_while_reading_planning_and_writing(make_db, big_file: Path):
    seen: list[tuple[str, int, int | None]] = []
    import_workbooks(make_db("target"), [big_file], progress=lambda *step: seen.append(step), trust_new_keys=True)
    phases = {what.split(" ")[0] for what, _done, _total in seen}
    assert {"reading", "planning", "writing"} <= phases
    planning = [done for what, done, _total in seen if what.startswith("planning")]
    assert planning == sorted(planning) and len(planning) >= 2


@pytest.mark.parametrize("phase", ["reading", "planning", "writing"])
def test_a_cancel_writes_nothing(make_db, big_file: Path, phase: str):
    target = make_db(f"target-{phase}")
    before = dump_json(target)

    def cancel_when(what: str, done: int, _total: int | None) -> None:
        if what.startswith(phase) and (done > 0 or phase == "writing"):
            raise Cancelled

    with pytest.raises(Cancelled):
        import_workbooks(target, [big_file], progress=cancel_when, trust_new_keys=True)
    assert dump_json(target) == before
    result = import_workbooks(target, [big_file], trust_new_keys=True)  # and the file then imports cleanly
    assert result.totals["inserted"] == 2500 and not result.files[0].already_imported
