"""The shipped vocabularies: MOU Article 4.1, ISO countries, and looking terms up."""

from __future__ import annotations

import pytest

from mouliaison.domain.countries import COUNTRIES
from mouliaison.domain.languages import LANGUAGES
from mouliaison.domain.vocabularies import (
    THEMATIC_AREAS,
    VOCABULARIES,
    VOCABULARY_LABELS,
    Term,
    VocabularyIndex,
)

VOCAB = VocabularyIndex.shipped()

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"]
TOPICS = [f"x.{letter}" for letter in "abcdefghijkl"]


def test_thematic_areas_of_article_4_1() -> None:
    codes = [t.code for t in THEMATIC_AREAS]
    assert len(codes) == 23
    assert set(codes) == set(ROMAN) | set(TOPICS)
    assert len(set(codes)) == 23
    # the topics follow their area, in the MOU's order
    assert codes == [*ROMAN[:10], *TOPICS, "xi"]
    assert VOCABULARIES["thematic_area"] is THEMATIC_AREAS


def test_topics_x_a_to_x_l_belong_to_area_x() -> None:
    for term in THEMATIC_AREAS:
        assert term.vocabulary == "thematic_area"
        if term.code in TOPICS:
            assert term.parent == "x", term
        else:
            assert term.parent is None, term


def test_thematic_area_labels_are_short_and_distinct() -> None:
    labels = [t.label for t in THEMATIC_AREAS]
    assert len(set(labels)) == len(labels)
    for label in labels:
        assert label and label == label.strip()
        assert len(label) <= 60, label
        assert "\n" not in label


def test_some_thematic_area_labels() -> None:
    assert VOCAB.label("thematic_area", "x.b") == "One Stop Border Posts (OSBPs)"
    assert VOCAB.label("thematic_area", "x.h") == "Advance Passenger Information (API)"
    assert "humanitarian" in VOCAB.label("thematic_area", "xi").lower()
    assert "Standard Operating Procedures" in VOCAB.label("thematic_area", "iv")


def test_249_iso_countries() -> None:
    codes = [code for code, _ in COUNTRIES]
    assert len(codes) == 249
    assert len(set(codes)) == 249
    assert all(len(c) == 3 and c.isascii() and c.isupper() for c in codes)
    assert codes == sorted(codes)
    assert len(VOCAB.codes("country")) == 249
    assert VOCAB.label("country", "CHE") == "Switzerland"
    assert VOCAB.label("country", "BEL") == "Belgium"
    assert VOCAB.label("country", "NER") == "Niger"
    assert VOCAB.allows("country", "ALA")  # Åland Islands


def test_languages() -> None:
    codes = [code for code, _ in LANGUAGES]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 2 and c.islower() for c in codes)
    for code in ("en", "fr", "es", "ar", "pt"):
        assert VOCAB.allows("language", code)
    assert VOCAB.label("language", "fr") == "French"


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_each_vocabulary_is_consistent(name: str) -> None:
    terms = VOCABULARIES[name]
    assert terms, name
    codes = [t.code for t in terms]
    assert len(codes) == len(set(codes)), "a code appears twice"
    for term in terms:
        assert term.vocabulary == name
        assert term.code and term.code == term.code.strip()
        assert term.label and term.label == term.label.strip()
        if term.parent is not None:
            assert term.parent in codes
    assert name in VOCABULARY_LABELS


def test_every_vocabulary_has_a_label() -> None:
    assert set(VOCABULARY_LABELS) == set(VOCABULARIES)
    assert VOCAB.names() == sorted(VOCABULARIES)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("activity_status", {"planned", "ongoing", "completed", "cancelled"}),
        ("office_level", {"headquarters", "regional", "country", "field"}),
        ("focal_point_level", {"headquarters", "regional", "field"}),
        ("meeting_kind", {"consultation", "joint_meeting", "workshop", "observer_invitation"}),
        ("classification", {"public_domain", "project_specific", "confidential"}),
        ("request_status", {"open", "accepted", "declined", "completed"}),
        ("ip_item", {"logo", "name", "trademark", "other"}),
    ],
)
def test_vocabularies_named_in_the_product_brief(name: str, expected: set[str]) -> None:
    assert set(VOCAB.codes(name)) == expected


