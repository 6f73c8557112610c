"""Every record type recorded, validated, edited, undone and deleted through the real window."""

from __future__ import annotations

import datetime as dt
import unittest.mock

import pytest
from PySide6.QtWidgets import QMessageBox

from mouliaison.domain.default_agreement import IOM_ID, WCO_ID
from mouliaison.domain.fields import Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services import records
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.record_table_model import RECORD_ROLE

D = dt.date(2026, 3, 2)


@pytest.fixture
def window(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def minimal(db, type_name: str) -> dict[str, object]:
    """Valid values for the required fields of a new record (references to records held here)."""
    contact = records.add_record(db, "contact", {"full_name": "Amina Yusuf"})
    meeting = records.add_record(db, "meeting", {"title": "Consultation", "date": "2026-03-02",
                                                 "kind": "consultation"})
    return {
        "agreement": {"title": "Second MOU", "first_party": IOM_ID, "second_party": WCO_ID},
        "party": {"code": "UNODC", "name": "United Nations Office on Drugs and Crime"},
        "office": {"name": "IOM Busia", "party": IOM_ID, "level": "field"},
        "organisation": {"name": "Uganda Revenue Authority"},
        "contact": {"full_name": "José Díaz"},
        "focal_point": {"contact": contact, "party": IOM_ID, "level": "field"},
        "activity": {"title": "Joint patrol training"},
        "meeting": {"title": "Joint meeting", "date": D, "kind": "joint_meeting"},
        "action_item": {"meeting": meeting, "description": "Share the SOP draft"},
        "information_exchange": {"date": D, "from_party": IOM_ID, "to_party": WCO_ID, "subject": "Annual report",
                                 "classification": "public_domain"},
        "cooperation_request": {"requesting_party": IOM_ID, "requested_party": WCO_ID, "subject": "Data sharing",
                                "requested_on": D},
        "project_agreement": {"title": "Coordinated border management project"},
        "ip_use_approval": {"owner_party": WCO_ID, "user_party": IOM_ID, "item": "logo",
                            "purpose": "Workshop banner"},
        "consent_record": {"contact": contact, "recipient": "partner", "given_on": D, "method": "email",
                           "evidence": "EMAIL-1"},
        "term": {"vocabulary": "activity_kind", "code": "border_census", "label": "Border census"},
    }[type_name]


def choose(window, record_id: str) -> None:
    """Click the record's row, as a person would: the form loads it."""
    for row in range(window.model.rowCount()):
        if window.model.index(row, 0).data(RECORD_ROLE).id == record_id:
            window.table.clearSelection()
            window.table.setCurrentIndex(window.model.index(row, 0))
            return
    raise LookupError(record_id)


def an_editable_text_field(type_name: str) -> str:
    """An optional text field if the type has one, else its first text field."""
    texts = [f for f in RECORD_TYPES[type_name].fields
             if f.kind in (Kind.TEXT, Kind.LONG_TEXT) and not f.personal and f.key != "recipient"]
    return next((f.key for f in texts if not f.required), texts[0].key)


@pytest.mark.parametrize("type_name", list(RECORD_TYPES))
def test_record_validate_edit_undo_delete(qtbot, window, type_name):
    db = window.db
    values = minimal(db, type_name)
    window.show_type(type_name)
    before = {v.id for v in records.list_records(db, type_name)}

    # create: a new record through the form
    window.new_action.trigger()
    form = window.records.form
    for key, value in values.items():
        form.editors[key].set_value(value)
    assert form.save_button.isEnabled(), form.problems if hasattr(form, "problems") else ""
    window.save_action.trigger()
    [created] = [v for v in records.list_records(db, type_name) if v.id not in before]

    # validate: a required field emptied disables Save and names the problem
    choose(window, created.id)
    assert form.record_id == created.id
    first_required = next(iter(values))
    if not RECORD_TYPES[type_name].append_only:
        form.editors[first_required].set_value(None)
        assert not form.save_button.isEnabled()
        form.discard()

    # edit and undo
    field = an_editable_text_field(type_name)
    if RECORD_TYPES[type_name].append_only:
        with pytest.raises(Exception):  # noqa: B017 - the service refuses, whatever the form shows
            records.edit_record(db, type_name, created.id, {field: "changed"})
    else:
        original = records.show_record(db, type_name, created.id).values[field]
        form.editors[field].set_value("Edited in the window")
        window.save_action.trigger()
        assert records.show_record(db, type_name, created.id).values[field] == "Edited in the window"
        window.undo_action.trigger()
        assert records.show_record(db, type_name, created.id).values[field] == original

    # delete (consent records refuse: they stay provable) and undo the delete
    window.records.select(created.id)
    with unittest.mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes), \
            unittest.mock.patch.object(QMessageBox, "warning") as warned:
        window.delete_action.trigger()
    if RECORD_TYPES[type_name].append_only:
        assert warned.called and not records.show_record(db, type_name, created.id).deleted
        return
    assert records.show_record(db, type_name, created.id).deleted
    window.undo_action.trigger()
    assert not records.show_record(db, type_name, created.id).deleted
