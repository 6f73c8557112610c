"""Tab through a record form in the order its fields are shown, then out of it.

Qt's focus chain made editable combo boxes and compound editors loop between two pickers; here
Tab and Shift+Tab follow `tab_chain` (every field, what is added below them, Discard, Save), and
leave the form for the window's next widget. A mixin of RecordForm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from mouliaison.domain.validation import Problem
from mouliaison.ui.field_editor import FieldEditor

# a mixin of RecordForm (a QWidget): typed as one, a plain class at run time
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class ShownOrderTab(_Widget):
    """Tab in the order shown (RecordForm inherits this)."""

    editors: dict[str, FieldEditor]
    after_fields: list[QWidget]
    scroll: QScrollArea
    save_button: QPushButton
    discard_button: QPushButton
    _problems: list[Problem]

    def tab_chain(self) -> list[QWidget]:
        """What Tab visits, in the order the form shows it: every field, then the buttons."""
        chain = [w for editor in self.editors.values() for w in editor.focus_widgets()]
        chain += [*self.after_fields, self.discard_button, self.save_button]
        return [w for w in chain if w.isEnabled() and w.isVisibleTo(self)
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def focusNextPrevChild(self, next: bool) -> bool:
        chain = self.tab_chain()
        focused = QApplication.focusWidget()
        here = next_index = None
        for i, widget in enumerate(chain):
            if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
                here = i
                break
        if here is None:
            return super().focusNextPrevChild(next)
        next_index = here + (1 if next else -1)
        if 0 <= next_index < len(chain):
            target = chain[next_index]
        else:
            target = self._outside(chain[here], next) or chain[0 if next else -1]
        self._focus(target, Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab into the form from the window lands on its first stop; Shift+Tab on its last."""
        if watched is self.scroll and event.type() == QEvent.Type.FocusIn:
            chain = self.tab_chain()
            reason = event.reason()  # type: ignore[attr-defined]
            if chain and reason == Qt.FocusReason.BacktabFocusReason:
                self._focus(chain[-1], reason)
            elif chain and reason == Qt.FocusReason.TabFocusReason:
                self._focus(chain[0], reason)
        return super().eventFilter(watched, event)

    def _outside(self, start: QWidget, forward: bool) -> QWidget | None:
        """The window's next (or previous) widget Tab can reach that is not in this form."""
        widget = start
        for _ in range(10000):
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is start:
                return None
            if (not self.isAncestorOf(widget) and widget is not self and widget.isEnabled()
                    and widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.window() is self.window()):
                return widget
        return None

    def _focus(self, widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        widget.setFocus(reason)
        content = self.scroll.widget()
        if content is not None and content.isAncestorOf(widget):
            self.scroll.ensureWidgetVisible(widget)

    def focus_first_field(self) -> None:
        """The first field takes the keyboard: a new record is typed at once (File > New)."""
        fields = [w for w in self.tab_chain() if w not in (self.discard_button, self.save_button)]
        if fields:
            self._focus(fields[0])

    def _focus_first_problem(self) -> None:
        bad = {p.field for p in self._problems}
        for key, editor in self.editors.items():
            if key in bad and editor.isEnabled():
                self._focus(editor.input)
                return
