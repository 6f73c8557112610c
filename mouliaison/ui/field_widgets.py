"""One editor per kind of field, all with the same small surface for the record form.

An editor gives `value()` as the form reads it (text as typed, a date, a number, a flag, a
code or id, a tuple of codes or ids) and takes a canonical value in `set_value()`. The
domain normalises and validates; an editor only says when its text matches nothing in its
list (`problem()`), because that text has no code or id to hand on.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.values import Value

Choice = tuple[str, str]  # (code or record id, what a person reads)
CODE_ROLE = Qt.ItemDataRole.UserRole
NO_DATE = QDate(1752, 9, 14)  # QDateEdit's earliest date, shown as "not set"
EARLIEST_DATE = QDate(1900, 1, 1)
INT_MAX = 2**31 - 1


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
    """A checkbox says whether there is a date; the date edit (with a calendar) holds it."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.given = QCheckBox()
        self.given.setAccessibleName(self.tr("{0}: a date is given").format(field.label))
        self.given.setToolTip(self.tr("Tick to give a date; untick to leave it empty"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(field.label)
        self._layout.addWidget(self.given)
        self._use(self.date)
        self._layout.addStretch(1)
        self.given.toggled.connect(self._given_toggled)
        self.date.dateChanged.connect(self._date_changed)
        self._show_empty()

    def _show_empty(self) -> None:
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("not set"))
        self.date.setDate(NO_DATE)
        self.date.setEnabled(False)
        self.setFocusProxy(self.given)

    def _show_date(self, date: QDate) -> None:
        self.date.setSpecialValueText("")
        self.date.setMinimumDate(EARLIEST_DATE)
        self.date.setDate(date)
        self.date.setEnabled(True)
        self.setFocusProxy(self.date)

    def _given_toggled(self, given: bool) -> None:
        if given:
            self._show_date(QDate.currentDate())
        else:
            self._show_empty()
        self.edited.emit()

    def _date_changed(self, _date: QDate) -> None:
        if self.given.isChecked():
            self.edited.emit()

    def value(self) -> dt.date | None:
        return self.date.date().toPython() if self.given.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: Value) -> None:
        self.given.blockSignals(True)
        self.given.setChecked(isinstance(value, dt.date))
        self.given.blockSignals(False)
        if isinstance(value, dt.date):
            self._show_date(QDate(value.year, value.month, value.day))
        else:
            self._show_empty()

    def focus_widgets(self) -> list[QWidget]:
        return [self.given, self.date]


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


class PickEditor(FieldEditor):
    """One of a list (a vocabulary's terms, or records by title), with completion as you type."""

    def __init__(self, field: Field, choices: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        if not field.required:
            self.combo.addItem("", None)
        for code, label in choices:
            self.combo.addItem(label, code)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._use(self.combo)
        self.combo.currentTextChanged.connect(self.edited)

    def _match(self, text: str) -> int:
        current = self.combo.currentIndex()
        if current >= 0 and self.combo.itemText(current) == text:
            return current  # two records may share a title: the chosen one wins
        folded = text.casefold()
        for row in range(self.combo.count()):
            if self.combo.itemText(row).casefold() == folded or (self.combo.itemData(row) or "") == text:
                return row
        return -1

    def value(self) -> str | None:
        text = self.combo.currentText().strip()
        if not text:
            return None
        row = self._match(text)
        return self.combo.itemData(row) if row >= 0 else text

    def problem(self) -> str | None:
        text = self.combo.currentText().strip()
        if text and self._match(text) < 0:
            return self.tr("'{0}' is not in the list; choose one of its entries").format(text)
        return None

    def set_value(self, value: Value) -> None:
        row = self.combo.findData(value) if isinstance(value, str) else -1
        if row < 0 and isinstance(value, str):
            self.combo.addItem(value, value)
            row = self.combo.count() - 1
        self.combo.setCurrentIndex(row)
        if row < 0:
            self.combo.setEditText("")


class PicksEditor(FieldEditor):
    """Several of a list: a filter line above a checkable list, and what is chosen below it.

    Type to filter, Down to reach the list, Space to tick; Return in the filter ticks the
    first entry shown.
    """

    def __init__(self, field: Field, choices: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter the list…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter {0}").format(field.label))
        self.list = QListWidget()
        self.list.setAccessibleName(field.label)
        self.list.setUniformItemSizes(True)
        rows = min(max(len(choices), 3), 6)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * rows + 16)
        for code, label in choices:
            self._add(code, label)
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
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.itemChanged.connect(self._item_changed)
        self._show_summary()

    def _add(self, code: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _filter(self, text: str) -> None:
        folded = text.strip().casefold()
        for item in self._items():
            shown = folded in item.text().casefold() or folded == str(item.data(CODE_ROLE)).casefold()
            item.setHidden(not shown)

    def _first_shown(self) -> QListWidgetItem | None:
        return next((item for item in self._items() if not item.isHidden()), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            first = self._first_shown()
            if key == Qt.Key.Key_Down and first is not None:
                self.list.setCurrentItem(first)
                self.list.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and first is not None and self.filter.text():
                checked = first.checkState() == Qt.CheckState.Checked
                first.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                self.filter.clear()
                return True
        return super().eventFilter(watched, event)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._show_summary()
        self.edited.emit()

    def _show_summary(self) -> None:
        chosen = [item.text() for item in self._items() if item.checkState() == Qt.CheckState.Checked]
        if chosen:
            self.summary.setText(self.tr("Chosen ({0}): {1}").format(len(chosen), "; ".join(chosen)))
        else:
            self.summary.setText(self.tr("None chosen"))

    def value(self) -> tuple[str, ...] | None:
        codes = [str(i.data(CODE_ROLE)) for i in self._items() if i.checkState() == Qt.CheckState.Checked]
        return tuple(sorted(codes)) or None

    def set_value(self, value: Value) -> None:
        wanted = set(value) if isinstance(value, tuple) else set()
        self.list.blockSignals(True)
        for item in self._items():
            code = str(item.data(CODE_ROLE))
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
            wanted.discard(code)
        for code in sorted(wanted):  # a code or record the list does not know: kept, shown as is
            self._add(code, code).setCheckState(Qt.CheckState.Checked)
        chosen = [row for row, item in enumerate(self._items()) if item.checkState() == Qt.CheckState.Checked]
        for place, row in enumerate(chosen):  # what is chosen comes first, in view without scrolling
            self.list.insertItem(place, self.list.takeItem(row))
        self.list.blockSignals(False)
        self._show_summary()

    def focus_widgets(self) -> list[QWidget]:
        return [self.filter, self.list]


def make_editor(field: Field, choices: list[Choice], parent: QWidget | None = None) -> FieldEditor:
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
