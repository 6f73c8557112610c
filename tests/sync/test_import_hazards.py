"""Hazards of workbooks going out and coming in (RELIABILITY.md): formula-like text, date epochs,
tampered and newer files, hidden sheets that are not ours, merged cells, spreadsheet programs
re-saving the file. Every file here is real: written by our export, changed with openpyxl (or
LibreOffice), read back by our import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from sqlalchemy import text

from mouliaison.cli import main
from mouliaison.domain.ids import uuid7
from mouliaison.domain.versions import HAND_EDIT
from mouliaison.services import exchange, records
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_json
from mouliaison.sync import workbook_format as fmt
from tests.libreoffice import resave_with_libreoffice
from tests.sync.workbooks import ACTIVITIES, cell, column, edited, export, import_ok, put, row_of

FORMULA_LIKE = ["=SUM(A1)", "+1", "-x", "@me", '=HYPERLINK("http://example.org","click")', "=1+1", "-2"]


# ---------------------------------------------------------------- helpers


def refused(db: Database, path: Path) -> str:
    result = exchange.import_workbooks(db, [path], trust_new_keys=True)
    assert result.files == [] and not result.applied
    [(name, message)] = result.refused
    assert name == str(path)
    return message


def state(db: Database) -> tuple[str, int, int]:
    """Everything an import could change: the dump, the versions, the files recorded."""
    with db.reading() as session:
        versions = session.execute(text("SELECT count(*) FROM versions")).scalar_one()
        files = session.execute(text("SELECT count(*) FROM imported_files")).scalar_one()
    return dump_json(db), versions, files


def formulas_in(path: Path) -> list[str]:
    """Every formula element in every sheet of the file."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += [f"{name}: {m.decode()}" for m in re.findall(rb"<(?:\w+:)?f[ >/][^<]*", archive.read(name))]
    return found


def rehash(book) -> None:
    """Recompute the content hash of an edited workbook's hidden sheets, as the exporter does."""
    digests = []
    for base in (fmt.VERSIONS_SHEET, fmt.BASE_SHEET, fmt.META_SHEET):
        digest = hashlib.sha256()
        names = [n for n in book.sheetnames if n == base or (n.startswith(base + "_") and n[len(base) + 1:].isdigit())]
        for name in names:
            for row in book[name].iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if not cells or (cells[0] == "content_sha256" and base == fmt.META_SHEET):
                    continue
                fmt.hash_row(digest, cells)
        digests.append(digest)
    meta = book[fmt.META_SHEET]
    for row in meta.iter_rows():
        if row[0].value == "content_sha256":
            row[1].value = fmt.combine_digests(*digests)
            return
    raise AssertionError("no content_sha256 row")


def set_meta(book, key: str, value_: str) -> None:
    for row in book[fmt.META_SHEET].iter_rows():
        if row[0].value == key:
            row[1].value = value_
            return
    raise AssertionError(key)


@pytest.fixture
def office_a(make_db) -> tuple[Database, dict[str, str]]:
    db = make_db("a")
    ids = {
        "training": records.add_record(db, "activity", {
            "title": "OSBP joint training", "start_date": "2026-03-02", "end_date": "2026-03-06",
            "planned_start_date": "1904-01-02", "countries": "KEN,UGA"}),
        "old": records.add_record(db, "activity", {"title": "Old mission", "start_date": "1900-03-01",
                                                   "end_date": "1999-12-31"}),
        "workshop": records.add_record(db, "activity", {"title": "Data workshop", "places": "Arusha"}),
    }
    return db, ids


@pytest.fixture
def exported(office_a, tmp_path: Path):
    db, ids = office_a
    return db, ids, export(db, tmp_path / "from-a.xlsx")


# ---------------------------------------------------------------- formula-like text


