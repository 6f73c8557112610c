"""The filter bar above the records table, generic over record types.

For the type shown, the bar offers only the filters its fields allow (domain.filtering says
which): status, thematic area (an area matches its topics too), party, a focal point's level,
country, a date range over the type's main date (an action item's due date), the focal points
current on a day, and joint confirmation. It only says what is asked for;
the table's model asks the database for the records that match.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from mouliaison.domain.fields import Field
from mouliaison.domain.filtering import (
    BOTH,
    NEITHER,
    ONE,
    Criteria,
    area_field,
    country_field,
    date_field,
    designation_fields,
    has_confirmation,
    level_field,
    party_fields,
    status_field,
)
from mouliaison.domain.record_types import RecordType
from mouliaison.services.database import Database
from mouliaison.services.names import Names
from mouliaison.services.record_listing import codes_in_use
from mouliaison.services.records import list_records
from mouliaison.ui.terms import ordered_terms
from mouliaison.ui.wheel_guard import WheelGuard

NO_DATE = QDate(1900, 1, 1)  # a date edit at its minimum reads "Any": that end is open
COMBO_CHARS = 8  # combos stay this wide whatever their longest label, so the bar fits


# --- the bar --------------------------------------------------------------------------------------


class RecordFilters(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordFilters")
        self.db = db
        self.rtype: RecordType | None = None
        self._names = Names()
        self._quiet = False

        self.status = self._combo("filterStatus")
        self.area = self._combo("filterArea")
        self.party = self._combo("filterParty")
        self.level = self._combo("filterLevel")
        self.country = self._combo("filterCountry", OnDemandCombo())
        self.country.wanted.connect(self._offer_countries)
        self._countries_offered = False  # the countries the records name: read when the list is opened
        self.confirmed = self._combo("filterConfirmed")
        self.date_from = self._date("filterFrom")
        self.date_to = self._date("filterTo")
        self.current_on = self._date("filterCurrentOn")
        self.current_on.setToolTip(self.tr("The focal points designated on that day: started (or with no start) "
                                           "and not ended"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        self.labels: dict[QWidget, QLabel] = {}
        self.pairs: dict[QWidget, QWidget] = {}  # editor -> its label and itself, wrapped as one
        for editor, text in (
            (self.status, self.tr("Stat&us:")),
            (self.area, self.tr("Thematic a&rea:")),
            (self.party, self.tr("Part&y:")),
            (self.level, self.tr("Le&vel:")),
            (self.country, self.tr("Cou&ntry:")),
            (self.date_from, self.tr("Fro&m:")),
            (self.date_to, self.tr("Unt&il:")),
            (self.current_on, self.tr("Current &on:")),
            (self.confirmed, self.tr("Confirme&d:")),
        ):
            label = QLabel(text)
            label.setBuddy(editor)
            self.labels[editor] = label
            if editor is self.date_to:  # the range stays on one row: From ... To ...
                pair = self.pairs[self.date_from]
                pair_layout = pair.layout()
            else:
                pair = QWidget(self)
                pair_layout = QHBoxLayout(pair)
                pair_layout.setContentsMargins(0, 0, 0, 0)
                pair_layout.setSpacing(4)
            pair_layout.addWidget(label)
            pair_layout.addWidget(editor)
            pair.setVisible(False)
            self.pairs[editor] = pair
        # a wheel turned while the pointer passes over a filter changes it only once the person is in it
        self.wheel_guard = WheelGuard(parent=self)
        for editor in self.labels:
            self.wheel_guard.guard(editor)
        self._flow = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # the filters wrap onto more rows in a narrow window
        self.setSizePolicy(policy)
        self.setVisible(False)

    # --- building ----------------------------------------------------------------------------

    def _combo(self, name: str, combo: QComboBox | None = None) -> Any:
        combo = combo or QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = FilterDate()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._emit)
        return edit

    def _fill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Any"), None)
        for text, data in items:
            combo.addItem(text, data)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)  # long labels are cut
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))

    def _vocabulary(self, field: Field, codes: list[str] | None = None) -> list[tuple[str, Any]]:
        index = self._names.vocabularies
        vocabulary = field.vocabulary or ""
        if codes is None:
            codes = index.codes(vocabulary) if index is not None else []
        if index is None:
            return [(code, code) for code in codes]
        return [(label, code) for code, label in ordered_terms(index, vocabulary, codes)]  # as the form offers them

    def set_type(self, rtype: RecordType, names: Names) -> None:
        """Show the filters of `rtype`, all reset to Any."""
        self._quiet = True
        try:
            self.rtype, self._names = rtype, names
            for combo in self._combos():
                combo.clear()
            while self._flow.count():  # the pairs stay the bar's children, hidden unless laid out
                self._flow.takeAt(0)
            for pair in self.pairs.values():
                pair.setVisible(False)
            for edit in self._dates():
                edit.setDate(NO_DATE)
            shown: list[QWidget] = []
            if (field := status_field(rtype)) is not None:
                self._fill(self.status, self._vocabulary(field))
                shown.append(self.status)
            if (field := area_field(rtype)) is not None:
                self._fill(self.area, self._vocabulary(field))
                shown.append(self.area)
            if party_fields(rtype):
                shown.append(self.party)
            if (field := level_field(rtype)) is not None:
                self._fill(self.level, self._vocabulary(field))
                shown.append(self.level)
            if country_field(rtype) is not None:
                shown.append(self.country)
            if date_field(rtype) is not None:
                shown += [self.date_from, self.date_to]
            if designation_fields(rtype) is not None:
                shown.append(self.current_on)
            if has_confirmation(rtype):
                self._fill(self.confirmed, [(self.tr("by both parties"), BOTH),
                                            (self.tr("by one party only"), ONE),
                                            (self.tr("by neither"), NEITHER)])
                shown.append(self.confirmed)
            for editor in shown:
                if not self.pairs[editor].isVisibleTo(self):
                    self._flow.addWidget(self.pairs[editor])
                    self.pairs[editor].setVisible(True)
            self._flow.addWidget(self.clear_button)
            chain = [*shown, self.clear_button]  # Tab follows the bar as it reads, then leaves it
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
            self.update_options()
            self.setVisible(bool(shown))
        finally:
            self._quiet = False

    def update_options(self) -> None:
        """Refresh the parties and the countries offered (keeping what is chosen)."""
        if self.rtype is None:
            return
        quiet, self._quiet = self._quiet, True
        try:
            if party_fields(self.rtype):
                parties = list_records(self.db, "party")
                self._fill(self.party, sorted(((str(p.values.get("code") or p.id), p.id) for p in parties),
                                              key=lambda item: item[0].casefold()))
            if (field := country_field(self.rtype)) is not None:
                # Which countries 100,000 activities name takes a read of every row (0.3 s):
                # done when the person opens the list, not at each start, save or import.
                self._countries_offered = False
                chosen = self.country.currentData()
                self._fill(self.country, self._vocabulary(field, [chosen] if chosen is not None else []))
        finally:
            self._quiet = quiet

    def _offer_countries(self) -> None:
        """The countries the records name (and the one chosen), in the country list."""
        field = country_field(self.rtype) if self.rtype is not None else None
        if field is None or self._countries_offered or self.rtype is None:
            return
        self._countries_offered = True
        quiet, self._quiet = self._quiet, True
        try:
            used = codes_in_use(self.db, self.rtype.name, field.key)
            chosen = self.country.currentData()
            if chosen is not None:
                used.add(chosen)
            items = self._vocabulary(field, list(used))
            self._fill(self.country, sorted(items, key=lambda item: item[0].casefold()))
        finally:
            self._quiet = quiet

    # --- reading and clearing ----------------------------------------------------------------

    def criteria(self) -> Criteria:
        if self.rtype is None:
            return Criteria()

        def day(edit: QDateEdit) -> dt.date | None:
            date = edit.date()
            return None if date <= NO_DATE else date.toPython()  # type: ignore[return-value]

        return Criteria(
            status=self.status.currentData(),
            area=self.area.currentData(),
            party=self.party.currentData(),
            country=self.country.currentData(),
            date_from=day(self.date_from) if date_field(self.rtype) is not None else None,
            date_to=day(self.date_to) if date_field(self.rtype) is not None else None,
            confirmed=self.confirmed.currentData(),
            level=self.level.currentData(),
            current_on=day(self.current_on) if designation_fields(self.rtype) is not None else None,
        )

    def set_criteria(self, criteria: Criteria) -> None:
        """Show what `criteria` asks for (an Overview count clicked), then say so once (`changed`)."""
        if self.rtype is None:
            return
        self._quiet = True
        try:
            field = country_field(self.rtype)
            if criteria.country is not None and field is not None and self.country.findData(criteria.country) < 0:
                self._countries_offered = False  # the list holds the chosen country until it is opened
                self._fill(self.country, self._vocabulary(field, [criteria.country]))
            for combo, value in ((self.status, criteria.status), (self.area, criteria.area),
                                 (self.party, criteria.party), (self.country, criteria.country),
                                 (self.confirmed, criteria.confirmed), (self.level, criteria.level)):
                index = combo.findData(value) if value is not None else 0
                if index < 0:  # a code no longer offered (gone from its vocabulary) is still shown
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            self.date_from.setDate(QDate(criteria.date_from) if criteria.date_from else NO_DATE)
            self.date_to.setDate(QDate(criteria.date_to) if criteria.date_to else NO_DATE)
            self.current_on.setDate(QDate(criteria.current_on) if criteria.current_on else NO_DATE)
        finally:
            self._quiet = False
        self.changed.emit()

    def clear(self) -> None:
        self._quiet = True
        try:
            for combo in self._combos():
                combo.setCurrentIndex(0)
            for edit in self._dates():
                edit.setDate(NO_DATE)
        finally:
            self._quiet = False
        self.changed.emit()

    def _combos(self) -> tuple[QComboBox, ...]:
        return self.status, self.area, self.party, self.level, self.country, self.confirmed

    def _dates(self) -> tuple[QDateEdit, ...]:
        return self.date_from, self.date_to, self.current_on

    def _emit(self, *_args: Any) -> None:
        if not self._quiet:
            self.changed.emit()


class FilterDate(QDateEdit):
    """A date filter that Tab leaves: the year, month and day are reached with the arrow keys.

    Qt's date edit moves between its sections on Tab, and on "Any" (its special value) it never
    reached the last one, so Tab could not get past the "From" filter at all.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class OnDemandCombo(QComboBox):
    """A combo box that says when the person turns to it (opens it, focuses it, scrolls on it),
    so entries that are costly to find are found only then."""

    wanted = Signal()

    def showPopup(self) -> None:
        self.wanted.emit()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.wanted.emit()
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.wanted.emit()
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.wanted.emit()
        super().keyPressEvent(event)


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping onto a new row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10, row_spacing: int = 4) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []
        self._spacing, self._row_spacing = spacing, row_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()  # laid out again: without it, a type's filters overlapped the last type's places

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._visible()) + self._spacing * max(len(self._visible()) - 1, 0)
        return QSize(width, max((i.sizeHint().height() for i in self._visible()), default=0))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + self._row_spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()
