"""The conflicts page, over real conflicts made by two offices exchanging workbooks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from mouliaison.services import records
from mouliaison.services.conflicts import list_conflicts
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.office import set_office
from mouliaison.ui import conflict_list_model
from mouliaison.ui.conflicts_page import ConflictsPage
from mouliaison.ui.language import install_translators, remove_translators


def screenshot_folder(tmp_path: Path) -> Path:
    """tmp_path; MOULIAISON_SCREENSHOTS=docs refreshes the README's pictures instead."""
    return Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)


class Offices:
    """Two offices, each with its own database, exchanging workbooks."""

    def __init__(self, make_db, folder: Path) -> None:
        self.nairobi, self.kampala = make_db("nairobi"), make_db("kampala")
        set_office(self.nairobi, "IOM Nairobi", "IOM", "regional", "KEN")
        set_office(self.kampala, "WCO Kampala", "WCO", "field", "UGA")
        self.folder = folder
        self.sent = 0

    def send(self, sender, receiver, name: str | None = None) -> None:
        self.sent += 1
        path = self.folder / (name or f"exchange-{self.sent}.xlsx")
        export_workbook(sender, path)
        result = import_workbooks(receiver, [path], trust_new_keys=True)
        assert result.applied and not result.refused

    def shared(self, **values: str) -> str:
        """An activity made in Nairobi and known to Kampala."""
        record = records.add_record(self.nairobi, "activity", values)
        self.send(self.nairobi, self.kampala)
        return record


@pytest.fixture
def offices(make_db, tmp_path: Path) -> Offices:
    return Offices(make_db, tmp_path)


def places_conflict(offices: Offices, title: str = "Joint training", mine: str = "Namanga",
                    theirs: str = "Malaba") -> str:
    record = offices.shared(title=title, places="Busia")
    records.edit_record(offices.nairobi, "activity", record, {"places": theirs})
    records.edit_record(offices.kampala, "activity", record, {"places": mine})
    offices.send(offices.nairobi, offices.kampala, f"nairobi-{offices.sent}.xlsx")
    return record


def delete_conflict(offices: Offices) -> str:
    record = offices.shared(title="Awareness campaign", places="Busia")
    records.delete_record(offices.nairobi, "activity", record)
    records.edit_record(offices.kampala, "activity", record, {"places": "Malaba"})
    offices.send(offices.nairobi, offices.kampala, "nairobi-deleted.xlsx")
    return record


def open_page(qtbot, db) -> ConflictsPage:
    page = ConflictsPage(db)
    qtbot.addWidget(page)
    return page


def row_texts(page: ConflictsPage, row: int) -> list[str]:
    return [page.model.index(row, column).data() for column in range(page.model.columnCount())]


def texts(page: ConflictsPage, name: str) -> list[str]:
    return [label.text() for label in page.detail.findChildren(QLabel, name) if label.isVisibleTo(page)]


def test_the_conflict_is_listed_with_each_value_its_office_time_and_file(qtbot, offices) -> None:
    places_conflict(offices)
    page = open_page(qtbot, offices.kampala)
    assert page.count == 1 and page.count_label.text() == "Open conflicts: 1"
    assert row_texts(page, 0) == ["Joint training", "Places", "2"]
    view = page.selected()
    assert view is not None and view.field == "places"
    assert "Places" in page.title_label.text() and "Joint training" in page.title_label.text()
    assert sorted(texts(page, "competingText")) == ["Malaba", "Namanga"]
    facts = texts(page, "competingFacts")
    assert any("IOM Nairobi" in f and "nairobi-1.xlsx" in f for f in facts)
    assert any("this office" in f and "made here" in f for f in facts)
    assert all("device time: " in f and " UTC" in f for f in facts)
    assert [b.text() for b in page.value_buttons] == ["Keep this (&1)", "Keep this (&2)"]
    shown_now = [f for f in page.detail.findChildren(QFrame, "competingValue")
                 if any(label.text() == "shown now" for label in f.findChildren(QLabel))]
    assert len(shown_now) == 1  # only the value shown by default
    assert page.use_value.text() == "&Use this value" and page.other_row.isVisibleTo(page)
    assert not page.delete_row.isVisibleTo(page)


