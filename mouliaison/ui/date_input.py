"""A date typed by hand, read the way the person means it and never silently corrected.

Qt's QDateEdit "fixes" what it cannot read (2026-02-30 became 2026-02-03) and ignores an
order it was not told (14/12/2026). Here the text is ours to read: ISO (2026-12-14) always,
and three numbers in the person's own day/month order (QLocale's short date format says
which). A text that is no date stays as typed and says what is wrong; empty means "not set".
A calendar opens with Alt+Down or F4, or the button beside the text.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from mouliaison.ui.language import chosen_language

SEPARATORS = re.compile(r"\s*[-/.]\s*|\s+")
EXAMPLE = dt.date(2026, 12, 14)  # its day cannot be a month: an example that reads one way only
CALENDAR_KEYS = {Qt.Key.Key_F4}  # and Alt+Down, as in Qt's own date edit


def date_locale() -> QLocale:
    """The locale whose day/month order applies: the system's, unless the window speaks
    another language than it (MOULIAISON_LANG=fr on an English system reads 14/12/2026)."""
    locale = QLocale()
    language = chosen_language()
    if locale.name().split("_")[0] == language:
        return locale
    return QLocale(language)


def date_order(locale: QLocale) -> str:
    """"dmy", "mdy" or "ymd", from the order of the locale's short date format."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    found = {letter: pattern.find(letter) for letter in "dMy"}
    if min(found.values()) < 0:
        return "ymd"
    return "".join(sorted("dmy", key=lambda c: found["M" if c == "m" else c]))


def example(order: str) -> str:
    """The example date in the locale's order ("" when that order is ISO's)."""
    parts = {"d": f"{EXAMPLE.day:02d}", "m": f"{EXAMPLE.month:02d}", "y": str(EXAMPLE.year)}
    return "" if order == "ymd" else "/".join(parts[c] for c in order)


def read_date(text: str, order: str) -> tuple[dt.date | None, str | None]:
    """The date `text` names and None, or None and what is wrong; ("", any) is (None, None)."""
    text = text.strip()
    if not text:
        return None, None
    local = example(order)
    parts = SEPARATORS.split(text)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        if local:
            return None, QCoreApplication.translate("DateInput", "'{0}' is not a date: type it as {1} or {2}").format(
                text, EXAMPLE.isoformat(), local)
        return None, QCoreApplication.translate("DateInput", "'{0}' is not a date: type it as {1}").format(
            text, EXAMPLE.isoformat())
    if len(parts[0]) == 4:
        order = "ymd"  # a four-digit year first is ISO, whatever the locale
    named = dict(zip(order, parts, strict=True))
    if len(named["y"]) != 4:
        return None, QCoreApplication.translate(
            "DateInput", "'{0}': write the year with four digits, as in {1}").format(text, local or EXAMPLE.isoformat())
    try:
        return dt.date(int(named["y"]), int(named["m"]), int(named["d"])), None
    except ValueError:
        if order == "ymd":
            return None, QCoreApplication.translate(
                "DateInput", "'{0}' is not a real date (year-month-day): check the day and the month").format(text)
        if order == "dmy":
            return None, QCoreApplication.translate(
                "DateInput", "'{0}' is not a real date (day/month/year): check the day and the month").format(text)
        return None, QCoreApplication.translate(
            "DateInput", "'{0}' is not a real date (month/day/year): check the day and the month").format(text)


class CalendarPopup(QWidget):
    """A month to pick a day from; Return or a click picks it, Escape closes it."""

    picked = Signal(dt.date)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(date.toPython())


class DateInput(QWidget):
    """A line for the date as typed, and a button that opens a calendar."""

    edited = Signal()  # the text changed, by typing or by the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order = date_order(date_locale())
        self.line = QLineEdit()
        local = example(self.order)
        self.line.setPlaceholderText(f"{EXAMPLE.isoformat()} · {local}" if local else EXAMPLE.isoformat())
        self.line.setMaxLength(40)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(self.line.placeholderText()) + 24)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down in the line opens it too
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.popup: CalendarPopup | None = None
        self.button.clicked.connect(self.open_calendar)
        self.line.textChanged.connect(self.edited)
        self.line.editingFinished.connect(self._tidy)
        self.line.installEventFilter(self)

    def text(self) -> str:
        return self.line.text()

    def read(self) -> tuple[dt.date | None, str | None]:
        return read_date(self.line.text(), self.order)

    def set_date(self, date: dt.date | None) -> None:
        self.line.setText(date.isoformat() if date is not None else "")

    def _tidy(self) -> None:
        """A date read in the local order is shown as ISO once left, so the person sees how
        it was read; text that is no date stays exactly as typed."""
        date, problem = self.read()
        if date is not None and problem is None and self.line.text() != date.isoformat():
            self.line.setText(date.isoformat())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            alt_down = key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier  # type: ignore[attr-defined]
            if key in CALENDAR_KEYS or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        date, _ = self.read()
        shown = date or dt.date.today()
        self.popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, date: dt.date) -> None:
        self.set_date(date)
        self.line.setFocus()
