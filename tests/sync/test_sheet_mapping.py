"""Plain sheets as people keep them (issue 12): the mapping the reader proposes and follows.

Every workbook here is a real .xlsx written with openpyxl the way a coordinator's tracker, an
OCHA 3W or a Kobo export is laid out (some re-saved by LibreOffice), read back by the real
reader and, where it matters, imported into a real database.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from mouliaison.services import records
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.column_names import match, normal
from mouliaison.sync.reader import IncomingWorkbook, read_book, read_workbook
from mouliaison.sync.sheet_mapping import BY_HXL, BY_PERSON, MappingFile, MappingProblem, SheetMapping
from mouliaison.sync.sheet_readers import SheetBook, Special
from tests.sync.workbooks import import_ok

FIXTURES = Path(__file__).parent.parent / "fixtures" / "plain"


def book_of(path: Path, sheets: dict[str, list[list[Any]]], change=None) -> Path:
    """A workbook with these sheets, rows as given (None: an empty cell); `change(book)` before saving."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    if change is not None:
        change(book)
    book.save(path)
    return path


def read(path: Path, choices: MappingFile | None = None) -> IncomingWorkbook:
    return read_workbook(path, choices=choices)


def only(incoming: IncomingWorkbook) -> SheetMapping:
    assert len(incoming.mappings) == 1, incoming.mappings
    return next(iter(incoming.mappings.values()))


def fields(mapping: SheetMapping) -> dict[str, str | None]:
    return {c.header: c.field for c in mapping.columns}


def titles(db, entity: str = "activity") -> list[str]:
    return sorted(str(r.values[records_title(entity)]) for r in records.list_records(db, entity))


def records_title(entity: str) -> str:
    from mouliaison.domain.record_types import RECORD_TYPES
    return RECORD_TYPES[entity].title_field


