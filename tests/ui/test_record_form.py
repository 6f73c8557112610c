"""The record form: any record type, built from its fields, over a real database."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QMessageBox

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.services import records
from mouliaison.ui import form_choices, record_form
from mouliaison.ui.field_widgets import DateEditor
from mouliaison.ui.mnemonics import taken_letters
from mouliaison.ui.picker_editors import PickEditor, PicksEditor
from mouliaison.ui.record_form import RecordForm


def screenshot_folder(tmp_path: Path) -> Path:
    """tmp_path; MOULIAISON_SCREENSHOTS=docs refreshes the README's pictures instead."""
    return Path(os.environ.get("MOULIAISON_SCREENSHOTS") or tmp_path)


@pytest.fixture
def form(qtbot, db) -> RecordForm:
    widget = RecordForm(db)
    qtbot.addWidget(widget)
    widget.resize(820, 900)
    return widget


@pytest.fixture
def samples(db) -> dict[str, str]:
    """One record of every type, each naming the others where it can."""
    add = records.add_record
    ids = {"agreement": records.list_records(db, "agreement")[0].id}
    ids["party"] = next(r.id for r in records.list_records(db, "party") if r.values["code"] == "IOM")
    ids["organisation"] = add(db, "organisation", {"name": "Kenya Revenue Authority", "acronym": "KRA",
                                                   "organisation_type": "customs", "country": "KEN"})
    ids["office"] = add(db, "office", {"name": "IOM Nairobi", "party": "IOM", "level": "country",
                                       "country": "KEN", "town": "Nairobi", "other_party_present": True})
    ids["contact"] = add(db, "contact", {"full_name": "Amina Yusuf", "email": "amina.yusuf@example.org",
                                         "phone": "+254 700 111 000", "organisation": ids["organisation"],
                                         "party": "IOM", "office": ids["office"], "languages": "en, sw"})
    ids["focal_point"] = add(db, "focal_point", {"contact": ids["contact"], "party": "WCO", "level": "regional",
                                                 "thematic_areas": "i, x.b", "start_date": "2024-01-01"})
    ids["project_agreement"] = add(db, "project_agreement", {
        "title": "Coordinated border management in East Africa", "status": "signed",
        "start_date": "2024-02-01", "end_date": "2026-01-31"})
    ids["activity"] = add(db, "activity", {
        "title": "Joint training on document fraud", "status": "ongoing", "kind": "training",
        "thematic_areas": "v, x.e", "lead_party": "IOM", "countries": "KEN, UGA",
        "organisations": [ids["organisation"]], "participants": [ids["contact"]],
        "participants_women": 12, "participants_men": 9, "start_date": "2025-03-03",
        "project_agreement": ids["project_agreement"],
        "first_party_confirmed_by": ids["contact"], "first_party_confirmed_on": "2025-03-10"})
    ids["meeting"] = add(db, "meeting", {"title": "Regional consultation", "date": "2025-03-04",
                                         "kind": "consultation", "online": False,
                                         "attendees": [ids["contact"]], "activity": ids["activity"]})
    ids["action_item"] = add(db, "action_item", {"meeting": ids["meeting"], "owner": ids["contact"],
                                                 "description": "Share the training manual",
                                                 "due_date": "2025-04-01"})
    ids["information_exchange"] = add(db, "information_exchange", {
        "date": "2025-03-05", "from_party": "IOM", "to_party": "WCO", "subject": "Risk profiles",
        "classification": "project_specific", "activity": ids["activity"]})
    ids["cooperation_request"] = add(db, "cooperation_request", {
        "requesting_party": "WCO", "requested_party": "IOM", "subject": "Trainers for the OSBP",
        "requested_on": "2025-01-10"})
    ids["ip_use_approval"] = add(db, "ip_use_approval", {
        "owner_party": "IOM", "user_party": "WCO", "item": "logo", "purpose": "Workshop banner",
        "status": "approved", "approved_on": "2025-02-01"})
    ids["consent_record"] = add(db, "consent_record", {
        "contact": ids["contact"], "recipient": "partner", "given_on": "2025-02-03",
        "method": "signed-form", "evidence": "FORM-2025-014"})
    ids["term"] = add(db, "term", {"vocabulary": "activity_kind", "code": "simulation",
                                   "label": "Simulation exercise"})
    return ids


