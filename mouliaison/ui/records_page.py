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

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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

from mouliaison.domain.copying import copied_values, copyable
from mouliaison.domain.fields import Kind
from mouliaison.domain.filtering import Criteria, date_span
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.validation import Invalid
from mouliaison.services.database import Database
from mouliaison.services.names import names_for
from mouliaison.services.record_listing import count_records, views_by_id
from mouliaison.services.records import Change, RecordView, delete_record, edit_each, find_record
from mouliaison.ui.bulk_edit_dialog import BulkEditDialog
from mouliaison.ui.labels import field_label, in_sentence, type_label, type_plural
from mouliaison.ui.match_count import MatchCount
from mouliaison.ui.messages import count_text, shown
from mouliaison.ui.record_filters import RecordFilters
from mouliaison.ui.record_form import RecordForm
from mouliaison.ui.record_table_model import RecordTableModel
from mouliaison.ui.tables import read_only_table
from mouliaison.ui.undo import BulkEditCommand, CreateCommand, DeleteCommand, EditCommand

MAX_COLUMN_WIDTH = 220
TITLE_SHARE = 0.35  # of the table's width, at most, for the title column
MIN_TITLE_WIDTH = 100
LIST_SHARE = 0.25  # for a list or a long text
MAX_HEADING_WIDTH = 90  # a column is not widened beyond its cells for more of its heading than this
MAX_LONG_COLUMN_WIDTH = 180  # long texts and lists: their tooltip shows the rest
SEARCH_DELAY_MS = 200
WIDTH_SAMPLE_ROWS = 50  # column widths fit the first rows, not all 100,000
FORM_MIN_WIDTH = 420
FORM_ROOM = 60  # the form's width beyond its minimum, where the table has room to spare
TABLE_WIDTH = 440  # the table's share before the form gets more than its minimum: four or five columns


def shown_order(rtype: RecordType) -> list[int]:
    """The table's columns (field positions) in the order they are shown: the title, the dates a
    record starts on (its main date, the one the date filter and the listing go by, then the other:
    an activity's actual start, then its planned start, so that either shows however the records
    were made; else the type's first date), the status, the other single values, then lists, then long texts."""
    fields = list(rtype.fields)
    span = date_span(rtype)
    first_date = next((f.key for f in fields if f.kind is Kind.DATE), None)  # a type without a span (the MOU)
    starts = list(span[0]) if span is not None else [first_date] if first_date else []
    lists = (Kind.CHOICES, Kind.REFERENCES)

    def rank(i: int) -> tuple[int, int]:
        field = fields[i]
        if field.key == rtype.title_field:
            return 0, i
        if field.key in starts:
            return 1, starts.index(field.key)
        if field.key == "status":
            return 2, i
        if field.kind is Kind.LONG_TEXT:
            return 5, i
        if field.kind in lists:
            return 4, i
        return 3, i

    return sorted(range(len(fields)), key=rank)


