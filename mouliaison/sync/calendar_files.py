"""iCalendar (RFC 5545) and vCard (RFC 6350) files: meetings and due dates for a calendar,
contacts for an address book.

Both formats are lines of `NAME;PARAM=VALUE:value` ended by CRLF, in UTF-8, folded so that no
line is longer than 75 octets (a fold is CRLF and one space, never inside a UTF-8 character),
with backslash, semicolon, comma and line breaks escaped in text. What may go to whom is decided
before (services/flat_exports); this module only writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CRLF = "\r\n"
LINE_OCTETS = 75
PRODUCT = "-//mouliaison//MOU liaison desk//EN"


def escape(text: str) -> str:
    """RFC 5545 3.3.11 and RFC 6350 3.4: backslash first, then ; , and line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line cut into pieces of at most 75 octets, each after the first led by a space."""
    pieces: list[str] = []
    current, size, limit = "", 0, LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append(current)
            current, size, limit = "", 0, LINE_OCTETS - 1  # the leading space counts
        current += char
        size += octets
    pieces.append(current)
    return (CRLF + " ").join(pieces) + CRLF


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


@dataclass(frozen=True)
class Event:
    uid: str
    title: str
    day: dt.date  # an all-day event: meetings carry a date, not a time
    location: str = ""
    description: str = ""
    category: str = ""


@dataclass(frozen=True)
class Task:
    uid: str
    title: str
    due: dt.date
    status: str  # NEEDS-ACTION, COMPLETED or CANCELLED
    description: str = ""


@dataclass(frozen=True)
class Card:
    uid: str
    full_name: str
    organisation: str = ""
    title: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # ISO 639-1 codes
    note: str = ""


def calendar_text(events: Iterable[Event], tasks: Iterable[Task], stamp: dt.datetime, name: str) -> str:
    utc = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{escape(name)}"]
    for event in events:
        lines += ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{utc}", f"DTSTART;VALUE=DATE:{_date(event.day)}",
                  f"DTEND;VALUE=DATE:{_date(event.day + dt.timedelta(days=1))}", f"SUMMARY:{escape(event.title)}"]
        lines += [f"LOCATION:{escape(event.location)}"] if event.location else []
        lines += [f"DESCRIPTION:{escape(event.description)}"] if event.description else []
        lines += [f"CATEGORIES:{escape(event.category)}"] if event.category else []
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    for task in tasks:
        lines += ["BEGIN:VTODO", f"UID:{task.uid}", f"DTSTAMP:{utc}", f"DUE;VALUE=DATE:{_date(task.due)}",
                  f"SUMMARY:{escape(task.title)}", f"STATUS:{task.status}"]
        lines += [f"DESCRIPTION:{escape(task.description)}"] if task.description else []
        lines += ["END:VTODO"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)


def cards_text(cards: Iterable[Card]) -> str:
    lines: list[str] = []
    for card in cards:
        lines += ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{card.uid}", f"FN:{escape(card.full_name)}"]
        lines += [f"ORG:{escape(card.organisation)}"] if card.organisation else []
        lines += [f"TITLE:{escape(card.title)}"] if card.title else []
        lines += [f"EMAIL;TYPE=work:{escape(e)}" for e in card.emails]
        lines += [f"TEL;VALUE=text;TYPE=work:{escape(p)}" for p in card.phones]
        lines += [f"LANG;PREF={n}:{code}" for n, code in enumerate(card.languages, start=1)]
        lines += [f"NOTE:{escape(card.note)}"] if card.note else []
        lines += [f"PRODID:{PRODUCT}", "END:VCARD"]
    return "".join(fold(line) for line in lines)


def write_text(text: str, path: Path) -> Path:
    """UTF-8, the CRLF line ends kept as they are; written beside, then moved in place."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(text.encode("utf-8"))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path
