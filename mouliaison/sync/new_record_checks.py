"""Whether a new record a sheet's row makes may be made: its values checked, each type's checks
decided once.

A tracker's rows are new records of one type, most of them valid. Validation (domain.validation)
looks at every field of a record, makes a label for each problem and asks each rule; a row of a
tracker need not pay for that: the fields of a record that hold values not found valid on an
earlier row (and its required fields left empty) are checked by checks made once per type and
set of fields (`_quick_check`), and only a record they find a problem in is validated the
general way, which finds those problems, worded, in the same order. A keyed row (one its key
finds again when the sheet comes back) is made without the values it may do without.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.validation import Problem, ReferenceCheck, validate
from mouliaison.domain.values import Value, excel_length, text_problem
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.sync.cells import as_written


@dataclass
class Checked:
    """What checking a new record found: `problems` keep it from being made (none: it is made);
    `left_out` are the values a keyed row was made without, each with what was wrong with it."""

    problems: list[Problem]
    left_out: list[Problem]


def check_new_record(
    entity: str, record: MutableMapping[str, Value], valid: set[tuple[str, Value]], vocab: VocabularyIndex,
    exists: ReferenceCheck, may_leave_out: Callable[[set[str]], bool] | None,
) -> Checked:
    """Check a new record's values (its defaults filled in). `valid`: (field, value) found valid
    on earlier rows of the type, grown with this record's when it is made. `may_leave_out`: for
    a keyed row, whether the record may be made without the values of these fields; the values
    it may do without are taken out of `record`."""
    same_answer = _same_answer(entity)  # only these are ever in `valid` (text is not looked up)
    # values not found valid before, and the required fields left empty (their "is required")
    keys = tuple([k for k, v in record.items() if k not in same_answer or (k, v) not in valid])
    empty = _required(entity).difference(record)
    ways = _WAYS.get((entity, keys, empty))
    if ways is None:
        if len(_WAYS) >= 1024:
            _WAYS.clear()
        unchecked = frozenset(keys).union(empty)
        ways = _WAYS[(entity, keys, empty)] = (unchecked, _quick_check(entity, unchecked),
                                                tuple(k for k in unchecked if k in same_answer))
    unchecked, quick, answers = ways
    if quick(record, vocab, exists):
        if answers:
            valid.update([(k, record[k]) for k in answers])
        return Checked([], [])
    problems = validate(_checked(entity, unchecked), record, vocab, exists)
    left_out: list[Problem] = []
    while problems and may_leave_out is not None:
        blamed = {p.field for p in problems}
        if not (blamed <= record.keys() and may_leave_out(blamed)):
            break  # a value missing, or one the row needs: not made
        left_out += problems  # a value not allowed, a date before the start: left out, the row made
        for key in blamed:
            del record[key]
        unchecked -= blamed
        problems = validate(_checked(entity, unchecked), record, vocab, exists)
    if not problems:
        valid.update([(k, record[k]) for k in unchecked if k in same_answer])  # the others were valid before
    return Checked(problems, left_out)


@functools.lru_cache(maxsize=256)
def _checked(entity: str, unchecked: frozenset[str]) -> RecordType:
    """The type as validation looks at a new record whose `unchecked` fields hold values not
    checked before or are required and empty: its other empty fields have nothing to say (most
    of a tracker's columns are empty), nor do values found valid on an earlier row
    (`_same_answer`), required or not; the record's rules still run. The problems found are the
    same, in the same order."""
    rtype = RECORD_TYPES[entity]
    return dataclasses.replace(rtype, fields=tuple(f for f in rtype.fields if f.key in unchecked))


Quick = Callable[[Mapping[str, Value], VocabularyIndex, ReferenceCheck], bool]
FieldCheck = Callable[[Value, VocabularyIndex, ReferenceCheck], bool]
# (type, fields not found valid before in a record's order, required fields it leaves empty) ->
# (those fields together, their quick check, those of them whose answer `valid` keeps): what
# check_new_record needs, found by one look-up per record (most rows of a tracker share one)
_WAYS: dict[tuple[str, tuple[str, ...], frozenset[str]], tuple[frozenset[str], Quick, tuple[str, ...]]] = {}


@functools.lru_cache(maxsize=256)
def _quick_check(entity: str, unchecked: frozenset[str]) -> Quick:
    """True when validate(_checked(entity, unchecked), ...) finds nothing: each field's check
    chosen once, for the values a tracker holds (a value of another class is checked the general
    way), then the type's rules. It says no more than whether a problem exists."""
    rtype = RECORD_TYPES[entity]
    checks = [_field_check(f) for f in rtype.fields if f.key in unchecked]
    rules = rtype.rules

    def quick(record: Mapping[str, Value], vocab: VocabularyIndex, exists: ReferenceCheck) -> bool:
        get = record.get
        for key, check in checks:
            if not check(get(key), vocab, exists):
                return False
        for rule in rules:  # noqa: SIM110  (a loop: no generator per record)
            if rule(record):
                return False
        return True

    return quick


def _field_check(field_: Field) -> tuple[str, FieldCheck]:
    """(key, whether a value of the field has no problem), as validation finds."""
    required, kind, limit = field_.required, field_.kind, field_.max_length
    alone = _alone(field_)

    def general(value: Value, vocab: VocabularyIndex, exists: ReferenceCheck) -> bool:
        if value is None:
            return not required
        return not validate(alone, {field_.key: value}, vocab, exists)

    if kind in (Kind.TEXT, Kind.LONG_TEXT) and limit is not None:
        half = limit // 2

        def text(value: Value, vocab: VocabularyIndex, exists: ReferenceCheck) -> bool:
            if value.__class__ is not str:
                return general(value, vocab, exists)
            return not (len(value) > half and excel_length(value) > limit) and text_problem(value) is None  # type: ignore[arg-type]

        return field_.key, text
    if kind is Kind.REFERENCE and field_.target is not None:
        target = field_.target

        def reference(value: Value, vocab: VocabularyIndex, exists: ReferenceCheck) -> bool:
            if value.__class__ is not str:
                return general(value, vocab, exists)
            return text_problem(value) is None and exists(target, value)  # type: ignore[arg-type]

        return field_.key, reference
    return field_.key, general


def _alone(field_: Field) -> RecordType:
    """A type of this one field and no rules: its value validated alone."""
    owner = next(t for t in RECORD_TYPES.values() if field_ in t.fields)
    return dataclasses.replace(owner, fields=(field_,), rules=())


@functools.cache
def _required(entity: str) -> frozenset[str]:
    return frozenset(f.key for f in RECORD_TYPES[entity].fields if f.required)


@functools.cache
def _same_answer(entity: str) -> frozenset[str]:
    """The fields whose check depends on the value alone (and the vocabularies, which do not
    change during an import): a value valid on one row is valid on every row. Not text (values
    rarely repeat), nor references (a record may be deleted by a later row)."""
    kinds = (Kind.CHOICE, Kind.CHOICES, Kind.DATE, Kind.INTEGER, Kind.BOOLEAN)
    return frozenset(f.key for f in RECORD_TYPES[entity].fields if f.kind in kinds)


# --- each type's ways with its cells, decided once ------------------------------------------


AS_WRITTEN, A_DATE, A_CHOICE, OTHER = "as written", "a date", "a choice", "other"  # how a field's cells are read


@functools.cache
def cell_ways(entity: str) -> dict[str, tuple[Field, str]]:
    """Per field key, the field and how its cells are mostly read: clean text taken as written
    (cells.as_written), a date cell's date, a choice's label looked up once per sheet; other
    cells the general way (cells.cell_value)."""
    ways: dict[str, tuple[Field, str]] = {}
    for f in RECORD_TYPES[entity].fields:
        how = (AS_WRITTEN if as_written(f) else A_DATE if f.kind is Kind.DATE
               else A_CHOICE if f.vocabulary is not None else OTHER)
        ways[f.key] = (f, how)
    return ways


@functools.cache
def defaults_of(entity: str) -> Mapping[str, Value]:
    """RecordType.defaults, made once per type (copy it before changing it)."""
    return RECORD_TYPES[entity].defaults()


@functools.cache
def wire_of(entity: str) -> dict[str, Callable[[Value], object] | None]:
    """Per field, how a set value becomes its wire value (None: as it is): to_wire, decided once per type."""
    found: dict[str, Callable[[Value], object] | None] = {}
    for f in RECORD_TYPES[entity].fields:
        found[f.key] = _iso_date if f.kind is Kind.DATE else list if f.kind.is_list else None  # type: ignore[assignment]
    return found


# A date's wire text: a tracker's 100,000 rows hold a few thousand dates, each written once.
_iso_date = functools.lru_cache(maxsize=8192)(dt.date.isoformat)


@functools.cache
def coded(entity: str) -> frozenset[str]:
    """The fields whose labels a choice's `_by_code` turns into codes: the others are taken as read."""
    return frozenset(f.key for f in RECORD_TYPES[entity].fields if f.vocabulary is not None)
