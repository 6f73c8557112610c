"""Conflicts: listing them with who said what, and resolving one (`conflicts`, `resolve`).

A resolution is a new version whose parents are all the competing heads, so it travels in
the next export like any edit, and every office that imports it sees the conflict closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mouliaison.domain import clock, signing
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import Value, display, from_wire
from mouliaison.domain.versions import DELETED, HAND_EDIT
from mouliaison.services.database import Database, Writing
from mouliaison.services.names import Names
from mouliaison.services.records import edit_in
from mouliaison.store import conflict_rows, queries
from mouliaison.store.conflict_rows import OpenConflict
from mouliaison.store.session import Session


@dataclass(frozen=True)
class CompetingValue:
    version_id: str
    value: Any  # wire value
    shown: str  # the value as a person reads it
    office: str
    device_time: str  # the version's clock time, as the device that made it saw it
    source_file: str | None
    made_here: bool = False  # by this office (`office` says so in English)
    signed_by: str | None = None  # fingerprint of the key that vouches for it: this office's, or the file's signer's
    signer_office: str | None = None  # whose key that is (a coordinator's, for a version it relayed)

    @property
    def signer_shown(self) -> str | None:
        return signing.shown(self.signed_by) if self.signed_by else None


@dataclass(frozen=True)
class ConflictView:
    id: str
    type: str
    record_id: str
    record_title: str
    field: str
    field_label: str
    values: tuple[CompetingValue, ...]  # the one shown by default first

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "record_id": self.record_id, "record": self.record_title,
            "field": self.field,
            "values": [{"version_id": v.version_id, "value": v.value, "office": v.office,
                        "device_time": v.device_time, "source_file": v.source_file, "signed_by": v.signed_by,
                        "signer_office": v.signer_office} for v in self.values],
        }


def count_conflicts(db: Database) -> int:
    """How many conflicts are open: for the navigation, without reading each one."""
    with db.reading() as session:
        return conflict_rows.count(session)


def list_conflicts(db: Database) -> list[ConflictView]:
    """Every open conflict, in the order they are listed (the command line's `conflicts`)."""
    with db.reading() as session:
        return _views(session, conflict_rows.listed(session))


def conflict_ids(db: Database) -> list[str]:
    """The open conflicts' ids in the order they are listed: a page holds these and reads the
    conflicts it shows by them (`read_conflicts`), a few hundred at a time."""
    with db.reading() as session:
        return conflict_rows.ids_listed(session)


def read_conflicts(db: Database, ids: Sequence[str]) -> list[ConflictView]:
    """The conflicts with these ids, in that order; one closed meanwhile is left out."""
    with db.reading() as session:
        return _views(session, conflict_rows.with_ids(session, ids))


def readable_values(db: Database, view: ConflictView) -> list[Value]:
    """The competing values of one conflict as the records page shows them: a term's label (as
    the database holds it) rather than its code, the title of the record a reference names
    rather than its id. For the conflict a person is looking at; `shown` is what the CLI prints."""
    rtype = RECORD_TYPES.get(view.type)
    field = rtype.field(view.field) if rtype is not None else None
    if field is None:  # a delete against an edit: True is the delete
        return [v.value for v in view.values]
    typed = [from_wire(field, v.value) for v in view.values]
    if not (field.vocabulary or field.target):
        return typed
    ids = sorted({item for value in typed for item in (value if isinstance(value, tuple) else (value,))
                  if isinstance(item, str)})
    with db.reading() as session:
        titles = queries.titles(session, field.target, ids) if field.target and ids else {}
        names = Names(titles, queries.load_vocabularies(session) if field.vocabulary else None)
    return [names.readable(field, value) for value in typed]


def resolve_conflict(db: Database, conflict_id: str, *, keep: str | None = None, value: str | None = None) -> None:
    """Close a conflict by keeping one competing version, or by giving a new value."""
    if (keep is None) == (value is None):
        raise Invalid([Problem("", "give either --keep VERSION_ID or --value VALUE")])
    with db.writing() as change:
        row = conflict_rows.one(change.session, conflict_id)
        if row is None:
            raise Invalid([Problem("", f"no open conflict {conflict_id}; list them with: mouliaison conflicts")])
        heads, values = row.heads, row.values
        if row.field == DELETED:
            _resolve_delete(change, row, heads, values, keep, value)
            return
        if keep is not None:
            if keep not in heads:
                raise Invalid([Problem("", f"{keep} is not one of the competing versions: {', '.join(heads)}")])
            change.writer.resolve(row.entity, row.record_id, row.field, values[heads.index(keep)], heads)
        else:
            edit_in(change, row.entity, row.record_id, {row.field: value})
        _check_closed(change, row)


def _resolve_delete(change: Writing, row: OpenConflict, heads: tuple[str, ...], values: tuple[Any, ...],
                    keep: str | None, value: str | None) -> None:
    """A delete against an edit: keep the record (undo the delete) or delete it after all."""
    if keep is not None:
        if keep not in heads:
            raise Invalid([Problem("", f"{keep} is not one of the competing versions: {', '.join(heads)}")])
        delete = values[heads.index(keep)] is True
    else:
        answer = (value or "").strip().casefold()
        if answer not in ("keep", "delete"):
            raise Invalid([Problem("", "this conflict is a delete against an edit: give --value keep or delete")])
        delete = answer == "delete"
    change.writer.resolve_delete(row.entity, row.record_id, delete=delete)
    _check_closed(change, row)


def _check_closed(change: Writing, row: OpenConflict) -> None:
    if any(c.field == row.field for c in change.writer.state(row.entity, row.record_id).conflicts):
        raise RuntimeError(f"the resolution of {row.id} did not close it")  # a bug, not bad input


def _views(session: Session, rows: Sequence[OpenConflict]) -> list[ConflictView]:
    """Conflicts as a person reads them, in bulk: the competing versions, their offices and
    files, and the records' titles, each read in one query (per type for titles) whatever the count."""
    known = conflict_rows.provenance(session, rows)
    views = []
    for row in rows:
        field = RECORD_TYPES[row.entity].field(row.field)
        competing = []
        for head, value in zip(row.heads, row.values, strict=True):
            version = known.versions[head]
            shown = ("deleted" if value else "kept (edited)") if field is None else display(from_wire(field, value))
            made_here = version.site_id == known.local_site and not version.received_from
            if version.origin == HAND_EDIT:  # a person's change in the file: no office's key vouches for it
                signed_by, signer_office = None, None
            elif made_here:
                signed_by, signer_office = known.own_key, None
            else:
                signed_by, signer_office = known.signers.get(version.received_from or "", (None, None))
            competing.append(CompetingValue(head, value, shown, _office(known.sites, version.site_id, known.local_site),
                                            _device_time(version.stamp), known.files.get(version.received_from or ""),
                                            version.site_id == known.local_site, signed_by, signer_office))
        views.append(ConflictView(row.id, row.entity, row.record_id,
                                  display(known.titles.get((row.entity, row.record_id))),
                                  row.field, field.label if field else "Deleted", tuple(competing)))
    return views


def _office(sites: dict[str, str | None], site_id: str, local_site: str) -> str:
    if site_id == local_site:
        return "this office"
    return sites.get(site_id) or f"site {site_id[:8]}"


def _device_time(stamp: int) -> str:
    moment = dt.datetime.fromtimestamp(clock.wall_ms(stamp) / 1000, dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
