"""One service call at a time, off the UI thread (ARCHITECTURE.md: one worker for database work).

The call runs in a thread of Qt's pool and gets a progress callable; what it reports comes back to the UI
thread by signal, as does its end: `finished(result)`, `failed(message)` or `cancelled()`.
Cancel is cooperative: `cancel()` sets a thread-safe flag and the next progress report raises
`Cancelled`, so the service's transaction rolls back and nothing is written. The worker never
touches a widget. It refuses a second call while one runs: a database has one writer at a time.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from mouliaison.services.progress import Cancelled, Progress

UNKNOWN = -1  # the total of a progress report when it is not known in advance

ProgressCallable = Progress  # what is being done, how far, out of how much (None: not known)


class Busy(RuntimeError):
    """A call was started while another one still runs."""


class _Signals(QObject):
    """Lives in the UI thread; emitted from the pool's thread, so its signals arrive queued."""

    reported = Signal(str, int, int)
    ended = Signal(str, object)  # "finished" / "failed" / "cancelled", and the result or message


class _Run(QRunnable):
    """The call, in a thread of Qt's pool: pool threads outlive the call, so none is deleted
    while it winds down (deleting a finished QThread at once crashed now and then)."""

    def __init__(self, call: Callable[[ProgressCallable], Any], stop: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Worker holds it until its end has been delivered
        self._call, self._stop, self._signals = call, stop, signals
        self.done = threading.Event()

    def _progress(self, what: str, done: int, total: int | None) -> None:
        self._signals.reported.emit(what, done, UNKNOWN if total is None else total)
        if self._stop.is_set():
            raise Cancelled

    def run(self) -> None:
        try:
            if self._stop.is_set():
                raise Cancelled
            result = self._call(self._progress)
        except Cancelled:
            how, payload = "cancelled", None
        except Exception as exc:  # a service's message for a person, or a bug: both end the run
            how, payload = "failed", str(exc) or type(exc).__name__
            if not isinstance(exc, ValueError | OSError):
                traceback.print_exc()
        else:
            how, payload = "finished", result
        try:
            self._signals.ended.emit(how, payload)
        except RuntimeError:  # the window went away meanwhile: nobody is left to tell
            pass
        finally:
            self.done.set()


class Worker(QObject):
    """Runs `call(progress)` off the UI thread; `running` is true until its end reached the UI thread."""

    progress = Signal(str, int, int)  # what, done, total (-1: unknown)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._run: _Run | None = None
        self._signals = _Signals(self)
        self._signals.reported.connect(self.progress)
        self._signals.ended.connect(self._ended)

    @property
    def running(self) -> bool:
        return self._run is not None

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def start(self, call: Callable[[ProgressCallable], Any]) -> None:
        if self._run is not None:
            raise Busy("another task is still running; wait for it to end or cancel it")
        self._stop.clear()
        self._run = _Run(call, self._stop, self._signals)
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        """Safe from any thread: the call stops at its next progress report."""
        self._stop.set()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the call has returned (closing a window); true if it did."""
        return self._run.done.wait(milliseconds / 1000) if self._run is not None else True

    @Slot(str, object)
    def _ended(self, how: str, payload: object) -> None:
        self._run = None
        if how == "finished":
            self.finished.emit(payload)
        elif how == "failed":
            self.failed.emit(str(payload))
        else:
            self.cancelled.emit()
