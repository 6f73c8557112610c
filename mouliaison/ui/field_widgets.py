"""One editor per kind of field, all with the same small surface for the record form.

An editor gives `value()` as the form reads it (text as typed, a date, a number, a flag, a
code or id, a tuple of codes or ids) and takes a canonical value in `set_value()`. The
domain normalises and validates; an editor only says when its text matches nothing in its
list (`problem()`), because that text has no code or id to hand on.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.values import Value
from mouliaison.ui.choices import SEARCH_ROLE, ChecklistModel, Choice, Choices, NamesCompleter, NamesCompletion
from mouliaison.ui.date_input import DateInput

INT_MAX = 2**31 - 1
PASSING_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Shift, Qt.Key.Key_Control,
                Qt.Key.Key_Alt, Qt.Key.Key_Meta}  # moving through a form reads no list


class FieldEditor(QWidget):
    """A field's editor; `input` is its main widget (the label's buddy takes focus there)."""

    edited = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.input: QWidget = self
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _use(self, widget: QWidget) -> None:
        self.input = widget
        self._layout.addWidget(widget)
        self.setFocusProxy(widget)
        if self.field.help:
            widget.setToolTip(self.field.help)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Value) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        return None

    def left(self) -> None:
        """The keyboard left the field (the form tells: a completer's popup keeps focus events back)."""

    def focus_widgets(self) -> list[QWidget]:
        return [self.input]


class LineEditor(FieldEditor):
    """One line: text, email, phone."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit()
        self.line.setMaxLength(field.max_length or INT_MAX)
        if field.kind is Kind.EMAIL:
            self.line.setPlaceholderText(self.tr("name@example.org"))
            self.line.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        elif field.kind is Kind.PHONE:
            self.line.setPlaceholderText(self.tr("+41 22 717 9111"))
            self.line.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._use(self.line)
        self.line.textChanged.connect(self.edited)

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Value) -> None:
        self.line.setText("" if value is None else str(value))


class LongTextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on; the form stays usable with the keyboard
        self.text.setFixedHeight(int(self.text.fontMetrics().lineSpacing() * 4.5) + 12)
        self._use(self.text)
        self.text.textChanged.connect(self.edited)

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: Value) -> None:
        self.text.setPlainText("" if value is None else str(value))


class DateEditor(FieldEditor):
    """A date typed by hand or picked from a calendar; empty is "not set" (ui/date_input)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.date = DateInput()
        self.date.line.setAccessibleName(field.label)
        self._use(self.date)
        self.input = self.date.line
        self.setFocusProxy(self.date.line)
        self._layout.addStretch(1)
        self.date.edited.connect(self.edited)

    def value(self) -> dt.date | None:
        return self.date.read()[0]

    def problem(self) -> str | None:
        return self.date.read()[1]

    def set_value(self, value: Value) -> None:
        self.date.set_date(value if isinstance(value, dt.date) else None)

    def focus_widgets(self) -> list[QWidget]:
        return [self.date.line]


class NumberEditor(FieldEditor):
    """A whole number; below the minimum sits a blank entry for "none" unless it is required."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.spin = QSpinBox()
        lowest = field.minimum if field.minimum is not None else -INT_MAX
        self._empty = None if field.required else lowest - 1
        self.spin.setRange(lowest if self._empty is None else self._empty, INT_MAX)
        if self._empty is not None:
            self.spin.setSpecialValueText(" ")
        self.spin.setMinimumWidth(90)
        self._use(self.spin)
        self._layout.addStretch(1)
        self.spin.valueChanged.connect(self.edited)

    def value(self) -> int | None:
        number = self.spin.value()
        return None if number == self._empty else number

    def set_value(self, value: Value) -> None:
        if isinstance(value, int):
            self.spin.setValue(value)
        else:
            self.spin.setValue(self._empty if self._empty is not None else self.spin.minimum())


class FlagEditor(FieldEditor):
    """Yes or no; a field never set stays None until it is ticked."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.box = QCheckBox()
        self._was_set = False
        self._use(self.box)
        self.box.toggled.connect(self.edited)

    def value(self) -> bool | None:
        if self.box.isChecked():
            return True
        return False if self._was_set else None

    def set_value(self, value: Value) -> None:
        self._was_set = value is not None
        self.box.setChecked(value is True)


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


def make_editor(field: Field, choices: Choices, parent: QWidget | None = None) -> FieldEditor:
    """The editor for a field's kind; `choices` for the kinds that pick from a list."""
    kind = field.kind
    if kind in (Kind.TEXT, Kind.EMAIL, Kind.PHONE):
        return LineEditor(field, parent)
    if kind is Kind.LONG_TEXT:
        return LongTextEditor(field, parent)
    if kind is Kind.DATE:
        return DateEditor(field, parent)
    if kind is Kind.INTEGER:
        return NumberEditor(field, parent)
    if kind is Kind.BOOLEAN:
        return FlagEditor(field, parent)
    if kind in (Kind.CHOICE, Kind.REFERENCE):
        return PickEditor(field, choices, parent)
    return PicksEditor(field, choices, parent)
