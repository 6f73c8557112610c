"""File ▸ Export: which kind of file, which records, since when, for whom (MOU 3.6), and where.

The kind is the liaison workbook (for the other office to import) or a flat export for other
tools: HXL-tagged tables (xlsx or csv), a calendar (.ics), an address book (.vcf); each is
filtered for the recipient like the workbook and logged in the receipts (ui/export_formats.py).
The file name follows a convention an office can sort: `YYYY-MM-DD_<office>_<profile>.xlsx`
in the Documents folder, e.g. 2026-11-28_iom-nairobi_partner.xlsx (…_partner_calendar.ics for a
calendar); Browse… changes it.
The export runs in the worker (a busy bar: the service reports no progress) and the dialog
then tells what went: rows per record type and, for a third party, the contacts included,
pseudonymised or left out.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
)

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.privacy.profiles import LEAVE_OUT, PSEUDONYMISE
from mouliaison.privacy.recipients import PARTNER, SAME_PARTY, THIRD_PARTY, Recipient
from mouliaison.services.database import Database
from mouliaison.services.exchange import ExportResult, parse_since
from mouliaison.services.flat_exports import FlatExport
from mouliaison.services.office import current_office
from mouliaison.ui.appearance import problem_colour
from mouliaison.ui.export_formats import (
    BY_KEY,
    KINDS,
    WORKBOOK,
    ExportKind,
    flat_summary_html,
    run,
    unconsented_applies,
)
from mouliaison.ui.labels import type_plural
from mouliaison.ui.language import chosen_language
from mouliaison.ui.messages import count_text, rendered, type_plural_of
from mouliaison.ui.screen_fit import fit_to_screen
from mouliaison.ui.wheel_guard import WheelGuard
from mouliaison.ui.worker import Worker

TYPE_ROLE = Qt.ItemDataRole.UserRole


# The languages a workbook's labels are written in, each named in itself (sync/cell_texts.LANGUAGES)
LABEL_LANGUAGES = (("English", "en"), ("Français", "fr"), ("Español", "es"))


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: safe in a file name on every system."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def office_slug(name: str | None, party: str | None) -> str:
    """'IOM' and 'Nairobi' -> iom-nairobi (the party once, even if the name starts with it)."""
    words = slug(name or "")
    party_words = slug(party or "")
    if party_words and not (words == party_words or words.startswith(party_words + "-")):
        words = f"{party_words}-{words}" if words else party_words
    return words or "office"


def profile_slug(recipient: Recipient) -> str:
    if recipient.kind != THIRD_PARTY:
        return recipient.kind
    return f"{THIRD_PARTY}-{slug(recipient.name or '') or 'unnamed'}"


def conventional_name(on: dt.date, office: str, recipient: Recipient, kind: ExportKind = BY_KEY[WORKBOOK]) -> str:
    return f"{on.isoformat()}_{office}_{profile_slug(recipient)}{kind.name_tail}{kind.ending}"


def free_path(folder: Path, name: str) -> Path:
    """`name` in `folder`, or name-2, name-3… when an earlier export of the day is there."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
        number += 1
    return path


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult, or FlatExport for a flat kind

    def __init__(self, db: Database, parent: Any = None, *, folder: Path | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result: ExportResult | FlatExport | None = None
        self._today = today or dt.date.today()
        self._folder = folder or documents_folder()
        self._name_edited = False  # once a person chose a file, the profile no longer renames it
        office = current_office(db)
        self._office = office_slug(office.name, office.party_code)
        self.setWindowTitle(self.tr("Export"))
        fit_to_screen(self, 720, 560)

        self.worker = Worker(self)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)

        # record types
        self.types = QListWidget()
        self.types.setObjectName("exportTypes")
        for rtype in RECORD_TYPES.values():
            item = QListWidgetItem(type_plural(rtype))
            item.setData(TYPE_ROLE, rtype.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.types.addItem(item)
        self.types.itemChanged.connect(self._update)
        # two columns: the types flow down and wrap, so the list needs no scrolling
        self.types.setFlow(QListWidget.Flow.TopToBottom)
        self.types.setWrapping(True)
        self.types.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.types.setSpacing(1)
        rows = (len(RECORD_TYPES) + 1) // 2
        self.types.setFixedHeight(rows * (self.types.fontMetrics().height() + 6) + 8)
        self.all_button = QPushButton(self.tr("&All"))
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("&None"))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        type_buttons = QVBoxLayout()
        type_buttons.addWidget(self.all_button)
        type_buttons.addWidget(self.none_button)
        type_buttons.addStretch()
        types_box = QGroupBox(self.tr("Record &types"))
        types_row = QHBoxLayout(types_box)
        types_row.addWidget(self.types, 1)
        types_row.addLayout(type_buttons)

        # period
        self.since_check = QCheckBox(self.tr("Only records changed &since"))
        self.since_date = QDateEdit(QDate(self._today.year, self._today.month, 1))
        self.since_date.setAccessibleName(self.tr("Changed since"))
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        self.since_date.setEnabled(False)
        self.since_check.toggled.connect(self.since_date.setEnabled)
        period_row = QHBoxLayout()
        period_row.addWidget(self.since_check)
        period_row.addWidget(self.since_date)
        period_row.addStretch()

        # recipient (MOU 3.6)
        self.same_party = QRadioButton(self.tr("Same &party (our own organisation)"))
        self.partner = QRadioButton(self.tr("Pa&rtner party (marked strictly confidential)"))
        self.third_party = QRadioButton(self.tr("T&hird party, named:"))
        self.third_name = QLineEdit()
        self.third_name.setPlaceholderText(self.tr("e.g. UNODC"))
        self.pseudonymise = QRadioButton(self.tr("Ps&eudonymise people without consent"))
        self.leave_out = QRadioButton(self.tr("&Leave out people without consent"))
        self.recipient_group = QButtonGroup(self)
        for button in (self.same_party, self.partner, self.third_party):
            self.recipient_group.addButton(button)
        self.consent_group = QButtonGroup(self)
        for button in (self.pseudonymise, self.leave_out):
            self.consent_group.addButton(button)
        self.partner.setChecked(True)
        self.pseudonymise.setChecked(True)
        recipient_box = QGroupBox(self.tr("Recipient"))
        grid = QGridLayout(recipient_box)
        grid.addWidget(self.same_party, 0, 0, 1, 2)
        grid.addWidget(self.partner, 1, 0, 1, 2)
        grid.addWidget(self.third_party, 2, 0)
        grid.addWidget(self.third_name, 2, 1)
        grid.addWidget(self.pseudonymise, 3, 0, 1, 2)
        grid.addWidget(self.leave_out, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 180)
        for widget in (self.pseudonymise, self.leave_out):
            widget.setContentsMargins(24, 0, 0, 0)
            widget.setStyleSheet("QRadioButton { margin-left: 22px; }")
        self.recipient_group.buttonToggled.connect(self._recipient_changed)
        self.third_name.textChanged.connect(self._recipient_changed)

        # file
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("exportFile")
        self.file_edit.textEdited.connect(self._file_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        period_form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("exportKind")
        for kind in KINDS:
            self.kind.addItem(kind.label, kind.key)
        kind_label = QLabel(self.tr("&What:"))
        kind_label.setBuddy(self.kind)
        period_form.addRow(kind_label, self.kind)
        period_form.addRow(self.tr("Period:"), period_row)
        # the labels, statuses, kinds and countries the recipient reads (names are written as they are)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for name, code in LABEL_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        language_label = QLabel(self.tr("Lan&guage of the labels:"))
        language_label.setBuddy(self.language)
        period_row.insertSpacing(2, 16)  # the language on the period's row: the dialog fits a netbook's height
        period_row.insertWidget(3, language_label)
        period_row.insertWidget(4, self.language)
        file_form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file_edit)
        file_form.addRow(file_label, file_row)

        # progress and result
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(14)
        self.progress_bar.hide()
        self.summary = QTextBrowser()
        self.summary.setObjectName("exportSummary")
        self.summary.setOpenLinks(False)
        self.summary.setMaximumHeight(150)
        self.summary.hide()

        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(period_form)
        layout.addWidget(types_box)
        layout.addWidget(recipient_box)
        layout.addLayout(file_form)
        layout.addStretch(1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.types_box = types_box
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        WheelGuard(parent=self).guard_all(self)  # a choice changes by the wheel only once the person is in it

    # --- the form ------------------------------------------------------------------------

    def selected_types(self) -> list[str]:
        return [
            self.types.item(row).data(TYPE_ROLE)
            for row in range(self.types.count())
            if self.types.item(row).checkState() == Qt.CheckState.Checked
        ]

    def recipient(self) -> Recipient | None:
        if self.same_party.isChecked():
            return Recipient(SAME_PARTY)
        if self.partner.isChecked():
            return Recipient(PARTNER)
        name = self.third_name.text().strip()
        return Recipient(THIRD_PARTY, name) if name else None

    def unconsented(self) -> str:
        return LEAVE_OUT if self.leave_out.isChecked() else PSEUDONYMISE

    def since(self) -> str | None:
        if not self.since_check.isChecked():
            return None
        return parse_since(self.since_date.date().toString("yyyy-MM-dd"))

    def path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def chosen_kind(self) -> ExportKind:
        return BY_KEY[self.kind.currentData()]

    def proposed_path(self) -> Path:
        recipient = self.recipient() or Recipient(THIRD_PARTY)
        return free_path(self._folder, conventional_name(self._today, self._office, recipient, self.chosen_kind()))

    def _kind_changed(self, *_args: object) -> None:
        """Only the choices that apply to the kind are offered; a chosen file takes the kind's ending."""
        kind = self.chosen_kind()
        self.types_box.setEnabled(kind.types)
        self.types_box.setToolTip("" if kind.types else self.tr(
            "A calendar holds the meetings and the action items with a due date; an address book, the contacts"))
        self.since_check.setEnabled(kind.workbook_only)
        if not kind.workbook_only:
            self.since_check.setChecked(False)
        self.language.setEnabled(kind.workbook_only)
        self.language.setToolTip("" if kind.workbook_only else self.tr(
            "Tables, calendars and address books are written with the labels held here (English)"))
        if self._name_edited:
            path = self.path()
            if path.suffix.lower() != kind.ending:
                self.file_edit.setText(str(path.with_suffix(kind.ending)))
        self._recipient_changed()

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.types.count()):
            self.types.item(row).setCheckState(state)

    def _recipient_changed(self, *_args: object) -> None:
        third = self.third_party.isChecked()
        self.third_name.setEnabled(third)
        choice = third and unconsented_applies(self.chosen_kind())  # an address book always leaves them out
        self.pseudonymise.setEnabled(choice)
        self.leave_out.setEnabled(choice)
        if not self._name_edited:
            self.file_edit.setText(str(self.proposed_path()))
        self._update()

    def _file_edited(self, _text: str) -> None:
        self._name_edited = True
        self._update()

    def _update(self, *_args: object) -> None:
        ready = (
            not self.worker.running
            and (bool(self.selected_types()) or not self.chosen_kind().types)
            and self.recipient() is not None
            and bool(self.file_edit.text().strip())
        )
        self.export_button.setEnabled(ready)

    def choose_file(self) -> None:
        kind = self.chosen_kind()
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(self.path()), kind.filter)
        if name:
            path = Path(name)
            self.file_edit.setText(str(path if path.suffix.lower() == kind.ending else path.with_suffix(kind.ending)))
            self._name_edited = True
            self._update()

    # --- the export ----------------------------------------------------------------------

    def export(self) -> None:
        recipient, kind = self.recipient(), self.chosen_kind()
        if self.worker.running or recipient is None or not (self.selected_types() or not kind.types):
            return
        types, since, unconsented, path = self.selected_types(), self.since(), self.unconsented(), self.path()
        language = self.language.currentData()
        self.worker.start(lambda _progress: run(
            self.db, kind, path, types=types, since=since, recipient=recipient, unconsented=unconsented,
            language=language))
        self._set_busy(True)
        self.summary.hide()

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        for widget in (self.kind, self.types, self.all_button, self.none_button, self.since_check, self.file_edit,
                       self.browse_button, self.language, self.same_party, self.partner, self.third_party,
                       self.close_button):
            widget.setEnabled(not busy)
        self.since_date.setEnabled(not busy and self.since_check.isChecked())
        if not busy:
            self._kind_changed()
        else:
            for widget in (self.third_name, self.pseudonymise, self.leave_out):
                widget.setEnabled(False)
        self._update()

    def _finished(self, result: ExportResult | FlatExport) -> None:
        self.result = result
        self._set_busy(False)
        self.summary.setHtml(flat_summary_html(result) if isinstance(result, FlatExport) else self.summary_html(result))
        self.summary.show()
        self.open_folder_button.show()
        self.close_button.setDefault(True)
        self.export_button.setDefault(False)
        if not self._name_edited:  # a second export of the day gets the next free name
            self.file_edit.setText(str(self.proposed_path()))
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        nothing = html.escape(self.tr("Nothing was exported."))
        red = problem_colour(self.palette())
        self.summary.setHtml(f"<p style='color:{red}'><b>{nothing}</b> {html.escape(rendered(message))}</p>")
        self.summary.show()

    def summary_html(self, result: ExportResult) -> str:
        e = html.escape
        report = result.report
        rows = [(type_plural_of(t), count_text(n)) for t, n in report.rows.items() if n]
        parts = [
            "<p><b>" + e(self.tr("Exported for {0}").format(result.recipient)) + "</b> — "
            + e(self.tr("saved as")) + f" <a href='file'>{e(str(report.path))}</a></p>",
            "<p>" + e(", ".join(f"{label} {n}" for label, n in rows) or self.tr("No records matched.")) + "</p>",
        ]
        if result.recipient.kind == THIRD_PARTY:
            counts = result.contacts.counts()
            parts.append("<p>" + e(self.tr(
                "Contacts: {0} included with consent, {1} pseudonymised, {2} left out (MOU 3.6). "
                "Tools ▸ Export receipts tells why, contact by contact.").format(
                count_text(counts["included"]), count_text(counts["pseudonymised"]),
                count_text(counts["left_out"]))) + "</p>")
        return "".join(parts)

    def open_folder(self) -> None:
        if self.result is not None:
            written = self.result.files[0] if isinstance(self.result, FlatExport) else self.result.report.path
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(written).parent)))

    def reject(self) -> None:
        if self.worker.running:  # an export cannot be stopped half-way; it is short
            self.worker.wait()
        super().reject()
