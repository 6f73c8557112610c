"""Export and import of liaison workbooks: the use cases behind File > Export / Import
and `mouliaison export` / `mouliaison import`."""

from __future__ import annotations

import datetime as dt
import errno
import functools
import gc
import os
import stat
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ParamSpec, TypeVar

from mouliaison import __version__
from mouliaison.domain import clock
from mouliaison.domain.ids import uuid7
from mouliaison.domain.messages import Message, joined, template
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.signing import fingerprint
from mouliaison.privacy.profiles import LEAVE_OUT, PSEUDONYMISE, ContactOutcome
from mouliaison.privacy.pseudonyms import new_key
from mouliaison.privacy.recipients import THIRD_PARTY, Recipient
from mouliaison.services.consent import policy_for, today
from mouliaison.services.database import Database, Writing, free_bytes
from mouliaison.services.import_write import write_plan
from mouliaison.services.keys import KeyFileProblem, signing_for_export
from mouliaison.services.office import current_office
from mouliaison.services.progress import Progress, no_progress
from mouliaison.services.receipts import log_receipt
from mouliaison.services.saved_mappings import check_against_sheets
from mouliaison.store import queries
from mouliaison.store.clock import PersistentClock
from mouliaison.store.installation import pseudonym_key
from mouliaison.store.migrate import head_revision
from mouliaison.store.session import Session
from mouliaison.sync.cell_texts import LANGUAGES as LABEL_LANGUAGES
from mouliaison.sync.export import ExportHeader, ExportReport, ExportScope, write_workbook
from mouliaison.sync.file_checks import Limits, RefusedFile, check_xml_safety
from mouliaison.sync.plan import COUNT_NAMES, FileReport, ImportPlan, earlier_report, plan_import
from mouliaison.sync.reader import IncomingWorkbook, file_sha256, read_workbook
from mouliaison.sync.screening import Keyring
from mouliaison.sync.sheet_mapping import MappingFile, SheetMapping

__all__ = ["ExportProblem", "ExportResult", "ImportResult", "PreparedImport", "ProposedMappings", "apply_import",
           "export_workbook", "import_workbooks", "nothing_read", "parse_since", "parse_types", "prepare_import",
           "propose_mappings", "replan_file"]


class ExportProblem(ValueError):
    pass


def parse_types(text: str | None) -> tuple[str, ...]:
    if not text:
        return tuple(RECORD_TYPES)
    names = tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
    unknown = [n for n in names if n not in RECORD_TYPES]
    if unknown:
        raise ExportProblem(f"unknown record type {', '.join(unknown)}; use: {', '.join(RECORD_TYPES)}")
    return names


def parse_since(text: str | None) -> str | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ExportProblem(f"--since '{text}' is not a date or time; write it as YYYY-MM-DD") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")


@dataclass
class ExportResult:
    report: ExportReport
    recipient: Recipient
    contacts: ContactOutcome
    file_sha256: str