def test_each_side_names_the_office_key_that_vouches_for_it(qtbot, offices) -> None:
    from mouliaison.domain import signing
    from mouliaison.services import keys

    places_conflict(offices)
    nairobi, kampala = keys.own_key(offices.nairobi).fingerprint, keys.own_key(offices.kampala).fingerprint
    view = list_conflicts(offices.kampala)[0]
    by_office = {v.office: v for v in view.values}
    assert by_office["IOM Nairobi"].signed_by == nairobi and by_office["IOM Nairobi"].signer_office == "IOM Nairobi"
    assert by_office["this office"].signed_by == kampala
    assert {v["signed_by"] for v in view.to_json()["values"]} == {nairobi, kampala}
    page = open_page(qtbot, offices.kampala)
    facts = texts(page, "competingFacts")
    assert any(f"key: IOM Nairobi's, {signing.shown(nairobi)}" in f for f in facts)
    assert any(f"key: this office's, {signing.shown(kampala)}" in f for f in facts)


def test_keep_this_resolves_it_and_the_count_signal_fires(qtbot, offices) -> None:
    record = places_conflict(offices)
    page = open_page(qtbot, offices.kampala)
    view = page.selected()
    malaba = next(i for i, v in enumerate(view.values) if v.shown == "Malaba")
    with qtbot.waitSignal(page.count_changed, timeout=1000) as signal:
        page.value_buttons[malaba].click()
    assert signal.args == [0]
    assert list_conflicts(offices.kampala) == []
    assert page.model.rowCount() == 0 and page.count == 0
    assert records.show_record(offices.kampala, "activity", record).values["places"] == "Malaba"
    assert "No open conflicts" in page.empty_label.text() and page.empty_label.isVisibleTo(page)
    assert not page.message.isVisibleTo(page)


def test_another_value_refused_is_a_message_then_accepted(qtbot, offices) -> None:
    record = offices.shared(title="Training", participants_women="3")
    records.edit_record(offices.nairobi, "activity", record, {"participants_women": "4"})
    records.edit_record(offices.kampala, "activity", record, {"participants_women": "5"})
    offices.send(offices.nairobi, offices.kampala)
    page = open_page(qtbot, offices.kampala)
    fired: list[int] = []
    page.count_changed.connect(fired.append)
    page.other_value.setText("many")
    page.use_value.click()
    assert page.message.isVisibleTo(page) and "many" in page.message.text()
    assert page.count == 1 and fired == [] and page.other_value.text() == "many"
    page.other_value.setText("9")
    page.use_value.click()
    assert fired == [0] and not page.message.isVisibleTo(page)
    assert records.show_record(offices.kampala, "activity", record).values["participants_women"] == 9


def test_a_resolution_made_elsewhere_meanwhile_is_a_message_not_a_crash(qtbot, offices) -> None:
    places_conflict(offices)
    page = open_page(qtbot, offices.kampala)
    [conflict] = list_conflicts(offices.kampala)
    from mouliaison.services.conflicts import resolve_conflict

    resolve_conflict(offices.kampala, conflict.id, value="Lwakhakha")  # another window, say
    page.value_buttons[0].click()
    assert "no open conflict" in page.message.text()
    assert page.count == 0


def test_delete_against_edit_offers_keep_or_delete(qtbot, offices) -> None:
    record = delete_conflict(offices)
    page = open_page(qtbot, offices.kampala)
    view = page.selected()
    assert view is not None and view.field == "_deleted"
    assert row_texts(page, 0)[1] == "Delete or keep"
    assert "deleted by one office, edited by another" in page.title_label.text()
    assert page.delete_row.isVisibleTo(page) and not page.other_row.isVisibleTo(page)
    assert page.value_buttons == []
    assert page.keep_record.text() == "&Keep the record" and page.delete_record.text() == "&Delete it"
    assert sorted(texts(page, "competingText")) == ["Deleted", "Kept, with its edits"]
    with qtbot.waitSignal(page.count_changed, timeout=1000):
        page.keep_record.click()
    kept = records.show_record(offices.kampala, "activity", record)
    assert not kept.deleted and kept.values["places"] == "Malaba"
    assert page.count == 0


