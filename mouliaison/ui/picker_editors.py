"""The editors that pick from a list: one entry (an editable combo box with completion), or several
(a filter above a checkable list).

A picker finds an entry by its label, its code, or (parties, organisations) its other names; text
that names no entry is kept and said (`problem()`), never dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from mouliaison.domain.fields import Field
from mouliaison.domain.values import Value
from mouliaison.ui.choices import SEARCH_ROLE, ChecklistModel, Choice, Choices, NamesCompleter, NamesCompletion
from mouliaison.ui.field_editor import PASSING_KEYS, FieldEditor


class PickCombo(QComboBox):
    """An editable combo box that says when its entries are about to be shown."""

    wanted = Signal()

    def showPopup(self) -> None:
        self.wanted.emit()
        super().showPopup()


class PickEditor(FieldEditor):
    """One of a list (a vocabulary's terms, or records by title), with completion as you type.

    A long list (20,000 contacts) is read when the person first opens or types in the box;
    until then the box holds only the record shown. Entries sit in a string list model, so
    filling and completing cost C++ time, not a Python call per entry.
    """

    def __init__(self, field: Field, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.choices = choices
        self.combo = PickCombo()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self._labels = QStringListModel(self.combo)
        self.combo.setModel(self._labels)
        self._codes: list[str | None] = []  # row -> code (None: the empty entry)
        self._extra: list[Choice] = []  # codes shown that the entries do not have (a deleted record)
        self._all_read = False
        completer = self.combo.completer()
        assert completer is not None
        if choices.named_otherwise:  # typing "UNHCR" or "OIM" finds the organisation or party
            completer = NamesCompleter(self.combo)
            completer.setModel(NamesCompletion(self._labels, self._search_text, completer))
            completer.setCompletionRole(SEARCH_ROLE)
            self.combo.setCompleter(completer)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._use(self.combo)
        self.combo.currentTextChanged.connect(self.edited)
        self.combo.wanted.connect(self.read_all)
        line = self.combo.lineEdit()
        assert line is not None
        line.installEventFilter(self)  # the first key typed reads the entries
        line.textEdited.connect(self.read_all)  # or the first paste
        if choices.loaded:
            self.read_all()
        else:
            self._set_rows([])

    def _set_rows(self, entries: list[Choice]) -> None:
        empty: list[Choice] = [] if self.field.required else [("", "")]
        rows = empty + entries
        self._codes = [code or None for code, _ in rows]
        self._shown = [label for _, label in rows]
        self._labels.setStringList(self._shown)

    def read_all(self) -> None:
        """Every entry in the box, the one shown kept (and any text being typed)."""
        if self._all_read:
            return
        self._all_read = True
        current = self.combo.currentIndex()
        code = self._codes[current] if current >= 0 else None
        text = self.combo.currentText()
        typed = current < 0 or self.combo.itemText(current) != text
        line = self.combo.lineEdit()
        assert line is not None
        cursor, start, length = line.cursorPosition(), line.selectionStart(), len(line.selectedText())
        entries = self.choices.entries
        self._extra = [(c, label) for c, label in self._extra if not self.choices.knows(c)]
        self.combo.blockSignals(True)
        try:
            self._set_rows(entries + self._extra)
            self.combo.setCurrentIndex(self._codes.index(code) if current >= 0 and code in self._codes else -1)
            if typed or self.combo.currentText() != text:
                self.combo.setEditText(text)
        finally:
            self.combo.blockSignals(False)
        if line.text() == text:  # the key about to be typed lands where the person expects
            if length and cursor == start:
                line.setSelection(start + length, -length)
            elif length:
                line.setSelection(start, length)
            else:
                line.setCursorPosition(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and not self._all_read
                and event.key() not in PASSING_KEYS):  # type: ignore[attr-defined]
            self.read_all()
        return super().eventFilter(watched, event)

    def _search_text(self, row: int) -> str:
        if not 0 <= row < len(self._codes):
            return ""
        code, label = self._codes[row], self._shown[row]
        return " · ".join((label, *self.choices.other_names(code))) if code else label

    def left(self) -> None:
        """The box is left: a record typed by another name ("OIM") shows by its label, and text the
        completer offered exactly one entry for ("amin": Amina Yusuf) takes that entry, as Tab takes
        the one completion shown. Text matching several entries, or none, stays as typed and says so."""
        text = self.combo.currentText().strip()
        if not text:
            return
        code = self._code_of(text)
        row = self._codes.index(code) if code is not None and code in self._codes else -1
        completer = self.combo.completer()
        if row < 0 and completer is not None and completer.completionPrefix() == self.combo.currentText() \
                and completer.completionCount() == 1:
            completer.setCurrentRow(0)
            offered = completer.currentCompletion()
            row = self._shown.index(offered) if offered in self._shown else -1
        if row >= 0 and self.combo.itemText(row) != text:
            self.combo.setCurrentIndex(row)
            self.combo.setEditText(self.combo.itemText(row))  # the index may have been that row already

    def _code_of(self, text: str) -> str | None:
        current = self.combo.currentIndex()
        if current >= 0 and self.combo.itemText(current) == text:
            return self._codes[current]  # two records may share a title: the chosen one wins
        return self.choices.code_for(text)

    def value(self) -> str | None:
        text = self.combo.currentText().strip()
        if not text:
            return None
        code = self._code_of(text)
        return code if code is not None else text

    def problem(self) -> str | None:
        text = self.combo.currentText().strip()
        if text and self._code_of(text) is None:
            return self.tr("'{0}' is not in the list; choose one of its entries").format(text)
        return None

    def set_value(self, value: Value) -> None:
        if not isinstance(value, str) or not value:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText("")
            return
        if value not in self._codes:
            if self._all_read:
                self._extra.append((value, self.choices.label(value)))
                self._set_rows(self.choices.entries + self._extra)
            else:  # kept when the list is read, if the list lacks it (a deleted record)
                self._extra = [(value, self.choices.label(value))]
                self._set_rows(self._extra)
        self.combo.setCurrentIndex(self._codes.index(value))


class PicksEditor(FieldEditor):
    """Several of a list: a filter line above a checkable list, and what is chosen below it.

    Type to filter, Down to reach the list, Space to tick; Return in the filter ticks the
    first entry shown. The list is a view over a model: 20,000 contacts cost no widgets.
    """

    def __init__(self, field: Field, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter the list…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter {0}").format(field.label))
        self.model = ChecklistModel(choices, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(field.label)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)  # Space and a click tick
        self._fit_height()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        column.addWidget(self.filter)
        column.addWidget(self.list)
        column.addWidget(self.summary)
        self._layout.addWidget(box)
        self.input = self.filter
        self.setFocusProxy(self.filter)
        if field.help:
            self.list.setToolTip(field.help)
        self.filter.textChanged.connect(self.model.set_filter)
        self.filter.textChanged.connect(self.edited)  # text typed but not ticked is not lost: see problem()
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.viewport().installEventFilter(self)
        self.model.toggled.connect(self._toggled)
        self._pending = False
        self._show_summary()

    def read_all(self) -> None:
        """Every entry in the list (until then, only what is chosen): read when the list is
        first painted, so the window shows first, or at once when the person turns to it."""
        self._pending = False
        if self.model.waiting:
            self.model.choices.entries  # noqa: B018 (reads them, once for every list of the type)
            self.model.arrange()
            self._fit_height()
            self._show_summary()

    def _fit_height(self) -> None:
        """Up to six rows; a list not read yet is taken to be long."""
        choices = self.model.choices
        rows = min(max(len(choices.read_so_far), 3), 6) if choices.loaded else 6
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * rows + 16)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self.list.viewport() and self.model.waiting:
            if not self._pending:
                self._pending = True
                QTimer.singleShot(0, self, self.read_all)  # after this paint: the window first
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.KeyPress):
            self.read_all()
        if watched is self.filter and kind == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            shown = self.model.rowCount() > 0
            if key == Qt.Key.Key_Down and shown:
                self.list.setCurrentIndex(self.model.index(0))
                self.list.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shown and self.filter.text():
                self.model.toggle(0)
                self.filter.clear()
                return True
        return super().eventFilter(watched, event)

    def _toggled(self) -> None:
        self._show_summary()
        self.edited.emit()

    def _show_summary(self) -> None:
        chosen = self.model.labels_chosen()
        if chosen:
            self.summary.setText(self.tr("Chosen ({0}): {1}").format(len(chosen), "; ".join(chosen)))
        else:
            self.summary.setText(self.tr("None chosen"))

    def value(self) -> tuple[str, ...] | None:
        return tuple(sorted(self.model.chosen)) or None

    def problem(self) -> str | None:
        """Text left in the filter is a name the person meant to give: never dropped silently."""
        text = self.filter.text().strip()
        if not text:
            return None
        if self.model.choices.code_for(text) is not None:
            return self.tr("'{0}' is typed but not ticked: press Enter in the filter to tick it, "
                           "or clear the filter").format(text)
        return self.tr("'{0}' is not in the list: tick one of its entries, or add '{0}' as a record of "
                       "its own first; then clear the filter").format(text)

    def set_value(self, value: Value) -> None:
        self.model.chosen = {str(code) for code in value} if isinstance(value, tuple) else set()
        self.model.arrange()
        self._show_summary()

    def focus_widgets(self) -> list[QWidget]:
        return [self.filter, self.list]
