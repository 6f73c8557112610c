"""The search index: kept with the current state, and trusted by the window's search."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select, text

from mouliaison.domain.filtering import Criteria
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services.database import open_database
from mouliaison.services.erasure import erase_personal_data
from mouliaison.services.record_listing import listed_ids
from mouliaison.services.records import add_record, delete_record, edit_record, list_records, restore_record
from mouliaison.store.record_query import conditions
from mouliaison.store.schema import RECORD_TABLES

FIXTURES = Path(__file__).parent.parent / "fixtures"


def found(db, type_name: str, words: str) -> list[str]:
    return listed_ids(db, type_name, Criteria(search=words))


def indexed_text(db, table: str, record_id: str) -> str:
    """The text a record is indexed by (on SQLite its FTS5 index reads it from the row; on
    PostgreSQL its GIN index is made from it)."""
    with db.reading() as session:
        return session.execute(text(f"SELECT search_text FROM {table} WHERE id = :id"), {"id": record_id}).scalar_one()


def test_an_older_database_is_indexed_when_upgraded(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0003.sqlite3", path)
    with open_database(path) as db:
        assert found(db, "contact", "jose") == ["0190a000-0000-7000-8000-000000000002"]  # "José Díaz"
        assert found(db, "activity", "osbp training") == ["0190a000-0000-7000-8000-000000000003"]
        assert found(db, "activity", "cancelled") == []  # deleted: not listed


def test_a_record_is_found_by_the_names_of_what_it_refers_to(db):
    contact = add_record(db, "contact", {"full_name": "Amina Yusuf", "party": "IOM"})
    activity = add_record(db, "activity", {"title": "Census", "status": "planned", "participants": [contact]})
    assert found(db, "activity", "amina") == [activity]
    edit_record(db, "contact", contact, {"full_name": "Halima Yusuf"})  # the activity now shows the new name
    assert found(db, "activity", "amina") == []
    assert found(db, "activity", "halima") == [activity]


def test_an_erased_persons_data_leaves_the_index(db):
    contact = add_record(db, "contact", {"full_name": "Pedro Alvarez", "email": "pedro@example.org",
                                         "party": "WCO"})
    activity = add_record(db, "activity", {"title": "Survey", "status": "planned", "participants": [contact]})
    erase_personal_data(db, "contact", contact)
    assert found(db, "contact", "pedro") == []
    assert found(db, "activity", "pedro") == []
    assert "pedro" not in indexed_text(db, "contact", contact).lower()
    assert "pedro" not in indexed_text(db, "activity", activity).lower()


def test_search_words_that_are_not_words_change_nothing(db):
    add_record(db, "activity", {"title": "Border post", "status": "planned"})
    assert len(found(db, "activity", '"(border* -post)')) == 1  # not the index's query syntax: words
    assert found(db, "activity", "border AND") == []  # "AND" is a word like any other, and not in the title
    assert len(found(db, "activity", '"* -')) == 1  # punctuation alone filters nothing


def test_the_index_stays_exactly_in_step_with_the_rows(db):
    """FTS5's own integrity check: what the index holds is what the rows' text says."""
    contact = add_record(db, "contact", {"full_name": "Nadia Benali", "party": "IOM"})
    activity = add_record(db, "activity", {"title": "Joint survey", "status": "planned", "participants": [contact]})
    edit_record(db, "activity", activity, {"title": "Joint survey, second round"})
    edit_record(db, "contact", contact, {"full_name": "Nadia Benali-Haddad"})  # the activity is indexed again
    delete_record(db, "activity", add_record(db, "activity", {"title": "Gone", "status": "planned"}))
    restore_record(db, "activity", listed_deleted(db))
    erase_personal_data(db, "contact", contact)
    if not db.is_server:  # PostgreSQL keeps its GIN indexes in step with the rows itself
        with sqlite3.connect(db.path) as conn:
            for table in ("contact", "activity"):
                conn.execute(f"INSERT INTO search_{table}(search_{table}, rank) VALUES ('integrity-check', 1)")
    assert found(db, "activity", "second round") == [activity]
    assert len(found(db, "activity", "gone")) == 1  # restored: found again


def listed_deleted(db) -> str:
    return next(v.id for v in list_records(db, "activity", include_deleted=True) if v.deleted)


def test_an_imported_record_is_found_by_the_names_of_what_came_with_it(make_db, tmp_path: Path):
    """Contacts are written before the activities naming them, whatever order the file or the plan
    holds them in; a record naming another of its own type in the same import is indexed once
    that one's title is written."""
    from mouliaison.services.exchange import export_workbook, import_workbooks

    here, there = make_db("here"), make_db("there")
    contact = add_record(here, "contact", {"full_name": "Zanele Okonkwo", "party": "IOM"})
    activity = add_record(here, "activity", {"title": "Census", "status": "planned", "participants": [contact]})
    given = add_record(here, "consent_record", {
        "contact": contact, "recipient": "third-party:UNHCR", "given_on": "2026-01-05", "method": "signed-form",
        "evidence": "form 12"})
    withdrawal = add_record(here, "consent_record", {
        "contact": contact, "recipient": "any-third-party", "given_on": "2026-02-01", "method": "signed-form",
        "evidence": "form 13", "withdraws": given, "withdrawn_on": "2026-02-01"})
    path = tmp_path / "all.xlsx"
    export_workbook(here, path)
    result = import_workbooks(there, [path], trust_new_keys=True)
    assert not result.refused and result.totals["inserted"] >= 4
    assert found(there, "activity", "okonkwo") == [activity]
    assert sorted(found(there, "consent_record", "unhcr")) == sorted([given, withdrawal])  # the withdrawal names it


