"""A message about one row of a table, shown in a line of its own right under that row.

A person working far down a long table sees it where they are: the row they used stays where it
was when the message fits under it, else moves up only as far as the message needs (the table and
any scroll area around it each scrolled only that far, the row kept in view first), the keyboard
stays where it is, and a screen reader hears it twice over: an
announcement now, and the description of the widget the person used when they come back to it.
One message at a time: showing another one moves it; `clear` takes it away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QTableWidget, QWidget
from shiboken6 import isValid

from mouliaison.ui.appearance import problem_style
from mouliaison.ui.scroll_areas import enclosing


class RowMessage(QObject):
    def __init__(self, table: QTableWidget, object_name: str) -> None:
        super().__init__(table)
        self.table = table
        self.object_name = object_name
        self.label: QLabel | None = None
        self._line: int | None = None  # the table row the message is in
        self._about: QWidget | None = None  # the widget the person used: it carries the message too
        table.viewport().installEventFilter(self)  # a narrower table wraps the message on more lines

    def show(self, row: int, text: str, about: QWidget) -> QLabel:
        """`text` in a line under table row `row`, about `about` (which keeps the keyboard)."""
        self.clear()
        line = row + 1
        self.table.insertRow(line)
        self.table.setSpan(line, 0, 1, self.table.columnCount())
        label = QLabel(text)
        label.setObjectName(self.object_name)
        label.setWordWrap(True)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setStyleSheet(f"QLabel {{ {problem_style(self.table.palette())} padding: 2px 6px; }}")
        self.table.setCellWidget(line, 0, label)
        self.label, self._line, self._about = label, line, about
        self._fit()
        about.setAccessibleDescription(text)
        self._into_view()
        announcement = QAccessibleAnnouncementEvent(label, text)
        announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(announcement)
        return label

    def clear(self) -> None:
        if self._line is None:
            return
        if self._about is not None and isValid(self._about):
            self._about.setAccessibleDescription("")
        if self.label is not None and isValid(self.label):
            self.label.hide()  # removing the row deletes it later; it is gone from the screen now
        self.table.removeRow(self._line)
        self.label, self._line, self._about = None, None, None

    def _fit(self) -> None:
        """The message line as high as its text wrapped to the table's width."""
        if self.label is None or self._line is None:
            return
        self.label.ensurePolished()  # its padding counted
        self.table.setRowHeight(self._line, self.label.heightForWidth(self.table.viewport().width()))

    def _into_view(self) -> None:
        """The row and its message in view: the table scrolled only as far as needed, then the scroll
        area around it (a small screen scrolls the whole page)."""
        assert self._line is not None and self.label is not None
        self.table.scrollTo(self.table.model().index(self._line - 1, 0))
        self.table.scrollTo(self.table.model().index(self._line, 0))
        self.table.updateGeometries()  # the message placed on its line now, not at the next paint
        area = self._scroll_area()
        inner = area.widget() if area is not None else None
        if area is not None and inner is not None and self._about is not None:
            cell = self.table.visualRect(self.table.model().index(self._line, 0))
            foot = self.table.viewport().mapTo(inner, cell.bottomLeft())
            area.ensureVisible(foot.x(), foot.y(), 0, 0)  # the message's last line; the row is above it
            area.ensureWidgetVisible(self._about, 0, 0)  # the widget first, when the two do not fit

    def _scroll_area(self) -> QScrollArea | None:
        """The page's scroll area around the table (not the table's own)."""
        return next((area for area in enclosing(self.table) if isinstance(area, QScrollArea)), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit()
        return False
