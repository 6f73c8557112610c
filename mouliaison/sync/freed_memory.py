"""Giving the memory a finished step freed back to the system (glibc's malloc_trim; elsewhere nothing).

python-calamine builds a whole sheet in memory and frees it once the sheet is read; glibc keeps
the freed pages in the process, and Python's small objects (in arenas of their own) cannot reuse
them. At 100,000 records the visible sheet's 300 MiB stayed counted in the import's memory until
the end: handed back after the reading, the planning and writing reuse what they need.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable


def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


_MALLOC_TRIM = _trim()


WORTH_IT = 8 << 20  # bytes of workbook: below, what a trim gives back is small and its walk of the heap is not


def give_back(file_size: int) -> None:
    """Return the freed heap pages to the system after reading a file of `file_size` bytes (about
    0.15 s after the 100k visible sheet; each of a coordinator's small files would pay it for little)."""
    if _MALLOC_TRIM is not None and file_size >= WORTH_IT:
        _MALLOC_TRIM(0)
