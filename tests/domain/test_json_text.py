"""domain.json_text: msgspec's decoder when installed, with json.loads' results and refusals."""

from __future__ import annotations

import builtins
import importlib
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mouliaison.domain import json_text
from mouliaison.domain.versions import canonical_json

TEXTS = [
    '{"title":"Formation à la frontière","countries":["KEN","UGA"],"participants_women":12,"x":1.5}',
    '{"a":1,"a":2}', "-0", "-0.0", "1E5", "0.1", "1e-400", "5e-324", "1.7976931348623157e308",
    "123456789012345678901234567890", "-9223372036854775809", '"\\u00e9\\ud83d\\ude00"', ' { "a" : [ ] } ',
    '{"a":null,"b":true,"c":false}', "{}", '"\\ud800"', "NaN", "-Infinity", "1e400",
]
DAMAGED = ["[1,]", '{"a":1', "", "\ufeff{}", "9" * 5000, '{"a":1} x']


@pytest.mark.parametrize("text", TEXTS)
def test_same_objects_as_the_standard_library(text: str) -> None:
    expected, got = json.loads(text), json_text.loads(text)
    assert type(got) is type(expected)
    if isinstance(expected, float) and math.isnan(expected):
        assert math.isnan(got)
    else:
        assert got == expected and repr(got) == repr(expected)


@pytest.mark.parametrize("text", DAMAGED)
def test_refused_as_the_standard_library_refuses(text: str) -> None:
    with pytest.raises(ValueError) as standard:
        json.loads(text)
    with pytest.raises(ValueError) as ours:
        json_text.loads(text)
    assert type(ours.value) is type(standard.value)


def test_msgspec_decodes_when_installed() -> None:
    pytest.importorskip("msgspec")
    assert json_text.loads is not json.loads


def test_without_msgspec_the_standard_library(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_msgspec(name: str, *args: object, **kwargs: object) -> object:
        if name == "msgspec":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_msgspec)
    try:
        assert importlib.reload(json_text).loads is json.loads
    finally:
        monkeypatch.undo()
        importlib.reload(json_text)


# --- writing: canonical_json takes msgspec's way only where it gives the standard library's text

STANDARD = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_scalars = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=True)
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner,
                                                                                              max_size=4),
                       max_leaves=12)


@settings(max_examples=400)
@given(st.dictionaries(st.text(), _values, max_size=8) | _values)
def test_canonical_json_is_the_standard_librarys_text(data: object) -> None:
    assert canonical_json(data) == STANDARD.encode(data)


@pytest.mark.parametrize("data", [
    {"amount": 1e16, "note": "x"}, {"rate": 1e-05}, {"values": [1.5e300]}, {"x": float("nan")},
    {"lone": "\ud800"}, {1: "a"}, {"nested": {"b": 1, "a": 2}}, {"big": 10 ** 40, "neg": -(2 ** 63) - 1},
    {"sub": type("Text", (str,), {})("x")}, {"ctl": "\x00\x1f\x7f\u2028\\\"é😀"}, {"": [], "b": [None, True, 3]},
])
def test_canonical_json_of_what_msgspec_writes_otherwise(data: dict[object, object]) -> None:
    assert canonical_json(data) == STANDARD.encode(data)


def test_every_character_written_as_the_standard_library_writes_it() -> None:
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert canonical_json({"text": text}) == STANDARD.encode({"text": text})
    assert json_text.canonical_text({"text": text}) is not None  # the faster way was taken
