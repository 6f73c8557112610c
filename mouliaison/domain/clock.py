"""Hybrid logical clock (HLC): device time that never goes backwards.

A stamp is one integer: milliseconds since 1970 in the high bits and a counter in the
low 16 bits, so stamps compare as integers and sort as text when zero-padded. Stamps
order every version of the data; (stamp, site id) breaks ties between offices.
"""

from __future__ import annotations

from dataclasses import dataclass

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1
DAY_MS = 24 * 3600 * 1000
MAX_SKEW_MS = DAY_MS  # SYNC.md: a stamp more than 24 hours ahead is treated as suspect


def pack(wall_ms: int, counter: int = 0) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def wall_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def counter(stamp: int) -> int:
    return stamp & COUNTER_MAX


def tick(last: int, now_ms: int) -> int:
    """The next local stamp: after `last`, and at least the wall clock."""
    if now_ms > wall_ms(last):
        return pack(now_ms, 0)
    if counter(last) < COUNTER_MAX:
        return last + 1
    return pack(wall_ms(last) + 1, 0)


@dataclass(frozen=True)
class Received:
    stamp: int  # the local clock after taking the remote stamp in
    skewed: bool  # the remote stamp was too far ahead and was not followed
    ahead_ms: int  # how far ahead of local time the remote stamp was (0 if not)


def receive(last: int, remote: int, now_ms: int, max_skew_ms: int = MAX_SKEW_MS) -> Received:
    """Advance the local clock past an imported stamp, unless that stamp is too far ahead.

    "Ahead" is measured against the device's wall clock, not against the local stamp:
    otherwise a stamp bounded once would be followed on the next import of the same file,
    and the clock would creep a day further at each import.
    """
    ahead = wall_ms(remote) - now_ms
    if ahead > max_skew_ms:
        bound = pack(now_ms + max_skew_ms, 0)
        return Received(max(last, min(remote, bound)), True, ahead)
    return Received(max(last, remote), False, max(ahead, 0))
