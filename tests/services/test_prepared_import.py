"""A prepared import (File ▸ Import's preview): each file read once, the plan kept and applied,
or planned again when the database changed meanwhile; a file of which nothing is read refuses all."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mouliaison.services import exchange
from mouliaison.services.dump import dump_json
from mouliaison.services.office import set_office
from mouliaison.services.records import add_record, list_records
from mouliaison.sync import reader


def plain_sheet(path: Path, rows: int, *, title: str = "Joint activities", header=("Title", "Status")) -> Path:
    """A coordinator's own tracker: one sheet, a header row, `rows` activities."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(list(header))
    for n in range(rows):
        sheet.append([f"Tracked activity {n}", "planned"])
    book.save(path)
    return path


@pytest.fixture
def nairobi_file(make_db, tmp_path: Path) -> Path:
    source = make_db("nairobi")
    set_office(source, "Nairobi", "IOM")
    for title in ("Border risk assessment", "Joint SOP workshop"):
        add_record(source, "activity", {"title": title, "status": "planned"})
    path = tmp_path / "nairobi.xlsx"
    exchange.export_workbook(source, path)
    return path


def installation_clock(db) -> int:
    return db.installation().clock


def test_preview_then_apply_reads_each_file_once_and_writes_what_was_previewed(
        db, make_db, nairobi_file: Path, tmp_path: Path, reads: list[Path]) -> None:
    plain = plain_sheet(tmp_path / "tracker.xlsx", 3)
    before = dump_json(db)
    prepared = exchange.prepare_import(db, [nairobi_file, plain], trust_new_keys=True)
    assert dump_json(db) == before  # the preview writes nothing
    assert prepared.preview.totals["inserted"] == 6 and not prepared.preview.applied
    result = exchange.apply_import(db, prepared)
    assert reads == [nairobi_file, plain]  # once each, for the preview and the import together
    assert result.applied and not result.replanned
    assert result.totals == prepared.preview.totals
    assert len(list_records(db, "activity")) == 5

    # the very same as importing in one go, into another office's copy of the same database
    other = make_db("other")
    exchange.import_workbooks(other, [nairobi_file, plain], trust_new_keys=True)
    assert dump_json(other) == dump_json(db)


def test_applying_a_kept_plan_advances_the_clock_as_planning_did(db, nairobi_file: Path) -> None:
    exported = int(reader.read_workbook(nairobi_file).meta["export_stamp"])
    prepared = exchange.prepare_import(db, [nairobi_file], trust_new_keys=True)
    assert installation_clock(db) < exported  # the dry run's clock moves were rolled back
    assert exported in prepared.received
    exchange.apply_import(db, prepared)
    assert installation_clock(db) >= exported


def test_a_database_changed_after_the_preview_is_planned_again_without_reading_again(
        db, nairobi_file: Path, tmp_path: Path, reads: list[Path]) -> None:
    plain = plain_sheet(tmp_path / "tracker.xlsx", 2)
    prepared = exchange.prepare_import(db, [nairobi_file, plain], trust_new_keys=True)
    add_record(db, "activity", {"title": "Typed while the preview was open", "status": "planned"})
    result = exchange.apply_import(db, prepared)
    assert result.replanned and result.applied
    assert result.to_json()["replanned"] is True
    assert reads == [nairobi_file, plain]
    titles = sorted(r.values["title"] for r in list_records(db, "activity"))
    assert titles == ["Border risk assessment", "Joint SOP workshop", "Tracked activity 0", "Tracked activity 1",
                      "Typed while the preview was open"]


def test_another_import_between_preview_and_apply_is_planned_again(db, nairobi_file: Path) -> None:
    prepared = exchange.prepare_import(db, [nairobi_file], trust_new_keys=True)
    first = exchange.import_workbooks(db, [nairobi_file], trust_new_keys=True)
    assert first.totals["inserted"] == 3
    result = exchange.apply_import(db, prepared)
    assert result.replanned
    assert result.files[0].already_imported and result.totals["inserted"] == 0
    assert len(list_records(db, "activity")) == 2


def test_a_file_whose_every_row_is_quarantined_refuses_the_whole_import(
        db, nairobi_file: Path, tmp_path: Path) -> None:
    merged = plain_sheet(tmp_path / "merged.xlsx", 2)
    book = openpyxl.load_workbook(merged)
    book.active.merge_cells("B2:B3")  # merged cells quarantine every row they touch
    book.save(merged)
    before = dump_json(db)
    result = exchange.import_workbooks(db, [nairobi_file, merged], trust_new_keys=True)
    assert not result.applied
    assert [Path(f).name for f, _why in result.unread] == ["merged.xlsx"]
    assert "nothing could be read from it (2 rows quarantined" in result.unread[0][1]
    assert "--show-mapping" in result.unread[0][1]
    assert dump_json(db) == before

    prepared = exchange.prepare_import(db, [nairobi_file, merged], trust_new_keys=True)
    assert prepared.preview.unread
    with pytest.raises(ValueError, match="refused at its preview"):
        exchange.apply_import(db, prepared)
    assert dump_json(db) == before


def test_a_sheet_that_matches_no_record_type_is_nothing_read(db, tmp_path: Path) -> None:
    odd = plain_sheet(tmp_path / "odd.xlsx", 2, title="Budget", header=("Cost centre", "Amount"))
    result = exchange.import_workbooks(db, [odd], trust_new_keys=True)
    assert not result.applied and result.unread
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    assert exchange.import_workbooks(db, [empty], trust_new_keys=True).applied  # no data: nothing lost, nothing to say


def test_a_refused_file_is_refused_at_the_preview(db, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    prepared = exchange.prepare_import(db, [bad], trust_new_keys=True)
    assert prepared.preview.refused and prepared.plan is None
    with pytest.raises(ValueError):
        exchange.apply_import(db, prepared)
