"""The Overview's counts open the records they count: clicked with the mouse, or reached with Tab
and opened with Enter, in the real window over a real database; the period is chosen and kept;
the Overview is saved as a PDF and a workbook and read back with independent readers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget

from mouliaison.domain.periods import QUARTER, THIS_YEAR, Period
from mouliaison.services import records
from mouliaison.services.preferences import overview_period
from mouliaison.ui.language import install_translators, remove_translators
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.overview_counts import CountButton
from mouliaison.ui.overview_page import OverviewPage

TODAY = dt.date(2026, 5, 20)


@pytest.fixture(autouse=True)
def own_preferences(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The period chosen here is remembered in this test's own config folder only."""
    monkeypatch.setenv("MOULIAISON_CONFIG_DIR", str(tmp_path / "config"))


def fill(db) -> None:
    def add(type_name: str, **values: object) -> str:
        return records.add_record(db, type_name, values)

    amina = add("contact", full_name="Amina Yusuf", party="IOM")
    add("activity", title="Long training", status="ongoing", countries=["KEN", "TZA"], thematic_areas=["v", "x.b"],
        start_date=dt.date(2025, 11, 3), end_date=dt.date(2026, 4, 30),
        first_party_confirmed_by=amina, first_party_confirmed_on=dt.date(2025, 11, 4))
    add("activity", title="Census", status="planned", countries=["KEN"], thematic_areas=["i"],
        planned_start_date=dt.date(2026, 7, 1), planned_end_date=dt.date(2026, 7, 31))
    add("activity", title="Old study", status="completed", countries=["UGA"], start_date=dt.date(2024, 3, 1))
    add("activity", title="Undated", status="planned", countries=["KEN"])
    add("activity", title="Nowhere", status="ongoing", start_date=dt.date(2026, 2, 2))
    add("activity", title="Border post", status="ongoing", countries=["KEN"], start_date=dt.date(2026, 3, 2))
    add("cooperation_request", requesting_party="WCO", requested_party="IOM", subject="Trainers",
        requested_on=dt.date(2026, 5, 1))
    ben = add("contact", full_name="Ben Okoro", party="WCO")
    # focal points: two current at IOM headquarters, one whose designation ended, one not yet begun
    add("focal_point", contact=amina, party="IOM", level="headquarters", start_date=dt.date(2025, 1, 1))
    add("focal_point", contact=ben, party="IOM", level="headquarters")
    add("focal_point", contact=ben, party="IOM", level="regional", end_date=dt.date(2026, 5, 19))
    add("focal_point", contact=ben, party="WCO", level="field", start_date=dt.date(2026, 5, 21))
    add("focal_point", contact=ben, party="WCO", level="regional", start_date=dt.date(2026, 5, 20),
        end_date=dt.date(2026, 5, 20))
    # action items: two overdue on TODAY; one due today, one done late, one without a date are not
    steering = add("meeting", title="Steering committee", date=dt.date(2026, 3, 2), kind="joint_meeting")
    for description, due, status in (("Send the list", dt.date(2026, 4, 1), "open"),
                                     ("Book the room", dt.date(2026, 5, 19), "open"),
                                     ("Draft the minutes", TODAY, "open"),
                                     ("Share the slides", dt.date(2026, 3, 9), "done"),
                                     ("Think about it", None, "open")):
        add("action_item", meeting=steering, description=description, due_date=due, status=status)


@pytest.fixture
def window(qtbot, db) -> MainWindow:
    fill(db)
    window = MainWindow(db)
    window.overview._today = TODAY
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def overview_shown(window: MainWindow) -> OverviewPage:
    window.show_page("overview")
    QApplication.processEvents()
    assert window.pages.currentWidget() is window.overview
    return window.overview


def count_buttons(page: OverviewPage) -> list[CountButton]:
    return page.scroll.widget().findChildren(CountButton)


def click(qtbot, page: OverviewPage, button: QWidget) -> None:
    page.scroll.ensureWidgetVisible(button)
    QApplication.processEvents()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_count_clicked_lists_exactly_the_records_it_counts(qtbot, window: MainWindow) -> None:
    for period in (Period(), Period(THIS_YEAR)):
        window.overview.set_period(period)
        page = overview_shown(window)
        buttons = count_buttons(page)
        assert len(buttons) >= 12
        names = {b.objectName() for b in buttons}
        assert {"focalPointCount", "overdueActionsCount", "openRequestsCount"} <= names, names
        for index in range(len(buttons)):
            page = overview_shown(window)
            button = count_buttons(page)[index]
            counted, name = button.count, button.accessibleName()
            click(qtbot, page, button)
            assert window.pages.currentWidget() is window.records, name
            assert window.model.rowCount() == counted, (period, name)
            assert window.records.search.text() == ""


