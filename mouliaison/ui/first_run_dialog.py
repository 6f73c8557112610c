"""The first run: which office records in this database, asked before anything is recorded.

Every record carries the office that made it, and the offices that receive an export see it,
so the window asks at start while no office is set (mouliaison/app.py opens this), and again
when a record is saved before it is. "Later" sets nothing; Settings can set it any time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from mouliaison.services.database import Database
from mouliaison.ui.screen_fit import fit_to_screen
from mouliaison.ui.settings_dialog import OfficeBox


class FirstRunDialog(QDialog):
    office_changed = Signal()

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Welcome to mouliaison"))
        self.intro = QLabel(self.tr(
            "Before you record anything, say which office records in this database. Every record "
            "carries it, and the offices you exchange workbooks with see it. Settings can change it later."
        ))
        self.intro.setWordWrap(True)
        self.office = OfficeBox(db, save_button=False)
        self.office.office_changed.connect(self.office_changed)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save the office"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.office)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, self.sizeHint().height())
        self.office.name_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.save_button.setDefault(True)  # Enter saves (the button box picks its own default when shown)

    def accept(self) -> None:
        """Saved: the dialog closes. Refused: it stays, the problem beside its field."""
        if self.office.save_office():
            super().accept()
