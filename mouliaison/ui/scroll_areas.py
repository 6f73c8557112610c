"""The scroll areas a widget sits in: where the wheel goes when a field does not take it
(wheel_guard), and what is scrolled to bring a message into view (row_message)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def enclosing(widget: QWidget) -> Iterator[QAbstractScrollArea]:
    """The scroll areas around `widget`, nearest first (not the widget itself, when it is one)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            yield parent
        parent = parent.parentWidget()
