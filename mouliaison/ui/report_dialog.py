"""File ▸ Report: the report of the MOU's implementation for a period, as PDF or xlsx.

The period (this year so far by default), a country or all, the activities of one party or
both, whom it is for (by default no one's name appears: MOU 3.6), the format and the file. The
report is made in the worker; the dialog then says where it went, or what to change.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from mouliaison.domain.countries import COUNTRIES
from mouliaison.domain.validation import Invalid
from mouliaison.privacy.recipients import PARTNER, SAME_PARTY
from mouliaison.services.database import Database
from mouliaison.services.overview import overview
from mouliaison.services.report import build_report, report_format
from mouliaison.services.report_workbook import write_report_workbook
from mouliaison.ui.appearance import problem_colour
from mouliaison.ui.export_dialog import documents_folder, free_path
from mouliaison.ui.report_language import in_language
from mouliaison.ui.report_pdf import write_report_pdf
from mouliaison.ui.screen_fit import fit_to_screen
from mouliaison.ui.wheel_guard import WheelGuard
from mouliaison.ui.worker import Worker

NO_ONE = ""  # the recipient when no one is named: no personal data


class ReportDialog(QDialog):
    made = Signal(object)  # the Path written

    def __init__(self, db: Database, parent: Any = None, *, folder: Path | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.written: Path | None = None
        self._today = today or dt.date.today()
        self._folder = folder or documents_folder()
        self._name_edited = False
        self.setWindowTitle(self.tr("Report of the MOU's implementation"))
        fit_to_screen(self, 560, 400)
        self.worker = Worker(self)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)

        self.date_from = self._date_edit(QDate(self._today.year, 1, 1), self.tr("From"))
        self.date_to = self._date_edit(QDate(self._today.year, self._today.month, self._today.day), self.tr("To"))
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch()

        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("All countries"), None)
        for code, name in sorted(COUNTRIES, key=lambda pair: pair[1]):
            self.country.addItem(f"{name} ({code})", code)
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Activities led by"))
        self.party.addItem(self.tr("Both parties"), None)
        agreement = overview(db).agreement
        for party in agreement.parties if agreement else ():
            self.party.addItem(f"{party.code} ({party.name})", party.code)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("For"))
        self.recipient.addItem(self.tr("Anyone: no personal data"), NO_ONE)
        self.recipient.addItem(self.tr("Our own organisation (names people)"), SAME_PARTY)
        self.recipient.addItem(self.tr("The partner party (strictly confidential, names people)"), PARTNER)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("PDF, to print or read"), "pdf")
        self.format.addItem(self.tr("Excel workbook (xlsx)"), "xlsx")
        self.format.currentIndexChanged.connect(self._format_changed)

        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("reportFile")
        self.file_edit.textEdited.connect(self._file_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("&Period:"), period)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Activities led by:"), self.party)
        form.addRow(self.tr("For &whom:"), self.recipient)
        form.addRow(self.tr("Fo&rmat:"), self.format)
        form.addRow(self.tr("&File:"), file_row)
        for row, widget in enumerate((self.date_from, self.country, self.party, self.recipient, self.format,
                                      self.file_edit)):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(widget)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(14)
        self.progress_bar.hide()
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()
        self.open_button = QPushButton(self.tr("&Open the report"))
        self.open_button.clicked.connect(self.open_report)
        self.open_button.hide()
        self.make_button = QPushButton(self.tr("&Make the report"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._format_changed()
        WheelGuard(parent=self).guard_all(self)  # a choice changes by the wheel only once the person is in it

    def _date_edit(self, date: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # --- the form ------------------------------------------------------------------------

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def proposed_path(self) -> Path:
        start = self.date_from.date().toString("yyyy-MM-dd")
        end = self.date_to.date().toString("yyyy-MM-dd")
        country = self.country.currentData()
        where = f"_{str(country).lower()}" if country else ""
        return free_path(self._folder, f"mou-report_{start}_{end}{where}.{self.chosen_format()}")

    def _format_changed(self, *_args: object) -> None:
        if self._name_edited:  # a chosen file keeps its folder and name, with the format's ending
            self.file_edit.setText(str(self.path().with_suffix("." + self.chosen_format())))
        else:
            self.file_edit.setText(str(self.proposed_path()))
        self._update()

    def _file_edited(self, _text: str) -> None:
        self._name_edited = True
        self._update()

    def _update(self) -> None:
        self.make_button.setEnabled(not self.worker.running and bool(self.file_edit.text().strip()))

    def choose_file(self) -> None:
        fmt = self.chosen_format()
        kinds = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), str(self.path()), kinds)
        if name:
            self.file_edit.setText(str(Path(name).with_suffix("." + fmt)))
            self._name_edited = True
            self._update()

    # --- the report ----------------------------------------------------------------------

    def make(self) -> None:
        if self.worker.running:
            return
        start = self.date_from.date().toString("yyyy-MM-dd")
        end = self.date_to.date().toString("yyyy-MM-dd")
        country, party = self.country.currentData(), self.party.currentData()
        recipient = self.recipient.currentData() or None
        fmt, path = self.chosen_format(), self.path()
        db = self.db

        def run(_progress: object) -> Path:
            try:
                report_format(path, fmt)  # a wrong name or folder is refused before anything is read
                report = build_report(db, start, end, country=country, party=party, recipient=recipient)
            except Invalid as exc:  # a message for the person (the worker shows a ValueError's words)
                raise ValueError("; ".join(p.message for p in exc.problems)) from None
            report = in_language(report)  # the window's language; the command line prints English
            return write_report_pdf(report, path) if fmt == "pdf" else write_report_workbook(report, path)

        self.worker.start(run)
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        for widget in (self.date_from, self.date_to, self.country, self.party, self.recipient, self.format,
                       self.file_edit, self.browse_button, self.close_button):
            widget.setEnabled(not busy)
        if busy:
            self.summary.hide()
        self._update()

    def _finished(self, path: Path) -> None:
        self.written = path
        self._set_busy(False)
        self.summary.setText(html.escape(self.tr("The report is saved as {0}").format(path)))
        self.summary.show()
        self.open_button.show()
        if not self._name_edited:  # a second report gets the next free name
            self.file_edit.setText(str(self.proposed_path()))
        self.made.emit(path)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        red = problem_colour(self.palette())
        nothing = html.escape(self.tr("No report was made."))
        self.summary.setText(f"<span style='color:{red}'><b>{nothing}</b> {html.escape(message)}</span>")
        self.summary.show()

    def open_report(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def reject(self) -> None:
        if self.worker.running:  # a report cannot be stopped half-way; it is short
            self.worker.wait()
        super().reject()
