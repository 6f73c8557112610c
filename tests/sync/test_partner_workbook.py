"""A workbook a person reads and prints (format 3): names and labels in the visible cells, ids
and versions in hidden columns, print set-up; and the import telling an unchanged name or label
from a person's edit. Every file is real: written by our export, read by openpyxl and
python-calamine, re-saved by LibreOffice, edited with openpyxl as a person would, imported again.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from mouliaison.domain.default_agreement import IOM_ID, WCO_ID
from mouliaison.privacy.recipients import Recipient
from mouliaison.services import exchange, records
from mouliaison.services.database import Database
from mouliaison.sync import cell_texts
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.printed_sheet import EMPTY_WIDTH, LINE_HEIGHT, PAGE_WIDTH, SMALLEST_SCALE, pages_wide
from tests.libreoffice import resave_with_libreoffice
from tests.sync.test_import_hazards import refused, rehash, set_meta, state
from tests.sync.workbooks import ACTIVITIES, cell, column, export, import_ok, put, row_of

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
FORMAT_2_0 = Path(__file__).resolve().parents[1] / "fixtures" / "format-2.0" / "activities.xlsx"
FIXTURE_ACTIVITY = "01a2489f-120e-72f7-9c5a-deb4575f4c35"  # see tests/fixtures/format-2.0/README.md
VISIBLE = ("Organisations", "Contacts", ACTIVITIES)


@pytest.fixture
def office(make_db) -> tuple[Database, dict[str, str]]:
    db = make_db("a")
    ids = {"kra": records.add_record(db, "organisation", {"name": "Kenya Revenue Authority", "acronym": "KRA",
                                                          "country": "KEN"})}
    ids["amina"] = records.add_record(db, "contact", {"full_name": "Amina Otieno", "organisation": ids["kra"]})
    ids["juma"] = records.add_record(db, "contact", {"full_name": "Juma Mwangi", "organisation": ids["kra"]})
    ids["workshop"] = records.add_record(db, "activity", {
        "title": "Border management workshop", "status": "planned", "kind": "training", "lead_party": IOM_ID,
        "countries": ["KEN", "TZA"], "organisations": [ids["kra"]], "participants": [ids["amina"], ids["juma"]],
        "description": "Two days on coordinated border management. " * 12,
    })
    ids["survey"] = records.add_record(db, "activity", {
        "title": "Survey of border posts", "status": "ongoing", "lead_party": WCO_ID, "countries": ["KEN"],
        "participants": [ids["juma"]],
    })
    return db, ids


def partner_export(db: Database, path: Path, **kw) -> Path:
    return export(db, path, types=["organisation", "contact", "activity"], recipient=Recipient.parse("partner"), **kw)


def visible_cells_openpyxl(path: Path) -> dict[str, list[list[object]]]:
    """The cells a person sees: not the hidden key row, not the hidden columns."""
    book = openpyxl.load_workbook(path)
    shown = {}
    for name in VISIBLE:
        ws = book[name]
        hidden = {letter for letter, dim in ws.column_dimensions.items() if dim.hidden}
        keep = [c for c in range(1, ws.max_column + 1) if openpyxl.utils.get_column_letter(c) not in hidden]
        shown[name] = [[ws.cell(r, c).value for c in keep] for r in range(fmt.LABEL_ROW, ws.max_row + 1)]
    return shown


def test_the_visible_cells_name_records_and_terms_for_openpyxl_and_calamine(office, tmp_path):
    db, ids = office
    path = partner_export(db, tmp_path / "partner.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book[ACTIVITIES]
    assert cell(ws, ids["workshop"], "lead_party").value == "IOM"
    assert cell(ws, ids["workshop"], "status").value == "Planned"
    assert cell(ws, ids["workshop"], "kind").value == "Training"
    assert cell(ws, ids["workshop"], "countries").value == "Kenya; Tanzania"
    assert cell(ws, ids["workshop"], "organisations").value == "Kenya Revenue Authority"
    assert cell(ws, ids["workshop"], "participants").value == "Amina Otieno; Juma Mwangi"
    assert cell(book["Contacts"], ids["amina"], "organisation").value == "Kenya Revenue Authority"
    assert cell(book["Organisations"], ids["kra"], "country").value == "Kenya"
    # the id and version are there, locked, in columns hidden in a group (not printed)
    for letter in ("A", "B"):
        assert ws.column_dimensions[letter].hidden and ws.column_dimensions[letter].outlineLevel == 1
    assert cell(ws, ids["workshop"], fmt.ID_KEY).value == ids["workshop"]
    assert ws.protection.sheet
    # what a person sees holds no id, whichever reader looks
    for name, rows in visible_cells_openpyxl(path).items():
        assert not any(UUID.search(str(v)) for row in rows for v in row if v is not None), name
    calamine = CalamineWorkbook.from_path(str(path))
    for name in VISIBLE:
        rows = calamine.get_sheet_by_name(name).to_python()
        keys = rows[0]
        seen = [str(v) for row in rows[1:] for key, v in zip(keys, row, strict=False) if key not in fmt.LEADING_KEYS]
        assert seen and not any(UUID.search(v) for v in seen), name
    rows = calamine.get_sheet_by_name(ACTIVITIES).to_python()
    lead = rows[0].index("lead_party")
    assert sorted(r[lead] for r in rows[2:]) == ["IOM", "WCO"]


def test_a_workbook_in_french_shows_french_labels_and_reads_a_french_label_typed_in(office, make_db, tmp_path):
    db, ids = office
    path = partner_export(db, tmp_path / "fr.xlsx", language="fr")
    other = make_db("b")
    import_ok(other, path)
    book = openpyxl.load_workbook(path)
    ws = book[ACTIVITIES]
    assert ws.cell(fmt.LABEL_ROW, column(ws, "status")).value == "Statut"
    assert ws.cell(fmt.LABEL_ROW, column(ws, fmt.DELETE_KEY)).value == "Supprimer ?"
    assert cell(ws, ids["workshop"], "status").value == "Prévue"
    assert cell(ws, ids["workshop"], "kind").value == "Formation"
    assert cell(ws, ids["workshop"], "countries").value == "Kenya; Tanzanie"
    put(cell(ws, ids["workshop"], "status"), "Terminée")
    put(cell(ws, ids["survey"], "countries"), "Kenya; Ouganda")
    edited = tmp_path / "fr-edited.xlsx"
    book.save(edited)
    report = import_ok(other, edited).files[0]
    assert report.counts["activity"]["hand_edits"] == 2 and not report.rejected, report.to_json()
    assert records.show_record(other, "activity", ids["workshop"]).values["status"] == "completed"
    assert records.show_record(other, "activity", ids["survey"]).values["countries"] == ("KEN", "UGA")


def test_an_export_in_an_unknown_language_is_refused_before_anything_is_written(office, tmp_path):
    db, _ids = office
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(exchange.ExportProblem, match="'de'"):
        partner_export(db, out / "de.xlsx", language="de")
    assert not list(out.iterdir())


def test_every_visible_sheet_prints_landscape_as_wide_as_the_page_with_its_title_and_period(office, tmp_path):
    db, _ids = office
    path = partner_export(db, tmp_path / "print.xlsx", since="2020-01-01")
    book = openpyxl.load_workbook(path)
    for name in VISIBLE:
        ws = book[name]
        setup = ws.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == 9, name
        assert ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert setup.fitToHeight == 0, name  # as many pages high as the rows need
        if name == ACTIVITIES:  # 25 columns: two pages wide, the title on each, a record's pages side by side
            assert setup.fitToWidth == 2 and ws.print_title_cols == "$D:$D" and setup.pageOrder == "overThenDown"
        else:  # a few columns: one page wide
            assert setup.fitToWidth in (None, 1) and ws.print_title_cols is None, name
        assert ws.print_title_rows == "$2:$2", name
        header, footer = ws.oddHeader, ws.oddFooter
        assert header.left.text is None and header.right.text is None, name
        centre = header.center.text
        assert "STRICTLY CONFIDENTIAL" in centre and name in centre and "Changes from 2020-01-01 to " in centre
        assert "&F" not in centre and footer.left.text.endswith("&F"), name  # the file name apart from the banner
        assert "&P" in footer.right.text
    ws = book[ACTIVITIES]
    width_of = {c: dim.width for dim in ws.column_dimensions.values() for c in range(dim.min, dim.max + 1)}
    widths = {ws.cell(fmt.KEY_ROW, c).value: width_of[c] for c in range(1, ws.max_column + 1)}
    assert 30 <= widths["description"] <= 45 and widths["lead_party"] <= 25 and widths["start_date"] <= 12
    assert cell(ws, _ids["workshop"], "description").alignment.wrap_text
    assert widths["outcomes"] == widths["follow_up"] == EMPTY_WIDTH + 0.7109375  # no record fills them
    # the long description's row is as tall as its wrapped lines; a row of short cells keeps the default
    assert ws.row_dimensions[row_of(ws, _ids["workshop"])].height >= 10 * LINE_HEIGHT
    assert ws.row_dimensions[row_of(ws, _ids["survey"])].height is None


def test_a_wide_sheet_prints_more_pages_wide_so_that_its_text_stays_readable() -> None:
    room = PAGE_WIDTH / SMALLEST_SCALE  # what one page holds printed at the smallest scale allowed
    assert pages_wide([room / 10] * 10) == 1
    assert pages_wide([room / 10] * 11) == 2
    assert pages_wide([room / 10] * 19, repeated=room / 10) == 2 and pages_wide([room / 10] * 20, repeated=20) == 3
    assert pages_wide([room] * 10) == 3  # at most three: beyond, a page of scattered columns reads worse


def test_a_workbook_for_a_third_party_names_an_unconsented_participant_by_their_pseudonym(office, tmp_path):
    db, ids = office
    path = export(db, tmp_path / "third.xlsx", types=["contact", "activity"],
                  recipient=Recipient.parse("third-party:UNODC"))
    book = openpyxl.load_workbook(path)
    pseudonyms = {i: cell(book["Contacts"], ids[i], "full_name").value for i in ("amina", "juma")}
    assert "Amina" not in pseudonyms["amina"]
    assert cell(book[ACTIVITIES], ids["workshop"], "participants").value == "; ".join(pseudonyms.values())
    left_out = export(db, tmp_path / "left-out.xlsx", types=["activity"],
                      recipient=Recipient.parse("third-party:UNODC"), unconsented="leave-out")
    shown = cell(openpyxl.load_workbook(left_out)[ACTIVITIES], ids["workshop"], "participants").value
    assert "Amina" not in shown and "Juma" not in shown and ids["amina"] in shown


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_libreoffice_resave_then_edits_of_a_name_and_a_label_arrive_as_hand_edits(office, make_db, tmp_path):
    db, ids = office
    path = partner_export(db, tmp_path / "partner.xlsx")
    partner = make_db("partner")
    import_ok(partner, path)
    resaved = resave_with_libreoffice(path, tmp_path)
    assert resaved.read_bytes() != path.read_bytes()
    again = import_ok(partner, resaved).files[0]
    assert sum(again.totals()[n] for n in ("hand_edits", "inserted", "conflicts")) == 0, again.to_json()
    assert not again.rejected and not again.quarantined

    book = openpyxl.load_workbook(resaved)
    ws = book[ACTIVITIES]
    put(cell(ws, ids["workshop"], "lead_party"), "WCO")  # a name: the other party
    put(cell(ws, ids["workshop"], "status"), "Completed")  # a label: another term
    put(cell(ws, ids["survey"], "participants"), "Juma Mwangi; Nobody Known")  # a name held nowhere
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    report = import_ok(partner, edited).files[0]
    assert report.counts["activity"]["hand_edits"] == 1, report.to_json()
    workshop = records.show_record(partner, "activity", ids["workshop"]).values
    assert workshop["lead_party"] == WCO_ID and workshop["status"] == "completed"
    assert workshop["participants"] == tuple(sorted((ids["amina"], ids["juma"])))  # untouched cell: as it was
    [(entity, problem)] = report.rejected
    assert entity == "activity" and problem.column == openpyxl.utils.get_column_letter(column(ws, "participants"))
    assert "'Nobody Known'" in problem.reason
    assert records.show_record(partner, "activity", ids["survey"]).values["participants"] == (ids["juma"],)

    # the office that exported gets the partner's edits the same way
    back = import_ok(db, edited).files[0]
    assert back.counts["activity"]["hand_edits"] == 1
    assert records.show_record(db, "activity", ids["workshop"]).values["lead_party"] == WCO_ID


def test_an_unchanged_name_that_fits_two_records_or_was_renamed_since_is_no_edit(office, make_db, tmp_path):
    db, ids = office
    twin = records.add_record(db, "organisation", {"name": "Kenya Revenue Authority", "acronym": "KRA-2"})
    records.edit_record(db, "activity", ids["survey"], {"organisations": [twin]})
    path = partner_export(db, tmp_path / "partner.xlsx")
    partner = make_db("partner")
    import_ok(partner, path)
    records.edit_record(partner, "contact", ids["juma"], {"full_name": "Juma K. Mwangi"})  # renamed meanwhile
    book = openpyxl.load_workbook(path)
    put(cell(book[ACTIVITIES], ids["workshop"], "title"), "Border management workshop (Mombasa)")
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    report = import_ok(partner, edited).files[0]
    assert report.counts["activity"]["hand_edits"] == 1 and not report.rejected, report.to_json()
    survey = records.show_record(partner, "activity", ids["survey"]).values
    assert survey["organisations"] == (twin,) and survey["participants"] == (ids["juma"],)


def test_a_label_that_names_no_term_is_refused_and_nothing_is_written(office, make_db, tmp_path):
    db, ids = office
    path = partner_export(db, tmp_path / "partner.xlsx")
    partner = make_db("partner")
    import_ok(partner, path)
    book = openpyxl.load_workbook(path)
    put(cell(book[ACTIVITIES], ids["workshop"], "status"), "Nearly there")
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    report = import_ok(partner, edited).files[0]
    assert report.counts["activity"]["hand_edits"] == 0
    [(_entity, problem)] = report.rejected
    assert "Nearly there" in problem.reason
    assert records.show_record(partner, "activity", ids["workshop"]).values["status"] == "planned"


def test_a_format_2_0_workbook_with_codes_in_its_cells_still_imports_and_reads_a_code_typed_in(make_db, tmp_path):
    db = make_db("b")
    report = import_ok(db, FORMAT_2_0).files[0]
    assert report.counts["activity"]["inserted"] == 1 and not report.rejected
    assert openpyxl.load_workbook(FORMAT_2_0)["_meta"]["B2"].value == "2.0"
    book = openpyxl.load_workbook(FORMAT_2_0)
    ws = book[ACTIVITIES]
    assert cell(ws, FIXTURE_ACTIVITY, "lead_party").value == IOM_ID
    put(cell(ws, FIXTURE_ACTIVITY, "status"), "completed")
    put(cell(ws, FIXTURE_ACTIVITY, "lead_party"), WCO_ID)
    edited = tmp_path / "edited-2.0.xlsx"
    book.save(edited)
    report = import_ok(db, edited).files[0]
    assert report.counts["activity"]["hand_edits"] == 1 and not report.rejected, report.to_json()
    values = records.show_record(db, "activity", FIXTURE_ACTIVITY).values
    assert values["status"] == "completed" and values["lead_party"] == WCO_ID
    assert values["countries"] == ("KEN", "TZA")


def test_many_names_take_several_meta_rows_and_read_back(office, make_db, tmp_path, monkeypatch):
    db, ids = office
    monkeypatch.setattr(cell_texts, "ROW_CHARACTERS", 60)  # a row's share of the texts, made small
    path = partner_export(db, tmp_path / "partner.xlsx")
    keys = [row[0] for row in openpyxl.load_workbook(path)[fmt.META_SHEET].iter_rows(values_only=True)]
    assert {cell_texts.META_KEY, f"{cell_texts.META_KEY}.2", f"{cell_texts.META_KEY}.3"} <= set(keys)
    partner = make_db("partner")
    import_ok(partner, path)
    book = openpyxl.load_workbook(path)
    put(cell(book[ACTIVITIES], ids["survey"], "lead_party"), "IOM")
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    report = import_ok(partner, edited).files[0]
    assert report.counts["activity"]["hand_edits"] == 1 and not report.rejected, report.to_json()
    assert records.show_record(partner, "activity", ids["survey"]).values["lead_party"] == IOM_ID


def test_texts_shown_that_were_changed_refuse_the_file(office, make_db, tmp_path):
    db, _ids = office
    path = partner_export(db, tmp_path / "partner.xlsx")
    book = openpyxl.load_workbook(path)
    set_meta(book, cell_texts.META_KEY, '{"party": ["not", "texts"]}')
    rehash(book)  # a forger who recomputes the content hash
    forged = tmp_path / "forged.xlsx"
    book.save(forged)
    partner = make_db("partner")
    before = state(partner)
    message = refused(partner, forged)
    assert "cell_texts" in message and "export it again" in message
    assert state(partner) == before
