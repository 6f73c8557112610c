"""The window on a headquarters database on a PostgreSQL server, and Settings ▸ Database's
"On a server…" choice, with a real server (skipped without one; failing in CI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from sqlalchemy import make_url

from mouliaison.services.database import ServerAddress, choose_database, location_of, open_database
from mouliaison.services.preferences import ENVIRONMENT_VARIABLE, load_preferences
from mouliaison.services.records import add_record
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(folder))
    return folder


@pytest.fixture
def server_db(server_databases) -> Iterator:
    database = open_database(location_of(server_databases.fresh()))
    yield database
    database.close()


def test_a_server_database_is_chosen_for_the_next_start(qtbot, db, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    address = "postgresql://analyst@hq.example.org/liaison"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  not an address ", True)))
    dialog.server_button.click()
    assert load_preferences().recent_databases == []
    assert "is not a PostgreSQL address" in dialog.next_label.text()

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (address, True)))
    dialog.server_button.click()
    assert load_preferences().recent_databases == [address]  # as typed, not made a file path
    assert "hq.example.org/liaison" in dialog.next_label.text() and "next time" in dialog.next_label.text()
    monkeypatch.delenv("MOULIAISON_DB", raising=False)
    assert choose_database(window=True) == ServerAddress(address)
    assert not isinstance(choose_database(), ServerAddress)  # the command line never follows the window


def test_the_window_works_on_a_server_database(qtbot, server_db, monkeypatch: pytest.MonkeyPatch) -> None:
    add_record(server_db, "activity", {"title": "Joint border survey", "status": "planned"})
    window = MainWindow(server_db, settings=None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.records.table.model().rowCount() > 0, timeout=10_000)
    assert server_db.path.name in window.windowTitle()
    model = window.records.table.model()
    shown = {model.index(row, column).data()
             for row in range(model.rowCount()) for column in range(model.columnCount())}
    assert "Joint border survey" in shown

    dialog = SettingsDialog(server_db)
    qtbot.addWidget(dialog)
    password = make_url(server_db.path.url).password
    assert password and f":{password}@" not in dialog.current_label.text()  # never the password
    started: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda _parent, _title, folder, _filter: (started.append(folder), ("", ""))[1]))
    dialog.open_button.click()
    assert started == [str(Path.home())]  # a server has no folder: the file dialog starts at home
