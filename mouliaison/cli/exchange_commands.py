"""Commands that exchange work: export, import, conflicts, resolve."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mouliaison.cli.output import OK, REFUSED, Command, print_json
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.privacy.recipients import NotARecipient, Recipient
from mouliaison.services.conflicts import list_conflicts, resolve_conflict
from mouliaison.services.database import Database

if TYPE_CHECKING:  # the workbook libraries load with an export or an import, not with every command
    from mouliaison.sync.plan import FileReport


def _export(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    from mouliaison.services import exchange  # loaded on first use (see TYPE_CHECKING above)
    from mouliaison.sync.export import ExportRefused

    try:
        recipient = Recipient.parse(args.recipient)
        result = exchange.export_workbook(db, Path(args.out), types=exchange.parse_types(args.types),
                                          since=exchange.parse_since(args.since), recipient=recipient,
                                          unconsented=args.unconsented)
    except (NotARecipient, exchange.ExportProblem, ExportRefused) as exc:
        raise Invalid([Problem("", str(exc))]) from None
    report, contacts = result.report, result.contacts
    if args.json:
        print_json({"file": str(report.path), "file_id": report.file_id, "rows": report.rows,
                     "versions": report.versions, "sha256": result.file_sha256, "recipient": str(recipient),
                     "contacts": contacts.counts(),
                     "pseudonymised_because": sorted(set(contacts.pseudonymised.values())),
                     "left_out_because": sorted(set(contacts.left_out.values()))})
        return OK
    rows = ", ".join(RECORD_TYPES[t].count(n) for t, n in report.rows.items() if n) or "no records"
    print(f"wrote {report.path}: {rows}; {report.versions} versions; for {recipient}")
    if recipient.kind == "third-party":
        counts = contacts.counts()
        print(f"contacts: {counts['included']} with their personal data (consent on file), "
              f"{counts['pseudonymised']} pseudonymised, {counts['left_out']} left out")
        for why in sorted(set(contacts.pseudonymised.values()) | set(contacts.left_out.values())):
            print(f"  without consent: {why}")
    return OK

def _import(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    from mouliaison.services import exchange  # loaded on first use (see TYPE_CHECKING above)

    result = exchange.import_workbooks(db, [Path(f) for f in args.files], dry_run=args.dry_run)
    if args.json:
        print_json(result.to_json())
    else:
        for file, message in result.refused:
            print(f"refused {file}: {message}", file=sys.stderr)
        for report in result.files:
            _print_file_report(report)
        if result.files:
            totals = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in result.totals.items() if n) or "nothing"
            print(f"total: {totals}")
            print("dry run: nothing was written" if args.dry_run else "imported in one transaction")
    if result.refused:
        print("nothing was imported: remove or fix the refused files, then import again", file=sys.stderr)
        return REFUSED
    return OK

def _print_file_report(report: FileReport) -> None:
    origin = f" from {report.office}" if report.office else "" if report.ours else " (a plain workbook)"
    print(f"{report.file}{origin}{': already imported before' if report.already_imported else ''}")
    for entity, counts in sorted(report.counts.items()):
        shown = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items() if n)
        if shown:
            print(f"  {RECORD_TYPES[entity].plural if entity in RECORD_TYPES else entity}: {shown}")
    for group in report.rejected_groups():  # one line per column and cause; every cell is in --json
        print(f"  rejected {group}")
    for _entity, row_problem in report.quarantined:
        print(f"  quarantined {row_problem}")
    for note in report.notes:
        print(f"  note: {note}")

def _conflicts(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    views = list_conflicts(db)
    if args.json:
        print_json([v.to_json() for v in views])
        return OK
    for view in views:
        print(f"{view.id}  {RECORD_TYPES[view.type].label} '{view.record_title}' ({view.record_id}): "
              f"{view.field_label}")
        for n, value in enumerate(view.values):
            source = f", file {value.source_file}" if value.source_file else ""
            mark = "shown" if n == 0 else "     "
            print(f"  {mark} {value.version_id}  {value.shown!r}  by {value.office} at {value.device_time} "
                  f"(device time){source}")
    print(f"{len(views)} open conflict{'s' * (len(views) != 1)}", file=sys.stderr)
    return OK

def _resolve(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    resolve_conflict(db, args.conflict_id, keep=args.keep, value=args.value)
    if args.json:
        print_json({"id": args.conflict_id, "resolved": True})
    else:
        print(f"resolved {args.conflict_id}; the resolution travels in your next export")
    return OK


HANDLERS: dict[str, Command] = {
    "export": _export,
    "import": _import,
    "conflicts": _conflicts,
    "resolve": _resolve,
}