def shown(form: RecordForm, key: str) -> str:
    """The problem text under a field, or "" when none is shown."""
    label = form.problem_labels[key]
    return "" if label.isHidden() else label.text()


@pytest.mark.parametrize("type_name", list(RECORD_TYPES))
def test_every_type_loads_empty(form: RecordForm, type_name: str) -> None:
    form.load(type_name)
    rtype = RECORD_TYPES[type_name]
    assert list(form.editors) == [f.key for f in rtype.fields]  # every field, in order
    assert not form.dirty
    defaults = {f.key: f.default for f in rtype.fields if f.default is not None}
    assert {k: v for k, v in form._values.items() if v is not None} == defaults
    assert not form.save_button.isEnabled()  # every type has a required field left empty


@pytest.mark.parametrize("type_name", list(RECORD_TYPES))
def test_every_type_loads_a_record(form: RecordForm, db, samples, type_name: str) -> None:
    form.load(type_name, samples[type_name])
    stored = records.show_record(db, type_name, samples[type_name]).values
    assert form._values == {k: stored.get(k) for k in form.editors}  # the editors hold exactly the record
    assert not form.dirty
    assert form.valid, form.problems
    assert not form.save_button.isEnabled()  # nothing to save yet
    if RECORD_TYPES[type_name].append_only:
        assert "never edited" in form.record_problems.text()
        assert not form.scroll.widget().isEnabled()


def test_an_invalid_email_is_shown_under_the_field_and_blocks_saving(qtbot, form: RecordForm) -> None:
    form.load("contact")
    qtbot.keyClicks(form.editors["full_name"].input, "Amina Yusuf")
    assert form.save_button.isEnabled()
    qtbot.keyClicks(form.editors["email"].input, "amina@")
    assert "is not an email address" in shown(form, "email")
    assert shown(form, "full_name") == ""
    assert not form.save_button.isEnabled()
    assert form.dirty
    qtbot.keyClicks(form.editors["email"].input, "example.org")
    assert shown(form, "email") == ""
    assert form.save_button.isEnabled()


def set_date(editor: DateEditor, date: dt.date | None) -> None:
    editor.set_value(date)  # as a date picked from the calendar


def test_an_end_before_the_start_is_shown_under_the_end(qtbot, form: RecordForm) -> None:
    form.load("activity")
    qtbot.keyClicks(form.editors["title"].input, "Workshop")
    set_date(form.editors["start_date"], dt.date(2025, 5, 10))
    set_date(form.editors["end_date"], dt.date(2025, 5, 8))
    assert "ends on 2025-05-08 before it starts on 2025-05-10" in shown(form, "end_date")
    assert shown(form, "start_date") == ""
    assert not form.save_button.isEnabled()
    set_date(form.editors["end_date"], None)  # an empty date is a value too
    assert form._values["end_date"] is None
    assert form.save_button.isEnabled()


def test_a_new_activity_is_saved_and_an_edit_writes_only_what_changed(
    qtbot, form: RecordForm, db, monkeypatch
) -> None:
    form.load("activity")
    qtbot.keyClicks(form.editors["title"].input, "Joint risk assessment")
    form.editors["participants_women"].spin.setValue(4)
    set_date(form.editors["planned_start_date"], dt.date(2025, 6, 2))
    with qtbot.waitSignal(form.saved) as saved:
        record_id = form.save()
    assert record_id and saved.args == [record_id]
    [stored] = records.list_records(db, "activity")
    assert stored.id == record_id
    assert stored.values["title"] == "Joint risk assessment"
    assert stored.values["status"] == "planned"  # the field's default
    assert stored.values["participants_women"] == 4
    assert stored.values["participants_men"] is None  # left empty, not 0
    assert stored.values["planned_start_date"] == dt.date(2025, 6, 2)
    assert form.record_id == record_id and not form.dirty

    written: list[dict] = []
    real_edit = record_form.edit

    def spy(db_, type_name, rid, changes, **options):
        written.append(dict(changes))
        return real_edit(db_, type_name, rid, changes, **options)

    monkeypatch.setattr(record_form, "edit", spy)
    form.editors["description"].input.setPlainText("Ports of Mombasa and Dar es Salaam")
    assert form.dirty and form.save_button.isEnabled()
    assert form.save() == record_id
    assert written == [{"description": "Ports of Mombasa and Dar es Salaam"}]
    after = records.show_record(db, "activity", record_id).values
    assert after == {**stored.values, "description": "Ports of Mombasa and Dar es Salaam"}


