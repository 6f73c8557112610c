"""The periods a person looks at activities over: this year, the last 12 months, a quarter, from-to.

A `Period` is what was chosen (kept in the preferences as a small mapping, so "this year" is
still this year next January); `span(today)` turns it into dates. `quarters` cuts a span into
the calendar quarters it meets, each clipped to the span, so that a count per quarter and the
list filtered by that quarter's dates agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

ALL, THIS_YEAR, LAST_12_MONTHS, QUARTER, CUSTOM = "all", "year", "last12", "quarter", "custom"
KINDS = (ALL, THIS_YEAR, LAST_12_MONTHS, QUARTER, CUSTOM)


@dataclass(frozen=True)
class Period:
    kind: str = ALL
    year: int | None = None  # QUARTER: the quarter's year and number (1-4)
    quarter: int | None = None
    start: dt.date | None = None  # CUSTOM: first and last day, both included
    end: dt.date | None = None

    def span(self, today: dt.date) -> tuple[dt.date, dt.date] | None:
        """First and last day (both included); None for all dates."""
        if self.kind == THIS_YEAR:
            return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        if self.kind == LAST_12_MONTHS:
            return _months_back(today, 12) + dt.timedelta(days=1), today
        if self.kind == QUARTER and self.year and self.quarter:
            return quarter_span(self.year, self.quarter)
        if self.kind == CUSTOM and self.start and self.end:
            return self.start, self.end
        return None

    def to_mapping(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        if self.kind == QUARTER:
            data.update(year=self.year, quarter=self.quarter)
        if self.kind == CUSTOM:
            data.update(start=self.start.isoformat() if self.start else None,
                        end=self.end.isoformat() if self.end else None)
        return data

    @classmethod
    def from_mapping(cls, data: object) -> Period:
        """The period a saved mapping names; all dates if it names none that makes sense."""
        if not isinstance(data, dict) or data.get("kind") not in KINDS:
            return cls()
        kind = data["kind"]
        if kind == QUARTER:
            year, quarter = data.get("year"), data.get("quarter")
            if isinstance(year, int) and 1 <= year <= 9999 and quarter in (1, 2, 3, 4):
                return cls(QUARTER, year=year, quarter=quarter)
            return cls()
        if kind == CUSTOM:
            try:
                start, end = dt.date.fromisoformat(data["start"]), dt.date.fromisoformat(data["end"])
            except (KeyError, TypeError, ValueError):
                return cls()
            return cls(CUSTOM, start=start, end=end) if start <= end else cls()
        return cls(kind)


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * quarter - 2, 1)
    last = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return first, last - dt.timedelta(days=1)


def quarters(start: dt.date, end: dt.date) -> list[tuple[int, int, dt.date, dt.date]]:
    """(year, quarter, first day, last day) of each quarter `start`-`end` meets, clipped to it."""
    found = []
    year, quarter = quarter_of(start)
    while (year, quarter) <= quarter_of(end):
        first, last = quarter_span(year, quarter)
        found.append((year, quarter, max(first, start), min(last, end)))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return found


def _months_back(day: dt.date, months: int) -> dt.date:
    """The same day `months` months earlier (the month's last day if it is shorter)."""
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")
