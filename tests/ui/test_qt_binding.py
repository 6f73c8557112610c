"""The Qt binding itself: a release that mishandles references would crash long sessions.

PySide6 6.12.0 released a reference to None at every call of a method returning nothing
(QListWidgetItem.setData, QListWidget.addItem, ...). On Python 3.11, where None is not
immortal, the window then died with "Fatal Python error: none_dealloc" after enough calls:
building the participants list of 20,000 contacts was enough. pyproject.toml excludes it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def test_methods_returning_nothing_leave_none_alone(qtbot) -> None:
    widget = QListWidget()
    qtbot.addWidget(widget)
    items = [QListWidgetItem(f"item {n}") for n in range(500)]
    before = sys.getrefcount(None)
    for item in items:
        item.setData(Qt.ItemDataRole.UserRole, "code")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        widget.addItem(item)
    assert sys.getrefcount(None) - before > -100  # 6.12.0: -1,500