class RecordsPage(QWidget):
    count_changed = Signal(str)  # "Joint activities: 12 (3 shown)"
    records_changed = Signal()  # a record was saved or deleted here
    conflicts_changed = Signal()  # a save, delete or undo resolved or made a conflict
    selected_count = Signal(int)  # rows selected: Edit > Change field of N records
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
        self.match_count = MatchCount(db, self)  # the exact count of a search's matches, after a pause
        self.match_count.counted.connect(self._exact_count)
        self.table = read_only_table("records", self.model)
        self.table.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        self.table.verticalHeader().setSectionResizeMode(self.table.verticalHeader().ResizeMode.Fixed)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)  # several rows for a bulk change
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selected_count.emit(len(self.table.selectionModel().selectedRows())))
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
        # A wider window widens the table (more columns); the form keeps the width it needs.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
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
        self._natural_widths: dict[int, int] = {}  # each column's width fitted to its contents
        self.table.viewport().installEventFilter(self)

    def share_width(self, width: int) -> None:
        """Split `width` between the table and the form: on a small screen the form gets its
        minimum and the table the rest; with room to spare the form a little more."""
        form = FORM_MIN_WIDTH + (FORM_ROOM if width >= FORM_MIN_WIDTH + FORM_ROOM + TABLE_WIDTH else 0)
        handle = self.splitter.handleWidth()
        self.splitter.setSizes([max(width - form - handle, 1), form])

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

    def show_matching(self, type_name: str, criteria: Criteria) -> bool:
        """The records of `type_name` that `criteria` asks for (an Overview count clicked): the
        filter bar shows the criteria, the search is emptied. False if unsaved edits were kept."""
        if (self.rtype is None or self.rtype.name != type_name) and not self.show_type(type_name):
            return False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.set_criteria(replace(criteria, search=""))  # its `changed` shows the list
        return True

    def reload(self, select: str | None = None, *, saved: Change | None = None) -> None:
        """Show the database as it now is, keeping the filters, the search and the sort.
        After a save (`saved`), what the save cannot have changed is not read again: the form
        already shows the record saved, an edit leaves as many rows, and only a term's save
        brings other terms."""
        rtype = self.rtype
        if rtype is None:
            return
        names = names_for(self.db, rtype.name)
        same_count = False
        if saved is None or saved.vocabularies:
            self.form.reload_vocabularies()  # an import or a merge may have brought terms
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
            same_count = saved is not None and self._moved_only(saved)
            if saved is None or saved.records.keys() & {"party", "term"}:
                self.filters.update_options()  # parties and countries offered
            self.model.refresh(names, self._criteria(), same_count=same_count)
            if not self._fitted_to_rows:
                self._fit_columns()  # the columns were sized when there was nothing to show
            if saved is None:
                self._show_current_form()
            else:
                self._show_changed_form([v for v in saved.views if v.type == rtype.name])
        if not same_count:
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
        header = self.table.horizontalHeader()
        self._natural_widths = {}
        for column, field in enumerate(self.rtype.fields):
            long = field.kind in (Kind.LONG_TEXT, Kind.CHOICES, Kind.REFERENCES)
            widest = MAX_LONG_COLUMN_WIDTH if long else MAX_COLUMN_WIDTH
            # the cells' width; a long heading ("Planned start date") is cut beyond a short one (its tooltip has it)
            wanted = max(self.table.sizeHintForColumn(column), min(header.sectionSizeHint(column), MAX_HEADING_WIDTH))
            self._natural_widths[column] = min(max(wanted, 60), widest)
            header.resizeSection(column, self._natural_widths[column])
        self._order_columns()
        self._cap_columns()

    def _order_columns(self) -> None:
        """What a person looks for first comes first: the title, the main date, the status, then
        the other fields in their order; lists and long texts last (their tooltips have them)."""
        assert self.rtype is not None
        header = self.table.horizontalHeader()
        for visual, logical in enumerate(shown_order(self.rtype)):
            header.moveSection(header.visualIndex(logical), visual)

    def _cap_columns(self) -> None:
        """The title takes at most a share of the table's width (the rest of it is elided, its
        tooltip whole), and lists a smaller one, so that a narrow table still shows several columns."""
        if self.rtype is None or not self._natural_widths:
            return
        width = self.table.viewport().width()
        header = self.table.horizontalHeader()
        for column, field in enumerate(self.rtype.fields):
            natural = self._natural_widths.get(column, header.sectionSize(column))
            if field.key == self.rtype.title_field:
                natural = min(natural, max(MIN_TITLE_WIDTH, int(width * TITLE_SHARE)))
            elif field.kind in (Kind.LONG_TEXT, Kind.CHOICES, Kind.REFERENCES):
                natural = min(natural, max(60, int(width * LIST_SHARE)))
            if header.sectionSize(column) != natural:
                header.resizeSection(column, natural)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._cap_columns()  # a window or splitter resized: the shares follow
        return super().eventFilter(watched, event)

    def select(self, record_id: str | None, *, read_all: bool = True) -> None:
        """Select the record's row, if the filters and the search show it (with `read_all=False`,
        only if it is on the first page: no need to read 100,000 ids to find it)."""
        row = self.model.row_of(record_id, read_all=False) if record_id else None
        if row is None and read_all and record_id:
            row = self.model.row_of(record_id)  # not on the first page: every id is read to find it
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
                in_sentence(type_label(self.rtype)), title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            change = delete_record(self.db, self.rtype.name, view.id)
        except Invalid as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), "\n".join(shown(p) for p in exc.problems))
            return
        self.undo_stack.push(DeleteCommand(self.db, self.rtype.name, view.id, self._undone, str(title)))
        self._load_form(None)
        self.show_change(change)
        self.records_changed.emit()

    def duplicate_current(self) -> None:
        """Edit > Duplicate: a new, unsaved record with the shown one's values (domain.copying says
        which: not its confirmations, signatures, approvals, reference or status)."""
        rtype, shown = self.rtype, self.form.record_id
        if rtype is None or shown is None:
            self.note.emit(self.tr("Select the record to duplicate first."))
            return
        if not copyable(rtype):
            self.note.emit(self.tr("{0} are not duplicated: each is recorded anew.").format(type_plural(rtype)))
            return
        if not self.form.maybe_discard(self):
            return
        original = self.form.stored
        self.table.clearSelection()
        self.form.load_copy(rtype.name, copied_values(rtype, original))
        self._before = None  # saving it is a creation: undo deletes it
        self.form.heading.setText(self.tr("New {0}, a copy of '{1}'").format(
            in_sentence(type_label(rtype)), self.form.title_text(original)))
        self.form.setFocus()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [rid for row in rows if (rid := self.model.record_id(row))]

    def bulk_edit(self) -> None:
        """Edit > Change field of N records…: one value for one field of every selected record."""
        rtype, ids = self.rtype, self.selected_ids()
        if rtype is None or not ids:
            self.note.emit(self.tr("Select the records to change first (Ctrl+click or Shift+click adds rows)."))
            return
        if rtype.append_only:
            self.note.emit(self.tr("{0} are never edited: they stay provable (MOU 3.6).").format(type_plural(rtype)))
            return
        if not self.form.maybe_discard(self):
            return
        dialog = BulkEditDialog(rtype, len(ids), self.form.choices_for, self)
        column = self.table.currentIndex().column()
        if 0 <= column < len(rtype.fields):
            dialog.choose(rtype.fields[column].key)
        if dialog.exec() != BulkEditDialog.DialogCode.Accepted:
            return
        key, value = dialog.field.key, dialog.value()
        before = {rid: view.values.get(key) for rid, view in views_by_id(self.db, rtype.name, ids).items()}
        try:
            change = edit_each(self.db, rtype.name, {rid: {key: value} for rid in ids})
        except Invalid as refused:
            QMessageBox.warning(self, self.tr("Nothing changed"), self.tr(
                "No record was changed, because:\n{0}").format("\n".join(str(p) for p in refused.problems)))
            return
        self.undo_stack.push(BulkEditCommand(self.db, rtype.name, key, before, value, self._undone))
        self.show_change(change)
        self.records_changed.emit()
        self.note.emit(self.tr("{0} changed on {1} records.").format(field_label(dialog.field), count_text(len(ids))))

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
        text = self.tr("{0}: {1}").format(type_plural(self.rtype), count_text(total))
        counted = self.model.counted
        if not self.model.count_is_exact and counted is not None:  # counting stopped at the cap while typing
            text += self.tr(" (more than {0} shown)").format(count_text(shown))
            self.match_count.ask(counted)
        else:
            self.match_count.forget()
            if shown != total:
                text += self.tr(" ({0} shown)").format(count_text(shown))
        self.count_changed.emit(text)

    def _exact_count(self, counted: Any, count: int) -> None:
        """The exact count of the matches, made after a pause in typing: shown if the table still
        shows those matches as last read (a count of an older search text, or one read before a
        change the table has since shown, is dropped)."""
        if self.model.set_exact_count(counted, count):
            self._report_count()

    def _row_chosen(self, current: Any, previous: Any) -> None:
        if self._loading_row or self.rtype is None or not current.isValid():
            return
        view = self.model.record(current.row())
        if view is None or view.id == self.form.record_id:
            return
        if not self.form.dirty:
            self._load_form(view.id)  # the selection is the person's own (several rows, for a bulk change)
            return
        if self.form.maybe_discard(self):
            self._load_form(view.id)
        # The table follows the form, whatever the prompt decided: a refused save keeps the
        # record and its edits, and a save reloads the table. The view finishes a click by
        # selecting the clicked row after this signal, so the selection is set right once it has.
        self._follow_form()
        QTimer.singleShot(0, self._follow_form)

    def _follow_form(self) -> None:
        """Select the row of the record the form shows (none for a new record)."""
        shown = self.form.record_id
        selection = self.table.selectionModel()
        row = self.model.row_of(shown) if shown else None
        current = self.table.currentIndex()
        if row is not None and current.row() == row and [i.row() for i in selection.selectedRows()] == [row]:
            return
        self._loading_row = True
        try:
            if row is None:
                selection.clearSelection()
            else:
                flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
                selection.setCurrentIndex(self.model.index(row, max(current.column(), 0)), flags)
        finally:
            self._loading_row = False

    def _load_form(self, record_id: str | None) -> None:
        assert self.rtype is not None
        self.form.load(self.rtype.name, record_id)
        self._before = self.form.stored if record_id else None

    def _discarded(self) -> None:
        """The form shows the record as stored again: an undo of the next save returns to that."""
        shown = self.form.record_id
        view = find_record(self.db, self.rtype.name, shown) if self.rtype is not None and shown else None
        self._before = dict(view.values) if view is not None and not view.deleted else None

    def _saved(self, record_id: str) -> None:
        assert self.rtype is not None
        change = self.form.last_change
        after = change.views[0] if change.views else None
        if after is not None:
            if self._before is None:
                title = str(after.values.get(self.rtype.title_field) or "")
                self.undo_stack.push(CreateCommand(self.db, self.rtype.name, record_id, self._undone, title))
            elif any(self._before.get(k) != v for k, v in after.values.items()):
                self.undo_stack.push(EditCommand(self.db, self.rtype.name, record_id, self._before, after.values,
                                                 self._undone))
            self._before = dict(after.values)
        self.show_change(change, select=record_id)
        if not self.form.editable:  # a consent record, once saved, is read-only: the keyboard goes to its row
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.records_changed.emit()
        self._note_duplicates(change)

    def show_change(self, change: Change, select: str | None = None) -> None:
        """Show what a save, a delete or an undo changed: the rows it wrote, the form if it shows
        one of them; names, filters and counts are read again only when they may have changed."""
        rtype = self.rtype
        if change.conflicts:
            self.conflicts_changed.emit()
        if rtype is None or not change.views:
            return
        shown_titles = {f.target for f in rtype.fields if f.target}
        if change.vocabularies or shown_titles & change.records.keys():
            self.reload(select, saved=change)  # the table names other records or terms that changed
            return
        mine = [v for v in change.views if v.type == rtype.name]
        if not mine:
            return
        if not self.model.update_records(mine, change.fields):
            self.model.refresh(criteria=self._criteria(), same_count=self._moved_only(change))
            if not self._fitted_to_rows and self.model.rowCount():
                self._fit_columns()  # the first record of the type: its columns were sized for none
            if change.created or not change.fields:  # an addition, a delete or a restore: count again
                self._total = count_records(self.db, rtype.name)
        self._show_changed_form(mine)
        if select:
            self.select(select)
        else:
            self._follow_form()
        self._report_count()

    def _moved_only(self, change: Change) -> bool:
        """An edit with no filter or search moves a row at most: as many rows as before."""
        return not change.created and bool(change.fields) and self._criteria() == Criteria()

    def _show_changed_form(self, views: list[RecordView]) -> None:
        """The form shows a record that changed (an undo, a bulk change): show it as it now is,
        unless the person is editing it or it already shows these values (its own save)."""
        shown = self.form.record_id
        view = next((v for v in views if v.id == shown), None)
        if view is None or self.form.dirty or (not view.deleted and self.form.stored == view.values):
            return
        self._load_form(None if view.deleted else view.id)

    def _note_duplicates(self, change: Change) -> None:
        """The save looked for candidates (a contact or organisation with a new name, email,
        phone...): say so; a person decides in Tools > Possible duplicates."""
        if change.duplicates:
            pair = change.duplicates[0]
            other = pair.second_title if pair.first == change.record_id else pair.first_title
            self.note.emit(self.tr("May be the same as '{0}' ({1}); see Tools > Possible duplicates.").format(
                other, "; ".join(pair.reasons)))

    def _undone(self, change: Change) -> None:
        """After an undo or a redo: show what it changed."""
        self.show_change(change)
        self.records_changed.emit()
