"""Messages that keep their English template and parameters, so the window can translate them.

A Message is the English text itself (a str: the command line, the JSON, logs and every
comparison see exactly the words they always saw) that also remembers the template it was
written from and the values put in it. The window looks the template up in its translators
(context "messages") and formats the values in the user's language (ui/messages.py).
Parameters that are a field's or a record type's English label are marked (FieldLabel,
TypeLabel) so that the window translates them too.

Every template is registered when its module is imported: resources/translations/
domain_messages.py hands them to lupdate and requires French and Spanish for each.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

#: Every template, in the order the modules registered them.
TEMPLATES: dict[str, None] = {}


def template(text: str) -> str:
    """Register `text` as a message template (for the translators) and return it unchanged."""
    TEMPLATES.setdefault(text, None)
    return text


class FieldLabel(str):
    """A field's English label given as a parameter: the window shows it translated."""


class TypeLabel(str):
    """A record type's English label given as a parameter: the window shows it translated."""


class TermLabel(str):
    """A vocabulary term's English label (as the database holds it), given as a parameter or a
    report's cell: the window shows it translated (ui/labels.term_label)."""

    vocabulary: str

    def __new__(cls, label: str, vocabulary: str) -> TermLabel:
        self = super().__new__(cls, label)
        self.vocabulary = vocabulary
        return self

    def __reduce__(self) -> tuple[type[TermLabel], tuple[str, str]]:
        return TermLabel, (str(self), self.vocabulary)  # so that it pickles with its vocabulary


class FieldLabels(tuple):
    """Several fields' English labels as one parameter, written "Title, Status" (translated in
    the window, each label)."""

    joiner = ", "

    def __str__(self) -> str:
        return self.joiner.join(self)

    def __format__(self, spec: str) -> str:
        return str(self)


class TypeLabels(tuple):
    """Several record types' English labels as one parameter, written "joint activities, meetings"."""

    def __str__(self) -> str:
        return ", ".join(self)

    def __format__(self, spec: str) -> str:
        return str(self)


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class MonthOfYear(tuple):
    """(year, month) as one parameter, written "February 2026" (in the window's language there)."""

    def __str__(self) -> str:
        return f"{MONTH_NAMES[self[1] - 1]} {self[0]}"

    def __format__(self, spec: str) -> str:
        return str(self)


class DayName(int):
    """A weekday (0 is Monday) as a parameter, written "Monday"."""

    def __str__(self) -> str:
        return DAY_NAMES[self]

    def __format__(self, spec: str) -> str:
        return str(self)


class LongDate(dt.date):
    """A date as a parameter written with its month's name, "6 July 2026"."""

    def __format__(self, spec: str) -> str:
        return f"{self.day} {MONTH_NAMES[self.month - 1]} {self.year}"


class Message(str):
    """English text written from a registered template; `.template` and `.params` say how."""

    template: str
    params: dict[str, Any]

    def __new__(cls, text_template: str, /, **params: Any) -> Message:
        template(text_template)
        self = super().__new__(cls, text_template.format(**params))
        self.template = text_template
        self.params = params
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        return (self.template,), self.params  # so that it pickles (import workers) as itself


def joined(parts: list[str]) -> str:
    """Several messages as one, "first; second; third", each part still translated in the window."""
    said = parts[0]
    for part in parts[1:]:
        said = Message("{first}; {then}", first=said, then=part)
    return said
