"""The records of one type: a search box, the filter bar, the table, and the form of the selected record.

The filter bar (status, thematic area, party, country, dates, confirmation: whichever the
type has) narrows the table together with the search text. Search finds, as you type, the
records whose visible columns hold every word typed (the start of a word is enough); it is
debounced and answered by the search index, so it stays quick at 100,000 records.
Selecting a row loads it in the form beside the table; unsaved edits are never lost
without a question.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.fields import Kind
from mouliaison.domain.filtering import Criteria
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.validation import Invalid
from mouliaison.services.database import Database
from mouliaison.services.duplicates import CHECKED, find_duplicates
from mouliaison.services.names import names_for
from mouliaison.services.record_listing import count_records
from mouliaison.services.records import delete_record, find_record
from mouliaison.ui.labels import type_label, type_plural
from mouliaison.ui.record_filters import RecordFilters
from mouliaison.ui.record_form import RecordForm
from mouliaison.ui.record_table_model import RecordTableModel
from mouliaison.ui.tables import read_only_table
from mouliaison.ui.undo import CreateCommand, DeleteCommand, EditCommand

MAX_COLUMN_WIDTH = 220
MAX_LONG_COLUMN_WIDTH = 180  # long texts and lists: their tooltip shows the rest
SEARCH_DELAY_MS = 200
WIDTH_SAMPLE_ROWS = 50  # column widths fit the first rows, not all 100,000
FORM_MIN_WIDTH = 420


class RecordsPage(QWidget):
    count_changed = Signal(str)  # "Joint activities: 12 (3 shown)"
    records_changed = Signal()  # a record was saved or deleted here
    note = Signal(str)  # something the person should know, for the status bar

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rtype: RecordType | None = None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search the visible columns (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search_now)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.model = RecordTableModel(db, self)
        self.table = read_only_table("records", self.model)
        self.table.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        self.table.verticalHeader().setSectionResizeMode(self.table.verticalHeader().ResizeMode.Fixed)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.filters = RecordFilters(db)
        self.filters.changed.connect(self._apply_filters)

        self.form = RecordForm(db)
        self.form.saved.connect(self._saved)
        self.form.discarded.connect(self._discarded)
        self.undo_stack = QUndoStack(self)
        self._before: dict[str, Any] | None = None  # the record as loaded in the form, for undo

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)  # above the table: the form keeps the page's whole height
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("recordsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.form.setMinimumWidth(FORM_MIN_WIDTH)
        self.splitter.setSizes([380, FORM_MIN_WIDTH + 60])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        self._loading_row = False
        self._reset_filters = False  # set when the type changes: its filters start at Any
        self._total = 0  # live records of the type, counted at each reload
        self._fitted_to_rows = False  # column widths fitted to rows, not only to the headers

    # --- what is shown -----------------------------------------------------------------------

    def show_type(self, type_name: str) -> bool:
        """Show another type; False if the person kept unsaved edits instead."""
        if not self.form.maybe_discard(self):
            return False
        self.rtype = RECORD_TYPES[type_name]
        self._reset_filters = True
        self.reload()
        self._load_form(None)
        return True

    def reload(self, select: str | None = None) -> None:
        """Show the database as it now is, keeping the filters, the search and the sort."""
        rtype = self.rtype
        if rtype is None:
            return
        names = names_for(self.db, rtype.name)
        if self._reset_filters:
            self._reset_filters = False
            self.filters.set_type(rtype, names)
            title_column = next(i for i, f in enumerate(rtype.fields) if f.key == rtype.title_field)
            header = self.table.horizontalHeader()
            header.blockSignals(True)  # the indicator only: the model sorts by title as it loads
            header.setSortIndicator(title_column, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            self.model.show_type(rtype, names, self._criteria(), sort_by=rtype.title_field)
            self._fit_columns()
        else:
            self.filters.update_options()
            self.model.refresh(names, self._criteria())
            if not self._fitted_to_rows:
                self._fit_columns()  # the columns were sized when there was nothing to show
            self._show_current_form()
        self._total = count_records(self.db, rtype.name)
        if select:
            self.select(select)
        else:
            self.select(self.form.record_id, read_all=False)
        self._report_count()

    def _show_current_form(self) -> None:
        """The record in the form as the database now has it (a conflict resolved, an import,
        an undo), unless the person is editing it; a record deleted meanwhile leaves the form."""
        shown = self.form.record_id
        if self.rtype is None or shown is None or self.form.dirty:
            return
        view = find_record(self.db, self.rtype.name, shown)
        self._load_form(shown if view is not None and not view.deleted else None)

    def _fit_columns(self) -> None:
        assert self.rtype is not None
        self._fitted_to_rows = self.model.rowCount() > 0
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, field in enumerate(self.rtype.fields):
            long = field.kind in (Kind.LONG_TEXT, Kind.CHOICES, Kind.REFERENCES)
            widest = MAX_LONG_COLUMN_WIDTH if long else MAX_COLUMN_WIDTH
            header.resizeSection(column, min(max(header.sectionSize(column), 60), widest))

    def select(self, record_id: str | None, *, read_all: bool = True) -> None:
        """Select the record's row, if the filters and the search show it (with `read_all=False`,
        only if it is on the first page: no need to read 100,000 ids to find it)."""
        row = self.model.row_of(record_id, read_all=read_all) if record_id else None
        if row is None:
            return
        self._loading_row = True
        try:
            self.table.selectRow(row)
        finally:
            self._loading_row = False

    # --- actions (the window's menus call these) ---------------------------------------------

    def new_record(self) -> None:
        if self.rtype is not None and self.form.maybe_discard(self):
            self.table.clearSelection()
            self._load_form(None)
            self.form.focus_first_field()

    def save(self) -> None:
        self.form.save()

    def delete_selected(self) -> None:
        view = self.model.record(self.table.currentIndex().row())
        if view is None or self.rtype is None:
            return
        title = view.values.get(self.rtype.title_field) or view.id
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete the {0} '{1}'? The deletion travels to other offices with your next export.").format(
                type_label(self.rtype).lower(), title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_record(self.db, self.rtype.name, view.id)
        except Invalid as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), "\n".join(p.message for p in exc.problems))
            return
        self.undo_stack.push(DeleteCommand(self.db, self.rtype.name, view.id, self._undone))
        self.reload()
        self._load_form(None)
        self.records_changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- internals -----------------------------------------------------------------------------

    def apply_search_now(self) -> None:
        """Show what the search box and the filters ask for (the search waits for a pause in typing)."""
        self._search_timer.stop()
        self.model.set_criteria(self._criteria())
        # Lay the table out now rather than on Qt's zero timer: the next paint is then the only
        # one (not a paint before the layout and a whole window's paint after it): 6 ms a key.
        self.table.executeDelayedItemsLayout()
        self.select(self.form.record_id, read_all=False)
        self._report_count()

    def _apply_filters(self) -> None:
        self.apply_search_now()

    def _criteria(self) -> Criteria:
        return replace(self.filters.criteria(), search=self.search.text().strip())

    def _report_count(self) -> None:
        if self.rtype is None:
            return
        total, shown = self._total, self.model.rowCount()
        text = self.tr("{0}: {1}").format(type_plural(self.rtype), total)
        if shown != total:
            text += self.tr(" ({0} shown)").format(shown)
        self.count_changed.emit(text)

    def _row_chosen(self, current: Any, previous: Any) -> None:
        if self._loading_row or self.rtype is None or not current.isValid():
            return
        view = self.model.record(current.row())
        if view is None or view.id == self.form.record_id:
            return
        if not self.form.maybe_discard(self):
            self._loading_row = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    previous, self.table.selectionModel().SelectionFlag.ClearAndSelect
                    | self.table.selectionModel().SelectionFlag.Rows)
            finally:
                self._loading_row = False
            return
        self._load_form(view.id)

    def _load_form(self, record_id: str | None) -> None:
        assert self.rtype is not None
        self.form.load(self.rtype.name, record_id)
        view = find_record(self.db, self.rtype.name, record_id) if record_id else None
        self._before = dict(view.values) if view is not None else None

    def _discarded(self) -> None:
        """The form shows the record as stored again: an undo of the next save returns to that."""
        shown = self.form.record_id
        view = find_record(self.db, self.rtype.name, shown) if self.rtype is not None and shown else None
        self._before = dict(view.values) if view is not None and not view.deleted else None

    def _saved(self, record_id: str) -> None:
        assert self.rtype is not None
        after = find_record(self.db, self.rtype.name, record_id)
        if after is not None:
            if self._before is None:
                self.undo_stack.push(CreateCommand(self.db, self.rtype.name, record_id, self._undone))
            elif any(self._before.get(k) != v for k, v in after.values.items()):
                self.undo_stack.push(EditCommand(self.db, self.rtype.name, record_id, self._before, after.values,
                                                 self._undone))
            self._before = dict(after.values)
        self.reload(select=record_id)
        self.records_changed.emit()
        self._check_duplicates(record_id)

    def _check_duplicates(self, record_id: str) -> None:
        """Candidates are checked when a contact or organisation is saved; a person decides."""
        if self.rtype is None or self.rtype.name not in CHECKED:
            return
        found = find_duplicates(self.db, self.rtype.name, record_id)
        if found:
            pair = found[0]
            other = pair.second_title if pair.first == record_id else pair.first_title
            self.note.emit(self.tr("May be the same as '{0}' ({1}); see Tools > Possible duplicates.").format(
                other, "; ".join(pair.reasons)))

    def _undone(self) -> None:
        """After an undo or a redo: show the database as it now is."""
        self.reload()
        self.records_changed.emit()
