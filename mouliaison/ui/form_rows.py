"""The rows of a record form: a label, the field's editor, and below it a row kept for its problems.

Built per record type. A narrow pane puts each label above its field; a record with a joint
confirmation groups its four fields; combo boxes, spin boxes and lists let the wheel scroll the
form (WheelGuard). A mixin of RecordForm: it uses the form's dictionaries of editors and labels.
Its strings keep the context "RecordForm" (QCoreApplication.translate), as they had in one module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import CONFIRMATION_FIELDS, RecordType
from mouliaison.services.database import Database
from mouliaison.services.names import names_for
from mouliaison.services.records import list_records
from mouliaison.ui.action_items_table import attach_action_items
from mouliaison.ui.appearance import problem_style
from mouliaison.ui.field_editor import FieldEditor
from mouliaison.ui.field_widgets import make_editor
from mouliaison.ui.form_choices import FieldChoices
from mouliaison.ui.labels import field_label
from mouliaison.ui.mnemonics import mnemonic, taken_letters, with_mnemonic
from mouliaison.ui.problem_line import ProblemLine
from mouliaison.ui.wheel_guard import WheelGuard

CONFIRMATION_KEYS = tuple(f.key for f in CONFIRMATION_FIELDS)
NARROW_FORM = 560  # narrower than this, labels go above their fields

# a mixin of RecordForm (a QWidget): typed as one, a plain class at run time
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class FieldRows(_Widget):
    """Building a record form's rows (RecordForm inherits this)."""

    db: Database
    offered: FieldChoices
    editors: dict[str, FieldEditor]
    problem_labels: dict[str, QLabel]
    labels: dict[str, QLabel]
    after_fields: list[QWidget]
    scroll: QScrollArea
    wheel_guard: WheelGuard
    save_button: QPushButton
    discard_button: QPushButton
    _rows: QFormLayout | None
    _spacers: list[QLabel]
    _read_only_reason: str

    def _edited(self, key: str) -> None:
        raise NotImplementedError

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
        self.wheel_guard.guard_all(content, lists=True)  # the wheel scrolls the form past its fields
        attach_action_items(self, rtype, form)  # a meeting's action items, below its fields
        content.setEnabled(not self._read_only_reason)
        if self._read_only_reason:  # greyed, an example ("2026-12-14 · 14/12/2026") reads as a value
            for line in content.findChildren(QLineEdit):
                line.setPlaceholderText("")

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
        editor = make_editor(field, self.offered.of(field), parent)
        editor.setObjectName(f"field_{field.key}")
        text = with_mnemonic(text + (" *" if field.required else ""), used)
        label = QLabel(text, parent)
        if field.kind is Kind.BOOLEAN:
            editor.input.setText(text)  # type: ignore[attr-defined]
            label.setText("")
        label.setBuddy(editor)
        problem = ProblemLine(parent)  # one line, kept empty: a message, however long, moves nothing
        problem.setObjectName(f"problem_{field.key}")
        problem.setStyleSheet(problem_style(self.palette()))
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
        group = QGroupBox(QCoreApplication.translate("RecordForm", "Joint confirmation"), parent)
        group.setObjectName("jointConfirmation")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # its labels are long: above their fields, so the group never makes the form wider than its pane
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        note = QLabel(QCoreApplication.translate(
            "RecordForm", "Each party confirms the record for itself: who confirmed it, and when."), group)
        note.setWordWrap(True)
        form.addRow(note)
        for position, code in zip(("first", "second"), self._party_codes(), strict=True):
            for what, text in (("by", QCoreApplication.translate("RecordForm", "{0} confirmed by")),
                               ("on", QCoreApplication.translate("RecordForm", "{0} confirmed on"))):
                field = rtype.field(f"{position}_party_confirmed_{what}")
                assert field is not None
                self._add_row(form, field, text.format(code), used, group)
        return group

    def _party_codes(self) -> tuple[str, str]:
        first_party = QCoreApplication.translate("RecordForm", "First party")
        second_party = QCoreApplication.translate("RecordForm", "Second party")
        agreements = list_records(self.db, "agreement")
        if not agreements:
            return first_party, second_party
        values = agreements[0].values
        titles = names_for(self.db, "agreement").titles
        first, second = values.get("first_party"), values.get("second_party")
        return titles.get(str(first), first_party), titles.get(str(second), second_party)