def test_formula_like_text_goes_out_as_text_and_comes_back_identical(make_db, tmp_path):
    a = make_db("a")
    ids = {t: records.add_record(a, "activity", {"title": t, "places": t}) for t in FORMULA_LIKE}
    phone = records.add_record(a, "contact", {"full_name": "Plus Phone", "phone": "+254 722 000 111"})
    raw_id = uuid7()  # values the domain would trim, as an older release or a relay may carry them
    raw = {"title": "\tleading tab", "description": "\nstarts with a line break\n-and a dash", "status": "planned",
           "places": "\r=cr first"}
    with a.writing() as change:
        change.writer.record_local("activity", raw_id, raw, {})
    path = export(a, tmp_path / "out.xlsx")

    assert formulas_in(path) == []
    book = openpyxl.load_workbook(path)
    ws = book[ACTIVITIES]
    for title, record_id in ids.items():
        c = cell(ws, record_id, "title")
        assert c.data_type == "s" and c.value == title and c.quotePrefix, title
    assert cell(ws, raw_id, "title").value == "\tleading tab" and cell(ws, raw_id, "title").quotePrefix
    assert cell(book["Contacts"], phone, "phone").quotePrefix

    b = make_db("b")
    result = import_ok(b, path)
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0, result.files[0].to_json()
    for title, record_id in ids.items():
        values = records.show_record(b, "activity", record_id).values
        assert values["title"] == title and values["places"] == title
    assert records.show_record(b, "contact", phone).values["phone"] == "+254 722 000 111"
    shown = records.show_record(b, "activity", raw_id).values
    assert {k: shown[k] for k in raw} == raw

    # re-saved by a person's spreadsheet program (openpyxl here): still text, still no formula
    resaved = edited(path, tmp_path / "resaved.xlsx", lambda bk: None)
    assert formulas_in(resaved) == []
    c = make_db("c")
    assert import_ok(c, resaved).totals["hand_edits"] == 0
    assert dump_json(b) == dump_json(c)

    # relayed: exported again from the office that imported it
    relay = export(b, tmp_path / "relay.xlsx")
    assert formulas_in(relay) == []


def test_text_typed_over_a_cell_that_looks_like_a_formula_is_taken_as_text(exported, make_db, tmp_path):
    _a, ids, path = exported
    hand = edited(path, tmp_path / "hand.xlsx", lambda bk: put(cell(bk[ACTIVITIES], ids["workshop"], "places"),
                                                               "=Arusha"))
    assert formulas_in(hand) == []
    b = make_db("b")
    result = import_ok(b, hand)
    assert result.totals["hand_edits"] == 1 and result.totals["rejected"] == 0
    assert records.show_record(b, "activity", ids["workshop"]).values["places"] == "=Arusha"


# ---------------------------------------------------------------- date epochs


