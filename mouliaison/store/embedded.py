"""Puts the embedded default (the IOM-WCO MOU and its vocabularies) into a database.

The embedded versions have ids derived from their content, stamp 0 and the embedded
site, so every database holds identical versions, and any edit made at an office wins
over them. Run at every opening: it adds only what is missing (e.g. terms shipped by a
newer release).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mouliaison.domain.default_agreement import EMBEDDED_RECORDS, EmbeddedRecord
from mouliaison.domain.ids import derived
from mouliaison.domain.record_types import record_type
from mouliaison.domain.values import to_wire
from mouliaison.domain.versions import EMBEDDED, Version, canonical_json
from mouliaison.store.write_path import ChangeWriter

EMBEDDED_SITE = "00000000-0000-0000-0000-000000000000"


def embedded_version(record: EmbeddedRecord) -> Version:
    rtype = record_type(record.entity)
    wire = {}
    for key, value in record.values.items():
        field = rtype.field(key)
        assert field is not None, f"embedded {record.entity} has unknown field {key}"
        wire[key] = to_wire(field, value)
    return Version(
        id=derived("embedded", record.entity, record.record_id, canonical_json(wire)),
        entity=record.entity,
        record_id=record.record_id,
        stamp=0,
        site_id=EMBEDDED_SITE,
        values=wire,
        parents={},
        origin=EMBEDDED,
    )


def ensure_embedded(session: Session, writer: ChangeWriter) -> int:
    """Adds the embedded versions a database lacks; returns how many were added."""
    return writer.add_versions(embedded_version(r) for r in EMBEDDED_RECORDS)
