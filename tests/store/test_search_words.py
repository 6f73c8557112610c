"""PostgreSQL's search words are folded by the app (store.search_words, schema 0007): the same
words the server made with `unaccent` before, so a search finds the same records; a database
of schema 0006 keeps finding them once upgraded."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from mouliaison.domain.filtering import Criteria
from mouliaison.services.record_listing import count_listed, listed_ids
from mouliaison.services.records import add_record
from mouliaison.store.migrate import config, head_revision
from mouliaison.store.search_words import folded_words, tsquery_text, tsvector_text

TEXTS = [
    "José Díaz jose@example.org +254 700 000000",
    "Frontière Namanga–Busia: évaluation conjointe des risques (2026-03-02)",
    "Straße Øresund Łódź Œuvre Æsir Đakovo þing ðe",
    "İstanbul ÇALIŞTAY ığdır",
    "naïve café crème brûlée NAÏVE",
    "x.b v; 12 km H2O",
    "مرحبا بالعالم Ελληνικά Кириллица 한국어",
    "under_score hyphen-ated O'Brien l'été",
]


def test_words_are_split_into_letters_and_digits_with_case_and_accents_folded():
    assert folded_words("José Díaz, jose@example.org") == ["jose", "diaz", "jose", "example", "org"]
    assert folded_words("Straße Œuvre Łódź") == ["strasse", "oeuvre", "lodz"]
    assert folded_words("under_score") == ["under", "score"]
    assert tsvector_text("Café café CAFÉ") == "'cafe'"
    assert tsvector_text(None) is None
    assert tsquery_text(["Fron", "Ri"]) == "'fron':* & 'ri':*"
    assert tsquery_text(["\u0301"]) is None  # a mark alone folds to no word
    # Where the app differs from the server's split: superscript and subscript digits are digits
    # of the word (as SQLite's index keeps "km²" one word); the server split "km" from "²".
    assert folded_words("12½ km² H₂O") == ["121", "2", "km2", "h2o"]
    assert folded_words("हिन्दी") == ["हिन्दी"]  # the server split the word at its virama: "हिन", "दी"


def test_the_app_folds_as_the_server_folded_with_unaccent(db, backend):
    """The words of schema 0006 (the server: unaccent, the split, to_tsvector) and the app's."""
    if backend != "postgresql":
        pytest.skip("PostgreSQL's unaccent")
    with db.writing() as change:
        connection = change.session.connection()
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        for sample in TEXTS:
            server = connection.exec_driver_sql(
                "SELECT to_tsvector('simple', regexp_replace(unaccent(%(t)s), '[^[:alnum:]]+', ' ', 'g'))::text",
                {"t": sample}).scalar_one()
            ours = connection.exec_driver_sql("SELECT CAST(%(w)s AS tsvector)::text",
                                              {"w": tsvector_text(sample)}).scalar_one()
            assert set(ours.split()) == {word.split(":")[0] for word in server.split()}, sample


def test_a_database_of_schema_0006_finds_the_same_records_once_upgraded(db, backend):
    ids = {sample: add_record(db, "contact", {"full_name": sample}) for sample in TEXTS[:5]}
    searches = ["jose", "Frontiere", "évalu", "strasse lodz", "istanbul", "CREME brul", "naive", "nowhere"]
    expected = {search: sorted(listed_ids(db, "contact", Criteria(search=search))) for search in searches}
    assert expected["jose"] == [ids[TEXTS[0]]] and expected["nowhere"] == []
    with db.writing() as change:
        command.downgrade(config(change.session.connection()), "0006")
    if backend == "postgresql":  # the server's words again (the generated column)
        with db.reading() as session:
            assert session.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'mouliaison_words'")).scalar()
    with db.writing() as change:
        command.upgrade(config(change.session.connection()), "head")
    with db.reading() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        if backend == "postgresql":  # a plain column the app writes, no function of ours left
            generated = session.execute(text(
                "SELECT attgenerated FROM pg_attribute WHERE attrelid = 'contact'::regclass"
                " AND attname = 'search_words'")).scalar_one()
            assert generated == ""
            assert not session.execute(text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'mouliaison_%'")).scalar()
    for search in searches:
        assert sorted(listed_ids(db, "contact", Criteria(search=search))) == expected[search], search
        assert count_listed(db, "contact", Criteria(search=search)) == len(expected[search])
