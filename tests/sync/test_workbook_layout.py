"""The exported workbook as a file: its sheets, rows, cells, hidden sheets, metadata and
properties (SYNC.md "The workbook", RELIABILITY.md "Workbooks going out").

Every test writes a real .xlsx with our export and opens it with openpyxl, or unzips it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mouliaison import __version__
from mouliaison.domain.fields import MAX_TEXT_LENGTH
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.privacy.recipients import Recipient
from mouliaison.services import exchange, records
from mouliaison.services.database import Database
from mouliaison.services.office import set_office
from mouliaison.store.migrate import head_revision
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.export import ExportRefused

NAME, EMAIL = "Amina Wanjiru Yusuf", "amina.yusuf@example.org"
PHONE_LOCAL, PHONE_INTL = "0722 000 111", "00254722000111"

META_KEYS = {
    "format", "format_version", "schema_version", "app_version", "file_id", "site_id", "office_id",
    "office_name", "office_party", "export_stamp", "export_wall_time", "scope_types", "scope_since",
    "recipient", "confidential", "row_counts", "version_count", "sites", "content_sha256",
    "labels_language", "cell_texts",
    "signing_key", "key_fingerprint", "key_records", "history_length", "history_head",
}


def fill(db: Database) -> dict[str, str]:
    set_office(db, "Nairobi liaison desk", "IOM", "country", "KEN")
    ids = {
        "contact": records.add_record(db, "contact", {"full_name": NAME, "email": EMAIL, "phone": PHONE_LOCAL}),
        "contact2": records.add_record(db, "contact", {"full_name": "Otieno Kamau", "phone": PHONE_INTL}),
        "activity": records.add_record(db, "activity", {
            "title": "OSBP joint training", "start_date": "2026-03-02", "end_date": "2026-03-06",
            "countries": "KEN,UGA", "participants_women": "12", "places": "Busia"}),
    }
    records.edit_record(db, "activity", ids["activity"], {"participants": f"{ids['contact']},{ids['contact2']}"})
    return ids


def sheet_rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def meta_of(book) -> dict[str, str]:
    return {r[0]: "".join(str(c) for c in r[1:] if c is not None) for r in book[fmt.META_SHEET].iter_rows(
        values_only=True) if r and r[0] is not None}


def data_row(ws, record_id: str) -> int:
    for row in range(fmt.FIRST_DATA_ROW, ws.max_row + 1):
        if ws.cell(row, 1).value == record_id:
            return row
    raise AssertionError(f"{record_id} not on {ws.title}")


def column_of(ws, key: str) -> int:
    for col in range(1, ws.max_column + 1):
        if ws.cell(fmt.KEY_ROW, col).value == key:
            return col
    raise AssertionError(f"no column {key} on {ws.title}")


@pytest.fixture
def exported(db: Database, tmp_path: Path):
    ids = fill(db)
    path = tmp_path / "out.xlsx"
    report = exchange.export_workbook(db, path, recipient=Recipient("partner")).report
    return ids, path, report


def test_one_visible_sheet_per_record_type_with_keys_labels_frozen_filtered_protected(exported):
    _ids, path, _report = exported
    book = openpyxl.load_workbook(path)
    visible = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    assert [ws.title for ws in visible] == [t.plural for t in RECORD_TYPES.values()]
    for ws, rtype in zip(visible, RECORD_TYPES.values(), strict=True):
        keys = [c.value for c in ws[fmt.KEY_ROW]]
        labels = [c.value for c in ws[fmt.LABEL_ROW]]
        assert keys == ["_id", "_version", "_delete", *(f.key for f in rtype.fields)]
        assert labels == ["Id", "Version", "Delete?", *(f.label for f in rtype.fields)]
        assert ws.row_dimensions[fmt.KEY_ROW].hidden, "the key row is hidden"
        assert not ws.row_dimensions[fmt.LABEL_ROW].hidden
        assert ws.freeze_panes == "E3"  # both header rows, and the columns up to the first field, stay in view
        for letter in ("A", "B"):  # the id and version: hidden in a group (format 3), never removed
            assert ws.column_dimensions[letter].hidden and ws.column_dimensions[letter].outlineLevel == 1
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A2:")
        assert ws.protection.sheet, "the sheet is protected so that locked cells cannot be typed over"
        assert ws.protection.autoFilter is False and ws.protection.sort is False  # filtering and sorting allowed
        validations = [str(dv.sqref) for dv in ws.data_validations.dataValidation]
        assert any(v.startswith("C3:C") for v in validations), "the Delete? column offers 'yes'"


def test_id_and_version_cells_are_locked_data_and_delete_cells_are_not(exported):
    ids, path, _report = exported
    ws = openpyxl.load_workbook(path)["Joint activities"]
    row = data_row(ws, ids["activity"])
    assert ws.cell(row, 1).protection.locked and ws.cell(row, 2).protection.locked
    assert re.fullmatch(r"[0-9a-f]{16}", ws.cell(row, 2).value)
    for key in ("title", "countries", "start_date", "participants_women"):
        assert not ws.cell(row, column_of(ws, key)).protection.locked, key
    assert ws.column_dimensions["C"].width and ws.cell(row, 3).value is None


def test_dates_are_real_dates_ids_names_labels_and_phone_numbers_are_text(exported):
    ids, path, _report = exported
    book = openpyxl.load_workbook(path)
    ws = book["Joint activities"]
    row = data_row(ws, ids["activity"])
    start = ws.cell(row, column_of(ws, "start_date"))
    assert start.is_date and start.value == dt.datetime(2026, 3, 2) and start.number_format == "yyyy-mm-dd"
    assert ws.cell(row, column_of(ws, "end_date")).value == dt.datetime(2026, 3, 6)
    women = ws.cell(row, column_of(ws, "participants_women"))
    assert women.data_type == "n" and women.value == 12
    for key, expected in (("countries", "Kenya; Uganda"), ("status", "Planned")):  # labels (format 3)
        cell = ws.cell(row, column_of(ws, key))
        assert cell.data_type == "s" and cell.value == expected
    participants = ws.cell(row, column_of(ws, "participants")).value
    names = {ids["contact"]: NAME, ids["contact2"]: "Otieno Kamau"}
    assert participants == "; ".join(names[i] for i in sorted(names))  # named, in the order of their ids
    assert ws.cell(row, 1).data_type == "s" and ws.cell(row, 1).value == ids["activity"]

    contacts = book["Contacts"]
    for key, phone in (("contact", PHONE_LOCAL), ("contact2", PHONE_INTL)):
        cell = contacts.cell(data_row(contacts, ids[key]), column_of(contacts, "phone"))
        assert cell.data_type == "s" and cell.value == phone  # leading zeros kept: text, never a number


def test_hidden_sheets_are_very_hidden_and_hold_only_text(exported):
    _ids, path, report = exported
    book = openpyxl.load_workbook(path)
    for name in fmt.HIDDEN_SHEETS:
        ws = book[name]
        assert ws.sheet_state == "veryHidden", name
        for row in ws.iter_rows():
            for cell in row:
                assert cell.value is None or cell.data_type == "s", (name, cell.coordinate, cell.value)
    assert len(sheet_rows(book[fmt.VERSIONS_SHEET])) == report.versions
    assert len(sheet_rows(book[fmt.BASE_SHEET])) == sum(report.rows.values())


def test_metadata_names_the_file_the_export_and_its_content_hash(db: Database, exported):
    _ids, path, report = exported
    meta = meta_of(openpyxl.load_workbook(path))
    assert set(meta) == META_KEYS
    installation = db.installation()
    assert meta["format"] == "mouliaison-workbook"
    assert meta["format_version"] == fmt.FORMAT_VERSION == f"{fmt.FORMAT_MAJOR}.{fmt.FORMAT_MINOR}"
    assert meta["app_version"] == __version__
    assert meta["file_id"] == report.file_id
    assert meta["site_id"] == installation.site_id
    assert meta["office_id"] == installation.office_id and meta["office_name"] == "Nairobi liaison desk"
    assert meta["office_party"] == "IOM"
    assert int(meta["export_stamp"]) > 0
    wall = dt.datetime.fromisoformat(meta["export_wall_time"])
    assert abs((dt.datetime.now(dt.UTC) - wall).total_seconds()) < 600
    assert meta["scope_types"] == ",".join(RECORD_TYPES) and meta["scope_since"] == ""
    assert meta["recipient"] == "partner" and meta["confidential"] == "yes"
    assert json.loads(meta["row_counts"]) == report.rows
    assert json.loads(meta["row_counts"])["contact"] == 2 and json.loads(meta["row_counts"])["activity"] == 1
    assert int(meta["version_count"]) == report.versions
    assert json.loads(meta["sites"])[installation.site_id]["office"] == "Nairobi liaison desk"
    assert meta["content_sha256"] == report.sha256
    assert meta["schema_version"] == head_revision()


def test_content_hash_is_sha256_over_the_hidden_sheets(exported):
    """Recomputed here from the file alone: versions, base and metadata rows (text, trailing blanks dropped)."""
    _ids, path, report = exported
    book = openpyxl.load_workbook(path)
    digests = {}
    for name in (fmt.VERSIONS_SHEET, fmt.BASE_SHEET, fmt.META_SHEET):
        digest = hashlib.sha256()
        for row in book[name].iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if cells and cells[0] == "content_sha256":
                continue
            if any(cells):
                fmt.hash_row(digest, cells)
        digests[name] = digest
    combined = fmt.combine_digests(digests[fmt.VERSIONS_SHEET], digests[fmt.BASE_SHEET], digests[fmt.META_SHEET])
    assert combined == report.sha256


def test_scope_and_recipient_are_recorded(db: Database, tmp_path: Path):
    fill(db)
    path = tmp_path / "some.xlsx"
    exchange.export_workbook(db, path, types=["activity", "contact"], since="2000-01-01T00:00:00.000+00:00",
                             recipient=Recipient.parse("third-party:UNHCR"))
    book = openpyxl.load_workbook(path)
    meta = meta_of(book)
    assert meta["scope_types"] == "activity,contact"
    assert meta["scope_since"] == "2000-01-01T00:00:00.000+00:00"
    assert meta["recipient"] == "third-party:UNHCR" and meta["confidential"] == "no"
    assert [ws.title for ws in book.worksheets if ws.sheet_state == "visible"] == ["Joint activities", "Contacts"]


def _all_text(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


@pytest.mark.parametrize("recipient", ["same-party", "partner", "third-party:UNHCR"])
def test_document_properties_comments_and_names_carry_no_personal_data(db: Database, tmp_path: Path, recipient):
    fill(db)
    path = tmp_path / "out.xlsx"
    exchange.export_workbook(db, path, recipient=Recipient.parse(recipient))
    parts = _all_text(path)
    props = {name: text for name, text in parts.items() if name.startswith("docProps/")}
    assert props, "the file has document properties"
    for name, text in props.items():
        for personal in (NAME, "Amina", EMAIL, PHONE_LOCAL, PHONE_INTL, "Otieno"):
            assert personal not in text, (name, personal)
    book = openpyxl.load_workbook(path)
    assert book.properties.creator == "mouliaison" and book.properties.lastModifiedBy in (None, "mouliaison")
    assert not [n for n in parts if "comments" in n.lower()]
    for ws in book.worksheets:
        assert all(c.comment is None for row in ws.iter_rows() for c in row)
    workbook_xml = parts["xl/workbook.xml"]
    for personal in ("Amina", EMAIL, PHONE_LOCAL):
        assert personal not in workbook_xml  # defined names included


def test_third_party_export_has_personal_values_nowhere_in_the_file(db: Database, tmp_path: Path):
    ids = fill(db)
    path = tmp_path / "out.xlsx"
    exchange.export_workbook(db, path, recipient=Recipient.parse("third-party:UNHCR"))
    for name, text in _all_text(path).items():
        for personal in ("Amina", "Yusuf", EMAIL, PHONE_LOCAL, PHONE_INTL, "Otieno"):
            assert personal not in text, (name, personal)
    ws = openpyxl.load_workbook(path)["Contacts"]
    row = data_row(ws, ids["contact"])  # the record travels, without its personal values
    for key in ("email", "phone", "notes"):
        assert ws.cell(row, column_of(ws, key)).value is None, key
    assert ws.cell(row, column_of(ws, "full_name")).value not in (None, NAME)  # a pseudonym


def test_a_text_longer_than_a_cell_is_refused_not_truncated(db: Database, tmp_path: Path):
    # The domain refuses such values on input; a value that got in another way must still not be cut.
    with db.writing() as change:
        record_id = change.writer.create("activity", {"title": "Long report", "outcomes": "y" * (fmt.CELL_LIMIT + 1)})
    path = tmp_path / "out.xlsx"
    with pytest.raises(ExportRefused) as refused:
        exchange.export_workbook(db, path)
    message = str(refused.value)
    assert record_id in message and "Outcomes" in message and "32,767" in message and "32,768" in message
    assert not path.exists() and not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_a_text_over_a_cells_limit_in_excel_units_is_refused_too(db: Database, tmp_path: Path):
    # Excel counts UTF-16 units: 17,000 rockets are 17,000 characters but 34,000 units, which
    # xlsxwriter would have cut short without a word.
    with db.writing() as change:
        record_id = change.writer.create("activity", {"title": "Rockets", "outcomes": "🚀" * 17_000})
    with pytest.raises(ExportRefused) as refused:
        exchange.export_workbook(db, tmp_path / "out.xlsx")
    assert record_id in str(refused.value) and "34,000" in str(refused.value)


def test_a_text_of_exactly_a_cells_limit_is_exported_whole(db: Database, make_db, tmp_path: Path):
    assert MAX_TEXT_LENGTH == fmt.CELL_LIMIT
    text = ("Line of outcomes. " * 2000)[: fmt.CELL_LIMIT - 1] + "!"
    record_id = records.add_record(db, "activity", {"title": "Long", "outcomes": text})
    path = tmp_path / "out.xlsx"
    exchange.export_workbook(db, path)
    ws = openpyxl.load_workbook(path)["Joint activities"]
    assert ws.cell(data_row(ws, record_id), column_of(ws, "outcomes")).value == text
    other = make_db("other")
    result = exchange.import_workbooks(other, [path], trust_new_keys=True)
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0
    assert records.show_record(other, "activity", record_id).values["outcomes"] == text


def test_sheet_names_are_short_valid_and_unique(exported):
    _ids, path, _report = exported
    names = openpyxl.load_workbook(path).sheetnames
    assert all(len(n) <= fmt.SHEET_NAME_LIMIT for n in names)
    assert len({n.casefold() for n in names}) == len(names)
    assert not any(re.search(r"[\\/?*\[\]:]", n) for n in names)


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Joint activities", set(), "Joint activities"),
        ("A/B: [test]?*\\", set(), "A B   test"),
        ("x" * 40, set(), "x" * 31),
        ("Contacts", {"contacts"}, "Contacts (2)"),
        ("Contacts", {"Contacts", "Contacts (2)"}, "Contacts (3)"),
        ("y" * 40, {"y" * 31}, "y" * 27 + " (2)"),
        ("History", set(), "History (2)"),  # Excel reserves "History"
        ("'quoted'", set(), "quoted"),
        ("///", set(), "Sheet"),
    ],
)
def test_safe_sheet_name(name, taken, expected):
    taken = set(taken)
    got = fmt.safe_sheet_name(name, taken)
    assert got == expected
    assert len(got) <= 31 and got in taken


def test_safe_sheet_name_keeps_many_long_names_unique():
    taken: set[str] = set()
    names = [fmt.safe_sheet_name("Information exchanges with a very long name", taken) for _ in range(120)]
    assert len({n.casefold() for n in names}) == 120
    assert all(len(n) <= 31 for n in names)
