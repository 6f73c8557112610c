"""The overview page, over a real database filled through the services."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from mouliaison.domain.periods import THIS_YEAR, Period
from mouliaison.services import records
from mouliaison.ui.overview_page import Bar, OverviewPage

TODAY = dt.date(2025, 6, 15)


def screenshot_folder(tmp_path: Path) -> Path:
    """tmp_path; MOULIAISON_SCREENSHOTS=docs refreshes the README's pictures instead."""
    return Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)


def fill(db) -> None:
    def add(type_name: str, **values: str) -> str:
        return records.add_record(db, type_name, values)

    amina = add("contact", full_name="Amina Yusuf", party="IOM")
    pierre = add("contact", full_name="Pierre Martin", party="WCO")
    add("activity", title="Joint training on document fraud", status="ongoing", thematic_areas="v, x.e",
        first_party_confirmed_by=amina, first_party_confirmed_on="2025-03-01", countries="KEN, UGA",
        start_date="2025-02-10", end_date="2025-07-30")
    add("activity", title="OSBP risk assessment, Busia", status="planned", thematic_areas="i, x.b",
        second_party_confirmed_by=pierre, second_party_confirmed_on="2025-04-02", countries="KEN",
        planned_start_date="2025-09-01", planned_end_date="2025-10-15")
    add("activity", title="SOP for humanitarian consignments", status="completed", thematic_areas="iv, xi",
        countries="TZA", start_date="2025-01-15", end_date="2025-03-20")
    add("activity", title="API awareness workshop", status="ongoing", thematic_areas="ix, x.h", countries="RWA",
        start_date="2025-05-12")
    add("activity", title="Regional CBM conference", status="planned", thematic_areas="viii, ix")
    meeting = add("meeting", title="Regional consultation, Nairobi", date="2025-05-01", kind="consultation")
    add("action_item", meeting=meeting, description="Send the SOP draft", owner=amina, due_date="2025-06-01")
    add("action_item", meeting=meeting, description="Share the training calendar", due_date="2025-06-10")
    add("cooperation_request", requesting_party="WCO", requested_party="IOM", subject="Trainers for Busia",
        requested_on="2025-06-05")
    add("focal_point", contact=amina, party="IOM", level="headquarters")
    add("focal_point", contact=pierre, party="WCO", level="headquarters")
    add("focal_point", contact=pierre, party="WCO", level="regional")


def open_page(qtbot, db) -> OverviewPage:
    page = OverviewPage(db, today=TODAY)
    qtbot.addWidget(page)
    return page


def label(page: OverviewPage, name: str) -> str:
    found = page.scroll.widget().findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def count(page: OverviewPage, name: str) -> str:
    found = page.scroll.widget().findChild(QWidget, name)
    assert found is not None, name
    return found.text()


def bars(page: OverviewPage, box_name: str) -> dict[str, int]:
    box = page.scroll.widget().findChild(QGroupBox, box_name)
    names = [w.text() for w in box.findChildren(QLabel, "barLabel")]
    values = [w.value for w in box.findChildren(Bar)]
    counts = [int(w.text()) for w in box.findChildren(QWidget, "barCount")]  # a button, or a label for 0
    assert values == counts
    return dict(zip(names, counts, strict=True))


def test_the_agreement_in_force_since_2018(qtbot, db) -> None:
    page = open_page(qtbot, db)
    assert label(page, "inForceSince") == "2018-05-08"
    assert label(page, "agreementStatus") == "In force"
    assert "World Customs Organization" in label(page, "agreementTitle")
    assert page.as_of.text() == "as of 2025-06-15"
    assert page.refresh_button.text() == "&Refresh"


def test_the_counts_are_shown(qtbot, db) -> None:
    fill(db)
    page = open_page(qtbot, db)
    assert page.scroll.widget().findChild(QGroupBox, "activitiesByStatus").title() == (
        "Joint activities by status (5)")
    assert bars(page, "activitiesByStatus") == {"Planned": 2, "Ongoing": 2, "Completed": 1, "Cancelled": 0}
    areas = bars(page, "activitiesByArea")
    assert len(areas) == 23
    assert areas["x  Joint research, awareness, policy and capacity building"] == 3
    assert areas["ix  Conferences, seminars and workshops on CBM/IBM"] == 2
    assert areas["x.b  One Stop Border Posts (OSBPs)"] == 1
    assert label(page, "confirmedByOne") == "Activities confirmed by one party only:"
    assert count(page, "confirmedByOneCount") == "2"
    assert label(page, "openRequests") == "Open cooperation requests:"
    assert count(page, "openRequestsCount") == "1"
    assert label(page, "overdueActions") == "Action items overdue:"
    assert count(page, "overdueActionsCount") == "2"
    assert label(page, "focalPointsMissing") == "3 missing"
    attention = " ".join(w.text() for w in page.scroll.widget().findChildren(QLabel))
    assert "Send the SOP draft" in attention and "14 days late" in attention
    assert "waiting for WCO" in attention and "Trainers for Busia" in attention


def test_refresh_reads_again(qtbot, db) -> None:
    page = open_page(qtbot, db)
    assert label(page, "openRequests") == "Open cooperation requests: 0"
    records.add_record(db, "cooperation_request", {"requesting_party": "IOM", "requested_party": "WCO",
                                                   "subject": "Data exchange", "requested_on": "2025-06-01"})
    page.refresh_button.click()
    assert label(page, "openRequests") == "Open cooperation requests:" and count(page, "openRequestsCount") == "1"
    assert page.data is not None and len(page.data.open_requests) == 1


def test_a_termination_notice_shows_when_it_takes_effect(qtbot, db) -> None:
    from mouliaison.domain.default_agreement import AGREEMENT_ID

    records.edit_record(db, "agreement", AGREEMENT_ID, {"status": "notice_given", "termination_notice_on": "2025-03-31",
                                                         "termination_notice_by": "IOM"})
    page = open_page(qtbot, db)
    assert label(page, "terminationEffective") == "2025-09-30"
    assert label(page, "agreementStatus") == "Termination notice given"


def test_screenshot(qtbot, db, tmp_path: Path) -> None:
    """The whole page over this year, tall enough to show every section (README's picture)."""
    fill(db)
    page = OverviewPage(db, today=TODAY, period=Period(THIS_YEAR))
    qtbot.addWidget(page)
    page.resize(900, 960)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)  # the scroll area settles its layout on the event loop
    picture = screenshot_folder(tmp_path) / "overview.png"
    image = page.grab().toImage()
    assert image.save(str(picture), "PNG")
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 10