def test_delete_it_deletes_the_record(qtbot, offices) -> None:
    record = delete_conflict(offices)
    page = open_page(qtbot, offices.kampala)
    page.delete_record.click()
    assert records.show_record(offices.kampala, "activity", record).deleted
    assert page.count == 0 and list_conflicts(offices.kampala) == []


def test_the_next_conflict_is_selected_after_a_resolution(qtbot, offices) -> None:
    places_conflict(offices, "First training")
    places_conflict(offices, "Second training")
    page = open_page(qtbot, offices.kampala)
    assert page.count == 2
    page.value_buttons[0].click()
    assert page.count == 1 and page.selected() is not None
    assert len(page.value_buttons) == 2


def test_screenshot(qtbot, offices, tmp_path: Path) -> None:
    places_conflict(offices, "Joint training on document fraud")
    places_conflict(offices, "OSBP risk assessment, Busia", "Busia OSBP", "Busia and Malaba OSBPs")
    delete_conflict(offices)
    page = open_page(qtbot, offices.kampala)
    page.resize(900, 640)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)  # the scroll area settles its layout on the event loop
    picture = screenshot_folder(tmp_path) / "conflicts.png"
    image = page.grab().toImage()
    assert image.save(str(picture), "PNG")
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 10
    assert all(isinstance(b, QPushButton) for b in page.value_buttons)
    page.conflicts.setCurrentIndex(page.model.index(2, 0))  # the delete against an edit, to look at
    assert page.delete_row.isVisibleTo(page)
    assert page.grab().toImage().save(str(tmp_path / "conflicts-delete.png"), "PNG")


def many_conflicts(offices: Offices, count: int) -> list[str]:
    """`count` activities whose places Nairobi and Kampala both changed: a conflict each."""
    made = [records.add_record(offices.nairobi, "activity", {"title": f"Training {n:02d}", "places": "Busia"})
            for n in range(count)]
    offices.send(offices.nairobi, offices.kampala)
    for n, record in enumerate(made):
        records.edit_record(offices.nairobi, "activity", record, {"places": f"Malaba {n}"})
        records.edit_record(offices.kampala, "activity", record, {"places": f"Namanga {n}"})
    offices.send(offices.nairobi, offices.kampala, "nairobi-many.xlsx")
    return made


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(conflict_list_model, "BLOCK", 4)
    return 4


def shown_page(qtbot, db, height: int = 320) -> ConflictsPage:
    page = ConflictsPage(db, load=False)  # as the window makes it: read when shown
    qtbot.addWidget(page)
    page.resize(900, height)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.grab()  # painted: the rows in view are read
    return page


def test_only_the_rows_in_view_are_read_then_more_as_the_list_scrolls(qtbot, offices, small_blocks) -> None:
    many_conflicts(offices, 30)
    page = shown_page(qtbot, offices.kampala)
    assert page.count == 30 and page.model.rowCount() == 30
    assert page.count_label.text() == "Open conflicts: 30"  # all of them counted, not all read
    read = page.model.loaded_rows()
    assert 0 < read < 30 and read % small_blocks == 0
    assert row_texts(page, 0) == ["Training 00", "Places", "2"]
    page.conflicts.scrollToBottom()
    page.grab()
    assert page.model.loaded_rows() > read
    assert page.model.view(29) is not None and page.model.loaded_rows() <= 30


def test_the_rows_read_in_blocks_are_those_read_all_at_once(qtbot, offices, small_blocks) -> None:
    many_conflicts(offices, 10)
    page = shown_page(qtbot, offices.kampala)
    everything = list_conflicts(offices.kampala)  # what the command line lists
    assert [page.model.view(row) for row in range(page.model.rowCount())] == everything
    assert page.model.blocks_read == 3


def test_the_keyboard_walks_the_list_into_blocks_not_read_yet(qtbot, offices, small_blocks) -> None:
    many_conflicts(offices, 30)
    page = shown_page(qtbot, offices.kampala)
    page.conflicts.setFocus()
    qtbot.keyClick(page.conflicts, Qt.Key.Key_End)
    assert page.conflicts.currentIndex().row() == 29
    view = page.selected()
    assert view is not None and view.record_title in page.title_label.text()
    assert len(page.value_buttons) == 2
    qtbot.keyClick(page.conflicts, Qt.Key.Key_Up)
    assert page.conflicts.currentIndex().row() == 28 and page.selected() != view


