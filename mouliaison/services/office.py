"""This installation's office: who records here (`mouliaison init`)."""

from __future__ import annotations

from dataclasses import dataclass

from mouliaison.services.database import Database
from mouliaison.services.records import add_in, edit_in
from mouliaison.store import queries


@dataclass(frozen=True)
class OfficeIdentity:
    office_id: str | None
    name: str | None
    party_code: str | None
    level: str | None
    country: str | None
    site_id: str


def set_office(db: Database, name: str, party: str, level: str = "field", country: str | None = None) -> str:
    """Set (or change) the office this installation records for; returns the office's id."""
    values = {"name": name, "party": party, "level": level, "country": country or ""}
    with db.writing() as change:
        installation = change.installation
        office_id = installation.office_id
        if office_id is not None and queries.exists(change.session, "office", office_id):
            edit_in(change, "office", office_id, values)
        else:
            office_id = add_in(change, "office", values)
            installation.office_id = office_id
        return office_id


def current_office(db: Database) -> OfficeIdentity:
    installation = db.installation()
    with db.reading() as session:
        row = queries.fetch_record(session, "office", installation.office_id) if installation.office_id else None
        if row is None or row["deleted"]:
            return OfficeIdentity(None, None, None, None, None, installation.site_id)
        party = queries.fetch_record(session, "party", row["party"]) if row["party"] else None
        return OfficeIdentity(
            office_id=row["id"],
            name=row["name"],
            party_code=party["code"] if party else None,
            level=row["level"],
            country=row["country"],
            site_id=installation.site_id,
        )
