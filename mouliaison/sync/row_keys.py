"""Which fields identify a plain sheet's row when the same sheet comes again (row identity).

An Id column holding our record ids says it best. Otherwise a stable key per type: what
names the record and, where there is one, its main date (the same title twice a year is two
activities). The first choice whose fields the sheet maps is proposed.
"""

from __future__ import annotations

from mouliaison.domain.messages import FieldLabel, FieldLabels, Message, template
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.sync import workbook_format as fmt

KEY_NOTE_START = ("rows are known again by", "no column identifies a row")  # the key's note, told apart
MAP_ONE = Message("map one with --map")  # the command line's hint: the window words its own
# Rows that share a key: the key fields that would tell them apart, as the command line says to
# choose them ({columns}: a mapping file's "key"); the window says it its own way, naming the
# fields ({fields}) where its mapping step lets a person choose them.
KEY_HINT = template('choose key columns that tell them apart with --map: "key": {columns}')
KEY_HINT_SOME = template('choose key columns with --map: "key": {columns} tells all but {count} of them apart')

KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "activity": (("title", "start_date"), ("title", "planned_start_date"), ("title",)),
    "meeting": (("title", "date"), ("title",)),
    "contact": (("full_name", "email"), ("full_name", "organisation"), ("full_name",)),
    "organisation": (("name",),),
    "office": (("name",),),
    "party": (("code",),),
    "agreement": (("title",),),
    "project_agreement": (("reference",), ("title",)),
    "focal_point": (("contact", "party", "level"), ("contact", "party")),
    "action_item": (("meeting", "description"),),
    "information_exchange": (("subject", "date"), ("subject",)),
    "cooperation_request": (("subject", "requested_on"), ("subject",)),
    "ip_use_approval": (("purpose", "item", "requested_on"), ("purpose", "item"), ("purpose",)),
    "consent_record": (("contact", "recipient", "given_on"),),
    "term": (("vocabulary", "code"),),
}


def proposed_key(entity: str, mapped: set[str]) -> tuple[tuple[str, ...], str]:
    """(key fields, a note saying how rows are known again); () when no column can do it."""
    rtype = RECORD_TYPES[entity]
    if fmt.ID_KEY in mapped:
        return (fmt.ID_KEY,), Message("rows are known again by their Id column (record ids)")
    for choice in (*KEYS.get(entity, ()), (rtype.title_field,)):
        if all(k in mapped for k in choice):
            names = KeyLabels(rtype.field(k).label for k in choice)  # type: ignore[union-attr]
            return choice, Message("rows are known again by {names}", names=names)
    return (), Message("no column identifies a row (no {field} column): rows sent again would be new records; {hint}",
                       field=FieldLabel(rtype.field(rtype.title_field).label), hint=MAP_ONE)  # type: ignore[union-attr]


class KeyLabels(FieldLabels):
    """The fields a row is known by, written "Subject + Date"."""

    joiner = " + "
