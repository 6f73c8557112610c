"""The import plan: what each incoming file would change, counted per record type, then applied.

Planning and applying happen in one write transaction: the plan's resolved states are
exactly what is written, and `--dry-run` rolls the transaction back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.domain import clock
from mouliaison.domain.messages import Message, TypeLabel, joined
from mouliaison.domain.record_types import RECORD_TYPES, WRITE_ORDER
from mouliaison.domain.versions import DISTINCT, HAND_EDIT, RecordState, Version, canonical_json, resolve
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.store import queries
from mouliaison.store.chunks import in_chunks
from mouliaison.store.clock import PersistentClock
from mouliaison.store.current_state import load_versions_for, write_states
from mouliaison.store.schema import ImportedFile, Site, VersionRow
from mouliaison.store.versions import stored_ids, write_versions
from mouliaison.sync.duplicates import candidates, party_of
from mouliaison.sync.grouped_report import (
    RejectedGroup,
    group_quarantined,
    group_rejected,
    quarantined_lines,
    row_ranges,
)
from mouliaison.sync.hand_edits import RowProblem, versions_from_rows
from mouliaison.sync.progress import EVERY, Progress, no_progress
from mouliaison.sync.reader import CellProblem, IncomingWorkbook
from mouliaison.sync.screening import (
    FileTrust,
    Keyring,
    Withheld,
    check_history,
    check_relayed,
    hold_future,
    screen_file,
    site_text,
)

COUNT_NAMES = ("inserted", "updated", "unchanged", "stale", "conflicts", "hand_edits",
               "possible_duplicates", "quarantined", "rejected")
DUPLICATE_CHECKED = ("contact", "organisation")
WRITE_CHUNK = 10_000  # records written at once (versions: store.versions.PART)


@dataclass
class FileReport:
    file: str
    file_id: str
    ours: bool
    office: str | None
    already_imported: bool
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    rejected: list[tuple[str, CellProblem]] = field(default_factory=list)
    quarantined: list[tuple[str, RowProblem]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    trust: FileTrust | None = None  # who signed the file (None: a foreign workbook)
    withheld: list[Withheld] = field(default_factory=list)  # not taken: untrusted, or its clock too far ahead

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "already_imported": self.already_imported,
            "counts": {t: {n: c[n] for n in COUNT_NAMES} for t, c in sorted(self.counts.items())},
            "rejected": [{"type": t, "sheet": p.sheet, "row": p.row, "column": p.column, "reason": p.reason}
                         for t, p in self.rejected],
            "rejected_groups": [g.to_json() for g in self.rejected_groups()],
            "quarantined": [{"type": t, "sheet": p.sheet, "row": p.row, "reason": p.reason}
                            for t, p in self.quarantined],
            "notes": self.notes,
            **({"trust": self.trust.to_json()} if self.trust is not None else {}),
            **({"withheld": [w.to_json() for w in self.withheld]} if self.withheld else {}),
        }

    def rejected_groups(self) -> list[RejectedGroup]:
        """The refused cells by (sheet, column, cause), with their rows: what the text report shows."""
        return group_rejected(p for _t, p in self.rejected)

    def quarantined_lines(self) -> list[str]:
        """The quarantined rows by (sheet, reason), with their rows: what the text report shows."""
        return quarantined_lines((p.sheet, p.row, p.reason) for _t, p in self.quarantined)

    def quarantined_groups(self) -> list[tuple[str, str, str]]:
        """(sheet, its rows as '6–117, 120', reason), one per sheet and reason: what the window shows."""
        return [(sheet, row_ranges(rows), reason)
                for sheet, rows, reason in group_quarantined((p.sheet, p.row, p.reason) for _t, p in self.quarantined)]

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter({n: 0 for n in COUNT_NAMES})
        for counts in self.counts.values():
            total.update(counts)
        return total


@dataclass
class ImportPlan:
    files: list[FileReport] = field(default_factory=list)
    new_versions: list[tuple[Version, str]] = field(default_factory=list)  # (version, file id)
    states: dict[tuple[str, str], RecordState] = field(default_factory=dict)
    sites: dict[str, dict[str, str | None]] = field(default_factory=dict)
    workbooks: list[IncomingWorkbook] = field(default_factory=list)
    # records of which this database held no version before the import: none has a table row yet
    fresh: set[tuple[str, str]] = field(default_factory=set)
    keyring: Keyring = field(default_factory=lambda: Keyring({}))  # keys, key records, history heads

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter({n: 0 for n in COUNT_NAMES})
        for report in self.files:
            total.update(report.totals())
        return total


class _Held:
    """The versions of the records an import touches: loaded once, grown as files are planned."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.versions: dict[tuple[str, str], list[Version]] = {}
        self.known_ids: set[str] = set()

    def load(self, keys: Iterable[tuple[str, str]]) -> None:
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, record_id in keys:
            if (entity, record_id) not in self.versions:
                by_entity[entity].append(record_id)
                self.versions[(entity, record_id)] = []
        for entity, ids in by_entity.items():
            if not self.holds(entity):
                continue  # a first import of this type: nothing to load, asked in one query, not one per 500 ids
            for record_id, versions in load_versions_for(self._session, entity, ids).items():
                self.versions[(entity, record_id)] = versions
                self.known_ids.update(v.id for v in versions)

    def holds(self, entity: str) -> bool:
        """Whether the database holds any version of a record of this type."""
        return self._session.scalar(select(VersionRow.id).where(VersionRow.entity == entity).limit(1)) is not None

    def of(self, entity: str, record_id: str) -> list[Version]:
        return self.versions.get((entity, record_id)) or []

    def mark_known(self, version_ids: Iterable[str]) -> None:
        self.known_ids.update(stored_ids(self._session, [i for i in version_ids if i not in self.known_ids]))

    def clashing(self, versions: list[Version]) -> list[Version]:
        """The versions of a file whose id this database holds with other content (issue 19 #8):
        whoever sent an id first would otherwise decide its content, unseen. Where it came from
        (origin, source) may differ between copies; what it says may not."""
        by_id = {v.id: v for v in versions}
        ids = list(by_id)
        found: list[Version] = []
        columns = (VersionRow.id, VersionRow.entity, VersionRow.record_id, VersionRow.stamp, VersionRow.site_id,
                   VersionRow.values_json, VersionRow.parents_json)
        for chunk in in_chunks(ids):
            for vid, entity, record_id, stamp, site, values, parents in self._session.execute(
                    select(*columns).where(VersionRow.id.in_(chunk))):
                version = by_id[vid]
                if (entity, record_id, stamp, site) != (version.entity, version.record_id, version.stamp,
                                                        version.site_id) or not _same_content(version, values,
                                                                                              parents):
                    found.append(version)
        return found


