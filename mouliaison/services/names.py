"""How ids and codes read to a person: record titles for references, labels for codes.

The window's tables and the command line's `show` both use it, so a reference reads
"IOM" rather than the party's id, and a status reads "Ongoing" rather than `ongoing`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import Value
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.services.database import Database
from mouliaison.store import queries


@dataclass(frozen=True)
class Names:
    titles: Mapping[str, str] = dc_field(default_factory=dict)
    vocabularies: VocabularyIndex | None = None

    def readable(self, field: Field, value: Value) -> Value:
        if value is None:
            return None
        if field.kind in (Kind.REFERENCE, Kind.REFERENCES):
            return self._each(value, lambda item: self.titles.get(item, item))
        if field.kind in (Kind.CHOICE, Kind.CHOICES) and self.vocabularies is not None and field.vocabulary:
            vocabulary, index = field.vocabulary, self.vocabularies
            return self._each(value, lambda item: index.label(vocabulary, item))
        return value

    @staticmethod
    def _each(value: Value, name: Callable[[str], str]) -> Value:
        if isinstance(value, tuple):
            return tuple(name(item) for item in value)
        return name(value) if isinstance(value, str) else value


def names_for(db: Database, type_name: str) -> Names:
    """Titles of every record the type refers to (deleted ones too), and the vocabularies."""
    rtype = RECORD_TYPES[type_name]
    targets = sorted({f.target for f in rtype.fields if f.target})
    titles: dict[str, str] = {}
    with db.reading() as session:
        for target in targets:
            titles.update(queries.titles(session, target))
        return Names(titles, queries.load_vocabularies(session))
