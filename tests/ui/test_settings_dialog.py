"""Tools ▸ Settings…: this office, the appearance and the next database, over real files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from mouliaison.services.office import current_office, set_office
from mouliaison.services.preferences import ENVIRONMENT_VARIABLE, Preferences, load_preferences, save_preferences
from mouliaison.ui.appearance import FramedIndicators, apply_appearance, apply_saved_appearance
from mouliaison.ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Preferences in tmp_path; the light palette back afterwards, whatever a test chose."""
    folder = tmp_path / "config"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(folder))
    yield folder
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_appearance(app, "light")


def screenshot_folder(tmp_path: Path) -> Path:
    """tmp_path; MOULIAISON_SCREENSHOTS=docs refreshes the README's pictures instead."""
    return Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)


def window_and_text(app: QApplication) -> tuple[int, int]:
    palette = app.palette()
    return palette.color(QPalette.ColorRole.Window).lightness(), palette.color(QPalette.ColorRole.Text).lightness()


@pytest.fixture
def dialog(qtbot, db) -> SettingsDialog:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    return dialog


def choose_country(dialog: SettingsDialog, text: str) -> None:
    dialog.country_combo.setEditText(text)


def test_the_office_is_saved_and_shown_by_the_services(qtbot, db, dialog: SettingsDialog) -> None:
    assert current_office(db).name is None
    assert dialog.office_status.text() == "No office is set yet."
    dialog.name_edit.setText("WCO Nairobi")
    dialog.party_combo.setCurrentIndex(dialog.party_codes.index("WCO"))
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("regional"))
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("KEN"))
    with qtbot.waitSignal(dialog.office_changed, timeout=1000):
        dialog.save_office_button.click()
    office = current_office(db)
    assert (office.name, office.party_code, office.level, office.country) == ("WCO Nairobi", "WCO", "regional", "KEN")
    assert dialog.office_status.text() == "Saved."
    again = SettingsDialog(db)  # opened later, it shows the saved office
    qtbot.addWidget(again)
    assert again.name_edit.text() == "WCO Nairobi"
    assert again.party_combo.currentIndex() == again.party_codes.index("WCO")
    assert again.level_combo.currentData() == "regional"
    assert again.country_text() == "KEN"


def test_a_country_typed_by_name_is_saved_as_its_code(db, dialog: SettingsDialog) -> None:
    dialog.name_edit.setText("IOM Dakar")
    choose_country(dialog, "senegal")
    assert dialog.save_office()
    assert current_office(db).country == "SEN"


def test_an_invalid_country_shows_the_problem_and_writes_nothing(qtbot, db, dialog: SettingsDialog) -> None:
    set_office(db, "IOM Nairobi", "IOM", "country", "KEN")
    dialog.show_office()
    choose_country(dialog, "Narnia")
    dialog.name_edit.setText("IOM Narnia")
    with qtbot.assertNotEmitted(dialog.office_changed):
        assert not dialog.save_office()
    problem = dialog.problems["country"]
    assert not problem.isHidden() and "Narnia" in problem.text()
    assert all(dialog.problems[k].isHidden() for k in ("name", "party", "level"))
    assert dialog.office_status.text() == "Not saved."
    office = current_office(db)
    assert (office.name, office.country) == ("IOM Nairobi", "KEN")  # nothing written
    choose_country(dialog, "KEN")
    assert dialog.save_office()
    assert problem.isHidden()
    assert current_office(db).name == "IOM Narnia"


def test_a_missing_name_is_shown_beside_the_name(db, dialog: SettingsDialog) -> None:
    dialog.name_edit.setText("   ")
    assert not dialog.save_office()
    assert not dialog.problems["name"].isHidden()
    assert "required" in dialog.problems["name"].text()
    assert current_office(db).name is None


def test_dark_applies_at_once_is_kept_and_light_restores(qtbot, dialog: SettingsDialog) -> None:
    app = QApplication.instance()
    assert dialog.appearance_buttons["system"].isChecked()  # the default
    with qtbot.waitSignal(dialog.appearance_changed, timeout=1000) as signal:
        dialog.appearance_buttons["dark"].click()
    assert signal.args == ["dark"]
    window, text = window_and_text(app)
    assert window < 100 and text > 150
    style = app.style()
    assert isinstance(style, FramedIndicators) and style.baseStyle().name().casefold() == "fusion"
    disabled = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).lightness()
    assert window < disabled < text  # disabled text is dimmer, still visible
    assert load_preferences().appearance == "dark"
    assert SettingsDialog(dialog.db).appearance_buttons["dark"].isChecked()
    dialog.appearance_buttons["light"].click()
    window, text = window_and_text(app)
    assert window > 200 and text < 60
    assert load_preferences().appearance == "light"


