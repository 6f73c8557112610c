"""Each office's own versions as a hash chain: its head travels, signed, in every export.

The chain of a site is its versions made there (origin `local`, its site id) in (stamp, id)
order; each link is SHA-256(previous link + SHA-256 of the version's content). An office's
clock never goes backwards, so a new version extends the chain: the head of a later export
continues the head of an earlier one. Headquarters keeps the newest head it saw of each office
(store: history_heads) and checks every new file against it and against the versions it holds:
a version missing here, a version whose content differs, or a history shorter than one signed
before (truncated, rewritten) is reported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.domain.versions import LOCAL, Version
from mouliaison.store.schema import HistoryHead, VersionRow

START = "0" * 64


@dataclass(frozen=True)
class Head:
    length: int
    head: str


def _link(previous: str, vid: str, entity: str, record_id: str, stamp: int, values_json: str,
          parents_json: str) -> str:
    content = hashlib.sha256("\x1f".join((vid, entity, record_id, str(stamp), values_json, parents_json)).encode())
    return hashlib.sha256(bytes.fromhex(previous) + content.digest()).hexdigest()


def _rows(session: Session, site_id: str) -> Iterator[tuple[str, str, str, int, str, str]]:
    query = (select(VersionRow.id, VersionRow.entity, VersionRow.record_id, VersionRow.stamp, VersionRow.values_json,
                    VersionRow.parents_json)
             .where(VersionRow.site_id == site_id, VersionRow.origin == LOCAL)
             .order_by(VersionRow.stamp, VersionRow.id).execution_options(yield_per=5000))
    for row in session.execute(query):
        yield row.id, row.entity, row.record_id, row.stamp, row.values_json, row.parents_json


def own_head(session: Session, site_id: str) -> Head:
    """The head of this site's history, as held in the database (what an export signs)."""
    head, length = START, 0
    for row in _rows(session, site_id):
        head = _link(head, *row)
        length += 1
    return Head(length, head)


def heads_at(session: Session, site_id: str, adding: Iterable[Version],
             lengths: set[int]) -> tuple[int, dict[int, str]]:
    """The chain of `site_id` over the versions held plus `adding` (an import's new versions):
    how long it is, and its head at each of `lengths` it reaches."""
    rows = {r[0]: r for r in _rows(session, site_id)}
    for v in adding:
        if v.site_id == site_id and v.origin == LOCAL and v.id not in rows:
            rows[v.id] = (v.id, v.entity, v.record_id, v.stamp, v.values_json(), v.parents_json())
    head, found = START, {}
    if 0 in lengths:
        found[0] = START
    for n, row in enumerate(sorted(rows.values(), key=lambda r: (r[3], r[0])), start=1):
        head = _link(head, *row)
        if n in lengths:
            found[n] = head
    return len(rows), found


def last_seen(session: Session, site_id: str) -> HistoryHead | None:
    return session.get(HistoryHead, site_id)


def held_links(session: Session, site_id: str) -> set[tuple[int, str]]:
    """(stamp, id) of each version of the site's chain held here: where a new one would fall in it."""
    query = select(VersionRow.stamp, VersionRow.id).where(VersionRow.site_id == site_id, VersionRow.origin == LOCAL)
    return {(stamp, vid) for stamp, vid in session.execute(query)}