def test_refused_by_the_service_shows_the_problems_and_writes_nothing(form: RecordForm, db, monkeypatch) -> None:
    form.load("party")
    form.editors["code"].input.setText("UNODC")
    form.editors["name"].input.setText("United Nations Office on Drugs and Crime")

    def refuse(*_args, **_kwargs):
        raise Invalid([Problem("code", "taken"), Problem("", "not today")])

    monkeypatch.setattr(record_form, "add", refuse)
    assert form.save() == ""
    assert "taken" in shown(form, "code")
    assert "not today" in form.record_problems.text() and not form.record_problems.isHidden()
    assert len(records.list_records(db, "party")) == 2


def test_required_fields_are_marked_in_the_label_and_mnemonics_differ(form: RecordForm) -> None:
    form.load("meeting")
    plain = {key: label.text().replace("&", "") for key, label in form.labels.items()}
    assert plain["title"] == "Title *"
    assert plain["date"] == "Date *"
    assert plain["location"] == "Location"
    assert form.editors["online"].input.text().replace("&", "") == "Online"  # a checkbox carries its label
    assert "required" in form.legend.text()
    texts = [label.text() for label in form.labels.values() if label.text()]
    texts.append(form.editors["online"].input.text())
    letters = [t[t.index("&") + 1].casefold() for t in texts if "&" in t]
    assert len(set(letters)) == len(letters)
    taken = set(letters) | taken_letters(form) | {"s", "c"}  # the menus, the page, Save and Discard
    assert not set(letters) & (taken_letters(form) | {"s", "c"})
    assert all(set(t.casefold()) & set("abcdefghijklmnopqrstuvwxyz") <= taken for t in texts if "&" not in t)
    assert all(form.labels[k].buddy() is form.editors[k] for k in form.labels if k != "online")


def test_joint_confirmation_names_the_parties(qtbot, form: RecordForm, samples) -> None:
    form.load("information_exchange", samples["information_exchange"])
    group = form.findChild(QGroupBox, "jointConfirmation")
    assert group is not None and group.title() == "Joint confirmation"
    assert form.labels["first_party_confirmed_by"].text().replace("&", "") == "IOM confirmed by"
    assert form.labels["second_party_confirmed_on"].text().replace("&", "") == "WCO confirmed on"
    who = form.editors["second_party_confirmed_by"]
    assert isinstance(who, PickEditor)
    who.combo.setCurrentText("Amina Yusuf")
    assert form._values["second_party_confirmed_by"] == samples["contact"]
    assert "who confirmed and when" in shown(form, "second_party_confirmed_on")
    set_date(form.editors["second_party_confirmed_on"], dt.date(2025, 3, 6))
    assert form.valid
    assert form.save() == samples["information_exchange"]
    form.load("party")
    assert form.findChild(QGroupBox, "jointConfirmation") is None


def test_a_choice_completes_labels_and_refuses_unknown_text(form: RecordForm) -> None:
    form.load("activity")
    kind = form.editors["kind"]
    assert isinstance(kind, PickEditor)
    assert kind.combo.itemText(0) == ""  # not required: an empty entry
    assert form.editors["status"].combo.itemText(0) == "Planned"  # required: none
    kind.combo.setCurrentText("training")  # a label, typed in any case
    assert form._values["kind"] == "training"
    kind.combo.setCurrentText("Juggling")
    assert "not in the list" in shown(form, "kind")
    assert not form.save_button.isEnabled()


def test_choices_and_references_round_trip(qtbot, form: RecordForm, db, samples) -> None:
    form.load("activity")
    qtbot.keyClicks(form.editors["title"].input, "Border community dialogue")
    countries = form.editors["countries"]
    assert isinstance(countries, PicksEditor)
    qtbot.keyClicks(countries.filter, "keny")
    qtbot.keyClick(countries.filter, Qt.Key.Key_Return)  # ticks the first entry shown
    qtbot.keyClicks(countries.filter, "Uganda")
    qtbot.keyClick(countries.filter, Qt.Key.Key_Return)
    assert countries.filter.text() == ""
    assert "Kenya" in countries.summary.text() and "Uganda" in countries.summary.text()
    people = form.editors["participants"]
    assert isinstance(people, PicksEditor)
    form.show()
    form.scroll.ensureWidgetVisible(people.list)  # scrolled to: the contacts fill in
    tick(qtbot, people, "Amina Yusuf", Qt.CheckState.Checked)
    record_id = form.save()
    assert record_id
    stored = records.show_record(db, "activity", record_id).values
    assert stored["countries"] == ("KEN", "UGA")
    assert stored["participants"] == (samples["contact"],)

    form.load("activity", record_id)
    assert form.editors["countries"].value() == ("KEN", "UGA")
    assert form.editors["participants"].value() == (samples["contact"],)
    tick(qtbot, form.editors["participants"], "Amina Yusuf", Qt.CheckState.Unchecked)
    assert form.save() == record_id
    assert records.show_record(db, "activity", record_id).values["participants"] is None