def test_the_saved_appearance_applies_at_start() -> None:
    app = QApplication.instance()
    save_preferences(Preferences(appearance="dark"))
    assert apply_saved_appearance(app) == "dark"
    assert window_and_text(app)[0] < 100
    save_preferences(Preferences(appearance="system"))  # offscreen tells no scheme: light
    assert apply_saved_appearance(app) == "system"
    assert window_and_text(app)[0] > 200


def test_the_database_chosen_is_recorded_for_the_next_start(
    dialog: SettingsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "wco.sqlite3"
    other.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    dialog.open_button.click()
    assert load_preferences().recent_databases == [str(other)]
    assert "wco.sqlite3" in dialog.next_label.text() and "next time" in dialog.next_label.text()
    assert dialog.db.path != other  # the open database stays open

    created = tmp_path / "new" / "field-office"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(created), "")))
    dialog.create_button.click()
    assert load_preferences().recent_databases == [str(created) + ".sqlite3", str(other)]
    assert "is created the next time" in dialog.next_label.text()
    assert not created.with_suffix(".sqlite3").exists()  # nothing made until then


def test_choosing_nothing_or_the_open_one_records_nothing(dialog: SettingsDialog, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog.open_button.click()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(dialog.db.path), "")))
    dialog.open_button.click()
    assert load_preferences().recent_databases == []
    assert "open now" in dialog.next_label.text()


def test_screenshot_in_dark(qtbot, db, tmp_path: Path) -> None:
    set_office(db, "IOM Nairobi", "IOM", "country", "KEN")
    save_preferences(Preferences(appearance="dark", recent_databases=["/home/amina/Documents/wco-nairobi.sqlite3"]))
    apply_saved_appearance(QApplication.instance())
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.resize(640, dialog.height())  # its own height: the settings scroll when squeezed
    dialog.show()
    qtbot.waitExposed(dialog)
    choose_country(dialog, "Narnia")
    dialog.save_office()  # refused: shows how a problem looks
    qtbot.wait(50)
    picture = screenshot_folder(tmp_path) / "settings.png"
    image = dialog.grab().toImage()
    assert image.save(str(picture), "PNG")
    assert image.pixelColor(5, 5).lightness() < 100
    dialog.show_office()  # the refused country thrown away: closing asks nothing


def test_the_language_chosen_is_kept_for_the_next_start(qtbot, db, monkeypatch) -> None:
    from mouliaison.services.preferences import load_preferences
    from mouliaison.ui.language import chosen_language
    from mouliaison.ui.settings_dialog import SettingsDialog

    monkeypatch.delenv("MOULIAISON_LANG", raising=False)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert load_preferences().language == "es"
    assert dialog.language_note.isVisibleTo(dialog)
    assert chosen_language() == "es"
    monkeypatch.setenv("MOULIAISON_LANG", "fr")  # the environment still wins
    assert chosen_language() == "fr"


def test_a_long_problem_wraps_and_leaves_save_office_in_sight(qtbot, db) -> None:
    """Seen retaking the README's picture: the refused country's message ("… use codes such as: ABW,
    AFG, …") made the office's rows wider than the dialog, cutting off the message and Save office."""
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.resize(640, dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)
    choose_country(dialog, "Narnia")
    dialog.save_office()  # refused
    qtbot.wait(50)
    problem = dialog.problems["country"]
    assert "Narnia" in problem.text() and problem.isVisible()
    for widget in (problem, dialog.save_office_button):
        right = widget.mapTo(dialog, widget.rect().topRight()).x()
        assert right <= dialog.width(), f"{widget.text()[:20]} ends at {right} of {dialog.width()}"
    dialog.show_office()


def test_the_wheel_passing_over_the_settings_changes_no_choice(qtbot, dialog: SettingsDialog) -> None:
    from tests.ui.form_driving import wheel

    dialog.resize(520, 300)  # a small screen: the settings scroll
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.close_button.setFocus()
    combos = (dialog.party_combo, dialog.level_combo, dialog.language_combo)
    before = [c.currentIndex() for c in combos]
    for combo in combos:
        wheel(combo, -1)
    assert [c.currentIndex() for c in combos] == before
    # once the person is in it, a choice takes the wheel as they expect
    level = dialog.level_combo
    dialog.activateWindow()
    level.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is level)
    step = 1 if level.currentIndex() == level.count() - 1 else -1
    wheel(level, step)
    assert level.currentIndex() != before[1]
    assert dialog.office.unsaved  # an office typed but not saved: Close would ask
    wheel(level, -step)
    assert level.currentIndex() == before[1] and not dialog.office.unsaved