def _same_content(version: Version, values_json: str, parents_json: str) -> bool:
    if version.values_json() == values_json and version.parents_json() == parents_json:
        return True  # the usual case: the text the exporter wrote is the text stored
    try:
        parents = {k: sorted(v) for k, v in json.loads(parents_json).items()}
        return bool(json.loads(values_json) == dict(version.values)
                    and parents == {k: sorted(v) for k, v in version.parents.items()})
    except (ValueError, TypeError, AttributeError):
        return False


def plan_import(
    session: Session, workbooks: list[IncomingWorkbook], clock_: PersistentClock, vocab: VocabularyIndex,
    progress: Progress = no_progress, *, create_missing: bool = False, keyring: Keyring | None = None,
) -> ImportPlan:
    """`create_missing`: a name in a plain sheet's reference cell that no record has makes a
    record of that name (sync/names_in_cells), rather than refusing the cell. `keyring`: the
    keys files are checked against (sync/screening; by default those the database holds)."""
    plan = ImportPlan(workbooks=workbooks, keyring=keyring or Keyring.load(session))
    held = _Held(session)
    for incoming in workbooks:
        plan.files.append(_plan_file(session, incoming, plan, held, clock_, vocab, progress, create_missing))
    return plan


def _plan_file(
    session: Session, incoming: IncomingWorkbook, plan: ImportPlan, held: _Held,
    clock_: PersistentClock, vocab: VocabularyIndex, progress: Progress, create_missing: bool,
) -> FileReport:
    meta = incoming.meta or {}
    report = FileReport(
        file=str(incoming.path),
        file_id=incoming.file_id,
        ours=incoming.ours,
        office=meta.get("office_name") or None,
        already_imported=False,
        notes=list(incoming.notes),
    )
    if meta.get("confidential") == "yes":
        report.notes.append(Message("the file is marked strictly confidential (MOU 3.6)"))
    report.trust, report.withheld, trust_notes = screen_file(incoming, plan.keyring, session)
    relayed, relay_notes = check_relayed(session, plan.keyring, incoming, report.trust)
    report.withheld += relayed
    report.notes += trust_notes + relay_notes
    in_file = {(v.entity, v.record_id) for v in incoming.versions}

    def exists(entity: str, record_id: str) -> bool:
        state = plan.states.get((entity, record_id))
        if state is not None:
            return not state.deleted
        return (entity, record_id) in in_file or queries.exists(session, entity, record_id)

    def held_records(entity: str) -> Iterable[tuple[str, Mapping[str, Any]]]:
        """Live records of a type for the names in reference cells: held here, or planned so far."""
        planned = {rid: s for (kind, rid), s in plan.states.items() if kind == entity}
        for row in queries.fetch_records(session, entity):
            if row["id"] not in planned:
                yield row["id"], row
        for record_id, state in planned.items():
            if not state.deleted:
                yield record_id, state.values

    outcome = versions_from_rows(incoming, vocab, exists, held, held_records, create_missing=create_missing)
    incoming.forget_rows()  # read into versions: what the sheets showed is no longer needed
    report.rejected, report.quarantined = outcome.rejected, outcome.quarantined
    report.notes += outcome.notes
    for entity, counts in outcome.counts.items():
        report.counts[entity].update(counts)
    for entity, _cell in outcome.rejected:
        report.counts[entity]["rejected"] += 1
    for entity, _row in outcome.quarantined:
        report.counts[entity]["quarantined"] += 1

    clashing = held.clashing(incoming.versions)
    if clashing:
        _note_clashing(report, incoming, clashing)
    versions, future = hold_future(incoming.versions + outcome.versions, clock_.wall_ms(),
                                   json.loads(meta.get("sites", "{}")), incoming.path.name)
    report.withheld += future
    held.mark_known(v.id for v in versions)
    # only records the file brings something new to are resolved again, so only theirs are loaded
    held.load({(v.entity, v.record_id) for v in versions if v.id not in held.known_ids})
    # a re-import of the same edits is no new hand edit; a plain sheet's rows are no hand edits
    for entity, _record_id in {(v.entity, v.record_id) for v in outcome.versions
                               if v.id not in held.known_ids and v.origin == HAND_EDIT}:
        report.counts[entity]["hand_edits"] += 1
    by_record: dict[tuple[str, str], list[Version]] = defaultdict(list)
    for version in versions:
        by_record[(version.entity, version.record_id)].append(version)
    inserted: list[RecordState] = []
    file_id = incoming.file_id  # derived from the file's hash: made once, not once per record
    known_ids, confirming, new_versions = held.known_ids, outcome.confirming, plan.new_versions
    for done, key in enumerate(sorted(by_record)):
        if done % EVERY == 0:
            progress(f"planning {incoming.path.name}", done, len(by_record))
        entity, record_id = key
        brought = by_record[key]
        if len(brought) == 1:  # most records: one version (no copy of it to drop)
            new = [] if brought[0].id in known_ids else brought
        else:
            new = list({v.id: v for v in brought if v.id not in known_ids}.values())
        # a plain row that only confirms what is held was counted by its reading (unchanged or stale)
        counted = bool(confirming) and (all(v.id in confirming for v in new) if new
                                        else any(v.id in confirming for v in brought))
        if not new and counted:
            continue
        if not new:  # nothing new: its versions were not loaded, and need not be
            if entity in RECORD_TYPES:
                report.counts[entity]["unchanged"] += 1
            continue
        local = held.versions[key]  # loaded above: the file brings it something new
        if entity not in RECORD_TYPES:
            report.notes.append(Message("{count} versions of '{entity}' records, a type this release does not know, "
                                        "are kept and will travel on", count=len(new), entity=entity))
            new_versions += [(v, file_id) for v in new]
            known_ids.update(v.id for v in new)
            local.extend(new)
            continue
        counts = report.counts[entity]
        before = resolve(entity, record_id, local) if local else None
        local.extend(new)
        for version in new:
            known_ids.add(version.id)
            new_versions.append((version, file_id))
        after = resolve(entity, record_id, local)
        plan.states[key] = after
        if before is None:
            plan.fresh.add(key)  # nothing held of it here, nor from an earlier file of this import
            counts["inserted"] += 1
            if entity in DUPLICATE_CHECKED and not after.deleted:
                inserted.append(after)
        elif counted:
            pass
        elif {c.field for c in after.conflicts} - {c.field for c in before.conflicts}:
            counts["conflicts"] += 1
        elif (after.values, after.deleted, after.conflicts) == (before.values, before.deleted, before.conflicts):
            counts["stale"] += 1
        else:
            counts["updated"] += 1
    _note_duplicates(session, report, inserted, plan)
    if report.trust is None or report.trust.taken:  # an untrusted file does not move this office's clock
        _take_clock(incoming, versions, clock_, report)
    new_here = sum(c["inserted"] + c["updated"] + c["stale"] + c["conflicts"] for c in report.counts.values())
    report.already_imported = _already_imported(session, incoming, plan, new_here == 0)
    for site_id, info in json.loads(meta.get("sites", "{}")).items():
        plan.sites[site_id] = {"office": info.get("office"), "party": info.get("party")}
    if report.trust is not None and report.trust.taken:
        site = meta["site_id"]
        added = [v for v, _file in plan.new_versions if v.site_id == site]
        report.notes += check_history(session, plan.keyring, site, added, report.office or site_text(site))
    return report


