"""The main window: record types on the left; the records of the chosen type, searchable,
with the selected one's form, on the right.

It reads and writes through the services only and holds no session. Geometry is kept in
QSettings when the caller gives one; without it (tests, screenshots) nothing is remembered.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from mouliaison import __version__
from mouliaison.domain.filtering import Criteria
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.vocabularies import VOCABULARIES
from mouliaison.services.conflicts import count_conflicts
from mouliaison.services.database import Database
from mouliaison.services.office import current_office
from mouliaison.ui.conflicts_page import ConflictsPage
from mouliaison.ui.duplicates_dialog import DuplicatesDialog
from mouliaison.ui.first_run_dialog import FirstRunDialog
from mouliaison.ui.keys_dialog import open_keys
from mouliaison.ui.labels import term_label, type_plural
from mouliaison.ui.messages import count_text
from mouliaison.ui.overview_page import OverviewPage
from mouliaison.ui.problem_report import TextDialog, show_problem_report, third_party_text
from mouliaison.ui.receipts_dialog import ReceiptsDialog
from mouliaison.ui.record_table_model import RecordTableModel
from mouliaison.ui.records_page import RecordsPage
from mouliaison.ui.screen_fit import fit_to_screen, keep_within_screen
from mouliaison.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:  # the workbook dialogs bring openpyxl and xlsxwriter: loaded when first opened
    from mouliaison.ui.export_dialog import ExportDialog
    from mouliaison.ui.import_dialog import ImportDialog
    from mouliaison.ui.report_dialog import ReportDialog

DEFAULT_TYPE = "activity"  # joint activities are most of a liaison desk's work
DEFAULT_SIZE = (1100, 700)
NAV_WIDTH = 240  # room for the French and Spanish type names
NAV_MIN_WIDTH = 160
NOTE_MS = 15_000  # how long a note stays in the status bar
MAX_COLUMN_WIDTH = 220
MAX_LONG_COLUMN_WIDTH = 180  # long texts and lists: their tooltip shows the rest
TYPE_ROLE = Qt.ItemDataRole.UserRole
OVERVIEW, CONFLICTS = "overview", "conflicts"  # the pages besides the record types


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: QSettings | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self._settings = settings
        self.types = QListWidget()
        self.types.setObjectName("recordTypes")
        self._add_nav(self.tr("Overview"), OVERVIEW)
        for rtype in RECORD_TYPES.values():
            self._add_nav(type_plural(rtype), rtype.name)
        self.conflicts_item = self._add_nav(self.tr("Conflicts"), CONFLICTS)
        self.types.setStyleSheet("QListWidget::item { padding: 3px 6px; }")
        self.types.setMinimumWidth(NAV_MIN_WIDTH)

        self.records = RecordsPage(db)
        self.records.count_changed.connect(self._show_records_count)
        self.records.note.connect(lambda text: self.statusBar().showMessage(text, NOTE_MS))
        self.overview = OverviewPage(db, load=False)  # counted when shown: 100,000 activities take a while
        self.overview.open_records.connect(self.show_records)
        self.overview.note.connect(lambda text: self.statusBar().showMessage(text, NOTE_MS))
        self.conflicts = ConflictsPage(db, load=False)  # read when shown; the navigation shows the count
        self.conflicts.count_changed.connect(self._conflicts_changed)
        self.pages = QStackedWidget()
        for page in (self.records, self.overview, self.conflicts):
            self.pages.addWidget(page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.types)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.office_label = QLabel()
        self.show_office()
        self.path_label = QLabel(str(db.path))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.count_label, self.office_label, self.path_label):
            label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addWidget(self.office_label)
        self.statusBar().addPermanentWidget(self.path_label)

        self._build_menus()
        self.setAcceptDrops(True)  # .xlsx files dropped on the window are imported (with a preview)
        self.types.currentRowChanged.connect(self._type_chosen)
        fit_to_screen(self, *DEFAULT_SIZE)
        self.share_room()
        self._restore_geometry()
        self.show_type(DEFAULT_TYPE)
        self._show_conflict_count(count_conflicts(db))

    # --- records -------------------------------------------------------------------------

    def show_type(self, type_name: str) -> None:
        """Select `type_name` in the navigation list (which loads its records)."""
        row = self._row_of(type_name)
        if row < 0:
            raise KeyError(type_name)
        if row == self.types.currentRow():
            self.reload()
        else:
            self.types.setCurrentRow(row)

    def show_records(self, type_name: str, criteria: Criteria) -> None:
        """The records of `type_name` that `criteria` asks for, on the records page (an Overview
        count clicked: the list shows exactly the records counted)."""
        self.show_type(type_name)
        if self.pages.currentWidget() is self.records and self.current_type is RECORD_TYPES[type_name]:
            self.records.show_matching(type_name, criteria)
            self.records.table.setFocus()

    def page_names(self) -> list[str]:
        return [OVERVIEW, *RECORD_TYPES, CONFLICTS]

    def show_page(self, name: str) -> None:
        """Show a page by name (overview, conflicts or a record type); KeyError for an unknown one."""
        self.show_type(name)

    def _add_nav(self, text: str, key: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(TYPE_ROLE, key)
        self.types.addItem(item)
        return item

    def _conflicts_changed(self, count: int) -> None:
        """A resolution changed records: the records page shows them again when it is shown
        (going back to it reloads it); reloading it while hidden cost 0.4 s a resolution at 100k."""
        self._show_conflict_count(count)
        if self.pages.currentWidget() is self.records:
            self.records.reload()

    def _show_records_count(self, text: str) -> None:
        """The records page's count, while the navigation shows a record type. Elsewhere the status
        bar names the page: the records page, reloaded or counting while hidden, would put there
        a total that a resolution or a merge made there has made stale."""
        if self.current_type is not None:
            self.count_label.setText(text)

    def _show_conflict_count(self, count: int) -> None:
        self.conflicts_item.setText(
            self.tr("Conflicts ({0})").format(count_text(count)) if count else self.tr("Conflicts"))

    @property
    def current_type(self) -> RecordType | None:
        item = self.types.currentItem()
        return RECORD_TYPES.get(item.data(TYPE_ROLE)) if item is not None else None

    def reload(self) -> None:
        """Everything shown again from the database (after an import, a merge...)."""
        self.records.reload()
        if self.pages.currentWidget() is self.conflicts:
            self.conflicts.refresh()
        else:
            self._show_conflict_count(count_conflicts(self.db))
        if self.pages.currentWidget() is self.overview:
            self.overview.refresh()

    # the table of the records page, for tests and for the menus
    @property
    def table(self) -> QTableView:
        return self.records.table

    @property
    def model(self) -> RecordTableModel:
        return self.records.model

    def _type_chosen(self, row: int) -> None:
        key = self.types.item(row).data(TYPE_ROLE) if row >= 0 else None
        if key in (OVERVIEW, CONFLICTS):
            if not self.records.form.maybe_discard(self):
                self._select_nav(self.records.rtype.name if self.records.rtype else DEFAULT_TYPE)
                return
            page = self.overview if key == OVERVIEW else self.conflicts
            page.refresh()
            self.pages.setCurrentWidget(page)
            self.count_label.setText(self.types.item(row).text())
            return
        rtype = self.current_type
        if rtype is None:
            return
        if rtype is self.records.rtype:
            self.pages.setCurrentWidget(self.records)
            self.records.reload()
            return
        if not self.records.show_type(rtype.name):  # the person kept unsaved edits: stay
            self._select_nav(self.records.rtype.name if self.records.rtype else "")
            return
        self.pages.setCurrentWidget(self.records)

    def _select_nav(self, key: str) -> None:
        self.types.blockSignals(True)
        self.types.setCurrentRow(self._row_of(key))
        self.types.blockSignals(False)

    def _row_of(self, type_name: str) -> int:
        for row in range(self.types.count()):
            if self.types.item(row).data(TYPE_ROLE) == type_name:
                return row
        return -1

    # --- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New record"), QKeySequence.StandardKey.New, self.records.new_record)
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.records.save)
        self.delete_action = self._action(self.tr("&Delete record…"), QKeySequence.StandardKey.Delete,
                                          self.records.delete_selected)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)  # Delete acts on the table, not on text being typed
        for action in (self.new_action, self.save_action, self.delete_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import workbooks…"), self)
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.import_action.triggered.connect(lambda: self.show_import())
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.show_export)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        self.report_action = QAction(self.tr("&Report of the MOU's implementation…"), self)
        self.report_action.triggered.connect(self.show_report)
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(shortcuts or [QKeySequence(self.tr("Ctrl+Q"))])  # Windows has no standard one
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.records.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.records.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.duplicate_action = QAction(self.tr("D&uplicate record"), self)
        self.duplicate_action.setShortcut(QKeySequence(self.tr("Ctrl+D")))
        self.duplicate_action.triggered.connect(self.records.duplicate_current)
        self.bulk_action = QAction(self.tr("C&hange field of selected records…"), self)
        self.bulk_action.triggered.connect(self.records.bulk_edit)
        self.records.selected_count.connect(lambda n: self.bulk_action.setText(
            self.tr("C&hange field of {0} records…").format(n) if n > 1
            else self.tr("C&hange field of selected records…")))
        self.records.conflicts_changed.connect(lambda: self._show_conflict_count(count_conflicts(self.db)))
        edit_menu.addAction(self.duplicate_action)
        edit_menu.addAction(self.bulk_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self.records.focus_search)
        edit_menu.addAction(self.find_action)
        # The keyboard's way between the record types, the table and the form (Tab walks within each)
        self.next_pane_action = QAction(self.tr("&Next pane"), self)
        self.next_pane_action.setShortcuts([QKeySequence(Qt.Key.Key_F6)])
        self.next_pane_action.triggered.connect(lambda: self.move_between_panes(1))
        self.previous_pane_action = QAction(self.tr("&Previous pane"), self)
        self.previous_pane_action.setShortcuts([QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6)])
        self.previous_pane_action.triggered.connect(lambda: self.move_between_panes(-1))
        edit_menu.addAction(self.next_pane_action)
        edit_menu.addAction(self.previous_pane_action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.receipts_action = QAction(self.tr("Export &receipts…"), self)
        self.receipts_action.triggered.connect(self.show_receipts)
        tools_menu.addAction(self.receipts_action)
        self.duplicates_action = QAction(self.tr("Possible &duplicates…"), self)
        self.duplicates_action.triggered.connect(self.show_duplicates)
        tools_menu.addAction(self.duplicates_action)
        self.keys_action = QAction(self.tr("Office &keys…"), self)
        self.keys_action.triggered.connect(lambda: open_keys(self.db, self))
        tools_menu.addAction(self.keys_action)
        tools_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                          or [QKeySequence(self.tr("Ctrl+,"))])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        tools_menu.addAction(self.settings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About mouliaison"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.problem_action = QAction(self.tr("&Report a problem…"), self)
        self.problem_action.triggered.connect(self.report_problem)
        help_menu.addAction(self.problem_action)
        self.licences_action = QAction(self.tr("&Third-party licences"), self)
        self.licences_action.triggered.connect(self.show_licences)
        help_menu.addAction(self.licences_action)
        self.about_qt_action = QAction(self.tr("About &Qt"), self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(lambda: QMessageBox.aboutQt(self))
        help_menu.addAction(self.about_qt_action)

    def share_room(self) -> None:
        """The window's width between the record types, the table and the form."""
        nav = max(NAV_MIN_WIDTH, min(NAV_WIDTH, self.width() // 5))  # a small screen's room goes to the records
        self.splitter.setSizes([nav, self.width() - nav])
        self.records.share_width(self.width() - nav)

    def move_between_panes(self, step: int) -> None:
        """F6 and Shift+F6: the record types, the table, the form, round again."""
        page = self.pages.currentWidget()
        panes: list[QWidget] = [self.types, page]
        if page is self.records:
            panes = [self.types, self.table, self.records.form]
        focused = QApplication.focusWidget()
        here = next((i for i, pane in enumerate(panes) if focused is not None
                     and (focused is pane or pane.isAncestorOf(focused))), -1)
        if here < 0 and page is self.records and focused is not None and self.records.isAncestorOf(focused):
            here = 1  # the search box and the filters go with the table
        target = panes[(here + step) % len(panes)] if here >= 0 else panes[0]
        if target is self.records.form:
            self.records.form.focus_first_field()
        else:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _action(self, text: str, key: QKeySequence.StandardKey, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.triggered.connect(slot)
        return action

    def show_import(self, paths: Iterable[Path] = ()) -> ImportDialog:
        """File > Import, or .xlsx files dropped on the window: a preview first, then the import."""
        from mouliaison.ui.import_dialog import ImportDialog  # loaded on first use (see TYPE_CHECKING above)

        dialog = ImportDialog(self.db, list(paths), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.open()
        return dialog

    def _imported(self, _result: object) -> None:
        self.reload()

    def show_export(self) -> ExportDialog:
        from mouliaison.ui.export_dialog import ExportDialog  # loaded on first use (see TYPE_CHECKING above)

        dialog = ExportDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_report(self) -> ReportDialog:
        from mouliaison.ui.report_dialog import ReportDialog  # loaded on first use (see TYPE_CHECKING above)

        dialog = ReportDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _workbooks(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _workbooks(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.show_import(paths)

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.office_changed.connect(self.show_office)
        dialog.open()
        return dialog

    # --- this office ---------------------------------------------------------------------

    def start_first_run(self) -> FirstRunDialog | None:
        """At start (mouliaison/app.py; tests leave it out): ask which office records here when
        none is set, and from now on ask again when a record is saved before it is."""
        self._guard_saving()
        if current_office(self.db).name or self.db.read_only:
            return None
        return self.show_first_run()

    def show_first_run(self) -> FirstRunDialog:
        dialog = FirstRunDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.office_changed.connect(self.show_office)
        dialog.open()
        return dialog

    def office_ready(self) -> bool:
        """True when an office is set; otherwise says why a record cannot be saved yet and offers
        to set it (then True once it is). The record stays in the form either way."""
        if current_office(self.db).name:
            return True
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Set this office first"), self.tr(
            "No office is set yet, and every record carries the office that made it. Set this office, "
            "and the record is saved."), QMessageBox.StandardButton.Cancel, self)
        set_button = box.addButton(self.tr("&Set the office…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(set_button)
        box.exec()
        if box.clickedButton() is set_button:
            dialog = FirstRunDialog(self.db, self)
            dialog.office_changed.connect(self.show_office)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return True
        self.statusBar().showMessage(self.tr("Not saved: no office is set (Tools > Settings sets it)."), NOTE_MS)
        return False

    def _guard_saving(self) -> None:
        """Every way of saving the form (its Save button, File > Save, the Save of "unsaved
        changes?") goes through form.save: wrapped here so each first checks the office."""
        form = self.records.form
        if getattr(form, "office_guarded", False):
            return
        unguarded = form.save

        def save() -> str:
            return unguarded() if self.office_ready() else ""

        form.save_button.clicked.disconnect(unguarded)
        form.save_button.clicked.connect(save)
        form.save = save  # type: ignore[method-assign]
        form.office_guarded = True  # type: ignore[attr-defined]

    def show_office(self) -> None:
        """The title and status bar name this office (after Settings changed it)."""
        office = current_office(self.db)
        shipped = {term.code: term.label for term in VOCABULARIES.get("office_level", ())}
        english = shipped.get(office.level, office.level) if office.level else ""
        level = term_label("office_level", office.level, english) if english else ""
        self.office_text = f"{office.name} ({office.party_code}, {level})" if office.name else self.tr("no office set")
        self.setWindowTitle(f"mouliaison — {office.name or self.tr('no office set')} — {self.db.path.name}")
        self.office_label.setText(self.tr("Office: {0}").format(self.office_text))

    def show_receipts(self) -> ReceiptsDialog:
        dialog = ReceiptsDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_duplicates(self) -> DuplicatesDialog:
        """Opens the pairs of the type shown (contacts otherwise); the table follows each decision."""
        rtype = self.current_type
        shown = rtype.name if rtype is not None and rtype.name in ("contact", "organisation") else "contact"
        dialog = DuplicatesDialog(self.db, self, shown)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self.reload)  # a bound method: a lambda holding the dialog crashes on its deletion
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About mouliaison"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>mouliaison {0}</h3>"
            "<p>The liaison desk for the Memorandum of Understanding between the International "
            "Organization for Migration (IOM) and the World Customs Organization (WCO), signed on "
            "7 and 8 May 2018.</p>"
            "<p>Records joint activities, meetings, contacts and exchanges offline, and exchanges "
            "them as workbooks.</p>"
            "<p>Database: {1}</p>"
        ).format(__version__, self.db.path) + self.tr(
            "<p>Free software under the MIT licence. It uses other free software, each under its own "
            "licence: Help ▸ Third-party licences.</p>")

    def report_problem(self) -> str:
        return show_problem_report(self, self.db)

    def show_licences(self) -> TextDialog:
        dialog = TextDialog(self.tr("Third-party licences"), third_party_text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- geometry ------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self._settings is None:
            return
        for key, restore in (
            ("main_window/geometry", self.restoreGeometry),
            ("main_window/state", self.restoreState),
            ("main_window/splitter", self.splitter.restoreState),
            ("main_window/records_splitter", self.records.splitter.restoreState),
        ):
            value = self._settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        keep_within_screen(self)  # a geometry saved on a bigger screen, or at a smaller scale

    def save_geometry(self) -> None:
        if self._settings is None:
            return
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/state", self.saveState())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._settings.setValue("main_window/records_splitter", self.records.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.records.form.maybe_discard(self):
            event.ignore()
            return
        self.save_geometry()
        self.records.match_count.forget()  # a search's exact count, if one is running, ends before the database closes
        self.records.match_count.wait()
        super().closeEvent(event)


def _workbooks(mime: QMimeData) -> list[Path]:
    """The workbooks (.xlsx, .ods) and CSV files (.csv, .tsv; not .txt, more likely notes) among dropped URLs."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in (".xlsx", ".ods", ".csv", ".tsv")]
