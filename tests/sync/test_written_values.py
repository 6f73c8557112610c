"""Values as people write them in a plain sheet: dates, countries, lists, numbers, yes/no, formulas."""

from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mouliaison.domain.countries import country_code, country_codes
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import ValueProblem, from_text, split_list
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.services import records
from mouliaison.sync.cells import FORMULA_TAKEN, TIME_LEFT_OUT, CellNotes, cell_value, formula_value, is_ticked
from mouliaison.sync.sheet_readers import OpenpyxlBook, Special, scan_sheets
from mouliaison.sync.written_dates import MONTH_NAMES, read_date
from tests.libreoffice import resave_with_libreoffice
from tests.sync.workbooks import import_ok

ACTIVITY = RECORD_TYPES["activity"]
MEETING = RECORD_TYPES["meeting"]
START = ACTIVITY.field("start_date")
COUNTRIES = ACTIVITY.field("countries")
THEMES = ACTIVITY.field("thematic_areas")
KIND = ACTIVITY.field("kind")
WOMEN = ACTIVITY.field("participants_women")
ONLINE = MEETING.field("online")
VOCAB = VocabularyIndex.shipped()
WHERE = ("Meetings", "B", "Date")


def refused(field, raw, vocab=None) -> str:
    with pytest.raises(ValueProblem) as caught:
        cell_value(field, raw, vocab)
    return str(caught.value)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("text", [
    "2026-07-06", "2026-7-6", "2026/07/06", "6 July 2026", "July 6, 2026", "6 Jul 2026", "06-Jul-2026",
    "06-jul-2026", "6 JULY 2026", "6 juillet 2026", "6 Juillet 2026", "6 juil. 2026", "6 de julio de 2026",
    "6 julio 2026", "06/07/2026"[:0] + "6.7.2026"[:0] + "Monday 6 July 2026", "lundi 6 juillet 2026",
    "lunes, 6 de julio de 2026", "the 6th of July 2026", "July 6th, 2026", "2026 July 6",
])
def test_a_date_written_with_its_month_named_reads(text):
    assert cell_value(START, text) == dt.date(2026, 7, 6)


@pytest.mark.parametrize(("text", "date"), [
    ("3 March 2026", dt.date(2026, 3, 3)), ("March 3, 2026", dt.date(2026, 3, 3)),
    ("1er juillet 2026", dt.date(2026, 7, 1)), ("1st July 2026", dt.date(2026, 7, 1)),
    ("6 février 2026", dt.date(2026, 2, 6)), ("6 fevrier 2026", dt.date(2026, 2, 6)),
    ("6 févr. 2026", dt.date(2026, 2, 6)),
    ("15 août 2026", dt.date(2026, 8, 15)), ("15 aout 2026", dt.date(2026, 8, 15)),
    ("15 agosto 2026", dt.date(2026, 8, 15)),
    ("25 décembre 2026", dt.date(2026, 12, 25)), ("25 dic 2026", dt.date(2026, 12, 25)),
    ("4 sept. 2026", dt.date(2026, 9, 4)), ("4 setiembre 2026", dt.date(2026, 9, 4)),
    ("13/07/2026", dt.date(2026, 7, 13)), ("13.07.2026", dt.date(2026, 7, 13)), ("13-07-2026", dt.date(2026, 7, 13)),
    ("07/13/2026", dt.date(2026, 7, 13)), ("04/04/2026", dt.date(2026, 4, 4)),
    ("29 February 2028", dt.date(2028, 2, 29)),
])
def test_dates_in_english_french_and_spanish_read(text, date):
    assert cell_value(START, text) == date


@pytest.mark.parametrize("text", ["2026-07-06T00:00:00", "2026-07-06 00:00", "6 July 2026 00:00:00.000"])
def test_a_date_at_midnight_is_a_date_as_programs_write_it(text):
    notes = CellNotes()
    assert cell_value(START, text, notes=notes, where=WHERE) == dt.date(2026, 7, 6)
    assert notes.lines() == []