def export_workbook(
    db: Database,
    path: Path,
    *,
    types: Sequence[str] | None = None,
    since: str | None = None,
    recipient: Recipient | None = None,
    unconsented: str = PSEUDONYMISE,
    language: str = "en",
) -> ExportResult:
    """Write a workbook for `recipient`, then log its receipt (recipient, hash, counts, consent basis);
    its visible cells read in `language` (en, fr or es: labels, statuses, countries)."""
    recipient = recipient or Recipient("same-party")
    path = path.absolute()
    if path.suffix.lower() != ".xlsx":
        raise ExportProblem(f"{path.name}: a liaison workbook is an .xlsx file; end the name with .xlsx")
    if not path.parent.is_dir():
        raise ExportProblem(f"the folder {path.parent} does not exist; choose an existing folder")
    if unconsented not in (PSEUDONYMISE, LEAVE_OUT):
        raise ExportProblem(f"'{unconsented}': people without consent are either {PSEUDONYMISE}d or {LEAVE_OUT}")
    if language not in LABEL_LANGUAGES:
        raise ExportProblem(f"'{language}': a workbook's labels are in {', '.join(LABEL_LANGUAGES)}; "
                            "choose one of them")
    scope = ExportScope(types=tuple(types) if types else tuple(RECORD_TYPES), since=since)
    office = current_office(db)
    with db.writing() as change:  # a stamp later than every version this export carries
        stamp = change.clock.now()
        wall = dt.datetime.fromtimestamp(change.clock.wall_ms() / 1000, dt.UTC).isoformat(timespec="milliseconds")
        site_id = change.installation.site_id
        key = pseudonym_key(change.session, new_key)
        try:  # the office's key (made at the first export of a database from before signing)
            signed = signing_for_export(db, change.session, site_id, office.name, recipient.kind != THIRD_PARTY)
        except KeyFileProblem as exc:
            raise ExportProblem(f"{exc}; nothing was written") from None
    with db.reading() as session:
        sites = queries.known_sites(session)
        sites[site_id] = {"office": office.name, "party": office.party_code}
        header = ExportHeader(
            file_id=uuid7(),
            stamp=stamp,
            wall_time=wall,
            site_id=site_id,
            office_id=office.office_id,
            office_name=office.name,
            office_party=office.party_code,
            recipient=str(recipient),
            confidential=recipient.confidential,
            schema_version=head_revision(),
            app_version=__version__,
            sites=sites,
            labels_language=language,
            signing=signed,
        )
        policy = policy_for(session, recipient, key=key, on=today(), unconsented=unconsented)
        try:
            report = write_workbook(session, path, header, scope, policy)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                free = free_bytes(Path(path).absolute().parent)
                shown = f"{free / 2**20:.1f} MB" if free is not None else "an unknown amount"
                raise ExportProblem(f"could not write {path}: the disk is full (free {shown}); nothing was written. "
                                    "Free some space there or choose another folder, then export again.") from None
            raise ExportProblem(f"could not write {path}: {exc.strerror or exc}; nothing was written") from None
    file_sha256 = log_receipt(db, report, recipient, policy.outcome, unconsented,
                              fingerprint(signed.public))
    return ExportResult(report, recipient, policy.outcome, file_sha256)


@dataclass
class ImportResult:
    files: list[FileReport]
    totals: dict[str, int]
    applied: bool
    refused: list[tuple[str, str]]  # (file, message) for files that were refused
    unread: list[tuple[str, str]] = field(default_factory=list)  # (file, why): it had data, none was read
    replanned: bool = False  # the database changed after the preview: planned again before writing
    mappings: list[SheetMapping] = field(default_factory=list)  # how the plain sheets were read

    def to_json(self) -> dict[str, object]:
        return {"files": [f.to_json() for f in self.files], "totals": self.totals, "applied": self.applied,
                "refused": [{"file": f, "message": m} for f, m in self.refused],
                "nothing_read": [{"file": f, "message": m} for f, m in self.unread], "replanned": self.replanned}


@dataclass
class PreparedImport:
    """Files read once and planned in a dry run, kept for Apply (File ▸ Import's preview).

    Apply writes the kept plan when the database is as it was when planned; otherwise it plans
    again from the kept workbooks, without reading the files again. The workbooks keep their
    rows for that (planning lets go of a copy's rows, not of these).
    """

    paths: list[Path]
    preview: ImportResult
    workbooks: list[IncomingWorkbook]
    create_missing: bool = False
    earlier: dict[str, FileReport] = field(default_factory=dict)  # imported before: not read, not planned
    plan: ImportPlan | None = None
    mark: tuple[int, int] = (0, 0)  # the database when planned: see _database_mark
    received: list[int] = field(default_factory=list)  # the stamps planning's clock received
    trust_new_keys: bool = False  # see import_workbooks


_P = ParamSpec("_P")
_R = TypeVar("_R")


class _ListeningClock(PersistentClock):
    """The clock planning uses: what it receives is noted, so that applying the kept plan later
    receives the same (the dry run's clock moves are rolled back with it)."""

    def __init__(self, session: Session, wall: Callable[[], int]) -> None:
        super().__init__(session, wall)
        self.received: list[int] = []

    def receive(self, remote: int) -> clock.Received:
        self.received.append(remote)
        return super().receive(remote)


