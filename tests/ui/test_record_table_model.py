"""The record table model, without a window: ids from the database, rows fetched as shown."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mouliaison.domain.filtering import Criteria
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services import record_listing
from mouliaison.services.names import names_for
from mouliaison.services.records import add_in, add_record, delete_record, edit_record
from mouliaison.ui import record_table_model
from mouliaison.ui.record_table_model import FETCH, PAGE, RECORD_ROLE, RecordTableModel

ACTIVITY = RECORD_TYPES["activity"]
DISPLAY = Qt.ItemDataRole.DisplayRole
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def column(key: str) -> int:
    return next(i for i, f in enumerate(ACTIVITY.fields) if f.key == key)


def model_of(db, type_name: str = "activity", criteria: Criteria = Criteria()) -> RecordTableModel:  # noqa: B008
    model = RecordTableModel(db)
    model.show_type(RECORD_TYPES[type_name], names_for(db, type_name), criteria)
    return model


def texts(model: RecordTableModel, key: str = "title") -> list[str]:
    return [model.data(model.index(row, column(key))) for row in range(model.rowCount())]


def test_empty_model_has_no_rows_or_columns(db) -> None:
    model = RecordTableModel(db)
    assert model.rowCount() == 0
    assert model.columnCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) is None


def test_a_column_per_field_and_a_row_per_live_record(db) -> None:
    add_record(db, "activity", {"title": "One", "status": "planned"})
    add_record(db, "activity", {"title": "Two", "status": "planned"})
    gone = add_record(db, "activity", {"title": "Gone", "status": "planned"})
    delete_record(db, "activity", gone)
    model = model_of(db)
    assert model.rowCount() == 2
    assert model.columnCount() == len(ACTIVITY.fields)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Title",
        "Description",
        "Thematic areas",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree


def test_cells_show_values_as_text(db) -> None:
    record_id = add_record(db, "activity", {
        "title": "Border post training", "status": "ongoing", "kind": "training", "lead_party": "IOM",
        "planned_start_date": dt.date(2025, 6, 16), "countries": ["KEN", "TZA"], "participants_women": 7,
        "description": "line one\nline two"})
    model = model_of(db)

    def cell(key: str, role: int = DISPLAY) -> object:
        return model.data(model.index(0, column(key)), role)

    assert cell("title") == "Border post training"
    assert cell("planned_start_date") == "2025-06-16"
    assert cell("countries") == "Kenya, Tanzania"
    assert cell("participants_women") == "7"
    assert cell("participants_women", Qt.ItemDataRole.TextAlignmentRole) is not None  # numbers to the right
    assert cell("description") == "line one line two"  # one line in the table
    assert cell("description", Qt.ItemDataRole.ToolTipRole) == "line one\nline two"
    assert cell("end_date") == ""
    assert cell("lead_party") == "IOM"  # a name, not an id
    assert cell("status") == "Ongoing"  # a label, not a code
    assert cell("kind") == "Training"
    assert cell("title", RECORD_ROLE).id == record_id
    assert model.data(QModelIndex()) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_another_type_resets_the_model(qtbot, db) -> None:
    model = model_of(db)
    with qtbot.waitSignal(model.modelReset):
        model.show_type(RECORD_TYPES["party"], names_for(db, "party"))
    assert model.columnCount() == len(RECORD_TYPES["party"].fields)
    assert model.rowCount() == 2  # IOM and WCO, from the embedded agreement


def test_sorting_by_what_the_column_shows_with_empty_cells_last(db) -> None:
    add_record(db, "activity", {"title": "b", "status": "planned", "participants_men": 10,
                                "planned_start_date": "2025-01-02", "lead_party": "WCO"})
    add_record(db, "activity", {"title": "A", "status": "completed", "participants_men": 9, "lead_party": "IOM"})
    add_record(db, "activity", {"title": "c", "status": "ongoing", "planned_start_date": "2024-12-31"})
    model = model_of(db)
    model.sort(column("title"), ASC)
    assert texts(model) == ["A", "b", "c"]  # case-insensitive
    model.sort(column("participants_men"), ASC)
    assert texts(model) == ["A", "b", "c"]  # 9 before 10, as numbers; empty last
    model.sort(column("participants_men"), DESC)
    assert texts(model) == ["b", "A", "c"]  # empty still last
    model.sort(column("planned_start_date"), ASC)
    assert texts(model) == ["c", "b", "A"]
    model.sort(column("lead_party"), DESC)  # by the party's code shown, not its id
    assert texts(model) == ["b", "A", "c"]
    model.sort(column("status"), ASC)  # by label: Completed, Ongoing, Planned
    assert texts(model) == ["A", "c", "b"]


def test_a_sort_keeps_the_selected_record_selected(db) -> None:
    for title in ("Bravo", "Alpha", "Charlie"):
        add_record(db, "activity", {"title": title, "status": "planned"})
    model = model_of(db)
    model.sort(column("title"), ASC)
    chosen = QPersistentModelIndex(model.index(0, column("title")))
    assert chosen.data() == "Alpha"
    model.sort(column("title"), DESC)
    assert chosen.row() == 2 and chosen.data() == "Alpha"


def test_rows_are_fetched_a_page_at_a_time(db, monkeypatch) -> None:
    with db.writing() as change:
        for n in range(PAGE * 2 + 50):
            add_in(change, "activity", {"title": f"Activity {n:04}", "status": "planned"})
    fetched: list[int] = []
    real = record_listing.views_by_id

    def counting(db_, type_name, ids):
        ids = list(ids)
        fetched.append(len(ids))
        return real(db_, type_name, ids)

    monkeypatch.setattr(record_table_model, "views_by_id", counting)
    model = model_of(db)
    model.sort(column("title"), ASC)
    assert model.rowCount() == PAGE * 2 + 50 and fetched == []  # ids only, until a row is shown
    assert model.data(model.index(0, 0)) == "Activity 0000"
    assert model.data(model.index(FETCH - 1, 0)) == f"Activity {FETCH - 1:04}"
    assert fetched == [FETCH]
    last = PAGE * 2 + 49
    assert model.data(model.index(last, 0)) == f"Activity {last:04}"  # the end: its page only
    assert fetched == [FETCH, last % FETCH + 1]


def test_a_record_deleted_after_the_ids_were_read_shows_an_empty_row(db) -> None:
    record_id = add_record(db, "activity", {"title": "Short-lived", "status": "planned"})
    model = model_of(db)
    delete_record(db, "activity", record_id)
    assert model.record(0) is None and model.data(model.index(0, 0)) is None
    model.refresh()
    assert model.rowCount() == 0


def test_criteria_filter_and_search_in_the_database(db) -> None:
    add_record(db, "activity", {"title": "Formation à la frontière", "status": "planned", "countries": ["KEN"]})
    add_record(db, "activity", {"title": "Border patrol", "status": "ongoing", "countries": ["TZA"],
                                "thematic_areas": ["x.b"]})
    model = model_of(db)
    model.sort(column("title"), ASC)
    model.set_criteria(Criteria(search="frontiere"))  # accents and case do not matter
    assert texts(model) == ["Formation à la frontière"]
    model.set_criteria(Criteria(search="pat bord"))  # every word, each the start of one
    assert texts(model) == ["Border patrol"]
    model.set_criteria(Criteria(search="Tanzania"))  # what the country column shows
    assert texts(model) == ["Border patrol"]
    model.set_criteria(Criteria(area="x"))  # an area matches its topics
    assert texts(model) == ["Border patrol"]
    model.set_criteria(Criteria(status="planned", country="KEN"))
    assert texts(model) == ["Formation à la frontière"]
    model.set_criteria(Criteria())
    assert model.rowCount() == 2


def test_an_edit_is_found_by_its_new_words(db) -> None:
    record_id = add_record(db, "activity", {"title": "Old name", "status": "planned"})
    edit_record(db, "activity", record_id, {"title": "Fresh name"})
    assert record_listing.listed_ids(db, "activity", Criteria(search="old")) == []
    assert record_listing.listed_ids(db, "activity", Criteria(search="fresh")) == [record_id]


def test_a_new_search_reads_one_page_of_ids_and_the_rest_only_when_wanted(db, monkeypatch) -> None:
    with db.writing() as change:
        for n in range(PAGE + 30):
            add_in(change, "activity", {"title": f"Census {n:04}", "status": "planned"})
    asked: list[int | None] = []
    real = record_listing.listed_ids

    def recording(*args, **kwargs):
        asked.append(kwargs.get("limit"))
        return real(*args, **kwargs)

    monkeypatch.setattr(record_table_model, "listed_ids", recording)
    model = model_of(db)
    model.sort(column("title"), ASC)
    asked.clear()
    model.set_criteria(Criteria(search="census"))
    assert model.rowCount() == PAGE + 30 and asked == [PAGE]  # the count, and the first page only
    assert model.data(model.index(PAGE - 1, 0)) == f"Census {PAGE - 1:04}"
    assert asked == [PAGE]
    assert model.data(model.index(PAGE + 29, 0)) == f"Census {PAGE + 29:04}"  # past the page: the rest
    assert asked == [PAGE, None]
    assert model.row_of(model.record_id(PAGE + 5) or "") == PAGE + 5


def test_the_count_read_beside_the_first_page_is_the_count(db, monkeypatch) -> None:
    """A search's count runs on a second connection while the first page is read: same answer,
    and the model waits for it (the rows the view has are the records that match)."""
    with db.writing() as change:
        for n in range(PAGE + 7):
            add_in(change, "activity", {"title": f"Frontier post {n:04}", "status": "planned"})
        add_in(change, "activity", {"title": "Elsewhere", "status": "ongoing"})
    threads: list[str] = []
    real = record_listing.count_listed

    def counting(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(record_listing, "count_listed", counting)
    criteria = Criteria(search="frontier")
    assert record_listing.count_listed_meanwhile(db, "activity", criteria).result() == PAGE + 7
    model = model_of(db)
    model.set_criteria(criteria)
    assert model.rowCount() == PAGE + 7
    model.set_criteria(Criteria(search="frontier", status="ongoing"))
    assert model.rowCount() == 0
    assert threads and all(name.startswith("mouliaison-count") for name in threads)


def test_records_a_form_names_are_named_without_reading_the_others(db) -> None:
    kept = add_record(db, "contact", {"full_name": "Amina Yusuf"})
    gone = add_record(db, "contact", {"full_name": "Old Hand"})
    delete_record(db, "contact", gone)
    assert record_listing.reference_titles(db, "contact", [kept, gone, "no-such-id"]) == {
        kept: ("Amina Yusuf", False), gone: ("Old Hand", True), "no-such-id": ("no-such-id", True)}