def earlier_report(session: Session, sha256: str, path: str) -> FileReport | None:
    """The report of a file with these very bytes imported before, as a second import reports it.

    Identical bytes bring identical versions and hand edits, so the file need not be read again;
    its records are all unchanged, and cells refused or rows quarantined then are refused again.
    Not for a file that had refused cells (a reference missing then may be held now) or that was
    not one of ours (a foreign sheet is compared with the records held now): those are planned.
    """
    found = session.scalars(
        select(ImportedFile).where(ImportedFile.sha256 == sha256, ImportedFile.exporting_site.is_not(None))
    ).first()
    if found is None:
        return None
    earlier = json.loads(found.report_json)
    if earlier.get("rejected") or earlier.get("withheld"):  # withheld: a key trusted since, clocks agreeing now
        return None
    report = FileReport(file=path, file_id=found.id, ours=True, office=found.exporting_office,
                        already_imported=True, notes=list(earlier.get("notes", [])),
                        trust=FileTrust(**earlier["trust"]) if "trust" in earlier else None)
    for entity, counts in earlier.get("counts", {}).items():
        settled = sum(counts.get(n, 0) for n in ("inserted", "updated", "unchanged", "stale", "conflicts"))
        report.counts[entity].update({"unchanged": settled, "quarantined": counts.get("quarantined", 0)})
    report.quarantined = [(q["type"], RowProblem(q["sheet"], q["row"], q["reason"]))
                          for q in earlier.get("quarantined", [])]
    return report


