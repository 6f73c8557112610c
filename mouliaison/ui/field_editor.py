"""What every field editor of the record form offers: `value()`, `set_value()`, `problem()`, `left()`.

The editors themselves are in field_widgets (text, dates, numbers, flags) and picker_editors (one
or several of a list).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from mouliaison.domain.fields import Field
from mouliaison.domain.values import Value

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
