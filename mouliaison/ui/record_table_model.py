"""The records of one type as a read-only table: a column per field, a row per record.

The model holds plain RecordView objects from the services; it never touches the database.
Sorting goes through RecordSortProxy, which compares typed keys (dates, numbers) rather than
the text shown, and keeps empty cells last.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import RecordType
from mouliaison.domain.values import Value, display
from mouliaison.services.names import Names
from mouliaison.services.records import RecordView
from mouliaison.ui.labels import field_label, term_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a typed key to sort by; None for an empty cell
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's RecordView

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._type: RecordType | None = None
        self._records: list[RecordView] = []
        self._names = Names()

    @property
    def record_type(self) -> RecordType | None:
        return self._type

    def set_records(self, record_type: RecordType, records: Sequence[RecordView], names: Names | None = None) -> None:
        """Show `records` (all of `record_type`); columns change with the type, so the model resets."""
        self.beginResetModel()
        self._type = record_type
        self._records = list(records)
        self._names = names or Names()
        self.endResetModel()

    def record(self, row: int) -> RecordView:
        return self._records[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

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
        view = self._records[index.row()]
        if role == RECORD_ROLE:
            return view
        field = self._type.fields[index.column()]
        value = view.values.get(field.key)
        if role == SORT_ROLE:
            return self._sort_key(field, value)
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self._text(field, value).split())  # one line in a table cell
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(field, value)
            return text if len(text) > 40 or "\n" in text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and field.kind is Kind.INTEGER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, field: Field, value: Value) -> str:
        readable = self._names.readable(field, value)
        if field.vocabulary and field.kind in (Kind.CHOICE, Kind.CHOICES) and self._names.vocabularies is not None:
            vocabulary = field.vocabulary  # the services give English labels: the window's language here
            if isinstance(readable, tuple):
                readable = tuple(term_label(vocabulary, "", str(item)) for item in readable)
            elif isinstance(readable, str):
                readable = term_label(vocabulary, str(value), readable)
        return display(readable)

    def _sort_key(self, field: Field, value: Value) -> Any:
        if value is None:
            return None
        if field.kind in (Kind.INTEGER, Kind.BOOLEAN):
            return int(value)  # type: ignore[arg-type]
        if field.kind is Kind.DATE:
            return display(value)  # ISO dates sort as text
        return self._text(field, value).casefold()


class RecordSortProxy(QSortFilterProxyModel):
    """Sorts by the model's typed keys; empty cells go last whichever the order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            # Empty last: in descending order Qt swaps the result, so swap it back.
            empty_first = self.sortOrder() == Qt.SortOrder.DescendingOrder
            if a is None and b is None:
                return False
            return (a is None) == empty_first
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
