"""Export and import of liaison workbooks: the use cases behind File > Export / Import
and `mouliaison export` / `mouliaison import`."""

from __future__ import annotations

import datetime as dt
import gc
import os
import stat
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from mouliaison import __version__
from mouliaison.domain.ids import uuid7
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.privacy.profiles import LEAVE_OUT, PSEUDONYMISE, ContactOutcome
from mouliaison.privacy.pseudonyms import new_key
from mouliaison.privacy.recipients import Recipient
from mouliaison.services.consent import policy_for, today
from mouliaison.services.database import Database
from mouliaison.services.office import current_office
from mouliaison.services.progress import Progress, no_progress
from mouliaison.services.receipts import log_receipt
from mouliaison.store import queries
from mouliaison.store.migrate import head_revision
from mouliaison.store.schema import Site
from mouliaison.sync.export import ExportHeader, ExportReport, ExportScope, write_workbook
from mouliaison.sync.file_checks import Limits, RefusedFile, check_xml_safety
from mouliaison.sync.plan import COUNT_NAMES, FileReport, apply_plan, earlier_report, plan_import
from mouliaison.sync.reader import IncomingWorkbook, file_sha256, read_workbook

__all__ = ["ExportProblem", "ExportResult", "ImportResult", "export_workbook", "import_workbooks", "parse_since",
           "parse_types"]


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
) -> ExportResult:
    """Write a workbook for `recipient`, then log its receipt (recipient, hash, counts, consent basis)."""
    recipient = recipient or Recipient("same-party")
    path = path.absolute()
    if path.suffix.lower() != ".xlsx":
        raise ExportProblem(f"{path.name}: a liaison workbook is an .xlsx file; end the name with .xlsx")
    if not path.parent.is_dir():
        raise ExportProblem(f"the folder {path.parent} does not exist; choose an existing folder")
    if unconsented not in (PSEUDONYMISE, LEAVE_OUT):
        raise ExportProblem(f"'{unconsented}': people without consent are either {PSEUDONYMISE}d or {LEAVE_OUT}")
    scope = ExportScope(types=tuple(types) if types else tuple(RECORD_TYPES), since=since)
    office = current_office(db)
    with db.writing() as change:  # a stamp later than every version this export carries
        stamp = change.clock.now()
        wall = dt.datetime.fromtimestamp(change.clock.wall_ms() / 1000, dt.UTC).isoformat(timespec="milliseconds")
        site_id = change.installation.site_id
        if change.installation.pseudonym_key is None:
            change.installation.pseudonym_key = new_key()
        key = change.installation.pseudonym_key
    with db.reading() as session:
        sites = {
            s.site_id: {"office": s.office_name, "party": s.party}
            for s in session.scalars(select(Site))
        }
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
        )
        policy = policy_for(session, recipient, key=key, on=today(), unconsented=unconsented)
        try:
            report = write_workbook(session, path, header, scope, policy)
        except OSError as exc:
            raise ExportProblem(f"could not write {path}: {exc.strerror or exc}; nothing was written") from None
    file_sha256 = log_receipt(db, report, recipient, policy.outcome, unconsented)
    return ExportResult(report, recipient, policy.outcome, file_sha256)


@dataclass
class ImportResult:
    files: list[FileReport]
    totals: dict[str, int]
    applied: bool
    refused: list[tuple[str, str]]  # (file, message) for files that were refused

    def to_json(self) -> dict[str, object]:
        return {"files": [f.to_json() for f in self.files], "totals": self.totals, "applied": self.applied,
                "refused": [{"file": f, "message": m} for f, m in self.refused]}


def import_workbooks(
    db: Database, paths: Sequence[Path], *, dry_run: bool = False, progress: Progress = no_progress
) -> ImportResult:
    """Check every file, plan, then apply all in one transaction; a refused file stops it all.

    `progress` may raise services.progress.Cancelled: the transaction rolls back, nothing is written.
    """
    with _without_cycle_collection():
        return _import_workbooks(db, paths, dry_run=dry_run, progress=progress)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while an import builds millions of objects (none in cycles).

    Each of its full passes walks every object alive; an import of 100,000 records set it off
    again and again, a third of the reading time. Memory is freed as before, by reference counts.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import_workbooks(
    db: Database, paths: Sequence[Path], *, dry_run: bool, progress: Progress
) -> ImportResult:
    check_xml_safety()  # openpyxl must parse through defusedxml, or no file is read at all
    earlier = _earlier_reports(db, paths)
    workbooks: list[IncomingWorkbook] = []
    refused: list[tuple[str, str]] = []
    for path in paths:
        if str(path) in earlier:
            continue
        try:
            workbooks.append(read_workbook(Path(path), progress))
        except RefusedFile as exc:
            refused.append((str(path), exc.message))
    if refused:
        return ImportResult([], {n: 0 for n in COUNT_NAMES}, False, refused)
    received_at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    planned: list[FileReport] = []
    if workbooks:
        with db.writing(dry_run=dry_run) as change:
            vocab = queries.load_vocabularies(change.session)
            plan = plan_import(change.session, workbooks, change.clock, vocab, progress)
            if not dry_run:
                progress("writing", len(plan.new_versions), len(plan.new_versions))
                apply_plan(change.session, plan, received_at)
        planned = plan.files
    reports = iter(planned)
    files = [earlier[str(path)] if str(path) in earlier else next(reports) for path in paths]
    totals: Counter[str] = Counter({n: 0 for n in COUNT_NAMES})
    for report in files:
        totals.update(report.totals())
    return ImportResult(files, dict(totals), not dry_run, [])


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
