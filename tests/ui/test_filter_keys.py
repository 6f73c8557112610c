"""The filter bar with the keyboard: Tab goes through every filter on to the table, and each
filter's Alt+letter is its own, never a menu's (File, Edit, Tools, Help), in each language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.ui.language import install_translators, remove_translators
from mouliaison.ui.main_window import MainWindow

LANGUAGES = ("en", "fr", "es")


@pytest.fixture(params=LANGUAGES)
def window(request: pytest.FixtureRequest, qapp: QApplication, db: Database, qtbot) -> Iterator[MainWindow]:
    translators = install_translators(qapp, request.param)
    records.add_record(db, "activity", {"title": "Border census", "status": "planned",
                                        "start_date": dt.date(2026, 1, 10)})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_type("activity")  # every filter: status, area, party, country, dates, confirmation
    yield window
    window.close()
    remove_translators(qapp, translators)


def letter(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().rsplit("+", 1)[-1].upper()


@pytest.mark.parametrize("type_name", ["activity", "focal_point", "action_item"])
def test_the_filters_letters_are_unique_and_none_is_a_menus(window: MainWindow, type_name: str) -> None:
    window.show_type(type_name)  # a focal point's level and "current on", an action item's due dates
    menus = {letter(action.text()) for action in window.menuBar().actions()}
    assert len(menus) == 4
    filters = window.records.filters
    texts = [label.text() for editor, label in filters.labels.items() if filters.pairs[editor].isVisibleTo(filters)]
    texts += [filters.clear_button.text(), _search_label(window)]
    letters = [letter(text) for text in texts]
    assert all(letters), texts  # every filter can be reached with Alt
    assert len(set(letters)) == len(letters), texts
    assert not set(letters) & menus, (texts, menus)


def _search_label(window: MainWindow) -> str:
    return next(label.text() for label in window.records.findChildren(QLabel)
                if label.buddy() is window.records.search)


def test_alt_and_a_filters_letter_goes_to_that_filter(window: MainWindow, qtbot) -> None:
    filters = window.records.filters
    window.table.setFocus()
    for editor, label in filters.labels.items():
        if not filters.pairs[editor].isVisibleTo(filters):
            continue
        key = QKeySequence.mnemonic(label.text())[0].key()
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is editor, label.text()
        assert QApplication.activePopupWidget() is None  # no menu opened instead


def test_tab_goes_through_every_filter_and_on_to_the_table(window: MainWindow, qtbot) -> None:
    filters = window.records.filters
    filters.status.setFocus()
    expected = [filters.status, filters.area, filters.party, filters.country, filters.date_from, filters.date_to,
                filters.confirmed, filters.clear_button, window.records.search, window.table]
    reached = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert [w.objectName() for w in reached] == [w.objectName() for w in expected]
    filters.clear_button.setFocus()
    for _ in expected[1:-2]:  # and back through the bar with Shift+Tab (the table takes Tab for its cells)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is filters.status


def test_a_date_filter_still_takes_a_date_from_the_keyboard(window: MainWindow, qtbot) -> None:
    date_from = window.records.filters.date_from
    date_from.setFocus()
    qtbot.keyClick(date_from, Qt.Key.Key_Up)  # from "Any" to a date
    assert date_from.date() > date_from.minimumDate()
    qtbot.keyClick(date_from, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.records.filters.date_to
