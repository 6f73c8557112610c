"""Erasure on request (MOU 3.6): a person's personal fields erased everywhere they travel.

The erasure is a version like any other, so it reaches every office in the next workbooks;
each office then scrubs the personal values from the record's history too. The rest of the
record (organisation, office, the activities the person took part in) stays.
"""

from __future__ import annotations

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.services.database import Database
from mouliaison.store import queries


def erase_personal_data(db: Database, type_name: str, record_id: str) -> list[str]:
    """Erase the personal fields of one record; returns the fields erased."""
    rtype = RECORD_TYPES.get(type_name)
    if rtype is None or not rtype.personal_fields:
        raise Invalid([Problem("", f"'{type_name}' records hold no personal data to erase")])
    with db.writing() as change:
        if queries.fetch_record(change.session, type_name, record_id) is None:
            raise Invalid([Problem("id", f"no {type_name} with id {record_id}")])
        if change.writer.state(type_name, record_id).erased:
            raise Invalid([Problem("id", f"the personal data of {type_name} {record_id} was erased already")])
        return change.writer.erase(type_name, record_id)
