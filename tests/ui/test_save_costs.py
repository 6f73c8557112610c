"""What one Save of one field costs: the statements and transactions it runs, the form it builds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from sqlalchemy import event

from mouliaison.domain.fields import Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services import records
from mouliaison.store import sqlite
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.record_form import RecordForm

# The write itself (versions, current state, search index, conflicts) was 16 to 20 statements in
# the store's write path; what the window read around it was 38 more, in 16 read transactions
# (57 statements for a new title); then 17 to 24 in all; now 8 to 12: a renamed title reads the
# table's first page of ids again (its row moves), nothing else is read again.
MAX_READS = 3


@dataclass
class Cost:
    statements: list[str] = field(default_factory=list)
    reads: int = 0
    writes: int = 0
    builds: int = 0


@contextmanager
def counting(db, monkeypatch) -> Iterator[Cost]:
    cost = Cost()
    engine = db._engine

    def on_statement(_conn, _cursor, statement, *_args) -> None:
        cost.statements.append(statement)

    def on_begin(conn) -> None:
        if conn.get_execution_options().get(sqlite.WRITE, False):
            cost.writes += 1
        else:
            cost.reads += 1

    build = RecordForm._build

    def counted_build(self, rtype):
        cost.builds += 1
        return build(self, rtype)

    monkeypatch.setattr(RecordForm, "_build", counted_build)
    event.listen(engine, "before_cursor_execute", on_statement)
    event.listen(engine, "begin", on_begin)
    try:
        yield cost
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
        event.remove(engine, "begin", on_begin)


@pytest.fixture
def window(qtbot, db):
    for title in ("Border census", "Joint patrol training", "Risk assessment at Namanga"):
        records.add_record(db, "activity", {"title": title, "status": "planned"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize(("key", "value", "reads", "statements"), [
    ("title", "Joint patrol training, second round", 1, 11),  # a title is also searched in meetings
    ("description", "Two days at Namanga", 0, 8),
])
def test_one_save_of_one_field_reads_little_and_keeps_the_form(qtbot, window, monkeypatch, key, value, reads,
                                                               statements):
    """A renamed title moves the row (the table is sorted by title): its ids are read again."""
    window.table.selectRow(1)
    form = window.records.form
    saved = form.record_id
    form.editors[key].input.setText(value) if key == "title" else form.editors[key].set_value(value)
    form._edited(key)
    with counting(window.db, monkeypatch) as cost:
        window.save_action.trigger()
    print(f"\nstatements {len(cost.statements)}, reads {cost.reads}, writes {cost.writes}, builds {cost.builds}")
    assert records.show_record(window.db, "activity", saved).values[key] == value
    assert cost.writes == 1
    assert cost.reads <= min(reads, MAX_READS), "\n".join(s[:90].replace("\n", " ") for s in cost.statements)
    assert len(cost.statements) <= statements, "\n".join(cost.statements)
    assert cost.builds == 0  # the saved record is the one shown: its widgets stay
    assert not form.dirty and form.record_id == saved
    row = window.model.row_of(saved)
    column = next(i for i, f in enumerate(window.records.rtype.fields) if f.key == key)
    assert window.model.index(row, column).data() == value
    assert window.table.currentIndex().row() == row
    assert window.records.undo_stack.count() == 1


def test_a_save_that_settles_a_conflict_updates_its_count(qtbot, window, make_db, tmp_path):
    from mouliaison.services.exchange import export_workbook, import_workbooks

    other = make_db("other")
    export_workbook(window.db, tmp_path / "here.xlsx")
    import_workbooks(other, [tmp_path / "here.xlsx"], trust_new_keys=True)
    [shared] = [v for v in records.list_records(other, "activity") if v.values["title"] == "Border census"]
    records.edit_record(other, "activity", shared.id, {"status": "ongoing"})
    records.edit_record(window.db, "activity", shared.id, {"status": "cancelled"})
    export_workbook(other, tmp_path / "other.xlsx")
    import_workbooks(window.db, [tmp_path / "other.xlsx"], trust_new_keys=True)
    window.reload()
    assert window.conflicts_item.text() == "Conflicts (1)"
    window.table.selectRow(window.model.row_of(shared.id))
    form = window.records.form
    form.editors["status"].set_value("completed")  # the person settles it by choosing a status
    form._edited("status")
    window.save_action.trigger()
    assert window.conflicts_item.text() == "Conflicts"


MAX_STATEMENTS_PER_SAVE = 12  # the write (versions, current state, search index) and what the window reads after


@pytest.mark.parametrize("type_name", [t for t in RECORD_TYPES if not RECORD_TYPES[t].append_only])
@pytest.mark.parametrize("which", ["text", "title"])
def test_one_save_of_one_field_of_each_type_runs_at_most_twelve_statements(qtbot, db, monkeypatch, type_name, which):
    """A record of each type, with its required fields and references, edited in one field
    through the window and saved: the whole Save, write and window update, is counted."""
    from tests.ui.test_every_type_in_the_window import an_editable_text_field, choose, minimal

    rtype = RECORD_TYPES[type_name]
    values = minimal(db, type_name)
    saved = records.add_record(db, type_name, values)
    records.add_record(db, type_name, {**values, **_other(rtype, values)})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_type(type_name)
    choose(window, saved)
    form = window.records.form
    assert form.record_id == saved
    key = rtype.title_field if which == "title" and rtype.field(rtype.title_field).kind is Kind.TEXT \
        else an_editable_text_field(type_name)
    form.editors[key].set_value("Zanzibar port visit, second round")
    with counting(window.db, monkeypatch) as cost:
        window.save_action.trigger()
    shown = "\n".join(s[:100].replace("\n", " ") for s in cost.statements)
    assert records.show_record(db, type_name, saved).values[key] == "Zanzibar port visit, second round"
    assert cost.writes == 1 and cost.builds == 0
    # 523 terms: a term renamed "Zanzibar..." moves past the first page of 200 ids, so all ids
    # are read (one more read) to select its row
    limit = MAX_STATEMENTS_PER_SAVE + (2 if (type_name, which) == ("term", "title") else 0)
    assert len(cost.statements) <= limit, f"{len(cost.statements)} statements:\n{shown}"
    row = window.model.row_of(saved)
    column = next(i for i, f in enumerate(rtype.fields) if f.key == key)
    assert window.model.index(row, column).data() == "Zanzibar port visit, second round"
    assert window.table.currentIndex().row() == row and form.record_id == saved and not form.dirty


def _other(rtype, values: dict) -> dict:
    """A second record of the type that is not a duplicate of the first (another title)."""
    field = rtype.field(rtype.title_field)
    if field.kind is Kind.TEXT and rtype.title_field in values:
        return {rtype.title_field: f"{values[rtype.title_field]} (other)"}
    return {}
