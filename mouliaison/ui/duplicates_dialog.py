"""Possible duplicate contacts and organisations, and a person's decision on each pair.

The pairs come from services.duplicates (scored on accents, case, name order, email,
phone). For the chosen pair the two records stand side by side, differences shaded; the
person keeps one and merges the other into it (its empty fields are filled from the other),
or says they are not the same. `changed` tells the caller whether to reload.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Invalid
from mouliaison.domain.values import display
from mouliaison.services.database import Database
from mouliaison.services.duplicates import DuplicateView, find_duplicates, mark_distinct, merge_duplicates
from mouliaison.services.names import names_for
from mouliaison.services.records import RecordView, show_record
from mouliaison.ui.appearance import differs_colour
from mouliaison.ui.messages import count_text, rendered
from mouliaison.ui.screen_fit import fit_to_screen
from mouliaison.ui.wheel_guard import WheelGuard

PAIR_ROLE = Qt.ItemDataRole.UserRole


class DuplicatesDialog(QDialog):
    decided = Signal()  # a pair was merged or marked distinct: the records shown elsewhere are stale

    def __init__(self, db: Database, parent: Any = None, type_name: str = "contact") -> None:
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.setWindowTitle(self.tr("Possible duplicates"))
        fit_to_screen(self, 900, 580)

        self.type_box = QComboBox()
        self.type_box.addItem(self.tr("Contacts"), "contact")
        self.type_box.addItem(self.tr("Organisations"), "organisation")
        type_label = QLabel(self.tr("&Look among:"))
        type_label.setBuddy(self.type_box)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(type_label)
        top.addWidget(self.type_box)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.pairs = QTreeWidget()
        self.pairs.setObjectName("duplicatePairs")
        self.pairs.setHeaderLabels([self.tr("Score"), self.tr("Left"), self.tr("Right"), self.tr("Why")])
        self.pairs.setRootIsDecorated(False)
        self.pairs.setAlternatingRowColors(True)
        self.pairs.setUniformRowHeights(True)
        self.pairs.setStyleSheet("QTreeWidget::item { padding: 2px 0; }")
        self.pairs.header().setStretchLastSection(True)

        self.compare = QTableWidget(0, 3)
        self.compare.setObjectName("duplicateFields")
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.compare.verticalHeader().hide()
        self.compare.setWordWrap(False)
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pairs)
        splitter.addWidget(self.compare)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)  # the pairs grow with the window; a record has few fields
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([220, 200])
        self.legend = QLabel(
            self.tr(
                "Shaded: both hold a value and they differ; the record kept keeps its own. "
                "Its empty fields (—) are filled from the other."
            )
        )
        self.legend.setWordWrap(True)

        self.keep_left = QPushButton(self.tr("Keep &left, merge right into it"))
        self.keep_right = QPushButton(self.tr("Keep &right, merge left into it"))
        self.distinct = QPushButton(self.tr("&Not a duplicate"))
        self.keep_left.clicked.connect(self._keep_left)
        self.keep_right.clicked.connect(self._keep_right)
        self.distinct.clicked.connect(self._mark_distinct)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        for button in (self.keep_left, self.keep_right, self.distinct, self.close_button):
            button.setAutoDefault(False)  # Enter must not merge by accident
        actions = QHBoxLayout()
        for button in (self.keep_left, self.keep_right, self.distinct):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)
        layout.addLayout(actions)
        WheelGuard(parent=self).guard_all(self)  # the wheel passing over "Look among" does not switch the list

        self.type_box.currentIndexChanged.connect(self._type_chosen)
        self.pairs.currentItemChanged.connect(self._show_pair)
        index = self.type_box.findData(type_name)
        if index > 0:
            self.type_box.setCurrentIndex(index)  # refreshes
        else:
            self.refresh()
        self.pairs.setFocus()  # arrow keys move through the pairs at once

    @property
    def type_name(self) -> str:
        return str(self.type_box.currentData())

    def selected(self) -> DuplicateView | None:
        item = self.pairs.currentItem()
        return item.data(0, PAIR_ROLE) if item is not None else None

    def refresh(self, keep_row: int = 0) -> None:
        """Read the pairs again; select the one at `keep_row` (or the last one)."""
        views = find_duplicates(self.db, self.type_name)
        self.pairs.clear()
        for view in views:
            reasons = [rendered(reason) for reason in view.reasons]
            item = QTreeWidgetItem([f"{view.score:.0f}", view.first_title, view.second_title, "; ".join(reasons)])
            item.setData(0, PAIR_ROLE, view)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(3, "\n".join(reasons))
            self.pairs.addTopLevelItem(item)
        for column in range(3):
            self.pairs.resizeColumnToContents(column)
            self.pairs.setColumnWidth(column, min(self.pairs.columnWidth(column) + 12, 260))
        self.count_label.setText(self.tr("Possible duplicate pairs: {0}").format(count_text(len(views))))
        if views:  # selecting shows the pair (currentItemChanged)
            self.pairs.setCurrentItem(self.pairs.topLevelItem(min(keep_row, len(views) - 1)))
        else:
            self._show_pair()

    def _type_chosen(self, _index: int) -> None:
        self.refresh()

    def _show_pair(self, *_items: object) -> None:
        view = self.selected()
        for button in (self.keep_left, self.keep_right, self.distinct):
            button.setEnabled(view is not None)
        if view is None:
            self.compare.setRowCount(0)
            self.compare.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Left"), self.tr("Right")])
            return
        try:
            left = show_record(self.db, view.type, view.first)
            right = show_record(self.db, view.type, view.second)
        except Invalid as exc:  # a record gone since the list was read
            self.compare.setRowCount(0)
            QMessageBox.warning(self, self.tr("Possible duplicates"), str(exc))
            return
        self._fill_compare(left, right)

    def _fill_compare(self, left: RecordView, right: RecordView) -> None:
        names = names_for(self.db, left.type)
        rtype = RECORD_TYPES[left.type]
        self.compare.setHorizontalHeaderLabels([self.tr("Field"), self._title(left), self._title(right)])
        self.compare.setRowCount(len(rtype.fields))
        bold = QFont(self.compare.font())
        bold.setBold(True)
        for row, field in enumerate(rtype.fields):
            texts = [display(names.readable(field, r.values.get(field.key))) for r in (left, right)]
            label = QTableWidgetItem(field.label)
            label.setFont(bold)
            self.compare.setItem(row, 0, label)
            for column, text in enumerate(texts, start=1):
                item = QTableWidgetItem(" ".join(text.split()) or "—")
                if len(text) > 40 or "\n" in text:
                    item.setToolTip(text)
                if not text:
                    item.setForeground(QBrush(self.palette().color(self.palette().ColorRole.PlaceholderText)))
                if all(texts) and texts[0] != texts[1]:
                    item.setBackground(QBrush(differs_colour(self.palette())))  # amber: pale, or deep on dark
                self.compare.setItem(row, column, item)
        self.compare.resizeRowsToContents()

    def _title(self, record: RecordView) -> str:
        title = record.values.get(RECORD_TYPES[record.type].title_field)
        return display(title) or record.id

    def _keep_left(self) -> None:
        self._merge(keep_left=True)

    def _keep_right(self) -> None:
        self._merge(keep_left=False)

    def _merge(self, keep_left: bool) -> None:
        view = self.selected()
        if view is None:
            return
        keep, keep_title, dup, dup_title = (
            (view.first, view.first_title, view.second, view.second_title)
            if keep_left
            else (view.second, view.second_title, view.first, view.first_title)
        )
        answer = QMessageBox.question(
            self,
            self.tr("Merge duplicates"),
            self.tr(
                "Keep “{0}” and merge “{1}” into it?\n\n"
                "Empty fields of “{0}” are filled from “{1}”, links to “{1}” follow to “{0}”, and "
                "“{1}” is deleted. A merge cannot be undone from here."
            ).format(keep_title, dup_title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: merge_duplicates(self.db, view.type, keep, dup))

    def _mark_distinct(self) -> None:
        view = self.selected()
        if view is not None:
            self._act(lambda: mark_distinct(self.db, view.type, view.first, view.second))

    def _act(self, action: Any) -> None:
        row = self.pairs.indexOfTopLevelItem(self.pairs.currentItem())
        try:
            action()
        except Invalid as exc:
            QMessageBox.warning(self, self.tr("Possible duplicates"), str(exc))
        else:
            self.changed = True
            self.decided.emit()
        self.refresh(keep_row=max(row, 0))
