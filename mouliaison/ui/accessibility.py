"""Accessible names on every input, for screen readers and keyboard users.

Most inputs sit beside a label (`QLabel.setBuddy`), carry a placeholder, or are buttons with
their own text. When a window is shown, every input still without an accessible name gets
one from the first of these, so no page or dialog can forget it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QPlainTextEdit, QTextEdit, QAbstractItemView)


def plain(text: str) -> str:
    """Label text as a screen reader should say it: no mnemonic &, no trailing colon or *."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":*").strip()


def is_input(widget: QWidget) -> bool:
    """A control a person operates: not a table's header, not the list inside a combo box."""
    if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return False
        parent = parent.parentWidget()
    return True


def name_inputs(root: QWidget) -> int:
    """Give every input under `root` without an accessible name one; returns how many were named."""
    buddies: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            buddies[id(buddy)] = plain(label.text())
    named = 0
    for widget in root.findChildren(QWidget):
        if widget.accessibleName() or not is_input(widget):
            continue
        name = _name_of(widget, buddies)
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


def unnamed_inputs(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if is_input(w) and not w.accessibleName()]


def _name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    if id(widget) in buddies:
        return buddies[id(widget)]
    parent = widget.parentWidget()
    while parent is not None:  # the line edit inside a combo box, a spin box, a date edit
        if id(parent) in buddies:
            return buddies[id(parent)]
        parent = parent.parentWidget() if not parent.isWindow() else None
    if isinstance(widget, QAbstractButton) and widget.text():
        return plain(widget.text())
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and widget.placeholderText():
        return plain(widget.placeholderText())
    if widget.toolTip():
        return plain(widget.toolTip())
    return plain(widget.objectName().replace("_", " "))


class AccessibleNames(QObject):
    """Names the inputs of a window whenever something in it is shown (installed on the
    application); windows are named once per turn of the event loop, however much was shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[int, QWidget] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            window = watched.window()
            if not self._pending:
                QTimer.singleShot(0, self._flush)
            self._pending[id(window)] = window
        return False

    def _flush(self) -> None:
        pending, self._pending = list(self._pending.values()), {}
        for window in pending:
            with contextlib.suppress(RuntimeError):  # a window deleted meanwhile
                name_inputs(window)


def install(app: QApplication) -> AccessibleNames:
    names = AccessibleNames(app)
    app.installEventFilter(names)
    return names
