"""Help ▸ Report a problem and Help ▸ Third-party licences (issue 17 #2).

A report is what whoever supports mouliaison needs to start: the version, the platform, the
database's schema and the tail of the log. It never carries personal data: no record values
(quoted text and the values of a logged command line are masked), only the database's file name, not its
folder. The person pastes it into an email; the dialog says where the whole log is.
"""

from __future__ import annotations

import platform
import re
import sys
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from mouliaison import __version__, logs
from mouliaison.licences import licence_of
from mouliaison.services.database import Database

LOG_LINES = 40  # the log's tail in a report
NOTICES_NAME = "THIRD-PARTY-NOTICES.txt"  # beside the frozen build's executable (installer/notices.py)
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»")
_ASSIGNED = re.compile(r"(\s[\w-]+)=.*$")  # a logged command line's `field=value ...`: values masked


def report_text(db: Database) -> str:
    try:
        schema = db.schema_revision()
    except Exception as exc:  # a damaged database is a reason to report, not to fail the report
        schema = f"unreadable ({type(exc).__name__})"
    lines = [
        f"mouliaison {__version__}",
        f"platform: {platform.platform()} ({platform.machine()})",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"database: {db.path.name}, schema {schema}, "
        f"{'read-only' if db.read_only else 'writable'}{', damaged' if db.damaged else ''}",
        f"log: {logs.log_file()}",
        "",
        f"last {LOG_LINES} lines of the log (quoted text masked):",
        *log_tail(logs.log_file()),
    ]
    return "\n".join(lines)


def log_tail(path: Path, count: int = LOG_LINES) -> list[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            tail = handle.read().splitlines()[-count:]
    except OSError:
        return ["(no log yet)"]
    return [_ASSIGNED.sub(r"\1=…", _QUOTED.sub("'…'", line)) for line in tail] or ["(the log is empty)"]


def third_party_text() -> str:
    """The build's notices file when frozen; else a licence summary of what is installed."""
    if getattr(sys, "frozen", False):
        notices = Path(sys.executable).resolve().parent / NOTICES_NAME
        try:
            return notices.read_text(encoding="utf-8")
        except OSError:
            pass
    lines = ["mouliaison itself is under the MIT licence (LICENSE). It uses:", ""]
    for name, licence in sorted(_requirements("mouliaison").items()):
        lines.append(f"{name}: {licence}")
    return "\n".join(lines)


def _requirements(root: str) -> dict[str, str]:
    """`root`'s installed requirements, recursively (without extras), with their licences."""
    found: dict[str, str] = {}

    def visit(name: str) -> None:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return
        key = (dist.metadata["Name"] or name).lower().replace("_", "-")
        if key in found:
            return
        found[key] = licence_of(dist)[:80] if key != root else ""
        for text in dist.requires or []:
            if "extra ==" in text:
                continue
            visit(re.split(r"[\s;<>=!~\[(]", text, maxsplit=1)[0])

    visit(root)
    found.pop(root, None)
    if not found:  # run from a source folder: what the app imports, at least
        for name in ("PySide6", "SQLAlchemy", "alembic", "openpyxl", "python-calamine", "XlsxWriter",
                     "defusedxml", "platformdirs"):
            visit(name)
    return found


def show_problem_report(parent: QWidget, db: Database) -> str:
    """Copies the report to the clipboard and says so, and where the log is; returns the report."""
    text = report_text(db)
    QGuiApplication.clipboard().setText(text)
    title = QCoreApplication.translate("ProblemReport", "Report a problem")
    said = QCoreApplication.translate(
        "ProblemReport", "A report (version, platform, database schema and the end of the log, "
        "without any record) was copied: paste it into an email to whoever supports "
        "mouliaison, and say what you were doing.\n\nThe whole log is in {0}").format(logs.log_folder())
    box = QMessageBox(QMessageBox.Icon.Information, title, said, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(text)
    box.open()
    return text


class TextDialog(QDialog):
    """A long text to read (the third-party licences)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 480)
