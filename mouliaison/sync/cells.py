"""Reading a cell typed or kept by a spreadsheet program as a field's value.

Spreadsheets hand back dates as datetimes, whole numbers as floats, booleans as numbers
or text, and anything a person typed. Each is taken for what the field expects, or
refused with a reason; nothing is guessed silently.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Any

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.values import Value, ValueProblem, clean_text, from_text, normalise
from mouliaison.sync import workbook_format as fmt

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_TRUE_WORDS = {"yes", "y", "x", "true", "1", "oui", "sí", "si", "✓"}


def cell_value(field: Field, raw: Any) -> Value:
    """The canonical value of `raw` for `field`; raises ValueProblem with the reason."""
    if raw is None:
        return None
    if isinstance(raw, str):
        text = clean_text(raw, multiline=field.kind is Kind.LONG_TEXT)
        if text == "":
            return None
        if field.kind is Kind.DATE:
            return _date_from_text(text)
        return normalise(field, from_text(field, text))
    if isinstance(raw, bool):
        if field.kind is Kind.BOOLEAN:
            return raw
        raise ValueProblem(f"{raw} is a yes/no value; {field.label} expects {_expects(field)}")
    if isinstance(raw, dt.datetime):
        if field.kind is not Kind.DATE:
            raise ValueProblem(f"a date, but {field.label} expects {_expects(field)}")
        if raw.time() != dt.time():
            raise ValueProblem(f"{raw:%Y-%m-%d %H:%M} has a time of day; {field.label} takes a date only")
        return raw.date()
    if isinstance(raw, dt.date):
        if field.kind is not Kind.DATE:
            raise ValueProblem(f"a date, but {field.label} expects {_expects(field)}")
        return raw
    if isinstance(raw, (int, float)):
        return _from_number(field, raw)
    raise ValueProblem(f"a value of an unexpected kind ({type(raw).__name__})")


def is_ticked(raw: Any) -> bool:
    """A "delete?" cell a person ticked."""
    if raw is None:
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return raw == 1
    return clean_text(str(raw)).casefold() in _TRUE_WORDS


def _from_number(field: Field, number: float) -> Value:
    whole = float(number).is_integer()
    if field.kind is Kind.INTEGER:
        if not whole:
            raise ValueProblem(f"{number} is not a whole number")
        return normalise(field, int(number))
    if field.kind is Kind.BOOLEAN and number in (0, 1):
        return bool(number)
    if field.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.PHONE, Kind.CHOICE):
        text = str(int(number)) if whole else repr(number)
        return normalise(field, from_text(field, text))
    raise ValueProblem(f"the number {number:g}, but {field.label} expects {_expects(field)}")


def _date_from_text(text: str) -> dt.date:
    """ISO text, or day/month/year text where it cannot be read two ways."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if day <= 12 and month <= 12 and day != month:
            raise ValueProblem(f"'{text}' could be read as two dates; write it as YYYY-MM-DD")
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueProblem(f"'{text}' is not a date (day/month/year)") from None
    raise ValueProblem(f"'{text}' is not a date; write it as YYYY-MM-DD or day/month/year")


def _expects(field: Field) -> str:
    return {
        Kind.DATE: "a date",
        Kind.INTEGER: "a whole number",
        Kind.BOOLEAN: "yes or no",
    }.get(field.kind, "text")


def as_exported(rtype: RecordType, cells: Mapping[str, Any], wire: Mapping[str, Any]) -> bool:
    """Every filled cell holds exactly what the export wrote for its base value.

    Then reading the cells (hand_edits) would find no change: this only answers "certainly
    unchanged" quickly; any other row takes the full way, which decides.
    """
    fields = _fields_by_key(rtype.name)
    for key, raw in cells.items():
        if key[0] == "_":
            if key == fmt.DELETE_KEY:
                return False
            continue
        field_ = fields.get(key)
        if field_ is None:
            continue
        exported = wire.get(key)
        cls = raw.__class__
        if cls is str:
            if exported.__class__ is list:
                if any("," in item for item in exported) or raw != ", ".join(exported):
                    return False
            elif raw != exported:
                return False
        elif cls is dt.datetime:
            if field_.kind is not Kind.DATE or raw.time() != dt.time() or raw.date().isoformat() != exported:
                return False
        elif cls is bool:
            if field_.kind is not Kind.BOOLEAN or exported is not raw:
                return False
        elif cls is int or cls is float:
            if field_.kind is not Kind.INTEGER or exported.__class__ is not int or raw != exported:
                return False
        else:
            return False
    return True


@functools.cache
def _fields_by_key(entity: str) -> dict[str, Field]:
    return {f.key: f for f in RECORD_TYPES[entity].fields}
