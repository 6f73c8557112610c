"""The records a table lists: ids in order from the database, rows fetched as they are shown.

The window's table at 100,000 records holds ids only; these calls answer with SQL (filters,
the search index, ORDER BY), never by loading a type's records to filter them in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor

from mouliaison.domain.default_agreement import PARTY_OTHER_NAMES
from mouliaison.domain.filtering import Criteria
from mouliaison.services.database import Database
from mouliaison.services.records import RecordView, get_type, record_view
from mouliaison.store import queries, record_query
from mouliaison.sync.names_in_cells import name_fields


def listed_ids(db: Database, type_name: str, criteria: Criteria = Criteria(),  # noqa: B008 (frozen)
               sort_by: str | None = None, descending: bool = False, limit: int | None = None) -> list[str]:
    """Ids of the live records matching `criteria`, sorted by what the field `sort_by` shows
    (only the first `limit`, if given)."""
    rtype = get_type(type_name)
    with db.reading() as session:
        return record_query.matching_ids(session, rtype.name, criteria, sort_by, descending, limit)


def count_listed(db: Database, type_name: str, criteria: Criteria = Criteria(),  # noqa: B008
                 at_most: int | None = None) -> int:
    """How many live records match `criteria`; with `at_most`, no more than that (counting stops there)."""
    with db.reading() as session:
        return record_query.count_matching(session, get_type(type_name).name, criteria, at_most)


# While a person types, matches are counted up to this many: "more than 1,000" is all a person
# reads at once, and the exact count (every match read) comes after a pause (ui/match_count.py).
COUNTED_WHILE_TYPING = 1001

_COUNTING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mouliaison-count")


def count_listed_meanwhile(db: Database, type_name: str, criteria: Criteria = Criteria(),  # noqa: B008
                           at_most: int | None = None) -> Future[int]:
    """count_listed on a second connection in a thread of its own, while the caller reads the
    first page: a search as you type over 100,000 records waits for the slower of the two
    queries, not for both (SQLite lets go of the interpreter while it reads)."""
    return _COUNTING.submit(count_listed, db, type_name, criteria, at_most)


def count_records(db: Database, type_name: str) -> int:
    """How many live records the type has, whatever is filtered."""
    with db.reading() as session:
        return queries.count_live(session, get_type(type_name).name)


def views_by_id(db: Database, type_name: str, ids: Iterable[str]) -> dict[str, RecordView]:
    """The records with these ids (those that still exist), for the rows being shown."""
    rtype = get_type(type_name)
    with db.reading() as session:
        rows = record_query.rows_by_id(session, rtype.name, ids)
    return {record_id: record_view(rtype, row) for record_id, row in rows.items()}


def codes_in_use(db: Database, type_name: str, key: str) -> set[str]:
    """Codes a choice field of the type holds (e.g. the countries worth offering in a filter)."""
    with db.reading() as session:
        return record_query.codes_in_use(session, get_type(type_name).name, key)


def live_titles(db: Database, type_name: str) -> list[tuple[str, str]]:
    """(id, title) of every live record of the type, for a picker; a record without a title
    is named by its id."""
    with db.reading() as session:
        return record_query.live_titles(session, get_type(type_name).name)


def other_names(db: Database, type_name: str) -> dict[str, tuple[str, ...]]:
    """The names a live record is known by besides its title, for a picker to find it by: an
    organisation's acronym, a party's name and its names in French and Spanish ("OIM", "OMD").
    The same names `add` and the import resolve (sync.names_in_cells); records with none are left out."""
    rtype = get_type(type_name)
    keys = [key for key in name_fields(rtype.name) if key != rtype.title_field]
    with db.reading() as session:
        rows = record_query.live_values(session, rtype.name, keys) if keys else []
    found: dict[str, tuple[str, ...]] = {}
    for rid, *values in rows:
        names = tuple(dict.fromkeys(str(v) for v in (*values, *PARTY_OTHER_NAMES.get(rid, ())) if v))
        if names:
            found[rid] = names
    return found


def reference_titles(db: Database, type_name: str, ids: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """For each id: how the record is named, and whether it is gone (deleted or merged away),
    so a picker can show the few records a form names without reading every title."""
    wanted = list(ids)
    with db.reading() as session:
        name = get_type(type_name).name
        titles = queries.titles(session, name, wanted)
        gone = record_query.deleted_among(session, name, wanted)
    return {rid: (titles.get(rid) or rid, rid in gone) for rid in wanted}
