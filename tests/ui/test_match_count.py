"""Search as you type counts matches up to a cap; the exact count follows after a pause in typing,
off the UI thread, and a count of an older search text never shows."""

from __future__ import annotations

import threading
import time

import pytest

from mouliaison.services import records
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.office import set_office
from mouliaison.ui import match_count, record_table_model
from mouliaison.ui.main_window import MainWindow

TITLES = ["Border post A", "Border post B", "Border post C", "Border post D", "Border post E",
          "Borderland census", "Joint patrol training"]


@pytest.fixture
def window(qtbot, db, monkeypatch):
    """Seven activities, a first page of 2 ids and matches counted up to 3 (so: more than 2)."""
    monkeypatch.setattr(record_table_model, "PAGE", 2)
    monkeypatch.setattr(record_table_model, "COUNTED", 3)
    monkeypatch.setattr(match_count, "DELAY_MS", 100)
    for title in TITLES:
        records.add_record(db, "activity", {"title": title, "status": "planned"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    labels: list[str] = []
    window.records.count_changed.connect(labels.append)
    window.labels = labels
    yield window
    window.records.match_count.forget()
    window.records.match_count.wait()


def test_the_label_shows_the_capped_count_then_the_exact_count(qtbot, window):
    qtbot.keyClicks(window.records.search, "bor")
    qtbot.waitUntil(lambda: "more than 2 shown" in window.count_label.text(), timeout=3000)
    assert window.model.rowCount() == 2 and not window.model.count_is_exact
    qtbot.waitUntil(lambda: "(6 shown)" in window.count_label.text(), timeout=3000)
    assert window.model.count_is_exact and window.model.rowCount() == 6
    titles = {window.model.record(row).values["title"] for row in range(6)}
    assert titles == set(TITLES[:6])
    assert window.labels.index("Joint activities: 7 (more than 2 shown)") < window.labels.index(
        "Joint activities: 7 (6 shown)")


def test_a_search_with_few_matches_is_counted_at_once(qtbot, window):
    qtbot.keyClicks(window.records.search, "patrol")
    qtbot.waitUntil(lambda: "(1 shown)" in window.count_label.text(), timeout=3000)
    assert window.model.count_is_exact and not window.records.match_count.pending
    assert not any("more than" in label for label in window.labels)


def test_the_filters_alone_are_counted_exactly(qtbot, window):
    """No search text: the count is exact at once, whatever the cap (an Overview count clicked, a filter)."""
    window.records.reload()
    assert window.model.count_is_exact and window.model.rowCount() == 7
    assert window.count_label.text() == "Joint activities: 7"
    assert not window.records.match_count.pending


def test_a_count_of_an_older_search_text_never_shows(qtbot, window, monkeypatch):
    """"bor" is being counted (slowly) when the person types on: its 6 never shows, the 5 of "bor post" does."""
    started, release = threading.Event(), threading.Event()
    real = match_count.count_listed

    def slow_for_bor(db, type_name, criteria):
        if criteria.search == "bor":
            started.set()
            release.wait(5)
        return real(db, type_name, criteria)

    monkeypatch.setattr(match_count, "count_listed", slow_for_bor)
    qtbot.keyClicks(window.records.search, "bor")
    qtbot.waitUntil(started.is_set, timeout=3000)  # the exact count of "bor" runs
    qtbot.keyClicks(window.records.search, " post")
    qtbot.waitUntil(lambda: window.model.criteria.search == "bor post", timeout=3000)
    assert "more than 2 shown" in window.count_label.text()
    release.set()  # "bor" counted now: 6, for a search no longer shown
    qtbot.waitUntil(lambda: "(5 shown)" in window.count_label.text(), timeout=3000)
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:
        qtbot.wait(20)
    assert not any("(6 shown)" in label for label in window.labels)
    assert window.model.rowCount() == 5 and "(5 shown)" in window.count_label.text()


@pytest.fixture
def slow_first_count(monkeypatch):
    """The first exact count of "bor" reads the database, then waits for `release` before it answers:
    a count whose reading was done before a change committed, delivered after it."""
    started, release = threading.Event(), threading.Event()
    real = match_count.count_listed
    calls: list[int] = []

    def slow_once(db, type_name, criteria):
        number = real(db, type_name, criteria)
        if criteria.search == "bor" and not calls:
            calls.append(number)
            started.set()
            release.wait(10)
        return number

    monkeypatch.setattr(match_count, "count_listed", slow_once)
    yield started, release, calls
    release.set()


def settle(qtbot, milliseconds: int = 300) -> None:
    deadline = time.monotonic() + milliseconds / 1000
    while time.monotonic() < deadline:
        qtbot.wait(20)


def matching_titles(window) -> set[str]:
    return {window.model.record(row).values["title"] for row in range(window.model.rowCount())}


def test_a_count_made_before_an_import_never_shows_after_it(qtbot, window, make_db, tmp_path, slow_first_count):
    """The exact count of "bor" (6) is read, then an import through File > Import brings three more
    matches before it answers: the window shows 9, never the 6 counted before the import."""
    source = make_db("nairobi")
    set_office(source, "Nairobi", "IOM")
    for title in ("Border post F", "Border post G", "Borderless trade fair", "Migration data workshop"):
        records.add_record(source, "activity", {"title": title, "status": "planned"})
    workbook = tmp_path / "2026-11-28_iom-nairobi_partner.xlsx"
    export_workbook(source, workbook)

    started, release, calls = slow_first_count
    qtbot.keyClicks(window.records.search, "bor")
    qtbot.waitUntil(started.is_set, timeout=3000)  # 6 counted; the answer waits
    assert calls == [6]

    dialog = window.show_import([workbook])
    qtbot.waitUntil(lambda: dialog.state == "previewed", timeout=20_000)
    if dialog.trust_keys.isVisibleTo(dialog):
        dialog.trust_keys.setChecked(True)  # the person checked the new office's fingerprint
        qtbot.waitUntil(lambda: dialog.state == "previewed" and dialog.import_button.isEnabled(), timeout=20_000)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert "more than 2 shown" in window.count_label.text()  # the window reloaded: capped again

    release.set()  # the count made before the import answers now
    qtbot.waitUntil(lambda: window.model.count_is_exact, timeout=5000)
    settle(qtbot)
    assert window.count_label.text() == "Joint activities: 11 (9 shown)"
    assert not any("(6 shown)" in label for label in window.labels)
    assert window.model.rowCount() == 9
    assert matching_titles(window) == set(TITLES[:6]) | {"Border post F", "Border post G", "Borderless trade fair"}


def test_a_count_made_before_a_save_never_shows_after_it(qtbot, window, slow_first_count):
    """The person saves a new matching record in the form while the count of "bor" is on its way:
    the window shows 7 matches, never the 6 counted before the save."""
    started, release, calls = slow_first_count
    qtbot.keyClicks(window.records.search, "bor")
    qtbot.waitUntil(started.is_set, timeout=3000)
    assert calls == [6]

    window.records.new_record()
    qtbot.keyClicks(window.records.form.editors["title"].input, "Border post Z")
    window.records.save()
    assert window.records.form.record_id is not None and not window.records.form.dirty

    release.set()
    qtbot.waitUntil(lambda: window.model.count_is_exact, timeout=5000)
    settle(qtbot)
    assert window.count_label.text() == "Joint activities: 8 (7 shown)"
    assert not any("(6 shown)" in label for label in window.labels)
    assert window.model.rowCount() == 7
    assert "Border post Z" in matching_titles(window)


def test_a_count_made_before_a_resolution_never_shows(qtbot, window, make_db, tmp_path, slow_first_count):
    """The count of "bor" (7) is on its way when the person opens Conflicts and deletes a matching
    activity there: the Conflicts page's status bar shows no count of the records page (its total
    of 8 is stale after the resolution), and the records page, shown again, counts 6, never 7."""
    nairobi = make_db("nairobi")
    set_office(nairobi, "IOM Nairobi", "IOM")
    set_office(window.db, "WCO Kampala", "WCO")

    def send(name: str) -> None:
        export_workbook(nairobi, tmp_path / name)
        assert import_workbooks(window.db, [tmp_path / name], trust_new_keys=True).applied

    record = records.add_record(nairobi, "activity", {"title": "Border post H", "places": "Busia"})
    send("first.xlsx")
    records.delete_record(nairobi, "activity", record)
    records.edit_record(window.db, "activity", record, {"places": "Malaba"})
    send("second.xlsx")  # deleted there, edited here: a conflict
    window.reload()  # as after the window's own import

    started, release, calls = slow_first_count
    qtbot.keyClicks(window.records.search, "bor")
    qtbot.waitUntil(started.is_set, timeout=3000)
    assert calls == [7]
    window.show_page("conflicts")
    assert window.count_label.text() == "Conflicts (1)"
    window.conflicts.delete_record.click()  # Border post H deleted
    assert window.conflicts.count == 0

    release.set()
    settle(qtbot)
    assert window.count_label.text() == "Conflicts (1)"  # the navigation's text, as it was when the page opened
    window.show_type("activity")
    qtbot.waitUntil(lambda: window.model.count_is_exact, timeout=5000)
    settle(qtbot)
    assert window.count_label.text() == "Joint activities: 7 (6 shown)"
    assert not any("(7 shown)" in label for label in window.labels)
    assert matching_titles(window) == set(TITLES[:6])
