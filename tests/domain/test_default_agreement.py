"""The embedded default: the IOM-WCO MOU of 2018, its parties and the shipped terms."""

from __future__ import annotations

import datetime as dt

import pytest

from mouliaison.domain import default_agreement as da
from mouliaison.domain.ids import derived
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import normalise_values, validate
from mouliaison.domain.vocabularies import VOCABULARIES, VocabularyIndex

VOCAB = VocabularyIndex.shipped()
EMBEDDED_IDS = {(r.entity, r.record_id) for r in da.EMBEDDED_RECORDS}


def embedded_exists(record_type: str, record_id: str) -> bool:
    return (record_type, record_id) in EMBEDDED_IDS


def test_parties_are_iom_and_wco() -> None:
    by_code = {p.values["code"]: p for p in da.PARTIES}
    assert set(by_code) == {"IOM", "WCO"}
    assert by_code["IOM"].record_id == da.IOM_ID
    assert by_code["WCO"].record_id == da.WCO_ID
    assert by_code["IOM"].values["name"] == "International Organization for Migration"
    assert by_code["WCO"].values["name"] == "World Customs Organization"
    assert "Geneva" in by_code["IOM"].values["headquarters"]
    assert "Brussels" in by_code["WCO"].values["headquarters"]
    assert all(p.entity == "party" for p in da.PARTIES)


def test_ids_are_derived_from_natural_keys() -> None:
    assert derived("party", "IOM") == da.IOM_ID
    assert derived("party", "WCO") == da.WCO_ID
    assert derived("agreement", "IOM-WCO MOU 2018") == da.AGREEMENT_ID
    assert da.term_id("country", "CHE") == derived("term", "country", "CHE")
    assert len({r.record_id for r in da.EMBEDDED_RECORDS}) == len(da.EMBEDDED_RECORDS)


def test_the_mou_of_2018() -> None:
    agreement = da.AGREEMENT
    values = agreement.values
    assert agreement.entity == "agreement"
    assert agreement.record_id == da.AGREEMENT_ID
    assert values["first_party"] == da.IOM_ID
    assert values["second_party"] == da.WCO_ID
    assert values["first_party_signed_on"] == dt.date(2018, 5, 7)
    assert values["first_party_signed_at"] == "Geneva"
    assert values["second_party_signed_on"] == dt.date(2018, 5, 8)
    assert values["second_party_signed_at"] == "Brussels"
    # MOU 7.1: in force on signature by both, i.e. the later signature
    assert values["entry_into_force"] == dt.date(2018, 5, 8)
    assert values["entry_into_force"] == max(values["first_party_signed_on"], values["second_party_signed_on"])
    assert values["termination_notice_months"] == 6
    assert values["status"] == "in_force"
    assert "Memorandum of Understanding" in values["title"]


def test_every_shipped_term_is_embedded() -> None:
    embedded = {(t.values["vocabulary"], t.values["code"]) for t in da.TERMS}
    shipped = {(t.vocabulary, t.code) for terms in VOCABULARIES.values() for t in terms}
    assert embedded == shipped
    assert len(da.TERMS) == len(shipped)
    topic = next(t for t in da.TERMS if t.values["vocabulary"] == "thematic_area" and t.values["code"] == "x.a")
    assert topic.values["parent"] == "x"
    assert topic.record_id == da.term_id("thematic_area", "x.a")
    country = next(t for t in da.TERMS if t.values["code"] == "CHE")
    assert "parent" not in country.values and "description" not in country.values  # no empty values


def test_embedded_records_are_parties_agreement_and_terms() -> None:
    assert (*da.PARTIES, da.AGREEMENT, *da.TERMS) == da.EMBEDDED_RECORDS
    assert {r.entity for r in da.EMBEDDED_RECORDS} == {"party", "agreement", "term"}


@pytest.mark.parametrize("record", da.EMBEDDED_RECORDS, ids=lambda r: f"{r.entity}:{r.values.get('code', '')}")
def test_every_embedded_record_is_valid_and_canonical(record: da.EmbeddedRecord) -> None:
    rt = RECORD_TYPES[record.entity]
    values, problems = normalise_values(rt, record.values)
    assert problems == []
    assert values == record.values
    assert validate(rt, record.values, VOCAB, embedded_exists) == []


@pytest.mark.parametrize(
    ("delivered", "months", "effective"),
    [
        (dt.date(2025, 8, 31), 6, dt.date(2026, 2, 28)),
        (dt.date(2023, 8, 31), 6, dt.date(2024, 2, 29)),  # leap year
        (dt.date(2023, 8, 29), 6, dt.date(2024, 2, 29)),
        (dt.date(2023, 8, 30), 6, dt.date(2024, 2, 29)),
        (dt.date(2024, 8, 29), 6, dt.date(2025, 2, 28)),
        (dt.date(2018, 5, 8), 6, dt.date(2018, 11, 8)),
        (dt.date(2025, 7, 15), 6, dt.date(2026, 1, 15)),  # across the year's end
        (dt.date(2025, 6, 30), 6, dt.date(2025, 12, 30)),
        (dt.date(2025, 12, 31), 6, dt.date(2026, 6, 30)),
        (dt.date(2025, 3, 31), 6, dt.date(2025, 9, 30)),
        (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 28)),
        (dt.date(2025, 1, 15), 12, dt.date(2026, 1, 15)),
        (dt.date(2025, 1, 15), 30, dt.date(2027, 7, 15)),
        (dt.date(2025, 1, 15), 0, dt.date(2025, 1, 15)),
    ],
)
def test_termination_effective(delivered: dt.date, months: int, effective: dt.date) -> None:
    assert da.termination_effective(delivered, months) == effective


def test_termination_takes_six_months_by_default() -> None:
    assert da.termination_effective(dt.date(2025, 8, 31)) == dt.date(2026, 2, 28)
    notice = dt.date(2019, 1, 10)
    assert da.termination_effective(notice) == da.termination_effective(notice, da.AGREEMENT.values[
        "termination_notice_months"])
