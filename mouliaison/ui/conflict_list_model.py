"""The list of open conflicts: every id held, the rows read in blocks as they come into view.

A coordinator who imported twenty field workbooks may have thousands of conflicts; reading
them all before showing any took seconds. The ids come in one query (in the order they are
listed: type, record, field); a block of BLOCK conflicts is read in bulk the first time one
of its rows is asked for (painted, selected), as the Anki browser's model does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from mouliaison.domain.fields import Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import Value, display
from mouliaison.services.conflicts import ConflictView, conflict_ids, read_conflicts
from mouliaison.services.database import Database
from mouliaison.ui.labels import field_label, term_label, type_label
from mouliaison.ui.messages import labelled

CONFLICT_ROLE = Qt.ItemDataRole.UserRole
DELETED_FIELD = "_deleted"
BLOCK = 200  # conflicts read at a time
RECORD, FIELD, VALUES = range(3)
Index = QModelIndex | QPersistentModelIndex


def kind_of(view: ConflictView) -> str:
    """The record's type as a person reads it, in their language."""
    rtype = RECORD_TYPES.get(view.type)
    return type_label(rtype) if rtype is not None else view.type


def field_of(view: ConflictView) -> str:
    """The field in conflict, in the person's language (a delete against an edit says so)."""
    if view.field == DELETED_FIELD:
        return QCoreApplication.translate("ConflictsPage", "Delete or keep")
    rtype = RECORD_TYPES.get(view.type)
    field = rtype.field(view.field) if rtype is not None else None
    return field_label(field) if field is not None else view.field_label


def readable_text(view: ConflictView, value: Value) -> str:
    """A competing value from `readable_values`, a term's label in the person's language."""
    rtype = RECORD_TYPES.get(view.type)
    field = rtype.field(view.field) if rtype is not None else None
    if field is not None and field.vocabulary and field.kind in (Kind.CHOICE, Kind.CHOICES):
        vocabulary = field.vocabulary
        if isinstance(value, tuple):
            value = tuple(term_label(vocabulary, "", str(item)) for item in value)
        elif isinstance(value, str):
            value = term_label(vocabulary, "", value)
    return display(value)


class ConflictListModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ids: list[str] = []
        self._views: dict[int, ConflictView | None] = {}  # row -> its conflict (None: closed meanwhile)
        self.blocks_read = 0  # for tests and the benchmark

    def reload(self) -> None:
        """Read the ids again (after a resolution, an import); rows are read again when shown."""
        self.beginResetModel()
        self.ids = conflict_ids(self.db)
        self._views.clear()
        self.endResetModel()

    def view(self, row: int) -> ConflictView | None:
        if not 0 <= row < len(self.ids):
            return None
        if row not in self._views:
            self._read_block(row // BLOCK * BLOCK)
        return self._views.get(row)

    def row_of(self, conflict_id: str) -> int:
        try:
            return self.ids.index(conflict_id)
        except ValueError:
            return -1

    def loaded_rows(self) -> int:
        return len(self._views)

    def _read_block(self, start: int) -> None:
        ids = self.ids[start : start + BLOCK]
        found = {view.id: view for view in read_conflicts(self.db, ids)}
        self.blocks_read += 1
        for row, conflict_id in enumerate(ids, start=start):
            self._views[row] = found.get(conflict_id)

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (QCoreApplication.translate("ConflictsPage", "Record"),
                 QCoreApplication.translate("ConflictsPage", "Field"),
                 QCoreApplication.translate("ConflictsPage", "Values"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self.view(index.row())
        column = index.column()
        if role == CONFLICT_ROLE:
            return view
        if view is None:  # resolved elsewhere since the ids were read; gone at the next refresh
            return "…" if role == Qt.ItemDataRole.DisplayRole and column == RECORD else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RECORD:
                return view.record_title or view.record_id
            if column == FIELD:
                return field_of(view)
            return str(len(view.values))
        if role == Qt.ItemDataRole.ToolTipRole and column == RECORD:
            return labelled(kind_of(view), view.record_title or view.record_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
