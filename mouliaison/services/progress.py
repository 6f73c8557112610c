"""Progress and cancel for long work (import, export), for callers that run it: the window's worker.

Kept apart from services.exchange so that a caller can name them without loading the
workbook libraries.
"""

from __future__ import annotations

from mouliaison.sync.progress import Cancelled, Progress, no_progress

__all__ = ["Cancelled", "Progress", "no_progress"]