def _note_clashing(report: FileReport, incoming: IncomingWorkbook, clashing: list[Version]) -> None:
    """Versions reusing an id held here with other content: not taken (the copy held stays), and
    listed, so the two offices can find out which is right."""
    shown = joined([Message("{type} {id}, version {version}", type=v.entity, id=v.record_id, version=v.id)
                    for v in clashing[:5]] + (["..."] if len(clashing) > 5 else []))
    if len(clashing) == 1:
        report.notes.append(Message("1 version in {file} reuse an id this database already holds with different "
                                    "content and were not taken ({shown}); the copy held here is kept. The file may "
                                    "have been edited by hand or forged: ask the sender to export again, and tell "
                                    "whoever supports mouliaison if it happens again", file=incoming.path.name,
                                    shown=shown))
    else:
        report.notes.append(Message("{count} versions in {file} reuse an id this database already holds with "
                                    "different content and were not taken ({shown}); the copy held here is kept. The "
                                    "file may have been edited by hand or forged: ask the sender to export again, and "
                                    "tell whoever supports mouliaison if it happens again", count=len(clashing),
                                    file=incoming.path.name, shown=shown))
    for version in clashing:
        report.counts[version.entity]["quarantined"] += 1


def _already_imported(session: Session, incoming: IncomingWorkbook, plan: ImportPlan, nothing_new: bool) -> bool:
    """The very same file, or a copy of it (re-saved, renamed) that brings nothing new."""
    earlier = session.scalar(select(ImportedFile.report_json).where(ImportedFile.sha256 == incoming.sha256))
    if earlier is not None:
        return "withheld" not in json.loads(earlier)  # what was withheld then may be taken now
    same_id = any(r.file_id == incoming.file_id for r in plan.files) or session.get(
        ImportedFile, incoming.file_id) is not None
    return same_id and nothing_new


