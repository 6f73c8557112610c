"""Driving the record form as a person does: a shown, active window, real keys and wheel turns."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from mouliaison.ui.record_form import RecordForm


def open_form(qtbot, db, width: int = 820, height: int = 600) -> tuple[QWidget, RecordForm, QLineEdit]:
    """A window holding a record form and, after it, a line of the window's own."""
    window = QWidget()
    qtbot.addWidget(window)
    form = RecordForm(db, window)
    outside = QLineEdit(window)
    outside.setObjectName("outside")
    layout = QVBoxLayout(window)
    layout.addWidget(form)
    layout.addWidget(outside)
    window.resize(width, height)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, form, outside


def click_first_field(form: RecordForm) -> None:
    """The keyboard in the form's first field, as a click there puts it."""
    next(iter(form.editors.values())).setFocus(Qt.FocusReason.MouseFocusReason)


def field_of(form: RecordForm, widget: QWidget | None) -> str:
    """The field a widget belongs to, else its object name (a button's text)."""
    for key, editor in form.editors.items():
        if widget is editor or (widget is not None and editor.isAncestorOf(widget)):
            return key
    if widget is None:
        return "<nothing>"
    return widget.objectName() or getattr(widget, "text", lambda: type(widget).__name__)()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """A key pressed where the keyboard is; the widget that has it afterwards."""
    focused = QApplication.focusWidget()
    assert focused is not None, "the keyboard is nowhere"
    qtbot.keyClick(focused, key, modifier)
    return QApplication.focusWidget()


def tab_to(qtbot, form: RecordForm, key: str) -> QWidget:
    """Tab until the keyboard is in the field `key` (at most once round the form)."""
    for _ in range(4 * len(form.editors) + 8):
        if field_of(form, QApplication.focusWidget()) == key:
            return QApplication.focusWidget()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {key}")


def field_tops(form: RecordForm) -> dict[str, int]:
    """Where each field's editor is, down the form's content (to see that nothing moved)."""
    content = form.scroll.widget()
    return {key: editor.mapTo(content, editor.rect().topLeft()).y() for key, editor in form.editors.items()}


def type_in(qtbot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "the keyboard is nowhere"
    qtbot.keyClicks(focused, text)


def wheel(widget: QWidget, steps: int = -1) -> None:
    """A wheel turned over the middle of `widget` (negative: towards the person, scrolling down).

    Qt hands a real wheel event up to the parents until one takes it; an event sent by a test
    is not handed up, so this does it the same way."""
    inside = QPointF(widget.width() / 2, widget.height() / 2)
    target: QWidget | None = widget
    while target is not None:
        here = QPointF(widget.mapTo(target, inside.toPoint()))  # the same point, in the coordinates of each parent
        event = QWheelEvent(here, QPointF(widget.mapToGlobal(inside.toPoint())), QPoint(0, 0),
                            QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(target, event)
        if event.isAccepted() or target.isWindow():
            return
        target = target.parentWidget()
