"""Export profiles (MOU 3.6): what of each record a recipient may receive.

- the same party: everything;
- the partner party: everything, the file marked strictly confidential;
- a third party: a contact's personal fields only where a consent covers that recipient on
  the export date; otherwise the contact is pseudonymised (a name stable for that recipient,
  no other personal field) or left out, as the exporter chooses. Records marked confidential
  (confidential information exchanges) and the consent records themselves are not sent.
Personal values are removed from the history (versions) as well as from the visible cells.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.versions import Version
from mouliaison.privacy.consent import Basis
from mouliaison.privacy.pseudonyms import pseudonym
from mouliaison.privacy.recipients import THIRD_PARTY, Recipient

PSEUDONYMISE = "pseudonymise"
LEAVE_OUT = "leave-out"
NEVER_TO_THIRD_PARTIES = ("consent_record",)


@dataclass
class ContactOutcome:
    included: dict[str, str | None] = field(default_factory=dict)  # contact -> consent id (None: none needed)
    pseudonymised: dict[str, str] = field(default_factory=dict)  # contact -> why
    left_out: dict[str, str] = field(default_factory=dict)  # contact -> why

    def basis(self) -> dict[str, str]:
        """Contact -> the consent record that let its personal data go (third parties only)."""
        return {contact: consent for contact, consent in self.included.items() if consent}

    def counts(self) -> dict[str, int]:
        return {"included": len(self.included), "pseudonymised": len(self.pseudonymised),
                "left_out": len(self.left_out)}


class RecipientPolicy:
    """Decides, record by record and version by version, what goes to one recipient."""

    def __init__(
        self,
        recipient: Recipient,
        *,
        basis: Mapping[str, Basis] | None = None,
        refusals: Mapping[str, str] | None = None,  # contact -> why its data may not go
        key: str = "",
        confidential: set[tuple[str, str]] | None = None,  # records marked confidential
        unconsented: str = PSEUDONYMISE,
    ) -> None:
        self.recipient = recipient
        self._third = recipient.kind == THIRD_PARTY
        self._basis = dict(basis or {})
        self._refusals = dict(refusals or {})
        self._key = key
        self._confidential = confidential or set()
        self._unconsented = unconsented
        self.outcome = ContactOutcome()

    @property
    def banner(self) -> str | None:
        if self.recipient.confidential:
            return "STRICTLY CONFIDENTIAL: shared with the partner party under MOU 3.6"
        if self._third:
            return (f"Prepared for {self.recipient.name}: personal data only with the person's written "
                    "consent (MOU 3.6)")
        return None

    def keep_record(self, entity: str, record_id: str) -> bool:
        if not self._third:
            return True
        if entity in NEVER_TO_THIRD_PARTIES or (entity, record_id) in self._confidential:
            return False
        return not (entity == "contact" and self._unconsented == LEAVE_OUT and not self._consented(record_id))

    def record_values(self, entity: str, record_id: str, wire: dict[str, Any]) -> dict[str, Any]:
        """The values of a record's row (visible sheet and base) as this recipient may see them."""
        if not self._third or not RECORD_TYPES[entity].personal_fields:
            if entity == "contact":
                self.outcome.included[record_id] = None  # the same or the partner party: no consent needed
            return wire
        if entity == "contact" and self._consented(record_id):
            self.outcome.included[record_id] = self._basis[record_id].consent_id
            return wire
        shown = {k: v for k, v in wire.items() if not _personal(entity, k)}
        if entity == "contact":
            shown[RECORD_TYPES[entity].title_field] = pseudonym(self._key, self._recipient_key, record_id)
            self.outcome.pseudonymised[record_id] = self._refusals.get(record_id, "no consent for this recipient")
        return shown

    def reference_title(self, entity: str, record_id: str, title: str) -> str | None:
        """How a record another row refers to is named in a visible cell (a participant, a lead
        party): its title as this recipient sees the record itself, or None (its id is shown) when
        the record does not go to the recipient. Counts nothing: the record's own row does."""
        if not self.keep_record(entity, record_id):
            return None
        rtype = RECORD_TYPES[entity]
        title_field = rtype.field(rtype.title_field)
        if not self._third or title_field is None or not title_field.personal:
            return title
        if entity == "contact" and self._consented(record_id):
            return title
        if entity == "contact":
            return pseudonym(self._key, self._recipient_key, record_id)
        return None

    def note_left_out(self, entity: str, record_id: str) -> None:
        if entity == "contact" and self._third:
            self.outcome.left_out[record_id] = self._refusals.get(record_id, "no consent for this recipient")

    def version_values(self, version: Version) -> tuple[dict[str, Any], dict[str, tuple[str, ...]]] | None:
        """A version's values and parents as exported; None if nothing of it may go."""
        if not self.keep_record(version.entity, version.record_id):
            return None
        values, parents = dict(version.values), dict(version.parents)
        if self._third and not (version.entity == "contact" and self._consented(version.record_id)):
            values = {k: v for k, v in values.items() if not _personal(version.entity, k)}
            parents = {k: v for k, v in parents.items() if not _personal(version.entity, k)}
        return (values, parents) if values else None

    def _consented(self, contact: str) -> bool:
        return contact in self._basis

    @property
    def _recipient_key(self) -> str:
        return f"{self.recipient.kind}:{(self.recipient.name or '').casefold()}"


def _personal(entity: str, key: str) -> bool:
    field_ = RECORD_TYPES[entity].field(key) if entity in RECORD_TYPES else None
    return field_ is not None and field_.personal
