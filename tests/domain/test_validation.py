"""Validation of every record type: good records pass, bad values are refused by field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mouliaison.domain.fields import MAX_LINE_LENGTH, MAX_TEXT_LENGTH, Field, Kind
from mouliaison.domain.record_types import RECORD_TYPES, record_type
from mouliaison.domain.validation import Invalid, Problem, normalise_values, validate
from mouliaison.domain.vocabularies import VOCABULARIES, Term, VocabularyIndex

from .samples import (
    CONTACT_1,
    GOOD,
    KNOWN,
    MISSING,
    ORGANISATION_1,
    PARTY_A,
    exists,
)

VOCAB = VocabularyIndex.shipped()
DAY = dt.timedelta(days=1)


def good(record: str, /, **changes: Any) -> dict[str, Any]:
    """The good sample of a type with some fields changed; None removes a field."""
    values = dict(GOOD[record])
    for key, value in changes.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    return values


def check(name: str, values: dict[str, Any]) -> list[Problem]:
    return validate(RECORD_TYPES[name], values, VOCAB, exists)


def fields_of(problems: list[Problem]) -> list[str]:
    return sorted(p.field for p in problems)


def all_fields(predicate) -> list[tuple[str, Field]]:
    return [(t.name, f) for t in RECORD_TYPES.values() for f in t.fields if predicate(f)]


def field_id(param: object) -> str:
    if isinstance(param, tuple) and len(param) == 2 and isinstance(param[1], Field):
        return f"{param[0]}.{param[1].key}"
    return str(param)


# --- the record types themselves -------------------------------------------------------


def test_every_record_type_has_a_sample_that_fills_every_field() -> None:
    assert set(GOOD) == set(RECORD_TYPES)
    for name, rt in RECORD_TYPES.items():
        assert set(GOOD[name]) == {f.key for f in rt.fields}, name


@pytest.mark.parametrize("name", sorted(RECORD_TYPES))
def test_record_type_is_well_formed(name: str) -> None:
    rt = RECORD_TYPES[name]
    keys = [f.key for f in rt.fields]
    assert len(keys) == len(set(keys)), "a field key appears twice"
    assert rt.field(rt.title_field) is not None
    for f in rt.fields:
        assert rt.field(f.key) is f
        if f.vocabulary is not None:
            assert f.vocabulary in VOCABULARIES, f.key
        if f.target is not None:
            assert f.target in RECORD_TYPES, f.key
        if f.default is not None:
            # a default is itself a valid value of its field
            assert validate(rt, {**GOOD[name], f.key: f.default}, VOCAB, exists) == []
    assert rt.field("no_such_field") is None


def test_record_type_lookup_names_the_known_types() -> None:
    assert record_type("activity") is RECORD_TYPES["activity"]
    with pytest.raises(KeyError) as info:
        record_type("activities")
    message = str(info.value)
    assert "activities" in message
    for name in RECORD_TYPES:
        assert name in message


def test_personal_fields_of_a_contact() -> None:
    assert {f.key for f in RECORD_TYPES["contact"].personal_fields} == {"full_name", "email", "phone", "notes"}
    assert RECORD_TYPES["party"].personal_fields == ()


def test_field_needs_vocabulary_or_target() -> None:
    with pytest.raises(ValueError, match="vocabulary"):
        Field("k", "K", Kind.CHOICE)
    with pytest.raises(ValueError, match="vocabulary"):
        Field("k", "K", Kind.CHOICES)
    with pytest.raises(ValueError, match="target"):
        Field("k", "K", Kind.REFERENCE)
    with pytest.raises(ValueError, match="target"):
        Field("k", "K", Kind.REFERENCES)


def test_field_max_length_by_kind() -> None:
    expected = {
        Kind.TEXT: MAX_LINE_LENGTH, Kind.EMAIL: MAX_LINE_LENGTH, Kind.PHONE: MAX_LINE_LENGTH,
        Kind.LONG_TEXT: MAX_TEXT_LENGTH,
    }
    assert MAX_TEXT_LENGTH == 32_767
    for kind in Kind:
        extra: dict[str, str] = {}
        if kind in (Kind.CHOICE, Kind.CHOICES):
            extra["vocabulary"] = "country"
        if kind in (Kind.REFERENCE, Kind.REFERENCES):
            extra["target"] = "contact"
        assert Field("k", "K", kind, **extra).max_length == expected.get(kind), kind  # type: ignore[arg-type]
    assert {k for k in Kind if k.is_list} == {Kind.CHOICES, Kind.REFERENCES}


# --- good records ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(RECORD_TYPES))
def test_good_record_passes(name: str) -> None:
    assert check(name, GOOD[name]) == []


@pytest.mark.parametrize("name", sorted(RECORD_TYPES))
def test_good_record_is_canonical(name: str) -> None:
    assert normalise_values(RECORD_TYPES[name], GOOD[name]) == (GOOD[name], [])


@pytest.mark.parametrize("name", sorted(RECORD_TYPES))
def test_record_with_only_required_fields_passes(name: str) -> None:
    rt = RECORD_TYPES[name]
    minimal = {f.key: GOOD[name][f.key] if f.default is None else f.default for f in rt.fields if f.required}
    assert minimal, "every record type requires something"
    assert check(name, minimal) == []


@pytest.mark.parametrize("name", sorted(RECORD_TYPES))
def test_empty_record_names_every_required_field(name: str) -> None:
    rt = RECORD_TYPES[name]
    problems = check(name, {})
    assert fields_of(problems) == sorted(f.key for f in rt.fields if f.required)
    for p in problems:
        assert p.message == f"{rt.field(p.field).label} is required"  # type: ignore[union-attr]


# --- required fields -------------------------------------------------------------------

REQUIRED = all_fields(lambda f: f.required)


@pytest.mark.parametrize("case", REQUIRED, ids=field_id)
def test_each_required_field_missing_is_refused(case: tuple[str, Field]) -> None:
    name, f = case
    for values in (good(name, **{f.key: None}), {**GOOD[name], f.key: None}):
        problems = check(name, values)
        assert problems == [Problem(f.key, f"{f.label} is required")]


def test_focal_point_without_a_party_is_refused() -> None:
    problems = check("focal_point", good("focal_point", party=None))
    assert fields_of(problems) == ["party"]
    assert "required" in problems[0].message


# --- vocabularies ----------------------------------------------------------------------

CHOICE_FIELDS = all_fields(lambda f: f.kind in (Kind.CHOICE, Kind.CHOICES))


@pytest.mark.parametrize("case", CHOICE_FIELDS, ids=field_id)
def test_wrong_vocabulary_code_is_refused(case: tuple[str, Field]) -> None:
    name, f = case
    bad = "no-such-code"
    if f.kind is Kind.CHOICES:
        kept = GOOD[name][f.key][0]
        value: Any = tuple(sorted((kept, bad)))
    else:
        kept = None
        value = bad
    problems = check(name, good(name, **{f.key: value}))
    assert fields_of(problems) == [f.key]
    assert repr(bad) in problems[0].message
    assert "not allowed" in problems[0].message
    if kept is not None:
        assert repr(kept) not in problems[0].message


@pytest.mark.parametrize("case", CHOICE_FIELDS, ids=field_id)
def test_every_shipped_code_is_allowed(case: tuple[str, Field]) -> None:
    name, f = case
    for term in VOCABULARIES[f.vocabulary]:  # type: ignore[index]
        value = (term.code,) if f.kind is Kind.CHOICES else term.code
        problems = [p for p in check(name, good(name, **{f.key: value})) if p.field == f.key]
        assert problems == [], term


def test_vocabulary_codes_are_case_sensitive() -> None:
    problems = check("office", good("office", level="Field", country="ner"))
    assert fields_of(problems) == ["country", "level"]


def test_code_added_to_the_vocabulary_is_allowed() -> None:
    terms = {k: list(v) for k, v in VOCABULARIES.items()}
    terms["thematic_area"].append(Term("thematic_area", "x.m", "Maritime borders", parent="x"))
    extended = VocabularyIndex(terms)
    values = good("activity", thematic_areas=("i", "x.m"))
    assert validate(RECORD_TYPES["activity"], values, extended, exists) == []
    assert fields_of(validate(RECORD_TYPES["activity"], values, VOCAB, exists)) == ["thematic_areas"]


# --- formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    ["jose", "jose@", "@example.org", "jose@example", "jo se@example.org", "jose@@example.org",
     "jose@exa mple.org", "jose.example.org"],
)
def test_malformed_email_is_refused(email: str) -> None:
    problems = check("contact", good("contact", email=email))
    assert fields_of(problems) == ["email"]
    assert "not an email address" in problems[0].message


@pytest.mark.parametrize("email", ["jose.garcia@example.org", "j+tag@mail.example.co.uk", "a@b.cd"])
def test_wellformed_email_passes(email: str) -> None:
    assert check("contact", good("contact", email=email)) == []


@pytest.mark.parametrize(
    "phone",
    ["abc", "12", "+41 22 abc 717", "phone 0227179111", "+41 22 717 9111 ext. 1234567", "0" * 41,
     "+41;22;717;9111"],
)
def test_malformed_phone_is_refused(phone: str) -> None:
    problems = check("contact", good("contact", phone=phone))
    assert fields_of(problems) == ["phone"]
    assert "not a phone number" in problems[0].message


@pytest.mark.parametrize(
    "phone",
    ["+41 22 717 9111", "(022) 717-91-11", "+32.2.209.92.11", "+1 555 0100 ext. 12", "+32 2 209 92 11 x 3",
     "0227179111"],
)
def test_wellformed_phone_passes(phone: str) -> None:
    assert check("contact", good("contact", phone=phone)) == []


# --- counts ----------------------------------------------------------------------------

COUNTS = all_fields(lambda f: f.kind is Kind.INTEGER)


def test_counts_have_a_minimum_of_zero() -> None:
    assert {f"{n}.{f.key}" for n, f in COUNTS} == {
        "activity.participants_women", "activity.participants_men", "agreement.termination_notice_months",
    }
    assert all(f.minimum == 0 for _, f in COUNTS)


@pytest.mark.parametrize("case", COUNTS, ids=field_id)
def test_negative_count_is_refused(case: tuple[str, Field]) -> None:
    name, f = case
    problems = check(name, good(name, **{f.key: -1}))
    assert problems == [Problem(f.key, f"{f.label} cannot be less than 0")]
    assert check(name, {**GOOD[name], f.key: 0}) == []


# --- lengths ---------------------------------------------------------------------------

TEXTS = all_fields(lambda f: f.max_length is not None)


def text_of_length(name: str, f: Field, length: int) -> str:
    """A value of `f` that is valid apart from its length."""
    if f.kind is Kind.EMAIL:
        return "a" * (length - len("@example.org")) + "@example.org"
    if f.kind is Kind.PHONE:
        return ("0" * length)[:length]
    if (name, f.key) == ("consent_record", "recipient"):
        return "third-party:" + "x" * (length - len("third-party:"))
    if f.kind is Kind.LONG_TEXT:
        line = "x" * 99 + "\n"
        return (line * (length // len(line) + 1))[:length]
    return "x" * length


@pytest.mark.parametrize("case", TEXTS, ids=field_id)
def test_over_long_text_is_refused(case: tuple[str, Field]) -> None:
    name, f = case
    limit = MAX_TEXT_LENGTH if f.kind is Kind.LONG_TEXT else MAX_LINE_LENGTH
    assert f.max_length == limit
    value = text_of_length(name, f, limit + 1)
    assert len(value) == limit + 1
    problems = [p for p in check(name, good(name, **{f.key: value})) if "limit" in p.message]
    assert problems == [
        Problem(f.key, f"{f.label} is {limit + 1:,} characters long as Excel counts them (an emoji or a rare "
                       f"letter counts 2); the limit is {limit:,}")
    ]


@pytest.mark.parametrize("case", [c for c in TEXTS if c[1].kind is not Kind.PHONE], ids=field_id)
def test_text_of_exactly_the_limit_passes(case: tuple[str, Field]) -> None:
    name, f = case
    value = text_of_length(name, f, f.max_length)  # type: ignore[arg-type]
    assert len(value) == f.max_length
    assert check(name, good(name, **{f.key: value})) == []


def test_limit_is_32767_for_long_text() -> None:
    problems = check("activity", good("activity", description="y" * 32_768))
    assert fields_of(problems) == ["description"]
    assert "32,767" in problems[0].message
    assert "32,768" in problems[0].message


# --- rules across fields ---------------------------------------------------------------

DATE_PAIRS = [
    ("activity", "planned_start_date", "planned_end_date"),
    ("activity", "start_date", "end_date"),
    ("focal_point", "start_date", "end_date"),
    ("project_agreement", "start_date", "end_date"),
    ("consent_record", "given_on", "valid_until"),
    ("cooperation_request", "requested_on", "responded_on"),
    ("ip_use_approval", "approved_on", "expires_on"),
]


@pytest.mark.parametrize(("name", "start", "end"), DATE_PAIRS)
def test_end_before_start_is_refused(name: str, start: str, end: str) -> None:
    first = GOOD[name][start]
    problems = check(name, good(name, **{end: first - DAY}))
    assert fields_of(problems) == [end]
    assert str(first - DAY) in problems[0].message and str(first) in problems[0].message
    assert check(name, good(name, **{end: first})) == []  # one day is fine
    assert check(name, good(name, **{end: None})) == []  # an open end is fine


PARTY_PAIRS = [
    ("agreement", "first_party", "second_party"),
    ("information_exchange", "from_party", "to_party"),
    ("cooperation_request", "requesting_party", "requested_party"),
    ("ip_use_approval", "owner_party", "user_party"),
]


@pytest.mark.parametrize(("name", "one", "other"), PARTY_PAIRS)
def test_same_party_twice_is_refused(name: str, one: str, other: str) -> None:
    problems = check(name, good(name, **{other: GOOD[name][one]}))
    assert fields_of(problems) == [other]
    problems = check(name, good(name, **{one: GOOD[name][other]}))
    assert fields_of(problems) == [other]


CONFIRMED = [n for n, t in RECORD_TYPES.items() if t.field("first_party_confirmed_by") is not None]


def test_confirmation_record_types() -> None:
    assert sorted(CONFIRMED) == ["activity", "information_exchange", "meeting"]


@pytest.mark.parametrize("name", CONFIRMED)
@pytest.mark.parametrize("party", ["first", "second"])
def test_confirmation_names_who_and_when(name: str, party: str) -> None:
    by, on = f"{party}_party_confirmed_by", f"{party}_party_confirmed_on"
    problems = check(name, good(name, **{on: None}))
    assert problems == [Problem(on, "a confirmation names who confirmed and when")]
    problems = check(name, good(name, **{by: None}))
    assert problems == [Problem(by, "a confirmation names who confirmed and when")]
    assert check(name, good(name, **{by: None, on: None})) == []  # not confirmed yet


def test_entry_into_force_is_the_later_signature() -> None:
    later = GOOD["agreement"]["second_party_signed_on"]
    earlier = GOOD["agreement"]["first_party_signed_on"]
    for wrong in (earlier, later + DAY, later - 2 * DAY):
        problems = check("agreement", good("agreement", entry_into_force=wrong))
        assert fields_of(problems) == ["entry_into_force"]
        assert str(later) in problems[0].message
    # the later signature may be the first party's
    swapped = good("agreement", first_party_signed_on=later + DAY, entry_into_force=later + DAY)
    assert check("agreement", swapped) == []
    # no entry into force yet, or one signature missing: nothing to compare
    assert check("agreement", good("agreement", entry_into_force=None)) == []
    assert check("agreement", good("agreement", second_party_signed_on=None)) == []


def test_termination_notice_names_who_and_when() -> None:
    problems = check("agreement", good("agreement", status="in_force", termination_notice_by=None))
    assert fields_of(problems) == ["termination_notice_by"]
    problems = check("agreement", good("agreement", status="in_force", termination_notice_on=None))
    assert fields_of(problems) == ["termination_notice_on"]


def test_notice_given_needs_its_date() -> None:
    problems = check("agreement", good("agreement", termination_notice_on=None, termination_notice_by=None))
    assert problems == [Problem("termination_notice_on", "a notice given needs the date it was delivered")]
    plain = good("agreement", status="in_force", termination_notice_on=None, termination_notice_by=None)
    assert check("agreement", plain) == []


def test_approved_ip_use_needs_its_date() -> None:
    problems = check("ip_use_approval", good("ip_use_approval", approved_on=None))
    assert problems == [Problem("approved_on", "an approval needs its date")]
    assert check("ip_use_approval", good("ip_use_approval", approved_on=None, status="requested")) == []


@pytest.mark.parametrize("recipient", ["partner", "any-third-party", "third-party:UNHCR", "third-party:A B C"])
def test_recipient_syntax_accepted(recipient: str) -> None:
    assert check("consent_record", good("consent_record", recipient=recipient)) == []


@pytest.mark.parametrize(
    "recipient",
    ["UNHCR", "third-party:", "third-party: ", "Partner", "third party:UNHCR", "third-party", "any third party",
     "partners"],
)
def test_recipient_syntax_refused(recipient: str) -> None:
    problems = check("consent_record", good("consent_record", recipient=recipient))
    assert fields_of(problems) == ["recipient"]
    assert "partner, any-third-party or third-party:NAME" in problems[0].message


def test_consent_withdrawal_names_consent_and_date() -> None:
    problems = check("consent_record", good("consent_record", withdrawn_on=None))
    assert fields_of(problems) == ["withdrawn_on"]
    problems = check("consent_record", good("consent_record", withdraws=None))
    assert fields_of(problems) == ["withdraws"]
    assert check("consent_record", good("consent_record", withdraws=None, withdrawn_on=None)) == []


# --- every problem at once -------------------------------------------------------------


def test_every_problem_is_reported_at_once() -> None:
    values = good(
        "activity",
        title=None,
        status="finished",
        countries=("NER", "XXX"),
        participants_women=-2,
        end_date=GOOD["activity"]["start_date"] - DAY,
        first_party_confirmed_on=None,
        lead_party=MISSING,
        places="p" * (MAX_LINE_LENGTH + 1),
    )
    problems = check("activity", values)
    assert fields_of(problems) == sorted([
        "title", "status", "countries", "participants_women", "end_date", "first_party_confirmed_on",
        "lead_party", "places",
    ])


def test_several_problems_in_one_field_are_all_reported() -> None:
    too_long = "not a phone " * 50
    problems = check("contact", good("contact", phone=too_long))
    assert fields_of(problems) == ["phone", "phone"]


def test_normalise_values_reports_every_unknown_or_mistyped_field() -> None:
    rt = RECORD_TYPES["contact"]
    values, problems = normalise_values(rt, {
        "full_name": "  José   García ",
        "email": "JOSE@Example.ORG",
        "phone": 227,
        "languages": "fr, en, fr",
        "colour": "blue",
        "party": ["not", "an", "id"],
    })
    assert values == {"full_name": "José García", "email": "jose@example.org", "languages": ("en", "fr")}
    assert fields_of(problems) == ["colour", "party", "phone"]
    unknown = next(p for p in problems if p.field == "colour")
    assert "full_name" in unknown.message and "languages" in unknown.message


def test_normalise_values_refuses_wrong_types_by_field() -> None:
    rt = RECORD_TYPES["activity"]
    values, problems = normalise_values(rt, {
        "start_date": dt.datetime(2024, 1, 1, 9, 30),
        "participants_men": True,
        "participants_women": "12",  # text as typed is read for what the field expects
        "planned_start_date": "2024-02-30",
        "thematic_areas": ["i", 4],
        "countries": 7,
        "title": None,
    })
    assert values["participants_women"] == 12
    assert fields_of(problems) == ["countries", "participants_men", "planned_start_date", "start_date",
                                   "thematic_areas"]


def test_problem_text_and_invalid() -> None:
    assert str(Problem("email", "bad")) == "email: bad"
    assert str(Problem("", "the record is bad")) == "the record is bad"
    error = Invalid([Problem("a", "one"), Problem("b", "two")])
    assert error.problems == [Problem("a", "one"), Problem("b", "two")]
    assert str(error) == "a: one; b: two"


# --- references ------------------------------------------------------------------------

REFERENCES = all_fields(lambda f: f.kind in (Kind.REFERENCE, Kind.REFERENCES))


@pytest.mark.parametrize("case", REFERENCES, ids=field_id)
def test_reference_to_a_missing_record_is_refused(case: tuple[str, Field]) -> None:
    name, f = case
    if f.kind is Kind.REFERENCES:
        present = GOOD[name][f.key][0]
        value: Any = tuple(sorted((present, MISSING)))
    else:
        present = None
        value = MISSING
    values = good(name, **{f.key: value})
    problems = check(name, values)
    assert problems == [Problem(f.key, f"no {f.target} with id {MISSING}")]
    if present is not None:
        assert present not in problems[0].message
    # without a reference check, references are not looked up
    assert validate(RECORD_TYPES[name], values, VOCAB) == []


@pytest.mark.parametrize("case", REFERENCES, ids=field_id)
def test_reference_is_looked_up_in_its_target_type(case: tuple[str, Field]) -> None:
    name, f = case
    calls: list[tuple[str, str]] = []

    def recording(target: str, record_id: str) -> bool:
        calls.append((target, record_id))
        return exists(target, record_id)

    validate(RECORD_TYPES[name], GOOD[name], VOCAB, recording)
    given = GOOD[name][f.key]
    for record_id in (given if isinstance(given, tuple) else (given,)):
        assert (f.target, record_id) in calls
    assert set(calls) <= KNOWN


def test_reference_of_the_wrong_type_is_refused() -> None:
    # a contact id where a party is expected
    problems = check("focal_point", good("focal_point", party=CONTACT_1))
    assert problems == [Problem("party", f"no party with id {CONTACT_1}")]
    problems = check("activity", good("activity", organisations=(ORGANISATION_1, PARTY_A)))
    assert fields_of(problems) == ["organisations"]

