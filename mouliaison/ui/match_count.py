"""The exact number of a search's matches, counted after a pause in typing, off the UI thread.

While a person types, the records page counts matches only up to a cap (a thousand and one:
"more than 1,000" shows at once, where counting every match of a first letter at 100,000
records reads every record's words). Once typing pauses (DELAY_MS after the last change the
page asked about) the exact count is made on a worker of its own (ui/worker.py), so the window
never waits for it. A count arrives with what it counted (the type, the criteria and the
records' generation: the table reads them again after each change the window knows of); the page
shows it only if that is still what the table shows, so a count of an older search text, or one
read before a save or an import committed, is dropped and the newer request counted instead.
One count at a time: a newer request waits for the running one, then starts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from mouliaison.services.database import Database
from mouliaison.services.record_listing import count_listed
from mouliaison.ui.record_table_model import Counted
from mouliaison.ui.worker import Worker

DELAY_MS = 500  # after the last keystroke the page asked about


class MatchCount(QObject):
    counted = Signal(object, int)  # what was counted (Counted), the exact count

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._wanted: Counted | None = None  # the newest request not yet answered
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)
        self._worker = Worker(self)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._ended_without_count)
        self._worker.cancelled.connect(self._ended_without_count)

    @property
    def pending(self) -> bool:
        """Whether a count is wanted or running."""
        return self._wanted is not None or self._worker.running

    def ask(self, wanted: Counted) -> None:
        """Count what `wanted` names once typing has paused: DELAY_MS from now, unless asked again."""
        self._wanted = wanted
        self._timer.start()

    def forget(self) -> None:
        """No count is wanted any more (the table's count is exact); one running is dropped when it ends."""
        self._wanted = None
        self._timer.stop()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until a running count has returned (the window closing)."""
        return self._worker.wait(milliseconds)

    def _start(self) -> None:
        if self._wanted is None or self._worker.running:
            return  # nothing to count, or started again when the running count ends
        wanted, db = self._wanted, self.db

        def count(_progress: Any) -> tuple[Counted, int]:
            return wanted, count_listed(db, wanted.type_name, wanted.criteria)

        self._worker.start(count)

    def _done(self, result: tuple[Counted, int]) -> None:
        counted, number = result
        if counted == self._wanted:
            self._wanted = None
            self.counted.emit(counted, number)
        else:
            self._ended_without_count()  # of an older search, or of records read again since: dropped

    def _ended_without_count(self, *_: Any) -> None:
        if self._wanted is not None and not self._timer.isActive():
            self._start()  # a newer request waited for this count to end
