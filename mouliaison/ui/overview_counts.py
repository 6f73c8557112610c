"""The Overview's counts as things to click: each opens the records it counts.

A `CountButton` shows a number in the palette's link colour; Tab reaches it, a click, Enter,
Return or Space opens the list, and its accessible name says what it counts ("Ongoing,
Kenya: 3 joint activities"). `StatusTable` lays out rows (countries, quarters) by status with
a button in each cell. `Bar` and `ElidedLabel` draw the bar charts' parts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from mouliaison.ui.messages import count_text

BAR_WIDTH = 100
BAR_HEIGHT = 14
COUNT_STYLE = (
    "QPushButton#{name} {{ border: 1px solid transparent; padding: 0 3px; color: palette(link);"
    " text-decoration: underline; text-align: right; }}"
    " QPushButton#{name}:focus {{ border: 1px solid palette(highlight); }}"
    " QPushButton#{name}:hover {{ border-bottom: 1px solid palette(link); }}"
)


def what_is_counted(what: str, count: str) -> str:
    """The accessible name of a count: what it counts, how many (as shown), and that it opens them."""
    said = QCoreApplication.translate("OverviewCounts", "{0}: {1} — press Enter to list them")
    return said.format(what, count)


class CountButton(QPushButton):
    """A count that opens the records it counts (a click, Enter, Return or Space)."""

    def __init__(self, count: int, what: str, opened: Callable[[], None], name: str = "count",
                 parent: Any = None, *, shown: str | None = None) -> None:
        """`shown`: the count in words ("2 designated"); the number alone by default."""
        super().__init__(shown or count_text(count), parent)
        self.count = count
        self.setObjectName(name)
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(COUNT_STYLE.format(name=name))
        self.setAccessibleName(what_is_counted(what, self.text()))
        self.setToolTip(self.accessibleName())
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.clicked.connect(opened)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Return open, as on a link (a push button outside a dialog takes only Space)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


def count_cell(count: int, what: str, opened: Callable[[], None], name: str = "count") -> QWidget:
    """A button for a count; a plain 0 where there is nothing to list."""
    if count:
        return CountButton(count, what, opened, name)
    zero = QLabel(count_text(0))
    zero.setObjectName(name)
    zero.setAccessibleName(QCoreApplication.translate("OverviewCounts", "{0}: none").format(what))
    zero.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    zero.setContentsMargins(0, 0, 4, 0)
    return zero


class Bar(QWidget):
    """A horizontal bar: `value` of `maximum`, in the palette's highlight colour."""

    def __init__(self, value: int, maximum: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.value = value
        self.maximum = max(maximum, 1)
        self.setMinimumWidth(60)

    def sizeHint(self) -> QSize:
        return QSize(BAR_WIDTH, BAR_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 2, 0, -2)
        track = QColor(self.palette().color(self.palette().ColorRole.Mid))
        track.setAlpha(60)
        painter.fillRect(rect, track)
        if self.value:
            width = max(2, round(rect.width() * self.value / self.maximum))
            painter.fillRect(rect.adjusted(0, 0, width - rect.width(), 0), self.palette().color(
                self.palette().ColorRole.Highlight))
        painter.end()


class ElidedLabel(QLabel):
    """One line that ends in … when it does not fit; text() and the tooltip keep it whole."""

    def __init__(self, text: str, parent: Any = None) -> None:
        super().__init__(text, parent)
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()


class StatusTable(QWidget):
    """Rows by status: a heading per status and "All", then per row its name and its counts,
    each a button that opens the activities it counts (`opened(row key, status or None)`)."""

    def __init__(self, heading: str, statuses: Sequence[tuple[str, str]],
                 rows: Sequence[tuple[str, str, Sequence[int], int]],
                 opened: Callable[[str, str | None], None], parent: Any = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(0, 1)
        bold = QFont(self.font())
        bold.setBold(True)
        every = QCoreApplication.translate("OverviewCounts", "All")
        for column, text in enumerate([heading, *(label for _code, label in statuses), every]):
            title = ElidedLabel(text) if column == 0 else QLabel(text)
            title.setFont(bold)
            title.setObjectName("statusTableHeading")
            if column:
                title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
                title.setWordWrap(True)
            grid.addWidget(title, 0, column)
        for row, (key, label, counts, total) in enumerate(rows, start=1):
            name = ElidedLabel(label)
            name.setObjectName("statusTableRow")
            grid.addWidget(name, row, 0)
            for column, ((code, status), count) in enumerate(zip(statuses, counts, strict=True), start=1):
                what = QCoreApplication.translate("OverviewCounts", "{0}, {1}").format(status, label)
                grid.addWidget(count_cell(count, what, _opener(opened, key, code)), row, column)
            grid.addWidget(count_cell(total, label, _opener(opened, key, None), "countAll"), row, len(statuses) + 1)


def _opener(opened: Callable[[str, str | None], None], key: str, status: str | None) -> Callable[[], None]:
    return lambda: opened(key, status)
