"""The mouse wheel scrolls a form; it changes a field's value only once that field has focus.

Qt's combo boxes, spin boxes and lists take the wheel from under the pointer: scrolling down
a long form changed a participant count (12 -> 10) or a Kind behind the person's back,
scrolling down File ▸ Import's mapping step changed what a column becomes (Start date became
End date), and the pointer passing over the records' filter bar, or down Settings on a small
screen, changed a filter or the office's party; over Edit ▸ Change field, the value set on
every selected record. A guarded widget takes focus by Tab or a click
only (StrongFocus), and a wheel turned over it while it lacks focus goes to a scroll area
instead: the one the guard was given (the record form's), else the nearest enclosing one that
can still scroll that way (a combo box in a table's cell: the table, and once the table is at
its end, the page's scroll area).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

from mouliaison.ui.scroll_areas import enclosing


class WheelGuard(QObject):
    """`scroll`: the scroll area every guarded widget's wheel goes to; None: each widget's enclosing ones.
    `parent` (default: `scroll`) keeps the guard alive."""

    def __init__(self, scroll: QAbstractScrollArea | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else scroll)
        self.scroll = scroll

    def guard_all(self, root: QWidget, *, lists: bool = False) -> None:
        """Guard every combo box and spin box (counts, dates) inside `root` as it is now: a dialog's.
        `lists`: its lists too (not a combo box's own), so that the wheel scrolls a form past them."""
        kinds = (QComboBox, QAbstractSpinBox, QAbstractItemView) if lists else (QComboBox, QAbstractSpinBox)
        for kind in kinds:
            for widget in root.findChildren(kind):
                if not isinstance(widget.parentWidget(), QComboBox):  # not a combo box's own list
                    self.guard(widget)

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
        for scroll in [self.scroll] if self.scroll is not None else enclosing(widget):
            QApplication.sendEvent(scroll.verticalScrollBar(), event)
            if event.isAccepted():  # a scroll bar already at its end ignores it: the next one out
                break
        return True  # never the guarded widget's: it changes nothing