def resaved(path: Path, out: Path) -> Path:
    """The file opened and saved by LibreOffice, as a person would."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out.mkdir()
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    return out / path.name


# ---------------------------------------------------------------- matching a header


@pytest.mark.parametrize(("entity", "header", "key"), [
    ("activity", "Start date:", "start_date"),
    ("activity", "START_DATE", "start_date"),
    ("activity", "Date de début *", "start_date"),
    ("activity", "Titre", "title"),
    ("activity", "Pays", "countries"),
    ("activity", "Fecha de inicio", "start_date"),
    ("activity", "Activity name", "title"),
    ("activity", "Countries", "countries"),
    ("activity", "Lead", "lead_party"),
    ("contact", "E-mail", "email"),
    ("contact", "Courriel", "email"),
    ("contact", "Phone", "phone"),
    ("contact", "Organisation", "organisation"),
    ("meeting", "Date", "date"),
    ("meeting", "Fecha", "date"),
    ("information_exchange", "De", "from_party"),
    ("activity", "group_activity/activity_title", "title"),
])
def test_a_header_matches_its_field_whatever_its_case_accents_spaces_or_language(entity, header, key):
    assert match(entity, header)[0] == key
    assert normal("Date de début *") == normal("date_de_debut") == "datededebut"


@pytest.mark.parametrize(("entity", "tag", "key"), [
    ("activity", "#activity+name", "title"),
    ("activity", "#date+start", "start_date"),
    ("activity", "#date +end", "end_date"),
    ("activity", "#country+code", "countries"),
    ("activity", "#adm1+name", "places"),
    ("activity", "#org+name+impl", "organisations"),
    ("activity", "#reached+f+adults", "participants_women"),
    ("contact", "#contact+email", "email"),
    ("contact", "#contact+name", "full_name"),
    ("organisation", "#org+name", "name"),
])
def test_an_hxl_hashtag_matches_its_field_with_attributes_in_any_order(entity, tag, key):
    assert match(entity, "", tag) == (key, BY_HXL)


def test_hxl_attributes_are_order_insensitive():
    assert match("activity", "", "#reached+adults+f") == match("activity", "", "#reached+f+adults")
    assert match("activity", "", "#date+planned+start") == ("planned_start_date", BY_HXL)


# ---------------------------------------------------------------- the header row


TRACKER = [
    ["IOM Nairobi – activity tracker 2026"],
    [],
    ["Updated 3 March 2026 by the liaison officer"],
    [],
    ["Title", "Start date", "End date", "Country", "Status"],
    ["Joint patrol", dt.datetime(2026, 2, 1), dt.datetime(2026, 2, 3), "KEN", "ongoing"],
    ["Port visit", "2026-03-10", None, "TZA", "planned"],
]


def test_a_title_and_blank_rows_above_the_header_are_skipped(make_db, tmp_path):
    path = book_of(tmp_path / "tracker.xlsx", {"Sheet1": TRACKER})
    mapping = only(read(path))
    assert (mapping.entity, mapping.header_row, mapping.first_data_row) == ("activity", 5, 6)
    assert fields(mapping) == {"Title": "title", "Start date": "start_date", "End date": "end_date",
                               "Country": "countries", "Status": "status"}
    assert any("header is row 5" in n and "rows 1, 3" in n for n in mapping.notes), mapping.notes
    db = make_db("a")
    result = import_ok(db, path)
    assert result.files[0].counts["activity"]["inserted"] == 2, result.files[0].to_json()
    patrol = next(r for r in records.list_records(db, "activity") if r.values["title"] == "Joint patrol")
    assert patrol.values["start_date"] == dt.date(2026, 2, 1) and patrol.values["countries"] == ("KEN",)


def test_the_tracker_resaved_by_libreoffice_maps_the_same(tmp_path):
    path = book_of(tmp_path / "tracker.xlsx", {"Sheet1": TRACKER})
    again = resaved(path, tmp_path / "lo")
    assert only(read(again)).choices() == only(read(path)).choices()


def test_a_header_on_two_rows(tmp_path):
    def merge(book):
        ws = book["Activities"]
        ws.merge_cells("A2:A3")
        ws.merge_cells("B2:C2")

    path = book_of(tmp_path / "two.xlsx", {"Activities": [
        ["Liaison tracker"],
        ["Title", "Dates", None, "Country"],
        [None, "Start", "End"],
        ["Joint patrol", "2026-02-01", "2026-02-03", "KEN"],
    ]}, merge)
    incoming = read(path)
    mapping = only(incoming)
    assert (mapping.header_row, mapping.first_data_row) == (3, 4)
    assert mapping.field_columns() == {"title": 0, "start_date": 1, "end_date": 2, "countries": 3}
    assert [r.cells for r in incoming.rows] == [{"title": "Joint patrol", "start_date": "2026-02-01",
                                                 "end_date": "2026-02-03", "countries": "KEN"}]


def test_a_sheet_whose_rows_are_all_blank_above_the_header_is_still_read(tmp_path):
    sheet = [[], [], [], ["Title", "Start"], ["Border census", "2026-02-01"]]
    path = book_of(tmp_path / "blank.xlsx", {"Activities": sheet})
    incoming = read(path)
    assert only(incoming).header_row == 4
    assert [(r.row, r.cells["title"]) for r in incoming.rows] == [(5, "Border census")]


# ---------------------------------------------------------------- languages and common names


def test_french_headers_on_a_sheet_named_in_french(make_db, tmp_path):
    path = book_of(tmp_path / "fr.xlsx", {"Activités": [
        ["Titre", "Date de début", "Date de fin", "Pays", "Statut", "Remarques internes"],
        ["Patrouille conjointe", "2026-02-01", "2026-02-03", "KEN", "ongoing", "voir avec le chef"],
    ]})
    mapping = only(read(path))
    assert mapping.entity == "activity"
    assert fields(mapping) == {"Titre": "title", "Date de début": "start_date", "Date de fin": "end_date",
                               "Pays": "countries", "Statut": "status", "Remarques internes": None}
    db = make_db("fr")
    import_ok(db, path)
    assert titles(db) == ["Patrouille conjointe"]


def test_spanish_headers(make_db, tmp_path):
    path = book_of(tmp_path / "es.xlsx", {"Hoja1": [
        ["Título", "Fecha de inicio", "Fecha de fin", "Países", "Estado"],
        ["Patrulla conjunta", "2026-02-01", "2026-02-03", "KEN, UGA", "planned"],
    ]})
    mapping = only(read(path))
    assert mapping.entity == "activity"
    assert set(mapping.field_columns()) == {"title", "start_date", "end_date", "countries", "status"}
    db = make_db("es")
    import_ok(db, path)
    assert records.list_records(db, "activity")[0].values["countries"] == ("KEN", "UGA")


def test_common_names_for_the_columns(tmp_path):
    path = book_of(tmp_path / "syn.xlsx", {"Tracker": [
        ["Activity title", "Start date", "End date", "Countries", "Lead", "Status", "Location"],
        ["Joint patrol", "2026-02-01", "2026-02-03", "KEN", "IOM", "planned", "Busia"],
    ]})
    mapping = only(read(path))
    assert mapping.entity == "activity"
    assert fields(mapping) == {"Activity title": "title", "Start date": "start_date", "End date": "end_date",
                               "Countries": "countries", "Lead": "lead_party", "Status": "status",
                               "Location": "places"}
    assert mapping.key == ("title", "start_date")
    assert any("Title + Start" in n for n in mapping.notes)


def test_a_contacts_sheet_by_common_names(tmp_path):
    path = book_of(tmp_path / "contacts.xlsx", {"Sheet1": [
        ["Name", "Organisation", "E-mail", "Phone", "Position"],
        ["Amina Odhiambo", "KRA", "amina@example.org", "+254 700 000 000", "Customs officer"],
    ]})
    mapping = only(read(path))
    assert mapping.entity == "contact"
    assert fields(mapping) == {"Name": "full_name", "Organisation": "organisation", "E-mail": "email",
                               "Phone": "phone", "Position": "title"}
    assert mapping.key == ("full_name", "email")


# ---------------------------------------------------------------- the record type


def test_extra_columns_do_not_change_the_type_they_are_left_out_and_named(make_db, tmp_path):
    path = book_of(tmp_path / "extra.xlsx", {"Sheet1": [
        ["No.", "Title", "Start", "End", "Country", "Status", "Notes", "Email"],
        [1, "Joint patrol", "2026-02-01", "2026-02-03", "KEN", "planned", "ask KRA", "x@example.org"],
        [2, "Port visit", "2026-03-10", None, "TZA", "planned", None, None],
    ]})
    incoming = read(path)
    mapping = only(incoming)
    assert mapping.entity == "activity"
    assert fields(mapping)["Notes"] is None and fields(mapping)["Email"] is None and fields(mapping)["No."] is None
    assert any("columns A 'No.', G 'Notes', H 'Email' match no field of joint activities; left out" in n
               for n in incoming.notes), incoming.notes
    db = make_db("x")
    assert import_ok(db, path).files[0].counts["activity"]["inserted"] == 2


def test_information_exchanges_with_the_apps_own_labels(tmp_path):
    path = book_of(tmp_path / "ie.xlsx", {"Sheet1": [
        ["Date", "From", "To", "Subject", "Documents (title and reference, one a line)", "Classification"],
        ["2026-02-01", "IOM", "WCO", "Border data", "Report 12", "confidential"],
    ]})
    mapping = only(read(path))
    assert mapping.entity == "information_exchange"
    assert set(mapping.field_columns()) == {"date", "from_party", "to_party", "subject", "documents",
                                            "classification"}
    assert mapping.scores[0][0] == "information_exchange"
    assert mapping.key == ("subject", "date")


def test_ip_use_approvals_with_the_apps_own_labels(tmp_path):
    path = book_of(tmp_path / "ip.xlsx", {"Sheet1": [
        ["Owner of the IP", "Party using it", "Logo, name or trademark", "Product or event", "Requested by",
         "Requested on", "Status"],
        ["WCO", "IOM", "logo", "Joint brochure", None, "2026-02-01", "requested"],
    ]})
    mapping = only(read(path))
    assert mapping.entity == "ip_use_approval"
    assert mapping.field_columns()["requested_by"] == 4 and mapping.field_columns()["requested_on"] == 5


def test_a_tie_is_not_read_and_the_note_says_how_to_choose(tmp_path):
    path = book_of(tmp_path / "tie.xlsx", {"Sheet1": [["Title", "Start"], ["Border census", "2026-02-01"]]})
    incoming = read(path)
    mapping = only(incoming)
    assert mapping.entity is None and not incoming.rows
    assert {e for e, _s in mapping.scores[:2]} == {"activity", "project_agreement"}
    assert mapping.scores[0][1] == mapping.scores[1][1]
    note = next(n for n in incoming.notes if "fit several record types" in n)
    assert "joint activities" in note and "project agreements" in note and "--map" in note and "name the sheet" in note


def test_a_sheet_named_in_french_settles_the_tie(tmp_path):
    path = book_of(tmp_path / "named.xlsx", {"Activités 2026": [["Title", "Start"], ["Border census", "2026-02-01"]]})
    assert only(read(path)).entity == "activity"


def test_too_weak_a_match_is_not_read(tmp_path):
    path = book_of(tmp_path / "weak.xlsx", {"Budget": [["Line", "Amount", "Description"], ["Fuel", 300, "trucks"]]})
    incoming = read(path)
    assert only(incoming).entity is None and not incoming.rows
    assert any("do not match one record type" in n and "--map" in n for n in incoming.notes), incoming.notes


def test_a_required_field_without_a_column_refuses_the_sheet_with_a_note(tmp_path):
    path = book_of(tmp_path / "meetings.xlsx", {"Meetings": [["Title", "Date", "Location"],
                                                            ["Steering committee", "2026-02-01", "Nairobi"]]})
    incoming = read(path)
    assert only(incoming).entity is None and not incoming.rows
    assert any("no column for Kind" in n and "not read" in n for n in incoming.notes), incoming.notes


def test_a_sheet_without_status_names_the_default_every_row_gets(make_db, tmp_path):
    path = book_of(tmp_path / "nostatus.xlsx", {"Activities": [["Title", "Start"], ["Border census", "2026-02-01"]]})
    incoming = read(path)
    note = "no Status column: every row will be 'planned'; add a Status column or map one with --map"
    assert note in only(incoming).notes
    assert any(note in n for n in incoming.notes)
    db = make_db("s")
    import_ok(db, path)
    assert records.list_records(db, "activity")[0].values["status"] == "planned"


# ---------------------------------------------------------------- HXL and Kobo


def test_an_hxl_3w_sheet_header_and_hashtag_row(tmp_path):
    path = FIXTURES / "3w-hxl.xlsx"
    incoming = read(path)
    mapping = incoming.mappings["3W"]
    assert (mapping.entity, mapping.header_row, mapping.first_data_row) == ("activity", 1, 3)
    assert mapping.field_columns() == {"organisations": 0, "thematic_areas": 1, "title": 2, "countries": 3,
                                       "places": 4, "start_date": 6, "end_date": 7, "status": 8,
                                       "participants_women": 9, "participants_men": 10}
    by_column = {c.letter: c for c in mapping.columns}
    assert by_column["F"].field is None and by_column["F"].hxl == "#adm2+name"  # places is taken by Admin 1
    assert "column F 'Admin 2' would fill the same field as column E 'Admin 1' (Places); left out" in mapping.notes
    assert all(c.how == BY_HXL for c in mapping.columns if c.field)
    assert min(r.row for r in incoming.rows if r.sheet == "3W") == 3  # the hashtag row is no data
    first = next(r for r in incoming.rows if r.row == 3)
    assert first.cells["title"] and first.cells["countries"] == "SOM"


def test_hashtags_as_the_only_header(tmp_path):
    path = book_of(tmp_path / "tags.xlsx", {"Data": [
        ["#activity+name", "#date+start", "#country+code", "#status"],
        ["Joint patrol", "2026-02-01", "KEN", "planned"],
    ]})
    mapping = only(read(path))
    assert (mapping.entity, mapping.header_row, mapping.first_data_row) == ("activity", 1, 2)
    assert set(mapping.field_columns()) == {"title", "start_date", "countries", "status"}


def test_a_kobo_export_its_meta_columns_left_out_and_its_ids_quarantine_nothing(make_db, tmp_path):
    path = book_of(tmp_path / "kobo.xlsx", {"Activity_form": [
        ["start", "end", "today", "deviceid", "group_act/activity_title", "group_act/start_date", "country",
         "_id", "_uuid", "_submission_time", "_validation_status", "_index", "__version__"],
        ["2026-02-01T09:00:00", "2026-02-01T09:10:00", "2026-02-01", "collect:abc", "Joint patrol", "2026-02-01",
         "KEN", 123456, "0a1b2c3d-0000-4000-8000-000000000001", "2026-02-01T09:11:00", None, 1, "vAbc"],
        ["2026-02-02T09:00:00", "2026-02-02T09:10:00", "2026-02-02", "collect:abc", "Port visit", "2026-02-05",
         "TZA", 123457, "0a1b2c3d-0000-4000-8000-000000000002", "2026-02-02T09:11:00", None, 2, "vAbc"],
    ]})
    incoming = read(path)
    mapping = only(incoming)
    assert mapping.entity == "activity"
    assert mapping.field_columns() == {"title": 4, "start_date": 5, "countries": 6}
    assert sum("KoboToolbox/ODK" in n for n in incoming.notes) == 1
    assert all(fmt.ID_KEY not in r.cells for r in incoming.rows)
    db = make_db("k")
    result = import_ok(db, path)
    assert result.files[0].counts["activity"]["inserted"] == 2
    assert result.totals["quarantined"] == 0


def test_their_id_column_is_left_out_and_quarantines_nothing(make_db, tmp_path):
    path = book_of(tmp_path / "ids.xlsx", {"Activities": [["ID", "Title", "Start"], [1, "Joint patrol", "2026-02-01"],
                                                          [2, "Port visit", "2026-03-01"]]})
    incoming = read(path)
    mapping = only(incoming)
    assert fields(mapping)["ID"] is None and mapping.key == ("title", "start_date")
    assert any("column A 'ID' holds values that are not record ids (e.g. '1'); left out" in n for n in incoming.notes)
    result = import_ok(make_db("i"), path)
    assert result.files[0].counts["activity"]["inserted"] == 2 and result.totals["quarantined"] == 0


# ---------------------------------------------------------------- never silently wrong


def _hide(book) -> None:
    ws = book["Activities"]
    ws.column_dimensions["D"].hidden = True
    ws.row_dimensions[4].hidden = True


HIDDEN_SHEET = [
    ["Title", "Start", "Status", "Description"],
    ["Joint patrol", "2026-02-01", "planned", "internal: driver unreliable"],
    ["Port visit", "2026-03-01", "planned", None],
    ["Old draft", "2025-01-01", "planned", None],
]


@pytest.mark.parametrize("libreoffice", [False, True], ids=["openpyxl", "re-saved by LibreOffice"])
def test_hidden_columns_and_rows_are_left_out_and_named(make_db, tmp_path, libreoffice):
    path = book_of(tmp_path / "hidden.xlsx", {"Activities": HIDDEN_SHEET}, _hide)
    if libreoffice:
        path = resaved(path, tmp_path / "lo")
    incoming = read(path)
    mapping = only(incoming)
    assert fields(mapping)["Description"] is None
    assert any("column D 'Description' is hidden; left out" in n for n in incoming.notes), incoming.notes
    assert any("hidden row 4 left out" in n for n in incoming.notes), incoming.notes
    assert [r.cells["title"] for r in incoming.rows] == ["Joint patrol", "Port visit"]
    db = make_db("h")
    import_ok(db, path)
    assert titles(db) == ["Joint patrol", "Port visit"]
    assert all(r.values["description"] is None for r in records.list_records(db, "activity"))


def test_hidden_parts_are_read_when_the_mapping_says_so(tmp_path):
    path = book_of(tmp_path / "hidden.xlsx", {"Activities": HIDDEN_SHEET}, _hide)
    choices = MappingFile.from_json({"format": "mouliaison-mapping", "version": 1,
                                     "sheets": {"Activities": {"type": "activity", "include_hidden": True}}})
    incoming = read(path, choices)
    assert only(incoming).include_hidden and "description" in only(incoming).field_columns()
    assert [r.cells["title"] for r in incoming.rows] == ["Joint patrol", "Port visit", "Old draft"]


def test_totals_and_month_rows_are_left_out_and_named(make_db, tmp_path):
    def merge(book):
        book["Activities"].merge_cells("A2:E2")

    path = book_of(tmp_path / "totals.xlsx", {"Activities": [
        ["Title", "Start", "Status", "Participants (women)", "Participants (men)"],
        ["January 2026"],
        ["Joint patrol", "2026-01-10", "planned", 4, 9],
        ["Port visit", "2026-01-20", "planned", 2, 3],
        ["Region: East"],
        ["Border census", "2026-02-01", "planned", 1, 1],
        ["Sous-total", None, None, 7, 13],
        [None, None, None, 7, 13],
        ["TOTAL GÉNÉRAL", None, None, 7, 13],
        ["EAST AFRICA"],
        ["Data workshop"],
    ]}, merge)
    incoming = read(path)
    assert [r.cells["title"] for r in incoming.rows] == ["Joint patrol", "Port visit", "Border census", "Data workshop"]
    assert any("rows 7–9 are totals; left out" in n for n in incoming.notes), incoming.notes
    assert any("rows 2, 5, 10 only name a section" in n for n in incoming.notes), incoming.notes
    db = make_db("t")
    assert import_ok(db, path).files[0].counts["activity"]["inserted"] == 4


def test_merged_cells_fill_down_when_asked_and_are_quarantined_otherwise(make_db, tmp_path):
    def merge(book):
        book["Activities"].merge_cells("B2:B3")

    sheet = [["Title", "Country", "Start"], ["Joint patrol", "KEN", "2026-01-10"], ["Port visit", None, "2026-01-20"]]
    path = book_of(tmp_path / "merged.xlsx", {"Activities": sheet}, merge)
    assert all(r.merged for r in read(path).rows)
    choices = MappingFile.from_json({"format": "mouliaison-mapping", "version": 1,
                                     "sheets": {"Activities": {"fill_down": True}}})
    incoming = read(path, choices)
    assert [(r.cells["title"], r.cells["countries"], r.merged) for r in incoming.rows] == [
        ("Joint patrol", "KEN", False), ("Port visit", "KEN", False)]


class _ListBook(SheetBook):
    """Rows given as lists: for a formula's cached value, which openpyxl's streaming reader does not give yet."""

    def __init__(self, rows: list[list[Any]]) -> None:
        self.sheet_names, self.modified, self._rows = ["Activities"], None, rows

    def visible(self, name: str) -> bool:
        return True

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        yield from self._rows

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return []

    def last_row(self, name: str) -> int:
        return len(self._rows)

    def close(self) -> None:
        pass


def test_a_formula_takes_its_computed_value_and_is_named_without_one_it_is_refused(tmp_path):
    book = _ListBook([
        ["Title", "Start", "Participants (women)"],
        ["Joint patrol", "2026-01-10", Special("f", "=2+2", 4)],
        ["Port visit", "2026-01-20", Special("f", "=A1", None)],
    ])
    incoming = read_book(book, tmp_path / "f.xlsx", "0" * 64, lambda *a: None)
    patrol, port = incoming.rows
    assert patrol.cells["participants_women"] == 4 and not patrol.problems
    assert [p.column for p in port.problems] == ["C"] and "without a computed value" in port.problems[0].reason
    assert any("1 formula cell (column C) imported as the value" in n for n in incoming.notes), incoming.notes


# ---------------------------------------------------------------- a person's choices


def test_a_choices_file_overrides_a_column_and_is_saved_as_it_came(make_db, tmp_path):
    path = book_of(tmp_path / "choose.xlsx", {"Tracker": [
        ["Title", "Start", "Remarks", "Country"],
        ["Joint patrol", "2026-02-01", "with KRA", "KEN"],
    ]})
    choices = MappingFile.loads('{"format": "mouliaison-mapping", "version": 1, "sheets": {"Tracker": '
                                '{"type": "activity", "columns": {"Remarks": "description", "Country": null}}}}')
    incoming = read(path, choices)
    mapping = only(incoming)
    assert fields(mapping) == {"Title": "title", "Start": "start_date", "Remarks": "description", "Country": None}
    assert {c.header: c.how for c in mapping.columns}["Remarks"] == BY_PERSON
    assert incoming.rows[0].cells == {"title": "Joint patrol", "start_date": "2026-02-01", "description": "with KRA"}
    again = MappingFile.from_mappings(incoming.mappings)
    assert only(read(path, again)).choices() == mapping.choices()


@pytest.mark.parametrize(("entry", "message"), [
    ({"type": "activities"}, '"type" must be a record type (agreement, party'),
    ({"type": "activity", "columns": {"Remarks": "remarks"}}, "\"columns\" names 'remarks', not fields of joint"),
    ({"type": "activity", "key": ["title", "when"]}, "\"key\" names 'when', not fields of joint activities"),
    ({"columns": {"Remarks": "remarks"}}, "\"columns\" names 'remarks', not fields of any record type"),
])
def test_a_mapping_file_naming_an_unknown_type_or_field_is_a_clear_problem(entry, message):
    with pytest.raises(MappingProblem, match=re.escape(message)):
        MappingFile.from_json({"format": "mouliaison-mapping", "version": 1, "sheets": {"Tracker": entry}})


@pytest.mark.parametrize(("entry", "message"), [
    ({"columns": {"Remarks": "date"}}, "column 'Remarks' is mapped to \"date\", which is not a field of joint"),
    ({"type": "activity", "columns": {"Title": "title", "Remarks": "title"}}, "are both mapped to"),
    ({"type": "activity", "header_row": 30}, "\"header_row\" 30 is past the rows"),
])
def test_a_choice_that_does_not_fit_the_sheet_is_a_clear_problem(tmp_path, entry, message):
    sheet = [["Title", "Start", "Remarks"], ["Joint patrol", None, "x"]]
    path = book_of(tmp_path / "choose.xlsx", {"Activities": sheet})
    choices = MappingFile.from_json({"format": "mouliaison-mapping", "version": 1, "sheets": {"Activities": entry}})
    with pytest.raises(MappingProblem, match=re.escape(message)):
        read(path, choices)


def test_a_choice_sets_the_header_row_and_a_sheet_can_be_skipped(tmp_path):
    path = book_of(tmp_path / "rows.xlsx", {"Tracker": [["Title", "Start"], ["Activity", "From"],
                                                        ["Joint patrol", "2026-02-01"]],
                                            "Other": [["Title", "Start"], ["x", "y"]]})
    choices = MappingFile.from_json({"format": "mouliaison-mapping", "version": 1, "sheets": {
        "Tracker": {"type": "activity", "header_row": 2, "columns": {"From": "start_date"}},
        "Other": {"type": None}}})
    incoming = read(path, choices)
    assert incoming.mappings["Tracker"].header_row == 2
    assert [(r.sheet, r.row, r.cells) for r in incoming.rows] == [
        ("Tracker", 3, {"title": "Joint patrol", "start_date": "2026-02-01"})]
    assert incoming.mappings["Other"].entity is None


def test_every_plain_sheet_gets_a_mapping_read_or_left_out(tmp_path):
    path = book_of(tmp_path / "many.xlsx", {"Activities": [["Title", "Start"], ["x", "2026-01-01"]],
                                            "Budget": [["Line", "Amount"], ["Fuel", 3]], "Empty": []})
    incoming = read(path)
    assert set(incoming.mappings) == {"Activities", "Budget", "Empty"}
    assert incoming.mappings["Activities"].entity == "activity"
    assert incoming.mappings["Budget"].entity is None and incoming.mappings["Empty"].entity is None


def test_our_own_export_is_not_read_as_a_plain_sheet(make_db, tmp_path):
    from tests.sync.workbooks import export
    db = make_db("a")
    records.add_record(db, "activity", {"title": "Joint patrol"})
    incoming = read(export(db, tmp_path / "ours.xlsx"))
    assert incoming.ours and not incoming.mappings


def test_a_mapping_saved_for_a_layout_is_used_for_a_sheet_of_that_layout_and_absent_columns_are_named(tmp_path):
    sheet = [["Title", "Start", "Remarks"], ["Joint patrol", "2026-02-01", "with KRA"]]
    path = book_of(tmp_path / "layout.xlsx", {"Tracker March": sheet})
    layout = only(read(path)).layout()
    saved = MappingFile(by_layout={layout: MappingFile.from_json({
        "format": "mouliaison-mapping", "version": 1,
        "sheets": {"x": {"type": "activity", "columns": {"Remarks": "description", "Budget": None}}}}).sheets["x"]})
    incoming = read(path, saved)
    mapping = only(incoming)
    assert mapping.entity == "activity" and mapping.field_columns()["description"] == 2
    assert mapping.notes[0] == "read with the mapping saved for sheets laid out like this one"
    assert any("names column 'Budget', which the sheet does not have" in n for n in incoming.notes)


def test_a_version_column_of_theirs_is_left_out_and_named(tmp_path):
    path = book_of(tmp_path / "version.xlsx", {"Activities": [["Title", "Start", "Version"],
                                                             ["Joint patrol", "2026-02-01", "v2"]]})
    incoming = read(path)
    assert fields(only(incoming))["Version"] is None
    assert incoming.rows[0].cells == {"title": "Joint patrol", "start_date": "2026-02-01"}
    assert any("column C 'Version' matches no field of joint activities; left out" in n for n in incoming.notes)
