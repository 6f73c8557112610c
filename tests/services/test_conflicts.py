"""Reading conflicts in bulk gives exactly what reading them one by one gave, in pages too.

`per_conflict_view` is the read the conflicts page and the command line used before: one
record state, and a query per competing version, its file and its office, per conflict.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import display, from_wire
from mouliaison.domain.vocabularies import VOCABULARIES
from mouliaison.services import records
from mouliaison.services.conflicts import (
    CompetingValue,
    ConflictView,
    _device_time,
    conflict_ids,
    count_conflicts,
    list_conflicts,
    read_conflicts,
    resolve_conflict,
)
from mouliaison.services.database import Database
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.office import set_office
from mouliaison.store.current_state import load_versions, record_state
from mouliaison.store.schema import ConflictRow, ImportedFile, Installation, Site, VersionRow


def per_conflict_view(session: Session, row: ConflictRow) -> ConflictView:
    """The former `_view`, verbatim but for names."""
    rtype = RECORD_TYPES[row.entity]
    versions = {v.id: v for v in load_versions(session, row.entity, row.record_id)}
    state_title = record_state(session, row.entity, row.record_id).values.get(rtype.title_field)
    field = rtype.field(row.field)
    heads = json.loads(row.heads_json)
    values = json.loads(row.values_json)
    local_site = session.get(Installation, 1).site_id  # type: ignore[union-attr]
    competing = []
    for head, value in zip(heads, values, strict=True):
        version = versions[head]
        received = session.get(VersionRow, head)
        source = None
        if received is not None and received.received_from:
            imported = session.get(ImportedFile, received.received_from)
            source = imported.file_name if imported else None
        shown = ("deleted" if value else "kept (edited)") if field is None else display(from_wire(field, value))
        if version.site_id == local_site:
            office = "this office"
        else:
            site = session.get(Site, version.site_id)
            office = (site.office_name if site and site.office_name else None) or f"site {version.site_id[:8]}"
        competing.append(CompetingValue(head, value, shown, office, _device_time(version.stamp), source,
                                        made_here=version.site_id == local_site))  # the one field added
    return ConflictView(row.id, row.entity, row.record_id, display(state_title), row.field,
                        field.label if field else "Deleted", tuple(competing))


def unsigned(views: list[ConflictView]) -> list[ConflictView]:
    """The views without the signing keys (issue 16), which the former read did not give."""
    return [dataclasses.replace(v, values=tuple(dataclasses.replace(c, signed_by=None, signer_office=None)
                                                 for c in v.values)) for v in views]


def test_each_value_names_the_key_that_vouches_for_it(coordinator: Database) -> None:
    from mouliaison.services.keys import list_keys

    known = list_keys(coordinator)
    by_office = {k.office: k.fingerprint for k in known}
    own = next(k.fingerprint for k in known if k.own)
    values = [c for v in list_conflicts(coordinator) for c in v.values]
    assert {c.signed_by for c in values if c.made_here} == {own}
    others = [c for c in values if not c.made_here]
    assert others and all((c.signed_by, c.signer_office) == (by_office[c.office], c.office) for c in others)
    assert {c.signer_office for c in others} == {"IOM Nairobi", "WCO Kampala"}


def one_by_one(db: Database) -> list[ConflictView]:
    with db.reading() as session:
        rows = session.scalars(select(ConflictRow).order_by(ConflictRow.entity, ConflictRow.record_id,
                                                            ConflictRow.field)).all()
        return [per_conflict_view(session, row) for row in rows]


@pytest.fixture
def coordinator(make_db, tmp_path: Path) -> Database:
    """Three offices change the same records before exchanging: conflicts of every kind at the
    coordinator's (text, number, lists, a delete against an edit, three values, another type)."""
    here, nairobi, kampala = make_db("coordinator"), make_db("nairobi"), make_db("kampala")
    set_office(here, "Regional coordination", "IOM", "regional", "SEN")
    set_office(nairobi, "IOM Nairobi", "IOM", "field", "KEN")
    set_office(kampala, "WCO Kampala", "WCO", "field", "UGA")
    sent = iter(range(100))

    def send(sender: Database, *receivers: Database) -> None:
        path = tmp_path / f"file-{next(sent)}.xlsx"
        export_workbook(sender, path)
        for receiver in receivers:
            assert import_workbooks(receiver, [path], trust_new_keys=True).applied

    areas = [t.code for t in VOCABULARIES["thematic_area"]]
    made = [records.add_record(here, "activity", {"title": f"Training {n}", "places": "Busia",
                                                  "participants_women": "3", "thematic_areas": areas[:1]})
            for n in range(12)]
    contact = records.add_record(here, "contact", {"full_name": "Aïcha Diallo", "title": "Chef de poste"})
    send(here, nairobi, kampala)
    for n, record in enumerate(made):
        if n % 4 == 0:
            records.edit_record(nairobi, "activity", record, {"places": f"Malaba {n}"})
            records.edit_record(kampala, "activity", record, {"places": f"Namanga {n}"})
            records.edit_record(here, "activity", record, {"places": "Moyale"})  # three values
        elif n % 4 == 1:
            records.edit_record(nairobi, "activity", record, {"participants_women": "4", "thematic_areas": areas[1:3]})
            records.edit_record(here, "activity", record, {"participants_women": "5", "thematic_areas": areas[2:4]})
        elif n % 4 == 2:
            records.delete_record(kampala, "activity", record)
            records.edit_record(here, "activity", record, {"places": "Malaba"})
    records.edit_record(nairobi, "contact", contact, {"title": "Customs officer"})
    records.edit_record(kampala, "contact", contact, {"title": "Oficial de migración"})
    send(nairobi, here)
    send(kampala, here)
    return here


def test_the_bulk_read_gives_what_the_read_one_by_one_gave(coordinator: Database) -> None:
    expected = one_by_one(coordinator)
    assert len(expected) == 3 + 3 * 2 + 3 + 1  # places; women and areas; deletes; the contact's title
    assert {v.field for v in expected} == {"places", "participants_women", "thematic_areas", "_deleted", "title"}
    assert max(len(v.values) for v in expected) == 3
    assert {c.office for v in expected for c in v.values} == {"this office", "IOM Nairobi", "WCO Kampala"}
    assert {c.source_file for v in expected for c in v.values} == {None, "file-1.xlsx", "file-2.xlsx"}
    assert unsigned(list_conflicts(coordinator)) == expected
    assert count_conflicts(coordinator) == len(expected)


def test_ids_and_reads_by_id_give_the_same_conflicts_in_the_same_order(coordinator: Database) -> None:
    everything = list_conflicts(coordinator)
    ids = conflict_ids(coordinator)
    assert ids == [v.id for v in everything]
    assert read_conflicts(coordinator, ids[:5]) + read_conflicts(coordinator, ids[5:]) == everything
    chosen = [ids[7], "not-a-conflict", ids[2]]  # in the order asked; an unknown (closed) one left out
    assert read_conflicts(coordinator, chosen) == [everything[7], everything[2]]
    assert read_conflicts(coordinator, []) == []


def test_a_resolution_leaves_the_others_as_they_were(coordinator: Database) -> None:
    before = list_conflicts(coordinator)
    chosen = next(v for v in before if v.field == "places")
    resolve_conflict(coordinator, chosen.id, keep=chosen.values[-1].version_id)
    assert list_conflicts(coordinator) == [v for v in before if v.id != chosen.id]
    assert unsigned(list_conflicts(coordinator)) == one_by_one(coordinator)