def _note_duplicates(session: Session, report: FileReport, inserted: list[RecordState], plan: ImportPlan) -> None:
    """New contacts and organisations that may be ones already held: counted and named, never merged."""
    for entity in DUPLICATE_CHECKED:
        fresh = {s.record_id: s for s in inserted if s.entity == entity}
        if not fresh:
            continue
        pool = {row["id"]: party_of(entity, row["id"], row) for row in queries.fetch_records(session, entity)}
        for (kind, record_id), state in plan.states.items():
            if kind == entity:
                if state.deleted:
                    pool.pop(record_id, None)
                else:
                    pool[record_id] = party_of(entity, record_id, state.values)
        flagged: dict[str, list[str]] = {}
        for found in candidates([pool[i] for i in fresh], among=pool.values()):
            for this, other in ((found.first, found.second), (found.second, found.first)):
                decided = f"{DISTINCT}{other}" in (fresh[this].values if this in fresh else {})
                if this in fresh and not decided:
                    flagged.setdefault(this, []).append(f"{other} ({'; '.join(found.reasons)})")
        title = RECORD_TYPES[entity].title_field
        for record_id, others in sorted(flagged.items()):
            report.counts[entity]["possible_duplicates"] += 1
            name = fresh[record_id].values.get(title)
            report.notes.append(Message("{type} '{name}' ({id}) may be the same as {others}",
                                        type=TypeLabel(entity), name=name, id=record_id, others=", ".join(others)))


def _take_clock(incoming: IncomingWorkbook, versions: list[Version], clock_: PersistentClock,
                report: FileReport) -> None:
    """Advance this installation's clock past the file's stamps, unless they are too far ahead."""
    meta = incoming.meta or {}
    exported_ms = _wall_ms(meta.get("export_wall_time"))
    # more than a day ahead of this office's clock, or of the file's own export time
    bound = min(clock_.wall_ms(), exported_ms or clock_.wall_ms()) + clock.MAX_SKEW_MS
    fast: dict[str, int] = {}
    for version in versions:
        ahead = clock.wall_ms(version.stamp) - bound
        if ahead > 0:
            fast[version.site_id] = max(fast.get(version.site_id, 0), ahead + clock.MAX_SKEW_MS)
    if incoming.ours:
        clock_.receive(int(meta["export_stamp"]))
    if versions:
        clock_.receive(max(v.stamp for v in versions))
    sites = json.loads(meta.get("sites", "{}"))
    for site_id, ahead_ms in sorted(fast.items()):
        who = (sites.get(site_id) or {}).get("office") or site_text(site_id)
        days = ahead_ms / clock.DAY_MS
        report.notes.append(Message("office {who}'s clock seems {days} days fast (device time); its changes are "
                                    "kept, flagged, and do not move this office's clock past tomorrow",
                                    who=who, days=f"{days:.1f}"))


def _wall_ms(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return int(dt.datetime.fromisoformat(iso).timestamp() * 1000)
    except ValueError:
        return None


def apply_plan(session: Session, plan: ImportPlan, received_at: str) -> None:
    for report, incoming in zip(plan.files, plan.workbooks, strict=True):
        known = session.get(ImportedFile, incoming.file_id)
        if known is not None and "withheld" in json.loads(known.report_json):
            known.report_json = canonical_json(report.to_json())  # taken now, or withheld again: its newest report
        elif known is None:
            session.add(ImportedFile(
                id=incoming.file_id, sha256=incoming.sha256, file_name=incoming.path.name,
                exporting_site=(incoming.meta or {}).get("site_id"),
                exporting_office=report.office, imported_at=received_at,
                report_json=canonical_json(report.to_json()),
            ))
    session.flush()
    write_versions(session, plan.new_versions, received_at)  # in parts, each one executemany (no ORM objects)
    # what records refer to is written first: their search text names it (record_types.WRITE_ORDER)
    states = sorted(plan.states.values(), key=lambda s: (WRITE_ORDER[s.entity], s.record_id))
    for part in in_chunks(states, WRITE_CHUNK):
        write_states(session, part, new=plan.fresh)
    for site_id, info in plan.sites.items():
        site = session.get(Site, site_id)
        if site is None:
            session.add(Site(site_id=site_id, office_name=info["office"], party=info["party"], last_seen=received_at))
        else:
            site.office_name, site.party, site.last_seen = info["office"], info["party"], received_at
