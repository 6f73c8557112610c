"""The hybrid logical clock: stamps never go backwards; far-future stamps are bounded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mouliaison.domain.clock import (
    COUNTER_BITS,
    COUNTER_MAX,
    DAY_MS,
    MAX_SKEW_MS,
    counter,
    pack,
    receive,
    tick,
    wall_ms,
)

NOW = 1_525_737_600_000  # 2018-05-08T00:00:00Z
HOUR = 3600 * 1000

wall_times = st.integers(min_value=0, max_value=NOW * 2)


def test_pack_and_unpack() -> None:
    assert COUNTER_BITS == 16
    assert COUNTER_MAX == 65_535
    stamp = pack(NOW, 42)
    assert wall_ms(stamp) == NOW
    assert counter(stamp) == 42
    assert pack(NOW) == pack(NOW, 0) == NOW << 16
    assert pack(NOW, COUNTER_MAX) < pack(NOW + 1, 0)
    assert MAX_SKEW_MS == DAY_MS == 86_400_000


@given(wall_times, st.integers(0, COUNTER_MAX), wall_times, st.integers(0, COUNTER_MAX))
def test_stamps_compare_as_their_times(ms1: int, c1: int, ms2: int, c2: int) -> None:
    assert (pack(ms1, c1) < pack(ms2, c2)) == ((ms1, c1) < (ms2, c2))
    assert (wall_ms(pack(ms1, c1)), counter(pack(ms1, c1))) == (ms1, c1)


def test_tick_follows_the_wall_clock() -> None:
    assert tick(0, NOW) == pack(NOW, 0)
    assert tick(pack(NOW, 7), NOW + 5) == pack(NOW + 5, 0)


def test_tick_when_the_wall_clock_stands_still() -> None:
    first = tick(0, NOW)
    second = tick(first, NOW)
    third = tick(second, NOW)
    assert first < second < third
    assert second == pack(NOW, 1)
    assert third == pack(NOW, 2)


def test_tick_when_the_wall_clock_goes_backwards() -> None:
    last = pack(NOW, 3)
    stamp = tick(last, NOW - HOUR)
    assert stamp == pack(NOW, 4)
    assert stamp > last


def test_counter_overflow_moves_to_the_next_millisecond() -> None:
    last = pack(NOW, COUNTER_MAX)
    stamp = tick(last, NOW)
    assert stamp == pack(NOW + 1, 0)
    assert stamp > last
    assert counter(stamp) == 0
    assert tick(last, NOW - 10) == pack(NOW + 1, 0)


def test_many_stamps_in_one_millisecond() -> None:
    stamp = 0
    seen = []
    for _ in range(COUNTER_MAX + 10):
        stamp = tick(stamp, NOW)
        seen.append(stamp)
    assert seen == sorted(set(seen))
    assert wall_ms(seen[-1]) == NOW + 1


@given(st.integers(0, NOW * 2 << 16), st.lists(wall_times, min_size=1, max_size=200))
def test_tick_is_strictly_increasing_whatever_the_wall_clock_does(start: int, times: list[int]) -> None:
    last = start
    for now in times:
        stamp = tick(last, now)
        assert stamp > last
        assert wall_ms(stamp) >= now  # at least the wall clock
        assert 0 <= counter(stamp) <= COUNTER_MAX
        last = stamp


@given(st.lists(st.integers(-5, 3), min_size=1, max_size=300), st.integers(COUNTER_MAX - 5, COUNTER_MAX))
def test_tick_is_strictly_increasing_near_counter_overflow(steps: list[int], start_counter: int) -> None:
    last, now = pack(NOW, start_counter), NOW
    for step in steps:
        now += step
        stamp = tick(last, now)
        assert stamp > last
        last = stamp


# --- receive ---------------------------------------------------------------------------


def test_receive_an_older_stamp_keeps_the_clock() -> None:
    last = pack(NOW, 5)
    received = receive(last, pack(NOW - HOUR, 9), NOW)
    assert received.stamp == last
    assert not received.skewed
    assert received.ahead_ms == 0


def test_receive_follows_a_stamp_ahead_within_a_day() -> None:
    remote = pack(NOW + 2 * HOUR, 3)
    received = receive(pack(NOW, 0), remote, NOW)
    assert received.stamp == remote
    assert not received.skewed
    assert received.ahead_ms == 2 * HOUR
    assert tick(received.stamp, NOW) > remote  # the next local edit comes after it


def test_receive_exactly_one_day_ahead_is_followed() -> None:
    remote = pack(NOW + DAY_MS, 0)
    received = receive(pack(NOW, 0), remote, NOW)
    assert received == receive(pack(NOW, 0), remote, NOW)
    assert received.stamp == remote
    assert not received.skewed


def test_receive_more_than_a_day_ahead_is_flagged_and_bounded() -> None:
    last = pack(NOW, 0)
    remote = pack(NOW + 3 * DAY_MS, 0)
    received = receive(last, remote, NOW)
    assert received.skewed
    assert received.ahead_ms == 3 * DAY_MS
    assert received.stamp == pack(NOW + MAX_SKEW_MS, 0)
    assert last < received.stamp < remote
    just_over = receive(last, pack(NOW + DAY_MS + 1, 0), NOW)
    assert just_over.skewed
    assert just_over.ahead_ms == DAY_MS + 1


def test_receive_the_same_far_stamp_again_stays_bounded() -> None:
    """Files arrive twice: a second import must not carry the clock past the bound."""
    remote = pack(NOW + 2 * DAY_MS, 0)
    first = receive(pack(NOW, 0), remote, NOW)
    second = receive(first.stamp, remote, NOW + 1)
    assert first.skewed and second.skewed
    assert wall_ms(second.stamp) <= NOW + 1 + MAX_SKEW_MS
    third = receive(second.stamp, pack(NOW + 2 * DAY_MS - HOUR, 0), NOW + 2)
    assert third.skewed
    assert wall_ms(third.stamp) <= NOW + 2 + MAX_SKEW_MS


def test_receive_never_goes_backwards() -> None:
    last = pack(NOW + 5 * DAY_MS, 0)  # e.g. the device's clock was set back
    received = receive(last, pack(NOW + 3 * DAY_MS, 0), NOW)
    assert received.stamp == last


def test_receive_with_a_custom_bound() -> None:
    received = receive(pack(NOW), pack(NOW + 2 * HOUR), NOW, max_skew_ms=HOUR)
    assert received.skewed
    assert received.stamp == pack(NOW + HOUR, 0)


@given(
    st.integers(-3 * DAY_MS, 3 * DAY_MS),
    st.lists(
        st.tuples(st.integers(-3 * DAY_MS, 3 * DAY_MS), st.integers(0, COUNTER_MAX), st.integers(-HOUR, HOUR)),
        min_size=1,
        max_size=30,
    ),
)
def test_receive_is_monotonic_and_bounded(start: int, imports: list[tuple[int, int, int]]) -> None:
    last = pack(NOW + start, 0)
    now = NOW
    for offset, remote_counter, elapsed in imports:
        now += elapsed  # the wall clock may also go backwards
        remote = pack(now + offset, remote_counter)
        received = receive(last, remote, now)
        assert received.stamp >= last
        assert received.stamp <= max(last, pack(now + MAX_SKEW_MS, COUNTER_MAX))
        assert received.ahead_ms >= 0
        if not received.skewed:
            assert received.stamp == max(last, remote)
        else:
            assert wall_ms(remote) - now > MAX_SKEW_MS
            assert received.ahead_ms > MAX_SKEW_MS
        last = tick(received.stamp, now)
        assert last > received.stamp
