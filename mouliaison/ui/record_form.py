"""The form that edits one record of any type, built from the type's field definitions.

Every change is validated through the domain (normalise_values, then validate with the
database's vocabularies and a reference check), and each problem is written under its
field once the person has left that field (or tried to save), in a row kept for it so
nothing below moves. Saving goes through services.records; refused input writes nothing.

Tab walks the fields in the order they are shown, whatever Qt's focus chain says (editable
combo boxes and compound editors made it loop between two pickers), then leaves the form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import CONFIRMATION_FIELDS, RecordType
from mouliaison.domain.validation import Invalid, Problem, normalise_values, validate
from mouliaison.domain.values import Value
from mouliaison.domain.vocabularies import VOCABULARIES
from mouliaison.services.database import Database, DatabaseUnavailable
from mouliaison.services.names import names_for
from mouliaison.services.record_listing import live_titles, other_names, reference_titles
from mouliaison.services.records import (
    Change,
    RecordView,
    add,
    edit,
    find_record,
    get_type,
    list_records,
    reference_exists,
    vocabularies,
)
from mouliaison.ui.accessibility import plain
from mouliaison.ui.action_items_table import attach_action_items
from mouliaison.ui.appearance import problem_style
from mouliaison.ui.choices import Choice, Choices, sort_key
from mouliaison.ui.field_widgets import FieldEditor, make_editor
from mouliaison.ui.labels import field_label, in_sentence, term_label, type_label, type_plural
from mouliaison.ui.messages import shown, shown_whole
from mouliaison.ui.mnemonics import mnemonic, taken_letters, with_mnemonic
from mouliaison.ui.wheel_guard import WheelGuard

CONFIRMATION_KEYS = tuple(f.key for f in CONFIRMATION_FIELDS)
NUMBERED_VOCABULARIES = {"thematic_area"}  # people cite MOU 4.1's areas by number: "x.b"
LONG_VOCABULARY = 40  # countries, languages: alphabetical by label
NARROW_FORM = 560  # narrower than this, labels go above their fields
# pickers that also find records by other names (acronyms, a party's names in French or Spanish): short
# lists only, since completing over other names costs a Python call per entry (contacts may be 20,000)
NAMED_OTHERWISE = ("party", "organisation")


class RecordForm(QWidget):
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
        self._vocab = vocabularies(db)  # again only when a term changes: reload_vocabularies
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
        self._pickable: dict[str, Choices] = {}  # per referenced type: its live records, read when wanted
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
            return self._choices(field).label(str(value))
        return str(value)

    def choices_for(self, field: Field) -> Choices:
        """What a field of the loaded type offers: the bulk change dialog offers the same."""
        return self._choices(field)

    def reload_vocabularies(self) -> None:
        """Read the terms again (a term was added or changed); the next load offers them."""
        self._vocab = vocabularies(self.db)

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

    # --- building ------------------------------------------------------------------------

    def _build(self, rtype: RecordType) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.editors.clear()
        self.problem_labels.clear()
        self.labels.clear()
        self._spacers = []
        content = QWidget()
        form = QFormLayout(content)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(2)  # each field's problem row is the space below it
        used = taken_letters(self) | {mnemonic(b.text()) for b in (self.save_button, self.discard_button)} - {None}
        has_confirmation = all(rtype.field(k) is not None for k in CONFIRMATION_KEYS)
        for field in rtype.fields:
            if has_confirmation and field.key in CONFIRMATION_KEYS:
                continue
            self._add_row(form, field, field_label(field), used, content)
        if has_confirmation:
            form.addRow(self._confirmation_group(rtype, used, content))
        self.scroll.setWidget(content)
        self._rows = form
        self._fit_rows()
        self.after_fields.clear()
        self._guard_wheel(content)
        attach_action_items(self, rtype, form)  # a meeting's action items, below its fields
        content.setEnabled(not self._read_only_reason)

    def _fit_rows(self) -> None:
        """In a narrow pane (a netbook, a scaled screen) each label goes above its field, so the
        fields have the pane's whole width: a list of thematic areas cut to "i · Gestion des
        frontiè" could not be read beside labels taking half of it."""
        rows = self._rows
        if rows is None:
            return
        narrow = self.width() < NARROW_FORM
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.WrapLongRows
        if rows.rowWrapPolicy() != policy:
            rows.setRowWrapPolicy(policy)
            side = Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag.AlignRight
            rows.setLabelAlignment(side | Qt.AlignmentFlag.AlignTop)
            for spacer in self._spacers:
                spacer.setVisible(not narrow)  # a line of its own above each problem, else
            for label in self.labels.values():  # a label longer than the pane goes on two lines
                label.setWordWrap(narrow and label.fontMetrics().horizontalAdvance(label.text()) > self.width() - 60)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _add_row(self, form: QFormLayout, field: Field, text: str, used: set[str], parent: QWidget) -> None:
        """The field's row, and below it a row for its problems, hidden while there are none."""
        editor = make_editor(field, self._choices(field), parent)
        editor.setObjectName(f"field_{field.key}")
        text = with_mnemonic(text + (" *" if field.required else ""), used)
        label = QLabel(text, parent)
        if field.kind is Kind.BOOLEAN:
            editor.input.setText(text)  # type: ignore[attr-defined]
            label.setText("")
        label.setBuddy(editor)
        problem = QLabel(parent)
        problem.setObjectName(f"problem_{field.key}")
        problem.setWordWrap(True)
        problem.setStyleSheet(problem_style(self.palette()))
        problem.setMinimumHeight(problem.fontMetrics().lineSpacing())  # kept empty: a message moves nothing
        form.addRow(label, editor)
        spacer = QLabel(parent)  # beside a problem, under the label; none when labels are above fields
        self._spacers.append(spacer)
        form.addRow(spacer, problem)
        self.editors[field.key] = editor
        self.problem_labels[field.key] = problem
        self.labels[field.key] = label
        editor.edited.connect(lambda key=field.key: self._edited(key))

    def _confirmation_group(self, rtype: RecordType, used: set[str], parent: QWidget) -> QGroupBox:
        """Each party confirms the record for itself: who (a contact) and when."""
        group = QGroupBox(self.tr("Joint confirmation"), parent)
        group.setObjectName("jointConfirmation")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # its labels are long: above their fields, so the group never makes the form wider than its pane
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        note = QLabel(self.tr("Each party confirms the record for itself: who confirmed it, and when."), group)
        note.setWordWrap(True)
        form.addRow(note)
        for position, code in zip(("first", "second"), self._party_codes(), strict=True):
            for what, text in (("by", self.tr("{0} confirmed by")), ("on", self.tr("{0} confirmed on"))):
                field = rtype.field(f"{position}_party_confirmed_{what}")
                assert field is not None
                self._add_row(form, field, text.format(code), used, group)
        return group

    def _party_codes(self) -> tuple[str, str]:
        agreements = list_records(self.db, "agreement")
        if not agreements:
            return self.tr("First party"), self.tr("Second party")
        values = agreements[0].values
        titles = names_for(self.db, "agreement").titles
        first, second = values.get("first_party"), values.get("second_party")
        return (titles.get(str(first), self.tr("First party")), titles.get(str(second), self.tr("Second party")))

    def _choices(self, field: Field) -> Choices:
        if field.vocabulary:
            return Choices(self._terms(field.vocabulary))
        if not field.target:
            return Choices([])
        target = field.target
        if target not in self._pickable:  # one read and one sort per type and form, when first wanted
            self._pickable[target] = Choices(lambda: self._live_choices(target),
                                             lambda ids: self._reference_labels(target, ids),
                                             (lambda: other_names(self.db, target)) if target in NAMED_OTHERWISE
                                             else None)
        return self._pickable[target]

    def _live_choices(self, target: str) -> list[Choice]:
        """The live records of a type by title, sorted; a title two records share gets their ids."""
        live = live_titles(self.db, target)
        counts: dict[str, int] = {}
        for _, title in live:
            counts[title.casefold()] = counts.get(title.casefold(), 0) + 1
        named = [(rid, f"{title} ({rid[:8]})" if counts[title.casefold()] > 1 else title) for rid, title in live]
        keys = [sort_key(label) for _, label in named]
        return [named[i] for i in sorted(range(len(named)), key=keys.__getitem__)]

    def _reference_labels(self, target: str, ids: list[str]) -> dict[str, str]:
        """The records the form names, before (or without) reading every title of their type."""
        found = reference_titles(self.db, target, ids)
        return {rid: self.tr("{0} (deleted)").format(title) if gone else title for rid, (title, gone) in found.items()}

    def _terms(self, vocabulary: str) -> list[Choice]:
        """Short vocabularies in their shipped order (statuses read in sequence); long ones by label."""
        codes = self._vocab.codes(vocabulary)
        shipped = {term.code: i for i, term in enumerate(VOCABULARIES.get(vocabulary, ()))}
        labels = {code: term_label(vocabulary, code, self._vocab.label(vocabulary, code)) for code in codes}
        if vocabulary in NUMBERED_VOCABULARIES:
            labels = {code: f"{code} · {label}" for code, label in labels.items()}
        if len(codes) > LONG_VOCABULARY:
            codes.sort(key=lambda code: sort_key(labels[code]))
        else:
            codes.sort(key=lambda code: (shipped.get(code, len(shipped)), sort_key(labels[code])))
        return [(code, labels[code]) for code in codes]

    def _guard_wheel(self, content: QWidget) -> None:
        """Combo boxes, spin boxes and lists under the pointer let the wheel scroll the form."""
        for kind in (QComboBox, QAbstractSpinBox, QAbstractItemView):
            for widget in content.findChildren(kind):
                if not isinstance(widget.parentWidget(), QComboBox):  # not a combo box's own list
                    self.wheel_guard.guard(widget)

    # --- moving through the form ------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """What Tab visits, in the order the form shows it: every field, then the buttons."""
        chain = [w for editor in self.editors.values() for w in editor.focus_widgets()]
        chain += [*self.after_fields, self.discard_button, self.save_button]
        return [w for w in chain if w.isEnabled() and w.isVisibleTo(self)
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def focusNextPrevChild(self, next: bool) -> bool:
        chain = self.tab_chain()
        focused = QApplication.focusWidget()
        here = next_index = None
        for i, widget in enumerate(chain):
            if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
                here = i
                break
        if here is None:
            return super().focusNextPrevChild(next)
        next_index = here + (1 if next else -1)
        if 0 <= next_index < len(chain):
            target = chain[next_index]
        else:
            target = self._outside(chain[here], next) or chain[0 if next else -1]
        self._focus(target, Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab into the form from the window lands on its first stop; Shift+Tab on its last."""
        if watched is self.scroll and event.type() == QEvent.Type.FocusIn:
            chain = self.tab_chain()
            reason = event.reason()  # type: ignore[attr-defined]
            if chain and reason == Qt.FocusReason.BacktabFocusReason:
                self._focus(chain[-1], reason)
            elif chain and reason == Qt.FocusReason.TabFocusReason:
                self._focus(chain[0], reason)
        return super().eventFilter(watched, event)

    def _outside(self, start: QWidget, forward: bool) -> QWidget | None:
        """The window's next (or previous) widget Tab can reach that is not in this form."""
        widget = start
        for _ in range(10000):
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is start:
                return None
            if (not self.isAncestorOf(widget) and widget is not self and widget.isEnabled()
                    and widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.window() is self.window()):
                return widget
        return None

    def _focus(self, widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        widget.setFocus(reason)
        content = self.scroll.widget()
        if content is not None and content.isAncestorOf(widget):
            self.scroll.ensureWidgetVisible(widget)

    def focus_first_field(self) -> None:
        """The first field takes the keyboard: a new record is typed at once (File > New)."""
        fields = [w for w in self.tab_chain() if w not in (self.discard_button, self.save_button)]
        if fields:
            self._focus(fields[0])

    def _focus_first_problem(self) -> None:
        bad = {p.field for p in self._problems}
        for key, editor in self.editors.items():
            if key in bad and editor.isEnabled():
                self._focus(editor.input)
                return

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
        found = validate(self.rtype, values, self._vocab, self._exists_check)
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
            notes += [f"⚠ {plain(self.labels[key].text() or self.editors[key].input.text())}: {m}"  # type: ignore[attr-defined]
                      for key in self.editors if key in by_field for m in by_field[key]]
        self.record_problems.setText("\n".join(notes + [f"⚠ {m}" for m in general]))
        self.record_problems.setVisible(bool(notes or general))
        editable = not self._read_only_reason
        self.save_button.setEnabled(editable and not self._problems and (self.dirty or self.record_id is None))
        self.discard_button.setEnabled(editable and self.dirty)
