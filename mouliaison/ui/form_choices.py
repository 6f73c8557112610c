"""What the fields of a record form offer: vocabulary terms, and the live records a reference names.

A form reads the records of a referenced type once, when a picker first wants them, and again
only for the next record loaded (`forget_records`); vocabularies are read again only when a term
changes (`reload_vocabularies`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mouliaison.domain.fields import Field
from mouliaison.services.database import Database
from mouliaison.services.record_listing import live_titles, other_names, reference_titles
from mouliaison.services.records import vocabularies
from mouliaison.ui.choices import Choice, Choices, sort_key
from mouliaison.ui.terms import ordered_terms

# pickers that also find records by other names (acronyms, a party's names in French or Spanish): short
# lists only, since completing over other names costs a Python call per entry (contacts may be 20,000)
NAMED_OTHERWISE = ("party", "organisation")


class FieldChoices:
    """The Choices of each field of the form's record type."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.vocab = vocabularies(db)
        self._pickable: dict[str, Choices] = {}  # per referenced type: its live records, read when wanted

    def reload_vocabularies(self) -> None:
        """Read the terms again (a term was added or changed); the next load offers them."""
        self.vocab = vocabularies(self.db)

    def forget_records(self) -> None:
        """A record is being loaded: the records it may name are read again when wanted."""
        self._pickable = {}

    def of(self, field: Field) -> Choices:
        if field.vocabulary:
            return Choices(ordered_terms(self.vocab, field.vocabulary))
        if not field.target:
            return Choices([])
        target = field.target
        if target not in self._pickable:  # one read and one sort per type and form, when first wanted
            self._pickable[target] = Choices(lambda: self._live_choices(target),
                                             lambda ids: self._reference_labels(target, ids),
                                             (lambda: other_names(self.db, target)) if target in NAMED_OTHERWISE
                                             else None)
        return self._pickable[target]

    def _live_choices(self, target: str) -> list[Choice]:
        """The live records of a type by title, sorted; a title two records share gets their ids."""
        live = live_titles(self.db, target)
        counts: dict[str, int] = {}
        for _, title in live:
            counts[title.casefold()] = counts.get(title.casefold(), 0) + 1
        named = [(rid, f"{title} ({rid[:8]})" if counts[title.casefold()] > 1 else title) for rid, title in live]
        keys = [sort_key(label) for _, label in named]
        return [named[i] for i in sorted(range(len(named)), key=keys.__getitem__)]

    def _reference_labels(self, target: str, ids: list[str]) -> dict[str, str]:
        """The records the form names, before (or without) reading every title of their type."""
        found = reference_titles(self.db, target, ids)
        deleted = QCoreApplication.translate("RecordForm", "{0} (deleted)")
        return {rid: deleted.format(title) if gone else title for rid, (title, gone) in found.items()}
