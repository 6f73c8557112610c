"""Duplicate contacts, merges, "not a duplicate", and erasure, across offices and workbooks."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pytest

from mouliaison.domain.validation import Invalid
from mouliaison.services import records
from mouliaison.services.dump import dump_json
from mouliaison.services.duplicates import find_duplicates, mark_distinct, merge_duplicates
from mouliaison.services.erasure import erase_personal_data
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.sync.duplicates import Party, candidates, normalise_name

JOSE = "0190a000-0000-7000-8000-0000000000a1"
JOSE_AGAIN = "0190a000-0000-7000-8000-0000000000a2"


@pytest.mark.parametrize(
    "variant",
    [
        "José Díaz",
        unicodedata.normalize("NFD", "José Díaz"),  # decomposed accents
        "  José   Díaz ",  # stray spaces
        "JOSÉ DÍAZ",  # case
        "Jose Diaz",  # no accents
        "Díaz José",  # family name first
        "Díaz, José",  # with a comma
    ],
)
def test_name_variants_are_candidates(variant: str):
    [found] = candidates([Party("a", "José Díaz"), Party("b", variant)])
    assert found.score >= 80 and found.reasons


def test_different_people_are_not_candidates():
    assert candidates([Party("a", "José Díaz"), Party("b", "Amina Yusuf"), Party("c", "Josefina Ortega")]) == []


def test_email_or_phone_make_a_candidate_and_are_named():
    [by_email] = candidates([Party("a", "A. Yusuf", email="amina@example.org"),
                             Party("b", "Amina Yusuf", email="AMINA@example.org")])
    assert "same email" in by_email.reasons
    [by_phone] = candidates([Party("a", "Chen Wei", phone="+254 700 111 005"),
                             Party("b", "Wei Chen", phone="0700111005")])
    assert "same phone number" in by_phone.reasons


def test_normalised_names():
    assert normalise_name(unicodedata.normalize("NFD", " José  DÍAZ ")) == "jose diaz"


def exchange(tmp_path: Path, source, target, name: str) -> None:
    path = tmp_path / f"{name}.xlsx"
    export_workbook(source, path)
    import_workbooks(target, [path], trust_new_keys=True)


def two_offices_with_the_same_person(make_db, tmp_path: Path):
    a, b = make_db("a"), make_db("b")
    records.add_record(a, "contact", {"full_name": "José Díaz", "email": "jose@example.org"}, record_id=JOSE)
    records.add_record(b, "contact", {"full_name": "DIAZ José", "phone": "+254 700 1"}, record_id=JOSE_AGAIN)
    exchange(tmp_path, a, b, "a1")
    exchange(tmp_path, b, a, "b1")
    return a, b


def test_duplicate_found_after_import_and_at_save(make_db, tmp_path: Path):
    a, b = two_offices_with_the_same_person(make_db, tmp_path)
    for db in (a, b):
        [pair] = find_duplicates(db, "contact")
        assert {pair.first, pair.second} == {JOSE, JOSE_AGAIN}
    [pair] = find_duplicates(a, "contact", JOSE)
    assert "another order" in " ".join(pair.reasons)


@pytest.mark.parametrize("order", list(itertools.permutations(["merge_a", "merge_b", "edit"])))
def test_competing_merges_converge_on_the_smaller_id(make_db, tmp_path: Path, order):
    a, b = two_offices_with_the_same_person(make_db, tmp_path)
    merge_duplicates(a, "contact", JOSE, JOSE_AGAIN)  # office a keeps the smaller id
    merge_duplicates(b, "contact", JOSE_AGAIN, JOSE)  # office b keeps the larger one
    files = {"merge_a": a, "merge_b": b}
    paths = {}
    for name, db in files.items():
        paths[name] = tmp_path / f"{name}.xlsx"
        export_workbook(db, paths[name])
    hq = make_db("hq")
    for step in order:
        if step in paths:
            import_workbooks(hq, [paths[step]], trust_new_keys=True)
    import_workbooks(a, [paths["merge_b"]], trust_new_keys=True)
    import_workbooks(b, [paths["merge_a"]], trust_new_keys=True)
    assert dump_json(a) == dump_json(b) == dump_json(hq)
    survivor = records.show_record(a, "contact", JOSE)
    assert not survivor.deleted
    assert survivor.values["email"] == "jose@example.org" and survivor.values["phone"] == "+254 700 1"
    merged = records.show_record(a, "contact", JOSE_AGAIN)
    assert merged.deleted
    assert '"merged_into": "' + JOSE + '"' in dump_json(a)
    assert find_duplicates(a, "contact") == []


def test_links_follow_a_merge(make_db, tmp_path: Path):
    a, b = two_offices_with_the_same_person(make_db, tmp_path)
    activity = records.add_record(b, "activity", {"title": "Training", "participants": JOSE_AGAIN})
    merge_duplicates(a, "contact", JOSE, JOSE_AGAIN)
    exchange(tmp_path, a, b, "a2")
    from mouliaison.services.names import names_for

    names = names_for(b, "activity")
    view = records.show_record(b, "activity", activity)
    assert names.readable(records.get_type("activity").field("participants"), view.values["participants"]) == (
        "José Díaz",)
    records.edit_record(b, "activity", activity, {"title": "Training (edited)"})  # the link is still valid


def test_not_a_duplicate_travels(make_db, tmp_path: Path):
    a, b = two_offices_with_the_same_person(make_db, tmp_path)
    mark_distinct(a, "contact", JOSE, JOSE_AGAIN)
    assert find_duplicates(a, "contact") == []
    assert len(find_duplicates(b, "contact")) == 1
    exchange(tmp_path, a, b, "a2")
    assert find_duplicates(b, "contact") == []
    assert dump_json(a) == dump_json(b)


def test_erasure_reaches_another_office_and_leaves_no_trace(make_db, tmp_path: Path):
    a, b = two_offices_with_the_same_person(make_db, tmp_path)
    activity = records.add_record(a, "activity", {"title": "Training", "participants": JOSE})
    exchange(tmp_path, a, b, "before")
    assert erase_personal_data(a, "contact", JOSE) == ["full_name", "email", "phone", "notes"]
    exchange(tmp_path, a, b, "erasure")
    for db in (a, b):
        contact = records.show_record(db, "contact", JOSE)
        assert contact.values["full_name"] is None and contact.values["email"] is None
        assert not contact.deleted
        assert records.show_record(db, "activity", activity).values["participants"] == (JOSE,)
        assert "jose@example.org" not in Path(db.path).read_bytes().decode("latin-1") or _only_in_freelist(db)
    later = tmp_path / "after.xlsx"
    export_workbook(a, later)
    import zipfile

    with zipfile.ZipFile(later) as archive:
        text = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    assert "jose@example.org" not in text and "José Díaz" not in text
    # an old file arriving after the erasure brings nothing back
    import_workbooks(b, [tmp_path / "before.xlsx"], trust_new_keys=True)
    assert records.show_record(b, "contact", JOSE).values["email"] is None
    with pytest.raises(Invalid, match="erased"):
        records.edit_record(a, "contact", JOSE, {"email": "new@example.org"})
    records.edit_record(a, "contact", JOSE, {"title": "Customs officer"})  # the rest of the record lives on
    exchange(tmp_path, a, b, "after2")
    assert dump_json(a).count("jose@example.org") == 0


def _only_in_freelist(db) -> bool:
    """SQLite may keep old page contents in free pages; what counts is that no row holds it."""
    from sqlalchemy import text

    with db.reading() as session:
        hits = session.execute(text("SELECT count(*) FROM versions WHERE values_json LIKE '%jose@example.org%'"))
        return hits.scalar() == 0
