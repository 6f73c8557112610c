"""The filter bar above the records table: only the filters a type has, each narrowing the table."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from mouliaison.domain.vocabularies import VOCABULARIES
from mouliaison.services import records
from mouliaison.ui.record_filters import NO_DATE, RecordFilters
from mouliaison.ui.record_table_model import RECORD_ROLE
from mouliaison.ui.records_page import RecordsPage


def party_id(db, code: str) -> str:
    return next(p.id for p in records.list_records(db, "party") if p.values["code"] == code)


@pytest.fixture
def page(qtbot, db):
    iom, wco = party_id(db, "IOM"), party_id(db, "WCO")
    ana = records.add_record(db, "contact", {"full_name": "Ana Lopes", "party": iom})
    ben = records.add_record(db, "contact", {"full_name": "Ben Okoro", "party": wco})
    records.add_record(db, "activity", {
        "title": "Border census", "status": "planned", "thematic_areas": ["i"], "lead_party": iom,
        "countries": ["KEN"], "start_date": dt.date(2026, 1, 10)})
    records.add_record(db, "activity", {
        "title": "Joint patrol training", "status": "ongoing", "thematic_areas": ["x.b", "v"], "lead_party": wco,
        "countries": ["TZA"], "start_date": dt.date(2026, 3, 5),
        "first_party_confirmed_by": ana, "first_party_confirmed_on": dt.date(2026, 3, 6)})
    records.add_record(db, "activity", {
        "title": "Risk assessment at Namanga", "status": "ongoing", "thematic_areas": ["x.d"], "lead_party": iom,
        "countries": ["KEN", "TZA"], "start_date": dt.date(2026, 6, 1),
        "first_party_confirmed_by": ana, "first_party_confirmed_on": dt.date(2026, 6, 2),
        "second_party_confirmed_by": ben, "second_party_confirmed_on": dt.date(2026, 6, 3)})
    page = RecordsPage(db)
    qtbot.addWidget(page)
    page.show()
    counts: list[str] = []
    page.count_changed.connect(counts.append)
    page.counts = counts
    page.show_type("activity")
    return page


def titles(page) -> list[str]:
    proxy = page.model
    return sorted(proxy.index(r, 0).data(RECORD_ROLE).values["title"] for r in range(proxy.rowCount()))


def choose(combo, data) -> None:
    """As the person does: open the list, pick an entry."""
    combo.showPopup()
    combo.hidePopup()
    index = combo.findData(data)
    assert index > 0, data
    combo.setCurrentIndex(index)


def test_status(page):
    choose(page.filters.status, "ongoing")
    assert titles(page) == ["Joint patrol training", "Risk assessment at Namanga"]
    assert page.counts[-1].endswith("(2 shown)")


def test_thematic_area_matches_its_topics(page):
    choose(page.filters.area, "x")
    assert titles(page) == ["Joint patrol training", "Risk assessment at Namanga"]
    choose(page.filters.area, "x.d")
    assert titles(page) == ["Risk assessment at Namanga"]
    choose(page.filters.area, "i")
    assert titles(page) == ["Border census"]


def test_party_shows_codes(page, db):
    texts = [page.filters.party.itemText(i) for i in range(page.filters.party.count())]
    assert texts == ["Any", "IOM", "WCO"]
    choose(page.filters.party, party_id(db, "WCO"))
    assert titles(page) == ["Joint patrol training"]


def test_country(page):
    country = page.filters.country
    assert country.count() == 1  # Any: which countries the records name is read when the list opens
    country.showPopup()
    country.hidePopup()
    assert country.count() == 3  # Any and the two countries the activities name
    assert country.itemText(country.findData("KEN")) == "Kenya"
    choose(country, "KEN")
    assert titles(page) == ["Border census", "Risk assessment at Namanga"]


def test_country_list_is_read_again_after_a_change_and_keeps_the_choice(qtbot, page, db):
    country = page.filters.country
    choose(country, "KEN")
    records.add_record(db, "activity", {"title": "Lake patrol", "status": "planned", "countries": "UGA"})
    page.reload()
    assert country.currentData() == "KEN" and country.currentText() == "Kenya"  # kept, not yet read again
    qtbot.keyClick(country, Qt.Key.Key_Up)  # the keyboard reads the list too, before moving
    assert country.findData("UGA") > 0
    assert country.currentData() is None  # up from Kenya: Any
    assert len(titles(page)) == 4


def test_date_range(page):
    page.filters.date_from.setDate(QDate(2026, 2, 1))
    assert titles(page) == ["Joint patrol training", "Risk assessment at Namanga"]
    page.filters.date_to.setDate(QDate(2026, 3, 5))  # the end is included
    assert titles(page) == ["Joint patrol training"]
    page.filters.date_from.setDate(NO_DATE)  # an open start
    assert titles(page) == ["Border census", "Joint patrol training"]


def test_confirmed(page):
    confirmed = page.filters.confirmed
    choose(confirmed, "both")
    assert titles(page) == ["Risk assessment at Namanga"]
    choose(confirmed, "one")
    assert titles(page) == ["Joint patrol training"]
    choose(confirmed, "neither")
    assert titles(page) == ["Border census"]


def test_combined_with_search_and_cleared(qtbot, page):
    choose(page.filters.status, "ongoing")
    qtbot.keyClicks(page.search, "patrol")
    qtbot.waitUntil(lambda: titles(page) == ["Joint patrol training"], timeout=2000)
    choose(page.filters.country, "KEN")
    assert titles(page) == []
    with qtbot.waitSignal(page.filters.changed):
        page.filters.clear_button.click()
    assert page.filters.status.currentIndex() == 0 and page.filters.country.currentIndex() == 0
    assert titles(page) == ["Joint patrol training"]  # the search stays
    page.search.clear()
    qtbot.waitUntil(lambda: len(titles(page)) == 3, timeout=2000)
    assert "shown" not in page.counts[-1]


def test_changing_type_resets_and_shows_only_its_filters(page):
    choose(page.filters.status, "ongoing")
    bar = page.filters
    visible = {w.objectName() for w in (bar.status, bar.area, bar.party, bar.country, bar.date_from,
                                         bar.date_to, bar.confirmed) if w.isVisibleTo(page)}
    assert visible == {"filterStatus", "filterArea", "filterParty", "filterCountry", "filterFrom", "filterTo",
                       "filterConfirmed"}
    page.show_type("contact")
    visible = {w.objectName() for w in (bar.status, bar.area, bar.party, bar.country, bar.date_from,
                                         bar.date_to, bar.confirmed) if w.isVisibleTo(page)}
    assert visible == {"filterParty"}
    assert page.model.rowCount() == 2
    page.show_type("activity")
    assert bar.status.currentIndex() == 0 and page.model.rowCount() == 3
    page.show_type("party")  # nothing to filter by: no bar
    assert not bar.isVisibleTo(page)


def test_a_type_without_filters_hides_the_bar(qtbot, db):
    bar = RecordFilters(db)
    qtbot.addWidget(bar)
    from mouliaison.domain.record_types import RECORD_TYPES
    from mouliaison.services.names import names_for
    bar.set_type(RECORD_TYPES["term"], names_for(db, "term"))
    assert bar.isHidden()
    meeting = RECORD_TYPES["meeting"]
    bar.set_type(meeting, names_for(db, "meeting"))
    assert not bar.isHidden()
    assert bar.criteria().date_from is None


def test_the_filter_bar_never_overlaps_itself_after_the_types_change(qtbot, db):
    """Seen in the trial at 1024x600: after several pages, "Clear filters" lay over the
    thematic area's label (the bar's layout was not redone when its filters changed)."""
    from PySide6.QtWidgets import QApplication

    from mouliaison.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    for type_name in ("organisation", "contact", "consent_record", "term", "cooperation_request", "activity",
                      "party", "activity"):
        window.show_type(type_name)
        QApplication.processEvents()
        bar = window.records.filters
        boxes = [w.geometry() for w in bar.children() if isinstance(w, QWidget) and w.isVisible()
                 and w.parentWidget() is bar]
        for i, first in enumerate(boxes):
            for second in boxes[i + 1:]:
                assert not first.intersects(second), (type_name, first, second)


def test_the_filters_list_terms_as_the_form_offers_them(french, page) -> None:
    """In the window's language and in reading order (statuses in sequence, MOU 4.1's areas by
    number: ix after viii), as the form's own lists: they were English and sorted by code."""
    filters = page.filters
    statuses = [filters.status.itemText(i) for i in range(1, filters.status.count())]
    assert statuses == ["Prévue", "En cours", "Terminée", "Annulée"]
    areas = [filters.area.itemData(i) for i in range(1, filters.area.count())]
    assert areas == [term.code for term in VOCABULARIES["thematic_area"]]
    assert filters.area.itemText(1).startswith("i · Gestion des frontières")
    form_areas = page.form.offered.of(page.form.rtype.field("thematic_areas"))
    listed = [filters.area.itemText(i) for i in range(1, filters.area.count())]
    assert listed == [label for _, label in form_areas.entries]


def test_a_wheel_over_a_filter_changes_it_only_once_the_person_is_in_it(qtbot, page):
    from PySide6.QtWidgets import QApplication

    from tests.ui.form_driving import wheel

    page.table.setFocus()
    listed = titles(page)
    filters = page.filters
    for editor in (filters.status, filters.area, filters.party, filters.country, filters.date_from):
        assert editor.isVisible(), editor.objectName()
        before = editor.currentIndex() if hasattr(editor, "currentIndex") else editor.date()
        wheel(editor, -1)  # the pointer passing over the bar on its way to the table
        now = editor.currentIndex() if hasattr(editor, "currentIndex") else editor.date()
        assert now == before, f"the wheel changed {editor.objectName()}"
    assert titles(page) == listed
    # clicked into, the status filter takes the wheel as a person expects
    qtbot.mouseClick(filters.status, Qt.MouseButton.LeftButton)
    filters.status.hidePopup()
    assert QApplication.focusWidget() is filters.status
    wheel(filters.status, -1)
    assert filters.status.currentIndex() == 1
    assert titles(page) != listed
