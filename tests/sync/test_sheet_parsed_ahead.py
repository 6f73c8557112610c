"""The visible sheet is parsed by calamine on a thread of its own while the hidden sheets are read.

python-calamine releases the GIL while it parses a sheet, so the parse of the visible sheet runs
beside the decoding of `_versions` and `_base` (issue 18). What must not change: a file the
check refuses never reaches calamine, an error of the parse is reported as before, and no
thread is left parsing after a refusal or a cancel.
"""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineError, CalamineWorkbook

from mouliaison.services import records
from mouliaison.services.exchange import import_workbooks
from mouliaison.sync import reader, sheet_readers
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.file_checks import RefusedFile
from mouliaison.sync.progress import Cancelled
from mouliaison.sync.sheet_readers import CalamineBook, sheet_parts
from tests.sync.workbooks import ACTIVITIES, export


@pytest.fixture
def exported(make_db, tmp_path) -> Path:
    a = make_db("a")
    for n in range(30):
        records.add_record(a, "activity", {"title": f"Activity {n}", "start_date": "2026-03-02", "countries": "KEN"})
    return export(a, tmp_path / "ours.xlsx")


class Parses:
    """python-calamine's workbook as the reader uses it, each sheet's parse noted (sheet, thread);
    `before_parse(name)` runs first, on the parsing thread."""

    def __init__(self, monkeypatch) -> None:
        self.opened = 0
        self.seen: list[tuple[str, str]] = []
        self.before_parse = lambda name: None
        parses = self

        class Workbook:
            def __init__(self, book) -> None:
                self._book = book

            @classmethod
            def from_path(cls, path: str) -> Workbook:
                parses.opened += 1
                return cls(CalamineWorkbook.from_path(path))

            def __getattr__(self, name: str):
                return getattr(self._book, name)

            def get_sheet_by_name(self, name: str):
                parses.seen.append((name, threading.current_thread().name))
                parses.before_parse(name)
                return self._book.get_sheet_by_name(name)

        monkeypatch.setattr(sheet_readers, "CalamineWorkbook", Workbook)


def parsing_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("calamine")]


def as_data(incoming: reader.IncomingWorkbook) -> tuple[object, ...]:
    rows = [(r.sheet, r.row, r.entity, r.cells, r.problems) for r in incoming.rows]
    return incoming.meta, incoming.versions, incoming.base, rows, incoming.unchanged, incoming.notes


def test_the_visible_sheet_is_parsed_while_the_hidden_sheets_are_read(exported, monkeypatch):
    by_itself = reader.read_book(CalamineBook(exported), exported, reader.file_sha256(exported), reader.no_progress)
    parses = Parses(monkeypatch)
    hidden_read = threading.Event()
    waited: list[bool] = []
    parses.before_parse = lambda name: name == ACTIVITIES and waited.append(hidden_read.wait(timeout=60))
    read_hidden = reader._read_hidden

    def then_say_so(book, incoming):
        read_hidden(book, incoming)
        hidden_read.set()

    monkeypatch.setattr(reader, "_read_hidden", then_say_so)
    incoming = reader.read_workbook(exported)
    elsewhere = {name for name, thread in parses.seen if thread != threading.current_thread().name}
    assert elsewhere == {ACTIVITIES}  # the largest sheet; the hidden sheets are streamed
    assert waited == [True]  # the parse had begun before the hidden sheets were read, and waited for them
    assert as_data(incoming) == as_data(by_itself)
    assert not parsing_threads()


def with_part(source: Path, target: Path, sheet: str, old: bytes, new: bytes) -> Path:
    """A copy of `source` with `old` replaced by `new` in the part of `sheet`; the rest as it was."""
    member = sheet_parts(source)[sheet]
    with zipfile.ZipFile(source) as before, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as after:
        for info in before.infolist():
            data = before.read(info)
            if info.filename == member:
                assert old in data
                data = data.replace(old, new, 1)
            after.writestr(info, data)
    return target


def test_a_file_the_check_refuses_never_reaches_calamine(exported, tmp_path, monkeypatch):
    parses = Parses(monkeypatch)
    bomb = with_part(exported, tmp_path / "dtd.xlsx", fmt.BASE_SHEET, b"<worksheet",
                     b'<!DOCTYPE x [<!ENTITY e "e">]><worksheet')  # the last part checked: the sheet is cleared
    with pytest.raises(RefusedFile) as refused:
        reader.read_workbook(bomb)
    assert refused.value.kind == "xml_entities"
    assert parses.opened == 0 and not parses.seen


def test_a_refusal_after_the_hidden_sheets_leaves_no_thread_parsing(exported, tmp_path, monkeypatch):
    parses = Parses(monkeypatch)
    parses.before_parse = lambda name: name == ACTIVITIES and threading.Event().wait(0.5)  # parsing at the refusal
    forged = with_part(exported, tmp_path / "forged.xlsx", fmt.META_SHEET, b"<t>office_name<", b"<t>office_nam3<")
    with pytest.raises(RefusedFile) as refused:
        reader.read_workbook(forged)
    assert refused.value.kind == "tampered"
    assert (ACTIVITIES, f"calamine: {ACTIVITIES}") in parses.seen and not parsing_threads()


def test_a_cancel_while_reading_leaves_no_thread_parsing(exported, make_db):
    def cancel(what: str, done: int, _total: int | None) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        import_workbooks(make_db("b"), [exported], progress=cancel, trust_new_keys=True)
    assert not parsing_threads()


def test_an_error_of_the_parse_is_reported_as_before(exported, monkeypatch):
    parses = Parses(monkeypatch)

    def fail(name: str) -> None:
        if name == ACTIVITIES:
            raise CalamineError("a cell calamine cannot read")

    parses.before_parse = fail
    with pytest.raises(RefusedFile) as refused:
        reader.read_workbook(exported)
    assert refused.value.kind == "unreadable"
    assert f"the sheet '{ACTIVITIES}' could not be read (a cell calamine cannot read)" in str(refused.value)
    assert not parsing_threads()