def test_a_country_and_status_count_shows_its_filter_in_the_bar(qtbot, window: MainWindow) -> None:
    window.overview.set_period(Period(THIS_YEAR))
    page = overview_shown(window)
    box = page.scroll.widget().findChild(QWidget, "activitiesByCountry")
    kenya_ongoing = next(b for b in box.findChildren(CountButton) if b.accessibleName().startswith("Ongoing, Kenya"))
    assert kenya_ongoing.text() == "2"  # the long training (from 2025) and the border post
    click(qtbot, page, kenya_ongoing)
    filters = window.records.filters
    assert window.records.rtype is not None and window.records.rtype.name == "activity"
    assert (filters.status.currentData(), filters.country.currentData(), filters.country.currentText()) == (
        "ongoing", "KEN", "Kenya")
    assert filters.date_from.date().toPython() == dt.date(2026, 1, 1)
    assert filters.date_to.date().toPython() == dt.date(2026, 12, 31)
    titles = sorted(window.model.record(r).values["title"] for r in range(window.model.rowCount()))
    assert titles == ["Border post", "Long training"]
    assert "(2 shown)" in window.count_label.text()


def test_a_count_is_reached_with_tab_and_opened_with_enter(qtbot, window: MainWindow) -> None:
    window.overview.set_period(Period(QUARTER, year=2026, quarter=1))
    page = overview_shown(window)
    page.chooser.kind.setFocus()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if isinstance(QApplication.focusWidget(), CountButton):
            break
    button = QApplication.focusWidget()
    assert isinstance(button, CountButton), QApplication.focusWidget()
    assert button.accessibleName().endswith("press Enter to list them") and button.text() in button.accessibleName()
    counted = button.count
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.records
    assert window.model.rowCount() == counted
    assert window.records.table.hasFocus()  # the list is ready for the arrows


def test_the_period_is_chosen_with_the_keyboard_and_remembered(qtbot, window: MainWindow, db) -> None:
    page = overview_shown(window)
    status = page.scroll.widget().findChild(QWidget, "activitiesByStatus")
    assert status.title() == "Joint activities by status (6)"  # all dates
    combo = page.chooser.kind
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # All dates -> This year
    assert page.period == Period(THIS_YEAR)
    status = page.scroll.widget().findChild(QWidget, "activitiesByStatus")
    assert status.title() == "Joint activities by status (4)"
    assert page.scroll.widget().findChild(QWidget, "undated").text() == "Without any date, so in no period: 1"
    assert page.chooser.days.text() == "2026-01-01 to 2026-12-31"
    assert overview_period() == Period(THIS_YEAR)
    again = OverviewPage(db, today=TODAY)
    qtbot.addWidget(again)
    assert again.period == Period(THIS_YEAR) and again.chooser.kind.currentData() == THIS_YEAR


def test_a_custom_period_the_wrong_way_round_says_so_and_changes_nothing(qtbot, window: MainWindow) -> None:
    page = overview_shown(window)
    chooser = page.chooser
    chooser.kind.setCurrentIndex(chooser.kind.findData("custom"))
    assert chooser.start.isVisible() and chooser.end.isVisible() and not chooser.quarter.isVisible()
    before = page.period
    chooser.end.setDate(chooser.start.date().addDays(-1))
    qtbot.waitUntil(lambda: "before the first" in chooser.days.text(), timeout=3000)
    assert page.period == before
    chooser.end.setDate(chooser.start.date().addDays(40))
    qtbot.waitUntil(lambda: page.period != before, timeout=3000)
    assert page.period.kind == "custom" and page.period.end == page.period.start + dt.timedelta(days=40)


