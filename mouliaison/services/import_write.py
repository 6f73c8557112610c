"""The writing step of an import: a plan, already made, written a part at a time.

Reading and planning happen before (at File ▸ Import's preview, or just before in one import),
so writing is all Apply does: the parts are there for its progress and so that Cancel can stop
it between two of them. services.exchange plans; this module only writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from operator import itemgetter
from typing import Any

from mouliaison.domain.record_types import WRITE_ORDER
from mouliaison.services.progress import Progress
from mouliaison.store.deferred_indexes import LOADED_TABLES, RECORD_TABLE_NAMES, VERSION_TABLES, indexes_built_after
from mouliaison.store.session import Session
from mouliaison.store.table_statistics import refresh_after_load
from mouliaison.sync.plan import ImportPlan, apply_plan
from mouliaison.sync.screening import save as save_keyring

__all__ = ["WRITE_PART", "write_plan"]

# versions, or records, written between two progress reports (and a Cancel's chance to stop):
# about a third of a second of writing. Each part is one statement into the search index, and
# SQLite's FTS5 writes what a statement added as a segment of its own, merged later: parts of
# 1,000 took 1.1 to 1.2 s for 100,000 records' index entries, parts of 10,000 0.8 s.
WRITE_PART = 10_000


def write_plan(session: Session, plan: ImportPlan, received_at: str, progress: Progress, *,
               release: bool = False) -> None:
    """apply_plan a part at a time, with progress between the parts: reading and planning are done
    at the preview, so writing is all an Import does, and Cancel must be able to stop it.

    `release`: the plan is not needed after (an import that plans no more): its versions and
    record states leave it, and each part's go once written, rather than all staying to the end
    (at 100,000 records the versions' JSON and the states were most of the import's peak)."""
    # each type's records together in the order of their ids (a key is (type, id)), then what
    # records refer to first when there are several types: 48 to 28 ms for 100,000 records
    states = sorted(plan.states.items(), key=itemgetter(0))
    if states and states[0][0][0] != states[-1][0][0]:
        states.sort(key=lambda item: WRITE_ORDER[item[0][0]])  # stable: each type's stay in id order
    # in the order of their ids: each goes at the end of the table's id index rather than at a
    # random place in it (0.5 s to 0.4 s for 100,000 versions; their records are in id order already)
    versions = sorted(plan.new_versions, key=lambda item: item[0].id)
    if release:
        plan.new_versions, plan.states = [], {}
    total = len(versions) + len(states)
    phases = (  # the versions, then the records: each table's indexes built as soon as its rows are in
        (VERSION_TABLES, (ImportPlan([], part, {}, {}, []) for part in _parts(versions, release))),
        (RECORD_TABLE_NAMES, (ImportPlan([], [], dict(part), {}, [], plan.fresh) for part in _parts(states, release))))
    first = True  # the files and the sites are written with the first part, once (not looked up again by each part)
    done = 0
    progress("writing", done, total)
    for tables, parts in phases:
        # an empty database's first import: one sort an index. The versions' index is sorted before
        # the records are written: SQLite finds a page of this one transaction in its write-ahead log
        # by looking through the log's 4,096-frame hash tables from the newest, so reading the versions
        # back costs less while the log is a third of what it will be (1,000,000 records: 7.4 to 2.6 s)
        with indexes_built_after(session, total, tables):
            for part in parts:
                if first:
                    part = replace(part, files=plan.files, sites=plan.sites, workbooks=plan.workbooks)
                    first = False
                apply_plan(session, part, received_at)  # what records refer to first: the parts keep WRITE_ORDER
                done += len(part.new_versions) + len(part.states)
                progress("writing", done, total)
    if first:  # nothing of its own to write: the plan's files and sites
        apply_plan(session, plan, received_at)
    save_keyring(session, plan.keyring, received_at)
    refresh_after_load(session, total, LOADED_TABLES)  # PostgreSQL's planner: the tables are not empty now


def _parts(items: list[Any], release: bool) -> Iterator[list[Any]]:
    """`items` WRITE_PART at a time; with `release`, each part leaves the list before it is written."""
    if not release:
        for n in range(0, len(items), WRITE_PART):
            yield items[n : n + WRITE_PART]
        return
    items.reverse()  # parts taken from the end: no list shifted at each part (1,000,000 records: 100 parts)
    while items:
        part = items[-WRITE_PART:]
        del items[-WRITE_PART:]
        part.reverse()
        yield part