def test_our_workbook_resaved_under_the_1904_epoch_keeps_its_dates(exported, make_db, tmp_path):
    _a, ids, path = exported

    def to_1904(book):
        book.epoch = CALENDAR_MAC_1904

    mac = edited(path, tmp_path / "mac.xlsx", to_1904)
    with zipfile.ZipFile(mac) as archive:
        assert b'date1904="1"' in archive.read("xl/workbook.xml")
    serial = {}
    for name, file in (("1900", path), ("1904", mac)):
        with zipfile.ZipFile(file) as archive:
            sheet = next(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet7"))
            serial[name] = archive.read(sheet)
    assert serial["1900"] != serial["1904"], "the stored serial numbers differ between the epochs"
    b, c = make_db("b"), make_db("c")
    result = import_ok(b, mac)
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0, result.files[0].to_json()
    import_ok(c, path)
    assert dump_json(b) == dump_json(c)
    training = records.show_record(b, "activity", ids["training"]).values
    assert training["start_date"] == dt.date(2026, 3, 2)
    assert training["planned_start_date"] == dt.date(1904, 1, 2)
    assert records.show_record(b, "activity", ids["old"]).values["start_date"] == dt.date(1900, 3, 1)


@pytest.mark.parametrize("epoch", ["1900", "1904"])
def test_a_foreign_workbook_under_either_epoch_gives_the_same_dates(make_db, tmp_path, epoch):
    book = openpyxl.Workbook()
    if epoch == "1904":
        book.epoch = CALENDAR_MAC_1904
    ws = book.active
    ws.title = ACTIVITIES
    ws.append(["Title", "Start", "End", "Planned start"])
    ws.append(["Dated", dt.datetime(2026, 12, 24), dt.date(2026, 12, 31), dt.datetime(1904, 1, 2)])
    ws.append(["Early", dt.datetime(1900, 3, 1), dt.datetime(1900, 3, 2), None])
    path = tmp_path / f"epoch{epoch}.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        assert (b'date1904="1"' in archive.read("xl/workbook.xml")) == (epoch == "1904")
    b = make_db("b")
    result = import_ok(b, path)
    assert result.totals["inserted"] == 2 and result.totals["rejected"] == 0, result.files[0].to_json()
    got = {v.values["title"]: v.values for v in records.list_records(b, "activity")}
    assert (got["Dated"]["start_date"], got["Dated"]["end_date"]) == (dt.date(2026, 12, 24), dt.date(2026, 12, 31))
    assert got["Dated"]["planned_start_date"] == dt.date(1904, 1, 2)
    assert (got["Early"]["start_date"], got["Early"]["end_date"]) == (dt.date(1900, 3, 1), dt.date(1900, 3, 2))


# ---------------------------------------------------------------- refused files


def test_a_tampered_hidden_sheet_is_refused_and_nothing_is_written(exported, make_db, tmp_path):
    _a, _ids, path = exported

    def tamper(book):
        ws = book[fmt.VERSIONS_SHEET]
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and "Data workshop" in c.value:
                    c.value = c.value.replace("Data workshop", "Data workshop (forged)")
                    return
        raise AssertionError("no version to tamper with")

    forged = edited(path, tmp_path / "forged.xlsx", tamper)
    b = make_db("b")
    import_ok(b, path)
    before = state(b)
    message = refused(b, forged)
    assert "forged.xlsx" in message and "changed after it was exported" in message and "export it again" in message
    assert state(b) == before


def test_a_newer_major_format_is_refused_even_with_a_correct_hash(exported, make_db, tmp_path):
    _a, _ids, path = exported

    def newer(book):
        set_meta(book, "format_version", f"{fmt.FORMAT_MAJOR + 1}.0")
        rehash(book)

    future = edited(path, tmp_path / "future.xlsx", newer)
    b = make_db("b")
    before = state(b)
    message = refused(b, future)
    assert f"format {fmt.FORMAT_MAJOR + 1}.0" in message and "newer" in message and "Install" in message
    assert state(b) == before


def test_the_rehash_helper_matches_the_exporter(exported, make_db, tmp_path):
    """Guards the newer-format test: a re-hashed untouched file still imports."""
    _a, _ids, path = exported
    same = edited(path, tmp_path / "same.xlsx", rehash)
    b = make_db("b")
    assert import_ok(b, same).totals["inserted"] == 3


def test_a_newer_minor_format_is_read(exported, make_db, tmp_path):
    a, _ids, path = exported

    def minor(book):
        from tests.sync.test_damaged_bytes import _recompute_hash

        set_meta(book, "format_version", f"{fmt.FORMAT_MAJOR}.{fmt.FORMAT_MINOR + 7}")
        _recompute_hash(book, a)  # as the office's newer release would sign it

    newer = edited(path, tmp_path / "minor.xlsx", minor)
    b = make_db("b")
    assert import_ok(b, newer).totals["inserted"] == 3


def test_a_meta_sheet_we_did_not_write_is_refused(exported, make_db, tmp_path):
    _a, _ids, path = exported
    other = edited(path, tmp_path / "other.xlsx", lambda bk: set_meta(bk, "format", "someone-elses-format"))
    b = make_db("b")
    before = state(b)
    message = refused(b, other)
    assert "'_meta'" in message and "did not write" in message
    assert state(b) == before


@pytest.mark.parametrize("kind", ["tampered", "newer"])
def test_the_cli_refuses_such_a_file_with_exit_1_and_writes_nothing(exported, make_db, tmp_path, capsys, kind):
    _a, _ids, path = exported

    def change(book):
        if kind == "tampered":
            set_meta(book, "office_name", "Somewhere else")
        else:
            set_meta(book, "format_version", f"{fmt.FORMAT_MAJOR + 1}.3")
            rehash(book)

    bad = edited(path, tmp_path / f"{kind}.xlsx", change)
    b = make_db("b")
    db_path = getattr(b.path, "url", b.path)  # a server database: its address with its password
    b.close()
    dump_before = _cli_dump(db_path, capsys)
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", "--trust-new-keys", str(bad), str(path)]) == 1
    _out, err = capsys.readouterr()
    assert f"refused {bad}" in err and "nothing was imported" in err
    assert main(["--db", str(db_path), "import", "--trust-new-keys", "--json", str(bad)]) == 1
    data = json.loads(capsys.readouterr()[0])
    assert data["applied"] is False and data["files"] == [] and data["refused"][0]["file"] == str(bad)
    assert _cli_dump(db_path, capsys) == dump_before


def _cli_dump(db_path: Path, capsys) -> str:
    capsys.readouterr()
    assert main(["--db", str(db_path), "dump"]) == 0
    return capsys.readouterr()[0]


# ---------------------------------------------------------------- sheets and cells that are not plain data


@pytest.mark.parametrize("state_", ["hidden", "veryHidden"])
def test_hidden_sheets_that_are_not_ours_are_reported_and_not_read(exported, make_db, tmp_path, state_):
    _a, _ids, path = exported

    def add_hidden(book):
        ws = book.create_sheet("Extra activities")
        ws.append(["title", "start_date"])
        ws.append(["Hidden row", dt.datetime(2026, 1, 1)])
        ws.sheet_state = state_

    hidden = edited(path, tmp_path / "hidden.xlsx", add_hidden)
    b = make_db("b")
    result = import_ok(b, hidden)
    notes = result.files[0].notes
    assert any("Extra activities" in n and "hidden" in n and "not read" in n for n in notes), notes
    assert "Hidden row" not in [v.values["title"] for v in records.list_records(b, "activity")]
    assert result.totals["inserted"] == 3


def test_our_hidden_sheets_made_visible_are_not_read_as_data(exported, make_db, tmp_path):
    """LibreOffice and Excel may unhide them; they are still ours, read as history, never as rows."""
    _a, _ids, path = exported

    def unhide(book):
        for name in fmt.HIDDEN_SHEETS:
            book[name].sheet_state = "visible"

    shown = edited(path, tmp_path / "shown.xlsx", unhide)
    b = make_db("b")
    result = import_ok(b, shown)
    assert result.totals["inserted"] == 3 and result.totals["hand_edits"] == 0 and result.files[0].notes == []


def test_merged_cells_quarantine_the_rows_they_touch(exported, make_db, tmp_path):
    _a, ids, path = exported

    def merge(book):
        ws = book[ACTIVITIES]
        row = row_of(ws, ids["training"])
        put(cell(ws, ids["training"], "title"), "Merged edit")
        ws.merge_cells(start_row=row, start_column=column(ws, "title"), end_row=row,
                       end_column=column(ws, "title") + 1)
        put(cell(ws, ids["workshop"], "places"), "Moshi")

    merged = edited(path, tmp_path / "merged.xlsx", merge)
    b = make_db("b")
    result = import_ok(b, merged)
    [q] = result.files[0].to_json()["quarantined"]
    assert q["sheet"] == ACTIVITIES and "merged" in q["reason"]
    assert records.show_record(b, "activity", ids["training"]).values["title"] == "OSBP joint training"
    assert records.show_record(b, "activity", ids["workshop"]).values["places"] == "Moshi"


def test_merged_cells_in_a_foreign_workbook_quarantine_the_rows(make_db, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = ACTIVITIES
    ws.append(["Title", "Places", "Countries"])
    ws.append(["Kept", "Busia", "KEN"])
    ws.append(["Merged", "Malaba", "UGA"])
    ws.append(["Merged too", "Malaba", "UGA"])
    ws.merge_cells("B3:B4")
    path = tmp_path / "partner.xlsx"
    book.save(path)
    b = make_db("b")
    result = import_ok(b, path)
    assert sorted(q["row"] for q in result.files[0].to_json()["quarantined"]) == [3, 4]
    assert [v.values["title"] for v in records.list_records(b, "activity")] == ["Kept"]


def test_a_refused_file_among_good_ones_stops_the_whole_import(exported, make_db, tmp_path):
    _a, _ids, path = exported
    forged = edited(path, tmp_path / "forged.xlsx", lambda bk: set_meta(bk, "export_stamp", "1"))
    b = make_db("b")
    before = state(b)
    result = exchange.import_workbooks(b, [path, forged], trust_new_keys=True)
    assert [f for f, _m in result.refused] == [str(forged)] and not result.applied
    assert state(b) == before


def test_data_below_a_long_run_of_empty_rows_is_not_lost_silently(make_db, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = ACTIVITIES
    ws.append(["Title", "Places"])
    ws.append(["Near", "Busia"])
    ws.cell(400, 1).value = "Far below"
    path = tmp_path / "gap.xlsx"
    book.save(path)
    b = make_db("b")
    import_ok(b, path)
    assert sorted(v.values["title"] for v in records.list_records(b, "activity")) == ["Far below", "Near"]


def test_a_forged_dimension_does_not_make_reading_walk_a_million_rows(make_db, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = ACTIVITIES
    ws.append(["Title"])
    ws.append(["Only row"])
    path = tmp_path / "forged.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:IV1048576"/>', parts[sheet])
    assert b"A1:IV1048576" in parts[sheet]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    b = make_db("b")
    started = dt.datetime.now()
    import_ok(b, path)
    assert (dt.datetime.now() - started).total_seconds() < 5
    assert [v.values["title"] for v in records.list_records(b, "activity")] == ["Only row"]


ESCAPE_LIKE = ["Code _x0041_ as typed", "Form\x0bfeed from Word", "_x005F_ and _x000D_ literally"]


def test_text_that_looks_like_a_spreadsheet_escape_travels_unchanged(make_db, tmp_path):
    """Spreadsheet XML writes control characters as _xHHHH_ and a literal '_xHHHH_' as '_x005F_xHHHH_'."""
    a = make_db("a")
    ids = {t: records.add_record(a, "activity", {"title": t, "description": t}) for t in ESCAPE_LIKE}
    path = export(a, tmp_path / "out.xlsx")
    resaved = edited(path, tmp_path / "resaved.xlsx", lambda bk: None)  # shared strings instead of inline
    for file in (path, resaved):
        b = make_db(f"b-{file.stem}")
        result = import_ok(b, file)
        assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0, result.files[0].to_json()
        for title, record_id in ids.items():
            values = records.show_record(b, "activity", record_id).values
            assert (values["title"], values["description"]) == (title, title)
    hand = edited(path, tmp_path / "hand.xlsx",
                  # as Excel stores the typed text "Site _x0042_" (openpyxl itself writes text unescaped)
                  lambda bk: put(cell(bk[ACTIVITIES], ids[ESCAPE_LIKE[0]], "places"), "Site _x005F_x0042_"))
    c = make_db("c")
    assert import_ok(c, hand).totals["hand_edits"] == 1
    assert records.show_record(c, "activity", ids[ESCAPE_LIKE[0]]).values["places"] == "Site _x0042_"


# ---------------------------------------------------------------- LibreOffice


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_libreoffice_resave_imports_with_no_hand_edits(make_db, tmp_path):
    a = make_db("a")
    ids = {t: records.add_record(a, "activity", {"title": t, "start_date": "2026-03-02", "countries": "KEN,UGA",
                                                 "participants_women": "7"}) for t in FORMULA_LIKE[:4] + ESCAPE_LIKE}
    contact = records.add_record(a, "contact", {"full_name": "José Díaz", "phone": "0722 000 111",
                                                "email": "jose@example.org"})
    intl = records.add_record(a, "contact", {"full_name": "Otieno", "phone": "00254722000111"})
    records.add_record(a, "meeting", {"title": "Consultation", "date": "2026-04-10", "kind": "consultation",
                                      "online": "yes"})
    path = export(a, tmp_path / "from-a.xlsx")
    resaved = resave_with_libreoffice(path, tmp_path)
    assert resaved.read_bytes() != path.read_bytes()
    # LibreOffice writes a yes/no cell as the formula TRUE() or FALSE(); nothing else became a formula
    assert formulas_in(resaved) and all(re.search(r">(TRUE|FALSE)\(\)$", f) for f in formulas_in(resaved))
    states = {ws.title: ws.sheet_state for ws in openpyxl.load_workbook(resaved).worksheets}
    assert states[fmt.META_SHEET] in ("hidden", "veryHidden")  # LibreOffice keeps them hidden, not very hidden

    b, c = make_db("b"), make_db("c")
    result = import_ok(b, resaved)
    report = result.files[0]
    assert result.totals["hand_edits"] == 0 and result.totals["rejected"] == 0, report.to_json()
    assert result.totals["quarantined"] == 0 and report.notes == []
    import_ok(c, path)
    assert dump_json(b) == dump_json(c)
    with b.reading() as session:
        assert session.execute(text("SELECT count(*) FROM versions WHERE origin = :o"),
                               {"o": HAND_EDIT}).scalar_one() == 0
    assert records.show_record(b, "contact", contact).values["phone"] == "0722 000 111"
    assert records.show_record(b, "contact", intl).values["phone"] == "00254722000111"
    for title, record_id in ids.items():
        assert records.show_record(b, "activity", record_id).values["title"] == title
    # the re-saved copy of a file already imported brings nothing new
    assert import_ok(c, resaved).files[0].already_imported
