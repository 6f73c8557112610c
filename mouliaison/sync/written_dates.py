"""A date as a person writes it in a sheet: "2026-07-06", "6 July 2026", "6 de julio de 2026".

Read: ISO dates and date-times; a day, a month named in English, French or Spanish (in full or
abbreviated, any case, with or without accents) and a four-digit year, in any order; and
day/month/year in digits with / . or - where only one reading exists. Refused, with what to
write instead: a date that can be read two ways (05/07/2026), a two-digit year, a month
without a day, and a date that does not exist (2026-02-30), which is never corrected.

A time of day after the date is left out, and said so: `WrittenDate.had_time`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple

from mouliaison.domain.messages import MONTH_NAMES as MONTH_NAMES  # the names read here are English too
from mouliaison.domain.messages import DayName, LongDate, Message, MonthOfYear
from mouliaison.domain.values import ValueProblem

WRITE = "write it as YYYY-MM-DD, e.g. 2026-07-06"

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "january jan janvier janv enero ene",
    "february feb fevrier fevr fev febrero",
    "march mar mars marzo",
    "april apr avril avr abril abr",
    "may mai mayo",
    "june jun juin junio",
    "july jul juillet juil julio",
    "august aug aout ago agosto",
    "september sep sept septembre septiembre setiembre set",
    "october oct octobre octubre",
    "november nov novembre noviembre",
    "december dec decembre diciembre dic",
), start=1):
    _MONTHS.update(dict.fromkeys(_names.split(), _number))

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate((
    "monday mon lundi lun lunes",
    "tuesday tue tues mardi mar martes",
    "wednesday wed mercredi mer miercoles mie",
    "thursday thu thur thurs jeudi jeu jueves jue",
    "friday fri vendredi ven viernes vie",
    "saturday sat samedi sam sabado sab",
    "sunday sun dimanche dim domingo dom",
)):
    _WEEKDAYS.update(dict.fromkeys(_names.split(), _number))

# words around a date that say nothing of it: "le 6 juillet", "6 de julio de 2026", "the 3rd of March"
_FILLERS = {"de", "del", "le", "el", "the", "of", "on", "du"}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DIGITS = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
# a time of day after the date: "14:30", "14:30:05.123", "14h30", "2:30 pm", "T00:00:00Z", "+02:00"
_TIME = re.compile(
    r"(?:[T\s,]+|(?<=\d)T)(?:at\s+|à\s+|a\s+las\s+|a\s+)?"
    r"(?P<clock>\d{1,2}(?:[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?\s?m\.?)?|\s*h|\s*[ap]\.?\s?m\.?))"
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|re|e|o|º|ª)$")


class WrittenDate(NamedTuple):
    date: dt.date
    had_time: bool  # a time of day followed the date and was left out (not midnight: 00:00 is no time)


def read_date(text: str) -> WrittenDate:
    """The date `text` means; ValueProblem saying what to write when it is not exactly one date."""
    text = text.strip()
    body, had_time = _without_time(text)
    match = _ISO.match(body)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return WrittenDate(_real(text, year, month, day), had_time)
    match = _DIGITS.match(body)
    if match:
        return WrittenDate(_day_first(text, *match.groups()), had_time)
    return WrittenDate(_with_month_name(text, body), had_time)


def _without_time(text: str) -> tuple[str, bool]:
    """The text without a trailing time of day, and whether there was one.

    Only digits-and-date text or text with a month name has a time cut: "6 July 2026" must not
    lose its year to a time pattern, so the cut is kept only when a date remains before it.
    """
    match = _TIME.search(text)
    if match is None or match.start() == 0:
        return text, False
    body = text[: match.start()].rstrip(" ,")
    if not re.search(r"\d{4}", body):  # what was cut held the year: it was no time
        return text, False
    clock = match.group("clock")
    return body, bool(re.search(r"[1-9]|[ap]\.?\s?m", clock, re.IGNORECASE))


def _real(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            raise ValueProblem(Message("'{text}' is not a date that exists ({month} has no day {day}); check it and "
                                       "write it as YYYY-MM-DD, e.g. 2026-07-06", text=text,
                                       month=MonthOfYear((year, month)), day=str(day))) from None
        raise ValueProblem(Message("'{text}' is not a date that exists (there is no month {month}); check it and "
                                   "write it as YYYY-MM-DD, e.g. 2026-07-06", text=text, month=str(month))) from None


def _day_first(text: str, day_text: str, month_text: str, year_text: str) -> dt.date:
    if len(year_text) == 2:
        raise ValueProblem(_two_digit_year(text))
    day, month, year = int(day_text), int(month_text), int(year_text)
    if day <= 12 and month <= 12 and day != month:
        raise ValueProblem(Message("'{text}' could be read as two dates (day/month or month/day); write it as "
                                   "YYYY-MM-DD, e.g. 2026-07-06", text=text))
    if month > 12 and day <= 12:  # 07/13/2026 can only be month/day/year
        day, month = month, day
    return _real(text, year, month, day)


def _with_month_name(text: str, body: str) -> dt.date:
    words = _words(body)
    month = [w for w in words if w in _MONTHS]
    weekday = [w for w in words if w in _WEEKDAYS and w not in _MONTHS]
    numbers = [w for w in words if w.isdigit()]
    other = [w for w in words if w not in _MONTHS and w not in _WEEKDAYS and not w.isdigit()
             and w not in _FILLERS]
    if len(month) != 1 or other or len(weekday) > 1:
        raise ValueProblem(Message("'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-06 (or as 6 July "
                                   "2026)", text=text))
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if not years and len(numbers) == 2 and any(len(n) == 2 for n in numbers):
        raise ValueProblem(_two_digit_year(text))
    if len(years) != 1 or len(numbers) > 2:
        raise ValueProblem(Message("'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-06", text=text))
    if not days:
        raise ValueProblem(Message("'{text}' names a month without a day, which is not a date; write the day too, "
                                   "as YYYY-MM-DD (e.g. 2026-07-01)", text=text))
    date = _real(text, int(years[0]), _MONTHS[month[0]], int(days[0]))
    if weekday and _WEEKDAYS[weekday[0]] != date.weekday():
        raise ValueProblem(Message("'{text}': {date} is a {weekday}; check the date and write it as YYYY-MM-DD, "
                                   "e.g. 2026-07-06", text=text, date=LongDate(date.year, date.month, date.day),
                                   weekday=DayName(date.weekday())))
    return date


def _two_digit_year(text: str) -> Message:
    return Message("'{text}' has a two-digit year; write the year in full, as YYYY-MM-DD (e.g. 2026-07-06)",
                   text=text)


def _words(body: str) -> list[str]:
    """Lower case, no accents, punctuation as spaces, ordinals as their number ("1er" -> "1")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", body.casefold()) if not unicodedata.combining(c))
    words = re.split(r"[\s,./\-]+", plain)
    return [_ORDINAL.sub(r"\1", w) for w in words if w]
