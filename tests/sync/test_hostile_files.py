"""Hostile and odd workbooks from the red-team run of issue 19: each is refused with a message and
nothing written, or imported correctly, in bounded time; never a traceback.
"""

from __future__ import annotations

import json
import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mouliaison.domain.ids import is_uuid
from mouliaison.services import exchange, records
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_state
from mouliaison.store.embedded import EMBEDDED_SITE
from mouliaison.sync import workbook_format as fmt
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
    result = exchange.import_workbooks(office, [damaged], trust_new_keys=True)
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
    result = exchange.import_workbooks(office, [path], trust_new_keys=True)
    assert time.process_time() - started < 2
    assert result.refused and "beyond the last one a worksheet can have" in result.refused[0][1]
    assert dump_state(office) == before


def test_cells_at_a1_and_xfd1048576_are_read_in_under_two_seconds(make_db, tmp_path: Path) -> None:
    """Before: 16-31 s of CPU laying out a million empty rows."""
    cells = _far_text("A1048576") + '<c r="XFD1048576"><f>1+1</f><v>2</v></c>'
    path = _plain_with_far_cells(tmp_path / "corner.xlsx", cells, 1_048_576)
    office = make_db("busia")
    started = time.process_time()
    result = exchange.import_workbooks(office, [path], trust_new_keys=True)
    assert time.process_time() - started < 2
    assert not result.refused
    assert result.totals["inserted"] == 2  # the far row too


def test_a_row_below_a_lying_dimension_is_read_not_silently_left_out(make_db, tmp_path: Path) -> None:
    """The sheet says it spans A1:B2; a row further down was dropped without a word."""
    path = _plain_with_far_cells(tmp_path / "lying.xlsx", _far_text("A500000"), 500_000, keep_dimension=True)
    office = make_db("busia")
    started = time.process_time()
    result = exchange.import_workbooks(office, [path], trust_new_keys=True)
    assert time.process_time() - started < 2
    assert not result.refused
    assert result.totals["inserted"] == 2


# --- issue 19 #8: version ids --------------------------------------------------------------------

def _forge_versions(source: Path, target: Path, change, signer=None) -> Path:
    """The `_versions` rows edited by `change(cells) -> cells or None`, their hash made again (and
    signed again by `signer`, a database whose key the forger holds)."""
    from tests.sync.test_damaged_bytes import _recompute_hash
    from tests.sync.workbooks import edited

    def edit(book: openpyxl.Workbook) -> None:
        sheet = book[fmt.VERSIONS_SHEET]
        for row in sheet.iter_rows():
            cells = ["" if c.value is None else str(c.value) for c in row]
            if len(cells) > 8 and cells[1] == "activity" and is_uuid(cells[0]):
                changed = change(cells)
                if changed is not None:
                    for index, value in enumerate(changed):
                        sheet.cell(row[0].row, index + 1).value = value or None
                    for extra in range(len(changed), len(cells)):
                        sheet.cell(row[0].row, extra + 1).value = None
                    break
        _recompute_hash(book, signer)

    return edited(source, target, edit)


def _with_values(cells: list[str], **changes: object) -> list[str]:
    k = int(cells[7])
    values = json.loads("".join(cells[8 + k:]))
    values.update(changes)
    return [*cells[: 8 + k], json.dumps(values, sort_keys=True, separators=(",", ":"))]


def test_a_version_id_held_here_with_other_content_is_not_taken_and_is_listed(
        valid_export: Path, db: Database, make_db, tmp_path: Path) -> None:
    """Before: silently ignored, so whoever sent an id first decided its content, unseen."""
    office = make_db("busia")
    exchange.import_workbooks(office, [valid_export], trust_new_keys=True)
    forged_id = ""

    def change(cells: list[str]) -> list[str]:
        nonlocal forged_id
        forged_id = cells[0]
        return _with_values(cells, title="Rewritten history")

    forged = _forge_versions(valid_export, tmp_path / "clash.xlsx", change, signer=db)  # the office's own key
    before = dump_state(office)
    result = exchange.import_workbooks(office, [forged], trust_new_keys=True)
    assert not result.refused
    notes = " ".join(result.files[0].notes)
    assert "already holds with different content" in notes and forged_id in notes
    assert result.totals["quarantined"] == 1
    assert dump_state(office) == before  # the copy held stays
    assert "Rewritten history" not in json.dumps(dump_state(office))


def test_the_same_file_again_lists_no_clash(valid_export: Path, make_db) -> None:
    office = make_db("busia")
    exchange.import_workbooks(office, [valid_export], trust_new_keys=True)
    again = exchange.import_workbooks(office, [valid_export], trust_new_keys=True)
    assert not any("different content" in n for f in again.files for n in f.notes)


def test_a_forged_version_with_the_embedded_origin_is_not_taken(
        valid_export: Path, make_db, tmp_path: Path) -> None:
    """Before: applied, but never exported, so the offices stayed different for good."""
    record_id = ""

    def change(cells: list[str]) -> list[str]:
        nonlocal record_id
        record_id = cells[2]
        return [cells[0], cells[1], cells[2], "0", EMBEDDED_SITE, "embedded", "", *cells[7:]]

    forged = _forge_versions(valid_export, tmp_path / "embedded.xlsx", change)
    office = make_db("busia")
    result = exchange.import_workbooks(office, [forged], trust_new_keys=True)
    assert not result.refused
    notes = " ".join(result.files[0].notes)
    assert "claim to be shipped with mouliaison" in notes and record_id in notes
    assert not any(v["origin"] == "embedded" and v["record_id"] == record_id
                   for v in _stored_versions(office))


