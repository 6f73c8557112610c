"""Reading JSON text the way `json.loads` does, faster when msgspec is installed.

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
