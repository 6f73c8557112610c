"""Record and version ids: UUIDv7 (time-ordered) and UUIDv5 (derived)."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from mouliaison.domain.ids import NAMESPACE, derived, is_uuid, uuid7

MS_2018 = 1_525_737_600_000  # 2018-05-08T00:00:00Z


def test_uuid7_version_and_variant() -> None:
    for _ in range(200):
        text = uuid7()
        value = uuid.UUID(text)
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert (value.int >> 76) & 0xF == 0x7
        assert (value.int >> 62) & 0b11 == 0b10
        assert str(value) == text
        assert is_uuid(text)


@given(st.integers(min_value=0, max_value=(1 << 48) - 1))
def test_uuid7_carries_the_milliseconds(ms: int) -> None:
    value = uuid.UUID(uuid7(ms))
    assert value.int >> 80 == ms
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


def test_uuid7_without_a_time_uses_the_clock() -> None:
    import time

    before = int(time.time() * 1000)
    ms = uuid.UUID(uuid7()).int >> 80
    after = int(time.time() * 1000)
    assert before <= ms <= after


def test_uuid7_is_time_ordered_across_calls() -> None:
    ids = [uuid7(MS_2018 + i) for i in range(1000)]
    assert ids == sorted(ids)  # as text
    assert [uuid.UUID(i).int for i in ids] == sorted(uuid.UUID(i).int for i in ids)
    assert len(set(ids)) == len(ids)


@given(st.lists(st.integers(min_value=0, max_value=(1 << 48) - 1), min_size=2, unique=True))
def test_uuid7_sorts_by_time(times: list[int]) -> None:
    ordered = sorted(times)
    ids = [uuid7(ms) for ms in ordered]
    assert ids == sorted(ids)


def test_uuid7_in_one_millisecond_are_distinct() -> None:
    ids = {uuid7(MS_2018) for _ in range(1000)}
    assert len(ids) == 1000


def test_derived_is_deterministic() -> None:
    assert derived("party", "IOM") == derived("party", "IOM")
    assert derived("party", "IOM") == str(uuid.uuid5(NAMESPACE, "party\x1fIOM"))
    assert uuid.UUID(derived("party", "IOM")).version == 5
    assert derived("party", "IOM") != derived("party", "WCO")
    assert derived("party", "IOM") != derived("partyIOM")
    # the separator keeps the parts apart
    assert derived("ab", "c") != derived("a", "bc")
    assert is_uuid(derived("x"))


def test_is_uuid() -> None:
    text = "0190f3c4-5a6b-7c8d-9e0f-123456789abc"
    assert is_uuid(text)
    assert is_uuid(text.upper())
    assert not is_uuid("{" + text + "}")
    assert not is_uuid("urn:uuid:" + text)
    assert not is_uuid(text.replace("-", ""))
    assert not is_uuid("not an id")
    assert not is_uuid("")
    assert not is_uuid(None)  # type: ignore[arg-type]
    assert not is_uuid(12)  # type: ignore[arg-type]


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=("Cs",))), min_size=1, max_size=5))
def test_derived_is_the_standard_uuid5_of_its_parts(parts: list[str]) -> None:
    """Made without a UUID object, for speed: it must stay the very id uuid.uuid5 gives, since
    ids derived at other offices and by earlier releases must match."""
    assert derived(*parts) == str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


@given(st.lists(st.text(), min_size=1, max_size=4))
def test_derived_is_uuid5_of_the_joined_parts(parts: list[str]) -> None:
    try:
        name = "\x1f".join(parts)
        name.encode()
    except UnicodeEncodeError:  # a lone surrogate: neither can make an id of it
        return
    assert derived(*parts) == str(uuid.uuid5(NAMESPACE, name))