def test_a_shipped_default_arriving_as_shipped_is_taken_quietly(valid_export: Path, make_db, tmp_path: Path) -> None:
    from mouliaison.domain.default_agreement import EMBEDDED_RECORDS
    from mouliaison.domain.versions import canonical_json
    from mouliaison.store.embedded import embedded_version

    shipped = embedded_version(EMBEDDED_RECORDS[0])

    def change(cells: list[str]) -> list[str]:
        return [shipped.id, shipped.entity, shipped.record_id, "0", EMBEDDED_SITE, "embedded", "", "1", "{}",
                canonical_json(shipped.values)]

    # the activity row becomes the shipped version (its own record then has one version fewer)
    forged = _forge_versions(valid_export, tmp_path / "shipped.xlsx", change)
    office = make_db("busia")
    result = exchange.import_workbooks(office, [forged], trust_new_keys=True)
    assert not any("claim to be shipped" in n for f in result.files for n in f.notes)


def _stored_versions(office: Database) -> list[dict[str, str]]:
    from sqlalchemy import select

    from mouliaison.store.schema import VersionRow
    with office.reading() as session:
        return [{"origin": r.origin, "record_id": r.record_id} for r in session.scalars(select(VersionRow))]


# --- issue 19 #4: one damaged byte in an id cell --------------------------------------------------

def _with_sheet_bytes(source: Path, target: Path, member: str, change) -> Path:
    """A copy whose part `member` is changed byte-wise, its zip sound (CRCs made again)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, change(data) if name == member else data)
    return target


def _activities_part(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return next(n for n in archive.namelist() if n.startswith("xl/worksheets/")
                    and b"Joint patrol 1" in archive.read(n))


@pytest.mark.parametrize("old, new", [(b'<c r="A', b'<x r="A'), (b'inlineStr"><is><t>01', b'inlineStr"><is><x>01')])
def test_an_id_cell_damaged_by_one_byte_quarantines_its_row_not_a_new_record(
        valid_export: Path, make_db, tmp_path: Path, old: bytes, new: bytes) -> None:
    """Before: the row came out with an empty Id and became a duplicate, reported as "1 hand edit"."""
    member = _activities_part(valid_export)

    def damage(data: bytes) -> bytes:
        at = data.index(b"Joint patrol 1")
        start = data.rindex(b"<row ", 0, at)
        return data[:start] + data[start:at].replace(old, new, 1) + data[at:]

    damaged = _with_sheet_bytes(valid_export, tmp_path / "damaged-id.xlsx", member, damage)
    office = make_db("busia")
    exchange.import_workbooks(office, [valid_export], trust_new_keys=True)
    before = dump_state(office)
    result = exchange.import_workbooks(office, [damaged], trust_new_keys=True)
    assert not result.refused
    assert result.totals["hand_edits"] == 0 and result.totals["inserted"] == 0
    reasons = [problem.reason for report in result.files for _entity, problem in report.quarantined]
    assert any("Id cell is empty on a row this file exported" in r for r in reasons), reasons
    assert dump_state(office) == before


def test_a_row_typed_on_an_empty_line_of_our_workbook_is_still_a_new_record(
        valid_export: Path, make_db, tmp_path: Path) -> None:
    from tests.sync.workbooks import ACTIVITIES, column, edited, put

    def add(book: openpyxl.Workbook) -> None:
        sheet = book[ACTIVITIES]
        row = sheet.max_row + 1
        put(sheet.cell(row, column(sheet, "title")), "Border meeting typed by hand")
        put(sheet.cell(row, column(sheet, "status")), "planned")

    typed = edited(valid_export, tmp_path / "typed.xlsx", add)
    office = make_db("busia")
    result = exchange.import_workbooks(office, [typed], trust_new_keys=True)
    assert result.totals["inserted"] == 4 and result.totals["quarantined"] == 0


def test_a_cell_reference_damaged_by_one_byte_is_refused_not_a_traceback(
        valid_export: Path, make_db, tmp_path: Path) -> None:
    """`r="A3"` become `r="03"`: openpyxl raised ValueError from inside its row parser."""
    member = _activities_part(valid_export)

    def damage(data: bytes) -> bytes:
        at = data.index(b"Joint patrol 1")
        start = data.rindex(b"<row ", 0, at)
        return data[:start] + data[start:at].replace(b'<c r="A', b'<c r="0', 1) + data[at:]

    damaged = _with_sheet_bytes(valid_export, tmp_path / "damaged-ref.xlsx", member, damage)
    office = make_db("busia")
    before = dump_state(office)
    result = exchange.import_workbooks(office, [damaged], trust_new_keys=True)
    assert result.refused and "could not be read" in result.refused[0][1]
    assert dump_state(office) == before


@pytest.mark.parametrize("value", ["", "x", "[]", "null", '{"not-a-site": {}}', f'{{"{EMBEDDED_SITE}": "office"}}'])
def test_a_forged_sites_field_in_meta_is_refused_not_a_traceback(
        valid_export: Path, make_db, tmp_path: Path, value: str) -> None:
    """Found by the fault suite: any other JSON there stopped the import with a JSONDecodeError."""
    from tests.sync.test_damaged_bytes import _meta_row, _recompute_hash
    from tests.sync.workbooks import edited

    def edit(book: openpyxl.Workbook) -> None:
        book[fmt.META_SHEET].cell(_meta_row(book, "sites"), 2).value = value or None
        _recompute_hash(book)

    office = make_db("busia")
    before = dump_state(office)
    forged = edited(valid_export, tmp_path / "sites.xlsx", edit)
    result = exchange.import_workbooks(office, [forged], trust_new_keys=True)
    assert result.refused and "metadata" in result.refused[0][1] and "sites" in result.refused[0][1]
    assert dump_state(office) == before