@pytest.mark.parametrize("text", [
    "2026-07-06T00:00:01", "2026-07-06T14:30:00", "6 July 2026 12 am", "2026-07-06 14:30", "2026-07-06T10:00:00+02:00",
    "2026-07-06T10:00:00Z", "2026-07-06 14:30:05.250", "6 July 2026 14:30", "6 July 2026, 2:30 pm",
    "6 juillet 2026 à 14h30", "6 de julio de 2026 14:30", "13/07/2026 09:00"[:0] + "06-Jul-2026 9:00",
])
def test_a_date_with_a_time_keeps_the_date_and_says_so(text):
    notes = CellNotes()
    value = cell_value(START, text, notes=notes, where=WHERE)
    assert value == dt.date(2026, 7, 6)
    assert notes.lines() == ["Meetings, column B (Date): 1 cell had a time of day; the date was kept"]


def test_a_datetime_cell_with_a_time_keeps_the_date_and_is_counted_per_column():
    notes = CellNotes()
    for hour in (9, 14, 0):
        assert cell_value(START, dt.datetime(2026, 7, 6, hour, 30), notes=notes, where=WHERE) == dt.date(2026, 7, 6)
    assert cell_value(START, dt.datetime(2026, 7, 7), notes=notes, where=WHERE) == dt.date(2026, 7, 7)  # midnight
    notes.add(("Meetings", "AA", "Other"), FORMULA_TAKEN)
    notes.add(("Activities", "C", "Start"), TIME_LEFT_OUT)
    assert notes.lines() == [
        "Activities, column C (Start): 1 cell had a time of day; the date was kept",
        "Meetings, column B (Date): 3 cells had a time of day; the date was kept",
        "Meetings, column AA (Other): 1 formula cell: its computed value was taken, the formula was not evaluated",
    ]


@pytest.mark.parametrize(("text", "says"), [
    ("05/07/2026", "two dates"), ("5.7.2026", "two dates"), ("05-07-2026", "two dates"),
    ("05/07/26", "two-digit year"), ("06-Jul-26", "two-digit year"), ("6 July 26", "two-digit year"),
    ("juil. 2026", "month without a day"), ("July 2026", "month without a day"), ("julio de 2026", "without a day"),
    ("2026-02-30", "February 2026 has no day 30"), ("31 April 2026", "April 2026 has no day 31"),
    ("29/02/2026", "February 2026 has no day 29"), ("2026-13-01", "no month 13"),
    ("Tuesday 6 July 2026", "is a Monday"), ("next week", "not a date"), ("6 July", "not a date"),
    ("6 7 2026", "not a date"), ("6 July 2026 and 7 July 2026", "not a date"), ("6 Foo 2026", "not a date"),
])
def test_a_date_that_is_not_exactly_one_date_is_refused_saying_what_to_write(text, says):
    reason = refused(START, text)
    assert says in reason and "YYYY-MM-DD" in reason and text in reason


def test_a_time_alone_is_no_date():
    assert "time of day without a date" in refused(START, dt.time(14, 30))


FORMS = [
    lambda d: d.isoformat(),
    lambda d: f"{d.isoformat()}T00:00:00",
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day:02d}-{MONTH_NAMES[d.month - 1][:3]}-{d.year}",
    lambda d: f"{d.day} {FRENCH[d.month - 1]} {d.year}",
    lambda d: f"{d.day} de {SPANISH[d.month - 1]} de {d.year}",
    lambda d: f"{d.day} {FRENCH[d.month - 1].upper()} {d.year}",
]
FRENCH = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
SPANISH = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre")


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)), st.sampled_from(FORMS))
def test_any_date_in_any_supported_form_reads_back_as_itself(date, form):
    assert read_date(form(date)).date == date


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_day_month_year_in_digits_reads_as_itself_or_is_refused_as_two_dates(date):
    text = f"{date.day:02d}/{date.month:02d}/{date.year}"
    if date.day <= 12 and date.day != date.month:
        with pytest.raises(ValueProblem, match="two dates"):
            read_date(text)
    else:
        assert read_date(text).date == date


# ---------------------------------------------------------------- countries