def test_activity_kinds_of_the_product_brief() -> None:
    codes = set(VOCAB.codes("activity_kind"))
    for code in ("risk_assessment", "training", "information_materials", "sop", "advocacy_campaign",
                 "conference_workshop", "joint_research", "capacity_building", "emergency_customs_facilitation"):
        assert code in codes


# --- VocabularyIndex -------------------------------------------------------------------


def test_lookup_by_code() -> None:
    assert VOCAB.lookup("country", "CHE") == "CHE"
    assert VOCAB.lookup("country", "che") == "CHE"
    assert VOCAB.lookup("thematic_area", "x.a") == "x.a"
    assert VOCAB.lookup("thematic_area", "X.A") == "x.a"
    assert VOCAB.lookup("thematic_area", "XI") == "xi"


def test_lookup_by_label_case_insensitively() -> None:
    assert VOCAB.lookup("country", "Switzerland") == "CHE"
    assert VOCAB.lookup("country", "SWITZERLAND") == "CHE"
    assert VOCAB.lookup("country", "åland islands") == "ALA"
    assert VOCAB.lookup("thematic_area", "one stop border posts (osbps)") == "x.b"
    assert VOCAB.lookup("office_level", "HEADQUARTERS") == "headquarters"
    assert VOCAB.lookup("meeting_kind", "Joint Meeting") == "joint_meeting"


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_term_is_found_by_code_and_by_label(name: str) -> None:
    for term in VOCABULARIES[name]:
        assert VOCAB.lookup(name, term.code) == term.code
        assert VOCAB.lookup(name, term.code.swapcase()) == term.code
        assert VOCAB.lookup(name, term.label) == term.code
        assert VOCAB.lookup(name, term.label.upper()) == term.code


def test_lookup_of_unknown_text_or_vocabulary() -> None:
    assert VOCAB.lookup("country", "Atlantis") is None
    assert VOCAB.lookup("country", "") is None
    assert VOCAB.lookup("no_such_vocabulary", "CHE") is None
    assert VOCAB.lookup("office_level", "Switzerland") is None  # labels of another vocabulary


def test_allows_codes_and_labels() -> None:
    assert VOCAB.allows("office_level", "field")
    assert not VOCAB.allows("office_level", "Field")  # codes only, exactly
    assert not VOCAB.allows("office_level", "CHE")
    assert not VOCAB.allows("no_such_vocabulary", "field")
    assert VOCAB.codes("no_such_vocabulary") == []
    assert VOCAB.label("country", "XXX") == "XXX"  # an unknown code is shown as it is
    assert VOCAB.label("no_such_vocabulary", "a") == "a"


def test_index_of_extended_terms() -> None:
    terms = {k: list(v) for k, v in VOCABULARIES.items()}
    terms["activity_kind"].append(Term("activity_kind", "study_visit", "Study visit"))
    terms["custom"] = [Term("custom", "a", "Alpha")]
    index = VocabularyIndex(terms)
    assert index.allows("activity_kind", "study_visit")
    assert index.lookup("activity_kind", "study VISIT") == "study_visit"
    assert index.lookup("custom", "alpha") == "a"
    assert "custom" in index.names()
    assert not VOCAB.allows("activity_kind", "study_visit")  # the shipped index is untouched
    assert VOCABULARIES["activity_kind"][-1].code != "study_visit"


def test_index_of_given_terms_only() -> None:
    index = VocabularyIndex({"office_level": [Term("office_level", "hq", "Head office")]})
    assert index.names() == ["office_level"]
    assert index.codes("office_level") == ["hq"]
    assert not index.allows("office_level", "field")
    assert not index.allows("country", "CHE")