def test_words_in_letters_newer_than_the_index_tokenizer_are_still_found(db):
    """SQLite's tokenizer knows Unicode 6.1: Adlam (2016, written for Fula in West Africa) is not
    letters to it, and a word mixing it with Latin letters would be a phrase the index cannot
    match. Such words are searched in the text itself: found, never an error."""
    adlam = "\U0001e900\U0001e922\U0001e924"  # three Adlam letters
    named = add_record(db, "contact", {"full_name": f"Aminata {adlam}", "party": "IOM"})
    mixed = add_record(db, "contact", {"full_name": f"Code ab{adlam}cd", "party": "WCO"})
    assert sorted(found(db, "contact", adlam)) == sorted([named, mixed])
    assert found(db, "contact", f"ab{adlam}cd") == [mixed]
    assert found(db, "contact", f"aminata {adlam}") == [named]
    assert found(db, "contact", "aminata") == [named]  # an ordinary word: the index answers


def test_postgresql_searches_its_word_index_with_accents_folded_and_word_starts(db):
    """On PostgreSQL a search is answered by the GIN index over the words (not by LIKE over every
    row): accents and case folded, each word the start of a word, split as SQLite splits them."""
    if not db.is_server:
        return  # SQLite: test_search_words_that_are_not_words_change_nothing and the rest
    geneva = add_record(db, "activity", {"title": "Réunion à GENÈVE", "status": "planned"})
    mail = add_record(db, "contact", {"full_name": "Pedro Alvarez", "email": "pedro@example.org", "party": "WCO"})
    assert found(db, "activity", "reunion gen") == [geneva]
    assert found(db, "activity", "union") == []  # not the start of a word
    assert found(db, "contact", "example") == [mail]  # an address is words, as in SQLite's index
    with db.reading() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))  # the index, however few the rows
        table = RECORD_TABLES["activity"]
        query = select(table.c.id).where(*conditions(session, RECORD_TYPES["activity"], Criteria(search="genev")))
        compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = "\n".join(row[0] for row in session.execute(text(f"EXPLAIN {compiled}")))
    assert "search_activity" in plan and "~~" not in plan  # ~~ is LIKE


def test_rows_imported_after_others_are_indexed_once_each(db, tmp_path: Path):
    """A plain sheet's new records are inserted after the rows held and indexed as the rows after
    the highest rowid before: each new row once, the rows held neither again nor lost."""
    import openpyxl

    from mouliaison.services.exchange import import_workbooks

    held = [add_record(db, "activity", {"title": f"Held survey {n}", "status": "planned"}) for n in range(3)]
    delete_record(db, "activity", held[1])  # a deleted row has no text in the index
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Activities"
    sheet.append(["Activity title", "Status", "Start date"])
    for n in range(2500):  # more rows than one write's part
        sheet.append([f"Imported workshop {n}", "Planned", f"2026-03-{n % 28 + 1:02d}"])
    book.save(path)
    result = import_workbooks(db, [path])
    assert not result.refused and result.totals["inserted"] == 2500
    assert len(found(db, "activity", "imported workshop")) == 2500
    assert sorted(found(db, "activity", "held survey")) == sorted([held[0], held[2]])
    if not db.is_server:
        with sqlite3.connect(db.path) as conn:  # a row indexed twice, or not at all, fails FTS5's own check
            conn.execute("INSERT INTO search_activity(search_activity, rank) VALUES ('integrity-check', 1)")
