"""The first run: the window asks which office records here, and a record is not saved before
one is set; Settings asks before a typed office is thrown away. Real keys, real dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mouliaison.app import open_window
from mouliaison.services.database import Database
from mouliaison.services.office import current_office, set_office
from mouliaison.services.record_listing import count_records
from mouliaison.ui.first_run_dialog import FirstRunDialog
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.settings_dialog import SettingsDialog


def when_shown(kind: type, handle: Callable[[QWidget], None], seen: list[QWidget]) -> None:
    """Once a modal window of `kind` is up (a nested event loop runs it), hand it to `handle`."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            seen.append(modal)
            handle(modal)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(10, poll)


def fill_office(qtbot, dialog: FirstRunDialog, name: str = "IOM Nairobi") -> None:
    qtbot.keyClicks(dialog.office.name_edit, name)
    party = dialog.office.party_combo
    party.setFocus()
    while party.currentText().split(" ")[0] != "IOM":
        qtbot.keyClick(party, Qt.Key.Key_Down)


@pytest.fixture
def started(qtbot, db: Database) -> MainWindow:
    window = open_window(db, None)
    qtbot.addWidget(window)
    return window


def first_run(window: MainWindow) -> FirstRunDialog:
    dialog = window.findChild(FirstRunDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_start_up_asks_for_the_office_and_enter_saves_it(qtbot, db: Database, started: MainWindow) -> None:
    dialog = first_run(started)
    assert dialog.focusWidget() is dialog.office.name_edit  # typing goes to the name
    fill_office(qtbot, dialog)
    qtbot.keyClick(dialog.office.name_edit, Qt.Key.Key_Return)
    office = current_office(db)
    assert (office.name, office.party_code) == ("IOM Nairobi", "IOM")
    assert not dialog.isVisible()
    assert "IOM Nairobi" in started.windowTitle() and "IOM Nairobi" in started.office_label.text()


def test_an_empty_name_is_refused_and_the_step_stays(qtbot, db: Database, started: MainWindow) -> None:
    dialog = first_run(started)
    qtbot.keyClick(dialog.office.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.office.problems["name"].isVisibleTo(dialog) and dialog.office.problems["name"].text()
    assert current_office(db).name is None


def test_start_up_asks_nothing_once_an_office_is_set(qtbot, db: Database) -> None:
    set_office(db, "WCO Busia", "WCO", "field", "UGA")
    window = open_window(db, None)
    qtbot.addWidget(window)
    assert window.findChild(FirstRunDialog) is None


def test_a_window_built_without_the_start_up_asks_nothing(qtbot, db: Database) -> None:
    window = MainWindow(db)  # as tests and the screenshot build it
    qtbot.addWidget(window)
    assert window.findChild(FirstRunDialog) is None


def type_a_new_activity(qtbot, window: MainWindow) -> None:
    window.show_type("activity")
    window.new_action.trigger()  # File > New record
    title = window.records.form.editors["title"].input
    qtbot.keyClicks(title, "Border census")


def test_saving_before_the_office_is_set_says_why_and_offers_the_step(qtbot, db: Database,
                                                                      started: MainWindow) -> None:
    qtbot.mouseClick(first_run(started).later_button, Qt.MouseButton.LeftButton)
    type_a_new_activity(qtbot, started)
    seen: list[QWidget] = []

    def set_it(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "office" in box.text()
        when_shown(FirstRunDialog, fill_and_save, seen)
        next(b for b in box.buttons() if b.text() == "&Set the office…").click()

    def fill_and_save(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        fill_office(qtbot, dialog, "IOM Dakar")
        qtbot.keyClick(dialog.office.name_edit, Qt.Key.Key_Return)

    when_shown(QMessageBox, set_it, seen)
    started.save_action.trigger()  # File > Save (Ctrl+S)
    assert [type(w) for w in seen] == [QMessageBox, FirstRunDialog]
    assert current_office(db).name == "IOM Dakar"
    assert count_records(db, "activity") == 1
    assert not started.records.form.dirty


def test_cancelling_leaves_the_record_in_the_form_unsaved(qtbot, db: Database, started: MainWindow) -> None:
    first_run(started).reject()
    type_a_new_activity(qtbot, started)
    seen: list[QWidget] = []
    when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), seen)
    qtbot.mouseClick(started.records.form.save_button, Qt.MouseButton.LeftButton)  # the form's own Save too
    assert len(seen) == 1
    assert count_records(db, "activity") == 0
    assert started.records.form.dirty and started.records.form.editors["title"].input.text() == "Border census"
    assert "no office" in started.statusBar().currentMessage()
    started.records.form.discard()  # pytest-qt closes the window next: nothing left to ask about


@pytest.fixture
def settings(qtbot, db: Database, tmp_path, monkeypatch) -> SettingsDialog:
    monkeypatch.setenv("MOULIAISON_CONFIG_DIR", str(tmp_path))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, "IOM Nairobi")
    return dialog


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard,
                                    QMessageBox.StandardButton.Save], ids=["cancel", "discard", "save"])
def test_settings_closed_with_a_typed_office_asks(qtbot, db: Database, settings: SettingsDialog,
                                                  answer: QMessageBox.StandardButton) -> None:
    seen: list[QWidget] = []
    when_shown(QMessageBox, lambda box: box.button(answer).click(), seen)
    qtbot.keyClick(settings.name_edit, Qt.Key.Key_Escape)
    assert len(seen) == 1
    if answer == QMessageBox.StandardButton.Cancel:
        assert settings.isVisible() and settings.name_edit.text() == "IOM Nairobi"
        assert current_office(db).name is None
        settings.show_office()  # nothing left to ask about at teardown
    elif answer == QMessageBox.StandardButton.Discard:
        assert not settings.isVisible()
        assert current_office(db).name is None
    else:
        assert not settings.isVisible()
        assert current_office(db).name == "IOM Nairobi"


def test_settings_closed_with_nothing_typed_asks_nothing(qtbot, db: Database, settings: SettingsDialog) -> None:
    settings.show_office()
    qtbot.mouseClick(settings.close_button, Qt.MouseButton.LeftButton)
    assert not settings.isVisible()
