"""Consent under MOU 3.6: whose personal data may go to which recipient, on which day.

Consent records are append-only: a withdrawal is a record of its own that names the consent
it withdraws, so both stay provable. A consent covers a recipient when it names that third
party (names compared without regard to case, accents or spacing) or any third party, was
given on or before the export date, has not expired, and has not been withdrawn by then.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from mouliaison.privacy.recipients import PARTNER, THIRD_PARTY, Recipient

ANY_THIRD_PARTY = "any-third-party"


@dataclass(frozen=True)
class Consent:
    id: str
    contact: str
    recipient: str  # partner, any-third-party or third-party:NAME
    given_on: dt.date
    valid_until: dt.date | None = None
    withdraws: str | None = None  # set on a withdrawal record
    withdrawn_on: dt.date | None = None


@dataclass(frozen=True)
class Basis:
    """Why a contact's personal data may go to a recipient: the consent that covers it."""

    contact: str
    consent_id: str


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def covers(consent_recipient: str, recipient: Recipient) -> bool:
    if recipient.kind == THIRD_PARTY:
        if consent_recipient == ANY_THIRD_PARTY:
            return True
        prefix = THIRD_PARTY + ":"
        return consent_recipient.startswith(prefix) and _folded(consent_recipient[len(prefix):]) == _folded(
            recipient.name or ""
        )
    return recipient.kind == PARTNER and consent_recipient == PARTNER


def consent_basis(consents: Iterable[Consent], recipient: Recipient, on: dt.date) -> dict[str, Basis]:
    """For each contact whose personal data may go to `recipient` on `on`, the consent that allows it."""
    consents = list(consents)
    withdrawn = {c.withdraws for c in consents if c.withdraws and (c.withdrawn_on or c.given_on) <= on}
    basis: dict[str, Basis] = {}
    for consent in sorted(consents, key=lambda c: (c.given_on, c.id)):
        if consent.withdraws or consent.id in withdrawn:
            continue
        if consent.given_on > on or (consent.valid_until is not None and consent.valid_until < on):
            continue
        if covers(consent.recipient, recipient):
            basis.setdefault(consent.contact, Basis(consent.contact, consent.id))
    return basis


def why_not(consents: Iterable[Consent], contact: str, recipient: Recipient, on: dt.date) -> str:
    """In words, why a contact's personal data may not go to `recipient` (for the export report)."""
    mine = [c for c in consents if c.contact == contact]
    relevant = [c for c in mine if not c.withdraws and covers(c.recipient, recipient)]
    if not relevant:
        return "no consent for this recipient"
    withdrawn = {c.withdraws for c in mine if c.withdraws and (c.withdrawn_on or c.given_on) <= on}
    if all(c.id in withdrawn for c in relevant):
        return "consent withdrawn"
    if all(c.valid_until is not None and c.valid_until < on for c in relevant if c.id not in withdrawn):
        return "consent expired"
    return "consent not yet given on the export date"
