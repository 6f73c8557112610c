"""What a picker offers, read when first wanted, and the list model a checklist shows.

A form of an activity names contacts; there may be 20,000 of them, and a meeting names
one of 100,000 activities. Widgets per entry (QListWidget items, QComboBox items) took most
of a second to build for a form nobody had touched yet. Here the entries are a Python list
read once per form when a picker first needs them; the views show them through models
whose cost does not grow with the list (Qt asks only for the rows it paints).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter

Choice = tuple[str, str]  # (code or record id, what a person reads)
CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # an entry's label and its other names, for completion
AnyIndex = QModelIndex | QPersistentModelIndex


def sort_key(text: str) -> str:
    """Åland Islands next to Albania: accents do not send a name to the end."""
    folded = text.casefold()
    if folded.isascii():  # most names: no need to look at each letter
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def compared(text: str) -> str:
    """A name as typed names compare: no accents, any case, single spaces."""
    return " ".join(sort_key(text).split())


class Choices:
    """The entries of one list (a vocabulary's terms, or the live records of a type by title).

    `entries` (when a function) runs at most once, when the entries are first wanted; until
    then `label` names a code through `labels_of` (the records a form shows, without reading
    all the others). A code the entries lack (a deleted record) is named that way too.
    """

    def __init__(self, entries: Sequence[Choice] | Callable[[], Sequence[Choice]],
                 labels_of: Callable[[list[str]], dict[str, str]] | None = None,
                 other_names: Callable[[], dict[str, tuple[str, ...]]] | None = None) -> None:
        self._read = entries if callable(entries) else None
        self._read_other_names = other_names
        self._other_names: dict[str, tuple[str, ...]] | None = None
        self._by_other_name: dict[str, set[str]] | None = None
        self._entries: list[Choice] | None = None if callable(entries) else list(entries)
        self._labels_of = labels_of
        self._labels: dict[str, str] = {}  # code -> label of the entries, once read
        self._named: dict[str, str] = {}  # what label_of said, asked once per code
        self._by_text: dict[str, str] | None = None

    @property
    def loaded(self) -> bool:
        return self._entries is not None

    @property
    def entries(self) -> list[Choice]:
        if self._entries is None:
            assert self._read is not None
            self._entries = list(self._read())
        return self._entries

    @property
    def read_so_far(self) -> list[Choice]:
        """The entries if they have been read, else none: what a view shows without waiting."""
        return self._entries if self._entries is not None else []

    def label(self, code: str) -> str:
        """How `code` reads: its entry's label, else what `labels_of` says (a deleted record)."""
        return self.labels([code])[0]

    def labels(self, codes: list[str]) -> list[str]:
        """Labels of several codes; those the entries lack are asked of `labels_of` at once."""
        if self._entries is not None and not self._labels:
            self._labels = dict(self._entries)
        asked = [code for code in codes if code not in self._labels and code not in self._named]
        if asked:
            said = self._labels_of(asked) if self._labels_of is not None else {}
            self._named.update((code, said.get(code, code)) for code in asked)
        return [self._labels[code] if code in self._labels else self._named[code] for code in codes]

    def knows(self, code: str) -> bool:
        self.label(code)  # builds the index when loaded
        return code in self._labels

    @property
    def named_otherwise(self) -> bool:
        """Whether entries are also found by other names (an acronym, a name in French)."""
        return self._read_other_names is not None

    def other_names(self, code: str) -> tuple[str, ...]:
        """The names besides its label an entry is found by: "UNHCR", "OIM"."""
        if self._other_names is None:
            self._other_names = dict(self._read_other_names()) if self._read_other_names is not None else {}
        return self._other_names.get(code, ())

    def code_for(self, text: str) -> str | None:
        """The entry a typed text names: its label in any case, its code as is, or the one
        entry known by that other name (whatever its case and accents)."""
        if self._by_text is None:
            self._by_text = {}
            for code, label in self.entries:
                self._by_text.setdefault(label.casefold(), code)
        folded = text.strip().casefold()
        if folded in self._by_text:
            return self._by_text[folded]
        if self.knows(text.strip()):
            return text.strip()
        if not self.named_otherwise:
            return None
        if self._by_other_name is None:
            self._by_other_name = {}
            for code, _label in self.entries:
                for name in self.other_names(code):
                    self._by_other_name.setdefault(compared(name), set()).add(code)
        found = self._by_other_name.get(compared(text), set())
        return next(iter(found)) if len(found) == 1 else None  # a name two entries share names neither

    def matches(self, code: str, label: str, wanted: str) -> bool:
        """Whether an entry is one a filter's text `wanted` (case folded) finds."""
        if wanted in label.casefold() or wanted == code.casefold():
            return True
        return self.named_otherwise and any(wanted in name.casefold() for name in self.other_names(code))


class NamesCompletion(QIdentityProxyModel):
    """A picker's entries for its completer: each searchable by its label and its other names
    (SEARCH_ROLE). Only for short lists (parties, organisations): each row asked costs a Python call."""

    def __init__(self, source: QAbstractListModel, search_text: Callable[[int], str], parent: QObject) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._search_text = search_text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SEARCH_ROLE:
            return self._search_text(index.row())
        return super().data(index, role)


class NamesCompleter(QCompleter):
    """Completes over SEARCH_ROLE ("UNHCR" finds the agency) but puts the entry's label in the box."""

    def pathFromIndex(self, index: AnyIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class ChecklistModel(QAbstractListModel):
    """A checkable list over Choices: what is chosen first, then the rest, narrowed by a filter.

    Only the rows the view paints are asked for; ticking a row (mouse, Space) sets its check
    state through setData like any checkable item.
    """

    toggled = Signal()  # an entry was ticked or unticked by the person

    def __init__(self, choices: Choices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.chosen: set[str] = set()
        self._extra: list[Choice] = []  # chosen codes the entries do not have (a deleted record)
        self._order: list[Choice] = []  # chosen first, then the rest, as last arranged
        self._rows: list[Choice] = []  # _order narrowed by the filter
        self._filter = ""
        self._arranged_with = -1  # how many entries the last arrangement had
        self.arrange()

    @property
    def waiting(self) -> bool:
        """The entries are not all shown yet (not read, or read since the last arrangement)."""
        return not self.choices.loaded or self._arranged_with != len(self.choices.read_so_far)

    def arrange(self) -> None:
        """Chosen entries first, in view without scrolling; then the others, in the list's order.

        Before the entries are read, only what is chosen shows (named without reading them)."""
        entries = self.choices.read_so_far
        known = {code for code, _ in entries}
        unknown = sorted(self.chosen - known)
        self._extra = sorted(zip(unknown, self.choices.labels(unknown), strict=True),
                             key=lambda choice: sort_key(choice[1]))
        first = [choice for choice in entries if choice[0] in self.chosen]
        rest = [choice for choice in entries if choice[0] not in self.chosen] if self.chosen else list(entries)
        self._arranged_with = len(entries)
        self.beginResetModel()
        self._order = first + self._extra + rest
        self._rows = self._narrowed()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self.beginResetModel()
        self._rows = self._narrowed()
        self.endResetModel()

    def _narrowed(self) -> list[Choice]:
        wanted = self._filter
        if not wanted:
            return self._order
        return [(code, label) for code, label in self._order if self.choices.matches(code, label, wanted)]

    def code(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def labels_chosen(self) -> list[str]:
        return [label for code, label in self._order if code in self.chosen]

    def toggle(self, row: int) -> None:
        code = self.code(row)
        if code is not None:
            self.setData(self.index(row), Qt.CheckState.Unchecked if code in self.chosen else Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code, label = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if code in self.chosen else Qt.CheckState.Unchecked
        if role == CODE_ROLE:
            return code
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        code = self._rows[index.row()][0]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (code in self.chosen):
            return True
        if checked:
            self.chosen.add(code)
        else:
            self.chosen.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
