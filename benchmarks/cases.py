"""One measurement, in a process of its own: `python -m benchmarks.cases CASE '{"arg": ...}'`.

The runner starts a fresh interpreter per case and per run, so each has its own peak memory
(`ru_maxrss` of this process, read at the end). The time is taken around the work alone, not
the interpreter's start or the imports (the window's start-up is the exception: its clock starts
with the process, since a person waits for all of it). The last line printed is the result, as JSON.

Ours runs the real services on a real database file; the floors and the peer are the short
scripts the issue names, on the same files.
"""

from __future__ import annotations

import time

PROCESS_START = time.perf_counter()

import contextlib  # noqa: E402  (the clock above starts first, for the window's start-up time)
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

PROFILE_ENV = "MOULIAISON_BENCH_PROFILE"  # where to save a profile of the timed part, if set
CASES: dict[str, Callable[..., dict[str, Any]]] = {}


def case(function: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    CASES[function.__name__] = function
    return function


@contextlib.contextmanager
def timed(result: dict[str, Any], key: str = "seconds") -> Iterator[None]:
    """Times the block into result[key]; profiles it too when the runner asked for a profile."""
    target = os.environ.get(PROFILE_ENV)
    profiler = _start_profiler() if target else None
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        result[key] = time.perf_counter() - started
        result["cpu_" + key] = time.process_time() - cpu_started  # user + sys: steadier on a loaded machine
        if profiler is not None and target:
            _save_profile(profiler, Path(target))


def _start_profiler() -> Any:
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile

        profiler: Any = cProfile.Profile()
        profiler.enable()
        return profiler
    profiler = Profiler(interval=0.005)
    profiler.start()
    return profiler


def _save_profile(profiler: Any, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if hasattr(profiler, "output_text"):
        profiler.stop()
        text = profiler.output_text(unicode=True, color=False, show_all=False)
        target.with_name(target.name + ".txt").write_text(text)
        target.with_name(target.name + ".html").write_text(profiler.output_html())
    else:
        import io
        import pstats

        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(60)
        target.with_name(target.name + ".txt").write_text(out.getvalue())


# --- import ---------------------------------------------------------------------------------


@case
def import_ours(db: str, files: list[str]) -> dict[str, Any]:
    """services.exchange.import_workbooks: every check, versions, current state, search index."""
    from mouliaison.services.database import location_of, open_database
    from mouliaison.services.exchange import import_workbooks

    result: dict[str, Any] = {}
    with open_database(location_of(db)) as database, timed(result):
        outcome = import_workbooks(database, [Path(f) for f in files], trust_new_keys=True)  # the key confirmed
    if outcome.refused or not outcome.applied:
        raise SystemExit(f"the import was refused: {outcome.refused}")
    result["counts"] = {k: v for k, v in outcome.totals.items() if v}
    result["already_imported"] = sum(1 for f in outcome.files if f.already_imported)
    return result


@case
def import_floor(workbook: str, sheet: str, db: str) -> dict[str, Any]:
    """The floor, the same work as our first import of a liaison workbook, written plainly (issue 18):
    python-calamine reads the visible sheet, `_versions` and `_base`; each version's JSON is
    decoded; the versions, the records (the same table with its four indexes) and the FTS5 index
    (the same options) are written by sqlite3 executemany in one transaction, into a copy of the
    same empty database. A record's values are its versions' values laid over each other in
    stamp order; its search text is what its visible row shows."""
    import datetime as dt
    import itertools
    import sqlite3
    from collections import defaultdict

    from python_calamine import CalamineWorkbook

    from mouliaison.domain.fields import Kind
    from mouliaison.domain.record_types import RECORD_TYPES

    result: dict[str, Any] = {}
    with timed(result):
        book = CalamineWorkbook.from_path(workbook)
        names = book.sheet_names
        shown: dict[str, str] = {}  # record id -> its visible row's text
        for row in itertools.islice(book.get_sheet_by_name(sheet).iter_rows(), 2, None):
            cells = [c.isoformat() if isinstance(c, dt.date) else str(c) for c in row if c != ""]
            if cells:
                shown[str(row[0])] = " ".join(cells[1:])
        received = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        file_id = "00000000-0000-4000-8000-00000000f100"
        versions, by_record = [], defaultdict(list)
        for name in (n for n in names if n == "_versions" or n.startswith("_versions_")):
            for row in book.get_sheet_by_name(name).iter_rows():
                cells = [str(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                vid, entity, record_id, stamp, site, origin, source, n_parents = cells[:8]
                k = int(n_parents)
                parents_text, values_text = "".join(cells[8 : 8 + k]), "".join(cells[8 + k :])
                json.loads(parents_text)
                values = json.loads(values_text)
                versions.append((vid, entity, record_id, int(stamp), site, origin, source or None, values_text,
                                 parents_text, received, file_id))
                by_record[(entity, record_id)].append((int(stamp), values))
        base = 0
        for name in (n for n in names if n == "_base" or n.startswith("_base_")):
            base += sum(1 for _row in book.get_sheet_by_name(name).iter_rows())
        del book
        connection = sqlite3.connect(db, isolation_level=None)
        for pragma in ("cache_size=-65536", "synchronous=NORMAL"):  # as the app's connections (store/sqlite.py)
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN")
        connection.execute("INSERT INTO imported_files (id, sha256, file_name, imported_at, report_json) "
                           "VALUES (?, '', 'activities', ?, '{}')", (file_id, received))
        connection.executemany("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", versions)
        del versions
        records = 0
        for entity in sorted({e for e, _r in by_record if e in RECORD_TYPES}):
            fields = RECORD_TYPES[entity].fields
            columns = ["id", *(f.key for f in fields), "deleted", "conflicted", "created_stamp", "updated_stamp",
                       "search_text"]
            rows = []
            for (kind, record_id), stamped in by_record.items():
                if kind != entity:
                    continue
                stamped.sort(key=lambda item: item[0])
                values: dict[str, Any] = {}
                for _stamp, set_now in stamped:
                    values.update(set_now)
                cells: list[Any] = [record_id]
                for f in fields:
                    value = values.get(f.key)
                    if value is not None and f.kind.is_list:
                        value = json.dumps(value)
                    elif value is not None and f.kind is Kind.BOOLEAN:
                        value = int(value)
                    cells.append(value)
                cells += [0, 0, stamped[0][0], stamped[-1][0], shown.get(record_id, "")]
                rows.append(tuple(cells))
            marks = ", ".join("?" * len(columns))
            quoted = ", ".join(f'"{c}"' for c in columns)
            connection.executemany(f"INSERT INTO {entity} ({quoted}) VALUES ({marks})", rows)
            connection.execute(f"INSERT INTO search_{entity} (rowid, search_text) "
                               f"SELECT rowid, search_text FROM {entity}")
            records += len(rows)
        connection.execute("COMMIT")
        connection.close()
    result["rows"] = records
    result["versions"] = sum(len(v) for v in by_record.values())
    result["base_rows"] = base
    return result


@case
def import_peer(workbook: str, sheet: str, db: str) -> dict[str, Any]:
    """The peer: the analyst's script, pandas.read_excel (openpyxl) then DataFrame.to_sql."""
    import sqlite3

    import pandas as pd

    result: dict[str, Any] = {}
    with timed(result):
        frame = pd.read_excel(workbook, sheet_name=sheet, engine="openpyxl")
        connection = sqlite3.connect(db)
        frame.to_sql("activities", connection, index=False)
        connection.commit()
        connection.close()
    result["rows"] = len(frame) - 1  # the label row comes as a data row
    return result


@case
def plain_floor(workbook: str, db: str) -> dict[str, Any]:
    """The same work as our import of a plain tracker, written plainly (benchmarks.plain_sheet):
    calamine reads the sheet; each row becomes a version (JSON), a record row with its search
    text, and a search-index entry, written by sqlite3 executemany in one transaction into a
    copy of the same empty database (the same tables, indexes and FTS5 index)."""
    import datetime as dt
    import hashlib
    import sqlite3
    import unicodedata
    import uuid

    from python_calamine import CalamineWorkbook

    result: dict[str, Any] = {}
    with timed(result):
        connection = sqlite3.connect(db, isolation_level=None)
        party = dict(connection.execute("SELECT code, id FROM party"))
        country_terms = list(connection.execute("SELECT code, label FROM term WHERE vocabulary = 'country'"))
        countries = {label.casefold(): code for code, label in country_terms}
        countries["united republic of tanzania"] = "TZA"
        country_words = {code: f"{code} {label}" for code, label in country_terms}  # as the search text has them
        status_terms = list(connection.execute("SELECT code, label FROM term WHERE vocabulary = 'activity_status'"))
        statuses = {label.casefold(): code for code, label in status_terms}
        status_words = {code: f"{code} {label}" for code, label in status_terms}

        def clean(text: str) -> str:  # what our import does to typed text: NFC, single spaces, trimmed
            return " ".join(unicodedata.normalize("NFC", text).split())
        columns = ["id", "title", "description", "lead_party", "status", "start_date", "end_date", "countries",
                   "participants_women", "participants_men", "deleted", "conflicted", "created_stamp",
                   "updated_stamp", "search_text"]
        sheet = CalamineWorkbook.from_path(workbook).get_sheet_by_name("Activities")
        file_id = str(uuid.uuid4())
        received = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        site = str(uuid.uuid5(uuid.NAMESPACE_URL, file_id))
        stamp = 1 << 20
        versions, records = [], []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if number <= 3:
                continue
            _n, title, description, country, start, end, status, lead, women, men = row[:10]
            title, description = clean(title), clean(description)
            values = {"title": title, "description": description, "countries": [countries[country.casefold()]],
                      "start_date": start.isoformat(), "end_date": end.isoformat(),
                      "status": statuses[status.casefold()], "lead_party": party[lead],
                      "participants_women": int(women), "participants_men": int(men)}
            key = f"activity\x1f{title.casefold()}\x1f{values['start_date']}"
            record_id = str(uuid.UUID(bytes=hashlib.sha256(key.encode()).digest()[:16], version=5))
            text = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            version_id = str(uuid.UUID(bytes=hashlib.sha256((record_id + text).encode()).digest()[:16], version=5))
            versions.append((version_id, "activity", record_id, stamp, site, "file", file_id, text, "{}", received,
                             file_id))
            # the same words as ours, in the same order: the title, the lead party's code, each choice's
            # code and label, the dates, the counts (so that the search index gets the same work)
            search = (f"{title} {description} {lead.strip()} {status_words[values['status']]} {values['start_date']} "
                      f"{values['end_date']} {country_words[values['countries'][0]]} {values['participants_women']} "
                      f"{values['participants_men']}")
            records.append((record_id, title, description, party[lead], values["status"], values["start_date"],
                            values["end_date"], json.dumps(values["countries"]), values["participants_women"],
                            values["participants_men"], 0, 0, stamp, stamp, search))
        connection.execute("BEGIN")
        connection.execute("INSERT INTO imported_files (id, sha256, file_name, imported_at, report_json) "
                           "VALUES (?, '', 'tracker', ?, '{}')", (file_id, received))
        connection.executemany("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", versions)
        connection.executemany(f"INSERT INTO activity ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               records)
        connection.execute("INSERT INTO search_activity (rowid, search_text) "
                           "SELECT rowid, search_text FROM activity")
        connection.execute("COMMIT")
        connection.close()
    result["rows"] = len(records)
    return result


@case
def plain_peer(workbook: str, db: str) -> dict[str, Any]:
    """The peer: pandas.read_excel (openpyxl) of the tracker (header in row 3), then to_sql."""
    import sqlite3

    import pandas as pd

    result: dict[str, Any] = {}
    with timed(result):
        frame = pd.read_excel(workbook, sheet_name="Activities", header=2, engine="openpyxl")
        connection = sqlite3.connect(db)
        frame.to_sql("activities", connection, index=False)
        connection.commit()
        connection.close()
    result["rows"] = len(frame)
    return result


# --- export ---------------------------------------------------------------------------------


@case
def export_ours(db: str, out: str) -> dict[str, Any]:
    """services.exchange.export_workbook of the activities: hidden sheets, hashes, receipt."""
    from mouliaison.services.database import location_of, open_database
    from mouliaison.services.exchange import export_workbook

    result: dict[str, Any] = {}
    with open_database(location_of(db)) as database, timed(result):
        exported = export_workbook(database, Path(out), types=["activity"])
    result["rows"] = exported.report.rows
    result["versions"] = exported.report.versions
    result["bytes"] = Path(out).stat().st_size
    return result


@case
def export_floor(db: str, out: str) -> dict[str, Any]:
    """The floor: xlsxwriter in constant-memory mode writing the visible cells alone, streamed
    from the database's current-state table with sqlite3."""
    import datetime as dt
    import sqlite3

    import xlsxwriter

    from mouliaison.domain.fields import Kind
    from mouliaison.domain.record_types import RECORD_TYPES

    fields = RECORD_TYPES["activity"].fields
    result: dict[str, Any] = {}
    with timed(result):
        connection = sqlite3.connect(db)
        book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_urls": False, "strings_to_numbers": False})
        sheet = book.add_worksheet("Joint activities")
        date_format = book.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, ["_id", "_version", *(f.key for f in fields)])
        sheet.write_row(1, 0, ["Id", "Version", *(f.label for f in fields)])
        columns = ", ".join(["id", "updated_stamp", *(f'"{f.key}"' for f in fields)])
        row_number = 2
        for row in connection.execute(f"SELECT {columns} FROM activity WHERE NOT deleted"):
            sheet.write_string(row_number, 0, row[0])
            sheet.write_string(row_number, 1, str(row[1]))
            for col, (f, value) in enumerate(zip(fields, row[2:], strict=True), start=2):
                if value is None:
                    continue
                if f.kind is Kind.DATE:
                    sheet.write_datetime(row_number, col, dt.datetime.fromisoformat(value), date_format)
                elif f.kind in (Kind.INTEGER, Kind.BOOLEAN):
                    sheet.write_number(row_number, col, value)
                elif f.kind.is_list:
                    items = json.loads(value)  # a JSON column holds "null" for no list
                    if items:
                        sheet.write_string(row_number, col, ", ".join(items))
                else:
                    sheet.write_string(row_number, col, value)
            row_number += 1
        book.close()
        connection.close()
    result["rows"] = row_number - 2
    result["bytes"] = Path(out).stat().st_size
    return result


# --- the window -----------------------------------------------------------------------------


@case
def window(db: str, word: str = "frontière") -> dict[str, Any]:
    """The main window over the database, offscreen: start to first painted rows, then search
    while typing `word`, jump to the last row, sort by a column."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from mouliaison.app import application
    from mouliaison.services.database import location_of, open_database
    from mouliaison.ui.main_window import MainWindow

    class PaintWatch(QObject):
        painted = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    app = application(offscreen=True)
    database = open_database(location_of(db))
    shown = MainWindow(database, settings=None)
    page = shown.records
    table = page.table
    watch = PaintWatch()
    table.viewport().installEventFilter(watch)
    shown.show()
    deadline = time.perf_counter() + 600
    while not (watch.painted and table.model().rowCount() > 0):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("the window painted no rows within 10 minutes")
    app.processEvents()
    result: dict[str, Any] = {"start_seconds": time.perf_counter() - PROCESS_START, "rows": table.model().rowCount()}

    def settle() -> None:
        """What a person waits for: pending events handled and the table drawn again."""
        app.processEvents()
        table.viewport().repaint()
        app.processEvents()

    apply_now = getattr(page, "apply_search_now", None) or page._apply_search
    keystrokes = []
    for length in range(1, len(word) + 1):
        page.search.blockSignals(True)  # no debounce timer: apply_search_now is the keystroke's work
        page.search.setText(word[:length])
        page.search.blockSignals(False)
        started = time.perf_counter()
        apply_now()
        settle()
        keystrokes.append(time.perf_counter() - started)
    result["keystroke_seconds"] = keystrokes
    result["search_rows"] = table.model().rowCount()
    page.search.blockSignals(True)
    page.search.setText("")
    page.search.blockSignals(False)
    apply_now()
    settle()

    started = time.perf_counter()
    table.scrollToBottom()
    settle()
    result["jump_seconds"] = time.perf_counter() - started
    model = table.model()
    column = next((c for c in range(model.columnCount())
                   if model.headerData(c, Qt.Orientation.Horizontal) == "Planned start"), 0)
    started = time.perf_counter()
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    settle()
    result["sort_seconds"] = time.perf_counter() - started
    shown.close()
    database.close()
    QApplication.processEvents()
    return result


@case
def search(db: str, word: str = "frontière", runs: int = 5) -> dict[str, Any]:
    """Search while typing `word` without the window: per keystroke, what the records page asks
    the services (the count of matches, up to its cap, and the first page of their ids); the
    median of `runs`. Then the exact count the page asks for after a pause in typing, per
    keystroke too. Code without a cap (before it was made) counts exactly at each keystroke."""
    from mouliaison.domain.filtering import Criteria
    from mouliaison.services import record_listing
    from mouliaison.services.database import location_of, open_database
    from mouliaison.services.record_listing import count_listed, listed_ids

    at_most = getattr(record_listing, "COUNTED_WHILE_TYPING", None)
    capped = at_most is not None
    cap: dict[str, Any] = {"at_most": at_most} if capped else {}
    keystrokes: list[float] = []
    exact: list[float] = []
    with open_database(location_of(db)) as database:
        for length in range(1, len(word) + 1):
            criteria = Criteria(search=word[:length])
            times, counting = [], []
            for _ in range(runs):
                started = time.perf_counter()
                shown = count_listed(database, "activity", criteria, **cap)
                listed_ids(database, "activity", criteria, limit=200)
                times.append(time.perf_counter() - started)
                started = time.perf_counter()
                count = count_listed(database, "activity", criteria)
                counting.append(time.perf_counter() - started)
            keystrokes.append(sorted(times)[len(times) // 2])
            exact.append(sorted(counting)[len(counting) // 2])
    return {"keystroke_seconds": keystrokes, "exact_count_seconds": exact, "matches": count,
            "capped": capped, "shown_at_last_keystroke": shown}


# --- preparation (not measured) -------------------------------------------------------------


@case
def make_empty(db: str) -> dict[str, Any]:
    """An empty database, created and migrated as the app does at first start."""
    from mouliaison.services.database import location_of, open_database

    open_database(location_of(db)).close()
    return {}


def main() -> int:
    name, raw = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "{}"
    result = CASES[name](**json.loads(raw))
    result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