def tick(qtbot, editor, label: str, state: Qt.CheckState) -> None:
    """Tick or untick the entry shown as `label`, as a click on its box does (once it shows:
    a long list fills just after the form is painted)."""
    assert isinstance(editor, PicksEditor)
    model = editor.list.model()

    def found() -> list:
        return model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, label, -1, Qt.MatchFlag.MatchExactly)

    qtbot.waitUntil(lambda: len(found()) == 1, timeout=2000)
    assert model.setData(found()[0], state, Qt.ItemDataRole.CheckStateRole)


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_unsaved_edits_are_asked_about(qtbot, form: RecordForm, db, samples, monkeypatch) -> None:
    form.load("activity", samples["activity"])
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert form.maybe_discard() is True and asked == []  # nothing to lose: no question

    form.editors["title"].input.setText("Renamed")
    assert form.maybe_discard() is False and len(asked) == 1
    assert form.dirty

    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert form.maybe_discard() is True
    assert not form.dirty and form.editors["title"].value() == "Joint training on document fraud"

    form.editors["title"].input.setText("Renamed")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert form.maybe_discard() is True
    assert records.show_record(db, "activity", samples["activity"]).values["title"] == "Renamed"

    form.editors["participants_men"].spin.setValue(-1)  # blank again: allowed
    form.editors["title"].input.setText("")
    assert form.maybe_discard() is False  # Save answered, but the record is invalid: stay
    assert "Title is required" in shown(form, "title")


def test_changed_signal_and_discard_button(qtbot, form: RecordForm) -> None:
    form.load("party")
    assert not form.discard_button.isEnabled()
    with qtbot.waitSignal(form.changed):
        form.editors["code"].input.setText("UNHCR")
    assert form.discard_button.isEnabled()
    form.discard_button.click()
    assert form.editors["code"].value() == "" and not form.dirty


def test_screenshot(qtbot, form: RecordForm, samples, tmp_path: Path) -> None:
    form.load("activity", samples["activity"])
    form.editors["places"].input.setText("Busia")
    set_date(form.editors["end_date"], dt.date(2025, 3, 1))  # a problem, to show how one reads
    form.resize(820, 1000)
    form.show()
    qtbot.waitExposed(form)
    picture = screenshot_folder(tmp_path) / "record_form.png"
    image = form.grab().toImage()
    assert image.save(str(picture), "PNG")
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 10
    whole = form.scroll.widget().grab().toImage()  # the whole form, scrolled or not
    assert whole.save(str(tmp_path / "record_form_whole.png"), "PNG")


def test_tab_goes_through_the_fields_in_order(form: RecordForm) -> None:
    form.load("activity")
    expected = [w for editor in form.editors.values() for w in editor.focus_widgets()]
    expected += [form.discard_button, form.save_button]
    chain, widget = [], expected[0]
    for _ in range(len(expected) - 1):
        widget = widget.nextInFocusChain()
        while widget not in expected:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == expected[1:]
    assert form.editors["description"].input.tabChangesFocus()  # Tab leaves a long text


