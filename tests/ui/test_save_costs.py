"""What one Save of one field costs: the statements and transactions it runs, the form it builds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from sqlalchemy import event

from mouliaison.services import records
from mouliaison.store import sqlite
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.record_form import RecordForm

# The write itself (versions, current state, search index, conflicts) is 16 to 20 statements in
# the store's write path; what the window read around it was 38 more, in 16 read transactions
# (57 statements for a new title): now a row's ids and count at most.
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
    ("title", "Joint patrol training, second round", 2, 24),  # a title is also searched in meetings
    ("description", "Two days at Namanga", 0, 17),
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
