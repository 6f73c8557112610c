"""A new database already holds the IOM-WCO MOU of 2018 and its vocabularies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mouliaison.domain.default_agreement import AGREEMENT_ID, IOM_ID, WCO_ID
from mouliaison.domain.vocabularies import VOCABULARIES
from mouliaison.services import records
from mouliaison.services.database import open_database
from mouliaison.services.dump import dump_json


def test_new_database_holds_the_agreement(tmp_path: Path):
    with open_database(tmp_path / "new.sqlite3") as db:
        assert db.schema.created
        agreement = records.show_record(db, "agreement", AGREEMENT_ID).values
        assert agreement["first_party"] == IOM_ID and agreement["second_party"] == WCO_ID
        assert agreement["first_party_signed_on"] == dt.date(2018, 5, 7)
        assert agreement["second_party_signed_on"] == dt.date(2018, 5, 8)
        assert agreement["entry_into_force"] == dt.date(2018, 5, 8)
        assert agreement["termination_notice_months"] == 6
        assert agreement["status"] == "in_force"
        parties = {v.values["code"]: v.id for v in records.list_records(db, "party")}
        assert parties == {"IOM": IOM_ID, "WCO": WCO_ID}


def test_new_database_holds_every_shipped_vocabulary(tmp_path: Path):
    with open_database(tmp_path / "new.sqlite3") as db:
        vocab = records.vocabularies(db)
        for name, terms in VOCABULARIES.items():
            assert sorted(vocab.codes(name)) == sorted(t.code for t in terms)
        assert vocab.label("thematic_area", "x.b") == "One Stop Border Posts (OSBPs)"


def test_recording_needs_no_set_up(tmp_path: Path):
    with open_database(tmp_path / "new.sqlite3") as db:
        record_id = records.add_record(db, "activity", {"title": "OSBP training", "thematic_areas": "x.b",
                                                        "lead_party": "WCO", "countries": "Kenya"})
        values = records.show_record(db, "activity", record_id).values
        assert values["lead_party"] == WCO_ID  # the party found by its code
        assert values["countries"] == ("KEN",)  # the country found by its name
        assert values["status"] == "planned"  # the default status


def test_two_new_databases_hold_identical_embedded_records(tmp_path: Path):
    with open_database(tmp_path / "a.sqlite3") as a, open_database(tmp_path / "b.sqlite3") as b:
        assert dump_json(a) == dump_json(b)
        assert a.installation().site_id != b.installation().site_id


def test_reopening_adds_nothing_twice(tmp_path: Path):
    path = tmp_path / "new.sqlite3"
    with open_database(path) as db:
        first = dump_json(db)
    with open_database(path) as db:
        assert not db.schema.created
        assert dump_json(db) == first
