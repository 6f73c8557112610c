"""Help ▸ Report a problem, Third-party licences and About Qt (issue 17 #2), offscreen."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mouliaison import __version__, logs
from mouliaison.services.records import add_record
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.problem_report import TextDialog


def _window(qtbot, db, tmp_path) -> MainWindow:
    window = MainWindow(db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def _help_actions(window: MainWindow) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == window.tr("&Help"))
    return [a.text() for a in menu.actions()]


def test_the_help_menu_offers_a_report_the_licences_and_about_qt(qtbot, db, tmp_path) -> None:
    window = _window(qtbot, db, tmp_path)
    assert _help_actions(window) == ["&About mouliaison", "&Report a problem…", "&Third-party licences", "About &Qt"]


def test_a_problem_report_is_copied_with_version_schema_and_log_but_no_record_values(
        qtbot, db, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(logs.ENVIRONMENT_VARIABLE, str(tmp_path / "log"))  # this test's lines only
    add_record(db, "contact", {"full_name": "Amina Wanjiru Odhiambo"})
    logs.start("test")
    logs.log.warning("import refused 'Amina Wanjiru Odhiambo.xlsx'")  # a name a log line might carry
    logs.log.info("mouliaison --db office.sqlite3 add contact full_name=Amina Wanjiru phone=0722")
    window = _window(qtbot, db, tmp_path)
    window.problem_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert f"mouliaison {__version__}" in copied and "schema " in copied and "platform:" in copied
    assert "import refused" in copied and "add contact full_name=…" in copied  # the log's tail
    assert "Amina" not in copied
    assert f"database: {db.path.name}, schema" in copied and str(db.path) not in copied  # its name, not its folder
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert str(logs.log_folder()) in box.text()
    box.close()


def test_the_third_party_licences_list_what_the_app_uses(qtbot, db, tmp_path) -> None:
    window = _window(qtbot, db, tmp_path)
    dialog = window.show_licences()
    assert isinstance(dialog, TextDialog)
    text = dialog.text.toPlainText()
    assert "MIT licence" in text and "pyside6" in text.lower() and "openpyxl" in text.lower()
    dialog.close()


def test_about_has_a_licence_line(qtbot, db, tmp_path) -> None:
    assert "MIT licence" in _window(qtbot, db, tmp_path).about_text()
