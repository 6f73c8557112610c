"""One editor per kind of field, all with the same small surface for the record form.

An editor gives `value()` as the form reads it (text as typed, a date, a number, a flag, a
code or id, a tuple of codes or ids) and takes a canonical value in `set_value()`. The
domain normalises and validates; an editor only says when its text matches nothing in its
list (`problem()`), because that text has no code or id to hand on. The base is field_editor;
the pickers are picker_editors.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.values import Value
from mouliaison.ui.choices import Choices
from mouliaison.ui.date_input import DateInput
from mouliaison.ui.field_editor import FieldEditor
from mouliaison.ui.picker_editors import PickEditor, PicksEditor

INT_MAX = 2**31 - 1


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
