"""Many values converted with each one that recurs converted once: a part of an import repeats a
few dates, flags and codes across thousands of rows (a column's bind processor, a choice's words)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, MutableMapping
from typing import Any

_NOT_SEEN = object()


def converted(values: Iterable[Any], convert: Callable[[Any], Any], seen: MutableMapping[Any, Any],
              looked_up: Collection[type], alike: Callable[[Any], bool]) -> list[Any]:
    """`convert` of each value, None left as it is. A value of a class in `looked_up` is looked
    for in `seen` (which may outlive the call) before it is converted; a value converted is kept
    there when `alike` says every value equal to it converts alike (1 equals True: such classes
    are told apart by `alike` and `looked_up` together)."""
    out: list[Any] = []
    add = out.append
    for value in values:
        if value is None:
            add(None)
            continue
        try:
            done = seen.get(value, _NOT_SEEN) if value.__class__ in looked_up else _NOT_SEEN
        except TypeError:  # a tuple holding a list: not hashable
            done = _NOT_SEEN
        if done is _NOT_SEEN:
            done = convert(value)
            if alike(value):
                seen[value] = done
        add(done)
    return out