def _without_cycle_collection(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """The import's use cases run with Python's cycle collector off, and turn it on again once
    they have returned.

    An import builds millions of objects, none in cycles: each of the collector's full passes
    walks every object alive, and an import of 100,000 records set it off again and again, a
    third of the reading time. Memory is freed as before, by reference counts. The collector is
    on again only after the function's locals (a plan, the workbooks' rows) are freed, so its
    first pass walks the few objects that remain rather than all of them (0.7 s at 100,000 rows).
    """
    @functools.wraps(function)
    def off_until_returned(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return off_until_returned


@_without_cycle_collection
def import_workbooks(
    db: Database, paths: Sequence[Path], *, dry_run: bool = False, progress: Progress = no_progress,
    choices: MappingFile | None = None, create_missing: bool = False, trust_new_keys: bool = False,
) -> ImportResult:
    """Check every file, plan, then apply all in one transaction; a refused file stops it all,
    and so does a file with data of which nothing could be read.

    `trust_new_keys`: an office's key met for the first time is trusted (a person checked its
    fingerprint); otherwise what it signed is withheld and the report names the key.

    `progress` may raise services.progress.Cancelled: the transaction rolls back, nothing is written.
    """
    earlier, workbooks, refused = _read_files(db, paths, progress, choices)
    if refused:
        return ImportResult([], {n: 0 for n in COUNT_NAMES}, False, refused)
    received_at = _now()
    planned: list[FileReport] = []
    unread: list[tuple[str, str]] = []
    if workbooks:
        try:
            with db.writing(dry_run=dry_run) as change:
                plan = _plan(change, workbooks, progress, create_missing, trust_new_keys)
                planned = plan.files
                unread = nothing_read(plan)
                if unread:
                    raise _NothingRead
                if not dry_run:
                    for incoming in [*workbooks, *plan.workbooks]:  # this import plans no more
                        incoming.forget_read()
                    write_plan(change.session, plan, received_at, progress, release=True)
        except _NothingRead:
            pass
    return _result(paths, earlier, planned, workbooks, applied=not dry_run and not unread, unread=unread)


@_without_cycle_collection
def prepare_import(
    db: Database, paths: Sequence[Path], *, progress: Progress = no_progress,
    choices: MappingFile | None = None, create_missing: bool = False, trust_new_keys: bool = False,
) -> PreparedImport:
    """Read every file once and plan in a dry run; `apply_import` writes what was planned."""
    earlier, workbooks, refused = _read_files(db, paths, progress, choices)
    prepared = PreparedImport(list(paths), ImportResult([], {n: 0 for n in COUNT_NAMES}, False, refused),
                              workbooks, create_missing, trust_new_keys=trust_new_keys)
    if not refused:
        _plan_prepared(db, prepared, earlier, progress)
    return prepared


@_without_cycle_collection
def replan_file(
    db: Database, prepared: PreparedImport, path: Path, choices: MappingFile, progress: Progress = no_progress
) -> PreparedImport:
    """A person changed how the plain sheets of `path` map: that file is read again with their
    choices, the others are not; the whole import is planned again (plans depend on each other)."""
    _earlier, again, refused = _read_files(db, [path], progress, choices)
    workbooks = list(prepared.workbooks)
    if again and not refused:
        index = next(i for i, w in enumerate(workbooks) if w.path == again[0].path)
        workbooks[index] = again[0]
    replanned = PreparedImport(prepared.paths, ImportResult([], {n: 0 for n in COUNT_NAMES}, False, refused),
                               workbooks, prepared.create_missing, trust_new_keys=prepared.trust_new_keys)
    if not refused:
        _plan_prepared(db, replanned, prepared.earlier, progress)
    return replanned


@_without_cycle_collection
def apply_import(db: Database, prepared: PreparedImport, *, progress: Progress = no_progress) -> ImportResult:
    """Write the prepared plan in one transaction. When the database changed since it was planned
    (a local edit, another import), the kept workbooks are planned again first, and the result says so."""
    preview = prepared.preview
    if preview.refused or preview.unread:
        raise ValueError("this import was refused at its preview, so nothing can be written; "
                         "remove the files the preview names and preview again")
    if prepared.plan is None:  # every file was imported before: nothing to write
        return replace(preview, applied=True)
    received_at = _now()
    replanned = False
    with db.writing() as change:
        plan = prepared.plan
        if _database_mark(change.session) == prepared.mark:
            for stamp in prepared.received:  # what planning received, in the dry run rolled back since
                change.clock.receive(stamp)
        else:
            replanned = True
            progress("the database changed since the preview: planning again", 0, None)
            plan = _plan(change, prepared.workbooks, progress, prepared.create_missing, prepared.trust_new_keys)
            unread = nothing_read(plan)
            if unread:
                raise ValueError("the database changed since the preview, and planned again nothing could "
                                 f"be read from {', '.join(Path(f).name for f, _ in unread)}; nothing was "
                                 "written: preview again")
        write_plan(change.session, plan, received_at, progress)
    return _result(prepared.paths, prepared.earlier, plan.files, prepared.workbooks, applied=True,
                   replanned=replanned)


@dataclass
class ProposedMappings:
    """How the plain sheets of each file would be read (`import --show-mapping`); nothing is written."""

    files: dict[str, dict[str, SheetMapping]]  # file -> sheet -> mapping
    notes: dict[str, list[str]]  # file -> what its reading noted
    refused: list[tuple[str, str]]

    def mapping_file(self) -> MappingFile:
        """Every plain sheet's mapping, by sheet name, as `--map` reads it back."""
        merged: dict[str, SheetMapping] = {}
        for mappings in self.files.values():
            merged.update(mappings)
        return MappingFile.from_mappings(merged)


@_without_cycle_collection
def propose_mappings(paths: Sequence[Path], *, choices: MappingFile | None = None,
                     progress: Progress = no_progress) -> ProposedMappings:
    check_xml_safety()
    proposed = ProposedMappings({}, {}, [])
    for path in paths:
        try:
            incoming = read_workbook(Path(path), progress, choices)
        except RefusedFile as exc:
            proposed.refused.append((str(path), exc.message))
            continue
        proposed.files[str(path)] = dict(incoming.mappings)
        proposed.notes[str(path)] = list(incoming.notes)
    if choices is not None and choices.sheets and not proposed.refused:
        check_against_sheets(choices, proposed.files)
    return proposed


# What to do about a file nothing was read from, in the command line's words (the window words its own)
UNREAD_FIX = template("See how its sheets map with `mouliaison import {name} --show-mapping`, correct that mapping "
                      "and import again with --map MAPPING.json; or remove the file from this import")


class _NothingRead(Exception):
    """Rolls the transaction back: a file had data and nothing of it could be read."""


def nothing_read(plan: ImportPlan) -> list[tuple[str, str]]:
    """Plain files that had data of which no record was read: every row rejected or quarantined, or
    no sheet could be mapped. Importing the rest would look done while a whole file was lost."""
    unread: list[tuple[str, str]] = []
    for report, incoming in zip(plan.files, plan.workbooks, strict=True):
        if report.ours or report.already_imported:
            continue
        counts = report.totals()
        if any(counts[n] for n in ("inserted", "updated", "unchanged", "stale", "conflicts")):
            continue
        unmapped = sorted(name for name, m in incoming.mappings.items() if m.entity is None and m.columns)
        why: list[str] = []
        if counts["quarantined"]:
            why.append(Message("{count} rows quarantined", count=counts["quarantined"]))
        if counts["rejected"]:
            why.append(Message("{count} cells rejected", count=counts["rejected"]))
        if unmapped:
            why.append(Message("no record type for sheet {sheets}", sheets=", ".join(repr(n) for n in unmapped)))
        if not why and report.notes:
            why = list(report.notes)
        if why:
            unread.append((report.file, Message("nothing could be read from it ({why}). {fix}", why=joined(why),
                                                fix=Message(UNREAD_FIX, name=Path(report.file).name))))
    return unread


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _read_files(
    db: Database, paths: Sequence[Path], progress: Progress, choices: MappingFile | None
) -> tuple[dict[str, FileReport], list[IncomingWorkbook], list[tuple[str, str]]]:
    """Each file read once: (reports of files imported before, not read again; workbooks; refusals)."""
    check_xml_safety()  # openpyxl must parse through defusedxml, or no file is read at all
    earlier = _earlier_reports(db, paths)
    workbooks: list[IncomingWorkbook] = []
    refused: list[tuple[str, str]] = []
    for path in paths:
        if str(path) in earlier:
            continue
        try:
            workbooks.append(read_workbook(Path(path), progress, choices))
        except RefusedFile as exc:
            refused.append((str(path), exc.message))
    if choices is not None and choices.sheets and not refused:
        check_against_sheets(choices, {str(w.path): w.mappings for w in workbooks})
    return earlier, workbooks, refused


def _plan(change: Writing, workbooks: list[IncomingWorkbook], progress: Progress, create_missing: bool,
          trust_new_keys: bool = False) -> ImportPlan:
    """Plan over copies of the workbooks: planning lets go of a workbook's rows, the kept ones hold them
    (and screening takes withheld versions out of the copy, not the kept one)."""
    vocab = queries.load_vocabularies(change.session)
    copies = [replace(w) for w in workbooks]
    return plan_import(change.session, copies, change.clock, vocab, progress, create_missing=create_missing,
                       keyring=Keyring.load(change.session, trust_new_keys))


def _plan_prepared(db: Database, prepared: PreparedImport, earlier: dict[str, FileReport],
                   progress: Progress) -> None:
    prepared.earlier = earlier
    planned: list[FileReport] = []
    if prepared.workbooks:
        with db.writing(dry_run=True) as change:
            listening = _ListeningClock(change.session, change.clock.wall_ms)
            prepared.mark = _database_mark(change.session)
            plan = _plan(replace(change, clock=listening), prepared.workbooks, progress, prepared.create_missing,
                         prepared.trust_new_keys)
        prepared.plan, prepared.received, planned = plan, listening.received, plan.files
        prepared.preview = _result(prepared.paths, earlier, planned, prepared.workbooks, applied=False,
                                   unread=nothing_read(plan))
    else:
        prepared.preview = _result(prepared.paths, earlier, planned, [], applied=False)


def _database_mark(session: Session) -> tuple[int, int]:
    """What changes when anything is written that a plan depends on: versions only grow (a local
    edit, an import, an erasure each add one), and an import of nothing new still records its file."""
    return queries.versions_mark(session), queries.imported_files_count(session)


def _result(paths: Sequence[Path], earlier: dict[str, FileReport], planned: list[FileReport],
            workbooks: list[IncomingWorkbook], *, applied: bool, unread: list[tuple[str, str]] | None = None,
            replanned: bool = False) -> ImportResult:
    reports = iter(planned)
    files = [earlier[str(path)] if str(path) in earlier else next(reports) for path in paths]
    totals: Counter[str] = Counter({n: 0 for n in COUNT_NAMES})
    for report in files:
        totals.update(report.totals())
    mappings = [m for w in workbooks for m in w.mappings.values()]
    return ImportResult(files, dict(totals), applied, [], unread or [], replanned, mappings)


def _earlier_reports(db: Database, paths: Sequence[Path]) -> dict[str, FileReport]:
    """Files whose very bytes were imported before (one of ours, nothing refused): not read again.

    A file met twice in the same import is planned both times, as before: its first copy is not
    imported yet.
    """
    hashes: dict[str, str] = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue  # the file check says what is wrong
        if stat.S_ISREG(info.st_mode) and 0 < info.st_size <= Limits().max_file_bytes:
            try:
                hashes[str(path)] = file_sha256(Path(path))
            except OSError:
                continue
    if not hashes:
        return {}
    found: dict[str, FileReport] = {}
    names = [str(p) for p in paths]
    with db.reading() as session:
        for name, sha256 in hashes.items():
            report = earlier_report(session, sha256, name)
            if report is not None and names.count(name) == 1:
                found[name] = report
    return found
