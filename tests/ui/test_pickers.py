"""Pickers find records by their other names, and never drop a name typed that is in no list.

Issue 13 (form13, points 2 and 3): typing "UNHCR", "OIM" or "OMD" finds the organisation or
party named so, as the import and `add` resolve names; text typed into a picker that names no
entry stays there and says why it is not saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mouliaison.domain.default_agreement import IOM_ID, WCO_ID
from mouliaison.services import records
from tests.ui.form_driving import click_first_field, field_of, open_form, press, tab_to, type_in


def test_a_party_is_found_by_its_names_in_french_and_spanish(qtbot, db) -> None:
    _window, form, _ = open_form(qtbot, db)
    form.load("activity")
    click_first_field(form)
    type_in(qtbot, "Atelier Namanga")  # QTest types ASCII only
    tab_to(qtbot, form, "lead_party")
    type_in(qtbot, "oim")
    picker = form.editors["lead_party"]
    completer = picker.combo.completer()
    assert completer.completionCount() == 1  # the popup offers IOM for "oim"
    assert completer.currentCompletion() == "IOM"
    assert field_of(form, press(qtbot, Qt.Key.Key_Tab)) == "status"
    assert picker.value() == IOM_ID
    assert picker.combo.currentText() == "IOM"  # shown by its label once left
    assert form.problem_labels["lead_party"].text() == ""
    form.load("cooperation_request")
    form.editors["requested_party"].setFocus()
    type_in(qtbot, "OMD")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.editors["requested_party"].value() == WCO_ID


def test_an_organisation_is_found_by_its_acronym_in_a_picker_and_a_checklist(qtbot, db) -> None:
    unhcr = records.add_record(db, "organisation", {"name": "United Nations High Commissioner for Refugees",
                                                    "acronym": "UNHCR"})
    records.add_record(db, "organisation", {"name": "Kenya Revenue Authority", "acronym": "KRA"})
    _window, form, _ = open_form(qtbot, db)
    form.load("contact")
    click_first_field(form)
    type_in(qtbot, "Amina Yusuf")
    tab_to(qtbot, form, "organisation")
    type_in(qtbot, "UNHCR")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.editors["organisation"].value() == unhcr
    assert form.editors["organisation"].combo.currentText() == "United Nations High Commissioner for Refugees"
    form.discard()
    form.load("activity")
    checklist = form.editors["organisations"]
    checklist.filter.setFocus()
    type_in(qtbot, "unhcr")
    assert checklist.model.rowCount() == 1
    press(qtbot, Qt.Key.Key_Return)  # ticks the one entry shown
    assert checklist.value() == (unhcr,)
    assert checklist.filter.text() == ""
    form.discard()


def test_a_name_typed_in_a_checklist_that_is_not_ticked_is_kept_and_said(qtbot, db) -> None:
    records.add_record(db, "organisation", {"name": "Kenya Revenue Authority", "acronym": "KRA"})
    _window, form, outside = open_form(qtbot, db)
    form.load("activity")
    click_first_field(form)
    type_in(qtbot, "Border workshop")
    checklist = form.editors["organisations"]
    checklist.filter.setFocus()
    type_in(qtbot, "Busia Women Traders")
    outside.setFocus()  # left without ticking anything
    assert checklist.filter.text() == "Busia Women Traders"  # not dropped
    said = form.problem_labels["organisations"].text()
    assert "'Busia Women Traders' is not in the list" in said
    assert not form.save_button.isEnabled() and form.dirty
    checklist.filter.setFocus()
    checklist.filter.selectAll()
    type_in(qtbot, "KRA")
    outside.setFocus()
    assert "'KRA' is typed but not ticked" in form.problem_labels["organisations"].text()
    checklist.filter.clear()
    assert form.problem_labels["organisations"].text() == ""
    form.discard()


def test_a_name_typed_in_a_picker_that_names_no_record_is_kept_and_refused_on_save(qtbot, db) -> None:
    _window, form, _ = open_form(qtbot, db)
    form.load("activity")
    click_first_field(form)
    type_in(qtbot, "Border workshop")
    tab_to(qtbot, form, "lead_party")
    type_in(qtbot, "Nobody Org")
    press(qtbot, Qt.Key.Key_Tab)
    picker = form.editors["lead_party"]
    assert picker.combo.currentText() == "Nobody Org"  # kept
    assert "'Nobody Org' is not in the list" in form.problem_labels["lead_party"].text()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.record_id is None  # nothing saved
    assert picker.combo.currentText() == "Nobody Org"
    form.discard()


def test_tab_takes_the_one_entry_the_completer_offers_and_no_other(qtbot, db) -> None:
    """Seen in the trial: "amina" typed in a focal point's Contact, the popup showing Amina Yusuf
    alone, then Tab: the box kept "amina" and refused it. Tab takes the one completion shown; with
    several offered, the text stays as typed and the form says why it is not saved."""
    amina = records.add_record(db, "contact", {"full_name": "Amina Yusuf"})
    records.add_record(db, "contact", {"full_name": "Aminata Diallo"})
    _window, form, _ = open_form(qtbot, db)
    form.load("focal_point")
    click_first_field(form)
    type_in(qtbot, "yus")
    assert field_of(form, press(qtbot, Qt.Key.Key_Tab)) == "party"
    contact = form.editors["contact"]
    assert contact.value() == amina and contact.combo.currentText() == "Amina Yusuf"
    assert form.problem_labels["contact"].text() == ""
    contact.combo.setFocus()
    contact.combo.lineEdit().selectAll()
    type_in(qtbot, "amin")  # two contacts
    press(qtbot, Qt.Key.Key_Tab)
    assert contact.combo.currentText() == "amin"
    assert "'amin' is not in the list" in form.problem_labels["contact"].text()
    form.discard()
