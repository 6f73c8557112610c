"""What the window's tests share: the window in another language, and an active main window.

The keyboard helpers that drive a record form as a person does are in form_driving.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from mouliaison.services.database import Database
from mouliaison.ui.language import install_translators, remove_translators
from mouliaison.ui.main_window import MainWindow


@pytest.fixture(params=["fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window in French, then in Spanish (the code, "fr" or "es"); English again afterwards."""
    translators = install_translators(qapp, request.param)
    assert translators, f"no translations for {request.param}"
    yield request.param
    remove_translators(qapp, translators)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[str]:
    """The window in French only; English again afterwards."""
    translators = install_translators(qapp, "fr")
    assert translators, "no French translations"
    yield "fr"
    remove_translators(qapp, translators)


@pytest.fixture
def active_window(qtbot, db: Database) -> MainWindow:
    """The main window over `db`, shown and active, so that keys reach it as a person's do."""
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
