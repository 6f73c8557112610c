"""Tools ▸ Settings…: this office, the appearance, and which database opens next time.

The office is a record: saved through services.office with its validation problems shown
beside the fields, nothing written when one is refused. The appearance applies at once and is
kept in the preferences. Another database is only remembered: it opens on the next start,
because everything open in the window belongs to the current one.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.validation import Invalid
from mouliaison.services.database import (
    DEFAULT_FILE_NAME,
    Database,
    DatabaseUnavailable,
    ServerAddress,
    is_server_address,
    location_of,
)
from mouliaison.services.office import current_office, set_office
from mouliaison.services.preferences import (
    load_preferences,
    remember_appearance,
    remember_database,
    remember_language,
)
from mouliaison.services.records import list_records, vocabularies
from mouliaison.ui.appearance import apply_appearance, problem_colour
from mouliaison.ui.choices import compared
from mouliaison.ui.labels import term_label
from mouliaison.ui.messages import shown, shown_whole
from mouliaison.ui.screen_fit import fit_to_screen
from mouliaison.ui.wheel_guard import WheelGuard

OFFICE_FIELDS = ("name", "party", "level", "country")


class OfficeBox(QGroupBox):
    """This office: name, party, level and country, saved together (Settings and the first run)."""

    office_changed = Signal()

    def __init__(self, db: Database, parent: Any = None, *, save_button: bool = True) -> None:
        super().__init__(self.tr("This office"), parent)
        self.db = db
        self.problems: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. IOM Nairobi"))
        self.party_combo = QComboBox()
        self.party_codes: list[str] = []
        for party in list_records(self.db, "party"):
            code = str(party.values.get("code") or "")
            name = str(party.values.get("name") or "")
            self.party_combo.addItem(f"{code} — {name}" if name and name != code else code, party.id)
            self.party_codes.append(code)
        vocab = vocabularies(self.db)
        self.level_combo = QComboBox()
        for code in vocab.codes("office_level"):
            self.level_combo.addItem(term_label("office_level", code, vocab.label("office_level", code)), code)
        self.country_combo = QComboBox()
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.addItem("", "")
        self.country_names: dict[str, str] = {}  # a name as typed, in the window's language or English -> code
        for code in vocab.codes("country"):
            english = vocab.label("country", code)
            name = term_label("country", code, english)
            self.country_combo.addItem(f"{code} — {name}", code)
            for typed in (code, english, name):
                self.country_names.setdefault(compared(typed), code)
        self.country_example = term_label("country", "DEU", vocab.label("country", "DEU"))
        line = self.country_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("a code such as KEN, or a name; empty if none"))
        completer = QCompleter(self.country_combo.model(), self.country_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.country_combo.setCompleter(completer)
        rows = (
            ("name", self.tr("&Name:"), self.name_edit),
            ("party", self.tr("&Party:"), self.party_combo),
            ("level", self.tr("Le&vel:"), self.level_combo),
            ("country", self.tr("&Country:"), self.country_combo),
        )
        self.office_form = form
        for key, text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            problem = QLabel()
            problem.setWordWrap(True)  # a long message wraps: it never widens the rows past the dialog
            problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.problems[key] = problem
            form.addRow("", problem)
            form.setRowVisible(problem, False)
        self.office_problem = QLabel()  # problems of the record as a whole, or a failed write
        self.office_problem.setWordWrap(True)
        self.save_office_button = QPushButton(self.tr("&Save office"))
        self.save_office_button.clicked.connect(self.save_office)
        self.save_office_button.setVisible(save_button)
        self.office_status = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.office_status, 1)
        row.addWidget(self.save_office_button)
        form.addRow(self.office_problem)
        form.setRowVisible(self.office_problem, False)
        form.addRow(row)
        self.show_office()

    def show_office(self) -> None:
        office = current_office(self.db)
        self.name_edit.setText(office.name or "")
        if office.party_code in self.party_codes:
            self.party_combo.setCurrentIndex(self.party_codes.index(office.party_code))
        level = self.level_combo.findData(office.level or "field")
        self.level_combo.setCurrentIndex(max(level, 0))
        country = self.country_combo.findData(office.country or "")
        if country >= 0:
            self.country_combo.setCurrentIndex(country)
        else:
            self.country_combo.setEditText(office.country or "")
        self.office_status.setText("" if office.name else self.tr("No office is set yet."))
        self._shown = self._typed()

    def country_text(self) -> str:
        """The code of the chosen country, of a name typed in the window's language or English
        (any case, accents or not), of an ISO code; else what the person typed (the service judges it)."""
        text = self.country_combo.currentText().strip()
        index = self.country_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return str(self.country_combo.itemData(index))
        return self.country_names.get(compared(text), text)

    def _country_refused(self, typed: str) -> str:
        return self.tr("“{0}” is not a country this office knows: type its name as the list writes it "
                       "(such as “{1}”) or its three-letter ISO code (such as DEU), or leave it empty."
                       ).format(typed, self.country_example)

    def _typed(self) -> tuple[str, str, str, str]:
        return (self.name_edit.text().strip(), str(self.party_combo.currentData() or ""),
                str(self.level_combo.currentData() or ""), self.country_text())

    @property
    def unsaved(self) -> bool:
        """Something typed or chosen here that is not saved (a typed name would otherwise be lost)."""
        return self._typed() != self._shown

    def save_office(self) -> bool:
        self._show_problems({})
        name, party, level, country = self._typed()
        try:
            set_office(self.db, name, party, level, country)
        except Invalid as exc:
            found: dict[str, list[str]] = {}
            for problem in exc.problems:
                key = problem.field if problem.field in OFFICE_FIELDS else ""
                said = shown(problem) if key else shown_whole(problem)
                found.setdefault(key, []).append(self._country_refused(country) if key == "country" else said)
            self._show_problems(found)
            self.office_status.setText(self.tr("Not saved."))
            return False
        except DatabaseUnavailable as exc:
            self._show_problems({"": [str(exc)]})
            self.office_status.setText(self.tr("Not saved."))
            return False
        self.show_office()
        self.office_status.setText(self.tr("Saved."))
        self.office_changed.emit()
        return True

    def _show_problems(self, found: dict[str, list[str]]) -> None:
        colour = problem_colour(self.palette())
        labels = {**self.problems, "": self.office_problem}
        for key, label in labels.items():
            messages = found.get(key, [])
            label.setText("<br>".join(f"<span style='color:{colour}'>{html.escape(m)}</span>" for m in messages))
            self.office_form.setRowVisible(label, bool(messages))
        editors = {"name": self.name_edit, "party": self.party_combo, "level": self.level_combo,
                   "country": self.country_combo}
        wrong = [key for key in OFFICE_FIELDS if found.get(key)]
        if wrong:
            editors[wrong[0]].setFocus()  # the keyboard is where the first problem is


class SettingsDialog(QDialog):
    appearance_changed = Signal(str)
    office_changed = Signal()

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Settings"))
        self.office = OfficeBox(db)
        self.office.office_changed.connect(self.office_changed)
        # the office's parts, as tests and the window name them
        self.problems = self.office.problems
        self.name_edit, self.party_combo = self.office.name_edit, self.office.party_combo
        self.level_combo, self.country_combo = self.office.level_combo, self.office.country_combo
        self.office_problem, self.office_status = self.office.office_problem, self.office.office_status
        self.save_office_button, self.party_codes = self.office.save_office_button, self.office.party_codes
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.office)
        column.addWidget(self._appearance_box())
        column.addWidget(self._language_box())
        column.addWidget(self._database_box())
        column.addStretch(1)
        scroll = QScrollArea()  # on a small screen the settings scroll; Close stays in sight
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        hint = content.sizeHint()
        fit_to_screen(self, max(hint.width() + 40, 460), hint.height() + buttons.sizeHint().height() + 40)
        WheelGuard(parent=self).guard_all(self)  # the wheel scrolls the settings; it changes no choice passed over

    def show_office(self) -> None:
        self.office.show_office()

    def country_text(self) -> str:
        return self.office.country_text()

    def save_office(self) -> bool:
        return self.office.save_office()

    def reject(self) -> None:
        """Close (or Escape) with an office typed but not saved: save it, discard it, or stay."""
        if self.office.unsaved:
            answer = QMessageBox.question(
                self,
                self.tr("Office not saved"),
                self.tr("The office you typed is not saved. Save it?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save_office()
            ):
                return  # stays open, the problems shown beside the fields
        super().reject()

    # --- appearance --------------------------------------------------------------------------

    def _appearance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        row = QHBoxLayout(box)
        self.appearance_buttons: dict[str, QRadioButton] = {
            "system": QRadioButton(self.tr("S&ystem")),
            "light": QRadioButton(self.tr("&Light")),
            "dark": QRadioButton(self.tr("&Dark")),
        }
        self.appearance_buttons["system"].setToolTip(self.tr("Light or dark as the system is, where it tells"))
        self.appearance_group = QButtonGroup(self)
        chosen = load_preferences().appearance
        for name, button in self.appearance_buttons.items():
            self.appearance_group.addButton(button)
            button.setChecked(name == chosen)
            button.toggled.connect(lambda on, name=name: on and self.choose_appearance(name))
            row.addWidget(button)
        row.addStretch(1)
        self.appearance_problem = QLabel()
        self.appearance_problem.setVisible(False)
        row.addWidget(self.appearance_problem)
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        row = QHBoxLayout(box)
        self.language_combo = QComboBox()
        for code, name in (("system", self.tr("As the system")), ("en", "English"), ("fr", "Français"),
                           ("es", "Español")):
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(load_preferences().language)))
        self.language_combo.currentIndexChanged.connect(self.choose_language)
        label = QLabel(self.tr("La&nguage:"))
        label.setBuddy(self.language_combo)
        self.language_note = QLabel(self.tr("Takes effect the next time mouliaison starts."))
        self.language_note.setVisible(False)
        row.addWidget(label)
        row.addWidget(self.language_combo)
        row.addWidget(self.language_note, 1)
        return box

    def choose_language(self, _index: int) -> None:
        try:
            remember_language(self.language_combo.currentData())
        except OSError as exc:
            self.language_note.setText(self.tr("Not kept: {0}").format(exc.strerror or exc))
        self.language_note.setVisible(True)

    def choose_appearance(self, appearance: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_appearance(app, appearance)
        try:
            remember_appearance(appearance)
        except OSError as exc:
            self.appearance_problem.setText(self.tr("Applied, but not kept: {0}").format(exc.strerror or exc))
            self.appearance_problem.setVisible(True)
        else:
            self.appearance_problem.setVisible(False)
        self.appearance_changed.emit(appearance)

    # --- database ----------------------------------------------------------------------------

    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Database"))
        column = QVBoxLayout(box)
        self.current_label = QLabel(self.tr("Open now: {0}").format(html.escape(str(self.db.path))))
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current_label.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open another…"))
        self.open_button.clicked.connect(self.open_another)
        self.create_button = QPushButton(self.tr("Create a ne&w one…"))
        self.create_button.clicked.connect(self.create_new)
        self.server_button = QPushButton(self.tr("On a ser&ver…"))
        self.server_button.clicked.connect(self.choose_server)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.server_button)
        buttons.addStretch(1)
        column.addWidget(self.current_label)
        column.addLayout(buttons)
        column.addWidget(self.next_label)
        recent = load_preferences().recent_databases
        if recent and location_of(recent[0]) != self.db.path:
            self._say_next(self.tr("{0} opens the next time you start mouliaison."), str(location_of(recent[0])))
        return box

    def _folder(self) -> Path:
        """Where the file dialogs start: beside the database open now, or home for a server's."""
        return self.db.path.parent if isinstance(self.db.path, Path) else Path.home()

    def choose_server(self) -> None:
        """A headquarters database on a PostgreSQL server, by its address."""
        address, ok = QInputDialog.getText(
            self, self.tr("A database on a server"),
            self.tr("The PostgreSQL database's address, as postgresql://USER@HOST/DATABASE (keep the password in "
                    "the file ~/.pgpass rather than in the address):"),
            text=self.db.path.url if isinstance(self.db.path, ServerAddress) else "postgresql://")
        address = address.strip()
        if not ok or not address:
            return
        if not is_server_address(address):
            colour = problem_colour(self.palette())
            text = self.tr("{0} is not a PostgreSQL address: write it as postgresql://USER@HOST/DATABASE.")
            self.next_label.setText(f"<span style='color:{colour}'>{html.escape(text.format(address))}</span>")
            return
        self._remember(address, self.tr("{0} opens the next time you start mouliaison."))

    def open_another(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open another database"), str(self._folder()), self._filter()
        )
        if chosen:
            self._remember(Path(chosen), self.tr("{0} opens the next time you start mouliaison."))

    def create_new(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new database"),
            str(self._folder() / DEFAULT_FILE_NAME),
            self._filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is opened, never replaced
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".sqlite3")
        if path.exists():
            message = self.tr("{0} already exists: it opens, as it is, the next time you start mouliaison.")
        else:
            message = self.tr("{0} is created the next time you start mouliaison.")
        self._remember(path, message)

    def _filter(self) -> str:
        return self.tr("mouliaison databases (*.sqlite3 *.sqlite *.db);;All files (*)")

    def _remember(self, path: Path | str, message: str) -> None:
        chosen = location_of(path if isinstance(path, str) else str(path))
        if chosen == self.db.path:
            self._say_next(self.tr("{0} is the database open now."), str(chosen))
            return
        try:
            remember_database(path)
        except OSError as exc:
            colour = problem_colour(self.palette())
            text = self.tr("Cannot keep the choice: {0}").format(exc.strerror or exc)
            self.next_label.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")
            return
        self._say_next(message, str(chosen))

    def _say_next(self, message: str, path: str) -> None:
        self.next_label.setText(message.format(f"<b>{html.escape(path)}</b>"))
