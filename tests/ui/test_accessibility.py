"""Accessible names on every input: the main window, every record type's form, every dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services import records
from mouliaison.ui import accessibility
from mouliaison.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, tmp_path, monkeypatch):
    monkeypatch.setenv("MOULIAISON_CONFIG_DIR", str(tmp_path))
    records.add_record(db, "contact", {"full_name": "José Díaz"})
    records.add_record(db, "contact", {"full_name": "DIAZ jose"})
    names = accessibility.install(QApplication.instance())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    yield window
    QApplication.instance().removeEventFilter(names)


def settle(qtbot) -> None:
    qtbot.wait(20)  # the names are given on the next turn of the event loop


@pytest.mark.parametrize("type_name", list(RECORD_TYPES))
def test_every_input_of_every_form_has_an_accessible_name(qtbot, window, type_name):
    window.show_type(type_name)
    settle(qtbot)
    unnamed = accessibility.unnamed_inputs(window)
    assert unnamed == [], [f"{type(w).__name__} {w.objectName()}" for w in unnamed]
    form = window.records.form
    first = next(iter(form.editors.values()))
    assert first.input.accessibleName() if hasattr(first, "input") else True


@pytest.mark.parametrize("opener", ["show_settings", "show_import", "show_export", "show_duplicates",
                                    "show_receipts"])
def test_every_input_of_every_dialog_has_an_accessible_name(qtbot, window, opener):
    dialog = getattr(window, opener)()
    settle(qtbot)
    unnamed = accessibility.unnamed_inputs(dialog)
    assert unnamed == [], [f"{type(w).__name__} {w.objectName()}" for w in unnamed]
    dialog.close()


def test_a_labelled_input_is_named_after_its_label(qtbot, window):
    window.show_type("activity")
    settle(qtbot)
    title = window.records.form.editors["title"].input
    assert title.accessibleName() == "Title"
    assert window.records.search.accessibleName() == "Search"


def test_mnemonics_and_markers_are_not_read_out():
    assert accessibility.plain("&Title *:") == "Title"
    assert accessibility.plain("R&&D budget:") == "R&D budget"
