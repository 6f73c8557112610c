"""Field values: normalising them, reading them from text, and their wire form.

A field's value is one of: None, str, int, bool, datetime.date, or a sorted tuple of str
(CHOICES and REFERENCES). The wire form (versions, dumps, workbooks' hidden sheets) is
JSON: dates as ISO text, lists as arrays. One place converts both ways.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.messages import Message

Value = None | str | int | bool | dt.date | tuple[str, ...]

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


class ValueProblem(ValueError):
    """A value that cannot be taken as it is; the message says why and what to write."""

    @property
    def message(self) -> str:
        """The message as raised: a Message (which the window translates) where one was given."""
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


def clean_text(text: str, *, multiline: bool = False) -> str:
    """NFC, no zero-width characters, trimmed; one-line text gets single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if multiline:
        return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


_STRONG_SEPARATORS = re.compile(r"[;\n]")


def split_list(text: str, keeps_whole: Callable[[str], bool] | None = None) -> list[str]:
    """The items of a list written as text: separated by ";", a new line or ",".

    `keeps_whole` says which text is one item although it holds a comma (a label such as
    "Korea, Republic of"): the longest run of comma-separated pieces it accepts is kept as one.
    """
    items: list[str] = []
    for part in _STRONG_SEPARATORS.split(text.replace("\r", "\n")):
        pieces = [clean_text(p) for p in part.split(",")]
        start = 0
        while start < len(pieces):
            end = start + 1
            if keeps_whole is not None:
                for longer in range(len(pieces), start + 1, -1):
                    if all(pieces[start:longer]) and keeps_whole(", ".join(pieces[start:longer])):
                        end = longer
                        break
            item = ", ".join(pieces[start:end])
            if item:
                items.append(item)
            start = end
    return items


_PHONE = re.compile(r"^\+?[0-9 ().\-/]{4,40}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE = {"true", "yes", "y", "1", "oui", "sí", "si", "x"}
_FALSE = {"false", "no", "n", "0", "non"}


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueProblem(Message("'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2018-05-08",
                                   text=text)) from None


def from_text(field: Field, text: str) -> Value:
    """The value of `field` typed as text (command line, forms); empty text is None."""
    multiline = field.kind is Kind.LONG_TEXT
    text = clean_text(text, multiline=multiline)
    if text == "":
        return None
    kind = field.kind
    if kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.EMAIL, Kind.PHONE, Kind.CHOICE, Kind.REFERENCE):
        return text
    if kind is Kind.DATE:
        return parse_date(text)
    if kind is Kind.INTEGER:
        try:
            return int(text.replace(" ", ""))
        except ValueError:
            raise ValueProblem(Message("'{text}' is not a whole number", text=text)) from None
    if kind is Kind.BOOLEAN:
        folded = text.casefold()
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False
        raise ValueProblem(Message("'{text}' is not yes or no; write true or false", text=text))
    return tuple(sorted(set(split_list(text)))) or None


def normalise(field: Field, value: Any) -> Value:
    """The canonical form of a value already of the right Python type.

    Raises ValueProblem when the type is wrong; content rules (vocabularies, formats,
    lengths) are checked by validation, which reports every problem at once.
    """
    if value is None:
        return None
    kind = field.kind
    if kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.EMAIL, Kind.PHONE, Kind.CHOICE, Kind.REFERENCE):
        if not isinstance(value, str):
            raise ValueProblem(Message("expected text, got {kind}", kind=type(value).__name__))
        text = clean_text(value, multiline=kind is Kind.LONG_TEXT)
        if kind is Kind.EMAIL:
            text = text.lower()
        return text or None
    if kind is Kind.DATE:
        if isinstance(value, dt.datetime):
            raise ValueProblem(Message("expected a date without a time of day"))
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            return parse_date(clean_text(value)) if clean_text(value) else None
        raise ValueProblem(Message("expected a date, got {kind}", kind=type(value).__name__))
    if kind is Kind.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueProblem(Message("expected a whole number, got {kind}", kind=type(value).__name__))
        return value
    if kind is Kind.BOOLEAN:
        if not isinstance(value, bool):
            raise ValueProblem(Message("expected true or false, got {kind}", kind=type(value).__name__))
        return value
    if isinstance(value, str):
        value = split_list(value)
    if not isinstance(value, (list, tuple, set, frozenset)):
        raise ValueProblem(Message("expected a list, got {kind}", kind=type(value).__name__))
    items = []
    for item in value:
        if not isinstance(item, str):
            raise ValueProblem(Message("expected a list of text, got {kind}", kind=type(item).__name__))
        cleaned = clean_text(item)
        if cleaned:
            items.append(cleaned)
    return tuple(sorted(set(items))) or None


def to_wire(field: Field, value: Value) -> Any:
    """JSON-ready form of a canonical value."""
    if value is None:
        return None
    if field.kind is Kind.DATE:
        assert isinstance(value, dt.date)
        return value.isoformat()
    if field.kind.is_list:
        assert isinstance(value, tuple)
        return list(value)
    return value


