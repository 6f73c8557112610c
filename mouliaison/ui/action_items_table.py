"""A meeting's action items, inside the meeting's form: added, changed and removed there.

Each item is an ordinary action_item record naming the meeting: it has its own versions,
travels in workbooks and shows under Action items too. An item is written when the person
confirms its dialog (not with the meeting's Save), so the meeting must be saved first.
Keyboard: Tab reaches the list and its buttons; in the list, Insert adds, Enter changes and
Delete removes the selected item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.fields import Field
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.domain.validation import Invalid
from mouliaison.domain.values import Value, display
from mouliaison.services.database import Database, DatabaseUnavailable
from mouliaison.services.record_listing import reference_titles
from mouliaison.services.records import RecordView, add, delete_record, edit, referring
from mouliaison.ui.appearance import problem_style
from mouliaison.ui.choices import Choices
from mouliaison.ui.field_editor import FieldEditor
from mouliaison.ui.field_widgets import make_editor
from mouliaison.ui.labels import field_label
from mouliaison.ui.messages import labelled, shown

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFormLayout as FormLayout

    from mouliaison.ui.record_form import RecordForm

ITEM = "action_item"
SHOWN = ("description", "owner", "due_date", "status")  # the columns, and the dialog's fields


def attach_action_items(form: RecordForm, rtype: RecordType, layout: FormLayout) -> None:
    """Below a meeting's fields, its action items; nothing for other types."""
    old = getattr(form, "action_items", None)
    if old is not None:  # the form was built again: the list it replaces no longer follows its saves
        form.saved.disconnect(old.meeting_saved)
        form.action_items = None  # type: ignore[attr-defined]
    if rtype.name != "meeting":
        return
    items = ActionItemsTable(form.db, form.choices_for, layout.parentWidget())
    items.set_meeting(form.record_id)
    layout.addRow(items)
    items.show()  # now, not on Qt's next turn: the form is already shown when a record is loaded
    form.saved.connect(items.meeting_saved)
    form.action_items = items  # type: ignore[attr-defined]  # for the page and for tests
    # Tab goes from the last field through the list and its buttons, then to Discard and Save
    form.after_fields += [items.table, items.add_button, items.edit_button, items.remove_button]


class ActionItemsTable(QGroupBox):
    def __init__(self, db: Database, choices: Callable[[Field], Choices], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Action items"))
        self.setObjectName("actionItems")
        self.db, self._choices = db, choices
        self.rtype = RECORD_TYPES[ITEM]
        self.meeting_id: str | None = None
        self.items: list[RecordView] = []
        self.fields = [f for key in SHOWN if (f := self.rtype.field(key)) is not None]

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(self.fields))
        self.table.setObjectName("actionItemsTable")
        self.table.setHorizontalHeaderLabels([field_label(f) for f in self.fields])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for its buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.setAccessibleName(self.tr("Action items of this meeting"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add an action item…"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._enable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # --- what is shown ---------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def meeting_saved(self, meeting_id: str) -> None:
        """A new meeting, once saved, can have action items."""
        if meeting_id != self.meeting_id:
            self.set_meeting(meeting_id)

    def reload(self) -> None:
        self.items = referring(self.db, ITEM, "meeting", self.meeting_id) if self.meeting_id else []
        owners = [str(v.values["owner"]) for v in self.items if v.values.get("owner")]
        names = reference_titles(self.db, "contact", owners) if owners else {}
        status = self.rtype.field("status")
        assert status is not None
        statuses = dict(self._choices(status).entries)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for column, field in enumerate(self.fields):
                value = item.values.get(field.key)
                if field.key == "owner" and value:
                    text = names.get(str(value), (str(value), False))[0]
                elif field.key == "status" and value:
                    text = statuses.get(str(value), str(value))
                else:
                    text = display(value)
                cell = QTableWidgetItem(" ".join(str(text).split()))
                cell.setToolTip(str(text))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.meeting_id is None:
            self.note.setText(self.tr("Save the meeting first; then add its action items here."))
        elif not self.items:
            self.note.setText(self.tr("No action items yet. Each item is saved as soon as you confirm it."))
        else:
            self.note.setText(self.tr("Each item is saved as soon as you confirm it (Insert adds, Enter changes, "
                                      "Delete removes)."))
        self._enable()

    def selected(self) -> RecordView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    # --- actions -----------------------------------------------------------------------------

    def add_item(self) -> None:
        if self.meeting_id is None:
            return
        dialog = ActionItemDialog(self.db, self.rtype, self.fields, self._choices, self.meeting_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_after(dialog.saved_id)

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None or self.meeting_id is None:
            return
        dialog = ActionItemDialog(self.db, self.rtype, self.fields, self._choices, self.meeting_id, item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_after(item.id)

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove the action item"), self.tr(
            "Remove the action item '{0}'? The removal travels to other offices with your next export.").format(
            item.values.get("description") or ""))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_record(self.db, ITEM, item.id)
        except (Invalid, DatabaseUnavailable) as exc:
            problems = exc.problems if isinstance(exc, Invalid) else [str(exc)]
            QMessageBox.warning(self, self.tr("Not removed"), "\n".join(str(p) for p in problems))
        self.reload()

    def _show_after(self, record_id: str) -> None:
        self.reload()
        row = next((i for i, item in enumerate(self.items) if item.id == record_id), None)
        if row is not None:
            self.table.selectRow(row)
        self.table.setFocus()

    def _enable(self) -> None:
        editable = self.meeting_id is not None
        self.table.setEnabled(editable)  # a new meeting has no items yet: Tab passes by
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and self.selected() is not None)
        self.remove_button.setEnabled(editable and self.selected() is not None)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table and event.type() == event.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Insert:
                self.add_item()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.selected() is not None:
                self.edit_selected()
                return True
            if key == Qt.Key.Key_Delete and self.selected() is not None:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)


