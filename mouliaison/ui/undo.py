"""Undo and redo of edits, creations, deletes and bulk changes (Edit > Undo, Redo).

Each undo or redo is itself a new change through the services, a version like any other,
so it reaches other offices in the next workbook: undo never rewrites history. Each command
names what it undoes ("Undo change of Status on 'Joint training'"), and hands what it
changed to the page, which shows only that.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import Value
from mouliaison.services.database import Database
from mouliaison.services.records import Change, delete_record, edit, edit_each, restore_record
from mouliaison.ui.labels import field_label, in_sentence, type_label, type_plural
from mouliaison.ui.messages import count_text

MOST_FIELDS_NAMED = 2  # beyond this: "change of 5 fields"


def fields_text(type_name: str, keys: list[str]) -> str:
    """'Status', 'Status and Title', or '5 fields', in the window's language."""
    rtype = RECORD_TYPES[type_name]
    labels = [field_label(f) for key in keys if (f := rtype.field(key)) is not None]
    if len(labels) > MOST_FIELDS_NAMED:
        return QCoreApplication.translate("undo", "{0} fields").format(len(labels))
    return QCoreApplication.translate("undo", " and ").join(labels)


class _RecordCommand(QUndoCommand):
    def __init__(self, db: Database, type_name: str, record_id: str, text: str,
                 done: Callable[[Change], None]) -> None:
        super().__init__(text)
        self.db, self.type_name, self.record_id = db, type_name, record_id
        self._done = done
        self._applied = True  # pushed after the change was made: the first redo does nothing

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._done(self.apply())

    def undo(self) -> None:
        self._done(self.revert())

    def apply(self) -> Change:
        raise NotImplementedError

    def revert(self) -> Change:
        raise NotImplementedError


class EditCommand(_RecordCommand):
    def __init__(self, db: Database, type_name: str, record_id: str, before: Mapping[str, Value],
                 after: Mapping[str, Value], done: Callable[[Change], None]) -> None:
        keys = [k for k in after if before.get(k) != after.get(k)]
        title = after.get(RECORD_TYPES[type_name].title_field) or before.get(RECORD_TYPES[type_name].title_field)
        text = QCoreApplication.translate("undo", "change of {0} on '{1}'").format(
            fields_text(type_name, keys), title or record_id[:8])
        super().__init__(db, type_name, record_id, text, done)
        self.before = {k: before.get(k) for k in keys}
        self.after = {k: after.get(k) for k in keys}

    def apply(self) -> Change:
        return edit(self.db, self.type_name, self.record_id, self.after)

    def revert(self) -> Change:
        return edit(self.db, self.type_name, self.record_id, self.before)


class CreateCommand(_RecordCommand):
    def __init__(self, db: Database, type_name: str, record_id: str, done: Callable[[Change], None],
                 title: str = "") -> None:
        label = in_sentence(type_label(RECORD_TYPES[type_name]))
        if title:
            text = QCoreApplication.translate("undo", "new {0} '{1}'").format(label, title)
        else:
            text = QCoreApplication.translate("undo", "new {0}").format(label)
        super().__init__(db, type_name, record_id, text, done)

    def apply(self) -> Change:
        return restore_record(self.db, self.type_name, self.record_id)

    def revert(self) -> Change:
        # an undo puts back what was: it is not refused because a record made since names this one
        return delete_record(self.db, self.type_name, self.record_id, force=True)


class DeleteCommand(_RecordCommand):
    def __init__(self, db: Database, type_name: str, record_id: str, done: Callable[[Change], None],
                 title: str = "") -> None:
        label = in_sentence(type_label(RECORD_TYPES[type_name]))
        if title:
            text = QCoreApplication.translate("undo", "delete of the {0} '{1}'").format(label, title)
        else:
            text = QCoreApplication.translate("undo", "delete of the {0}").format(label)
        super().__init__(db, type_name, record_id, text, done)

    def apply(self) -> Change:
        return delete_record(self.db, self.type_name, self.record_id, force=True)  # checked when first done

    def revert(self) -> Change:
        return restore_record(self.db, self.type_name, self.record_id)


class BulkEditCommand(QUndoCommand):
    """One field set on many records: one step undoes them all (each record back to its own value)."""

    def __init__(self, db: Database, type_name: str, key: str, before: Mapping[str, Value], after: Value,
                 done: Callable[[Change], None]) -> None:
        rtype = RECORD_TYPES[type_name]
        plural = in_sentence(type_plural(rtype)) if len(before) != 1 else in_sentence(type_label(rtype))
        text = QCoreApplication.translate("undo", "bulk change of {0} on {1} {2}")
        super().__init__(text.format(fields_text(type_name, [key]), count_text(len(before)), plural))
        self.db, self.type_name, self.key = db, type_name, key
        self.before, self.after = dict(before), after
        self._done = done
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._done(edit_each(self.db, self.type_name, {rid: {self.key: self.after} for rid in self.before}))

    def undo(self) -> None:
        self._done(edit_each(self.db, self.type_name, {rid: {self.key: v} for rid, v in self.before.items()}))
