"""A workbook with a part past zipfile's 2 GiB limit is written with ZIP64 and read back; smaller
workbooks stay without ZIP64 fields.

The export of 1,000,000 activities failed at its very last step (xlsxwriter's FileSizeError:
its hidden sheet of versions was more than 2 GiB of XML). The limit is lowered here for the
test (zipfile reads it at each write), so a workbook of a few records crosses it.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from mouliaison.services import exchange, records
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_state
from tests.sync.workbooks import export

ZIP64_EXTRA = 0x0001  # the extra field that holds a part's 64-bit sizes
ZIP64_END = b"PK\x06\x06"  # the ZIP64 end of central directory record


def _zip64_fields(path: Path) -> int:
    """How many parts of the file carry a ZIP64 extra field in the central directory."""
    found = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            extra = info.extra
            while len(extra) >= 4:
                kind, size = struct.unpack("<HH", extra[:4])
                found += kind == ZIP64_EXTRA
                extra = extra[4 + size:]
    return found


def _fill(db: Database) -> None:
    for n in range(30):
        records.add_record(db, "activity", {"title": f"Joint patrol {n}", "status": "planned",
                                            "description": "Namanga one-stop border post " * 20})


def test_a_workbook_of_ordinary_size_has_no_zip64_fields(db: Database, tmp_path: Path) -> None:
    _fill(db)
    path = export(db, tmp_path / "ordinary.xlsx")
    assert _zip64_fields(path) == 0
    assert ZIP64_END not in path.read_bytes()


def test_a_part_past_the_zip64_limit_is_written_and_imported_back(
        db: Database, make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(db)
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 20_000)  # a part of more than ~19 KB now needs ZIP64
    path = export(db, tmp_path / "large.xlsx")  # xlsxwriter refused this with FileSizeError before
    monkeypatch.undo()
    assert _zip64_fields(path) > 0
    office = make_db("receiver")
    result = exchange.import_workbooks(office, [path], trust_new_keys=True)
    assert not result.refused, result.refused
    assert result.totals["inserted"] == 30
    assert dump_state(office)["records"]["activity"] == dump_state(db)["records"]["activity"]
