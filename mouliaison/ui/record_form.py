"""The form that edits one record of any type, built from the type's field definitions.

Every change is validated through the domain (normalise_values, then validate with the
database's vocabularies and a reference check), and each problem is written under its
field once the person has left that field (or tried to save), in a row kept for it so
nothing below moves. Saving goes through services.records; refused input writes nothing.

Its parts: the rows and their editors (form_rows), Tab in the order shown (form_tab_order), and
what the fields offer (form_choices); this module keeps the record's state, checking and saving.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.fields import Field
from mouliaison.domain.record_types import RecordType
from mouliaison.domain.validation import Invalid, Problem, normalise_values, validate
from mouliaison.domain.values import Value
from mouliaison.services.database import Database, DatabaseUnavailable
from mouliaison.services.records import (
    Change,
    RecordView,
    add,
    edit,
    find_record,
    get_type,
    reference_exists,
)
from mouliaison.ui.accessibility import plain
from mouliaison.ui.appearance import problem_style
from mouliaison.ui.choices import Choices
from mouliaison.ui.field_editor import FieldEditor
from mouliaison.ui.form_choices import FieldChoices
from mouliaison.ui.form_rows import FieldRows
from mouliaison.ui.form_tab_order import ShownOrderTab
from mouliaison.ui.labels import in_sentence, type_label, type_plural
from mouliaison.ui.messages import labelled, shown, shown_whole
from mouliaison.ui.wheel_guard import WheelGuard


class RecordForm(ShownOrderTab, FieldRows, QWidget):
    changed = Signal()  # any edit, a load, a save or a discard
    saved = Signal(str)
    discarded = Signal()  # edits thrown away: the form shows the record as stored  # the id of the record written

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rtype: RecordType | None = None
        self.record_id: str | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}  # a yes/no field's label text is on its checkbox
        self._original: dict[str, Value] = {}
        self._values: dict[str, Value] = {}
        self._problems: list[Problem] = []
        self._refused: set[str] = set()
        self._exists: dict[tuple[str, str], bool] = {}
        self._filling = False
        self._typed: set[str] = set()  # fields edited since they last had focus
        self._shown: set[str] = set()  # fields whose problems are shown: left after an edit
        self._started = False  # a field was left after an edit: problems show, but for required fields not reached
        self._show_all = False  # after a save attempt: every problem, and a summary on top
        self.after_fields: list[QWidget] = []  # a widget added below the fields joins the Tab order here
        self._read_only_reason = ""
        self.offered = FieldChoices(db)  # what the fields offer: terms, and the records they may name
        self.last_change = Change()  # what the last save changed, for the page to show
        self._rows: QFormLayout | None = None  # the fields' layout, built per type
        self._spacers: list[QLabel] = []  # the empty labels beside problem rows

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("recordHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.legend = QLabel(self.tr("Fields marked * are required."))
        self.record_problems = QLabel()
        self.record_problems.setObjectName("recordProblems")
        self.record_problems.setWordWrap(True)
        self.record_problems.setStyleSheet(problem_style(self.palette()))
        self.record_problems.hide()

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.wheel_guard = WheelGuard(self.scroll)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the door Tab enters the form by, from either side
        self.scroll.installEventFilter(self)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Dis&card changes"))
        self.discard_button.clicked.connect(self.discard)
        # Ctrl+S is the window's File > Save, which saves this form

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.record_problems)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[union-attr]

    # --- state ---------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Unsaved edits: a value that differs from the record (or a new record's defaults)."""
        if self.rtype is None:
            return False
        if self._refused:
            return True
        return any(self._values.get(f.key) != self._original.get(f.key) for f in self.rtype.fields)

    @property
    def editable(self) -> bool:
        """Whether the record shown can be changed here (not a saved consent, not a read-only database)."""
        return not self._read_only_reason

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    @property
    def valid(self) -> bool:
        return not self._problems

    # --- load, save, discard -------------------------------------------------------------

    def load(self, type_name: str, record_id: str | None = None) -> None:
        """Show a record to edit, or a new record of the type with the fields' defaults."""
        rtype = get_type(type_name)
        self.rtype, self.record_id = rtype, record_id
        self._exists.clear()
        self.offered.forget_records()
        if record_id is None:
            self._original = {f.key: f.default for f in rtype.fields if f.default is not None}
            view = None
        else:
            view = find_record(self.db, rtype.name, record_id)
            if view is None or view.deleted:
                raise LookupError(f"no {rtype.name} with id {record_id}")
            self._original = dict(view.values)
        self._read_only_reason = ""
        if self.db.read_only:
            self._read_only_reason = self.tr("The database is open read-only; nothing here can be saved.")
        elif rtype.append_only and record_id is not None:
            self._read_only_reason = self.tr(
                "{0} are never edited: they stay provable (MOU 3.6). Record a new one instead."
            ).format(type_plural(rtype))
        self._typed.clear()
        self._shown.clear()
        self._show_all = False
        self._started = record_id is not None
        self._build(rtype)
        title = self.title_text(self._original)
        if record_id is None:
            self.heading.setText(self.tr("New {0}").format(in_sentence(type_label(rtype))))
        else:
            self.heading.setText(self.tr("{0}: {1}").format(type_label(rtype), title or ""))
        if view is not None and view.conflicted:
            self.heading.setText(self.heading.text() + self.tr(" (in conflict)"))
        self._fill(self._original, show_problems=record_id is not None)

    def load_copy(self, type_name: str, values: dict[str, Value]) -> None:
        """A new, unsaved record holding these values (Edit > Duplicate)."""
        self.load(type_name)
        self._fill({**self._original, **values})

    def title_text(self, values: dict[str, Value]) -> str:
        """How the record is named: its title field, read as the form shows it (a focal point's
        title is its contact: the contact's name, not the contact's id)."""
        assert self.rtype is not None
        field = self.rtype.field(self.rtype.title_field)
        value = values.get(self.rtype.title_field)
        if value is None or field is None:
            return ""
        if field.target or field.vocabulary:
            return self.offered.of(field).label(str(value))
        return str(value)

    def choices_for(self, field: Field) -> Choices:
        """What a field of the loaded type offers: the bulk change dialog offers the same."""
        return self.offered.of(field)

    def reload_vocabularies(self) -> None:
        """Read the terms again (a term was added or changed); the next load offers them."""
        self.offered.reload_vocabularies()

    @property
    def stored(self) -> dict[str, Value]:
        """The record's values as the database had them when loaded or saved."""
        return dict(self._original)

    def _show_stored(self, view: RecordView) -> None:
        """The record as just saved, in the widgets already built: a save does not rebuild the form."""
        assert self.rtype is not None
        self.record_id, self._original = view.id, dict(view.values)
        heading = self.tr("{0}: {1}").format(type_label(self.rtype), self.title_text(self._original))
        self.heading.setText(heading + (self.tr(" (in conflict)") if view.conflicted else ""))
        self._fill(self._original)

    def save(self) -> str:
        """Write the record; its id, or "" when refused (the problems are then shown)."""
        if self.rtype is None or self._read_only_reason:
            return ""
        self._check()
        self._show_all = True  # from now on every problem shows, and the summary says what stops the save
        if self._problems:
            self._show_problems()
            self._focus_first_problem()
            return ""
        try:
            if self.record_id is None:
                given = {k: v for k, v in self._values.items() if v is not None}
                change = add(self.db, self.rtype.name, given, duplicates=True)
            else:
                changes = {f.key: self._values.get(f.key) for f in self.rtype.fields
                           if self._values.get(f.key) != self._original.get(f.key)}
                change = edit(self.db, self.rtype.name, self.record_id, changes, duplicates=True) if changes \
                    else Change()
        except Invalid as refused:
            self._problems = refused.problems
            self._show_problems()
            self._focus_first_problem()
            return ""
        except DatabaseUnavailable as exc:
            self._problems = [Problem("", str(exc))]
            self._show_problems()
            return ""
        record_id = change.record_id or self.record_id or ""
        self.last_change = change
        if change.views and not self.rtype.append_only:
            self._show_stored(change.views[0])
        else:
            self.load(self.rtype.name, record_id)  # a consent record, once saved, is read-only
        self.saved.emit(record_id)
        return record_id

    def discard(self) -> None:
        """Back to the record as the database has it now (or the defaults of a new one)."""
        if self.rtype is None:
            return
        view = find_record(self.db, self.rtype.name, self.record_id) if self.record_id else None
        if view is not None and not view.deleted:
            self.load(self.rtype.name, self.record_id)  # another office's change may have arrived
        else:
            self._typed.clear()
            self._shown.clear()
            self._show_all = self._started = False
            self._fill(self._original)
        self.discarded.emit()

    def maybe_discard(self, parent: QWidget | None = None) -> bool:
        """True when it is fine to leave the record: no edits, saved, or discarded on purpose."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            parent or self,
            self.tr("Unsaved changes"),
            self.tr("This record has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return bool(self.save())
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    def _editor_of(self, widget: QWidget | None) -> str | None:
        if widget is None:
            return None
        for key, editor in self.editors.items():
            if editor is widget or editor.isAncestorOf(widget):
                return key
        return None

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """A field left after an edit shows its problems from now on."""
        left = self._editor_of(old)
        if left is None or self._editor_of(new) == left:
            return
        self.editors[left].left()
        if left not in self._typed:
            return
        self._typed.discard(left)
        self._shown.add(left)
        self._started = True
        self._show_problems()

    # --- checking ------------------------------------------------------------------------

    def _fill(self, values: dict[str, Value], show_problems: bool = False) -> None:
        """The editors hold `values`; a stored record's problems show at once (it was saved so)."""
        self._filling = True
        try:
            for key, editor in self.editors.items():
                editor.set_value(values.get(key))
        finally:
            self._filling = False
        self._check()
        if show_problems:
            self._shown |= {p.field for p in self._problems}
        self._show_problems()
        self.changed.emit()

    def _edited(self, key: str) -> None:
        """A field being typed in keeps quiet until it is left; one changed from elsewhere
        (a calendar, a paste by a script) shows its problems at once."""
        if self._filling:
            return
        editor = self.editors[key]
        focused = QApplication.focusWidget()
        if focused is not None and (focused is editor or editor.isAncestorOf(focused)):
            self._typed.add(key)
            self._shown.discard(key)
        else:
            self._shown.add(key)
            self._started = True
        self._check()
        self._show_problems()
        self.changed.emit()

    def _exists_check(self, target: str, record_id: str) -> bool:
        key = (target, record_id)
        if key not in self._exists:
            self._exists[key] = reference_exists(self.db, target, record_id)
        return self._exists[key]

    def _check(self) -> None:
        """The whole record through the domain: its values and every problem."""
        assert self.rtype is not None
        refused = [Problem(key, message) for key, e in self.editors.items() if (message := e.problem())]
        self._refused = {p.field for p in refused}
        raw = {key: e.value() for key, e in self.editors.items() if key not in self._refused}
        values, problems = normalise_values(self.rtype, raw)
        problems = refused + problems
        self._refused |= {p.field for p in problems}
        found = validate(self.rtype, values, self.offered.vocab, self._exists_check)
        self._values = values
        self._problems = problems + [p for p in found if p.field not in self._refused]

    def _problem_shown(self, key: str) -> bool:
        """Whether a field's problems show: not while it is typed in, nor for a required field
        still empty that the person has not reached yet (a new form opens quiet), unless a
        save was tried. A field's problem caused by another (an end before the start) shows."""
        if self._show_all:
            return True
        if key in self._typed:
            return False
        if key in self._shown:
            return True
        field = self.editors[key].field
        untouched_required = field.required and self._values.get(key) is None and key not in self._refused
        return self._started and not untouched_required

    def _show_problems(self) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in self._problems:
            if problem.field in self.problem_labels:
                by_field.setdefault(problem.field, []).append(shown(problem))
            else:
                general.append(shown_whole(problem))
        for key, label in self.problem_labels.items():
            messages = by_field.get(key, []) if self._problem_shown(key) else []
            label.setText("\n".join(f"⚠ {m}" for m in messages))
            self.editors[key].input.setAccessibleDescription("; ".join(messages))
        notes = [self._read_only_reason] if self._read_only_reason else []
        if self._show_all and by_field:
            notes.append(self.tr("Not saved. Fix first:"))
            notes += ["⚠ " + labelled(plain(self.labels[key].text() or self.editors[key].input.text()), m)  # type: ignore[attr-defined]
                      for key in self.editors if key in by_field for m in by_field[key]]
        self.record_problems.setText("\n".join(notes + [f"⚠ {m}" for m in general]))
        self.record_problems.setVisible(bool(notes or general))
        editable = not self._read_only_reason
        self.save_button.setEnabled(editable and not self._problems and (self.dirty or self.record_id is None))
        self.discard_button.setEnabled(editable and self.dirty)
