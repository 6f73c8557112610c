"""The record table model and its sort proxy, without a window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.services.names import Names
from mouliaison.services.records import RecordView, add_record, list_records
from mouliaison.ui.record_table_model import RECORD_ROLE, SORT_ROLE, RecordSortProxy, RecordTableModel

ACTIVITY = RECORD_TYPES["activity"]
DISPLAY = Qt.ItemDataRole.DisplayRole


def activity(record_id: str, **values: object) -> RecordView:
    full = {f.key: None for f in ACTIVITY.fields}
    full.update(values)
    return RecordView("activity", record_id, full)  # type: ignore[arg-type]


def column(key: str) -> int:
    return next(i for i, f in enumerate(ACTIVITY.fields) if f.key == key)


def test_empty_model_has_no_rows_or_columns() -> None:
    model = RecordTableModel()
    assert model.rowCount() == 0
    assert model.columnCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) is None


def test_a_column_per_field_and_a_row_per_record() -> None:
    model = RecordTableModel()
    model.set_records(ACTIVITY, [activity("a", title="One"), activity("b", title="Two")])
    assert model.rowCount() == 2
    assert model.columnCount() == len(ACTIVITY.fields)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Title",
        "Description",
        "Thematic areas",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree


def test_cells_show_values_as_text() -> None:
    model = RecordTableModel()
    view = activity(
        "a",
        title="Border post training",
        status="planned",
        planned_start_date=dt.date(2025, 6, 16),
        countries=("KEN", "TZA"),
        participants_women=7,
        description="line one\nline two",
    )
    model.set_records(ACTIVITY, [view])

    def cell(key: str, role: int = DISPLAY) -> object:
        return model.data(model.index(0, column(key)), role)

    assert cell("title") == "Border post training"
    assert cell("planned_start_date") == "2025-06-16"
    assert cell("countries") == "KEN, TZA"
    assert cell("participants_women") == "7"
    assert cell("description") == "line one line two"  # one line in the table
    assert cell("description", Qt.ItemDataRole.ToolTipRole) == "line one\nline two"
    assert cell("end_date") == ""
    assert cell("title", RECORD_ROLE) is view
    assert cell("planned_start_date", SORT_ROLE) == "2025-06-16"
    assert cell("participants_women", SORT_ROLE) == 7
    assert cell("end_date", SORT_ROLE) is None
    assert model.data(QModelIndex()) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_names_turn_ids_and_codes_into_what_people_read() -> None:
    model = RecordTableModel()
    names = Names({"party-1": "IOM"}, VocabularyIndex.shipped())
    model.set_records(ACTIVITY, [activity("a", lead_party="party-1", status="ongoing", kind="training")], names)
    assert model.data(model.index(0, column("lead_party"))) == "IOM"
    assert model.data(model.index(0, column("status"))) == "Ongoing"
    assert model.data(model.index(0, column("kind"))) == "Training"


def test_an_unknown_reference_shows_its_id() -> None:
    model = RecordTableModel()
    model.set_records(ACTIVITY, [activity("a", lead_party="party-9")], Names())
    assert model.data(model.index(0, column("lead_party"))) == "party-9"


def test_reset_on_new_records(qtbot) -> None:
    model = RecordTableModel()
    model.set_records(ACTIVITY, [activity("a", title="One")])
    with qtbot.waitSignal(model.modelReset):
        model.set_records(RECORD_TYPES["party"], [])
    assert model.columnCount() == len(RECORD_TYPES["party"].fields)
    assert model.rowCount() == 0


def test_proxy_sorts_typed_values_with_empty_cells_last() -> None:
    model = RecordTableModel()
    model.set_records(
        ACTIVITY,
        [
            activity("a", title="b", participants_men=10, planned_start_date=dt.date(2025, 1, 2)),
            activity("b", title="A", participants_men=9),
            activity("c", title="c", participants_men=None, planned_start_date=dt.date(2024, 12, 31)),
        ],
    )
    proxy = RecordSortProxy()
    proxy.setSourceModel(model)

    def ids() -> list[str]:
        return [proxy.data(proxy.index(r, 0), RECORD_ROLE).id for r in range(proxy.rowCount())]

    proxy.sort(column("title"), Qt.SortOrder.AscendingOrder)
    assert ids() == ["b", "a", "c"]  # case-insensitive
    proxy.sort(column("participants_men"), Qt.SortOrder.AscendingOrder)
    assert ids() == ["b", "a", "c"]  # 9 before 10, as numbers; empty last
    proxy.sort(column("participants_men"), Qt.SortOrder.DescendingOrder)
    assert ids() == ["a", "b", "c"]  # empty still last
    proxy.sort(column("planned_start_date"), Qt.SortOrder.AscendingOrder)
    assert ids() == ["c", "a", "b"]


def test_model_over_records_from_the_database(db) -> None:
    add_record(db, "activity", {"title": "Joint training", "status": "planned", "lead_party": "WCO"})
    model = RecordTableModel()
    model.set_records(ACTIVITY, list_records(db, "activity"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, column("title"))) == "Joint training"
    assert model.data(model.index(0, column("status"))) == "planned"  # without Names: the code
