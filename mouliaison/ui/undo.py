"""Undo and redo of edits, creations and deletes (Edit > Undo, Redo).

Each undo or redo is itself a new change through the services, a version like any other,
so it reaches other offices in the next workbook: undo never rewrites history.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import Value
from mouliaison.services.database import Database
from mouliaison.services.records import Change, delete_record, edit, restore_record


def _(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class _RecordCommand(QUndoCommand):
    def __init__(self, db: Database, type_name: str, record_id: str, text: str, done: Callable[[Change], None]) -> None:
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
        text = _("edit of the {0}").format(RECORD_TYPES[type_name].label.lower())
        super().__init__(db, type_name, record_id, text, done)
        keys = [k for k in after if before.get(k) != after.get(k)]
        self.before = {k: before.get(k) for k in keys}
        self.after = {k: after.get(k) for k in keys}

    def apply(self) -> Change:
        return edit(self.db, self.type_name, self.record_id, self.after)

    def revert(self) -> Change:
        return edit(self.db, self.type_name, self.record_id, self.before)


class CreateCommand(_RecordCommand):
    def __init__(self, db: Database, type_name: str, record_id: str, done: Callable[[Change], None]) -> None:
        super().__init__(db, type_name, record_id, _("new {0}").format(RECORD_TYPES[type_name].label.lower()), done)

    def apply(self) -> Change:
        return restore_record(self.db, self.type_name, self.record_id)

    def revert(self) -> Change:
        return delete_record(self.db, self.type_name, self.record_id)


class DeleteCommand(_RecordCommand):
    def __init__(self, db: Database, type_name: str, record_id: str, done: Callable[[Change], None]) -> None:
        super().__init__(db, type_name, record_id, _("delete of the {0}").format(
            RECORD_TYPES[type_name].label.lower()), done)

    def apply(self) -> Change:
        return delete_record(self.db, self.type_name, self.record_id)

    def revert(self) -> Change:
        return restore_record(self.db, self.type_name, self.record_id)
