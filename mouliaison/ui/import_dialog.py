"""File ▸ Import: the files, a mapping step for each plain sheet, a preview of what the workbooks
would change, then the import, then a report.

SYNC.md: "Import is one transaction, with a plan first". The preview reads each file once and
plans in a dry run (`prepare_import`); Import writes that kept plan in one transaction
(`apply_import`), or plans again from the kept workbooks when the database changed meanwhile,
and says so. A change in a mapping step reads that file again with the person's choices, and
plans again. All of it runs in the worker, with progress and Cancel; a cancel rolls the
transaction back, so nothing is written. A refused file, or one of which nothing could be
read, stops the whole import: its message says what to do, and Import stays disabled.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QDragEnterEvent, QDropEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services.database import Database
from mouliaison.services.exchange import ImportResult, PreparedImport, apply_import, prepare_import, replan_file
from mouliaison.services.mapping_step import SheetStep, file_choices, mapping_steps
from mouliaison.services.progress import Progress
from mouliaison.services.saved_mappings import save_mappings, with_saved
from mouliaison.ui.appearance import problem_colour
from mouliaison.ui.export_dialog import documents_folder
from mouliaison.ui.mapping_page import MappingPage
from mouliaison.ui.messages import count_text, rendered, type_plural_of
from mouliaison.ui.worker import UNKNOWN, Worker

# the services' count names, in the order a person reads them
COUNTS = ("inserted", "updated", "unchanged", "stale", "conflicts", "hand_edits", "possible_duplicates",
          "quarantined", "rejected")
NEEDS_A_LOOK = ("conflicts", "possible_duplicates", "quarantined", "rejected")
WINDOW_FRAME = QSize(16, 40)  # what a window manager adds around a dialog: its borders and title bar


def type_label(name: str) -> str:
    return type_plural_of(name)


def type_order(name: str) -> int:
    return list(RECORD_TYPES).index(name) if name in RECORD_TYPES else len(RECORD_TYPES)


@dataclass
class Prepared:
    """What the worker hands back from a preview: the kept import and its plain sheets' steps."""

    prepared: PreparedImport
    steps: list[SheetStep]
    again: bool = False  # planned again after a change in a mapping step


