"""The one way to ask about many ids: in lists short enough for `IN (...)`.

SQLite binds at most 32,766 parameters a statement (999 before 3.32) and PostgreSQL's
planner slows on very long lists; 500 ids a query is well inside both, and few enough
round trips that a 100,000-record import spends little time on them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

CHUNK = 500  # ids per IN (...) list

T = TypeVar("T")


def in_chunks(ids: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """`ids` in consecutive slices of at most `size` (none if `ids` is empty)."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
