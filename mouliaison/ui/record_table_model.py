"""The records of one type as a read-only table: a column per field, a row per record.

The model holds ids only, in the order the database gave them for the filters, the search
and the sort asked for; it fetches the rows the view paints, a screenful or two at a time,
and forgets them when many have been fetched. A new search, filter or sort first reads only
how many records match and the ids of the first page, the two side by side on two
connections; the rest of the ids are read when a row past that page is wanted (scrolling
on, jumping to the end). While typing, matches are counted up to a cap ("more than 1,000");
the page asks for the exact count after a pause (ui/match_count.py) and the rows grow to it.
So 100,000 activities open in about the time 200 do, a keystroke in the search box waits for
the slower of two small queries, and nothing is ever filtered or sorted in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.filtering import Criteria
from mouliaison.domain.record_types import RecordType
from mouliaison.domain.values import Value, display
from mouliaison.services.database import Database
from mouliaison.services.names import Names
from mouliaison.services.record_listing import COUNTED_WHILE_TYPING, count_listed_meanwhile, listed_ids, views_by_id
from mouliaison.services.records import RecordView
from mouliaison.ui.labels import field_label, term_label
from mouliaison.ui.messages import count_text, date_text

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's RecordView
PAGE = 200  # ids read at once for a new search, filter or sort (the rest when a row past them is wanted)
FETCH = 50  # rows read at once, around the one asked for: a screenful or two, not more than is painted
KEPT = 80 * FETCH  # rows kept fetched; beyond this the cache starts afresh
COUNTED = COUNTED_WHILE_TYPING  # matches counted at once; more: the view has COUNTED - 1 rows until the exact count

AnyIndex = QModelIndex | QPersistentModelIndex


class Counted(NamedTuple):
    """What an exact count answers for: the type, the criteria, and the records as read after
    the latest change the window knows of (a count read before a save or an import is of other data)."""

    type_name: str
    criteria: Criteria
    generation: int


class RecordTableModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self._type: RecordType | None = None
        self._criteria = Criteria()
        self._sort: tuple[str | None, bool] = (None, False)  # field key, descending
        self._ids: list[str] = []  # the first page only, until the rest is wanted
        self._count = 0  # how many records match: the rows the view has
        self._exact = True  # False: more match than _count, the exact count is yet to come (set_exact_count)
        self._rows: dict[str, int] | None = None  # id -> row, built when first asked
        self._views: dict[str, RecordView | None] = {}
        self._names = Names()
        self._generation = 0  # how many times `refresh` read the records again: each may follow a change

    @property
    def record_type(self) -> RecordType | None:
        return self._type

    @property
    def criteria(self) -> Criteria:
        return self._criteria

    @property
    def count_is_exact(self) -> bool:
        """False while the rows are the first of more matches than were counted (a search as you type)."""
        return self._exact

    @property
    def counted(self) -> Counted | None:
        """What the rows are the matches of: the type, the criteria and the records as last read
        (what an exact count must be of)."""
        return None if self._type is None else Counted(self._type.name, self._criteria, self._generation)

    def set_exact_count(self, counted: Counted, count: int) -> bool:
        """The exact count of what `counted` names, made meanwhile: the rows grow to it. False (nothing
        done) if the table shows something else now (other matches, or records read again since),
        or already knows how many match."""
        if self._exact or counted != self.counted:
            return False
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self._rows = None
            self.endInsertRows()
        elif count < self._count:  # records deleted since the first count
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self._rows = None
            self.endRemoveRows()
        self._exact = True
        return True

    def show_type(self, record_type: RecordType, names: Names, criteria: Criteria = Criteria(),  # noqa: B008
                  sort_by: str | None = None, descending: bool = False) -> None:
        """Show the records of another type; columns change, so the model resets."""
        self.beginResetModel()
        self._type, self._names, self._criteria = record_type, names, criteria
        self._sort = (sort_by, descending)
        self._load_ids()
        self.endResetModel()

    def set_criteria(self, criteria: Criteria) -> None:
        """Show the records matching `criteria` (filters and search), in the same order."""
        if criteria == self._criteria:
            return
        self.beginResetModel()
        self._criteria = criteria
        self._load_ids()
        self.endResetModel()

    def refresh(self, names: Names | None = None, criteria: Criteria | None = None, *,
                same_count: bool = False) -> None:
        """Ask the database again (records were saved, deleted or imported), in one query; with
        `same_count` (an edit moved a row, none came or went) the ids only, not how many."""
        same_count = same_count and criteria in (None, self._criteria)
        self.beginResetModel()
        self._generation += 1  # a count made before this read is of other data
        if names is not None:
            self._names = names
        if criteria is not None:
            self._criteria = criteria
        self._load_ids(count=self._count if same_count else None)
        self.endResetModel()

    def update_records(self, views: list[RecordView], fields: Collection[str]) -> bool:
        """Show these records as they now are in their rows, without asking the database again;
        False (nothing done) when a row may have come, gone or moved: then `refresh`."""
        if self._type is None or self._criteria != Criteria() or self._sort[0] in fields:
            return False  # a filter or the search may now take or leave the record; the order may change
        rows = []
        for view in views:
            row = self.row_of(view.id, read_all=False)
            if row is None or view.deleted or view.type != self._type.name:
                return False
            rows.append(row)
        for view, row in zip(views, rows, strict=True):
            self._views[view.id] = view
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._type is None or not 0 <= column < len(self._type.fields):
            return
        wanted = (self._type.fields[column].key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        self._sort = wanted
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection and current row follow their records
        kept_ids = [self.record_id(i.row()) for i in kept]
        self._ids = listed_ids(self.db, self._type.name, self._criteria, *self._sort, limit=PAGE)
        self._rows = None
        # A selected record keeps its selection if it is on the first page, or if the order was
        # read whole: finding it further down would mean reading every id at each sort.
        self.changePersistentIndexList(
            kept, [self.index(row, i.column()) if (row := self.row_of(rid, read_all=False) if rid else None)
                   is not None else QModelIndex() for i, rid in zip(kept, kept_ids, strict=True)])
        self.layoutChanged.emit()

    def record(self, row: int) -> RecordView | None:
        """The record shown in `row` (None if it no longer exists)."""
        record_id = self.record_id(row)
        if record_id is None:
            return None
        if record_id not in self._views:
            self._fetch_around(row)
        return self._views.get(record_id)

    def record_id(self, row: int) -> str | None:
        if not 0 <= row < self._count:
            return None
        if row >= len(self._ids):
            self._read_all_ids()
        return (self._ids[row] or None) if row < len(self._ids) else None

    def row_of(self, record_id: str, *, read_all: bool = True) -> int | None:
        """The row showing that record; with `read_all=False`, only if its page has been read."""
        if read_all:
            self._read_all_ids()
        if self._rows is None:
            self._rows = {rid: row for row, rid in enumerate(self._ids)}
        row = self._rows.get(record_id)
        return row if row is not None and row < self._count else None  # past the rows of a capped count: not shown yet

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._type is None else len(self._type.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._type is None or orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._type.fields):
            return None
        field = self._type.fields[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return field_label(field)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{field_label(field)} ({field.key})"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._type is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RECORD_ROLE,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None  # asked for every painted cell: answer without fetching
        field = self._type.fields[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return int(right) if field.kind is Kind.INTEGER else None
        view = self.record(index.row())
        if role == RECORD_ROLE or view is None:
            return view
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self._text(field, view).split())  # one line in a table cell
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(field, view)
            return text if len(text) > 40 or "\n" in text else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- internals -------------------------------------------------------------------------------

    def _load_ids(self, count: int | None = None) -> None:
        """How many match (unless known) and the first page of their ids; _read_all_ids reads the rest."""
        self._views.clear()
        self._rows = None
        if self._type is None:
            self._ids, self._count, self._exact = [], 0, True
            return
        if count is not None:  # as many rows as before, exact or not
            self._ids = listed_ids(self.db, self._type.name, self._criteria, *self._sort, limit=PAGE)
            self._count = count
            return
        at_most = COUNTED if self._criteria.search.strip() else None  # only typing is counted up to the cap
        counting = count_listed_meanwhile(self.db, self._type.name, self._criteria, at_most=at_most)
        try:
            self._ids = listed_ids(self.db, self._type.name, self._criteria, *self._sort, limit=PAGE)
        finally:
            count = counting.result()
        if len(self._ids) < PAGE:
            self._count, self._exact = len(self._ids), True
        elif at_most is not None and count >= at_most:  # more than COUNTED - 1 match: the rest with the exact count
            self._count, self._exact = COUNTED - 1, False
        else:
            self._count, self._exact = count, True

    def _read_all_ids(self) -> None:
        if self._type is None or len(self._ids) >= self._count:
            return
        self._ids = listed_ids(self.db, self._type.name, self._criteria, *self._sort)
        self._rows = None
        if len(self._ids) < self._count:  # records deleted since the count: their rows show empty
            self._ids += [""] * (self._count - len(self._ids))

    def _fetch_around(self, row: int) -> None:
        assert self._type is not None
        if len(self._views) >= KEPT:
            self._views.clear()
        start = row - row % FETCH
        wanted = [rid for rid in self._ids[start : start + FETCH] if rid]
        found = views_by_id(self.db, self._type.name, wanted)
        for record_id in wanted:
            view = found.get(record_id)
            self._views[record_id] = None if view is None or view.deleted else view  # gone since the ids were read

    def _text(self, field: Field, view: RecordView) -> str:
        value = view.values.get(field.key)
        readable = self._names.readable(field, value)
        if view.type == "term" and field.key == "label" and isinstance(readable, str):
            vocabulary, code = view.values.get("vocabulary"), view.values.get("code")
            return term_label(str(vocabulary), str(code), readable)  # as the form and the filters name it
        if field.vocabulary and field.kind in (Kind.CHOICE, Kind.CHOICES) and self._names.vocabularies is not None:
            vocabulary = field.vocabulary  # the services give English labels: the window's language here
            if isinstance(readable, tuple):
                readable = tuple(term_label(vocabulary, "", str(item)) for item in readable)
            elif isinstance(readable, str):
                readable = term_label(vocabulary, str(value), readable)
        return self._local(readable)

    def _local(self, value: Value) -> str:
        """Dates, numbers and yes/no as the window's language writes them; sorting stays the
        database's, by the values themselves."""
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, int):
            return count_text(value)
        if isinstance(value, dt.date):
            return date_text(value)
        return display(value)
