"""The open conflicts as the database holds them, and what a person needs to read one: the
competing versions, the offices and files they came from, the records' titles.

Rows are written by current_state.write_states only (a record's conflicts follow its
versions); this module reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.store.chunks import in_chunks
from mouliaison.store.installation import this_installation
from mouliaison.store.keys import OWN
from mouliaison.store.schema import RECORD_TABLES, ConflictRow, ImportedFile, OfficeKey, Site, VersionRow

LISTED_IN = (ConflictRow.entity, ConflictRow.record_id, ConflictRow.field)  # by type, then record: a record's together


@dataclass(frozen=True)
class OpenConflict:
    id: str
    entity: str
    record_id: str
    field: str
    heads: tuple[str, ...]  # the competing versions' ids
    values: tuple[Any, ...]  # their wire values, in the same order


@dataclass(frozen=True)
class HeadVersion:
    site_id: str
    stamp: int
    received_from: str | None  # the imported file it came in, if it did
    origin: str  # made here, from a file, a hand edit in a file...


@dataclass(frozen=True)
class Provenance:
    """Who said what, for a set of conflicts: read in one query each whatever their count."""

    versions: dict[str, HeadVersion]  # by version id
    files: dict[str, str]  # imported file id -> its name
    signers: dict[str, tuple[str | None, str | None]]  # imported file id -> the key that signed it, its office
    sites: dict[str, str | None]  # site id -> its office's name
    local_site: str  # this database's own site
    own_key: str | None  # the fingerprint of this office's own signing key, if it has one
    titles: dict[tuple[str, str], Any]  # (type, record id) -> its title as held


def _open(row: ConflictRow) -> OpenConflict:
    return OpenConflict(row.id, row.entity, row.record_id, row.field, tuple(json.loads(row.heads_json)),
                        tuple(json.loads(row.values_json)))


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ConflictRow)) or 0)


def listed(session: Session) -> list[OpenConflict]:
    """Every open conflict, in the order they are listed."""
    return [_open(row) for row in session.scalars(select(ConflictRow).order_by(*LISTED_IN))]


def ids_listed(session: Session) -> list[str]:
    return list(session.scalars(select(ConflictRow.id).order_by(*LISTED_IN)))


def with_ids(session: Session, ids: Sequence[str]) -> list[OpenConflict]:
    """The open conflicts with these ids, in that order; one closed meanwhile is left out."""
    rows: dict[str, ConflictRow] = {}
    for chunk in in_chunks(list(ids)):
        rows.update((row.id, row) for row in session.scalars(select(ConflictRow).where(ConflictRow.id.in_(chunk))))
    return [_open(rows[i]) for i in ids if i in rows]


def one(session: Session, conflict_id: str) -> OpenConflict | None:
    row = session.get(ConflictRow, conflict_id)
    return None if row is None else _open(row)


def provenance(session: Session, conflicts: Sequence[OpenConflict]) -> Provenance:
    versions = {k: HeadVersion(r.site_id, r.stamp, r.received_from, r.origin) for k, r in _by_id(
        session, (VersionRow.id, VersionRow.site_id, VersionRow.stamp, VersionRow.received_from, VersionRow.origin),
        [h for c in conflicts for h in c.heads]).items()}
    received = [v.received_from for v in versions.values() if v.received_from]
    file_rows = _by_id(session, (ImportedFile.id, ImportedFile.file_name, ImportedFile.report_json), received)
    files = {k: r.file_name for k, r in file_rows.items()}
    signers = {k: _signer(r.report_json) for k, r in file_rows.items()}
    made_at = [v.site_id for v in versions.values()]
    sites = {k: r.office_name for k, r in _by_id(session, (Site.site_id, Site.office_name), made_at).items()}
    local_site = this_installation(session).site_id
    own_key = session.scalar(select(OfficeKey.fingerprint).where(OfficeKey.site_id == local_site,
                                                                 OfficeKey.status == OWN))
    titles: dict[tuple[str, str], Any] = {}
    for entity in sorted({c.entity for c in conflicts}):
        table = RECORD_TABLES[entity]
        title = table.c[RECORD_TYPES[entity].title_field]
        for chunk in in_chunks(sorted({c.record_id for c in conflicts if c.entity == entity})):
            for record_id, value in session.execute(select(table.c.id, title).where(table.c.id.in_(chunk))):
                titles[(entity, record_id)] = value
    return Provenance(versions, files, signers, sites, local_site, own_key, titles)


def _signer(report_json: str) -> tuple[str | None, str | None]:
    """The key that signed an imported file and its office, from the file's import report (none: unsigned)."""
    trust = json.loads(report_json).get("trust") or {}
    return trust.get("fingerprint"), trust.get("office")


def _by_id(session: Session, columns: tuple[Any, ...], ids: Iterable[str]) -> dict[str, Row[Any]]:
    """Rows of `columns` whose first column is one of `ids`, by that id: one query per chunk."""
    found: dict[str, Row[Any]] = {}
    for chunk in in_chunks(sorted(set(ids))):
        for row in session.execute(select(*columns).where(columns[0].in_(chunk))):
            found[row[0]] = row
    return found
