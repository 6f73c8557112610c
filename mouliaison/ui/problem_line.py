"""The line under a form's field that says what is wrong with it: one line, whatever the message.

A message longer than the line is cut to it with "…"; the whole text is the line's tooltip (and
the form's save summary lists it too). So a message appearing, growing or going while the person
types never moves the fields below: the line keeps one line's height.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

JOINED = "  ·  "  # two messages for one field, side by side on the line


class ProblemLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widens the form

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)  # the whole message, however much the line shows
        self.update()

    def one_line(self) -> str:
        """The message as the line shows it: cut with "…" when longer than the line."""
        text = JOINED.join(self.text().splitlines())
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(0, self.fontMetrics().lineSpacing() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.style().drawItemText(painter, self.contentsRect(), left, self.palette(), self.isEnabled(),
                                  self.one_line(), self.foregroundRole())
        painter.end()
