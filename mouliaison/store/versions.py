"""Versions are written here, and only here: a local edit's one version, the embedded
default's, an import's hundred thousand (in parts, each one executemany), and the one change a
version ever undergoes, the scrubbing of an erased person's data.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.domain.record_types import record_type
from mouliaison.domain.versions import Version, canonical_json
from mouliaison.store.bulk import insert_tuples
from mouliaison.store.chunks import in_chunks
from mouliaison.store.schema import VersionRow

PART = 10_000  # versions written at once: what is held at once stays small
COLUMNS = ("id", "entity", "record_id", "stamp", "site_id", "origin", "source", "values_json", "parents_json",
           "received_at", "received_from")  # a version's row, as write_versions gives it


def write_versions(session: Session, versions: Sequence[tuple[Version, str | None]], received_at: str) -> None:
    """Add new versions, each with the imported file it came in (None: made here, or shipped)."""
    table: Any = VersionRow.__table__
    for part in in_chunks(versions, PART):
        insert_tuples(session, table, COLUMNS, [
            (v.id, v.entity, v.record_id, v.stamp, v.site_id, v.origin, v.source, v.values_json(), v.parents_json(),
             received_at, file_id)
            for v, file_id in part
        ])


def stored_ids(session: Session, ids: Sequence[str]) -> set[str]:
    """Which of these version ids the database holds, asked 500 at a time: the one way to ask it
    (an import's planning, the write path's add_versions). On SQLite through the driver: 100,000
    ids cost 0.06 s so, 0.19 s through the ORM's expanding IN lists."""
    found: set[str] = set()
    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection()
        for chunk in in_chunks(ids):
            found.update(vid for (vid,) in connection.exec_driver_sql(
                f"SELECT id FROM versions WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk)))
        return found
    for chunk in in_chunks(ids):
        found.update(session.scalars(select(VersionRow.id).where(VersionRow.id.in_(chunk))))
    return found


def as_stored(version: Version) -> Version:
    """The version as reading it back gives it (its values and parents through JSON)."""
    return Version(id=version.id, entity=version.entity, record_id=version.record_id, stamp=version.stamp,
                   site_id=version.site_id, values=json.loads(version.values_json()),
                   parents={k: tuple(v) for k, v in json.loads(version.parents_json()).items()},
                   origin=version.origin, source=version.source)


def scrub_personal_data(session: Session, entity: str, record_id: str) -> None:
    """An erased person's data leaves every version of the record, here and in later exports.

    The one exception to "versions are never changed": MOU 3.6 and the person's request win.
    Every office scrubs the same keys the same way, so the versions stay identical everywhere.
    """
    personal = [f.key for f in record_type(entity).personal_fields]
    query = select(VersionRow).where(VersionRow.entity == entity, VersionRow.record_id == record_id)
    for row in session.scalars(query):
        values = json.loads(row.values_json)
        if any(values.get(k) is not None for k in personal):
            values.update({k: None for k in personal if k in values})
            row.values_json = canonical_json(values)
