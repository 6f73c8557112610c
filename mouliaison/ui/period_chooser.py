"""The Overview's period: all dates, this year, the last 12 months, a quarter, or from-to.

A row of its own: the kind of period, then the quarter or the two dates it needs, then the
days it stands for. `changed` carries the new Period once it makes sense (dates typed by hand
wait for a pause; an end before the start says so and changes nothing).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from mouliaison.domain.periods import ALL, CUSTOM, LAST_12_MONTHS, QUARTER, THIS_YEAR, Period, quarter_of
from mouliaison.ui.appearance import problem_colour
from mouliaison.ui.messages import date_text
from mouliaison.ui.record_filters import FilterDate

YEARS_BACK = 5  # quarters offered: from five years ago to the end of next year
DATE_DELAY_MS = 400


class PeriodChooser(QWidget):
    changed = Signal(object)  # the Period

    def __init__(self, period: Period, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodChooser")
        self.today = today
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for text, kind in ((self.tr("All dates"), ALL), (self.tr("This year"), THIS_YEAR),
                           (self.tr("Last 12 months"), LAST_12_MONTHS), (self.tr("A quarter"), QUARTER),
                           (self.tr("From… to…"), CUSTOM)):
            self.kind.addItem(text, kind)
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.kind)
        self.quarter = QComboBox()
        self.quarter.setObjectName("periodQuarter")
        self.quarter.setAccessibleName(self.tr("Quarter"))
        for year in range(today.year - YEARS_BACK, today.year + 2):
            for number in (1, 2, 3, 4):
                self.quarter.addItem(f"{year} Q{number}", (year, number))
        self.start = self._date("periodFrom", self.tr("First day"))
        self.end = self._date("periodTo", self.tr("Last day"))
        self.to_label = QLabel(self.tr("to"))
        self.days = QLabel()
        self.days.setObjectName("periodDays")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DATE_DELAY_MS)
        self._timer.timeout.connect(self._chosen)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (label, self.kind, self.quarter, self.start, self.to_label, self.end, self.days):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.set_period(period)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.quarter.currentIndexChanged.connect(self._chosen)
        self.start.dateChanged.connect(lambda _d: self._timer.start())
        self.end.dateChanged.connect(lambda _d: self._timer.start())

    def _date(self, name: str, accessible: str) -> QDateEdit:
        edit = FilterDate()  # Tab leaves it (Qt's own moves between the year, month and day)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def set_period(self, period: Period) -> None:
        """Show `period` (no `changed`)."""
        widgets = (self.kind, self.quarter, self.start, self.end)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.kind.setCurrentIndex(max(self.kind.findData(period.kind), 0))
            year, number = (period.year, period.quarter) if period.kind == QUARTER else quarter_of(self.today)
            index = self.quarter.findData((year, number))
            if index < 0:  # a quarter remembered from long ago
                self.quarter.insertItem(0, f"{year} Q{number}", (year, number))
                index = 0
            self.quarter.setCurrentIndex(index)
            span = period.span(self.today) or (dt.date(self.today.year, 1, 1), self.today)
            self.start.setDate(QDate(span[0]))
            self.end.setDate(QDate(span[1]))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show(period)

    def period(self) -> Period | None:
        """The period chosen; None while the dates are the wrong way round."""
        kind = self.kind.currentData()
        if kind == QUARTER:
            year, number = self.quarter.currentData()
            return Period(QUARTER, year=year, quarter=number)
        if kind == CUSTOM:
            start, end = self.start.date().toPython(), self.end.date().toPython()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            return Period(CUSTOM, start=start, end=end) if start <= end else None
        return Period(kind)

    def _kind_changed(self) -> None:
        self._timer.stop()
        self._chosen()

    def _chosen(self) -> None:
        period = self.period()
        if period is not None:
            self._show(period)
            self.changed.emit(period)
        else:
            self.days.setText(self.tr("The last day is before the first: change one of them."))
            self.days.setStyleSheet(f"QLabel {{ color: {problem_colour(self.palette())}; }}")

    def _show(self, period: Period) -> None:
        self.quarter.setVisible(period.kind == QUARTER)
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(period.kind == CUSTOM)
        span = period.span(self.today)
        self.days.setStyleSheet("")
        if span is None:
            self.days.setText(self.tr("every activity, dated or not"))
        elif period.kind == CUSTOM:
            self.days.setText("")
        else:
            self.days.setText(self.tr("{0} to {1}").format(date_text(span[0]), date_text(span[1])))
