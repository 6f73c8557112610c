"""Reading a cell typed or kept by a spreadsheet program as a field's value.

Spreadsheets hand back dates as datetimes, whole numbers as floats, booleans as numbers
or text, and anything a person typed: "6 juillet 2026", "1 200", "Oui", "Tanzanie; DRC".
Each is taken for what the field expects, or refused with a reason that says what to write;
nothing is guessed silently. What was taken but not quite as written (a time of day left
out of a date, a formula's computed value) is counted per column in `CellNotes`, for the
import's report.

Written forms read (README, "Exchanging work"): dates as in written_dates; whole numbers
with thousands grouped by a space, an apostrophe, a comma or a point ("1 200", "1,200",
"1.200": a whole-number field cannot mean 1.2; "1.5" and "12.0" are refused); yes/no in
English, French or Spanish; lists separated by ";", a new line or "," (a label holding a
comma is kept whole; "/" separates nothing: "CBM/IBM" is part of a label); countries by
ISO code, the app's label, or a name in English, French or Spanish (domain/countries); other
terms by code, or label in English, French or Spanish (sync/cell_texts).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from typing import Any

from mouliaison.domain.countries import country_code, country_codes, folded
from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.messages import FieldLabel, Message
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.values import Value, ValueProblem, clean_text, from_text, normalise, split_list
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.cell_texts import other_labels
from mouliaison.sync.sheet_readers import Special
from mouliaison.sync.written_dates import read_date

_TRUE_WORDS = {"yes", "y", "x", "true", "1", "oui", "si", "vrai", "verdadero", "✓", "✔"}
_FALSE_WORDS = {"no", "n", "false", "0", "non", "faux", "falso", "✗", "✘"}
_DIGITS = re.compile(r"^[+-]?\d+$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?P<sep>[ '’.,])\d{3}(?:(?P=sep)\d{3})*$")
_COUNTRY = "country"
_TEXT_KINDS = frozenset((Kind.TEXT, Kind.LONG_TEXT, Kind.EMAIL, Kind.PHONE, Kind.CHOICE, Kind.REFERENCE))

# What reading a cell may tell the person: (one cell, several cells), in the report per column.
TIME_LEFT_OUT = ("1 cell had a time of day; the date was kept",
                 "{n} cells had a time of day; the date was kept")
FORMULA_TAKEN = ("1 formula cell: its computed value was taken, the formula was not evaluated",
                 "{n} formula cells: their computed values were taken, the formulas were not evaluated")

Where = tuple[str, str, str]  # (sheet, column letter, field label)


class CellNotes:
    """What reading cells did that the person should hear of, counted per sheet and column."""

    def __init__(self) -> None:
        self._counts: Counter[tuple[str, str, str, tuple[str, str]]] = Counter()

    def add(self, where: Where, note: tuple[str, str]) -> None:
        self._counts[(*where, note)] += 1

    def lines(self) -> list[str]:
        """One line per sheet, column and note, e.g. "Meetings, column C (Date): 12 cells had ..."."""
        return [Message("{sheet}, column {letter} ({label}): {note}", sheet=sheet, letter=letter,
                        label=FieldLabel(label), note=_told(note, n))
                for (sheet, letter, label, note), n in sorted(self._counts.items(), key=_in_sheet_order)]


def _told(note: tuple[str, str], n: int) -> Message:
    if note == TIME_LEFT_OUT:
        if n == 1:
            return Message("1 cell had a time of day; the date was kept")
        return Message("{n} cells had a time of day; the date was kept", n=n)
    if n == 1:
        return Message("1 formula cell: its computed value was taken, the formula was not evaluated")
    return Message("{n} formula cells: their computed values were taken, the formulas were not evaluated", n=n)


def _in_sheet_order(item: tuple[tuple[str, str, str, tuple[str, str]], int]) -> tuple[str, int, str]:
    sheet, letter, _label, note = item[0]
    return sheet, len(letter), letter + note[1]


def cell_value(
    field: Field, raw: Any, vocab: VocabularyIndex | None = None,
    notes: CellNotes | None = None, where: Where = ("", "", ""),
) -> Value:
    """The canonical value of `raw` for `field`; raises ValueProblem with the reason.

    With `vocab`, choices come back as codes (a label, or a country's name, becomes its code)
    and a list keeps a label that holds a comma whole.
    """
    if raw is None:
        return None
    cls = raw.__class__
    if cls is str:
        return _from_text(field, raw, vocab, notes, where)
    if cls is bool:
        if field.kind is Kind.BOOLEAN:
            return raw
        raise ValueProblem(Message("{value} is a yes/no value; {label} expects {expects}", value=str(raw),
                                   label=FieldLabel(field.label), expects=_expects(field)))
    if cls is dt.datetime:
        if field.kind is not Kind.DATE:
            raise ValueProblem(_a_date_but(field))
        if raw.time() != dt.time() and notes is not None:
            notes.add(where, TIME_LEFT_OUT)
        return raw.date()
    if cls is dt.date:
        if field.kind is not Kind.DATE:
            raise ValueProblem(_a_date_but(field))
        return raw
    if cls is dt.time:
        raise ValueProblem(Message("a time of day without a date; {label} expects {expects}",
                                   label=FieldLabel(field.label), expects=_expects(field)))
    if cls is int or cls is float:
        return _from_number(field, raw)
    if isinstance(raw, str):  # a str subclass: as text
        return _from_text(field, str(raw), vocab, notes, where)
    raise ValueProblem(Message("a value of an unexpected kind ({kind})", kind=type(raw).__name__))


def formula_value(
    field: Field, formula: Special, vocab: VocabularyIndex | None = None,
    notes: CellNotes | None = None, where: Where = ("", "", ""),
) -> Any:
    """The value a formula cell of a plain sheet showed, as a plain cell value for `field`.

    The value is the one the spreadsheet program last computed and saved (Special.cached): it is
    taken, counted in `notes`, and never recomputed. Liaison workbooks do not come here: their
    formulas stay refused.
    """
    cached = formula.cached
    if cached is None:
        raise ValueProblem(Message("a formula ({formula}) whose result the file does not hold (it was never "
                                   "calculated); open the file in Excel or LibreOffice, save it and import it "
                                   "again, or type the value itself", formula=formula.text))
    if cached.__class__ is Special:
        raise ValueProblem(Message("a formula ({formula}) whose result is an error ({error}); correct it or type "
                                   "the value itself", formula=formula.text, error=cached.text))
    try:
        cell_value(field, cached, vocab)
    except ValueProblem as exc:
        raise ValueProblem(Message("a formula ({formula}) whose computed value does not fit: {problem}",
                                   formula=formula.text, problem=exc.message)) from None
    if notes is not None:
        notes.add(where, FORMULA_TAKEN)
    return cached


def is_ticked(raw: Any) -> bool:
    """A "delete?" cell a person ticked."""
    if raw is None:
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return raw == 1
    return _plain(clean_text(str(raw))) in _TRUE_WORDS


def _from_text(field: Field, raw: str, vocab: VocabularyIndex | None, notes: CellNotes | None, where: Where) -> Value:
    kind = field.kind
    text = raw if _is_clean(raw) else clean_text(raw, multiline=kind is Kind.LONG_TEXT or kind.is_list)
    if text == "":
        return None
    if kind is Kind.DATE:
        written = read_date(text)
        if written.had_time and notes is not None:
            notes.add(where, TIME_LEFT_OUT)
        return written.date
    if kind is Kind.INTEGER:
        return normalise(field, _whole_number(text))
    if kind is Kind.BOOLEAN:
        return _yes_no(text)
    if vocab is not None and field.vocabulary is not None:
        if kind is Kind.CHOICE:
            return _choice(field.vocabulary, text, vocab)
        items = split_list(text, lambda item: _names_one(field.vocabulary, item, vocab))
        return tuple(sorted({_choice(field.vocabulary, item, vocab) for item in items})) or None
    if kind.is_list:
        return tuple(sorted(set(split_list(text)))) or None
    if kind in _TEXT_KINDS and text.isascii():  # what from_text and normalise give: clean ASCII stays as it is
        return text.lower() if kind is Kind.EMAIL else text
    return normalise(field, from_text(field, text))


def as_written(field: Field) -> bool:
    """Whether clean text (`is_clean`, not empty) in a cell of `field` is its value as it is: what
    `_from_text` gives such text for a field of text, or naming a record (not a choice, an email, a
    date, a number or a list)."""
    return field.kind in _TEXT_KINDS and field.kind is not Kind.EMAIL and field.vocabulary is None


def is_clean(text: str) -> bool:
    return _is_clean(text)


def _is_clean(text: str) -> bool:
    """Text clean_text leaves as it is, told cheaply: plain ASCII on one line, single spaces, trimmed
    (most cells). A list's lines are its items, so a line break always takes clean_text's way."""
    return (text.isascii() and "  " not in text and "\n" not in text and "\r" not in text and "\t" not in text
            and text == text.strip())


def _whole_number(text: str) -> int:
    if _DIGITS.match(text):
        return int(text)
    if _GROUPED.match(text):
        return int(re.sub(r"[ '’.,]", "", text))
    raise ValueProblem(Message("'{text}' is not a whole number; write digits only, e.g. 1200 "
                               "(thousands may be grouped in threes: 1 200)", text=text))


def _yes_no(text: str) -> bool:
    word = _plain(text)
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise ValueProblem(Message("'{text}' is not yes or no; write yes or no (oui/non, sí/no)", text=text))


def _plain(text: str) -> str:
    """Lower case without accents: "Sí" is "si"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _names_one(vocabulary: str, text: str, vocab: VocabularyIndex) -> bool:
    """`text` names a term of the vocabulary (or several countries): a list keeps it whole."""
    if vocabulary == _COUNTRY and country_codes(text):
        return True
    return _term_code(vocab, vocabulary, text) is not None


def _choice(vocabulary: str, text: str, vocab: VocabularyIndex) -> str:
    """The code `text` means in the vocabulary; text matching no term is kept for validation to refuse."""
    if vocab.allows(vocabulary, text):  # the code itself, as exported
        return text
    if vocabulary == _COUNTRY:
        code = country_code(text)  # raises, naming the countries, when the name is ambiguous
        if code is not None:
            return code
    code = _term_code(vocab, vocabulary, text)
    if code is not None:
        return code
    if vocabulary == _COUNTRY:
        if "/" in text:
            raise ValueProblem(Message("'{text}' is not a country known here; write its ISO code (e.g. KEN) or its "
                                       "name in English, French or Spanish; separate several countries with ; "
                                       "or ,", text=text))
        raise ValueProblem(Message("'{text}' is not a country known here; write its ISO code (e.g. KEN) or its "
                                   "name in English, French or Spanish", text=text))
    return text


def _term_code(vocab: VocabularyIndex, vocabulary: str, text: str) -> str | None:
    """The code of the term `text` gives by code or label, whatever its case, accents or punctuation."""
    if vocab.allows(vocabulary, text):
        return text
    return _folded_terms(vocab, vocabulary).get(folded(text))


@functools.lru_cache(maxsize=64)
def _folded_terms(vocab: VocabularyIndex, vocabulary: str) -> dict[str, str]:
    """Folded label or code -> code, built once per vocabulary of an import (an index does not change)."""
    codes = vocab.codes(vocabulary)
    # a label in French or Spanish (a workbook exported in that language) after any English label or code
    found = {folded(label): code for code in reversed(codes)
             for label in other_labels(vocabulary, code, vocab.label(vocabulary, code))}
    found.update((folded(vocab.label(vocabulary, code)), code) for code in reversed(codes))
    found.update((folded(code), code) for code in reversed(codes))  # a code before another term's label
    return found


def _from_number(field: Field, number: float) -> Value:
    whole = float(number).is_integer()
    if field.kind is Kind.INTEGER:
        if not whole:
            raise ValueProblem(Message("{number} is not a whole number", number=str(number)))
        return normalise(field, int(number))
    if field.kind is Kind.BOOLEAN and number in (0, 1):
        return bool(number)
    if field.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.PHONE, Kind.CHOICE):
        text = str(int(number)) if whole else repr(number)
        return normalise(field, from_text(field, text))
    raise ValueProblem(Message("the number {number}, but {label} expects {expects}", number=f"{number:g}",
                               label=FieldLabel(field.label), expects=_expects(field)))


def _a_date_but(field: Field) -> Message:
    return Message("a date, but {label} expects {expects}", label=FieldLabel(field.label), expects=_expects(field))


def _expects(field: Field) -> Message:
    """What a field of this kind takes, as a Message the window translates."""
    if field.kind is Kind.DATE:
        return Message("a date")
    if field.kind is Kind.INTEGER:
        return Message("a whole number")
    if field.kind is Kind.BOOLEAN:
        return Message("yes or no")
    return Message("text")


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
