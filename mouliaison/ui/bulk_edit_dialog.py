"""Edit > Change field of N records…: one field, one value, for every selected record.

The person picks a field and a value; the page writes it to each record (each its own
version, all or nothing, one undo step). The value is checked here as the form checks it;
what a record refuses is said by the page, which then changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from mouliaison.domain.fields import Field
from mouliaison.domain.record_types import RecordType
from mouliaison.domain.values import Value
from mouliaison.ui.appearance import problem_style
from mouliaison.ui.choices import Choices
from mouliaison.ui.field_editor import FieldEditor
from mouliaison.ui.field_widgets import make_editor
from mouliaison.ui.labels import field_label, in_sentence, type_label, type_plural
from mouliaison.ui.messages import count_text
from mouliaison.ui.wheel_guard import WheelGuard


class BulkEditDialog(QDialog):
    def __init__(self, rtype: RecordType, count: int, choices: Callable[[Field], Choices], parent: Any = None,
                 ) -> None:
        super().__init__(parent)
        self.rtype, self._choices = rtype, choices
        self.setObjectName("bulkEdit")
        self.setWindowTitle(self.tr("Change a field of {0} records").format(count_text(count)))
        what = in_sentence(type_plural(rtype)) if count != 1 else in_sentence(type_label(rtype))
        intro = QLabel(self.tr("Set one field of the {0} selected {1} to the same value. Each record gets its "
                               "own change, which travels with your next export; Edit > Undo undoes them all.")
                       .format(count_text(count), what))
        intro.setWordWrap(True)
        self.field_box = QComboBox()
        self.field_box.setObjectName("bulkField")
        for field in rtype.fields:
            self.field_box.addItem(field_label(field), field.key)
        field_caption = QLabel(self.tr("&Field:"))
        field_caption.setBuddy(self.field_box)
        self.value_caption = QLabel(self.tr("&Value:"))
        self.problem = QLabel()
        self.problem.setObjectName("bulkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(problem_style(self.palette()))
        self.problem.hide()
        self.form = QFormLayout()
        self.form.addRow(field_caption, self.field_box)
        self.editor: FieldEditor | None = None
        # the wheel passing over the field or its value changes neither (a value set on every selected record)
        self.wheel_guard = WheelGuard(parent=self)
        self._holder = QWidget()
        self._holder_layout = QVBoxLayout(self._holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.value_caption, self._holder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("C&hange {0} records").format(count_text(count)))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.field_box.currentIndexChanged.connect(self._field_chosen)
        self._field_chosen()
        self.resize(480, 260)

    @property
    def field(self) -> Field:
        found = self.rtype.field(self.field_box.currentData())
        assert found is not None
        return found

    def choose(self, key: str) -> None:
        """Pick the field by its key (the page's current column, a test)."""
        index = self.field_box.findData(key)
        if index >= 0:
            self.field_box.setCurrentIndex(index)

    def value(self) -> Value:
        assert self.editor is not None
        return self.editor.value()

    def _field_chosen(self) -> None:
        if self.editor is not None:
            self._holder_layout.removeWidget(self.editor)
            self.editor.deleteLater()
        field = self.field
        self.editor = make_editor(field, self._choices(field), self._holder)
        self.editor.setObjectName(f"bulk_{field.key}")
        self._holder_layout.addWidget(self.editor)
        self.value_caption.setBuddy(self.editor)
        QWidget.setTabOrder(self.field_box, self.editor.focus_widgets()[0])
        self.wheel_guard.guard_all(self)  # the field's new editor too
        self.problem.hide()

    def _accept(self) -> None:
        assert self.editor is not None
        problem = self.editor.problem()
        if problem is None and self.field.required and self.editor.value() in (None, "", ()):
            problem = self.tr("{0} is required: give a value.").format(field_label(self.field))
        if problem:
            self.problem.setText(f"⚠ {problem}")
            self.problem.show()
            self.editor.setFocus()
            return
        self.accept()
