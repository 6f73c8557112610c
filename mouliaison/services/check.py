"""`mouliaison check`: is the database sound?

SQLite's own integrity and foreign-key checks, then the app's: every record's table row
must be what its versions resolve to. References to records this office does not hold
are noted but are not errors (a workbook may carry a meeting without its contacts).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mouliaison.domain.messages import Message
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services.database import Database
from mouliaison.store import queries
from mouliaison.store.current_state import record_state, typed_values
from mouliaison.store.session import Session


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    records_checked: int = 0

    @property
    def clean(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    with db.reading() as session:
        report.problems += queries.storage_problems(session)
        for entity, record_id in queries.versioned_records(session):
            report.records_checked += 1
            if entity not in RECORD_TYPES:
                report.notes.append(Message("versions of an unknown record type '{entity}' are kept as they are",
                                            entity=entity))
                continue
            state = record_state(session, entity, record_id)
            row = queries.fetch_record(session, entity, record_id)
            expected = typed_values(entity, state.values)
            if row is None:
                report.problems.append(Message("{entity} {id} has versions but no current row", entity=entity,
                                               id=record_id))
                continue
            differing = [k for k, v in expected.items() if _comparable(row[k]) != _comparable(v)]
            if differing or bool(row["deleted"]) != state.deleted:
                where = ", ".join(differing) or Message("deleted")
                report.problems.append(Message("{entity} {id}: the current row differs from its versions in {where}",
                                               entity=entity, id=record_id, where=where))
        report.notes += _dangling_references(session)
    return report


def _comparable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _dangling_references(session: Session) -> list[str]:
    notes = []
    known: dict[str, set[str]] = {}
    for name, rtype in RECORD_TYPES.items():
        refs = [f for f in rtype.fields if f.target is not None]
        if not refs:
            continue
        for row in queries.fetch_records(session, name):
            for f in refs:
                assert f.target is not None
                held = known.setdefault(f.target, queries.all_ids(session, f.target))
                value = row[f.key]
                ids = value if isinstance(value, list) else [value] if value else []
                missing = [i for i in ids if i not in held]
                if missing:
                    notes.append(Message("{entity} {id} field {field} refers to {target} {missing}, which this "
                                         "database does not hold", entity=name, id=row["id"], field=f.key,
                                         target=f.target, missing=", ".join(missing)))
    return notes
