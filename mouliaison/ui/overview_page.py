"""The overview: the agreement's status, activities of a period by status, thematic area,
country and quarter, and what needs attention (one-sided confirmations, open requests, missing
focal points, overdue actions).

Everything comes from services.overview in one read; refresh() reads again and redraws. The
period is chosen above the figures and remembered in the preferences. A count opens the
records it counts: `open_records` carries the type and the filter, and the window shows that
list. Export… writes the Overview as shown with the report's own writers (PDF or xlsx).
Bars are drawn with QPainter: no chart library.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.filtering import Criteria
from mouliaison.domain.periods import Period
from mouliaison.domain.validation import Invalid
from mouliaison.services.database import Database
from mouliaison.services.overview import THEMATIC, Count, Overview, overview
from mouliaison.services.preferences import overview_period, remember_overview_period
from mouliaison.services.report import overview_report, report_format
from mouliaison.services.report_workbook import write_report_workbook
from mouliaison.ui.appearance import problem_colour
from mouliaison.ui.export_dialog import documents_folder, free_path
from mouliaison.ui.labels import term_label
from mouliaison.ui.messages import count_text, date_text
from mouliaison.ui.overview_counts import (
    BAR_HEIGHT,
    BAR_WIDTH,
    Bar,
    CountButton,
    ElidedLabel,
    StatusTable,
    count_cell,
)
from mouliaison.ui.period_chooser import PeriodChooser
from mouliaison.ui.report_language import in_language
from mouliaison.ui.report_pdf import write_report_pdf

SHOWN_ITEMS = 4  # per attention list; the rest is counted
SHOWN_COUNTRIES = 8  # the most active; "Show all" lists the others
WARNING = "mouliaisonWarning"  # a label's property: drawn in the palette's problem colour
ACTIVITY = "activity"
__all__ = ["Bar", "OverviewPage"]


class OverviewPage(QWidget):
    open_records = Signal(str, object)  # a count clicked: the type and the Criteria of what it counted
    note = Signal(str)  # for the status bar: where the Overview was saved

    def __init__(self, db: Database, parent: Any = None, today: dt.date | None = None, *, load: bool = True,
                 period: Period | None = None) -> None:
        """`load=False` leaves the figures to the first refresh (the window's, when the page is shown);
        `period` None: the one the person chose last."""
        super().__init__(parent)
        self.db = db
        self._today = today  # tests fix the day; the window leaves it to the clock
        self.data: Overview | None = None
        self.period = period if period is not None else overview_period()
        self.all_countries = False  # "Show all" was chosen: every country, not the most active only

        heading = QLabel(self.tr("Overview"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.as_of = QLabel()
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportOverview")
        self.export_button.setToolTip(self.tr("Save the Overview as shown, as a PDF to print or an Excel workbook"))
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.as_of)
        top.addWidget(self.export_button)
        top.addWidget(self.refresh_button)
        self.chooser = PeriodChooser(self.period, self.today)
        self.chooser.changed.connect(self.set_period)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # labels elide or wrap

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.chooser)
        layout.addWidget(self.scroll, 1)
        if load:
            self.refresh()

    @property
    def today(self) -> dt.date:
        return self._today or dt.datetime.now(dt.UTC).date()

    def set_period(self, period: Period) -> None:
        """Count over `period` from now on, and remember it for the next start."""
        self.period = period
        if self.chooser.period() != period:
            self.chooser.set_period(period)
        remember_overview_period(period)
        self.refresh()

    def refresh(self) -> None:
        self.data = overview(self.db, self._today, self.period)
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
        grid.addWidget(self._country_box(self.data), 3, 0, 1, 2)
        grid.addWidget(self._quarter_box(self.data), 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        focused = self.scroll.widget() is not None and self.scroll.widget().isAncestorOf(self.focusWidget())
        self.scroll.setWidget(content)  # the previous content is deleted
        if focused:  # the focus was in what was replaced: it stays on the page
            self.chooser.kind.setFocus()

    # --- export ------------------------------------------------------------------------------

    def export(self) -> Path | None:
        """Asks where, then saves the Overview as shown (PDF by default, or xlsx)."""
        pdf, xlsx = self.tr("PDF, to print (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        proposed = free_path(documents_folder(), f"mou-overview_{self.today.isoformat()}.pdf")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the Overview as"), str(proposed),
                                                   f"{pdf};;{xlsx}")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if chosen == xlsx else ".pdf"))
        return self.write(path)

    def write(self, path: Path) -> Path | None:
        """The Overview as shown, written by the report's own writers; None (and why) if it cannot be."""
        if self.data is None:
            self.refresh()
        assert self.data is not None
        try:
            fmt = report_format(path, None)
            report = in_language(overview_report(self.data))  # printed in the window's language
            written = write_report_pdf(report, path) if fmt == "pdf" else write_report_workbook(report, path)
        except Invalid as refused:
            QMessageBox.warning(self, self.tr("Not saved"), "; ".join(p.message for p in refused.problems))
            return None
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The Overview could not be saved as {0}: {1}. Choose another folder or name.").format(
                path, exc.strerror or exc))
            return None
        self.note.emit(self.tr("The Overview is saved as {0}").format(written))
        return written

    # --- counts -------------------------------------------------------------------------------

    def _open(self, type_name: str, criteria: Criteria) -> None:
        self.open_records.emit(type_name, criteria)

    def _activities(self, **narrowed: Any) -> Any:
        """What opens the activities of a count: the period's, narrowed by status, area, country..."""
        data = self.data
        assert data is not None
        return lambda: self._open(ACTIVITY, data.criteria(**narrowed))

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
        rows = [(term_label("activity_status", c.code, c.label), c.count, self._activities(status=c.code))
                for c in data.by_status]
        row = self._bars(grid, 0, rows, max(data.activities, 1))
        grid.addWidget(QLabel(self.tr("All of the period") if data.period else self.tr("All")), row, 0)
        grid.addWidget(count_cell(data.activities, self.tr("Joint activities"), self._activities(), "countAll"),
                       row, 2)
        if data.undated:
            undated = self._wrapping(self.tr("Without any date, so in no period: %n", "",
                                             data.undated))
            undated.setObjectName("undated")
            grid.addWidget(undated, row + 1, 0, 1, 3)
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
        row = self._bars(areas, 0, [(self._area(c), c.count, self._activities(area=c.code)) for c in data.by_area],
                         top)
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
        row = self._bars(topics, 1, [(self._area(c), c.count, self._activities(area=c.code)) for c in data.by_topic],
                         top)
        topics.setRowStretch(row, 1)
        columns.addLayout(areas, 1)
        columns.addLayout(topics, 1)
        return box

    def _area(self, count: Count) -> str:
        return f"{count.code}  {term_label(THEMATIC, count.code, count.label)}"

    def _bars(self, grid: QGridLayout, row: int, rows: list[tuple[str, int, Any]], maximum: int) -> int:
        grid.setColumnStretch(0, 1)
        for label_text, value, opened in rows:
            label = ElidedLabel(label_text)
            label.setObjectName("barLabel")
            grid.addWidget(label, row, 0)
            bar = Bar(value, maximum)
            bar.setFixedSize(BAR_WIDTH, BAR_HEIGHT)
            grid.addWidget(bar, row, 1)
            grid.addWidget(count_cell(value, label_text, opened, "barCount"), row, 2)
            row += 1
        return row

    def _statuses(self, data: Overview) -> list[tuple[str, str]]:
        return [(c.code, term_label("activity_status", c.code, c.label)) for c in data.by_status]

    def _country_box(self, data: Overview) -> QGroupBox:
        countries = data.by_country.rows
        shown = countries if self.all_countries else countries[:SHOWN_COUNTRIES]
        notes = []
        if not countries:
            notes.append(self.tr("No activity of the period names a country."))
        if data.by_country.without:
            notes.append(self.tr("Naming no country: %n.", "", data.by_country.without))
        notes.append(self.tr("An activity in several countries counts in each."))
        box, layout = self._table_box(
            data, self.tr("Joint activities by country"), "activitiesByCountry", self.tr("Country"),
            [(r.key, term_label("country", r.key, r.label), r.counts, r.total) for r in shown],
            self._open_country, notes)
        if len(countries) > len(shown):
            more = QPushButton(self.tr("Show all %n countries", "", len(countries)))
            more.setObjectName("allCountries")
            more.setAutoDefault(False)
            more.clicked.connect(self._show_all_countries)
            layout.insertWidget(1, more, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _quarter_box(self, data: Overview) -> QGroupBox:
        notes = [self.tr("An activity counts in each quarter it runs in, from its start (or planned start) to "
                         "its end (or planned end).")]
        if data.by_quarter.left_out:
            notes.append(self.tr("Earlier quarters not shown: %n (choose a period to see them).", "",
                                 data.by_quarter.left_out))
        box, _layout = self._table_box(
            data, self.tr("Joint activities by quarter (each quarter they run in)"), "activitiesByQuarter",
            self.tr("Quarter"), [(r.key, r.label, r.counts, r.total) for r in data.by_quarter.rows],
            self._open_quarter, notes)
        return box

    def _table_box(self, data: Overview, title: str, name: str, heading: str,
                   rows: list[tuple[str, str, tuple[int, ...], int]], opened: Any,
                   notes: list[str]) -> tuple[QGroupBox, QVBoxLayout]:
        """A box of activities by status per row (country, quarter), and its notes below."""
        box = QGroupBox(title)
        box.setObjectName(name)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(StatusTable(heading, self._statuses(data), rows, opened))
        note = self._wrapping(" ".join(notes))
        note.setObjectName(f"{name}Note")
        layout.addWidget(note)
        return box, layout

    def _open_country(self, code: str, status: str | None) -> None:
        assert self.data is not None
        self._open(ACTIVITY, self.data.criteria(country=code, status=status))

    def _open_quarter(self, key: str, status: str | None) -> None:
        assert self.data is not None
        row = next(r for r in self.data.by_quarter.rows if r.key == key)
        self._open(ACTIVITY, self.data.criteria(status=status, date_from=row.date_from, date_to=row.date_to))

    def _show_all_countries(self) -> None:
        self.all_countries = True
        self.refresh()

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
        cells = {(c.party, c.level): c for c in data.focal_points}
        for row, (level, label) in enumerate(levels, start=1):
            level_text = term_label("focal_point_level", level, label)
            grid.addWidget(QLabel(level_text), row, 0)
            for column, party in enumerate(parties, start=1):
                cover = cells[(party, level)]
                if cover.count:  # the count opens the focal points designated today
                    what = self.tr("Focal points of {0}, {1}").format(party, level_text)
                    button = CountButton(cover.count, what, self._opener("focal_point", data.focal_points_criteria(
                        cover)), "focalPointCount", shown=self.tr("%n designated", "", cover.count))
                    grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignLeft)
                    continue
                cell = QLabel(self.tr("missing"))
                cell.setObjectName("focalPointCell")
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
                 self._days(r.days_open, self.tr(", 1 day ago"), self.tr(", %n days ago", "", r.days_open or 0))
                 if r.days_open is not None else "")
              for r in data.open_requests]),
            ("overdueActions", self.tr("Action items overdue: {0}"),
             [self.tr("{0} — due {1} ({2}), {3}{4}").format(
                 a.description, date_text(a.due_date),
                 self._days(a.days_overdue, self.tr("1 day late"), self.tr("%n days late", "", a.days_overdue)),
                 a.meeting,
                 self.tr("; owner {0}").format(a.owner) if a.owner else "")
              for a in data.overdue_actions]),
        ]
        opens = {"confirmedByOne": ("activity", data.confirmed_by_one_criteria()),
                 "openRequests": ("cooperation_request", data.open_requests_criteria()),
                 "overdueActions": ("action_item", data.overdue_criteria())}
        for name, heading, items in sections:
            title = QLabel(heading.format(count_text(len(items))))
            title.setObjectName(name)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            if items:
                title.setProperty(WARNING, True)
                title.setStyleSheet(self._warning_style())
            if name in opens and items:  # the count opens the list (the heading says what it counts)
                type_name, criteria = opens[name]
                line = QHBoxLayout()
                line.setSpacing(2)
                title.setText(heading.format("").rstrip())
                line.addWidget(title)
                line.addWidget(count_cell(len(items), title.text().rstrip(":").rstrip(), self._opener(
                    type_name, criteria), f"{name}Count"))
                line.addStretch(1)
                form.addLayout(line)
            else:
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

    @staticmethod
    def _days(days: int, one: str, many: str) -> str:
        """'1 day late' or '3 days late' (English has no plural forms loaded: the one is chosen here)."""
        return one if days == 1 else many

    def _opener(self, type_name: str, criteria: Criteria) -> Any:
        return lambda: self._open(type_name, criteria)

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
