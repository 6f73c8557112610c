"""domain.json_text: msgspec's decoder when installed, with json.loads' results and refusals."""

from __future__ import annotations

import builtins
import importlib
import json
import math

import pytest

from mouliaison.domain import json_text

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
