"""The window and every dialog on a small screen: run by test_small_screens.py, in a process whose
offscreen screen is small (a netbook's 1024x600, or 1366x768 at 150 %), never collected alone.

Each dialog opens as the window opens it; it must fit the screen's available room, with its
buttons on the screen and visible.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QPushButton, QScrollArea, QWidget

from mouliaison.privacy.recipients import Recipient
from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.services.exchange import export_workbook
from mouliaison.ui.main_window import NAV_MIN_WIDTH, MainWindow
from mouliaison.ui.records_page import FORM_MIN_WIDTH

pytestmark = pytest.mark.skipif("configfile=" not in os.environ.get("QT_QPA_PLATFORM", ""),
                                reason="run by test_small_screens.py on a small offscreen screen")


def room() -> QRect:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def assert_fits(window: QWidget) -> None:
    available = room()
    assert available.contains(window.frameGeometry()), (window.windowTitle(), window.frameGeometry(), available)


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_buttons_visible(window: QWidget, *wanted: QAbstractButton) -> None:
    """Every button outside a scroll area (those scroll into view) is shown whole, on the screen."""
    buttons = [b for b in window.findChildren(QPushButton) if not b.isHidden() and not in_scroll_area(b)]
    assert set(wanted) <= set(buttons), [b.text() for b in buttons]
    available = room()
    for button in buttons:
        assert button.isVisible(), button.text()
        assert available.contains(on_screen(button)), (button.text(), on_screen(button), available)
        assert window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size())), button.text()


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    records.add_record(db, "activity", {"title": "Border census", "status": "planned",
                                        "start_date": dt.date(2026, 1, 10)})
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def test_the_window_opens_within_the_screen(window: MainWindow) -> None:
    assert_fits(window)
    form = window.records.form
    assert_buttons_visible(form, form.save_button, form.discard_button)


def test_a_geometry_saved_on_a_bigger_screen_opens_within_this_one(qtbot, db: Database, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    big = MainWindow(db, settings)
    qtbot.addWidget(big)
    big.setGeometry(40, 40, 1900, 1150)  # as on a 1920x1200 office screen
    big.save_geometry()
    big.close()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert_fits(window)
    assert_buttons_visible(window.records.form, window.records.form.save_button)


def test_the_table_keeps_room_beside_the_form(window: MainWindow) -> None:
    """The form keeps its minimum, the navigation a fifth, and the table the rest: more than a title."""
    window.show_type("activity")
    form, table = window.records.form, window.table
    assert form.width() == FORM_MIN_WIDTH
    assert window.splitter.sizes()[0] <= max(NAV_MIN_WIDTH, window.width() // 5)
    assert table.viewport().width() >= window.width() - FORM_MIN_WIDTH - window.splitter.sizes()[0] - 60
    title = table.horizontalHeader().sectionSize(0)
    assert table.viewport().width() > title + 40  # a second column shows beside the title


def visible_columns(window: MainWindow) -> list[str]:
    """The fields whose whole column shows in the table's viewport, in the order shown."""
    table, fields = window.table, window.records.rtype.fields
    header = table.horizontalHeader()
    shown = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        left = header.sectionViewportPosition(logical)
        if not header.isSectionHidden(logical) and left >= 0 and left + header.sectionSize(logical) <= \
                table.viewport().width():
            shown.append(fields[logical].key)
    return shown


def test_the_table_shows_several_useful_columns_not_mostly_the_title(qtbot, window: MainWindow) -> None:
    """A long title is cut (its tooltip has it whole); the start dates (the actual one, then the
    planned one: a tracker's rows give the first, the form's plans the second) and the status
    show beside it."""
    records.add_record(window.db, "activity", {
        "title": "Joint training on coordinated border management for customs and immigration officers at Namanga",
        "status": "ongoing", "kind": "training", "planned_start_date": dt.date(2026, 3, 2),
        "description": "Three days of joint patrol training with both agencies and the county officials"})
    window.show_type("activity")
    qtbot.wait(10)
    shown = visible_columns(window)
    scaled = os.environ.get("QT_SCALE_FACTOR", "1") != "1"
    assert shown[:3] == ["title", "start_date", "planned_start_date"], shown
    assert len(shown) >= (3 if scaled else 4), shown
    assert scaled or shown[3] == "status", shown
    title = window.table.horizontalHeader().sectionSize(0)
    assert title <= window.table.viewport().width() * 0.45, (title, window.table.viewport().width())
    for type_name, useful in (("meeting", {"title", "date", "kind"}), ("contact", {"full_name", "organisation"}),
                              ("cooperation_request", {"subject", "requested_on", "status"})):
        window.show_type(type_name)
        assert useful <= set(visible_columns(window)), (type_name, visible_columns(window))


def open_dialog(window: MainWindow, qtbot, name: str) -> QDialog:
    dialog = getattr(window, f"show_{name}")()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("name", ["receipts", "export", "settings", "duplicates"])
def test_each_dialog_fits_with_its_buttons(window: MainWindow, qtbot, name: str, tmp_path: Path) -> None:
    if name == "receipts":  # a receipt to show, its details long
        records.add_record(window.db, "contact", {"full_name": "Amina Yusuf", "email": "amina@example.org"})
        export_workbook(window.db, tmp_path / "x.xlsx", recipient=Recipient.parse("third-party:UNODC"))
    dialog = open_dialog(window, qtbot, name)
    assert_fits(dialog)
    assert_buttons_visible(dialog, dialog.close_button)
    assert dialog.minimumSize().width() <= room().width() and dialog.minimumSize().height() <= room().height()
    dialog.close()


@pytest.mark.parametrize("name", ["overview", "conflicts"])
def test_the_pages_fit(window: MainWindow, qtbot, name: str) -> None:
    window.show_page(name)
    QApplication.processEvents()
    assert_fits(window)
    page = window.pages.currentWidget()
    assert room().contains(on_screen(page)), (on_screen(page), room())
