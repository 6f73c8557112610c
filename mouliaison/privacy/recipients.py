"""Who an export is for (MOU 3.6): the same party, the partner party, or a third party.

What each recipient may receive is decided by privacy.profiles, from the consent records.
"""

from __future__ import annotations

from dataclasses import dataclass

SAME_PARTY = "same-party"
PARTNER = "partner"
THIRD_PARTY = "third-party"


class NotARecipient(ValueError):
    pass


@dataclass(frozen=True)
class Recipient:
    kind: str
    name: str | None = None

    @classmethod
    def parse(cls, text: str) -> Recipient:
        text = text.strip()
        if text in (SAME_PARTY, PARTNER):
            return cls(text)
        if text.startswith(THIRD_PARTY + ":") and text.split(":", 1)[1].strip():
            return cls(THIRD_PARTY, text.split(":", 1)[1].strip())
        raise NotARecipient(f"'{text}' is not a recipient; write same-party, partner or third-party:NAME")

    def __str__(self) -> str:
        return f"{self.kind}:{self.name}" if self.name else self.kind

    @property
    def confidential(self) -> bool:
        """MOU 3.6: what goes to the partner party is marked strictly confidential."""
        return self.kind == PARTNER
