"""Reading JSON text the way `json.loads` does, faster when msgspec is installed; and writing
it compact with sorted keys (`sorted_compact`), to tell whether a text is what its values give.

An import decodes the JSON of every version a workbook brings (120,000 at 100,000 records);
msgspec's decoder takes about 60 % of the standard library's time for the same objects. The
results are the same: text that msgspec refuses (NaN, a lone surrogate, a number out of range,
damaged JSON) is handed to `json.loads`, which takes it or raises as it always did.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def _decoder() -> Callable[[str], Any]:
    try:
        import msgspec
    except ImportError:  # a platform without its wheel: the standard library alone
        return json.loads
    decode = msgspec.json.Decoder().decode
    refused = (msgspec.DecodeError, msgspec.ValidationError)

    def loads(text: str) -> Any:
        try:
            return decode(text)
        except refused:
            return json.loads(text)

    return loads


loads: Callable[[str], Any] = _decoder()


def _encoder() -> Callable[[Any], bytes]:
    try:
        import msgspec
    except ImportError:
        plain = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return lambda data: plain.encode(data).encode()
    return msgspec.json.Encoder(order="sorted").encode


_encode = _encoder()


_SCALARS = frozenset({str, int, bool, type(None)})
_FLAT = _SCALARS | {list}


def _flat(data: Any) -> bool:
    """A dict of text keys whose values are text, whole numbers, true/false, null, or lists of
    those: JSON that msgspec writes exactly as the standard library does (all of Unicode and
    integers of any size were compared; floats are written otherwise, and types made from these
    are refused by msgspec)."""
    if data.__class__ is not dict or not set(map(type, data)) <= {str}:
        return False
    kinds = set(map(type, data.values()))
    if kinds <= _SCALARS:
        return True
    return kinds <= _FLAT and all(set(map(type, v)) <= _SCALARS for v in data.values() if v.__class__ is list)


def canonical_text(data: Any) -> str | None:
    """The text `json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))`
    gives, made by msgspec (about a sixth of the time) where it gives the same text for
    certain; None where it may not: the caller makes it with the standard library."""
    if not _flat(data):
        return None
    made = sorted_compact(data)
    return None if made is None else made.decode()


def sorted_compact(data: Any) -> bytes | None:
    """`data` as compact UTF-8 JSON text with its keys sorted; None for what this encoder cannot write.

    Always the same text for the same data in one process, but not always the text
    `versions.canonical_json` makes (a float may be written otherwise): an import keeps a
    version's text only where this one differs from it, and makes it again with this one."""
    try:
        return _encode(data)
    except (TypeError, ValueError, OverflowError):  # ValueError: a lone surrogate too
        return None