@pytest.mark.parametrize(("text", "code"), [
    ("TZA", "TZA"), ("tz", "TZA"), ("Tanzania", "TZA"), ("Tanzanie", "TZA"), ("United Republic of Tanzania", "TZA"),
    ("Tanzania, United Republic of", "TZA"), ("République unie de Tanzanie", "TZA"),
    ("DRC", "COD"), ("RDC", "COD"), ("Congo-Kinshasa", "COD"), ("Democratic Republic of the Congo", "COD"),
    ("République démocratique du Congo", "COD"), ("Republica Democratica del Congo", "COD"),
    ("Congo-Brazzaville", "COG"), ("Republic of the Congo", "COG"),
    ("UK", "GBR"), ("United Kingdom", "GBR"), ("Royaume-Uni", "GBR"), ("USA", "USA"), ("U.S.A.", "USA"),
    ("États-Unis", "USA"), ("Estados Unidos", "USA"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"),
    ("cote d’ivoire", "CIV"), ("Costa de Marfil", "CIV"), ("Laos", "LAO"), ("Syria", "SYR"), ("Russia", "RUS"),
    ("Russian Federation", "RUS"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Turquie", "TUR"), ("Vietnam", "VNM"),
    ("Viet Nam", "VNM"), ("South Korea", "KOR"), ("Korea, Republic of", "KOR"), ("Corée du Sud", "KOR"),
    ("North Korea", "PRK"), ("Bolivia", "BOL"), ("Bolivie", "BOL"), ("Iran", "IRN"), ("KENYA", "KEN"),
    ("Kenia", "KEN"), ("Ouganda", "UGA"), ("Guinea", "GIN"), ("Guinée-Bissau", "GNB"), ("The Gambia", "GMB"),
    ("Allemagne", "DEU"), ("Alemania", "DEU"), ("Suisse", "CHE"), ("Brésil", "BRA"),
])
def test_a_country_is_found_by_code_label_or_name_in_three_languages(text, code):
    assert country_code(text) == code
    assert cell_value(ACTIVITY.field("countries"), text, VOCAB) == (code,)


@pytest.mark.parametrize(("text", "codes"), [
    ("Congo", {"COD", "COG"}), ("Korea", {"KOR", "PRK"}), ("Corée", {"KOR", "PRK"}),
    ("Virgin Islands", {"VGB", "VIR"}),
])
def test_an_ambiguous_country_name_is_refused_naming_the_candidates(text, codes):
    assert country_codes(text) == codes
    reason = refused(COUNTRIES, text, VOCAB)
    assert all(code in reason for code in codes) and "write the code" in reason


def test_an_unknown_country_is_refused_saying_what_to_write():
    reason = refused(COUNTRIES, "Atlantis", VOCAB)
    assert "'Atlantis' is not a country" in reason and "ISO code" in reason
    assert "separate several countries" in refused(COUNTRIES, "Kenya / Uganda", VOCAB)


def test_every_app_label_and_code_finds_its_own_country():
    for code in VOCAB.codes("country"):
        label = VOCAB.label("country", code)
        assert cell_value(COUNTRIES, code.lower(), VOCAB) == (code,)
        if label == "Congo":  # the app's label of COG, but people write it for either Congo: refused
            assert "COD" in refused(COUNTRIES, label, VOCAB)
            continue
        assert cell_value(COUNTRIES, label, VOCAB) == (code,), label


def test_a_country_added_to_the_database_is_found_too():
    from mouliaison.domain.vocabularies import VOCABULARIES, Term

    terms = {name: list(items) for name, items in VOCABULARIES.items()}
    terms["country"].append(Term("country", "XKX", "Kosovo"))
    extended = VocabularyIndex(terms)
    assert cell_value(COUNTRIES, "kosovo; Kenya", extended) == ("KEN", "XKX")


# ---------------------------------------------------------------- lists


@pytest.mark.parametrize(("text", "codes"), [
    ("Kenya; Uganda", ("KEN", "UGA")), ("Kenya, Uganda", ("KEN", "UGA")), ("Kenya\nUganda", ("KEN", "UGA")),
    ("KEN,UGA", ("KEN", "UGA")), ("Kenya ;; Uganda;", ("KEN", "UGA")), ("Kenya, Kenya", ("KEN",)),
    ("Korea, Republic of", ("KOR",)), ("Korea, Republic of, Kenya", ("KEN", "KOR")),
    ("Kenya, Korea, Republic of; Tanzania, United Republic of", ("KEN", "KOR", "TZA")),
    ("Congo, The Democratic Republic of the, Uganda", ("COD", "UGA")),
    ("Bonaire, Sint Eustatius and Saba", ("BES",)), ("Palestine, State of; Virgin Islands, U.S.", ("PSE", "VIR")),
    ("Micronesia, Federated States of", ("FSM",)), ("Saint Helena, Ascension and Tristan da Cunha", ("SHN",)),
    ("Virgin Islands, British, Kenya", ("KEN", "VGB")),
])
def test_a_list_splits_on_semicolons_new_lines_and_commas_but_keeps_labels_with_commas(text, codes):
    assert cell_value(COUNTRIES, text, VOCAB) == codes


def test_the_app_labels_that_hold_a_comma_work_in_lists():
    with_comma = [(c, VOCAB.label("country", c)) for c in VOCAB.codes("country") if "," in VOCAB.label("country", c)]
    assert len(with_comma) == 7
    text = ", ".join(label for _code, label in with_comma)
    assert cell_value(COUNTRIES, text, VOCAB) == tuple(sorted(code for code, _label in with_comma))


def test_a_vocabulary_label_with_a_comma_is_one_item():
    label = VOCAB.label("thematic_area", "i")  # "Border management: risk assessment, materials, training"
    assert cell_value(THEMES, f"{label}; x.b", VOCAB) == ("i", "x.b")
    assert cell_value(THEMES, f"x.b, {label.upper()}", VOCAB) == ("i", "x.b")
    assert cell_value(KIND, "Conference, seminar or workshop", VOCAB) == "conference_workshop"
    assert cell_value(KIND, "training", VOCAB) == "training"


def test_split_list_without_a_vocabulary_splits_on_all_three():
    assert split_list(" a , b,, ;c\nd ") == ["a", "b", "c", "d"]
    assert split_list("Korea, Republic of; KEN", lambda item: item == "Korea, Republic of") == [
        "Korea, Republic of", "KEN"]


def test_the_command_line_takes_semicolons_too():
    assert from_text(COUNTRIES, "KEN; UGA, TZA") == ("KEN", "TZA", "UGA")


# ---------------------------------------------------------------- numbers and yes/no


@pytest.mark.parametrize(("text", "number"), [
    ("12", 12), (" 12 ", 12), ("+12", 12), ("1 200", 1200), ("1\u00a0200", 1200), ("1\u202f200", 1200),
    ("1,200", 1200), ("1.200", 1200), ("1'200", 1200), ("12,000,000", 12_000_000), ("12.000.000", 12_000_000),
])
def test_a_whole_number_written_as_text_reads(text, number):
    assert cell_value(WOMEN, text) == number


@pytest.mark.parametrize("text", ["1.5", "1,5", "12.0", "1,20", "1,200.50", "1.200,5", "1,200.000", "12 34", "twelve",
                                  "1 2000"])
def test_a_number_that_is_not_clearly_whole_is_refused(text):
    reason = refused(WOMEN, text)
    assert "not a whole number" in reason and "1200" in reason


@pytest.mark.parametrize(("text", "value"), [
    ("Oui", True), ("non", False), ("Sí", True), ("si", True), ("No", False), ("YES", True), ("n", False),
    ("Vrai", True), ("faux", False), ("verdadero", True), ("falso", False), ("✓", True), ("x", True), ("0", False),
])
def test_yes_and_no_in_three_languages(text, value):
    assert cell_value(ONLINE, text) is value


def test_a_word_that_is_not_yes_or_no_is_refused():
    assert "write yes or no" in refused(ONLINE, "maybe")
    assert is_ticked("Sí") and is_ticked("OUI") and not is_ticked("non")


# ---------------------------------------------------------------- formulas


def test_a_formula_cells_computed_value_is_taken_and_counted():
    notes = CellNotes()
    where = ("Activities", "F", "Participants (women)")
    assert formula_value(WOMEN, Special("f", "=2+3", 5), notes=notes, where=where) == 5
    assert formula_value(WOMEN, Special("f", "=A1", "7"), notes=notes, where=where) == "7"
    assert notes.lines() == ["Activities, column F (Participants (women)): 2 formula cells: their computed values "
                             "were taken, the formulas were not evaluated"]


@pytest.mark.parametrize(("cached", "says"), [
    (None, "never calculated"), (Special("e", "#DIV/0!"), "#DIV/0!"), ("many", "does not fit"), (1.5, "does not fit"),
])
def test_a_formula_without_a_usable_value_is_refused(cached, says):
    notes = CellNotes()
    with pytest.raises(ValueProblem, match=says):
        formula_value(WOMEN, Special("f", "=X", cached), notes=notes, where=("S", "A", "L"))
    assert notes.lines() == []


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_the_openpyxl_reader_gives_the_value_libreoffice_computed(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Activities"
    ws.append(["Title", "Participants (women)", "Places"])
    ws.append(["plain", 3, "Arusha"])
    ws.append(["sum", "=1+2", '="Aru"&"sha"'])
    ws.append(["error", "=1/0", "_x0041_"])
    source = book.save(tmp_path / "formulas.xlsx") or tmp_path / "formulas.xlsx"
    resaved = resave_with_libreoffice(source, tmp_path)
    for path, computed in ((source, False), (resaved, True)):
        with OpenpyxlBook(path, scan_sheets(path)) as reader:
            rows = [row[:3] for row in reader.rows("Activities")]
        assert rows[1] == ["plain", 3, "Arusha"]
        assert rows[2][1].kind == "f" and rows[2][1].text == "=1+2"
        if computed:
            assert rows[2][1].cached == 3 and rows[2][2].cached == "Arusha"
            assert rows[3][1].cached == Special("e", "#DIV/0!")
        else:  # openpyxl computes nothing: no value saved
            assert rows[2][1].cached is None and rows[2][2].cached is None


# ---------------------------------------------------------------- a coordinator's tracker, end to end


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_a_coordinators_tracker_resaved_by_libreoffice_imports_as_written(make_db, tmp_path):
    book = openpyxl.Workbook()
    activities = book.active
    activities.title = "Activities"
    activities.append(["Title", "Start", "End", "Countries", "Status", "Participants (women)"])
    activities.append(["Patrol", "3 March 2026", "06-Jul-2026", "Tanzanie; DRC", "Ongoing", "1 200"])
    activities.append(["Census", "6 juillet 2026", "6 de julio de 2026", "Korea, Republic of, Kenya", "planned", "12"])
    activities.append(["Survey", "2026-07-06T08:00:00", "13/07/2026", "United Republic of Tanzania", "Completed", 4])
    activities.append(["Ambiguous", "05/07/2026", None, "Congo", "Planned", None])
    activities.append(["No day", "juil. 2026", None, "Kenya", "Planned", None])
    meetings = book.create_sheet("Meetings")
    meetings.append(["Title", "Date", "Kind", "Online"])
    meetings.append(["Kick-off", dt.datetime(2026, 7, 6, 14, 30), "Consultation", "Oui"])
    meetings.append(["Review", "2026-07-07 09:15", "Workshop", "Non"])
    meetings.append(["Follow-up", dt.datetime(2026, 7, 8), "Joint meeting", "Sí"])
    source = tmp_path / "tracker.xlsx"
    book.save(source)
    resaved = resave_with_libreoffice(source, tmp_path)
    db = make_db("hq")
    result = import_ok(db, resaved)
    report = result.files[0].to_json()
    got = {v.values["title"]: v.values for v in records.list_records(db, "activity")}
    assert set(got) == {"Patrol", "Census", "Survey"}, report
    assert got["Patrol"]["start_date"] == dt.date(2026, 3, 3) and got["Patrol"]["end_date"] == dt.date(2026, 7, 6)
    assert got["Patrol"]["countries"] == ("COD", "TZA") and got["Patrol"]["participants_women"] == 1200
    assert got["Census"]["start_date"] == got["Census"]["end_date"] == dt.date(2026, 7, 6)
    assert got["Census"]["countries"] == ("KEN", "KOR") and got["Census"]["status"] == "planned"
    assert got["Survey"]["start_date"] == dt.date(2026, 7, 6) and got["Survey"]["end_date"] == dt.date(2026, 7, 13)
    assert got["Survey"]["countries"] == ("TZA",) and got["Survey"]["status"] == "completed"
    reasons = {(r["sheet"], r["row"], r["column"]): r["reason"] for r in report["rejected"]}
    assert "two dates" in reasons[("Activities", 5, "B")] and "COD" in reasons[("Activities", 5, "D")]
    assert "without a day" in reasons[("Activities", 6, "B")]
    assert len(reasons) == 3
    meetings_got = {v.values["title"]: v.values for v in records.list_records(db, "meeting")}
    assert {t: (m["date"], m["online"], m["kind"]) for t, m in meetings_got.items()} == {
        "Kick-off": (dt.date(2026, 7, 6), True, "consultation"),
        "Review": (dt.date(2026, 7, 7), False, "workshop"),
        "Follow-up": (dt.date(2026, 7, 8), True, "joint_meeting"),
    }
    assert "Meetings, column B (Date): 2 cells had a time of day; the date was kept" in report["notes"]
    assert "Activities, column B (Start): 1 cell had a time of day; the date was kept" in report["notes"]