class ActionItemDialog(QDialog):
    """One action item's description, owner, due date and status; OK writes it, or says why not."""

    def __init__(self, db: Database, rtype: RecordType, fields: list[Field], choices: Callable[[Field], Choices],
                 meeting_id: str, item: RecordView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.rtype, self.meeting_id, self.item = db, rtype, meeting_id, item
        self.saved_id = ""
        self.setObjectName("actionItemDialog")
        self.setWindowTitle(self.tr("New action item") if item is None else self.tr("Action item"))
        self.editors: dict[str, FieldEditor] = {}
        self.problems = QLabel()
        self.problems.setObjectName("actionItemProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(problem_style(self.palette()))
        self.problems.hide()
        form = QFormLayout()
        values: dict[str, Value] = dict(item.values) if item else {f.key: f.default for f in fields}
        for field in fields:
            editor = make_editor(field, choices(field), self)
            editor.setObjectName(f"item_{field.key}")
            editor.set_value(values.get(field.key))
            label = QLabel(field_label(field) + (" *" if field.required else ""))
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.editors[field.key] = editor
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.editors["description"].setFocus()
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        refused = [labelled(field_label(e.field), message) for e in self.editors.values() if (message := e.problem())]
        if refused:
            self._show(refused)
            return
        values = {key: editor.value() for key, editor in self.editors.items()}
        try:
            if self.item is None:
                given = {k: v for k, v in values.items() if v not in (None, "", ())}
                self.saved_id = add(self.db, self.rtype.name, {**given, "meeting": self.meeting_id}).record_id
            else:
                changed = {k: v for k, v in values.items() if v != self.item.values.get(k)}
                if changed:
                    edit(self.db, self.rtype.name, self.item.id, changed)
                self.saved_id = self.item.id
        except Invalid as exc:
            self._show([self._message(p.field, shown(p)) for p in exc.problems])
            return
        except DatabaseUnavailable as exc:
            self._show([str(exc)])
            return
        self.accept()

    def _message(self, key: str, message: str) -> str:
        field = self.rtype.field(key)
        return labelled(field_label(field), message) if field is not None else message

    def _show(self, messages: list[str]) -> None:
        self.problems.setText("\n".join(f"⚠ {m}" for m in messages))
        self.problems.show()
