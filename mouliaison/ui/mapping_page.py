"""File ▸ Import's mapping step for one plain sheet: which record type, which header row, which
column fills which field (or is left out, and why), which fields make a row the same record, the
options, the notes, and the first rows as they will be stored.

The page shows a `SheetStep` (services/mapping_step.py) and says `changed` when a person changes
anything; the dialog re-plans that file in the worker and shows the step again. A field another
column already fills is refused here, in the window's words, and the combo box goes back: nothing
is planned again. The refusal shows in a line right under that column's row (RowMessage), in view
however far down the table the person is, with the keyboard left on the combo box, and stays until
they change something else. After a re-plan the keyboard goes back to what the person changed (the same
column's combo box, the type, the header row, an option, the key), with the columns table
scrolled as it was; when that is gone, to the first field combo or the type. The wheel scrolls
the page and the columns table; it changes a combo box or the header row only once that has
focus (WheelGuard). Each column is one line high, so a 1024x600
screen shows many at once: long samples are elided, and read whole in the cell's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services.mapping_step import MAP_HINT, MAP_ONE, SheetChoices, SheetStep, chosen
from mouliaison.ui.appearance import problem_colour
from mouliaison.ui.labels import field_label, type_plural
from mouliaison.ui.messages import rendered
from mouliaison.ui.row_message import RowMessage
from mouliaison.ui.wheel_guard import WheelGuard

LEAVE_OUT = ""  # the field combo's data for "Leave out"


class MappingPage(QWidget):
    changed = Signal()  # a person changed the mapping: re-plan this sheet's file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step: SheetStep | None = None
        self._filling = False
        self._place: tuple[str, str] | None = None  # what a person changed last: the keyboard goes back there
        self._table_scroll = 0  # the columns table's scroll position when they changed it
        self.wheel_guard = WheelGuard(parent=self)  # the wheel scrolls the nearest scroll area: a table, the page

        self.where = QLabel()
        self.where.setObjectName("mappingWhere")
        self.where.setWordWrap(True)
        font = self.where.font()
        font.setBold(True)
        self.where.setFont(font)

        self.type_combo = QComboBox()
        self.type_combo.setObjectName("mappingType")
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("mappingHeaderRow")
        self.header_row.setRange(1, 1_000_000)
        self.header_row.setKeyboardTracking(False)  # typing "12" re-plans once, not for "1" then "12"
        self.header_row.valueChanged.connect(self._header_changed)
        self.wheel_guard.guard(self.type_combo)
        self.wheel_guard.guard(self.header_row)
        form = QFormLayout()
        form.addRow(self.tr("Record &type:"), self.type_combo)
        form.addRow(self.tr("&Header row:"), self.header_row)

        self.columns = QTableWidget(0, 5)
        self.columns.setObjectName("mappingColumns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header in the sheet"), self.tr("HXL tag"), self.tr("Sample values"),
             self.tr("Becomes")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setTabKeyNavigation(False)  # Tab leaves the table; the combos are reached by Tab
        self.columns.setWordWrap(False)  # one line a column, elided: long samples made rows ten lines high
        header = self.columns.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.setMinimumHeight(140)
        columns_label = QLabel(self.tr("Colu&mns:"))
        columns_label.setBuddy(self.columns)
        self.field_combos: list[QComboBox] = []
        self.refusal = RowMessage(self.columns, "mappingProblem")  # under the row of the column refused

        self.key_list = QListWidget()
        self.key_list.setObjectName("mappingKey")
        self.key_list.setFlow(QListWidget.Flow.LeftToRight)
        self.key_list.setWrapping(True)
        self.key_list.setMaximumHeight(64)
        self.key_list.itemChanged.connect(self._key_changed)
        key_label = QLabel(self.tr("Row identity (&key):"))
        key_label.setBuddy(self.key_list)
        self.key_sentence = QLabel()
        self.key_sentence.setObjectName("mappingKeySentence")
        self.key_sentence.setWordWrap(True)

        self.include_hidden = QCheckBox(self.tr("Include hi&dden columns and rows"))
        self.include_hidden.setObjectName("mappingIncludeHidden")
        self.include_hidden.toggled.connect(lambda _on: self._option_changed("include_hidden"))
        self.fill_down = QCheckBox(self.tr("&Fill merged cells down"))
        self.fill_down.setObjectName("mappingFillDown")
        self.fill_down.toggled.connect(lambda _on: self._option_changed("fill_down"))
        options = QHBoxLayout()
        options.addWidget(self.include_hidden)
        options.addWidget(self.fill_down)
        options.addStretch()

        self.notes = QLabel()
        self.notes.setObjectName("mappingNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("mappingPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.setMinimumHeight(120)
        preview_label = QLabel(self.tr("First rows as they will be st&ored:"))
        preview_label.setBuddy(self.preview)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(columns_label)
        layout.addWidget(self.columns, 2)
        layout.addWidget(key_label)
        layout.addWidget(self.key_list)
        layout.addWidget(self.key_sentence)
        layout.addLayout(options)
        layout.addWidget(self.notes)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)

    # --- showing a step ------------------------------------------------------------------

    def show_step(self, step: SheetStep, number: int, count: int) -> None:
        self.step = step
        mapping = step.mapping
        self._filling = True
        try:
            self.where.setText(self.tr("{0}, sheet '{1}' (plain sheet {2} of {3})").format(
                step.path.name, mapping.sheet, number, count))
            self.type_combo.clear()
            scored = [t for t, _score in mapping.scores if t in RECORD_TYPES]
            for name in [*scored, *(t for t in RECORD_TYPES if t not in scored)]:
                score = dict(mapping.scores).get(name)
                text = type_plural(RECORD_TYPES[name])
                if score is not None:
                    text = self.tr("{0} (score {1})").format(text, f"{score:.2g}")
                self.type_combo.addItem(text, name)
            self.type_combo.addItem(self.tr("Do not import this sheet"), None)
            entity = self._shown_type()  # a type a person chose stays shown, even when nothing is read as it
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(entity)))
            if entity is None:
                self.type_combo.setCurrentIndex(self.type_combo.count() - 1)
            self.header_row.setValue(max(1, mapping.header_row))
            self.include_hidden.setChecked(mapping.include_hidden)
            self.fill_down.setChecked(mapping.fill_down)
            self._fill_columns()
            self._fill_key()
            self.notes.setText("\n".join(rendered(note, self._hints()) for note in mapping.notes))
            self.notes.setVisible(bool(mapping.notes))
            self._fill_preview()
        finally:
            self._filling = False

    def _shown_type(self) -> str | None:
        """The record type shown: the one the sheet is read as, else the one a person chose that it cannot be
        read as (its note says why), else None ("Do not import this sheet")."""
        assert self.step is not None
        return self.step.mapping.entity or self.step.mapping.chosen_entity

    def _hints(self) -> dict[str, str]:
        """What to do here, where the command line's notes say to write a mapping file (--map)."""
        record_type = self.tr("Record &type:").replace("&", "").rstrip(" :\u00a0\u202f")
        becomes = self.tr("Becomes")
        return {MAP_HINT: self.tr("pick the type in “{0}”, or what each column becomes in “{1}”").format(
                    record_type, becomes),
                MAP_ONE: self.tr("map one in “{0}”").format(becomes)}

    def _fill_columns(self) -> None:
        assert self.step is not None
        mapping = self.step.mapping
        rtype = RECORD_TYPES.get(self._shown_type() or "")
        self.refusal.clear()  # its line is not a column
        self.columns.setRowCount(len(mapping.columns))
        self.field_combos = []
        for row, column in enumerate(mapping.columns):
            self.columns.setItem(row, 0, QTableWidgetItem(column.letter))
            self.columns.setItem(row, 1, QTableWidgetItem(column.header))
            self.columns.setItem(row, 2, QTableWidgetItem(column.hxl))
            samples = QTableWidgetItem(" · ".join(self.step.samples.get(column.index, [])))
            self.columns.setItem(row, 3, samples)
            for item_column in range(4):
                item = self.columns.item(row, item_column)
                item.setToolTip(item.text())  # elided on one line: the whole text here
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column {0} ({1}) becomes").format(column.letter, column.header))
            combo.addItem(self.tr("Leave out"), LEAVE_OUT)
            for field_ in rtype.fields if rtype else ():
                combo.addItem(field_label(field_), field_.key)
            combo.setCurrentIndex(max(0, combo.findData(column.field or LEAVE_OUT)))
            if column.field is None and column.reason:
                combo.setToolTip(self.tr("Left out: {0}").format(column.reason))
                for item_column in range(4):
                    item = self.columns.item(row, item_column)
                    item.setToolTip("\n".join(t for t in (item.text(), column.reason) if t))
            combo.currentIndexChanged.connect(lambda _index, row=row: self._column_changed(row))
            self.wheel_guard.guard(combo)
            self.columns.setCellWidget(row, 4, combo)
            self.field_combos.append(combo)
        self.columns.resizeRowsToContents()

    def _fill_key(self) -> None:
        assert self.step is not None
        mapping = self.step.mapping
        rtype = RECORD_TYPES.get(self._shown_type() or "")
        self.key_list.clear()
        for column in mapping.columns:
            if column.field is None or rtype is None or rtype.field(column.field) is None:
                continue
            item = QListWidgetItem(field_label(rtype.field(column.field)))  # type: ignore[arg-type]
            item.setData(Qt.ItemDataRole.UserRole, column.field)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if column.field in mapping.key else Qt.CheckState.Unchecked)
            self.key_list.addItem(item)
        self._say_key()

    def _say_key(self) -> None:
        assert self.step is not None
        rtype = RECORD_TYPES.get(self._shown_type() or "")
        names = [field_label(f) for k in self.key() if rtype and (f := rtype.field(k)) is not None]
        if not names:
            self.key_sentence.setText(self.tr("No key: every row is a new record, and a row sent again is "
                                              "imported again."))
        elif len(names) == 1:
            self.key_sentence.setText(self.tr("A row is the same record when {0} is the same.").format(names[0]))
        else:
            self.key_sentence.setText(self.tr("A row is the same record when {0} and {1} are the same.").format(
                ", ".join(names[:-1]), names[-1]))

    def _fill_preview(self) -> None:
        assert self.step is not None
        mapping = self.step.mapping
        rtype = RECORD_TYPES.get(self._shown_type() or "")
        keys = [c.field for c in mapping.columns if c.field is not None and not c.field.startswith("_")]
        labels = [field_label(f) if rtype and (f := rtype.field(k)) is not None else k for k in keys]
        self.preview.clear()
        self.preview.setColumnCount(len(keys))
        self.preview.setHorizontalHeaderLabels(labels)
        self.preview.setRowCount(len(self.step.preview))
        self.preview.setVerticalHeaderLabels([str(r.row) for r in self.step.preview])
        red = QBrush(QColor(problem_colour(self.palette())))
        for row, shown in enumerate(self.step.preview):
            for column, key in enumerate(keys):
                cell = shown.cells.get(key)
                item = QTableWidgetItem(cell.text if cell else "")
                if cell is not None and cell.problem:
                    item.setText(self.tr("{0} — rejected: {1}").format(cell.text, rendered(cell.problem)))
                    item.setForeground(red)
                    item.setToolTip(rendered(cell.problem))
                elif shown.quarantined:
                    item.setForeground(red)
                    item.setToolTip(self.tr("Row not imported: {0}").format(shown.quarantined))
                self.preview.setItem(row, column, item)
            if shown.quarantined:
                head = QTableWidgetItem(self.tr("{0} (not imported)").format(shown.row))
                head.setToolTip(shown.quarantined)
                self.preview.setVerticalHeaderItem(row, head)
        self.preview.resizeColumnsToContents()

    # --- what a person chose ---------------------------------------------------------------

    def key(self) -> list[str]:
        return [self.key_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.key_list.count())
                if self.key_list.item(i).checkState() == Qt.CheckState.Checked]

    def choices(self) -> SheetChoices:
        """What the page shows now. Another record type or header row gets the reader's own
        proposal for its columns: the headers and fields shown belong to the old ones."""
        assert self.step is not None
        mapping = self.step.mapping
        entity, header_row = self.type_combo.currentData(), self.header_row.value()
        options = {"include_hidden": self.include_hidden.isChecked(), "fill_down": self.fill_down.isChecked()}
        if entity != self._shown_type() or header_row != mapping.header_row:
            return SheetChoices(entity=entity, header_row=header_row, skip=entity is None, **options)
        columns = {c.header: (combo.currentData() or None)
                   for c, combo in zip(mapping.columns, self.field_combos, strict=True) if c.header}
        return chosen(mapping, entity=entity, header_row=header_row, columns=columns, key=self.key(), **options)

    def _type_changed(self) -> None:
        if not self._filling and self.step is not None:
            self._changed_at("type")

    def _header_changed(self) -> None:
        if not self._filling and self.step is not None:
            self._changed_at("header_row")

    def _changed_at(self, kind: str, which: str = "") -> None:
        """Says `changed`, remembering where the person was: the page is rebuilt and disabled
        while the sheet is planned again, which leaves the keyboard nowhere."""
        self.refusal.clear()  # the person changed something else: the refusal has had its say
        self._place = (kind, which)
        self._table_scroll = self.columns.verticalScrollBar().value()
        self.changed.emit()

    def return_to_place(self) -> QWidget:
        """After the step planned again is shown (and the page enabled): the keyboard back on the
        widget the person changed, the columns table scrolled as it was so that it stays in view;
        when that widget is gone, the first field combo, else the type. The widget focused."""
        place, self._place = self._place, None
        kind, which = place or ("", "")
        widget = self._widget_at(kind, which)
        if widget is None:
            widget = self.field_combos[0] if self.field_combos else self.type_combo
        if widget in self.field_combos:
            row = self.field_combos.index(widget)
            if kind == "column":
                self.columns.updateGeometries()  # the scroll range of the rows just filled
                self.columns.verticalScrollBar().setValue(self._table_scroll)
            self.columns.scrollTo(self.columns.model().index(row, 4))  # EnsureVisible: moves only if hidden
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def _widget_at(self, kind: str, which: str) -> QWidget | None:
        if kind == "column" and self.step is not None:
            letters = [c.letter for c in self.step.mapping.columns]
            return self.field_combos[letters.index(which)] if which in letters else None
        if kind == "key":
            items = [self.key_list.item(i) for i in range(self.key_list.count())]
            found = next((i for i in items if i.data(Qt.ItemDataRole.UserRole) == which), None)
            if found is None:
                return None
            self.key_list.setCurrentItem(found)
            return self.key_list
        return {"type": self.type_combo, "header_row": self.header_row, "include_hidden": self.include_hidden,
                "fill_down": self.fill_down}.get(kind)

    def _column_changed(self, row: int) -> None:
        if self._filling or self.step is None:
            return
        combo = self.field_combos[row]
        field_key = combo.currentData()
        other = next((r for r, c in enumerate(self.field_combos)
                      if r != row and field_key != LEAVE_OUT and c.currentData() == field_key), None)
        if other is not None:  # the reader would refuse the mapping: say why here, and change nothing
            self._say_taken(other, row, combo.currentText(), combo.itemText(0))
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(0, combo.findData(self.step.mapping.columns[row].field or LEAVE_OUT)))
            return
        self._changed_at("column", self.step.mapping.columns[row].letter)

    def _say_taken(self, holder: int, chooser: int, field_text: str, leave_out: str) -> None:
        assert self.step is not None
        columns = self.step.mapping.columns
        named = [f"{c.letter} ({c.header})" if c.header else c.letter for c in (columns[holder], columns[chooser])]
        text = self.tr("Column {0} already becomes “{1}”, so column {2} cannot become it too. Set one "
                       "of them to “{3}” first. Nothing was changed.").format(named[0], field_text, named[1], leave_out)
        self.refusal.show(chooser, text, self.field_combos[chooser])

    @property
    def problem(self) -> QLabel | None:
        """The refusal shown, if any."""
        return self.refusal.label

    def _key_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self._say_key()
            self._changed_at("key", item.data(Qt.ItemDataRole.UserRole))

    def _option_changed(self, option: str) -> None:
        if not self._filling:
            self._changed_at(option)
