"""Windows and dialogs sized to the screen they open on, never past it.

A netbook's 1024x600, or 1366x768 at 150 % (which Qt sees as 911x512), is smaller than the
sizes the window and the dialogs prefer; a geometry saved on a big office screen is larger
still. Sizes here are the preferred ones cut to the screen's available room (less the taskbar)
with space left for the window manager's frame and title bar, which Qt does not know before
the window is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_WIDTH = 16  # left and right borders a window manager may add
FRAME_HEIGHT = 48  # its title bar and bottom border


def screen_room(widget: QWidget) -> QRect:
    """The available geometry of the screen the widget is on (its parent's, or the primary one)."""
    screen = widget.screen() if widget.isWindow() and widget.parentWidget() is None else None
    if screen is None and widget.parentWidget() is not None:
        screen = widget.parentWidget().screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """width x height, or less where the screen has less room (the frame included)."""
    room = screen_room(widget)
    return QSize(max(1, min(width, room.width() - FRAME_WIDTH)), max(1, min(height, room.height() - FRAME_HEIGHT)))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a window to its preferred size, cut to the screen."""
    widget.resize(fitting_size(widget, width, height))


def keep_within_screen(window: QWidget) -> None:
    """A window (say, restored from a bigger screen) made no larger than the screen and moved onto it."""
    if window.isMaximized() or window.isFullScreen():
        return
    room = screen_room(window)
    size = fitting_size(window, window.width(), window.height())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    margin_x = max(frame.width() - window.width(), 0)
    margin_y = max(frame.height() - window.height(), 0)
    x = min(max(frame.x(), room.x()), room.right() + 1 - size.width() - max(margin_x, FRAME_WIDTH))
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - size.height() - max(margin_y, FRAME_HEIGHT))
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.x()), max(y, room.y()))
