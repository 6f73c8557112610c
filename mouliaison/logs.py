"""Where what happens is written: the platform's log folder, for the window and the command line.

A field officer's windowed build has no console: without this, every error and traceback would
go nowhere. `start` sends the `mouliaison` loggers to a rotating file (`mouliaison.log`, 1 MiB,
five kept), sends Python's fatal errors (a crash in Qt, a segmentation fault) to `crash.log`
through faulthandler, and (for the window) routes uncaught exceptions to the log, then to
`on_unexpected`, which tells the person in words and where the details are.

The folder is `$MOULIAISON_LOG_DIR` if set (tests, portable use), else platformdirs' user log
folder: `~/.local/state/mouliaison/log` on Linux, `%LOCALAPPDATA%\\mouliaison\\Logs` on Windows.
A folder that cannot be written loses the log, never the work: nothing here raises.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs

ENVIRONMENT_VARIABLE = "MOULIAISON_LOG_DIR"
LOG_NAME = "mouliaison.log"
CRASH_NAME = "crash.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(name)s: %(message)s"

log = logging.getLogger("mouliaison")
_crash_file: IO[str] | None = None


def log_folder() -> Path:
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    return Path(chosen) if chosen else Path(platformdirs.user_log_dir("mouliaison", appauthor=False))


def log_file() -> Path:
    return log_folder() / LOG_NAME


def start(what: str, on_unexpected: Callable[[str], None] | None = None) -> Path | None:
    """Log to the log folder from now on; returns the log file, or None when it cannot be written."""
    global _crash_file
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1 << 20, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    for old in [h for h in log.handlers if getattr(h, "_mouliaison", False)]:
        log.removeHandler(old)
        old.close()
    handler._mouliaison = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    if _crash_file is None:
        try:
            _crash_file = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115 (open while we run)
            faulthandler.enable(_crash_file)
        except (OSError, RuntimeError, ValueError):
            _crash_file = None
    if on_unexpected is not None:  # the window; the command line catches what its commands raise
        _route_uncaught(on_unexpected)
    log.info("%s started (mouliaison %s, Python %s, %s)", what, _version(), sys.version.split()[0], sys.platform)
    return folder / LOG_NAME


def unexpected_message(exc: BaseException) -> str:
    """What a person reads about an error that is ours, not theirs."""
    return (f"mouliaison met an unexpected problem ({type(exc).__name__}: {exc}) and stopped what it was doing; "
            f"nothing was half-written. The details are in {log_file()}: please send that file to your "
            "support contact.")


def _route_uncaught(on_unexpected: Callable[[str], None]) -> None:
    def hook(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, trace)
            return
        log.critical("uncaught exception", exc_info=(kind, exc, trace))
        print(unexpected_message(exc), file=sys.stderr)
        try:
            on_unexpected(unexpected_message(exc))
        except Exception:  # the message itself failed: the log and stderr have it
            log.exception("could not show the unexpected-problem message")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def _version() -> str:
    from mouliaison import __version__

    return __version__
