"""Messages from the lower layers, dates and counts, in the window's language.

The domain, the services and the file checks write their messages in English as
domain.messages.Message: the English text that keeps its template and parameters. Here the
template is looked up in the translators (context "messages") and the parameters are put in it
the user's way: field and record-type labels translated, numbers with the locale's thousands
separator, dates in the locale's short format. Text that is not a Message reads as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from mouliaison.domain.messages import (
    DayName,
    FieldLabel,
    FieldLabels,
    LongDate,
    Message,
    MonthOfYear,
    TermLabel,
    TypeLabel,
    TypeLabels,
)
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Problem
from mouliaison.ui.labels import term_label, type_plural


def labelled(label: str, text: str) -> str:
    """'Title: required' as the window's language writes a label before its text ("Titre : ..."
    in French, a space before the colon)."""
    return QCoreApplication.translate("labelled", "{0}: {1}").format(label, text)


def rendered(text: str, instead: Mapping[str, str] | None = None) -> str:
    """`text` in the window's language: a Message translated and formatted; other text as it is.

    `instead`: the window's own words for a part the command line words its way (a hint to write a
    mapping file, by its template), put in place of that part wherever it is a parameter; they may
    name that part's own parameters ("choose {fields} ...")."""
    if not isinstance(text, Message):
        return text
    translated = QCoreApplication.translate("messages", text.template)
    try:
        return translated.format(**{name: _parameter(value, instead or {}) for name, value in text.params.items()})
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that names a parameter wrongly: the English is still right


def shown(problem: Problem) -> str:
    """A problem's message as the record form writes it under its field."""
    return rendered(problem.message)


def shown_whole(problem: Problem) -> str:
    """A problem with its field's key in front, as message boxes list them (str(problem) translated)."""
    return labelled(problem.field, shown(problem)) if problem.field else shown(problem)


def count_text(count: int) -> str:
    """A count with the locale's thousands separator (12 345, 12.345, 12,345)."""
    return QLocale().toString(count)


def date_text(date: dt.date) -> str:
    """A date to read: the locale's short format; in English the written form, YYYY-MM-DD.

    English keeps ISO dates: it is how the app asks for dates everywhere, and the American short
    format (5/8/18) is read the other way round in most offices that use English.
    """
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return date.isoformat()
    return locale.toString(QDate(date.year, date.month, date.day), _four_digit_years(locale))


def _four_digit_years(locale: QLocale) -> str:
    """The locale's short date format with the year in full (Spanish's is d/M/yy: 2/3/26 could be
    any century, and the form asks for four digits)."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


class _Number:
    """An int in a template: ignores the English format spec ({n:,}) and uses the locale's."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return count_text(self.value)


def _label(context: str, english: str) -> str:
    translated = QCoreApplication.translate(context, english)
    if translated == english and english[:1].islower():  # "this meeting": the label lower-cased
        capital = english[:1].upper() + english[1:]
        found = QCoreApplication.translate(context, capital)
        if found != capital:
            return found[:1].lower() + found[1:]
    return translated


def _parameter(value: Any, instead: Mapping[str, str]) -> Any:
    if isinstance(value, Message):  # a hint the window words its own way, found by its template
        if value.template not in instead:
            return rendered(value, instead)
        # the window's words, with the hint's own parameters where they name them ({fields})
        return instead[value.template].format(**{n: _parameter(v, instead) for n, v in value.params.items()})
    if isinstance(value, FieldLabel):
        return _label("fields", value)
    if isinstance(value, TypeLabel):
        return _label("record_types", value)
    if isinstance(value, TermLabel):
        return term_label(value.vocabulary, "", value)
    if isinstance(value, MonthOfYear):
        return f"{QLocale().standaloneMonthName(value[1], QLocale.FormatType.LongFormat)} {value[0]}"
    if isinstance(value, DayName):
        return QLocale().dayName(int(value) + 1, QLocale.FormatType.LongFormat)
    if isinstance(value, LongDate):
        return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
    if isinstance(value, FieldLabels):
        return value.joiner.join(_label("fields", label) for label in value)
    if isinstance(value, TypeLabels):
        return ", ".join(_label("record_types", label) for label in value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return _Number(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date_text(value)
    return value


def type_plural_of(name: str) -> str:
    """A record type's plural in the window's language, from its name ("meeting"); an unknown name as it is."""
    return type_plural(RECORD_TYPES[name]) if name in RECORD_TYPES else name
