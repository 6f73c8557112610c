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
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mouliaison.services.database import Database
from mouliaison.services.exchange import ImportResult, PreparedImport
from mouliaison.services.mapping_step import SheetStep
from mouliaison.ui.export_dialog import documents_folder
from mouliaison.ui.import_preview import NEW_KEYS, ImportPreview
from mouliaison.ui.import_report import ImportReport
from mouliaison.ui.import_running import ImportRunning
from mouliaison.ui.mapping_page import MappingPage
from mouliaison.ui.worker import Worker

WINDOW_FRAME = QSize(16, 40)  # what a window manager adds around a dialog: its borders and title bar


class ImportDialog(ImportRunning, QDialog):
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

        self.preview_view = ImportPreview()
        self.tree, self.details = self.preview_view.tree, self.preview_view.details

        self.mapping_page = MappingPage()
        self.mapping_page.changed.connect(self.replan)
        self.mapping_scroll = QScrollArea()
        self.mapping_scroll.setObjectName("importMappingStep")
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setWidget(self.mapping_page)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.preview_view)
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

    # --- showing the result --------------------------------------------------------------

    def _show(self, result: ImportResult | None) -> None:
        self.preview_view.show_result(result)
        if result is not None:
            new_keys = any(r.trust is not None and r.trust.status in NEW_KEYS for r in result.files)
            self.trust_keys.setVisible(new_keys or self.trust_keys.isChecked())

    def details_html(self, result: ImportResult) -> str:
        return self.preview_view.details_html(result)

    # --- the report ----------------------------------------------------------------------

    def report_text(self, result: ImportResult) -> str:
        return ImportReport(self.preview_view.count_labels, self.preview_view.group_reason,
                            self.preview_view.hints()).text(result, self.db.path)

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


def _importable(name: str) -> bool:
    """A dropped file the import reads: a workbook (.xlsx, .ods) or a CSV file (.csv, .tsv). A .txt
    file is read as CSV only when chosen (Add files…, the command line): dropped, it is more likely notes."""
    return name.lower().endswith((".xlsx", ".ods", ".csv", ".tsv"))
