"""Who an export is for (MOU 3.6): the same party, the partner party, or a third party.

Until consent records decide per contact (a later issue), a third party gets no personal
field at all: the safe reading of "no personal information shall be communicated to any
third party without the prior written approval of the person concerned".
"""

from __future__ import annotations

from dataclasses import dataclass

from mouliaison.domain.fields import Field

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

    def may_receive(self, field: Field) -> bool:
        return not (field.personal and self.kind == THIRD_PARTY)
