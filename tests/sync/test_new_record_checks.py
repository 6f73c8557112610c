"""A new record's quick checks (sync/new_record_checks) say a record has a problem exactly when
validation finds one: every record type, every kind of field, values valid and not, each set of
fields checked; and what a keyed row may do without is left out, the rest refused."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import validate
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.sync.new_record_checks import _checked, _quick_check, check_new_record

VOCAB = VocabularyIndex.shipped()


def exists(_target: str, record_id: str) -> bool:
    return record_id == "held-id"


def samples(field: Field) -> list[object]:
    """Values of the field's kind a sheet may give, valid and not, and a value of another class."""
    kind = field.kind
    code = sorted(VOCAB.codes(field.vocabulary))[0] if field.vocabulary else "x"
    by_kind: dict[Kind, list[object]] = {
        Kind.TEXT: ["Border workshop", "bell\x07", "x" * 501, "é" * 300, "\U0001F600" * 260, 5],
        Kind.LONG_TEXT: ["two\nlines", "a" * 40_000, "esc\x1b", "\U0001F600" * 16_400],
        Kind.REFERENCE: ["held-id", "missing-id", "ctrl\x01", ("held-id",)],
        Kind.REFERENCES: [("held-id",), ("held-id", "missing-id"), ()],
        Kind.DATE: [dt.date(2026, 3, 2), dt.date(1800, 1, 1), "2026-03-02"],
        Kind.INTEGER: [3, 0, -1],
        Kind.CHOICE: [code, "nonsense", "bell\x07"],
        Kind.CHOICES: [(code,), ("nonsense",), (code, "bell\x07")],
        Kind.EMAIL: ["a@example.org", "nope"],
        Kind.PHONE: ["+254 700 000 000", "call me"],
        Kind.BOOLEAN: [True, False],
    }
    return [None, *by_kind[kind]]


@pytest.mark.parametrize("entity", sorted(RECORD_TYPES))
def test_the_quick_checks_find_a_problem_exactly_when_validation_does(entity: str) -> None:
    rtype = RECORD_TYPES[entity]
    rng = random.Random(entity)
    keys = [f.key for f in rtype.fields]
    agreed = problems = 0
    for _ in range(400):
        # most values valid (the first of each kind's samples), so that both answers are met
        record = {f.key: v for f in rtype.fields
                  if (v := samples(f)[1] if rng.random() < 0.9 else rng.choice(samples(f))) is not None}
        unchecked = frozenset(k for k in keys if rng.random() < 0.6)
        found = validate(_checked(entity, unchecked), record, VOCAB, exists)
        assert _quick_check(entity, unchecked)(record, VOCAB, exists) == (not found), (record, unchecked, found)
        agreed += 1
        problems += bool(found)
    assert agreed == 400 and 0 < problems < 400  # both answers were met


def test_a_keyed_row_is_made_without_what_it_may_do_without_and_a_valid_value_is_not_checked_again() -> None:
    valid: set[tuple[str, object]] = set()
    women_only = lambda fields: fields <= {"participants_women"}  # noqa: E731
    record = {"title": "Border workshop", "status": "nonsense", "participants_women": -1,
              "start_date": dt.date(2026, 3, 2)}
    checked = check_new_record("activity", record, valid, VOCAB, exists, women_only)
    # a required value refused with it: nothing left out, the row not made
    assert [p.field for p in checked.problems] == ["status", "participants_women"] and not checked.left_out
    assert not valid  # nothing made, nothing remembered
    record = {"title": "Border workshop", "status": "planned", "participants_women": -1}
    checked = check_new_record("activity", record, valid, VOCAB, exists, women_only)
    assert not checked.problems and [p.field for p in checked.left_out] == ["participants_women"]
    assert "participants_women" not in record
    assert check_new_record("activity", {"title": "Other", "status": "planned", "participants_women": -1}, set(),
                            VOCAB, exists, None).problems  # a row without a key: refused, not left out

    record = {"title": "Border workshop", "status": "planned", "start_date": dt.date(2026, 3, 2)}
    assert check_new_record("activity", record, valid, VOCAB, exists, None).problems == []
    assert ("status", "planned") in valid and ("start_date", dt.date(2026, 3, 2)) in valid
    assert not any(key == "title" for key, _v in valid)  # text is checked on every row
    # unchecked once valid: a rule still runs (the end before the start)
    record = {"title": "Later", "status": "planned", "start_date": dt.date(2026, 3, 2),
              "end_date": dt.date(2026, 3, 1)}
    assert [p.field for p in check_new_record("activity", record, valid, VOCAB, exists, None).problems] == ["end_date"]
    assert not any(key == "end_date" for key, _v in valid)
