"""Every write goes through the one write path: versions, a monotonic clock, tombstones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from mouliaison.domain import clock
from mouliaison.domain.validation import Invalid
from mouliaison.domain.versions import DELETED
from mouliaison.services import records
from mouliaison.services.database import open_database
from mouliaison.store.embedded import EMBEDDED_SITE
from mouliaison.store.schema import Installation, VersionRow


def local_versions(db) -> list[VersionRow]:
    with db.reading() as session:
        rows = session.scalars(select(VersionRow).where(VersionRow.site_id != EMBEDDED_SITE)).all()
        for row in rows:
            session.expunge(row)
        return sorted(rows, key=lambda r: r.stamp)


def test_each_add_edit_delete_is_recorded_as_a_version(db):
    record_id = records.add_record(db, "activity", {"title": "Joint training", "status": "planned"})
    records.edit_record(db, "activity", record_id, {"status": "ongoing", "title": "Joint training"})
    records.delete_record(db, "activity", record_id)

    versions = local_versions(db)
    assert [json.loads(v.values_json) for v in versions] == [
        {"status": "planned", "title": "Joint training"},
        {"status": "ongoing"},  # only the field that changed
        {DELETED: True},
    ]
    site = db.installation().site_id
    assert {v.site_id for v in versions} == {site}
    assert {v.record_id for v in versions} == {record_id}
    # the edit names the version it was based on; the delete saw the heads of every field
    first, edit, tombstone = versions
    assert json.loads(edit.parents_json) == {"status": [first.id]}
    assert json.loads(tombstone.parents_json) == {"status": [edit.id], "title": [first.id]}


def test_clock_never_goes_backwards_even_when_the_wall_clock_does(db_path: Path):
    walls = iter([5_000_000, 4_000_000, 4_000_000, 3_000_000, 6_000_000, 1_000])
    last_wall = [7_000_000]

    def wall() -> int:
        last_wall[0] = next(walls, last_wall[0] - 1)
        return last_wall[0]

    with open_database(db_path, wall=wall) as db:
        record_id = records.add_record(db, "contact", {"full_name": "Amina Yusuf"})
        for n in range(5):
            records.edit_record(db, "contact", record_id, {"title": f"Officer {n}"})
        stamps = [v.stamp for v in local_versions(db)]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
        with db.reading() as session:
            assert session.get(Installation, 1).clock == stamps[-1]
    # persisted: a later opening continues after the last stamp, whatever the wall clock says
    with open_database(db_path, wall=lambda: 10) as db:
        records.edit_record(db, "contact", record_id, {"title": "Head of office"})
        assert local_versions(db)[-1].stamp > stamps[-1]
        assert clock.wall_ms(local_versions(db)[-1].stamp) >= clock.wall_ms(stamps[-1])


def test_delete_leaves_a_tombstone_and_the_record_cannot_be_edited(db):
    record_id = records.add_record(db, "organisation", {"name": "Kenya Revenue Authority"})
    records.delete_record(db, "organisation", record_id)

    assert records.list_records(db, "organisation") == []
    [tombstone] = records.list_records(db, "organisation", include_deleted=True)
    assert tombstone.id == record_id and tombstone.deleted
    assert records.show_record(db, "organisation", record_id).deleted
    with pytest.raises(Invalid, match="no organisation with id"):
        records.edit_record(db, "organisation", record_id, {"acronym": "KRA"})
    with pytest.raises(Invalid, match="no organisation with id"):
        records.delete_record(db, "organisation", record_id)


def test_refused_input_writes_no_version(db):
    before = len(local_versions(db))
    with pytest.raises(Invalid):
        records.add_record(db, "activity", {"title": "", "countries": "XXX"})
    record_id = records.add_record(db, "activity", {"title": "Workshop"})
    with pytest.raises(Invalid):
        records.edit_record(db, "activity", record_id, {"start_date": "2026-05-01", "end_date": "2026-04-01"})
    assert len(local_versions(db)) == before + 1
    assert records.show_record(db, "activity", record_id).values["start_date"] is None


def test_an_edit_that_changes_nothing_writes_nothing(db):
    record_id = records.add_record(db, "activity", {"title": "Workshop", "countries": "UGA,KEN"})
    assert records.edit_record(db, "activity", record_id, {"title": " Workshop ", "countries": "KEN, UGA"}) == {}
    assert len(local_versions(db)) == 1


def test_a_copied_database_takes_a_new_site_id(db_path: Path, tmp_path: Path):
    with open_database(db_path) as db:
        original = db.installation().site_id
    copy = tmp_path / "copy" / "office.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(db_path, copy)
    with open_database(copy) as db:
        assert db.installation().site_id != original
    with open_database(db_path) as db:
        assert db.installation().site_id == original