def test_a_long_reference_list_is_read_when_first_wanted(qtbot, form: RecordForm, db, samples, monkeypatch) -> None:
    """20,000 contacts cost nothing until the person turns to a picker: the records the form
    names are named on their own, and the whole list is read once per form, when wanted."""
    read: list[str] = []
    real = form_choices.live_titles
    monkeypatch.setattr(form_choices, "live_titles", lambda db_, target: read.append(target) or real(db_, target))
    form.load("activity", samples["activity"])
    assert "contact" not in read
    who = form.editors["first_party_confirmed_by"]
    assert isinstance(who, PickEditor)
    assert who.combo.currentText() == "Amina Yusuf" and who.combo.count() == 2  # the empty entry and Amina
    assert "Amina Yusuf" in form.editors["participants"].summary.text()
    assert form.valid and not form.dirty

    line = who.combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "yus")  # the first key reads the list; the completer offers what matches
    assert read.count("contact") == 1
    assert who.combo.count() == 1 + len(records.list_records(db, "contact"))
    assert line.text() == "yus" and "not in the list" in shown(form, "first_party_confirmed_by")
    completer = who.combo.completer()
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Amina Yusuf"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert who.value() == samples["contact"] and not form.dirty and form.valid

    form.show()  # the participants list fills in once painted, from the same read
    form.scroll.ensureWidgetVisible(form.editors["participants"].list)
    qtbot.waitUntil(lambda: not form.editors["participants"].model.waiting, timeout=2000)
    assert read.count("contact") == 1


def test_participants_are_ticked_with_the_keyboard(qtbot, form: RecordForm, db, samples) -> None:
    records.add_record(db, "contact", {"full_name": "Amadou Diallo"})
    form.load("activity")
    form.show()
    people = form.editors["participants"]
    assert isinstance(people, PicksEditor)
    qtbot.keyClicks(people.filter, "diallo")  # typing reads the list if it was not yet painted
    assert people.list.model().rowCount() == 1
    qtbot.keyClick(people.filter, Qt.Key.Key_Down)  # to the list, on the first entry shown
    assert people.list.currentIndex().row() == 0
    qtbot.keyClick(people.list, Qt.Key.Key_Space)
    [diallo] = [v.id for v in records.list_records(db, "contact") if v.values["full_name"] == "Amadou Diallo"]
    assert people.value() == (diallo,) and form.dirty
    assert people.summary.text() == "Chosen (1): Amadou Diallo"
    people.filter.clear()
    assert people.list.model().rowCount() == len(records.list_records(db, "contact"))
    form.discard()
    assert people.value() is None and not form.dirty and people.summary.text() == "None chosen"


def test_a_deleted_record_the_form_names_stays_named(qtbot, form: RecordForm, db, samples) -> None:
    gone = records.add_record(db, "contact", {"full_name": "Old Hand"})
    activity = records.add_record(db, "activity", {
        "title": "Handover", "status": "planned", "participants": [gone, samples["contact"]],
        "first_party_confirmed_by": gone, "first_party_confirmed_on": "2025-01-02"})
    records.delete_record(db, "contact", gone, force=True)  # as a delete from another office would
    form.load("activity", activity)
    people = form.editors["participants"]
    assert people.summary.text() == "Chosen (2): Amina Yusuf; Old Hand (deleted)"
    assert form.editors["first_party_confirmed_by"].combo.currentText() == "Old Hand (deleted)"
    form.show()
    form.scroll.ensureWidgetVisible(people.list)
    qtbot.waitUntil(lambda: not people.model.waiting, timeout=2000)
    model = people.list.model()
    first = [model.index(row, 0).data() for row in range(2)]
    assert sorted(first) == ["Amina Yusuf", "Old Hand (deleted)"]  # what is chosen comes first
    assert people.value() == tuple(sorted((gone, samples["contact"])))
    who = form.editors["first_party_confirmed_by"]
    who.combo.showPopup()  # every contact now, the deleted one kept as chosen
    who.combo.hidePopup()
    assert who.combo.currentText() == "Old Hand (deleted)" and who.value() == gone
    assert not form.dirty


def test_the_heading_names_a_record_by_what_its_title_field_shows(qtbot, db) -> None:
    """A focal point is named by its contact: the heading says the contact's name, not an id
    (seen in the trial: "Point focal : 01a248c4-91f6-..."); a type's acronym stays upper case."""
    from mouliaison.domain.default_agreement import IOM_ID
    from mouliaison.services import records as service

    contact = service.add_record(db, "contact", {"full_name": "Amina Yusuf"})
    point = service.add_record(db, "focal_point", {"contact": contact, "party": IOM_ID, "level": "field"})
    form = RecordForm(db)
    qtbot.addWidget(form)
    form.load("focal_point", point)
    assert form.heading.text() == "Focal point: Amina Yusuf"
    form.load("ip_use_approval")
    assert form.heading.text() == "New IP-use approval"
