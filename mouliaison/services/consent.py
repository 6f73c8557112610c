"""Consent records (MOU 3.6): recording a withdrawal, and reading the consents an export weighs."""

from __future__ import annotations

import datetime as dt

from mouliaison.domain.validation import Invalid, Problem
from mouliaison.privacy.consent import Consent, consent_basis, why_not
from mouliaison.privacy.profiles import RecipientPolicy
from mouliaison.privacy.recipients import THIRD_PARTY, Recipient
from mouliaison.services.database import Database
from mouliaison.services.records import add_in
from mouliaison.store import queries
from mouliaison.store.session import Session


def withdraw_consent(db: Database, consent_id: str, *, on: str, evidence: str, method: str = "other") -> str:
    """A withdrawal: a new record naming the consent it withdraws; both stay provable."""
    with db.writing() as change:
        row = queries.fetch_record(change.session, "consent_record", consent_id)
        if row is None or row["deleted"]:
            raise Invalid([Problem("id", f"no consent record {consent_id}; list them with: mouliaison list consent")])
        if row["withdraws"]:
            raise Invalid([Problem("id", f"{consent_id} is itself a withdrawal; give the consent it withdrew")])
        return add_in(change, "consent_record", {
            "contact": row["contact"],
            "recipient": row["recipient"],
            "given_on": on,
            "method": method,
            "evidence": evidence,
            "withdraws": consent_id,
            "withdrawn_on": on,
        })


def load_consents(session: Session) -> list[Consent]:
    consents = []
    for row in queries.fetch_records(session, "consent_record"):
        consents.append(Consent(
            id=row["id"], contact=row["contact"], recipient=row["recipient"], given_on=row["given_on"],
            valid_until=row["valid_until"], withdraws=row["withdraws"], withdrawn_on=row["withdrawn_on"],
        ))
    return consents


def policy_for(session: Session, recipient: Recipient, *, key: str, on: dt.date, unconsented: str) -> RecipientPolicy:
    """What goes to `recipient` on `on`, from the consents and confidential records held here."""
    if recipient.kind != THIRD_PARTY:
        return RecipientPolicy(recipient)
    consents = load_consents(session)
    basis = consent_basis(consents, recipient, on)
    contacts = queries.all_ids(session, "contact")
    refusals = {c: why_not(consents, c, recipient, on) for c in contacts if c not in basis}
    confidential = {("information_exchange", record_id) for record_id
                    in queries.ids_where(session, "information_exchange", "classification", "confidential")}
    return RecipientPolicy(recipient, basis=basis, refusals=refusals, key=key, confidential=confidential,
                           unconsented=unconsented)


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()