class ImportDialog(QDialog):
    """`state`: empty, previewing, previewed, refused, nothing_read, importing, imported, cancelled or failed;
    `page`: "mapping" (a plain sheet's step, `step` its number) or "plan"."""

    previewed = Signal(object)  # ImportResult of the dry run
    imported = Signal(object)  # ImportResult once written: the window reloads its tables

    def __init__(self, db: Database, paths: Iterable[Path | str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result: ImportResult | None = None
        self.prepared: PreparedImport | None = None
        self.steps: list[SheetStep] = []
        self.step = 0
        self.page = "plan"
        self.state = "empty"
        self._close_when_done = False
        self._replanning = False
        self.setWindowTitle(self.tr("Import workbooks"))
        self.setMinimumSize(640, 420)  # a 1024x600 screen shows all of it (scroll areas inside)
        self.setAcceptDrops(True)
        self.count_labels = {
            "inserted": self.tr("New"), "updated": self.tr("Changed"), "unchanged": self.tr("Unchanged"),
            "stale": self.tr("Stale"), "conflicts": self.tr("Conflicts"), "hand_edits": self.tr("Hand edits"),
            "possible_duplicates": self.tr("Possible duplicates"), "quarantined": self.tr("Quarantined"),
            "rejected": self.tr("Rejected"),
        }

        self.worker = Worker(self)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

        self.files = QListWidget()
        self.files.setObjectName("importFiles")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMaximumHeight(58)
        files_label = QLabel(self.tr("&Workbooks:"))
        files_label.setBuddy(self.files)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch()
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.create_missing = QCheckBox(self.tr("Create &unknown names as new records (an organisation, a "
                                                "meeting a plain sheet names that is not held here)"))
        self.create_missing.setObjectName("importCreateMissing")
        self.create_missing.toggled.connect(lambda _on: self.preview())
        self.trust_keys = QCheckBox(self.tr("Trust the new signing keys shown below (I checked their fingerprints "
                                            "with the offices)"))
        self.trust_keys.setObjectName("importTrustKeys")
        self.trust_keys.setVisible(False)
        self.trust_keys.toggled.connect(lambda _on: self.preview())

        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)

        self.tree = QTreeWidget()
        self.tree.setObjectName("importCounts")
        self.tree.setColumnCount(1 + len(COUNTS))
        self.tree.setHeaderLabels([self.tr("File and record type"), *(self.count_labels[n] for n in COUNTS)])
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(COUNTS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.details = QTextBrowser()
        self.details.setObjectName("importDetails")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 320])

        self.mapping_page = MappingPage()
        self.mapping_page.changed.connect(self.replan)
        self.mapping_scroll = QScrollArea()
        self.mapping_scroll.setObjectName("importMappingStep")
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setWidget(self.mapping_page)
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.mapping_scroll)

        self.save_button = QPushButton(self.tr("&Save report…"))
        self.save_button.clicked.connect(self.choose_report_file)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.clicked.connect(self.go_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(files_label)
        layout.addLayout(file_row)
        layout.addWidget(self.create_missing)
        layout.addWidget(self.trust_keys)
        layout.addWidget(self.status)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._fit_screen()

        self.add_paths(paths)
        if not self.paths():
            self._set_state("empty")

    # --- the files -----------------------------------------------------------------------

    def paths(self) -> list[Path]:
        return [Path(self.files.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.files.count())]

    def add_paths(self, paths: Iterable[Path | str]) -> None:
        """Adds the files not listed yet and previews them all again."""
        known = set(self.paths())
        added = False
        for path in (Path(p).absolute() for p in paths):
            if path in known:
                continue
            known.add(path)
            self.files.addItem(path.name)
            item = self.files.item(self.files.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            added = True
        if added:
            self.preview()

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import workbooks"), str(documents_folder()),
            self.tr("Workbooks and CSV files (*.xlsx *.ods *.csv *.tsv *.txt)"),
        )
        self.add_paths(names)

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        if self.paths():
            self.preview()
        else:
            self.result, self.prepared, self.steps = None, None, []
            self._show(None)
            self._show_page("plan")
            self._set_state("empty")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.worker.running and any(_importable(u.toLocalFile()) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths(u.toLocalFile() for u in event.mimeData().urls() if _importable(u.toLocalFile()))
        event.acceptProposedAction()

    # --- preview, import, cancel ---------------------------------------------------------

    def preview(self) -> None:
        paths = self.paths()
        if self.worker.running or not paths:
            return
        self.result, self.prepared, self.steps, self.step = None, None, [], 0
        self._show(None)
        self._set_state("previewing")
        create_missing = self.create_missing.isChecked()
        trust_new_keys = self.trust_keys.isChecked()

        def prepare(progress: Progress) -> Prepared:
            prepared = prepare_import(self.db, paths, progress=progress, choices=with_saved(None),
                                      create_missing=create_missing, trust_new_keys=trust_new_keys)
            refused = prepared.preview.refused
            return Prepared(prepared, [] if refused else mapping_steps(self.db, prepared))

        self.worker.start(prepare)

    def replan(self) -> None:
        """A person changed the mapping shown: read its file again with their choices, plan again."""
        if self.worker.running or self.prepared is None or not self.steps:
            return
        prepared, step = self.prepared, self.steps[self.step]
        choices = file_choices(self.steps, step.path, {step.mapping.sheet: self.mapping_page.choices()})
        self._set_state("previewing")
        self._replanning = True

        def again(progress: Progress) -> Prepared:
            replanned = replan_file(self.db, prepared, step.path, choices, progress)
            return Prepared(replanned, mapping_steps(self.db, replanned), again=True)

        self.worker.start(again)

    def apply(self) -> None:
        prepared = self.prepared
        if self.worker.running or self.state != "previewed" or prepared is None:
            return
        self._set_state("importing")
        self.worker.start(lambda progress: apply_import(self.db, prepared, progress=progress))

    def go_next(self) -> None:
        if self.page == "mapping" and self.step + 1 < len(self.steps):
            self._show_page("mapping", self.step + 1)
        elif self.page == "mapping":
            self._show_page("plan")

    def go_back(self) -> None:
        if self.page == "plan" and self.steps:
            self._show_page("mapping", len(self.steps) - 1)
        elif self.page == "mapping" and self.step > 0:
            self._show_page("mapping", self.step - 1)

    def _show_page(self, page: str, step: int = 0) -> None:
        self.page, self.step = page, step
        if page == "mapping" and self.steps:
            self.mapping_page.show_step(self.steps[step], step + 1, len(self.steps))
            self.pages.setCurrentWidget(self.mapping_scroll)
        else:
            self.page = "plan"
            self.pages.setCurrentIndex(0)
        self._set_state(self.state)

    def _fit_screen(self) -> None:
        """As large as the content likes, but never larger than the screen's free area."""
        free = self._free_area()
        self.resize(QSize(1060, 680).boundedTo(free).expandedTo(self.minimumSize()))

    def _free_area(self) -> QSize:
        screen = self.screen()
        if screen is None:
            return QSize(1060, 680)
        free = screen.availableGeometry().size()
        return free - WINDOW_FRAME

    def sizeHint(self) -> QSize:
        """Never taller or wider than the screen's free area: the pages scroll inside (a 1024x600 screen)."""
        return super().sizeHint().boundedTo(self._free_area())

    def cancel(self) -> None:
        if self.worker.running:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _progress(self, what: str, done: int, total: int) -> None:
        if self.worker.cancel_requested:
            return
        if total == UNKNOWN:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("{0}: {1}").format(what, done))
        else:
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(min(done, total))
            self.progress_label.setText(self.tr("{0}: {1} of {2}").format(what, count_text(done), count_text(total)))

    def _finished(self, result: Prepared | ImportResult) -> None:
        self._replanning = False
        if isinstance(result, Prepared):
            self.prepared, self.steps = result.prepared, result.steps
            self.result = result.prepared.preview
            self._show(self.result)
            self._set_state(self._preview_state(self.result))
            if result.again and self.steps:
                self._show_page("mapping", min(self.step, len(self.steps) - 1))
            else:
                self._show_page("mapping" if self.steps and self.state == "previewed" else "plan")
            if self.state == "previewed":
                self.previewed.emit(self.result)
        else:
            self.result = result
            self._show(result)
            self._show_page("plan")
            self._set_state("imported")
            save_mappings(result.mappings)  # what a person confirmed, proposed again for the same layout
            self.prepared = None  # its workbooks hold every row read: let them go
            self.imported.emit(result)
        self._maybe_close()

    @staticmethod
    def _preview_state(result: ImportResult) -> str:
        if result.refused:
            return "refused"
        return "nothing_read" if result.unread else "previewed"

    def _failed(self, message: str) -> None:
        if self._replanning and self.prepared is not None:  # the earlier mapping and its plan still hold
            self._replanning = False
            self._show_page("mapping", self.step)
            self._set_state(self._preview_state(self.prepared.preview))
            self.status.setText(self.tr("That mapping cannot be used: {0}").format(message))
        else:
            self._set_state("failed", message)
        self._maybe_close()

    def _cancelled(self) -> None:
        self._set_state("cancelled")
        self._maybe_close()

    def _maybe_close(self) -> None:
        if self._close_when_done:
            super().reject()

    def reject(self) -> None:
        """Closing while work runs cancels it first (nothing is written), then closes."""
        if self.worker.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _set_state(self, state: str, message: str = "") -> None:
        previous, self.state = self.state, state
        busy = state in ("previewing", "importing")
        self.progress_box.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Starting…"))
        for widget in (self.add_button, self.remove_button, self.files, self.create_missing):
            widget.setEnabled(not busy and state != "imported")
        self.mapping_page.setEnabled(not busy and state in ("previewed", "nothing_read"))
        stepping = bool(self.steps) and state not in ("imported", "importing")
        self.back_button.setVisible(stepping)
        self.next_button.setVisible(stepping)
        self.back_button.setEnabled(not busy and (self.page == "plan" or self.step > 0))
        self.next_button.setEnabled(not busy and self.page == "mapping")
        ready = state == "previewed" and self.page == "plan"
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        self.next_button.setDefault(self.page == "mapping" and not busy)
        self.close_button.setDefault(not ready and self.page != "mapping")
        self.save_button.setEnabled(not busy and self.result is not None)
        self.status.setText(self._status_text(state, previous, message))

    def _status_text(self, state: str, previous: str, message: str) -> str:
        if state == "empty":
            return self.tr("Add the workbooks to import (or drop them here). A preview shows what they would "
                           "change before anything is written.")
        if state == "previewing":
            return self.tr("Reading and checking the workbooks… Nothing is written during the preview.")
        if state == "previewed" and self.page == "mapping":
            return self.tr("Check how this plain sheet is read: its record type, its header row, what each column "
                           "becomes. A change shows its effect below. Next shows the next sheet, then the preview.")
        if state == "previewed":
            return self.tr("Preview: nothing has been written yet. Import applies these changes in one step; "
                           "if anything goes wrong, nothing is written at all.")
        if state == "nothing_read":
            return self.tr("Nothing could be read from a workbook that has data, so nothing can be imported. "
                           "Change how its sheets are read (Back), or remove it from the list.")
        if state == "refused":
            return self.tr("A workbook was refused, so nothing can be imported. Remove it from the list, "
                           "or ask its sender for a new copy, then the preview runs again.")
        if state == "importing":
            return self.tr("Importing… Cancel stops it and writes nothing.")
        if state == "imported":
            assert self.result is not None
            totals = self.result.totals
            done = self.tr("Imported: {0} new, {1} changed, {2} conflicts to look at. "
                           "Save the report to keep a record of this import.").format(
                totals.get("inserted", 0), totals.get("updated", 0), totals.get("conflicts", 0))
            if self.result.replanned:
                done = self.tr("The database changed after the preview (an edit, or another import), so the "
                               "import was planned again before writing; these counts are what was written. "
                               ) + done
            return done
        if state == "cancelled":
            if previous == "importing":
                return self.tr("Import cancelled: nothing was written; the database is as it was before.")
            return self.tr("Preview cancelled: nothing was written. Add or remove a file to preview again.")
        return self.tr("The import failed, and nothing was written: {0}").format(message)

    # --- showing the result --------------------------------------------------------------

    def _show(self, result: ImportResult | None) -> None:
        self.tree.clear()
        self.details.clear()
        if result is None:
            return
        for name, message in result.refused:
            item = QTreeWidgetItem([Path(name).name, self.tr("refused")])
            item.setToolTip(0, name)
            item.setToolTip(1, rendered(message))
            item.setForeground(1, QBrush(QColor(problem_colour(self.palette()))))
            self.tree.addTopLevelItem(item)
        for name, message in result.unread:
            item = QTreeWidgetItem([Path(name).name, self.tr("nothing read")])
            item.setToolTip(0, name)
            item.setToolTip(1, rendered(message))
            item.setForeground(1, QBrush(QColor(problem_colour(self.palette()))))
            self.tree.addTopLevelItem(item)
        for report in result.files:
            title = Path(report.file).name
            if report.already_imported:
                title = self.tr("{0} (already imported)").format(title)
            top = self._count_item(title, report.totals(), bold=True)
            top.setToolTip(0, report.file)
            if report.trust is not None:  # the file's signature: a badge beside its name
                badge = self._badge(report.trust.status)
                top.setIcon(0, self.style().standardIcon(_BADGE_ICONS.get(report.trust.status, _NOT_TRUSTED)))
                top.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, badge)
                top.setToolTip(0, f"{report.file}\n{badge}: {rendered(report.trust.message)}")
            for rtype in sorted(report.counts, key=type_order):
                top.addChild(self._count_item(type_label(rtype), report.counts[rtype]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if len(result.files) > 1:
            self.tree.addTopLevelItem(self._count_item(self.tr("All files"), result.totals, bold=True))
        new_keys = any(r.trust is not None and r.trust.status in ("new-key", "first-use") for r in result.files)
        self.trust_keys.setVisible(new_keys or self.trust_keys.isChecked())
        self.details.setHtml(self.details_html(result))

    def _badge(self, status: str) -> str:
        """What the preview says of a file's signature, before its name."""
        if status in ("verified", "first-use"):
            return self.tr("✔ signed")
        if status == "unsigned":
            return self.tr("○ not signed")
        if status == "new-key":
            return self.tr("? new key")
        return self.tr("✘ not trusted")

    def _count_item(self, title: str, counts: dict[str, int], bold: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, *(count_text(counts.get(n, 0)) for n in COUNTS)])
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for column, name in enumerate(COUNTS, start=1):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value = counts.get(name, 0)
            if not value:
                item.setForeground(column, muted)
            elif name in NEEDS_A_LOOK or bold:
                font = QFont(item.font(column))
                font.setBold(True)
                item.setFont(column, font)
        if bold:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        return item

    def details_html(self, result: ImportResult) -> str:
        e = html.escape
        parts: list[str] = []
        if result.refused:
            refused = e(self.tr("Refused: nothing will be imported"))
            parts.append(f"<h3 style='color:{problem_colour(self.palette())}'>{refused}</h3><ul>")
            parts += [f"<li><b>{e(Path(name).name)}</b>: {e(rendered(message))}</li>"
                      for name, message in result.refused]
            parts.append("</ul><p><b>" + e(self.tr("What to do:")) + "</b> " + e(self.tr(
                "one refused workbook stops the whole import, so that nothing is half done. Select it in the list "
                "above and press Remove to import the others, or ask its sender to export it again.")) + "</p>")
        if result.unread:
            unread = e(self.tr("Nothing read: nothing will be imported"))
            parts.append(f"<h3 style='color:{problem_colour(self.palette())}'>{unread}</h3><ul>")
            parts += [f"<li><b>{e(Path(name).name)}</b>: {e(rendered(message))}</li>"
                      for name, message in result.unread]
            parts.append("</ul>")
        for report in result.files:
            parts.append(f"<h3>{e(Path(report.file).name)}</h3>")
            facts = []
            if not report.ours:
                facts.append(self.tr("A workbook not made by mouliaison (no hidden sheets): rows are matched by id "
                                     "where they have one, columns by their headings."))
            elif report.office:
                facts.append(self.tr("From the office: {0}.").format(report.office))
            if report.already_imported:
                facts.append(self.tr("Already imported: importing it again changes nothing."))
            if facts:
                parts.append(f"<p>{e(' '.join(facts))}</p>")
            if report.trust is not None:
                badge, why = e(self._badge(report.trust.status)), e(rendered(report.trust.message))
                parts.append(f"<p><b>{badge}</b>: {why}</p>")
            if report.withheld:
                parts.append(f"<h4>{e(self.tr('Withheld (not imported)'))}</h4><ul>")
                parts += [f"<li>{e(rendered(w.message))}</li>" for w in report.withheld]
                parts.append("</ul>")
            if report.rejected:  # one line per column and cause, as the command line and the saved text report
                heading = self.tr("Rejected cells (left out; the notes say which rows were imported without them)")
                parts.append(f"<h4>{e(heading)}</h4>")
                parts.append(self._table(
                    (self.tr("Sheet"), self.tr("Column"), self.tr("Rows"), self.tr("Cells"), self.tr("Reason")),
                    [(g.sheet, g.column, g.rows_text, str(g.count), self._group_reason(g))
                     for g in report.rejected_groups()]))
            if report.quarantined:
                heading = self.tr("Quarantined rows (not imported)")
                parts.append(f"<h4>{e(heading)}</h4>")
                parts.append(self._table(
                    (self.tr("Sheet"), self.tr("Rows"), self.tr("Reason")),
                    [(sheet, rows, rendered(reason)) for sheet, rows, reason in report.quarantined_groups()]))
            if report.notes:
                parts.append("<h4>" + e(self.tr("Notes")) + "</h4><ul>")
                parts += [f"<li>{e(rendered(note))}</li>" for note in report.notes]
                parts.append("</ul>")
            if not (report.rejected or report.quarantined or report.notes):
                parts.append("<p>" + e(self.tr("No rejected cells, quarantined rows or notes.")) + "</p>")
        return "".join(parts)

    def _group_reason(self, group: Any) -> str:  # a FileReport's rejected group (sync.grouped_report)
        """The first cell's reason in the window's language, and the other values refused alike."""
        first = rendered(group.reasons[0])
        others = group.values[1:]
        if not others:
            return first
        shown = ", ".join(others[:8]) + (" …" if len(others) > 8 else "")
        return first + " " + self.tr("(and the same for {0})").format(shown)

    @staticmethod
    def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
        e = html.escape
        head = "".join(f"<th align='left'>{e(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"

    # --- the report ----------------------------------------------------------------------

    def report_text(self, result: ImportResult) -> str:
        def counts_text(counts: dict[str, int]) -> str:
            shown = [f"{self.count_labels[n].lower()} {count_text(counts.get(n, 0))}"
                     for n in COUNTS if counts.get(n, 0)]
            return ", ".join(shown) or self.tr("nothing")

        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        written = self.tr("yes") if result.applied else self.tr("no (preview)")
        lines = [
            self.tr("mouliaison import report, {0}").format(now),
            self.tr("Written to the database: {0}").format(written),
            self.tr("Database: {0}").format(self.db.path),
            "",
        ]
        for name, message in result.refused:
            lines += [self.tr("{0}: refused").format(name), f"  {rendered(message)}", ""]
        for report in result.files:
            lines.append(str(report.file) + (self.tr(" (already imported)") if report.already_imported else ""))
            if report.office:
                lines.append("  " + self.tr("office: {0}").format(report.office))
            for rtype in sorted(report.counts, key=type_order):
                lines.append(f"  {type_label(rtype)}: {counts_text(report.counts[rtype])}")
            # grouped as the window shows them: one line per column and cause (every cell is in the JSON report)
            for g in report.rejected_groups():
                lines.append("  " + self.tr("rejected: sheet {0}, column {1}, rows {2} (cells: {3}): {4}").format(
                    g.sheet, g.column, g.rows_text, count_text(g.count), self._group_reason(g)))
            for sheet, rows, reason in report.quarantined_groups():
                lines.append("  " + self.tr("quarantined: sheet {0}, rows {1}: {2}").format(
                    sheet, rows, rendered(reason)))
            lines += ["  " + self.tr("note: {0}").format(rendered(note)) for note in report.notes]
            lines.append("")
        lines.append(self.tr("Totals: {0}").format(counts_text(result.totals)))
        return "\n".join(lines) + "\n"

    def save_report(self, path: Path) -> None:
        """JSON (the command line's `import --json`) for a .json name, plain text otherwise."""
        if self.result is None:
            return
        if path.suffix.lower() == ".json":
            text = json.dumps(self.result.to_json(), indent=2, ensure_ascii=False) + "\n"
        else:
            text = self.report_text(self.result)
        path.write_text(text, encoding="utf-8")

    def choose_report_file(self) -> None:
        if self.result is None:
            return
        proposed = documents_folder() / f"{dt.date.today().isoformat()}_import-report.json"
        name, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save import report"), str(proposed),
            self.tr("JSON report (*.json);;Text report (*.txt)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".txt" if "txt" in chosen_filter else ".json")
        try:
            self.save_report(path)
        except OSError as exc:
            self.status.setText(self.tr("The report could not be saved to {0}: {1}").format(path, exc.strerror or exc))
        else:
            self.status.setText(self.tr("Report saved to {0}.").format(path))


_NOT_TRUSTED = QStyle.StandardPixmap.SP_MessageBoxCritical
_BADGE_ICONS = {"verified": QStyle.StandardPixmap.SP_DialogApplyButton,
                "first-use": QStyle.StandardPixmap.SP_DialogApplyButton,
                "unsigned": QStyle.StandardPixmap.SP_MessageBoxInformation,
                "new-key": QStyle.StandardPixmap.SP_MessageBoxQuestion}


def _importable(name: str) -> bool:
    """A dropped file the import reads: a workbook (.xlsx, .ods) or a CSV file (.csv, .tsv). A .txt
    file is read as CSV only when chosen (Add files…, the command line): dropped, it is more likely notes."""
    return name.lower().endswith((".xlsx", ".ods", ".csv", ".tsv"))
