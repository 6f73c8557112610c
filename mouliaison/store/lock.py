"""One running copy per database: an operating-system lock on a file beside it.

The lock is released by the operating system when the process ends, even after a crash
or kill -9, so a stale lock never keeps anyone out.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class DatabaseInUse(RuntimeError):
    pass


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    def __init__(self, database: Path) -> None:
        self.database = database
        self._lock = FileLock(str(lock_path(database)), timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseInUse(
                f"{self.database} is already open in another mouliaison window or command. "
                "Close the other copy, or wait for the command to finish, then try again."
            ) from None

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
