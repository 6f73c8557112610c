"""The mouse wheel scrolls a form; it changes a field's value only once that field has focus.

Qt's combo boxes, spin boxes and lists take the wheel from under the pointer: scrolling down
a long form changed a participant count (12 -> 10) or a Kind behind the person's back. A
guarded widget takes focus by Tab or a click only (StrongFocus), and a wheel turned over it
while it lacks focus goes to the form's scroll area instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget


class WheelGuard(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll

    def guard(self, widget: QWidget) -> None:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        watched = widget.viewport() if isinstance(widget, QAbstractItemView) else widget  # a list's wheel lands there
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        widget = watched.parent() if not isinstance(watched, QAbstractItemView) else watched
        if not isinstance(widget, QAbstractItemView) or watched is not widget.viewport():
            widget = watched  # a combo box or a spin box itself
        if not isinstance(widget, QWidget):
            return False
        focused = QApplication.focusWidget()
        if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
            return False  # a field being edited takes the wheel, as the person expects
        QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
        return True
