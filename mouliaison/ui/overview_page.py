"""The overview: the agreement's status, activities by status and thematic area, and what
needs attention (one-sided confirmations, open requests, missing focal points, overdue actions).

Everything comes from services.overview in one read; refresh() reads again and redraws.
Bars are drawn with QPainter: no chart library.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mouliaison.services.database import Database
from mouliaison.services.overview import THEMATIC, Count, Overview, overview
from mouliaison.ui.appearance import problem_colour
from mouliaison.ui.labels import term_label
from mouliaison.ui.messages import count_text, date_text

SHOWN_ITEMS = 4  # per attention list; the rest is counted
WARNING = "mouliaisonWarning"  # a label's property: drawn in the palette's problem colour
BAR_WIDTH = 100
BAR_HEIGHT = 14


class Bar(QWidget):
    """A horizontal bar: `value` of `maximum`, in the palette's highlight colour."""

    def __init__(self, value: int, maximum: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.value = value
        self.maximum = max(maximum, 1)
        self.setMinimumWidth(60)

    def sizeHint(self) -> QSize:
        return QSize(BAR_WIDTH, BAR_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 2, 0, -2)
        track = QColor(self.palette().color(self.palette().ColorRole.Mid))
        track.setAlpha(60)
        painter.fillRect(rect, track)
        if self.value:
            width = max(2, round(rect.width() * self.value / self.maximum))
            painter.fillRect(rect.adjusted(0, 0, width - rect.width(), 0), self.palette().color(
                self.palette().ColorRole.Highlight))
        painter.end()


class ElidedLabel(QLabel):
    """One line that ends in … when it does not fit; text() and the tooltip keep it whole."""

    def __init__(self, text: str, parent: Any = None) -> None:
        super().__init__(text, parent)
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()


class OverviewPage(QWidget):
    def __init__(self, db: Database, parent: Any = None, today: dt.date | None = None, *, load: bool = True) -> None:
        """`load=False` leaves the figures to the first refresh (the window's, when the page is shown)."""
        super().__init__(parent)
        self.db = db
        self._today = today  # tests fix the day; the window leaves it to the clock
        self.data: Overview | None = None

        heading = QLabel(self.tr("Overview"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.as_of = QLabel()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.as_of)
        top.addWidget(self.refresh_button)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # labels elide or wrap

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        if load:
            self.refresh()

    def refresh(self) -> None:
        self.data = overview(self.db, self._today)
        self.as_of.setText(self.tr("as of {0}").format(date_text(self.data.today)))
        content = QWidget()
        content.setObjectName("overviewContent")
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(self._agreement_box(self.data), 0, 0)
        grid.addWidget(self._attention_box(self.data), 0, 1)
        grid.addWidget(self._status_box(self.data), 1, 0)
        grid.addWidget(self._focal_points_box(self.data), 1, 1)
        grid.addWidget(self._areas_box(self.data), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        self.scroll.setWidget(content)  # the previous content is deleted

    # --- sections ------------------------------------------------------------------------

    def _agreement_box(self, data: Overview) -> QGroupBox:
        box = QGroupBox(self.tr("Agreement"))
        form = QFormLayout(box)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(3)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        agreement = data.agreement
        if agreement is None:
            form.addRow(self._wrapping(self.tr("No agreement is recorded.")))
            return box
        title = self._wrapping(agreement.title)
        title.setObjectName("agreementTitle")
        form.addRow(self.tr("Title:"), title)
        parties = self.tr(" and ").join(f"{p.name} ({p.code})" for p in agreement.parties)
        form.addRow(self.tr("Parties:"), self._wrapping(parties))
        status = term_label("agreement_status", agreement.status, agreement.status_label)
        if agreement.terminated and agreement.status != "terminated":
            status = self.tr("Terminated (the notice took effect)")
        status_label = QLabel(status)
        status_label.setObjectName("agreementStatus")
        bold = QFont(status_label.font())
        bold.setBold(True)
        status_label.setFont(bold)
        form.addRow(self.tr("Status:"), status_label)
        since = date_text(agreement.in_force_since) if agreement.in_force_since else self.tr("not recorded")
        in_force = QLabel(since)
        in_force.setObjectName("inForceSince")
        form.addRow(self.tr("In force since:"), in_force)
        if agreement.notice_delivered_on is None:
            form.addRow(self.tr("Termination notice:"), QLabel(self.tr("none given")))
        else:
            by = self.tr(" by {0}").format(agreement.notice_given_by) if agreement.notice_given_by else ""
            form.addRow(self.tr("Termination notice:"),
                        QLabel(self.tr("delivered on {0}{1}").format(date_text(agreement.notice_delivered_on), by)))
            effective = QLabel(date_text(agreement.termination_effective_on)
                               if agreement.termination_effective_on else "")
            effective.setObjectName("terminationEffective")
            effective.setFont(bold)
            form.addRow(self.tr("Takes effect on:"), effective)
        return box

    def _status_box(self, data: Overview) -> QGroupBox:
        box = QGroupBox(self.tr("Joint activities by status ({0})").format(count_text(data.activities)))
        box.setObjectName("activitiesByStatus")
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        grid.setContentsMargins(8, 6, 8, 6)
        self._bars(grid, 0, [(term_label("activity_status", c.code, c.label), c.count) for c in data.by_status],
                   max(data.activities, 1))
        return box

    def _areas_box(self, data: Overview) -> QGroupBox:
        box = QGroupBox(self.tr("Joint activities by thematic area (MOU 4.1)"))
        box.setObjectName("activitiesByArea")
        columns = QHBoxLayout(box)
        columns.setSpacing(24)
        columns.setContentsMargins(8, 6, 8, 6)
        top = max([c.count for c in (*data.by_area, *data.by_topic)] + [1])
        areas = QGridLayout()
        areas.setVerticalSpacing(0)
        row = self._bars(areas, 0, [(self._area(c), c.count) for c in data.by_area], top)
        if data.without_area:
            none = QLabel(self.tr("No thematic area given: {0}").format(count_text(data.without_area)))
            none.setObjectName("withoutArea")
            none.setContentsMargins(0, 4, 0, 0)
            areas.addWidget(none, row, 0, 1, 3)
            row += 1
        areas.setRowStretch(row, 1)
        topics = QGridLayout()
        topics.setVerticalSpacing(0)
        heading = QLabel(self.tr("Topics of area x, also counted under x:"))
        topics.addWidget(heading, 0, 0, 1, 3)
        row = self._bars(topics, 1, [(self._area(c), c.count) for c in data.by_topic], top)
        topics.setRowStretch(row, 1)
        columns.addLayout(areas, 1)
        columns.addLayout(topics, 1)
        return box

    def _area(self, count: Count) -> str:
        return f"{count.code}  {term_label(THEMATIC, count.code, count.label)}"

    def _bars(self, grid: QGridLayout, row: int, rows: list[tuple[str, int]], maximum: int) -> int:
        grid.setColumnStretch(0, 1)
        for label_text, value in rows:
            label = ElidedLabel(label_text)
            label.setToolTip(label_text)
            label.setObjectName("barLabel")
            number = QLabel(count_text(value))
            number.setObjectName("barCount")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setMinimumWidth(18)
            grid.addWidget(label, row, 0)
            bar = Bar(value, maximum)
            bar.setFixedSize(BAR_WIDTH, BAR_HEIGHT)
            grid.addWidget(bar, row, 1)
            grid.addWidget(number, row, 2)
            row += 1
        return row

    def _focal_points_box(self, data: Overview) -> QGroupBox:
        missing = len(data.missing_focal_points)
        box = QGroupBox(self.tr("Focal points (MOU 1.4)"))
        box.setObjectName("focalPoints")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(16)
        parties = list(dict.fromkeys(c.party for c in data.focal_points))
        levels = list(dict.fromkeys((c.level, c.level_label) for c in data.focal_points))
        for column, party in enumerate(parties, start=1):
            header = QLabel(f"<b>{html.escape(party)}</b>")
            grid.addWidget(header, 0, column)
        cells = {(c.party, c.level): c.count for c in data.focal_points}
        for row, (level, label) in enumerate(levels, start=1):
            grid.addWidget(QLabel(term_label("focal_point_level", level, label)), row, 0)
            for column, party in enumerate(parties, start=1):
                count = cells[(party, level)]
                cell = QLabel(self.tr("%n designated", "", count) if count else self.tr("missing"))
                cell.setObjectName("focalPointCell")
                if not count:
                    cell.setProperty(WARNING, True)
                    cell.setStyleSheet(self._warning_style(bold=True))
                grid.addWidget(cell, row, column)
        if missing:
            note = QLabel(self.tr("%n missing", "", missing))
            note.setObjectName("focalPointsMissing")
            grid.addWidget(note, len(levels) + 1, 0, 1, len(parties) + 1)
        grid.setColumnStretch(len(parties) + 1, 1)
        return box

    def _attention_box(self, data: Overview) -> QGroupBox:
        box = QGroupBox(self.tr("Needs attention"))
        box.setObjectName("attention")
        form = QVBoxLayout(box)
        form.setContentsMargins(8, 6, 8, 6)
        form.setSpacing(2)
        sections = [
            ("confirmedByOne", self.tr("Activities confirmed by one party only: {0}"),
             [self.tr("{0} — confirmed by {1} on {2}; waiting for {3}").format(
                 c.title, c.confirmed_by_party, date_text(c.confirmed_on), c.waiting_for_party)
              for c in data.confirmed_by_one]),
            ("openRequests", self.tr("Open cooperation requests: {0}"),
             [self.tr("{0} — {1} asked {2}{3}").format(
                 r.subject, r.requesting_party, r.requested_party,
                 self.tr(", {0} days ago").format(count_text(r.days_open)) if r.days_open is not None else "")
              for r in data.open_requests]),
            ("overdueActions", self.tr("Action items overdue: {0}"),
             [self.tr("{0} — due {1} ({2} days late), {3}{4}").format(
                 a.description, date_text(a.due_date), count_text(a.days_overdue), a.meeting,
                 self.tr("; owner {0}").format(a.owner) if a.owner else "")
              for a in data.overdue_actions]),
        ]
        for name, heading, items in sections:
            title = QLabel(heading.format(count_text(len(items))))
            title.setObjectName(name)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            if items:
                title.setProperty(WARNING, True)
                title.setStyleSheet(self._warning_style())
            form.addWidget(title)
            if items:
                shown = [f"• {html.escape(text)}" for text in items[:SHOWN_ITEMS]]
                if len(items) > SHOWN_ITEMS:
                    shown.append(html.escape(self.tr("… and {0} more").format(count_text(len(items) - SHOWN_ITEMS))))
                listing = self._wrapping("<br>".join(shown))
                listing.setTextFormat(Qt.TextFormat.RichText)
                listing.setContentsMargins(10, 0, 0, 4)
                form.addWidget(listing)
        form.addStretch(1)
        return box

    def _warning_style(self, *, bold: bool = False) -> str:
        weight = " font-weight: bold;" if bold else ""
        return f"QLabel {{ color: {problem_colour(self.palette())};{weight} }}"

    def changeEvent(self, event: QEvent) -> None:
        """Light to dark (or back) while shown: the warnings take the new palette's red."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for label in self.findChildren(QLabel):
                if label.property(WARNING):
                    label.setStyleSheet(self._warning_style(bold=label.objectName() == "focalPointCell"))

    def _wrapping(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