def test_resolving_one_far_down_the_list_selects_the_next_and_counts_again(qtbot, offices, small_blocks) -> None:
    made = many_conflicts(offices, 30)
    page = shown_page(qtbot, offices.kampala)
    page.conflicts.setCurrentIndex(page.model.index(25, 0))
    view = page.selected()
    assert view is not None
    following = page.model.view(26)
    keep = next(i for i, v in enumerate(view.values) if v.shown.startswith("Malaba"))
    scrolled = page.conflicts.verticalScrollBar().value()
    assert scrolled > 0
    with qtbot.waitSignal(page.count_changed, timeout=1000) as signal:
        page.value_buttons[keep].click()
    assert page.conflicts.verticalScrollBar().value() == scrolled  # the list stays where it was
    assert signal.args == [29] and page.count_label.text() == "Open conflicts: 29"
    assert page.conflicts.currentIndex().row() == 25 and page.selected() == following
    assert view.id not in page.model.ids and len(list_conflicts(offices.kampala)) == 29
    record = view.record_id
    assert record in made
    assert records.show_record(offices.kampala, "activity", record).values["places"] == view.values[keep].shown
    assert page.model.loaded_rows() < 29  # read again in blocks, not all at once


def status_and_party_conflict(offices: Offices) -> str:
    record = offices.shared(title="Joint patrol", status="planned")
    records.edit_record(offices.nairobi, "activity", record, {"status": "ongoing", "lead_party": "IOM"})
    records.edit_record(offices.kampala, "activity", record, {"status": "completed", "lead_party": "WCO"})
    offices.send(offices.nairobi, offices.kampala)
    return record


def test_a_code_reads_as_its_label_and_a_reference_as_the_record_it_names(qtbot, offices) -> None:
    status_and_party_conflict(offices)
    page = open_page(qtbot, offices.kampala)
    assert [row_texts(page, row)[1] for row in range(2)] == ["Lead party", "Status"]
    assert sorted(texts(page, "competingText")) == ["IOM", "WCO"]  # not the parties' ids
    assert any("“IOM”" in b.toolTip() for b in page.value_buttons)
    page.conflicts.setCurrentIndex(page.model.index(1, 0))
    assert sorted(texts(page, "competingText")) == ["Completed", "Ongoing"]  # not the codes


def test_the_page_speaks_french(qtbot, qapp, offices) -> None:
    places_conflict(offices)
    status_and_party_conflict(offices)
    translators = install_translators(qapp, "fr")
    try:
        page = open_page(qtbot, offices.kampala)
        assert page.count_label.text() == "Conflits ouverts : 3"
        assert row_texts(page, 0) == ["Joint training", "Lieux", "2"]
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Fiche"
        assert "Lieux" in page.title_label.text() and "Places" not in page.title_label.text()
        assert page.title_label.text().startswith("Activité")
        assert any("Bureau : ce bureau" in f for f in texts(page, "competingFacts"))
        assert page.use_value.text() == "&Utiliser cette valeur"
        page.conflicts.setCurrentIndex(page.model.index(2, 0))
        assert sorted(texts(page, "competingText")) == ["En cours", "Terminée"]
    finally:
        remove_translators(qapp, translators)


def test_in_the_window_a_resolution_shows_on_the_records_page_when_it_is_shown_again(qtbot, offices) -> None:
    from mouliaison.ui.main_window import MainWindow

    record = places_conflict(offices)
    window = MainWindow(offices.kampala)
    qtbot.addWidget(window)
    window.show_page("activity")
    reloads = []
    window.records.reload = lambda *a, _real=window.records.reload, **k: (reloads.append(1), _real(*a, **k))[1]
    window.show_page("conflicts")
    view = window.conflicts.selected()
    malaba = next(i for i, v in enumerate(view.values) if v.shown == "Malaba")
    window.conflicts.value_buttons[malaba].click()
    assert reloads == []  # the hidden records page is not read again at each resolution
    assert window.conflicts_item.text() == "Conflicts"
    window.show_page("activity")
    model = window.records.model
    places = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Places")
    row = window.records.model.row_of(record)
    assert model.index(row, places).data() == "Malaba"
