"""The overview's numbers, over a real database filled through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from mouliaison.domain.default_agreement import AGREEMENT_ID, WCO_ID
from mouliaison.services import records
from mouliaison.services.overview import overview

TODAY = dt.date(2025, 6, 15)


def counts(items) -> dict[str, int]:
    return {c.code: c.count for c in items}


@pytest.fixture
def filled(db) -> dict[str, str]:
    def add(type_name: str, **values: str) -> str:
        return records.add_record(db, type_name, values)

    amina = add("contact", full_name="Amina Yusuf", party="IOM")
    pierre = add("contact", full_name="Pierre Martin", party="WCO")
    ids = {
        "training": add("activity", title="Joint training", status="ongoing", thematic_areas="v, x.b",
                        first_party_confirmed_by=amina, first_party_confirmed_on="2025-03-01"),
        "osbp": add("activity", title="OSBP study", status="planned", thematic_areas="x, x.b, x.e",
                    second_party_confirmed_by=pierre, second_party_confirmed_on="2025-04-02"),
        "both": add("activity", title="Risk assessment", status="completed", thematic_areas="i",
                    first_party_confirmed_by=amina, first_party_confirmed_on="2025-01-10",
                    second_party_confirmed_by=pierre, second_party_confirmed_on="2025-01-11"),
        "bare": add("activity", title="Untagged", status="planned"),
        "gone": add("activity", title="Deleted one", status="ongoing", thematic_areas="xi"),
    }
    records.delete_record(db, "activity", ids["gone"])
    meeting = add("meeting", title="Regional consultation", date="2025-05-01", kind="consultation")
    ids["late"] = add("action_item", meeting=meeting, description="Send the SOP draft", owner=amina,
                      due_date="2025-06-01")
    add("action_item", meeting=meeting, description="Done already", due_date="2025-05-20", status="done")
    add("action_item", meeting=meeting, description="Due today", due_date="2025-06-15")
    add("action_item", meeting=meeting, description="No due date")
    ids["request"] = add("cooperation_request", requesting_party="WCO", requested_party="IOM",
                         subject="Trainers for Busia", requested_on="2025-06-05")
    add("cooperation_request", requesting_party="IOM", requested_party="WCO", subject="Answered",
        requested_on="2025-02-01", status="accepted")
    add("focal_point", contact=amina, party="IOM", level="headquarters")
    add("focal_point", contact=amina, party="IOM", level="regional", end_date="2024-12-31")  # ended
    add("focal_point", contact=pierre, party="WCO", level="headquarters", start_date="2025-01-01")
    add("focal_point", contact=pierre, party="WCO", level="field", start_date="2026-01-01")  # not yet
    return ids


def test_the_embedded_agreement_is_in_force_since_8_may_2018(db) -> None:
    agreement = overview(db, TODAY).agreement
    assert agreement is not None and agreement.id == AGREEMENT_ID
    assert agreement.in_force_since == dt.date(2018, 5, 8)
    assert [(p.code, p.name) for p in agreement.parties] == [
        ("IOM", "International Organization for Migration"), ("WCO", "World Customs Organization")]
    assert (agreement.status, agreement.status_label) == ("in_force", "In force")
    assert agreement.notice_delivered_on is None and agreement.termination_effective_on is None
    assert not agreement.terminated


def test_a_termination_notice_takes_effect_six_months_after_delivery(db) -> None:
    records.edit_record(db, "agreement", AGREEMENT_ID, {"status": "notice_given",
                                                         "termination_notice_on": "2025-08-31",
                                                         "termination_notice_by": WCO_ID})
    agreement = overview(db, TODAY).agreement
    assert agreement.status_label == "Termination notice given" and agreement.notice_given_by == "WCO"
    assert agreement.termination_effective_on == dt.date(2026, 2, 28)
    assert not agreement.terminated
    assert overview(db, dt.date(2026, 2, 28)).agreement.terminated


def test_activities_by_status_and_by_thematic_area(db, filled) -> None:
    result = overview(db, TODAY)
    assert result.activities == 4  # the deleted one is not counted
    assert [c.code for c in result.by_status] == ["planned", "ongoing", "completed", "cancelled"]
    assert counts(result.by_status) == {"planned": 2, "ongoing": 1, "completed": 1, "cancelled": 0}
    areas = counts(result.by_area)
    assert list(areas) == ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"]
    assert areas["x"] == 2  # x.b counts under x; x with x.b and x.e counts once
    assert (areas["i"], areas["v"], areas["xi"]) == (1, 1, 0)
    topics = counts(result.by_topic)
    assert list(topics) == [f"x.{letter}" for letter in "abcdefghijkl"]
    assert (topics["x.b"], topics["x.e"], topics["x.a"]) == (2, 1, 0)
    assert result.without_area == 1


def test_activities_confirmed_by_one_party_only(db, filled) -> None:
    one_sided = overview(db, TODAY).confirmed_by_one
    assert [(c.title, c.confirmed_by_party, c.waiting_for_party, c.confirmed_on) for c in one_sided] == [
        ("Joint training", "IOM", "WCO", dt.date(2025, 3, 1)),
        ("OSBP study", "WCO", "IOM", dt.date(2025, 4, 2)),
    ]


def test_open_requests_and_overdue_action_items(db, filled) -> None:
    result = overview(db, TODAY)
    [request] = result.open_requests
    assert (request.id, request.requesting_party, request.requested_party, request.days_open) == (
        filled["request"], "WCO", "IOM", 10)
    [late] = result.overdue_actions  # not the done one, not the one due today, not the undated one
    assert (late.id, late.description, late.days_overdue) == (filled["late"], "Send the SOP draft", 14)
    assert (late.meeting, late.owner) == ("Regional consultation", "Amina Yusuf")


def test_focal_points_missing_per_party_and_level(db, filled) -> None:
    result = overview(db, TODAY)
    assert {(c.party, c.level): c.count for c in result.focal_points} == {
        ("IOM", "headquarters"): 1, ("IOM", "regional"): 0, ("IOM", "field"): 0,
        ("WCO", "headquarters"): 1, ("WCO", "regional"): 0, ("WCO", "field"): 0,
    }
    assert [(c.party, c.level_label) for c in result.missing_focal_points] == [
        ("IOM", "Regional"), ("IOM", "Field"), ("WCO", "Regional"), ("WCO", "Field")]


def test_an_empty_database_has_nothing_to_report_but_the_missing_focal_points(db) -> None:
    result = overview(db, TODAY)
    assert result.activities == 0 and result.without_area == 0
    assert not any(c.count for c in (*result.by_status, *result.by_area, *result.by_topic))
    assert result.confirmed_by_one == () and result.open_requests == () and result.overdue_actions == ()
    assert len(result.missing_focal_points) == 6
