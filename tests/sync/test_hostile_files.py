"""Hostile and odd workbooks from the red-team run of issue 19: each is refused with a message and
nothing written, or imported correctly, in bounded time; never a traceback.
"""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mouliaison.services import exchange, records
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_state
from mouliaison.sync.file_checks import RefusedFile, check_workbook_file
from tests.sync.workbooks import export


@pytest.fixture
def valid_export(db: Database, tmp_path: Path) -> Path:
    for n in range(3):
        records.add_record(db, "activity", {"title": f"Joint patrol {n}", "status": "planned"})
    return export(db, tmp_path / "valid.xlsx")


# --- issue 19 #5: bytes appended after a valid export -------------------------------------------

@pytest.mark.parametrize("tail", [b"garbage", b"\0" * 5000, b"PK\x05\x06 not an end record"])
def test_bytes_appended_after_a_valid_export_are_refused(
        valid_export: Path, make_db, tmp_path: Path, tail: bytes) -> None:
    """zipfile reads such a file; before, the import took it although the file check said it refused it."""
    damaged = tmp_path / "appended.xlsx"
    damaged.write_bytes(valid_export.read_bytes() + tail)
    with pytest.raises(RefusedFile) as refused:
        check_workbook_file(damaged)
    assert refused.value.kind == "corrupt"
    assert "follow the end" in str(refused.value) or "comment" in str(refused.value)
    office = make_db("busia")
    before = dump_state(office)
    result = exchange.import_workbooks(office, [damaged])
    assert result.refused and "damaged" in result.refused[0][1]
    assert dump_state(office) == before


def test_an_archive_comment_of_the_declared_length_still_passes(valid_export: Path, tmp_path: Path) -> None:
    commented = tmp_path / "commented.xlsx"
    with zipfile.ZipFile(valid_export) as source, zipfile.ZipFile(commented, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        target.comment = b"saved by a careful program"
    check_workbook_file(commented)


# --- issue 19 #9: one cell far down ---------------------------------------------------------------

def _plain_with_far_cells(path: Path, far_cells: str, far_row: int, keep_dimension: bool = False) -> Path:
    """A plain 'Joint activities' sheet of two rows and one more row far down, as a hostile file has it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Joint activities"
    sheet.append(["title", "status"])
    sheet.append(["Near patrol", "planned"])
    plain = path.with_name("plain-" + path.name)
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                if not keep_dimension:
                    data = re.sub(rb"<dimension [^>]*>", b"", data)
                data = data.replace(b"</sheetData>", f'<row r="{far_row}">{far_cells}</row></sheetData>'.encode())
            target.writestr(name, data)
    return path


def _far_text(reference: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>Far patrol</t></is></c>'


@pytest.mark.parametrize("reference", ["A9999999", "A1048577", "XFE2", "AAAA3"])
def test_a_cell_beyond_the_last_row_or_column_a_sheet_can_have_is_refused_at_once(
        make_db, tmp_path: Path, reference: str) -> None:
    """Before: one cell at row 9,999,999 took 160 s of CPU, then was imported as a record."""
    row = int(re.sub(r"[A-Z]", "", reference))
    path = _plain_with_far_cells(tmp_path / "far.xlsx", _far_text(reference), row)
    office = make_db("busia")
    before = dump_state(office)
    started = time.process_time()
    result = exchange.import_workbooks(office, [path])
    assert time.process_time() - started < 2
    assert result.refused and "beyond the last one a worksheet can have" in result.refused[0][1]
    assert dump_state(office) == before


def test_cells_at_a1_and_xfd1048576_are_read_in_under_two_seconds(make_db, tmp_path: Path) -> None:
    """Before: 16-31 s of CPU laying out a million empty rows."""
    cells = _far_text("A1048576") + '<c r="XFD1048576"><f>1+1</f><v>2</v></c>'
    path = _plain_with_far_cells(tmp_path / "corner.xlsx", cells, 1_048_576)
    office = make_db("busia")
    started = time.process_time()
    result = exchange.import_workbooks(office, [path])
    assert time.process_time() - started < 2
    assert not result.refused
    assert result.totals["inserted"] == 2  # the far row too


def test_a_row_below_a_lying_dimension_is_read_not_silently_left_out(make_db, tmp_path: Path) -> None:
    """The sheet says it spans A1:B2; a row further down was dropped without a word."""
    path = _plain_with_far_cells(tmp_path / "lying.xlsx", _far_text("A500000"), 500_000, keep_dimension=True)
    office = make_db("busia")
    started = time.process_time()
    result = exchange.import_workbooks(office, [path])
    assert time.process_time() - started < 2
    assert not result.refused
    assert result.totals["inserted"] == 2