def test_the_by_quarter_view_of_a_year(qtbot, window: MainWindow) -> None:
    window.overview.set_period(Period(THIS_YEAR))
    page = overview_shown(window)
    box = page.scroll.widget().findChild(QWidget, "activitiesByQuarter")
    rows = [w.text() for w in box.findChildren(QWidget, "statusTableRow")]
    assert rows == ["2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]
    totals = [w.text() for w in box.findChildren(QWidget, "countAll")]
    assert totals == ["3", "1", "1", "0"]  # Q1: the training, Nowhere, the border post; Q3: the census


@pytest.fixture(params=["en", "fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param) if request.param != "en" else []
    yield request.param
    remove_translators(qapp, translators)


SAID = {"en": ("Joint activities by country", "This year"), "fr": ("Activités conjointes par pays", "Cette année"),
        "es": ("Actividades conjuntas por país", "Este año")}


def test_the_overview_fits_a_netbook_screen_in_each_language(qtbot, db, language: str) -> None:
    fill(db)
    window = MainWindow(db)  # made in the language, as at start-up
    window.overview._today = TODAY
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.overview.set_period(Period(THIS_YEAR))
    page = overview_shown(window)
    QApplication.processEvents()
    assert page.scroll.widget().findChild(QWidget, "activitiesByCountry").title() == SAID[language][0]
    assert page.chooser.kind.currentText() == SAID[language][1]
    content = page.scroll.widget()
    assert content.minimumSizeHint().width() <= page.scroll.viewport().width(), (
        content.minimumSizeHint(), page.scroll.viewport().width())
    assert page.chooser.minimumSizeHint().width() <= page.width()
    for button in (page.export_button, page.refresh_button):
        assert button.isVisible()
        assert page.rect().contains(QRect(button.mapTo(page, QPoint(0, 0)), button.size())), button.text()
    for button in count_buttons(page):
        assert button.text() in button.accessibleName() and len(button.accessibleName()) > len(button.text()) + 5


def test_the_overview_is_saved_as_a_pdf_and_a_workbook(qtbot, window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window.overview.set_period(Period(THIS_YEAR))
    page = overview_shown(window)
    notes: list[str] = []
    page.note.connect(notes.append)
    target = tmp_path / "overview"  # no ending: the chosen kind gives it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF, to print (*.pdf)"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "overview.pdf"
    assert pdf.exists() and notes == [f"The Overview is saved as {pdf}"]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Overview of the MOU's implementation" in text and "2026-01-01 to 2026-12-31" in text
        assert "Joint activities by country and status" in text and "Kenya" in text
        assert "Amina Yusuf" not in text  # no one's name
    xlsx = tmp_path / "overview.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(xlsx), ""))
    page.export_button.click()
    book = openpyxl.load_workbook(xlsx, read_only=True)
    cells = [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Kenya" in cells and "KEN" in cells and "2026 Q1" in cells


def test_a_file_that_cannot_be_written_says_why_and_writes_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = overview_shown(window)
    warned: list[str] = []
    monkeypatch.setattr("mouliaison.ui.overview_page.QMessageBox.warning",
                        lambda _parent, _title, text: warned.append(text))
    assert page.write(tmp_path / "missing" / "overview.pdf") is None
    assert "does not exist" in warned[0] and not (tmp_path / "missing").exists()


def test_show_all_countries(qtbot, db) -> None:
    for n, code in enumerate(("KEN", "TZA", "UGA", "RWA", "BDI", "ETH", "SOM", "SSD", "COD", "ZMB")):
        for _ in range(10 - n):  # Kenya most active
            records.add_record(db, "activity", {"title": f"In {code}", "status": "planned", "countries": [code]})
    page = OverviewPage(db, today=TODAY, period=Period())
    qtbot.addWidget(page)
    box = page.scroll.widget().findChild(QWidget, "activitiesByCountry")
    shown = [w.text() for w in box.findChildren(QWidget, "statusTableRow")]
    assert len(shown) == 8 and shown[0] == "Kenya" and "Zambia" not in shown  # the most active first
    more = box.findChild(QPushButton, "allCountries")
    assert more.text() == "Show all 10 countries"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    box = page.scroll.widget().findChild(QWidget, "activitiesByCountry")
    assert len(box.findChildren(QWidget, "statusTableRow")) == 10


def test_a_focal_point_count_lists_the_designations_current_that_day(qtbot, window: MainWindow) -> None:
    page = overview_shown(window)
    box = page.scroll.widget().findChild(QWidget, "focalPoints")
    cells = {b.accessibleName().split(":")[0]: b for b in box.findChildren(CountButton)}
    assert sorted((name, b.text()) for name, b in cells.items()) == [
        ("Focal points of IOM, Headquarters", "2 designated"), ("Focal points of WCO, Regional", "1 designated")]
    click(qtbot, page, cells["Focal points of IOM, Headquarters"])
    filters = window.records.filters
    assert window.records.rtype is not None and window.records.rtype.name == "focal_point"
    assert (filters.party.currentText(), filters.level.currentData(), filters.current_on.date().toPython()) == (
        "IOM", "headquarters", TODAY)
    assert filters.pairs[filters.current_on].isVisibleTo(filters) and filters.pairs[filters.level].isVisibleTo(filters)
    assert window.model.rowCount() == 2
    filters.current_on.setFocus()
    qtbot.keyClick(filters.current_on, Qt.Key.Key_End)  # to the day
    qtbot.keyClick(filters.current_on, Qt.Key.Key_Down)  # a day earlier
    assert filters.current_on.date().toPython() == TODAY - dt.timedelta(days=1)
    assert window.model.rowCount() == 2
    filters.level.setFocus()
    qtbot.keyClick(filters.level, Qt.Key.Key_Down)  # Regional: the designation that ended that day
    assert filters.level.currentData() == "regional"
    assert [window.model.record(0).values["end_date"]] == [dt.date(2026, 5, 19)] and window.model.rowCount() == 1
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 5


def test_the_overdue_count_lists_the_open_items_past_their_due_date(qtbot, window: MainWindow) -> None:
    page = overview_shown(window)
    button = page.scroll.widget().findChild(CountButton, "overdueActionsCount")
    assert button.text() == "2"
    listed = " ".join(label.text() for label in page.scroll.widget().findChildren(QLabel))
    assert "Book the room — due 2026-05-19 (1 day late)" in listed and "(49 days late)" in listed
    assert ", 19 days ago" in listed
    click(qtbot, page, button)
    assert window.records.rtype is not None and window.records.rtype.name == "action_item"
    filters = window.records.filters
    assert filters.status.currentData() == "open"
    assert filters.date_to.date().toPython() == TODAY - dt.timedelta(days=1)
    rows = sorted(window.model.record(r).values["description"] for r in range(window.model.rowCount()))
    assert rows == ["Book the room", "Send the list"]
    filters.date_to.setFocus()
    qtbot.keyClick(filters.date_to, Qt.Key.Key_Up)  # due today too
    assert window.model.rowCount() == 3


def test_the_overview_is_printed_in_the_window_s_language(qtbot, db, tmp_path: Path, qapp: QApplication) -> None:
    translators = install_translators(qapp, "fr")
    try:
        fill(db)
        page = OverviewPage(db, today=TODAY, period=Period(THIS_YEAR))
        qtbot.addWidget(page)
        pdf = page.write(tmp_path / "apercu.pdf")
        xlsx = page.write(tmp_path / "apercu.xlsx")
    finally:
        remove_translators(qapp, translators)
    assert pdf is not None and xlsx is not None
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        for french in ("Vue d'ensemble de la mise en œuvre du protocole d'accord",
                       "Période : du 01/01/2026 au 31/12/2026",
                       "Activités conjointes par pays et par statut", "Activités conjointes par statut",
                       "En cours", "Points focaux (MOU 1.3, 1.4)", "Siège", "Actions en retard", "Page 2 sur",
                       "Ce rapport ne contient aucune donnée personnelle", "20/05/2026"):
            assert french in text, french
        for english in ("Joint activities by", "Overview of the MOU", "Ongoing", "Page 2 of", "Headquarters"):
            assert english not in text, english
    book = openpyxl.load_workbook(xlsx, read_only=True)
    cells = [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Activités conjointes par statut" in cells and "En cours" in cells and "Statut" in cells
    assert not any(c.startswith("Joint activities") for c in cells)


def test_the_filters_offer_labels_in_the_window_s_language(qtbot, db, qapp: QApplication) -> None:
    translators = install_translators(qapp, "fr")
    try:
        fill(db)
        window = MainWindow(db)
        window.overview._today = TODAY
        qtbot.addWidget(window)
        window.show()
        page = overview_shown(window)
        click(qtbot, page, page.scroll.widget().findChild(CountButton, "focalPointCount"))
        filters = window.records.filters
        assert filters.level.currentText() == "Siège" and filters.labels[filters.level].text() == "Ni&veau :"
        window.show_page("overview")
        listed = " ".join(label.text() for label in window.overview.scroll.widget().findChildren(QLabel))
        assert "(1 jour de retard)" in listed and "(49 jours de retard)" in listed and "il y a 19 jours" in listed
        window.show_type("activity")
        assert filters.status.itemText(filters.status.findData("ongoing")) == "En cours"
    finally:
        remove_translators(qapp, translators)
