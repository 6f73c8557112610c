"""Start-up of the window: Qt application -> open (lock, migrate) the database -> main window.

`mouliaison` with no sub-command lands here. Problems opening the database are shown in a
message box (and on standard error) and end with exit status 1, as the command line does.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mouliaison import __version__, logs
from mouliaison.services.database import Database, DatabaseUnavailable, open_database
from mouliaison.store.lock import DatabaseInUse
from mouliaison.store.migrate import DatabaseTooNew, MigrationFailed, NotOurDatabase
from mouliaison.sync.file_checks import check_xml_safety
from mouliaison.ui import accessibility
from mouliaison.ui.appearance import apply_saved_appearance, use_framed_indicators
from mouliaison.ui.language import install_translators
from mouliaison.ui.main_window import DEFAULT_SIZE, MainWindow

ICON = Path(__file__).parent / "resources" / "mouliaison.svg"
OPEN_ERRORS = (DatabaseUnavailable, DatabaseInUse, DatabaseTooNew, NotOurDatabase, MigrationFailed)
ORGANISATION = "mouliaison"
APPLICATION = "mouliaison"
FIRST_PAINT_PROBE = "MOULIAISON_EXIT_AFTER_FIRST_PAINT"  # set by installer/bench_startup.py


def application(offscreen: bool = False) -> QApplication:
    """The running QApplication, created (Fusion style) if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        if existing.windowIcon().isNull():
            existing.setWindowIcon(QIcon(str(ICON)))
        return existing
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    use_framed_indicators(app)  # Fusion, its unticked boxes visible on any palette
    app.setWindowIcon(QIcon(str(ICON)))
    install_translators(app)  # MOULIAISON_LANG or the system's language; English otherwise
    return app


def window_settings() -> QSettings:
    """Where the window keeps its geometry (and nothing else)."""
    return QSettings(ORGANISATION, APPLICATION)


def run_window(path: Path, screenshot: Path | None = None, page: str | None = None) -> int:
    """Open the database at `path` in the main window; returns the exit status.

    With `screenshot`, the window is drawn offscreen at its default size, saved there as
    PNG, and 0 returned without entering the event loop (nothing is remembered).
    """
    app = application(offscreen=screenshot is not None)
    if screenshot is None:
        logs.start("window", on_unexpected=_tell_unexpected)
    accessibility.install(app)  # every input gets an accessible name when its window is shown
    if screenshot is None:
        apply_saved_appearance(app)  # screenshots stay in the light palette, for the README
    try:
        check_xml_safety()  # workbooks are parsed only through defusedxml
        db = open_database(path)
    except OPEN_ERRORS as exc:
        print(f"mouliaison: {exc}", file=sys.stderr)
        if screenshot is None:
            QMessageBox.critical(
                None, QCoreApplication.translate("app", "mouliaison cannot open the database"), str(exc)
            )
        return 1
    logs.log.info("window on %s", path)
    try:
        if screenshot is not None:
            return _screenshot(db, screenshot, page)
        window = open_window(db, window_settings())
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in the terminal ends the window
        status = app.exec()
        del window  # held (not collected) while the event loop runs
        return status
    finally:
        db.close()


def _tell_unexpected(message: str) -> None:
    """An error of ours while the window runs: said in words; the details are in the log."""
    QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("app", "Unexpected problem"),
                         message)


def open_window(db: Database, settings: QSettings | None) -> MainWindow:
    """The main window as a person starts it: shown, the database's warnings told, and the
    first-run step (which office records here) opened while no office is set."""
    window = MainWindow(db, settings)
    if os.environ.get(FIRST_PAINT_PROBE):
        window.installEventFilter(_ExitAfterFirstPaint(window))
    window.show()
    for warning in db.warnings:
        QMessageBox.warning(window, QCoreApplication.translate("app", "Where the database is"), warning)
    window.start_first_run()
    return window


class _ExitAfterFirstPaint(QObject):
    """Start-up benchmark only: print the wall clock once the window's first frame is painted, then quit.

    installer/bench_startup.py launches the built application with $MOULIAISON_EXIT_AFTER_FIRST_PAINT
    and subtracts its launch time, so the figure covers everything a person waits for.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # after the whole frame, children included, is painted
        return False

    def _report(self) -> None:
        print(f"first paint at {time.time():.6f}", flush=True)
        QApplication.quit()


def _screenshot(db: Database, target: Path, page: str | None) -> int:
    window = MainWindow(db, settings=None)
    if page:
        try:
            window.show_page(page)
        except KeyError:
            print(f"mouliaison: no page '{page}'; pages: {', '.join(window.page_names())}", file=sys.stderr)
            return 2
    if window.pages.currentWidget() is window.records and window.model.rowCount():
        window.table.selectRow(0)  # the form beside the table shows a record, as in use
    window.resize(*DEFAULT_SIZE)
    window.share_room()  # as a window opened at this size shares it
    window.show()
    QApplication.processEvents()
    image = window.grab()
    window.close()
    window.deleteLater()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        print(f"mouliaison: cannot write the screenshot {target}", file=sys.stderr)
        return 1
    return 0
