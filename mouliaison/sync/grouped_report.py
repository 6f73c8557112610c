"""Refused cells told the way a person fixes them: by column and cause, with the rows.

A tracker of 1,000 rows with a column of dates in another format refuses 1,000 cells for one
reason; the report says so once ("Tracker column C, rows 4–1003: ...") and keeps every cell
for those who read the JSON.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mouliaison.domain.messages import Message
from mouliaison.sync.reader import CellProblem

_QUOTED = re.compile(r"'(?:[^']|'(?=[^\W\d_]))*'")  # 'United Nations Children's Fund' is one value
_NAMED = 8  # values named in a group's line; the JSON has every cell


def row_ranges(rows: Iterable[int]) -> str:
    """'4–17, 20' for rows 4 to 17 and 20 (sorted, each once)."""
    ordered = sorted(set(rows))
    parts: list[str] = []
    start = previous = None
    for row in [*ordered, None]:
        if start is not None and (row is None or row != previous + 1):  # type: ignore[operator]
            parts.append(str(start) if start == previous else f"{start}–{previous}")
            start = None
        if row is not None:
            start = row if start is None else start
            previous = row
    return ", ".join(parts)


def rows_phrase(rows: Iterable[int]) -> str:
    """'row 4' or 'rows 4–17, 20'."""
    ordered = sorted(set(rows))
    if len(ordered) == 1:
        return Message("row {rows}", rows=str(ordered[0]))
    return Message("rows {rows}", rows=row_ranges(ordered))


@dataclass(frozen=True)
class RejectedGroup:
    """Cells of one column refused for one cause."""

    sheet: str
    column: str
    cause: str  # the reason, with what differs from cell to cell (a quoted value) left out
    rows: tuple[int, ...]
    reasons: tuple[str, ...]  # the reasons as the cells gave them, each once

    @property
    def count(self) -> int:
        return len(self.rows)

    def __str__(self) -> str:
        where = f"{self.sheet} column {self.column}" if self.column else self.sheet
        cells = "1 cell" if self.count == 1 else f"{self.count} cells"
        said = self.reasons[0] if len(self.reasons) == 1 else self._values_named()
        return f"{where}, {rows_phrase(self.rows)} ({cells}): {said}"

    @property
    def rows_text(self) -> str:
        return row_ranges(self.rows)

    @property
    def values(self) -> list[str]:
        """The values refused, each once, quoted as the reasons quote them."""
        return list(dict.fromkeys(m.group() for reason in self.reasons if (m := _QUOTED.search(reason))))

    def _values_named(self) -> str:
        """The cause with the values that differ from cell to cell named where they stood
        ("'Protection', 'Coordination' not allowed..."): a person sees what to fix, not '…'."""
        values = self.values
        if not values or "'…'" not in self.cause:
            return self.cause
        named = ", ".join(values[:_NAMED])
        if len(values) > _NAMED:
            named += f" (and {len(values) - _NAMED} more)"
        return self.cause.replace("'…'", named, 1)

    def to_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "column": self.column, "cause": self.cause, "count": self.count,
                "rows": row_ranges(self.rows), "reasons": list(self.reasons)}


def group_rejected(problems: Iterable[CellProblem]) -> list[RejectedGroup]:
    """The refused cells grouped by (sheet, column, cause), in the order of the sheets."""
    groups: dict[tuple[str, str, str], tuple[list[int], dict[str, None]]] = {}
    for problem in problems:
        cause = _QUOTED.sub("'…'", problem.reason)
        rows, reasons = groups.setdefault((problem.sheet, problem.column, cause), ([], {}))
        rows.append(problem.row)
        reasons[problem.reason] = None
    found = [RejectedGroup(sheet, column, cause, tuple(sorted(rows)), tuple(reasons))
             for (sheet, column, cause), (rows, reasons) in groups.items()]
    return sorted(found, key=lambda g: (g.sheet, len(g.column), g.column, g.rows[0]))


def group_quarantined(problems: Iterable[tuple[str, int, str]]) -> list[tuple[str, tuple[int, ...], str]]:
    """(sheet, row, reason) of quarantined rows as (sheet, rows, reason), one per sheet and
    reason, in the order of the sheets: a 3W keyed on its titles alone sets aside hundreds of
    rows for one reason."""
    groups: dict[tuple[str, str], list[int]] = {}
    for sheet, row, reason in problems:
        groups.setdefault((sheet, reason), []).append(row)
    found = [(sheet, tuple(sorted(set(rows))), reason) for (sheet, reason), rows in groups.items()]
    return sorted(found, key=lambda g: (g[0], g[1][0]))


def quarantined_lines(problems: Iterable[tuple[str, int, str]]) -> list[str]:
    """'Tracker rows 6–117 (112 rows): ...' rather than a line per row."""
    return [f"{sheet} {rows_phrase(rows)}{f' ({len(rows)} rows)' if len(rows) > 1 else ''}: {reason}"
            for sheet, rows, reason in group_quarantined(problems)]
