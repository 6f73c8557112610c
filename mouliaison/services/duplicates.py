"""Duplicate contacts and organisations: candidates, "not a duplicate", and merging by a person.

Both decisions are versions, so they travel in workbooks (SYNC.md, "Duplicates of the same
real-world thing"):
- "not a duplicate" sets `_distinct:<other id>` on both records;
- a merge deletes the duplicate with a `_merged_into` pointer (links follow it) and sets
  `_absorbed:<duplicate id>` on the survivor, filling the survivor's empty fields from the
  duplicate. Two offices merging the same pair in opposite directions end the same: the
  smaller id survives (domain.versions.resolve).
"""

from __future__ import annotations

from dataclasses import dataclass

from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import Value
from mouliaison.services.database import Database
from mouliaison.store import queries
from mouliaison.store.session import Session
from mouliaison.sync.duplicates import Candidate, Party, candidates, party_of

CHECKED = ("contact", "organisation")


@dataclass(frozen=True)
class DuplicateView:
    type: str
    first: str
    first_title: str
    second: str
    second_title: str
    score: float
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"type": self.type, "first": self.first, "first_name": self.first_title, "second": self.second,
                "second_name": self.second_title, "score": self.score, "reasons": list(self.reasons)}


def find_duplicates(db: Database, type_name: str, record_id: str | None = None) -> list[DuplicateView]:
    """Candidate pairs of a type (or of one record), minus pairs a person said are distinct."""
    _check_type(type_name)
    with db.reading() as session:
        return duplicates_in(session, type_name, record_id)


def duplicates_in(session: Session, type_name: str, record_id: str | None = None) -> list[DuplicateView]:
    """find_duplicates inside a transaction the caller holds (a save that asks for them)."""
    parties = _parties(session, type_name)
    wanted = [p for p in parties if p.id == record_id] if record_id else parties
    found = candidates(wanted, among=parties if record_id else None)
    distinct = queries.distinct_pairs(session, type_name) if found else set()
    return [_view(type_name, c, parties) for c in found if (c.first, c.second) not in distinct]


def mark_distinct(db: Database, type_name: str, first: str, second: str) -> None:
    """A person says: these two are not the same. Recorded on both, so it travels."""
    _check_type(type_name)
    if first.strip().lower() == second.strip().lower():
        raise Invalid([Problem("id", "give two different records: a record is always the same as itself")])
    with db.writing() as change:
        for this, other in ((first, second), (second, first)):
            _live(change.session, type_name, this)
            change.writer.mark_distinct(type_name, this, other)


def merge_duplicates(db: Database, type_name: str, keep: str, duplicate: str) -> dict[str, Value]:
    """Merge `duplicate` into `keep`: empty fields of `keep` are filled from it; it is deleted."""
    _check_type(type_name)
    if keep == duplicate:
        raise Invalid([Problem("", "a record cannot be merged into itself")])
    with db.writing() as change:
        _live(change.session, type_name, keep)
        _live(change.session, type_name, duplicate)
        return change.writer.merge(type_name, keep, duplicate)


def _check_type(type_name: str) -> None:
    if type_name not in CHECKED:
        raise Invalid([Problem("", f"duplicates are found and merged for {' and '.join(CHECKED)}s only")])


def _live(session: Session, type_name: str, record_id: str) -> dict[str, object]:
    row = queries.fetch_record(session, type_name, record_id)
    if row is None or row["deleted"]:
        raise Invalid([Problem("id", f"no {type_name} with id {record_id}")])
    return row


def _parties(session: Session, type_name: str) -> list[Party]:
    return [party_of(type_name, row["id"], row) for row in queries.fetch_records(session, type_name)]


def _view(type_name: str, candidate: Candidate, parties: list[Party]) -> DuplicateView:
    names = {p.id: p.name for p in parties}
    return DuplicateView(type_name, candidate.first, names.get(candidate.first, ""), candidate.second,
                         names.get(candidate.second, ""), candidate.score, candidate.reasons)
