"""The main window and its start-up, offscreen with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QKeySequence

from mouliaison import app
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services.database import open_database
from mouliaison.services.office import set_office
from mouliaison.services.records import add_record
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.record_table_model import RECORD_ROLE


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot, db, settings: QSettings | None = None) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    return window


def choose(window: MainWindow, plural: str) -> None:
    items = window.types.findItems(plural, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1, plural
    window.types.setCurrentItem(items[0])


def column_texts(window: MainWindow, key: str) -> list[str]:
    rtype = window.current_type
    assert rtype is not None
    col = next(i for i, f in enumerate(rtype.fields) if f.key == key)
    proxy = window.model
    return [proxy.data(proxy.index(row, col)) for row in range(proxy.rowCount())]


def test_navigation_lists_every_record_type(qtbot, db) -> None:
    window = make_window(qtbot, db)
    labels = [window.types.item(row).text() for row in range(window.types.count())]
    assert labels == ["Overview", *(t.plural for t in RECORD_TYPES.values()), "Conflicts"]


def test_selecting_joint_activities_shows_an_added_activity(qtbot, db) -> None:
    add_record(db, "activity", {"title": "Joint risk assessment", "status": "planned", "lead_party": "IOM"})
    window = make_window(qtbot, db)
    choose(window, "Parties")
    assert sorted(column_texts(window, "code")) == ["IOM", "WCO"]  # the embedded MOU's parties
    choose(window, "Joint activities")
    assert window.current_type is RECORD_TYPES["activity"]
    assert column_texts(window, "title") == ["Joint risk assessment"]
    assert column_texts(window, "status") == ["Planned"]
    assert column_texts(window, "lead_party") == ["IOM"]  # a name, not an id
    assert window.count_label.text() == "Joint activities: 1"


def test_the_window_opens_on_joint_activities(qtbot, db) -> None:
    window = make_window(qtbot, db)
    assert window.types.currentItem().text() == "Joint activities"
    assert window.model.rowCount() == 0


def test_sorting_asks_the_database(qtbot, db) -> None:
    for title, start in (("Bravo", "2025-03-01"), ("alpha", "2025-05-01"), ("Charlie", "")):
        add_record(db, "activity", {"title": title, "status": "planned", "planned_start_date": start})
    window = make_window(qtbot, db)
    assert column_texts(window, "title") == ["alpha", "Bravo", "Charlie"]  # by title at first
    title_col = 0
    window.table.sortByColumn(title_col, Qt.SortOrder.DescendingOrder)
    assert column_texts(window, "title") == ["Charlie", "Bravo", "alpha"]
    start_col = next(i for i, f in enumerate(RECORD_TYPES["activity"].fields) if f.key == "planned_start_date")
    window.table.sortByColumn(start_col, Qt.SortOrder.AscendingOrder)
    assert column_texts(window, "title") == ["Bravo", "alpha", "Charlie"]
    selected = window.model.index(0, 0).data(RECORD_ROLE)
    assert selected.values["title"] == "Bravo"


def test_title_and_status_bar_name_the_database_and_office(qtbot, db) -> None:
    window = make_window(qtbot, db)
    assert window.windowTitle() == f"mouliaison — no office set — {db.path.name}"
    assert "office.sqlite3" in window.windowTitle()
    assert window.path_label.text() == str(db.path)
    assert "no office set" in window.office_label.text()

    set_office(db, "IOM Nairobi", "IOM", "country", "KEN")
    window = make_window(qtbot, db)
    assert window.windowTitle() == f"mouliaison — IOM Nairobi — {db.path.name}"
    assert window.office_label.text() == "Office: IOM Nairobi (IOM, Country)"  # the level's label, translated


def test_quit_has_a_shortcut_and_closes_the_window(qtbot, db) -> None:
    window = make_window(qtbot, db)
    window.show()
    qtbot.waitExposed(window)
    assert window.quit_action.shortcuts()
    assert window.quit_action.shortcut() != QKeySequence()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_about_names_the_mou_and_the_version(qtbot, db, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("mouliaison.ui.main_window.QMessageBox.about", lambda *args: shown.append(args))
    window = make_window(qtbot, db)
    window.about_action.trigger()
    assert len(shown) == 1
    text = shown[0][2]
    assert "World Customs Organization" in text and "0." in text


def test_geometry_is_saved_and_restored(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    window.resize(700, 500)  # within the offscreen screen (800x600): restoring clamps to the screen
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert settings.value("main_window/geometry") is not None

    again = make_window(qtbot, db, settings)
    assert (again.width(), again.height()) == (700, 500)


def test_the_split_between_table_and_form_is_remembered(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    window.resize(760, 500)
    window.show()
    qtbot.waitExposed(window)
    total = sum(window.records.splitter.sizes())
    window.records.splitter.setSizes([total - 470, 470])
    chosen = window.records.splitter.sizes()
    window.close()

    again = make_window(qtbot, db, settings)
    again.show()
    qtbot.waitExposed(again)
    assert again.records.splitter.sizes() == chosen


def test_without_settings_nothing_is_remembered(qtbot, db, settings) -> None:
    window = make_window(qtbot, db)
    window.show()
    window.close()
    assert settings.allKeys() == []


def distinct_colours(image: QImage) -> int:
    step_x, step_y = max(1, image.width() // 50), max(1, image.height() // 50)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)})


def test_screenshot_is_a_png_that_is_not_blank(qtbot, db_path, tmp_path) -> None:
    with open_database(db_path) as db:
        add_record(db, "activity", {"title": "Joint training", "status": "planned"})
    target = tmp_path / "shots" / "window.png"
    assert app.run_window(db_path, screenshot=target) == 0
    image = QImage(str(target))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1100, 700)
    assert distinct_colours(image) > 1


def test_a_database_in_use_is_refused_with_a_message(qtbot, db, monkeypatch, capsys) -> None:
    shown = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda *args: shown.append(args))
    assert app.run_window(db.path) == 1  # the `db` fixture holds the lock
    assert len(shown) == 1
    assert "already open" in shown[0][2]
    assert "already open" in capsys.readouterr().err


def test_a_screenshot_of_an_unopenable_database_fails_without_a_dialog(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(app.QMessageBox, "critical", lambda *args: pytest.fail("no dialog when screenshotting"))
    a_folder = tmp_path / "folder.sqlite3"
    a_folder.mkdir()
    assert app.run_window(a_folder, screenshot=tmp_path / "x.png") == 1
    assert not (tmp_path / "x.png").exists()


def test_the_application_has_its_icon(qtbot) -> None:
    from mouliaison import app as start

    assert start.ICON.exists()
    assert not start.application().windowIcon().isNull()
