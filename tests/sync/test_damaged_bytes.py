"""A workbook damaged byte by byte (a bad USB stick, a truncated mail attachment) is refused with
a message or imported; it never ends in a Python traceback, and a refusal writes nothing.

Before these checks, 200 random byte changes of a valid export gave 6 tracebacks
(`xml.etree.ElementTree.ParseError` from worksheet XML damaged inside a sound zip).
"""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
import pytest

from mouliaison.services import exchange, records
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_state
from mouliaison.sync import workbook_format as fmt
from tests.sync.workbooks import edited, export

MUTATIONS = 120


@pytest.fixture
def valid_export(db: Database, tmp_path: Path) -> Path:
    for n in range(6):
        records.add_record(db, "activity", {"title": f"Joint patrol {n}", "status": "planned",
                                            "description": "Namanga one-stop border post " * 3})
    return export(db, tmp_path / "valid.xlsx")


def _mutated(source: bytes, rng: random.Random) -> bytes:
    data = bytearray(source)
    for _ in range(rng.choice((1, 1, 2, 8))):
        position = rng.randrange(len(data))
        data[position] = rng.randrange(256)
    return bytes(data)


def test_random_byte_changes_are_refused_or_imported_never_a_traceback(
        valid_export: Path, make_db, tmp_path: Path) -> None:
    rng = random.Random(19)
    source = valid_export.read_bytes()
    outcomes = {"refused": 0, "imported": 0}
    for n in range(MUTATIONS):
        office = make_db(f"office-{n}")
        before = dump_state(office)
        damaged = tmp_path / f"damaged-{n}.xlsx"
        damaged.write_bytes(_mutated(source, rng))
        result = exchange.import_workbooks(office, [damaged], trust_new_keys=True)  # any exception fails the test here
        if result.refused:
            outcomes["refused"] += 1
            assert dump_state(office) == before, f"mutation {n} was refused but wrote something"
            assert all(message.strip() for _file, message in result.refused)
        else:
            outcomes["imported"] += 1
        office.close()
    assert outcomes["refused"] > 0  # the damage is real


def _meta_row(book: openpyxl.Workbook, key: str) -> int:
    sheet = book[fmt.META_SHEET]
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == key)


@pytest.mark.parametrize("change", ["text", "missing", "huge"])
def test_a_meta_sheet_with_a_wrong_export_stamp_is_refused_even_with_its_hash_recomputed(
        valid_export: Path, make_db, tmp_path: Path, change: str) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book[fmt.META_SHEET]
        row = _meta_row(book, "export_stamp")
        if change == "text":
            sheet.cell(row, 2).value = "yesterday"
        elif change == "missing":
            sheet.delete_rows(row)
        else:
            sheet.cell(row, 2).value = "9" * 19
        _recompute_hash(book)

    office = make_db("busia")
    before = dump_state(office)
    forged = edited(valid_export, tmp_path / f"meta-{change}.xlsx", edit)
    result = exchange.import_workbooks(office, [forged], trust_new_keys=True)
    assert result.refused and "metadata" in result.refused[0][1]
    assert dump_state(office) == before


def _recompute_hash(book: openpyxl.Workbook, signer=None, *, own_key_in_meta: bool = False) -> None:
    """What a forger does: the content hash made again over the edited hidden sheets. `signer`: a
    database whose signing key the forger holds signs it again (an office forging its own file, or
    with `own_key_in_meta` a key from another database put in the metadata in the office's place),
    or the key itself (an old key someone kept)."""
    import hashlib

    from mouliaison.domain import signing
    from mouliaison.services.keys import OwnKey, own_key

    key = signer if signer is None or isinstance(signer, OwnKey) else own_key(signer)
    if key is not None and own_key_in_meta:
        book[fmt.META_SHEET].cell(_meta_row(book, fmt.SIGNING_KEY_ROW), 2).value = key.public
        book[fmt.META_SHEET].cell(_meta_row(book, fmt.FINGERPRINT_ROW), 2).value = key.fingerprint

    def text_rows(name: str) -> list[list[str]]:
        rows = []
        for row in book[name].iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                rows.append(cells)
        return rows

    digests = [hashlib.sha256(), hashlib.sha256(), hashlib.sha256()]
    names = [[n for n in book.sheetnames if n == base or n.startswith(base + "_")]
             for base in (fmt.VERSIONS_SHEET, fmt.BASE_SHEET)]
    for digest, sheet_names in zip(digests, names, strict=False):
        for name in sheet_names:
            for cells in text_rows(name):
                fmt.hash_row(digest, cells)
    for cells in text_rows(fmt.META_SHEET):
        if cells[0] != "content_sha256":
            fmt.hash_row(digests[2], cells)
    content = fmt.combine_digests(*digests)
    book[fmt.META_SHEET].cell(_meta_row(book, "content_sha256"), 2).value = content
    if key is not None:
        book[fmt.SIGNATURE_SHEET].cell(1, 2).value = signing.sign_content(key.private, content)


