"""The possible duplicates dialog (Tools ▸ Possible duplicates…), over a real database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mouliaison.domain.validation import Invalid, Problem
from mouliaison.services import records
from mouliaison.ui import duplicates_dialog
from mouliaison.ui.duplicates_dialog import DuplicatesDialog
from mouliaison.ui.main_window import MainWindow


def screenshot_folder(tmp_path: Path) -> Path:
    """tmp_path; MOULIAISON_SCREENSHOTS=docs refreshes the README's pictures instead."""
    return Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)


@pytest.fixture
def pair(db) -> tuple[str, str]:
    jose = records.add_record(db, "contact", {"full_name": "José Díaz", "email": "jose.diaz@example.org"})
    diaz = records.add_record(db, "contact", {"full_name": "DIAZ jose", "phone": "+254 700 111 002"})
    return jose, diaz


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """QMessageBox.question answers Yes and records the question; warnings are recorded."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(duplicates_dialog.QMessageBox, "question", question)
    monkeypatch.setattr(duplicates_dialog.QMessageBox, "warning", lambda _p, _t, text: asked.append(f"warning: {text}"))
    return asked


def open_dialog(qtbot, db, type_name: str = "contact") -> DuplicatesDialog:
    dialog = DuplicatesDialog(db, type_name=type_name)
    qtbot.addWidget(dialog)
    return dialog


def field_row(dialog: DuplicatesDialog, label: str) -> list[str]:
    for row in range(dialog.compare.rowCount()):
        if dialog.compare.item(row, 0).text() == label:
            return [dialog.compare.item(row, c).text() for c in (1, 2)]
    raise KeyError(label)


def test_the_pair_is_listed_with_both_records_side_by_side(qtbot, db, pair) -> None:
    dialog = open_dialog(qtbot, db)
    assert dialog.pairs.topLevelItemCount() == 1
    item = dialog.pairs.topLevelItem(0)
    assert {item.text(1), item.text(2)} == {"José Díaz", "DIAZ jose"}
    assert "order" in item.text(3)  # the reasons
    assert dialog.selected() is not None
    left, right = field_row(dialog, "Full name")
    assert (left, right) == (item.text(1), item.text(2))
    assert sorted(field_row(dialog, "Email")) == ["jose.diaz@example.org", "—"]
    assert dialog.keep_left.isEnabled() and dialog.distinct.isEnabled()
    assert dialog.keep_left.text() == "Keep &left, merge right into it"


def test_merge_keeps_one_deletes_the_other_and_empties_the_list(qtbot, db, pair, answers) -> None:
    dialog = open_dialog(qtbot, db)
    view = dialog.selected()
    dialog.keep_left.click()
    assert len(answers) == 1 and view.first_title in answers[0] and view.second_title in answers[0]
    assert records.show_record(db, "contact", view.second).deleted
    kept = records.show_record(db, "contact", view.first)
    assert not kept.deleted
    assert kept.values["email"] and kept.values["phone"]  # empty fields filled from the duplicate
    assert dialog.pairs.topLevelItemCount() == 0
    assert not dialog.keep_left.isEnabled()
    assert dialog.changed


def test_keep_right_merges_the_left_one(qtbot, db, pair, answers) -> None:
    dialog = open_dialog(qtbot, db)
    view = dialog.selected()
    dialog.keep_right.click()
    assert records.show_record(db, "contact", view.first).deleted
    assert not records.show_record(db, "contact", view.second).deleted


def test_answering_no_changes_nothing(qtbot, db, pair, monkeypatch) -> None:
    monkeypatch.setattr(duplicates_dialog.QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog = open_dialog(qtbot, db)
    dialog.keep_left.click()
    assert dialog.pairs.topLevelItemCount() == 1
    assert not any(records.show_record(db, "contact", i).deleted for i in pair)
    assert not dialog.changed


def test_not_a_duplicate_removes_the_pair(qtbot, db, pair) -> None:
    dialog = open_dialog(qtbot, db)
    dialog.distinct.click()
    assert dialog.pairs.topLevelItemCount() == 0
    assert dialog.changed
    assert open_dialog(qtbot, db).pairs.topLevelItemCount() == 0  # it stays decided
    assert not any(records.show_record(db, "contact", i).deleted for i in pair)


def test_a_refused_merge_is_a_message_not_a_crash(qtbot, db, pair, answers, monkeypatch) -> None:
    def refuse(*_args):
        raise Invalid([Problem("id", "no contact with id x")])

    monkeypatch.setattr(duplicates_dialog, "merge_duplicates", refuse)
    dialog = open_dialog(qtbot, db)
    dialog.keep_left.click()
    assert answers[-1] == "warning: id: no contact with id x"
    assert dialog.pairs.topLevelItemCount() == 1
    assert not dialog.changed


def test_organisations_through_the_type_chooser(qtbot, db, pair) -> None:
    records.add_record(db, "organisation", {"name": "Kenya Revenue Authority", "acronym": "KRA"})
    records.add_record(db, "organisation", {"name": "kenya revenue authority"})
    dialog = open_dialog(qtbot, db)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("organisation"))
    assert dialog.type_name == "organisation"
    assert dialog.pairs.topLevelItemCount() == 1
    assert sorted(field_row(dialog, "Acronym")) == ["KRA", "—"]


def test_no_pairs_disables_the_actions(qtbot, db) -> None:
    dialog = open_dialog(qtbot, db)
    assert dialog.pairs.topLevelItemCount() == 0
    assert not any(b.isEnabled() for b in (dialog.keep_left, dialog.keep_right, dialog.distinct))
    assert dialog.compare.rowCount() == 0


def test_the_main_window_reloads_after_a_merge(qtbot, db, pair, answers) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show_type("contact")
    assert window.model.rowCount() == 2
    window.duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.keep_left.click()
    assert window.model.rowCount() == 1
    dialog.close_button.click()
    assert window.model.rowCount() == 1


def test_the_main_window_does_not_reload_when_nothing_was_decided(qtbot, db, pair, monkeypatch) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    reloads = []
    monkeypatch.setattr(window, "reload", lambda: reloads.append(1))
    window.duplicates_action.trigger()
    window.findChild(DuplicatesDialog).close_button.click()
    assert reloads == []


def test_screenshot(qtbot, db, tmp_path: Path) -> None:
    kra = records.add_record(
        db, "organisation", {"name": "Kenya Revenue Authority", "acronym": "KRA", "country": "KEN"}
    )
    for values in (
        {
            "full_name": "José Díaz",
            "title": "Border management officer",
            "party": "IOM",
            "email": "jose.diaz@example.org",
            "languages": "es,en",
        },
        {
            "full_name": "DIAZ jose",
            "organisation": kra,
            "phone": "+254 700 111 002",
            "email": "jose.diaz@example.org",
            "notes": "Met at the Namanga one-stop border post",
        },
        {"full_name": "Amina Yusuf", "party": "WCO", "email": "amina.yusuf@example.org"},
        {"full_name": "Amina Yussuf", "party": "WCO", "phone": "+254 700 111 001"},
        {"full_name": "Wanjiru Kamau", "organisation": kra, "phone": "+254 700 111 003"},
        {"full_name": "W. Kamau", "phone": "+254700111003"},
    ):
        records.add_record(db, "contact", values)
    dialog = open_dialog(qtbot, db)
    dialog.resize(900, 580)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pairs.topLevelItemCount() >= 2
    picture = screenshot_folder(tmp_path) / "duplicates.png"
    image = dialog.grab().toImage()
    assert image.save(str(picture), "PNG")
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 10


def test_the_reasons_are_in_the_windows_language(qtbot, db, pair, language) -> None:
    records.add_record(db, "contact", {"full_name": "Jose Diaz", "email": "JOSE.DIAZ@example.org"})
    dialog = open_dialog(qtbot, db)
    reasons = " ; ".join(dialog.pairs.topLevelItem(n).text(3) for n in range(dialog.pairs.topLevelItemCount()))
    said = {"fr": ("même nom", "même adresse électronique"), "es": ("mismo nombre", "mismo correo electrónico")}
    for words in said[language]:
        assert words in reasons, reasons
    assert "same" not in reasons
