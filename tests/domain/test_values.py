"""Field values: reading them from text, cleaning, canonical form and wire form."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.values import (
    ValueProblem,
    clean_text,
    display,
    from_text,
    from_wire,
    is_email,
    is_phone,
    normalise,
    split_list,
    to_wire,
)


def make(kind: Kind) -> Field:
    extra: dict[str, str] = {}
    if kind in (Kind.CHOICE, Kind.CHOICES):
        extra["vocabulary"] = "country"
    if kind in (Kind.REFERENCE, Kind.REFERENCES):
        extra["target"] = "contact"
    return Field("f", "F", kind, **extra)  # type: ignore[arg-type]


F = {kind: make(kind) for kind in Kind}
NFC = unicodedata.normalize("NFC", "José")
NFD = unicodedata.normalize("NFD", "José")


# --- clean_text ------------------------------------------------------------------------


def test_nfc_and_nfd_clean_to_the_same_text() -> None:
    assert NFC != NFD
    assert clean_text(NFC) == NFC
    assert clean_text(f"  {NFD}  ") == NFC
    assert clean_text(f"\t{NFD} ") == clean_text(NFC)
    assert clean_text(f" {NFD}   García ") == f"{NFC} García"


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_characters_are_removed(char: str) -> None:
    assert clean_text(f"{char}Jo{char}sé{char}") == "José"


@pytest.mark.parametrize("space", ["\u00a0", "\u2007", "\u202f", "\t", "  "])
def test_odd_spaces_become_one_space(space: str) -> None:
    assert clean_text(f"{space}José{space}García{space}") == "José García"


def test_one_line_text_joins_lines() -> None:
    assert clean_text("first\nsecond\r\nthird\rfourth") == "first second third fourth"
    assert clean_text("first \n second") == "first second"


def test_multiline_text_keeps_its_lines() -> None:
    text = "  Agenda:\r\n 1.   Review \u00a0\r2.\tPlans\u200b\n\n3. AOB  \n"
    assert clean_text(text, multiline=True) == "Agenda:\n1. Review\n2. Plans\n\n3. AOB"
    assert clean_text(f"{NFD}\n{NFD}", multiline=True) == f"{NFC}\n{NFC}"


@given(st.text())
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\n" not in once
    assert once == once.strip()
    multi = clean_text(text, multiline=True)
    assert clean_text(multi, multiline=True) == multi
    assert unicodedata.is_normalized("NFC", multi)


def test_split_list() -> None:
    assert split_list(" a , b,, ,c ") == ["a", "b", "c"]
    assert split_list("") == []


# --- from_text -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("text", ["", "   ", "\u200b", " \u00a0 "])
def test_empty_text_is_none_for_every_kind(kind: Kind, text: str) -> None:
    assert from_text(F[kind], text) is None


@pytest.mark.parametrize("kind", [Kind.TEXT, Kind.EMAIL, Kind.PHONE, Kind.CHOICE, Kind.REFERENCE])
def test_one_line_text_kinds_are_cleaned(kind: Kind) -> None:
    assert from_text(F[kind], f"  {NFD}\n  x ") == f"{NFC} x"


def test_long_text_keeps_lines() -> None:
    assert from_text(F[Kind.LONG_TEXT], " line one \r\n  line   two ") == "line one\nline two"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-05-08", dt.date(2018, 5, 8)),
        (" 2024-02-29 ", dt.date(2024, 2, 29)),
        ("2018-12-31", dt.date(2018, 12, 31)),
    ],
)
def test_date_from_iso_text(text: str, expected: dt.date) -> None:
    assert from_text(F[Kind.DATE], text) == expected


@pytest.mark.parametrize(
    "text", ["08/05/2018", "8 May 2018", "05/08/2018", "2018-13-01", "2023-02-29", "2018-5-8x", "yesterday",
             "2018-05-08 10:00:00x"],
)
def test_non_iso_date_is_refused_with_a_helpful_message(text: str) -> None:
    with pytest.raises(ValueProblem) as info:
        from_text(F[Kind.DATE], text)
    message = str(info.value)
    assert text in message
    assert "YYYY-MM-DD" in message
    assert "2018-05-08" in message  # an example


@pytest.mark.parametrize(("text", "expected"), [("12", 12), (" 0 ", 0), ("1 200", 1200), ("-3", -3), ("+7", 7)])
def test_integer_from_text(text: str, expected: int) -> None:
    value = from_text(F[Kind.INTEGER], text)
    assert value == expected
    assert type(value) is int


@pytest.mark.parametrize("text", ["12.5", "twelve", "1,200", "0x10", "1e3"])
def test_non_integer_is_refused(text: str) -> None:
    with pytest.raises(ValueProblem, match="not a whole number"):
        from_text(F[Kind.INTEGER], text)


@pytest.mark.parametrize("text", ["yes", "Yes", "YES", "true", "True", "TRUE", " y ", "1", "oui", "sí", "si", "x"])
def test_true_from_text(text: str) -> None:
    assert from_text(F[Kind.BOOLEAN], text) is True


@pytest.mark.parametrize("text", ["no", "No", "NO", "false", "False", "FALSE", "n", "0", "non"])
def test_false_from_text(text: str) -> None:
    assert from_text(F[Kind.BOOLEAN], text) is False


@pytest.mark.parametrize("text", ["maybe", "2", "vrai", "yes please"])
def test_not_a_boolean_is_refused(text: str) -> None:
    with pytest.raises(ValueProblem, match="yes or no"):
        from_text(F[Kind.BOOLEAN], text)


@pytest.mark.parametrize("kind", [Kind.CHOICES, Kind.REFERENCES])
def test_comma_list_is_sorted_and_deduplicated(kind: Kind) -> None:
    assert from_text(F[kind], " x.a, i ,x.a,, ii , i") == ("i", "ii", "x.a")
    assert from_text(F[kind], "NER") == ("NER",)
    assert from_text(F[kind], f"{NFD}, {NFC}") == (NFC,)


@pytest.mark.parametrize("kind", [Kind.CHOICES, Kind.REFERENCES])
def test_comma_list_without_items_is_none(kind: Kind) -> None:
    assert from_text(F[kind], " , ,") is None


@pytest.mark.parametrize("kind", list(Kind))
def test_from_text_gives_canonical_values(kind: Kind) -> None:
    samples = {
        Kind.DATE: "2018-05-08", Kind.INTEGER: "5", Kind.BOOLEAN: "yes", Kind.CHOICES: "b, a, b",
        Kind.REFERENCES: "b, a, b",
    }
    value = from_text(F[kind], samples.get(kind, "  Some  text "))
    if kind is Kind.EMAIL:
        return  # lower-cased by normalise, not by from_text
    assert normalise(F[kind], value) == value


# --- normalise -------------------------------------------------------------------------


def test_email_is_lower_cased() -> None:
    assert normalise(F[Kind.EMAIL], "  José.García@Example.ORG ") == "josé.garcía@example.org"
    assert normalise(F[Kind.EMAIL], "JOSE@IOM.INT") == "jose@iom.int"


@pytest.mark.parametrize("kind", [Kind.TEXT, Kind.LONG_TEXT, Kind.EMAIL, Kind.PHONE, Kind.CHOICE, Kind.REFERENCE])
def test_text_kinds_refuse_other_types(kind: Kind) -> None:
    for wrong in (1, 1.5, True, dt.date(2018, 5, 8), ["a"]):
        with pytest.raises(ValueProblem, match="expected text"):
            normalise(F[kind], wrong)
    assert normalise(F[kind], "   ") is None
    assert normalise(F[kind], None) is None


def test_normalise_dates() -> None:
    f = F[Kind.DATE]
    assert normalise(f, dt.date(2018, 5, 8)) == dt.date(2018, 5, 8)
    assert normalise(f, " 2018-05-08 ") == dt.date(2018, 5, 8)
    assert normalise(f, "  ") is None
    with pytest.raises(ValueProblem, match="without a time"):
        normalise(f, dt.datetime(2018, 5, 8, 12, 0))
    with pytest.raises(ValueProblem, match="YYYY-MM-DD"):
        normalise(f, "8.5.2018")
    with pytest.raises(ValueProblem, match="expected a date"):
        normalise(f, 20180508)


def test_normalise_integers_and_booleans() -> None:
    assert normalise(F[Kind.INTEGER], 5) == 5
    assert normalise(F[Kind.INTEGER], -5) == -5  # the minimum is validation's business
    for wrong in (True, False, 1.0, "5"):
        with pytest.raises(ValueProblem, match="whole number"):
            normalise(F[Kind.INTEGER], wrong)
    assert normalise(F[Kind.BOOLEAN], False) is False
    for wrong in (0, 1, "yes", 1.0):
        with pytest.raises(ValueProblem, match="true or false"):
            normalise(F[Kind.BOOLEAN], wrong)


@pytest.mark.parametrize("kind", [Kind.CHOICES, Kind.REFERENCES])
def test_normalise_lists(kind: Kind) -> None:
    f = F[kind]
    expected = ("CHE", "NER")
    for given_value in (["NER", "CHE", "NER"], ("CHE", " NER "), {"NER", "CHE"}, frozenset(expected), "NER, CHE,NER"):
        assert normalise(f, given_value) == expected
    assert normalise(f, []) is None
    assert normalise(f, ["", "  "]) is None
    assert normalise(f, "") is None
    with pytest.raises(ValueProblem, match="list of text"):
        normalise(f, ["NER", 3])
    with pytest.raises(ValueProblem, match="expected a list"):
        normalise(f, 3)


# --- wire form -------------------------------------------------------------------------

WIRE_SAMPLES: dict[Kind, list[Any]] = {
    Kind.TEXT: ["José García"],
    Kind.LONG_TEXT: ["line one\nline two"],
    Kind.DATE: [dt.date(2018, 5, 8), dt.date(2024, 2, 29)],
    Kind.INTEGER: [0, 6, 1200],
    Kind.BOOLEAN: [True, False],
    Kind.EMAIL: ["jose@example.org"],
    Kind.PHONE: ["+41 22 717 9111"],
    Kind.CHOICE: ["NER"],
    Kind.CHOICES: [("CHE", "NER"), ("x.a",)],
    Kind.REFERENCE: ["0190f3c4-0000-7000-8000-000000000000"],
    Kind.REFERENCES: [("a", "b")],
}


def test_wire_samples_cover_every_kind() -> None:
    assert set(WIRE_SAMPLES) == set(Kind)


@pytest.mark.parametrize("kind", list(Kind))
def test_wire_round_trip_for_every_kind(kind: Kind) -> None:
    f = F[kind]
    for value in [*WIRE_SAMPLES[kind], None]:
        wire = to_wire(f, value)
        through_json = json.loads(json.dumps(wire))
        assert through_json == wire
        back = from_wire(f, through_json)
        assert back == value
        assert type(back) is type(value)


def test_wire_forms() -> None:
    assert to_wire(F[Kind.DATE], dt.date(2018, 5, 8)) == "2018-05-08"
    assert to_wire(F[Kind.CHOICES], ("CHE", "NER")) == ["CHE", "NER"]
    assert to_wire(F[Kind.BOOLEAN], False) is False
    assert to_wire(F[Kind.INTEGER], 0) == 0


@given(st.dates())
def test_any_date_round_trips(value: dt.date) -> None:
    f = F[Kind.DATE]
    assert from_wire(f, json.loads(json.dumps(to_wire(f, value)))) == value
    assert from_text(f, value.isoformat()) == value


@given(st.lists(st.text(min_size=1)))
def test_any_list_round_trips_after_normalising(items: list[str]) -> None:
    f = F[Kind.CHOICES]
    value = normalise(f, items)
    if value is None:
        return
    assert list(value) == sorted(set(value))
    assert from_wire(f, json.loads(json.dumps(to_wire(f, value)))) == value
    assert normalise(f, value) == value


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_any_integer_round_trips(value: int) -> None:
    f = F[Kind.INTEGER]
    assert from_text(f, str(value)) == value
    assert from_wire(f, json.loads(json.dumps(to_wire(f, value)))) == value


# --- formats and display ---------------------------------------------------------------


def test_is_email_and_is_phone() -> None:
    assert is_email("a@b.cd")
    assert not is_email("a@b")
    assert not is_email("a b@c.de")
    assert is_phone("+41 22 717 9111")
    assert is_phone("+1 (555) 0100 ext 12")
    assert not is_phone("123")
    assert not is_phone("call me")


def test_display() -> None:
    assert display(None) == ""
    assert display(True) == "yes"
    assert display(False) == "no"
    assert display(dt.date(2018, 5, 8)) == "2018-05-08"
    assert display(("CHE", "NER")) == "CHE, NER"
    assert display(6) == "6"
    assert display("José") == "José"


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\x00", "\x1b"])
def test_a_character_a_workbook_cannot_carry_back_is_refused_by_name(char: str) -> None:
    """U+FFFE and U+FFFF are written `_xFFFE_` in a workbook, which readers give back as those six
    letters: a text holding one would not come back as it left, so it is refused, as NUL is."""
    from mouliaison.domain.values import text_problem

    problem = text_problem(f"Border{char}post")
    assert problem is not None and f"U+{ord(char):04X}" in problem
    assert text_problem("Border post\n\u00e9\u2028\U0001F600") is None
