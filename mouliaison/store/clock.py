"""The installation's hybrid logical clock, persisted in the same transaction as the data."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from mouliaison.domain import clock
from mouliaison.store.schema import Installation


def wall_clock_ms() -> int:
    return int(time.time() * 1000)


class PersistentClock:
    """Issues stamps that never go backwards, even when the device's clock does."""

    def __init__(self, session: Session, wall: Callable[[], int] = wall_clock_ms) -> None:
        self._session = session
        self._wall = wall
        self._held: Installation | None = None

    @property
    def _installation(self) -> Installation:
        # Held here: the session's identity map holds it weakly, so it was read again at each stamp.
        if self._held is None or self._held not in self._session:
            self._held = self._session.get(Installation, 1)
            if self._held is None:
                raise RuntimeError("the database has no installation row; open it through open_database")
        return self._held

    def now(self) -> int:
        stamp = clock.tick(self._installation.clock, self._wall())
        self._installation.clock = stamp
        return stamp

    def receive(self, remote: int) -> clock.Received:
        received = clock.receive(self._installation.clock, remote, self._wall())
        self._installation.clock = received.stamp
        return received

    @property
    def site_id(self) -> str:
        return self._installation.site_id

    def wall_ms(self) -> int:
        return self._wall()