def from_wire(field: Field, wire: Any) -> Value:
    """Canonical value from its JSON form (as written by to_wire)."""
    if wire is None:
        return None
    if field.kind is Kind.DATE:
        return dt.date.fromisoformat(wire)
    if field.kind.is_list:
        return tuple(wire)
    return wire


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def is_phone(text: str) -> bool:
    return bool(_PHONE.match(text)) and sum(c.isdigit() for c in text) >= 4


def display(value: Value) -> str:
    """Plain text of a value, for tables and the command line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


# What a stored value may hold, whatever way it came in (a form, the command line, a workbook, a
# forged version): what a spreadsheet can show and give back unchanged.
EARLIEST_DATE = dt.date(1900, 3, 1)  # Excel's 1900 date system is wrong before March 1900
LATEST_DATE = dt.date(9999, 12, 31)
# Control characters other than tab, line breaks, and Word's manual line and page breaks (VT, FF),
# which spreadsheets keep as _x000B_ escapes; DEL; lone surrogates (no UTF-8 can hold them).
# U+FFFE and U+FFFF too: not characters at all; a workbook writes them as `_xFFFE_`, which
# calamine reads as those six letters, so such a text would not come back as it left
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def excel_length(text: str) -> int:
    """Characters as Excel counts them against a cell's limit: UTF-16 code units (an emoji counts 2)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def text_problem(text: str) -> str | None:
    """A character no spreadsheet shows or keeps (NUL, ESC, BEL..., a lone surrogate), named."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return Message("holds an invisible control character (U+{code}) that spreadsheets cannot keep; remove it "
                   "(copied text sometimes carries one) and try again", code=f"{ord(found.group()):04X}")


def date_problem(date: dt.date) -> str | None:
    if EARLIEST_DATE <= date <= LATEST_DATE:
        return None
    return Message("{date} is outside the dates spreadsheets can show ({earliest} to {latest}); check the year",
                   date=date.isoformat(), earliest=EARLIEST_DATE.isoformat(), latest=LATEST_DATE.isoformat())


def wire_problem(field: Field, wire: Any) -> str | None:
    """Why a value as a version carries it (JSON) is not one of `field`'s kind, or None.

    Every version that arrives is checked: a forged list where a date belongs, or an object where
    text belongs, would be stored and then break `show` and every export."""
    if wire is None:
        return None
    kind = field.kind
    if kind is Kind.DATE:
        if not isinstance(wire, str):
            return Message("expected a date, got {kind}", kind=type(wire).__name__)
        try:
            return date_problem(dt.date.fromisoformat(wire))
        except ValueError:
            return Message("'{text}' is not a date", text=wire[:40])
    if kind is Kind.INTEGER:
        whole = isinstance(wire, int) and not isinstance(wire, bool)
        return None if whole else Message("expected a whole number, got {kind}", kind=type(wire).__name__)
    if kind is Kind.BOOLEAN:
        if isinstance(wire, bool):
            return None
        return Message("expected true or false, got {kind}", kind=type(wire).__name__)
    if kind.is_list:
        if not isinstance(wire, list) or not all(isinstance(item, str) for item in wire):
            return Message("expected a list of text, got {kind}", kind=type(wire).__name__)
        return next((p for p in map(text_problem, wire) if p), None)
    if not isinstance(wire, str):
        return Message("expected text, got {kind}", kind=type(wire).__name__)
    return text_problem(wire)


def first_wire_problem(fields: Mapping[str, Field], values: Mapping[str, Any]) -> tuple[Field, str] | None:
    """The first of a version's values (in its order) that `wire_problem` refuses, with its field;
    keys that are not in `fields` are not looked at.

    What checking each value with `wire_problem` gives, faster: an import checks every value of
    every version (1.75 million at 100,000 records). Dates are read once per text, and the texts
    are searched for control characters in one pass, each on its own only when that pass finds one.
    """
    texts: list[str] = []
    for key, wire in values.items():
        field = fields.get(key)
        if field is None or wire is None:
            continue
        kind = field.kind
        if wire.__class__ is str and kind is not Kind.DATE and kind not in _NOT_TEXT:
            texts.append(wire)
            continue
        if kind is Kind.DATE and wire.__class__ is str:
            problem = _date_text_problem(wire)
        elif kind.is_list and wire.__class__ is list and all(item.__class__ is str for item in wire):
            texts += wire
            continue
        else:
            problem = wire_problem(field, wire)
        if problem:
            return _first_in_order(fields, values)
    if texts and _CONTROL.search("\n".join(texts)):  # "\n" is not a control character here
        return _first_in_order(fields, values)
    return None


_NOT_TEXT = frozenset((Kind.INTEGER, Kind.BOOLEAN, Kind.CHOICES, Kind.REFERENCES))


@functools.lru_cache(maxsize=8192)
def _date_text_problem(wire: str) -> str | None:
    """wire_problem of a date's text: the same few thousand dates recur across a file's versions."""
    try:
        return date_problem(dt.date.fromisoformat(wire))
    except ValueError:
        return Message("'{text}' is not a date", text=wire[:40])


def _first_in_order(fields: Mapping[str, Field], values: Mapping[str, Any]) -> tuple[Field, str] | None:
    for key, wire in values.items():
        field = fields.get(key)
        if field is not None:
            problem = wire_problem(field, wire)
            if problem:
                return field, problem
    return None