@pytest.mark.parametrize("member", ["sheet1.xml", "sheet2.xml", "workbook.xml"])
def test_xml_damaged_inside_a_sound_zip_is_refused(valid_export: Path, make_db, tmp_path: Path, member: str) -> None:
    """The zip is sound (its CRCs match): only the XML of one part is cut short, as a crashed
    program writes it."""
    import zipfile

    resaved = edited(valid_export, tmp_path / "resaved.xlsx", lambda book: None)  # openpyxl shares strings
    damaged = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(resaved) as source, zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        cut = next(n for n in names if n.lower().endswith(member))
        for name in names:
            data = source.read(name)
            target.writestr(name, data[: len(data) // 2] if name == cut else data)
    office = make_db("busia")
    before = dump_state(office)
    result = exchange.import_workbooks(office, [damaged], trust_new_keys=True)
    assert result.refused, "a workbook with half a part was imported"
    assert "damaged" in result.refused[0][1] or "could not be read" in result.refused[0][1]
    assert dump_state(office) == before


def test_a_forged_version_of_the_wrong_kind_is_not_stored_and_is_named(
        valid_export: Path, db: Database, make_db, tmp_path: Path) -> None:
    """A list where a date belongs, in a versions row whose hash was recomputed: before, it was
    stored, and `show` and every export of the receiving office crashed from then on."""
    import json

    forged_id = ""

    def edit(book: openpyxl.Workbook) -> None:
        nonlocal forged_id
        sheet = book[fmt.VERSIONS_SHEET]
        for row in sheet.iter_rows():
            cells = ["" if c.value is None else str(c.value) for c in row]
            if len(cells) > 8 and cells[1] == "activity":
                k = int(cells[7])
                values = json.loads("".join(cells[8 + k:]))
                values["start_date"] = ["2026-01-01"]
                row[8 + k].value = json.dumps(values, sort_keys=True, separators=(",", ":"))
                for extra in row[9 + k:]:
                    extra.value = None
                forged_id = cells[2]
                break
        _recompute_hash(book, db)  # signed again with the office's own key

    forged = edited(valid_export, tmp_path / "forged.xlsx", edit)
    office = make_db("busia")
    result = exchange.import_workbooks(office, [forged], trust_new_keys=True)
    assert not result.refused
    notes = " ".join(result.files[0].notes)
    assert "wrong kind" in notes and forged_id in notes and "expected a date, got list" in notes
    assert records.find_record(office, "activity", forged_id) is None
    assert len(records.list_records(office, "activity")) == 5  # the five sound ones
    exchange.export_workbook(office, tmp_path / "onward.xlsx")  # and the office can still export


def test_an_export_removes_the_partial_files_a_killed_export_left(db: Database, tmp_path: Path) -> None:
    import os
    import time

    same_name = tmp_path / ".out.xlsx.0a1b2c3d.partial"
    old_other = tmp_path / ".other.xlsx.deadbeef.partial"
    running_beside = tmp_path / ".third.xlsx.12345678.partial"
    not_ours = tmp_path / ".notes.partial"
    for leftover in (same_name, old_other, running_beside, not_ours):
        leftover.write_bytes(b"PK half a zip")
    an_hour_ago = time.time() - 3600
    os.utime(old_other, (an_hour_ago, an_hour_ago))
    export(db, tmp_path / "out.xlsx")
    assert not same_name.exists() and not old_other.exists()
    assert running_beside.exists() and not_ours.exists()
    assert [p.name for p in tmp_path.glob("*.partial")] == [] or all(
        p in (running_beside, not_ours) for p in tmp_path.glob(".*.partial"))
