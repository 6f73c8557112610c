"""Which filters a record type offers, and what a person asked the table for.

The filter bar shows only what a type's fields allow: status, thematic area (an area
matches its topics too: "x" matches x.a-x.l), party (any reference to a party), a focal
point's level, country, a date range (an action item's is its due date), the designations
current on a day (a focal point is current from its start, or always, to its end, or for
good), and joint confirmation. A date range finds the records whose dates meet it: an
activity runs from its start (or planned start) to its end (or planned end), a record with one
date is on that day; the Overview's counts for a period are made with the same rule. The store turns a
`Criteria` into SQL, so the table never loads every record to filter it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import RecordType

INDEXED_DATE_FIELDS = ("start_date", "date", "requested_on", "given_on", "planned_start_date")  # listing orders
DATE_FIELDS = (*INDEXED_DATE_FIELDS, "due_date")  # a type's main date: the first of these it has
START_FIELDS = ("start_date", "planned_start_date")  # where a record's span starts, the actual date first
END_FIELDS = ("end_date", "planned_end_date")  # and where it ends
CONFIRMED_FIELDS = ("first_party_confirmed_on", "second_party_confirmed_on")
BOTH, ONE, NEITHER = "both", "one", "neither"
CONFIRMATIONS = {BOTH: 2, ONE: 1, NEITHER: 0}  # how many parties confirmed


def status_field(rtype: RecordType) -> Field | None:
    field = rtype.field("status")
    return field if field is not None and field.kind is Kind.CHOICE else None


def area_field(rtype: RecordType) -> Field | None:
    field = rtype.field("thematic_areas")
    return field if field is not None and field.kind is Kind.CHOICES else None


def party_fields(rtype: RecordType) -> tuple[Field, ...]:
    return tuple(f for f in rtype.fields if f.kind is Kind.REFERENCE and f.target == "party")


def country_field(rtype: RecordType) -> Field | None:
    for key, kind in (("country", Kind.CHOICE), ("countries", Kind.CHOICES)):
        field = rtype.field(key)
        if field is not None and field.kind is kind:
            return field
    return None


def date_field(rtype: RecordType) -> Field | None:
    for key in DATE_FIELDS:
        field = rtype.field(key)
        if field is not None and field.kind is Kind.DATE:
            return field
    return None


def date_span(rtype: RecordType) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The fields a record's dates start and end with, each list in order of preference; None
    for a type without dates. A record without an end ends on its start (and the other way round)."""
    main = date_field(rtype)
    if main is None:
        return None

    def dated(key: str) -> bool:
        field = rtype.field(key)
        return field is not None and field.kind is Kind.DATE

    starts = (main.key, *(k for k in START_FIELDS if k != main.key and dated(k)))
    return starts, tuple(k for k in END_FIELDS if dated(k))


def level_field(rtype: RecordType) -> Field | None:
    field = rtype.field("level")
    return field if field is not None and field.kind is Kind.CHOICE else None


DESIGNATIONS = {"focal_point": ("start_date", "end_date")}  # a designation's first and last day, each optional


def designation_fields(rtype: RecordType) -> tuple[str, str] | None:
    """The fields that bound a designation (a focal point's), for "current on a day"; None for other types."""
    return DESIGNATIONS.get(rtype.name)


def has_confirmation(rtype: RecordType) -> bool:
    return all(rtype.field(key) is not None for key in CONFIRMED_FIELDS)


@dataclass(frozen=True)
class Criteria:
    """What the filter bar and the search box ask for; None (or an empty end) means any."""

    status: str | None = None
    area: str | None = None
    party: str | None = None
    country: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    confirmed: str | None = None  # BOTH, ONE or NEITHER
    level: str | None = None  # a focal point's level (headquarters, regional, field)
    current_on: dt.date | None = None  # designations current on that day
    search: str = ""  # words each record must contain (a word may be the start of one)

    @property
    def empty(self) -> bool:
        return self == Criteria()


def search_words(text: str) -> list[str]:
    """The words of a search, as the index splits text: letters and digits, nothing else."""
    words, word = [], []
    for char in text:
        if char.isalnum():
            word.append(char)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words
