"""Validation: every problem of a record at once, each naming its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.messages import FieldLabel, Message, TypeLabel
from mouliaison.domain.values import (
    Value,
    ValueProblem,
    date_problem,
    excel_length,
    from_text,
    is_email,
    is_phone,
    normalise,
    text_problem,
)
from mouliaison.domain.vocabularies import VocabularyIndex

if TYPE_CHECKING:
    from mouliaison.domain.record_types import RecordType


@dataclass(frozen=True)
class Problem:
    field: str  # the field's key; "" for the record as a whole
    message: str  # often a Message, which the window shows translated (ui/messages.py)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class Invalid(Exception):
    """Refused input: carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = problems


# Tells whether a record of a type exists (and is not deleted): (record type, id) -> bool.
ReferenceCheck = Callable[[str, str], bool]


def normalise_values(
    record_type: RecordType, raw: Mapping[str, Any]
) -> tuple[dict[str, Value], list[Problem]]:
    """Canonical values for known fields, and a problem for each unknown or mistyped one.

    Values may be typed (a date) or text as a person typed it (the command line, a form).
    """
    values: dict[str, Value] = {}
    problems: list[Problem] = []
    for key, value in raw.items():
        field = record_type.field(key)
        if field is None:
            known = ", ".join(f.key for f in record_type.fields)
            problems.append(Problem(key, Message("{type} has no field '{key}'; its fields are: {known}",
                                                type=TypeLabel(record_type.label), key=key, known=known)))
            continue
        try:
            values[key] = normalise(field, from_text(field, value) if isinstance(value, str) else value)
        except ValueProblem as exc:
            problems.append(Problem(key, exc.message))
    return values, problems


def validate(
    record_type: RecordType,
    values: Mapping[str, Value],
    vocabularies: VocabularyIndex,
    exists: ReferenceCheck | None = None,
) -> list[Problem]:
    """Every problem of a whole record (all its fields, canonical values)."""
    problems: list[Problem] = []
    for field in record_type.fields:
        problems.extend(_check_field(field, values.get(field.key), vocabularies, exists))
    for rule in record_type.rules:
        problems.extend(rule(values))
    return problems


def _check_field(
    field: Field, value: Value, vocabularies: VocabularyIndex, exists: ReferenceCheck | None
) -> list[Problem]:
    key = field.key
    if value is None:
        return [Problem(key, Message("{label} is required", label=FieldLabel(field.label)))] if field.required else []
    problems: list[Problem] = []
    kind = field.kind
    # each check looks only at values it applies to; a label is made only for a problem (most values have none)
    if isinstance(value, str):
        limit = field.max_length
        if limit is not None and len(value) > limit // 2 and excel_length(value) > limit:
            problems.append(Problem(key, Message("{label} is {length:,} characters long as Excel counts them (an "
                                                 "emoji or a rare letter counts 2); the limit is {limit:,}",
                                                 label=FieldLabel(field.label), length=excel_length(value),
                                                 limit=limit)))
        odd = text_problem(value)
    elif isinstance(value, tuple):
        odd = next((p for p in map(text_problem, value) if p), None)
    else:
        odd = None
    if odd:
        problems.append(Problem(key, Message("{label} {problem}", label=FieldLabel(field.label), problem=odd)))
    if isinstance(value, dt.date) and date_problem(value):
        problems.append(Problem(key, Message("{label}: {problem}", label=FieldLabel(field.label),
                                             problem=date_problem(value))))
    if kind is Kind.EMAIL and isinstance(value, str) and not is_email(value):
        problems.append(Problem(key, Message("'{value}' is not an email address (name@example.org)", value=value)))
    if kind is Kind.PHONE and isinstance(value, str) and not is_phone(value):
        problems.append(Problem(key, Message("'{value}' is not a phone number (digits, spaces, + - ( ) .)",
                                             value=value)))
    if kind is Kind.INTEGER and field.minimum is not None and isinstance(value, int) and value < field.minimum:
        problems.append(Problem(key, Message("{label} cannot be less than {minimum}", label=FieldLabel(field.label),
                                             minimum=field.minimum)))
    if kind is Kind.CHOICE or kind is Kind.CHOICES:
        assert field.vocabulary is not None
        codes = (value,) if isinstance(value, str) else value
        assert isinstance(codes, tuple)
        unknown = [c for c in codes if not vocabularies.allows(field.vocabulary, c)]
        if unknown:
            sample = ", ".join(sorted(vocabularies.codes(field.vocabulary))[:12])
            named = ", ".join(repr(c) for c in unknown)
            problems.append(Problem(key, Message("{codes} not allowed; use codes such as: {sample}",
                                                 codes=named, sample=sample)))
    if (kind is Kind.REFERENCE or kind is Kind.REFERENCES) and exists is not None:
        assert field.target is not None
        ids = (value,) if isinstance(value, str) else value
        assert isinstance(ids, tuple)
        missing = [i for i in ids if not exists(field.target, i)]
        if missing:
            problems.append(Problem(key, Message("no {target} with id {ids}", target=field.target,
                                                 ids=", ".join(missing))))
    return problems
