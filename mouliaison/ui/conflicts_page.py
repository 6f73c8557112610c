"""Open conflicts, and a person's decision on each (SYNC.md: "show real conflicts to a person").

Left, the open conflicts (record, field, how many values), read a block at a time as they come
into view (conflict_list_model.py), their number above. Right, the chosen one: every
competing value with the office that made it, the time on that device and the file it came
in, each with "Keep this"; or another value typed in. A delete against an edit asks instead
whether to keep the record or delete it. A resolution is an ordinary edit that travels with
the next export; the list is read again after each one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.validation import Invalid
from mouliaison.services.conflicts import (
    CompetingValue,
    ConflictView,
    count_conflicts,
    readable_values,
    resolve_conflict,
)
from mouliaison.services.database import Database, DatabaseUnavailable
from mouliaison.ui.appearance import error_box_style
from mouliaison.ui.conflict_list_model import (
    DELETED_FIELD,
    VALUES,
    ConflictListModel,
    field_of,
    kind_of,
    readable_text,
)
from mouliaison.ui.messages import count_text

VALUE_STYLE = "QFrame#competingValue { border: 1px solid palette(mid); border-radius: 4px; }"


class ConflictsPage(QWidget):
    count_changed = Signal(int)  # the number of open conflicts, for the navigation

    def __init__(self, db: Database, parent: Any = None, *, load: bool = True) -> None:
        """`load=False` leaves the list to the first refresh (the window's, when the page is shown):
        nothing is read for a page the person may never open."""
        super().__init__(parent)
        self.db = db
        # counted now, so that the first refresh signals a change only if there was one (the window
        # reloads its records page on the signal: 0.6 s at 100,000 activities for nothing)
        self.count = -1 if load else count_conflicts(db)
        self.value_buttons: list[QPushButton] = []

        heading = QLabel(self.tr("Conflicts"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.intro = QLabel(
            self.tr(
                "Two offices changed the same field before exchanging workbooks. Until you choose, "
                "the value listed first is shown; your choice travels with the next export."
            )
        )
        self.intro.setWordWrap(True)

        self.model = ConflictListModel(db, self)
        self.conflicts = QTreeView()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setModel(self.model)
        self.conflicts.setRootIsDecorated(False)
        self.conflicts.setItemsExpandable(False)
        self.conflicts.setAlternatingRowColors(True)
        self.conflicts.setUniformRowHeights(True)
        self.conflicts.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.conflicts.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        header = self.conflicts.header()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(0)  # fit the rows in view only: the others are not read yet
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUES, QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts.selectionModel().currentChanged.connect(self._show_selected)

        self.detail = QWidget()
        self.detail.setObjectName("conflictDetail")
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(10, 6, 10, 6)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.conflicts)
        splitter.addWidget(self.scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 540])

        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_box_style(self.palette()))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        # built once, filled per conflict
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title_label.setFont(title_font)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.values_box = QVBoxLayout()
        self.values_box.setSpacing(8)

        self.other_value = QLineEdit()
        self.other_value.setObjectName("otherValue")
        self.other_value.setPlaceholderText(self.tr("type the right value"))
        self.other_value.returnPressed.connect(self._use_value)
        self.other_label = QLabel(self.tr("&Or another value:"))
        self.other_label.setBuddy(self.other_value)
        self.use_value = QPushButton(self.tr("&Use this value"))
        self.use_value.clicked.connect(self._use_value)
        self.other_row = QWidget()
        other = QHBoxLayout(self.other_row)
        other.setContentsMargins(0, 0, 0, 0)
        other.addWidget(self.other_label)
        other.addWidget(self.other_value, 1)
        other.addWidget(self.use_value)

        self.keep_record = QPushButton(self.tr("&Keep the record"))
        self.delete_record = QPushButton(self.tr("&Delete it"))
        self.keep_record.clicked.connect(self._keep_record)
        self.delete_record.clicked.connect(self._delete_record)
        self.delete_row = QWidget()
        delete = QHBoxLayout(self.delete_row)
        delete.setContentsMargins(0, 0, 0, 0)
        delete.addWidget(self.keep_record)
        delete.addWidget(self.delete_record)
        delete.addStretch(1)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.detail_layout.addWidget(self.title_label)
        self.detail_layout.addWidget(self.question_label)
        self.detail_layout.addLayout(self.values_box)
        self.detail_layout.addSpacing(6)
        self.detail_layout.addWidget(self.other_row)
        self.detail_layout.addWidget(self.delete_row)
        self.detail_layout.addWidget(self.empty_label)
        self.detail_layout.addStretch(1)
        for button in (self.use_value, self.keep_record, self.delete_record):
            button.setAutoDefault(False)

        if load:
            self.refresh()

    # --- reading -------------------------------------------------------------------------

    def selected(self) -> ConflictView | None:
        return self.model.view(self.conflicts.currentIndex().row())

    def refresh(self, keep_row: int = 0) -> None:
        """Read the open conflicts' ids again; select the one at `keep_row` (or the last one).
        Only the rows in view are read (a block at a time), however many conflicts are open."""
        self.model.reload()
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Open conflicts: {0}").format(count_text(count)))
        if count:
            row = min(max(keep_row, 0), count - 1)
            self.conflicts.setCurrentIndex(self.model.index(row, 0))
            self.conflicts.scrollTo(self.model.index(row, 0))
        else:
            self._show_selected()
        if count != self.count:
            self.count = count
            self.count_changed.emit(self.count)

    def _show_selected(self, *_items: object) -> None:
        view = self.selected()
        self._clear_values()
        self.other_value.clear()
        if view is None:
            self.title_label.hide()
            self.question_label.hide()
            self.other_row.hide()
            self.delete_row.hide()
            self.empty_label.setText(
                self.tr("No open conflicts. When two offices change the same field before exchanging "
                        "workbooks, both values are kept and the conflict is listed here.")
            )
            self.empty_label.show()
            return
        self.empty_label.hide()
        self.title_label.show()
        self.question_label.show()
        kind = kind_of(view)
        deleting = view.field == DELETED_FIELD
        if deleting:
            self.title_label.setText(self.tr("{0} “{1}”: deleted by one office, edited by another").format(
                kind, view.record_title or view.record_id))
            self.question_label.setText(
                self.tr("Until you choose, the record stays, flagged. Keep it with the edits, or delete it.")
            )
        else:
            self.title_label.setText(self.tr("{0} “{1}”: {2}").format(
                kind, view.record_title or view.record_id, field_of(view)))
            self.question_label.setText(self.tr("Which value is right?"))
        readable = readable_values(self.db, view)
        for number, (value, reads) in enumerate(zip(view.values, readable, strict=True), start=1):
            frame = self._value_frame(number, value, readable_text(view, reads), shown=number == 1, keep=not deleting)
            self.values_box.addWidget(frame)
            frame.show()  # a child added to a visible page shows only on the next event loop turn otherwise
        self.other_row.setVisible(not deleting)
        self.delete_row.setVisible(deleting)

    def _value_frame(self, number: int, value: CompetingValue, readable: str, *, shown: bool, keep: bool) -> QFrame:
        frame = QFrame()
        frame.setObjectName("competingValue")
        frame.setStyleSheet(VALUE_STYLE)
        grid = QGridLayout(frame)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        if keep:
            reads = readable or self.tr("(empty)")
        else:  # a delete against an edit: True is the delete
            reads = self.tr("Deleted") if value.value is True else self.tr("Kept, with its edits")
        text = QLabel(reads)
        text.setObjectName("competingText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(text.font())
        bold.setBold(True)
        text.setFont(bold)
        grid.addWidget(text, 0, 0)
        if shown:
            note = QLabel(self.tr("shown now"))
            note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
            grid.addWidget(note, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        source = value.source_file or self.tr("made here")
        if value.signer_shown is None and value.made_here:
            key = self.tr("this office's, made at its first export")
        elif value.signer_shown is None:
            key = self.tr("no office's key (an unsigned file, or a hand edit)")
        elif value.made_here:
            key = self.tr("this office's, {0}").format(value.signer_shown)
        else:
            key = self.tr("{0}'s, {1}").format(value.signer_office or self.tr("an office"), value.signer_shown)
        facts = QLabel(self.tr("Office: {0}\ndevice time: {1}\nfile: {2}\nkey: {3}").format(
            self.tr("this office") if value.made_here else value.office, value.device_time, source, key))
        facts.setObjectName("competingFacts")
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(facts, 1, 0)
        if keep:
            button = QPushButton(self.tr("Keep this (&{0})").format(number))
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Keep “{0}” and close the conflict").format(readable))
            button.clicked.connect(lambda _checked=False, v=value.version_id: self._keep(v))
            grid.addWidget(button, 1, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            self.value_buttons.append(button)
        grid.setColumnStretch(0, 1)
        return frame

    def _clear_values(self) -> None:
        self.value_buttons = []
        while self.values_box.count():
            widget = self.values_box.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # --- deciding ------------------------------------------------------------------------

    def _keep(self, version_id: str) -> None:
        view = self.selected()
        if view is not None:
            self._resolve(view, keep=version_id)

    def _use_value(self) -> None:
        view = self.selected()
        if view is not None and view.field != DELETED_FIELD:
            self._resolve(view, value=self.other_value.text())

    def _keep_record(self) -> None:
        view = self.selected()
        if view is not None:
            self._resolve(view, value="keep")

    def _delete_record(self) -> None:
        view = self.selected()
        if view is not None:
            self._resolve(view, value="delete")

    def _resolve(self, view: ConflictView, *, keep: str | None = None, value: str | None = None) -> None:
        row = self.conflicts.currentIndex().row()
        try:
            resolve_conflict(self.db, view.id, keep=keep, value=value)
        except (Invalid, DatabaseUnavailable) as exc:
            typed = self.other_value.text()
            self.refresh(keep_row=row)  # it may have been resolved meanwhile
            if self._select(view.id):
                self.other_value.setText(typed)  # to correct it, not to type it again
                self.other_value.setFocus()
            self.show_message(str(exc))
            return
        self.show_message("")
        self.refresh(keep_row=row)

    def _select(self, conflict_id: str) -> bool:
        row = self.model.row_of(conflict_id)
        if row < 0:
            return False
        self.conflicts.setCurrentIndex(self.model.index(row, 0))
        return True

    def show_message(self, text: str) -> None:
        self.message.setStyleSheet(error_box_style(self.palette()))  # light or dark as the window is now
        self.message.setText(self.tr("Not resolved: {0}").format(text) if text else "")
        self.message.setVisible(bool(text))
