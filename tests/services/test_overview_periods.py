"""The overview over a period: by status, area, country and quarter, each count equal to the
records list's own count for the filter the count names (the list a click opens)."""

from __future__ import annotations

import datetime as dt

import pytest

from mouliaison.domain.periods import CUSTOM, LAST_12_MONTHS, QUARTER, THIS_YEAR, Period, quarters
from mouliaison.services import records
from mouliaison.services.overview import Overview, overview
from mouliaison.services.record_listing import listed_ids
from mouliaison.store.activity_counts import MAX_QUARTERS

TODAY = dt.date(2026, 5, 20)


@pytest.fixture
def filled(db) -> None:
    def add(**values: object) -> str:
        return records.add_record(db, "activity", values)

    # 2025 Q4 to 2026 Q2: under way in three quarters
    add(title="Long training", status="ongoing", countries=["KEN", "TZA"], thematic_areas=["v", "x.b"],
        start_date=dt.date(2025, 11, 3), end_date=dt.date(2026, 4, 30))
    # planned only: its planned dates place it
    add(title="Census", status="planned", countries=["KEN"], thematic_areas=["i"],
        planned_start_date=dt.date(2026, 7, 1), planned_end_date=dt.date(2026, 7, 31))
    add(title="Old study", status="completed", countries=["UGA"], start_date=dt.date(2024, 3, 1))
    add(title="Undated", status="planned", countries=["KEN"])
    add(title="Nowhere", status="ongoing", start_date=dt.date(2026, 2, 2))
    gone = add(title="Deleted", status="ongoing", countries=["KEN"], start_date=dt.date(2026, 2, 2))
    records.delete_record(db, "activity", gone)


def count_records(db, type_name: str, criteria) -> int:
    """The rows the records list shows for `criteria`."""
    return len(listed_ids(db, type_name, criteria))


def by_status(data: Overview) -> dict[str, int]:
    return {c.code: c.count for c in data.by_status if c.count}


def test_periods_give_their_days() -> None:
    assert Period(THIS_YEAR).span(TODAY) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert Period(LAST_12_MONTHS).span(TODAY) == (dt.date(2025, 5, 21), TODAY)
    assert Period(LAST_12_MONTHS).span(dt.date(2024, 2, 29)) == (dt.date(2023, 3, 1), dt.date(2024, 2, 29))
    assert Period(QUARTER, year=2025, quarter=4).span(TODAY) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert Period().span(TODAY) is None
    assert [q[:2] for q in quarters(dt.date(2025, 11, 3), dt.date(2026, 4, 1))] == [(2025, 4), (2026, 1), (2026, 2)]
    assert quarters(dt.date(2025, 11, 3), dt.date(2026, 4, 1))[0][2:] == (dt.date(2025, 11, 3), dt.date(2025, 12, 31))


def test_a_saved_period_is_read_back_and_a_damaged_one_means_all_dates() -> None:
    custom = Period(CUSTOM, start=dt.date(2026, 1, 5), end=dt.date(2026, 2, 1))
    assert Period.from_mapping(custom.to_mapping()) == custom
    assert Period.from_mapping(Period(QUARTER, year=2026, quarter=2).to_mapping()) == Period(QUARTER, 2026, 2)
    for damaged in (None, [], {"kind": "fortnight"}, {"kind": QUARTER, "year": 2026, "quarter": 5},
                    {"kind": CUSTOM, "start": "2026-02-01", "end": "2026-01-01"}, {"kind": CUSTOM, "start": 3}):
        assert Period.from_mapping(damaged) == Period()


def test_all_dates_counts_every_live_activity(db, filled) -> None:
    data = overview(db, TODAY)
    assert data.activities == 5 and data.period is None and data.undated == 0
    assert by_status(data) == {"planned": 2, "ongoing": 2, "completed": 1}
    countries = {r.key: (r.total, r.counts) for r in data.by_country.rows}
    assert countries == {"KEN": (3, (2, 1, 0, 0)), "TZA": (1, (0, 1, 0, 0)), "UGA": (1, (0, 0, 1, 0))}
    assert data.by_country.without == 1
    assert data.by_country.rows[0].label == "Kenya"  # the most active first


def test_this_year_counts_the_activities_whose_dates_meet_it(db, filled) -> None:
    data = overview(db, TODAY, Period(THIS_YEAR))
    assert data.period == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert data.activities == 3  # the long training (from 2025), the census (planned), Nowhere
    assert by_status(data) == {"planned": 1, "ongoing": 2}
    assert data.undated == 1
    assert {c.code: c.count for c in data.by_area if c.count} == {"i": 1, "v": 1, "x": 1}
    quarters_ = {r.key: (r.total, r.date_from, r.date_to) for r in data.by_quarter.rows}
    assert quarters_ == {"2026 Q1": (2, dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
                         "2026 Q2": (1, dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
                         "2026 Q3": (1, dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
                         "2026 Q4": (0, dt.date(2026, 10, 1), dt.date(2026, 12, 31))}


def test_each_count_is_the_lists_count_for_its_filter(db, filled) -> None:
    """What a click opens: the records list filtered by the count's criteria has that many rows."""
    for period in (Period(), Period(THIS_YEAR), Period(LAST_12_MONTHS), Period(QUARTER, year=2025, quarter=4)):
        data = overview(db, TODAY, period)
        assert count_records(db, "activity", data.criteria()) == data.activities
        statuses = [c.code for c in data.by_status]
        for c in data.by_status:
            assert count_records(db, "activity", data.criteria(status=c.code)) == c.count, (period, c)
        for c in (*data.by_area, *data.by_topic):
            assert count_records(db, "activity", data.criteria(area=c.code)) == c.count, (period, c)
        for row in data.by_country.rows:
            assert count_records(db, "activity", data.criteria(country=row.key)) == row.total
            for status, n in zip(statuses, row.counts, strict=True):
                assert count_records(db, "activity", data.criteria(country=row.key, status=status)) == n
        for row in data.by_quarter.rows:
            narrowed = {"date_from": row.date_from, "date_to": row.date_to}
            assert count_records(db, "activity", data.criteria(**narrowed)) == row.total, (period, row)
            for status, n in zip(statuses, row.counts, strict=True):
                assert count_records(db, "activity", data.criteria(status=status, **narrowed)) == n
        assert count_records(db, "activity", data.confirmed_by_one_criteria()) == len(data.confirmed_by_one)
        assert count_records(db, "cooperation_request", data.open_requests_criteria()) == len(data.open_requests)


def test_all_dates_shows_the_latest_quarters_the_activities_reach(db, filled) -> None:
    data = overview(db, TODAY)
    assert [r.key for r in data.by_quarter.rows][:2] == ["2024 Q1", "2024 Q2"]  # the old study
    assert data.by_quarter.rows[-1].key == "2026 Q3" and data.by_quarter.left_out == 0  # the census, in July
    records.add_record(db, "activity", {"title": "Ancient", "status": "completed", "start_date": dt.date(2021, 1, 5)})
    data = overview(db, TODAY)
    assert len(data.by_quarter.rows) == MAX_QUARTERS == 12
    assert data.by_quarter.left_out == 23 - 12  # 2021 Q1 to 2026 Q3 are 23 quarters
    assert data.by_quarter.rows[0].key == "2023 Q4"


def test_an_empty_database_has_no_quarters(db) -> None:
    data = overview(db, TODAY)
    assert data.by_quarter.rows == () and data.by_country.rows == ()
