"""Rules across fields of one record (dates in order, parties that differ...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from mouliaison.domain.messages import Message
from mouliaison.domain.validation import Problem
from mouliaison.domain.values import Value

Rule = Callable[[Mapping[str, Value]], list[Problem]]


def dates_in_order(start: str, end: str, what: str) -> Rule:
    said = Message(what)

    def rule(values: Mapping[str, Value]) -> list[Problem]:
        first, last = values.get(start), values.get(end)
        if isinstance(first, dt.date) and isinstance(last, dt.date) and last < first:
            return [Problem(end, Message("{what} ends on {last} before it starts on {first}",
                                         what=said, last=last, first=first))]
        return []

    return rule


def differ(one: str, other: str, message: str) -> Rule:
    message = Message(message)
    def rule(values: Mapping[str, Value]) -> list[Problem]:
        if values.get(one) is not None and values.get(one) == values.get(other):
            return [Problem(other, message)]
        return []

    return rule


def together(one: str, other: str, message: str) -> Rule:
    """Both fields given, or neither."""
    message = Message(message)

    def rule(values: Mapping[str, Value]) -> list[Problem]:
        has_one, has_other = values.get(one) is not None, values.get(other) is not None
        if has_one and not has_other:
            return [Problem(other, message)]
        if has_other and not has_one:
            return [Problem(one, message)]
        return []

    return rule


def required_when(field: str, when: str, equals: str, message: str) -> Rule:
    message = Message(message)
    def rule(values: Mapping[str, Value]) -> list[Problem]:
        if values.get(when) == equals and values.get(field) is None:
            return [Problem(field, message)]
        return []

    return rule


def entry_into_force_is_later_signature(values: Mapping[str, Value]) -> list[Problem]:
    """MOU 7.1: in force on the date of signature by both parties, i.e. the later one."""
    first, second = values.get("first_party_signed_on"), values.get("second_party_signed_on")
    entry = values.get("entry_into_force")
    if isinstance(first, dt.date) and isinstance(second, dt.date) and entry is not None:
        later = max(first, second)
        if entry != later:
            return [Problem("entry_into_force", Message("entry into force must be the later signature date, {date}",
                                                        date=later))]
    return []


def recipient_syntax(values: Mapping[str, Value]) -> list[Problem]:
    recipient = values.get("recipient")
    if not isinstance(recipient, str):
        return []
    if recipient in ("partner", "any-third-party"):
        return []
    if recipient.startswith("third-party:") and recipient.removeprefix("third-party:").strip():
        return []
    message = Message("'{recipient}' is not a recipient; write partner, any-third-party or third-party:NAME",
                      recipient=recipient)
    return [Problem("recipient", message)]
