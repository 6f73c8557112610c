"""What a stored value may hold, whatever way it comes in: lengths as Excel counts them,
no control characters, dates a spreadsheet can show, values of their field's kind."""

from __future__ import annotations

import datetime as dt

import pytest

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import validate
from mouliaison.domain.values import EARLIEST_DATE, LATEST_DATE, excel_length, text_problem, wire_problem
from mouliaison.domain.vocabularies import VocabularyIndex

ACTIVITY = RECORD_TYPES["activity"]


def problems_of(**values):
    record = {"title": "Joint patrol", "status": "planned", **values}
    return [p for p in validate(ACTIVITY, record, VocabularyIndex.shipped()) if p.field in values]


def test_an_emoji_counts_two_as_in_excel_so_20000_of_them_are_too_long_for_a_cell() -> None:
    assert excel_length("😀") == 2 and excel_length("é") == 1
    text = "😀" * 20_000  # 20,000 characters for Python, 40,000 for Excel
    found = problems_of(description=text)
    assert len(found) == 1 and "40,000 characters long as Excel counts them" in found[0].message


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x07", "\x7f", "\ud800"])
def test_control_characters_are_refused_with_their_code(character: str) -> None:
    found = problems_of(title=f"Joint{character} patrol")
    assert found and f"U+{ord(character):04X}" in found[0].message


def test_line_breaks_and_tabs_in_long_text_are_not_control_characters() -> None:
    assert text_problem("first line\nsecond\tline") is None
    assert problems_of(description="first line\nsecond line") == []


@pytest.mark.parametrize("date", [dt.date(1, 1, 1), dt.date(1899, 12, 30), dt.date(1900, 2, 28)])
def test_dates_a_spreadsheet_cannot_show_are_refused(date: dt.date) -> None:
    found = problems_of(start_date=date)
    assert found and "outside the dates spreadsheets can show" in found[0].message


def test_the_date_range_ends_are_accepted() -> None:
    assert problems_of(start_date=EARLIEST_DATE) == []
    assert problems_of(planned_start_date=LATEST_DATE) == []


@pytest.mark.parametrize(("key", "wire"), [
    ("start_date", ["2026-01-01"]), ("start_date", "2026-02-30"), ("start_date", 45000),
    ("title", {"text": "x"}), ("title", 7), ("participants_women", "12"), ("participants_women", True),
    ("countries", "KEN"), ("countries", ["KEN", 3]), ("title", "bell\x07"),
])
def test_a_wire_value_of_the_wrong_kind_is_named(key: str, wire: object) -> None:
    assert wire_problem(ACTIVITY.field(key), wire)


@pytest.mark.parametrize(("key", "wire"), [
    ("start_date", "2026-01-01"), ("title", "Joint patrol"), ("participants_women", 12),
    ("countries", ["KEN", "UGA"]), ("title", None),
])
def test_a_wire_value_of_the_right_kind_passes(key: str, wire: object) -> None:
    assert wire_problem(ACTIVITY.field(key), wire) is None
