"""Progress of long work (reading, planning, applying) and a person's cancel, without Qt.

The window passes a callable that reports to its progress bar and raises `Cancelled` when
the person has pressed Cancel; the work stops there and its transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Callable

# what is being done, how far, out of how much (None: not known in advance)
Progress = Callable[[str, int, "int | None"], None]

EVERY = 1000  # rows or records between two reports


class Cancelled(Exception):
    """A person stopped the work; nothing of it was written."""


def no_progress(_what: str, _done: int, _total: int | None) -> None:
    return None
