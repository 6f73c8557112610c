"""Joint activities of a period counted by status, thematic area, country and quarter, in SQL.

Every count is made with the records list's own filter (store.record_query.conditions over a
`Criteria`), so that the list opened from a count shows exactly the records counted: an
activity is in a period when its dates meet it (domain.filtering.date_span), in a country when
the country is among its countries, in a quarter when it runs during that quarter (an activity
of several quarters counts in each). Counting is GROUP BY work for the database: there may be
100,000 activities.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Text, case, cast, func, select
from sqlalchemy.orm import Session

from mouliaison.domain import filtering
from mouliaison.domain.filtering import Criteria
from mouliaison.domain.periods import quarters
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.store.record_query import conditions, driver_rows, span_columns
from mouliaison.store.schema import RECORD_TABLES

ACTIVITY = RECORD_TYPES["activity"]
MAX_QUARTERS = 12  # all dates: the latest quarters the activities reach, not decades of them


@dataclass(frozen=True)
class StatusRow:
    """One row of a by-country or by-quarter table: activities by status, and in all."""

    key: str  # the country's code, or "2026 Q1"
    label: str
    counts: tuple[int, ...]  # in the order of Overview.by_status
    total: int
    date_from: dt.date | None = None  # a quarter's days within the period
    date_to: dt.date | None = None


@dataclass(frozen=True)
class Breakdown:
    rows: tuple[StatusRow, ...]
    left_out: int = 0  # rows not shown (the quarters before the latest MAX_QUARTERS)
    without: int = 0  # activities with no country (by country)


NOTHING = Breakdown(())


def period_criteria(span: tuple[dt.date, dt.date] | None) -> Criteria:
    return Criteria(date_from=span[0], date_to=span[1]) if span else Criteria()


def where(session: Session, criteria: Criteria) -> list[ColumnElement[bool]]:
    """The WHERE clause of the live activities the records list shows for `criteria`."""
    table = RECORD_TABLES["activity"]
    return [table.c.deleted.is_(False), *conditions(session, ACTIVITY, criteria)]


def count(session: Session, criteria: Criteria) -> int:
    table = RECORD_TABLES["activity"]
    return int(session.scalar(select(func.count()).select_from(table).where(*where(session, criteria))) or 0)


def grouped(session: Session, column: str, criteria: Criteria) -> list[tuple[object, int]]:
    """Activities of `criteria` counted by the value of a column."""
    table = RECORD_TABLES["activity"]
    query = select(table.c[column], func.count()).where(*where(session, criteria)).group_by(table.c[column])
    return [(value, int(n)) for value, n in session.execute(query)]


def undated(session: Session) -> int:
    """Live activities with no date at all: no period finds them."""
    table = RECORD_TABLES["activity"]
    first, _last = _span()
    query = select(func.count()).select_from(table).where(table.c.deleted.is_(False), first.is_(None))
    return int(session.scalar(query) or 0)


def by_country(session: Session, vocab: VocabularyIndex, statuses: Sequence[str], criteria: Criteria) -> Breakdown:
    """Each country the activities name, with its activities by status; the most active first.

    Counted per distinct list of countries (a few thousand at most), then spread over the
    countries in Python: portable SQL, and an activity counts once in each of its countries."""
    table = RECORD_TABLES["activity"]
    as_text = cast(table.c.countries, Text)
    query = (select(as_text, table.c.status, func.count()).where(*where(session, criteria))
             .group_by(as_text, table.c.status))
    counted: dict[str, Counter[str]] = {}
    without = 0
    for text, status, n in driver_rows(session, query):  # thousands of lists: read fast
        codes = _codes(text)
        if not codes:
            without += n
        for code in codes:
            counted.setdefault(code, Counter())[status or ""] += n
    rows = [StatusRow(code, vocab.label("country", code), tuple(c[s] for s in statuses), sum(c.values()))
            for code, c in counted.items()]
    rows.sort(key=lambda r: (-r.total, r.label.casefold()))
    return Breakdown(tuple(rows), without=without)


def by_quarter(session: Session, statuses: Sequence[str], criteria: Criteria) -> Breakdown:
    """Each quarter of the period (all dates: the latest MAX_QUARTERS the activities reach), with
    the activities under way in it by status; in one pass over the activities."""
    table = RECORD_TABLES["activity"]
    span = (criteria.date_from, criteria.date_to)
    if span[0] is None or span[1] is None:
        reach = _reach(session)
        if reach is None:
            return NOTHING
        span = (span[0] or reach[0], span[1] or reach[1])
    assert span[0] is not None and span[1] is not None
    cut = quarters(span[0], span[1])
    left_out = max(len(cut) - MAX_QUARTERS, 0)
    cut = cut[left_out:]
    first, last = _span()
    sums = [func.sum(case(((first <= q_last) & (last >= q_first), 1), else_=0)) for _y, _q, q_first, q_last in cut]
    query = select(table.c.status, *sums).where(*where(session, criteria)).group_by(table.c.status)
    per_status = {str(status or ""): [int(n or 0) for n in numbers] for status, *numbers in session.execute(query)}
    rows = []
    for i, (year, quarter, q_first, q_last) in enumerate(cut):
        counts = tuple(per_status.get(s, [0] * len(cut))[i] for s in statuses)
        total = sum(numbers[i] for numbers in per_status.values())
        rows.append(StatusRow(f"{year} Q{quarter}", f"{year} Q{quarter}", counts, total, q_first, q_last))
    return Breakdown(tuple(rows), left_out=left_out)


def _span() -> tuple[ColumnElement[dt.date], ColumnElement[dt.date]]:
    span = filtering.date_span(ACTIVITY)
    assert span is not None
    first, last = span_columns(RECORD_TABLES["activity"], span)
    return first, last


def _reach(session: Session) -> tuple[dt.date, dt.date] | None:
    """The first and last day any live activity reaches."""
    table = RECORD_TABLES["activity"]
    first, last = _span()
    reached = session.execute(select(func.min(first), func.max(last)).where(table.c.deleted.is_(False))).one()
    low, high = _day(reached[0]), _day(reached[1])
    return (low, high) if low is not None and high is not None else None


def _day(value: object) -> dt.date | None:
    """min() of a coalesce comes back as text on SQLite (the type is lost on the way)."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def _codes(text: object) -> set[str]:
    """The codes of a list column as read (JSON text), each once."""
    if not text:
        return set()
    value = json.loads(text) if isinstance(text, str) else text
    return {str(code) for code in value} if isinstance(value, list) else set()
