"""values.first_wire_problem: what checking each value with wire_problem gives, in the values' order."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import first_wire_problem, wire_problem

FIELDS = {f.key: f for f in RECORD_TYPES["activity"].fields}
KEYS = [*FIELDS, "_deleted", "a_field_of_a_newer_release"]
TEXT = st.text(alphabet=st.sampled_from(["a", "é", " ", "\n", "\t", "\x00", "\x07", "\x1f", "\x7f", "\ud800", "😀"]),
               max_size=6)
WIRE = st.one_of(st.none(), TEXT, st.integers(-3, 3), st.booleans(), st.floats(allow_nan=False),
                 st.sampled_from(["2026-01-02", "1899-12-31", "2026-13-01", "not a date", "9999-12-31"]),
                 st.lists(TEXT, max_size=3), st.lists(st.integers(0, 2), max_size=2), st.dictionaries(TEXT, TEXT))


def one_by_one(values: dict[str, Any]) -> tuple[str, str] | None:
    for key, wire in values.items():
        field = FIELDS.get(key)
        problem = wire_problem(field, wire) if field is not None else None
        if problem:
            return field.key, problem
    return None


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), WIRE, max_size=8))
def test_the_same_first_problem_as_checking_each_value(values: dict[str, Any]) -> None:
    found = first_wire_problem(FIELDS, values)
    assert (None if found is None else (found[0].key, found[1])) == one_by_one(values)


def test_a_control_character_in_a_later_text_is_found_and_named() -> None:
    values = {"title": "Formation", "description": "ok", "places": "bell\x07", "countries": ["KEN", "U\x00GA"]}
    field, problem = first_wire_problem(FIELDS, values)
    assert field.key == "places" and "U+0007" in problem
