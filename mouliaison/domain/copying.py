"""What a copy of a record takes ("Duplicate": copy as new).

A copy is a new record: it has its own id, and nothing that attests to the original
happened to it. Confirmations, signatures, approvals, notices and responses are left empty;
references and codes that must be unique are left for the person to give; the status
starts again at the field's default. Everything else is copied for the person to adjust.
"""

from __future__ import annotations

from collections.abc import Mapping

from mouliaison.domain.record_types import CONFIRMATION_FIELDS, RecordType
from mouliaison.domain.values import Value

ATTESTING = ("_confirmed_by", "_confirmed_on", "_signed_on", "_signed_at", "_signatory")
NOT_COPIED = frozenset({
    *(f.key for f in CONFIRMATION_FIELDS),
    "reference",  # an agreement's own reference number
    "code",  # a party's or a term's code is unique
    "approved_by", "approved_on",  # an approval is given to one request
    "termination_notice_on", "termination_notice_by",
    "responded_on", "response",
    "withdraws", "withdrawn_on",
    "outcomes", "follow_up", "decisions",  # what came of that one
})
RESTARTED = frozenset({"status"})


def copyable(rtype: RecordType) -> bool:
    """Append-only records (consent) are evidence of one event: they are recorded anew, not copied."""
    return not rtype.append_only


def copied_values(rtype: RecordType, values: Mapping[str, Value]) -> dict[str, Value]:
    copy: dict[str, Value] = {}
    for field in rtype.fields:
        if field.key in NOT_COPIED or field.key.endswith(ATTESTING):
            continue
        copy[field.key] = field.default if field.key in RESTARTED else values.get(field.key)
    return {k: v for k, v in copy.items() if v is not None}
