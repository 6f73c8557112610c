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
    from mouliaison.services.exchange import ProposedMappings
    from mouliaison.sync.plan import FileReport
    from mouliaison.sync.sheet_mapping import SheetMapping


def _export(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    from mouliaison.services import exchange  # loaded on first use (see TYPE_CHECKING above)
    from mouliaison.sync.export import ExportRefused

    try:
        recipient = Recipient.parse(args.recipient)
        result = exchange.export_workbook(db, Path(args.out), types=exchange.parse_types(args.types),
                                          since=exchange.parse_since(args.since), recipient=recipient,
                                          unconsented=args.unconsented, language=args.language)
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
    from mouliaison.services import exchange, saved_mappings  # loaded on first use (see TYPE_CHECKING above)
    from mouliaison.sync.sheet_mapping import MappingProblem

    paths = [Path(f) for f in args.files]
    try:
        person = saved_mappings.read_mapping_file(Path(args.map)) if args.map else None
        choices = saved_mappings.with_saved(person)
        if args.show_mapping:
            return _show_mapping(exchange.propose_mappings(paths, choices=choices), args.json)
        result = exchange.import_workbooks(db, paths, dry_run=args.dry_run, choices=choices,
                                           create_missing=args.create_missing, trust_new_keys=args.trust_new_keys)
    except MappingProblem as exc:
        raise Invalid([Problem("map", str(exc))]) from None
    if args.json:
        print_json(result.to_json())
    else:
        for file, message in result.refused:
            print(f"refused {file}: {message}", file=sys.stderr)
        for report in result.files:
            _print_file_report(report)
        if result.files and not result.unread:
            totals = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in result.totals.items() if n) or "nothing"
            print(f"total: {totals}")
            print("dry run: nothing was written" if args.dry_run else "imported in one transaction")
    for file, message in result.unread:
        print(f"nothing read from {file}: {message}", file=sys.stderr)
    if result.refused or result.unread:
        print("nothing was imported: remove or fix the files named above, then import again", file=sys.stderr)
        return REFUSED
    untrusted = [r for r in result.files if r.trust is not None and not r.trust.taken]
    for report in untrusted:
        print(f"not imported from {report.file}: {report.trust.message}", file=sys.stderr)  # type: ignore[union-attr]
    if untrusted:
        return REFUSED
    if args.save_mapping:
        saved = saved_mappings.save_mappings(result.mappings)
        print(f"mapping saved for the layout of sheet {', '.join(repr(s) for s in saved)}: the next sheet with "
              "the same headers is read the same way" if saved else "no plain sheet was mapped: no mapping saved",
              file=sys.stderr)
    return OK

def _show_mapping(proposed: ProposedMappings, as_json: bool) -> int:
    """The JSON a person edits and gives back with --map on stdout; what it means, in words, on stderr."""
    for file, message in proposed.refused:
        print(f"refused {file}: {message}", file=sys.stderr)
    if proposed.refused:
        return REFUSED
    print_json(proposed.mapping_file().to_json())
    for file, mappings in proposed.files.items():
        if not mappings:
            print(f"{file}: no plain sheet (nothing to map)", file=sys.stderr)
        for mapping in mappings.values():
            for line in mapping_summary(file, mapping):
                print(line, file=sys.stderr)
        for note in proposed.notes.get(file, []):
            print(f"  note: {note}", file=sys.stderr)
    return OK

def mapping_summary(file: str, mapping: SheetMapping) -> list[str]:
    """One sheet's mapping in words: what maps where, what is left out and why, the row identity."""
    where = f"{Path(file).name}, sheet '{mapping.sheet}'"
    if mapping.entity is None:
        return [f"{where}: not read", *(f"  {note}" for note in mapping.notes)]
    rtype = RECORD_TYPES[mapping.entity]
    others = ", ".join(f"{RECORD_TYPES[t].plural.lower() if t in RECORD_TYPES else t} {score:.2f}"
                       for t, score in mapping.scores[1:4])
    lines = [f"{where}: {rtype.plural.lower()}" + (f" (other fits: {others})" if others else "")
             + f", header on row {mapping.header_row}, data from row {mapping.first_data_row}"]
    for column in mapping.columns:
        shown = f"  {column.letter} '{column.header}'" + (f" {column.hxl}" if column.hxl else "")
        if column.field is None:
            lines.append(f"{shown}: left out" + (f" ({column.reason})" if column.reason else ""))
        else:
            lines.append(f"{shown} -> {field_label(mapping.entity, column.field)} ({column.field}, by {column.how})")
    if mapping.key:
        names = [field_label(mapping.entity, k) for k in mapping.key]
        same = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
        lines.append(f"  a row is the same record when {same} {'is' if len(names) == 1 else 'are'} the same")
    else:
        lines.append("  no row identity key: every row is a new record")
    lines.append(f"  hidden columns and rows: {'read' if mapping.include_hidden else 'left out'}; "
                 f"merged cells: {'filled down' if mapping.fill_down else 'not filled down'}")
    lines += [f"  note: {note}" for note in mapping.notes]
    return lines

def field_label(entity: str, key: str) -> str:
    found = RECORD_TYPES[entity].field(key) if entity in RECORD_TYPES else None
    return found.label if found is not None else key

def _print_file_report(report: FileReport) -> None:
    origin = f" from {report.office}" if report.office else "" if report.ours else " (a plain workbook)"
    print(f"{report.file}{origin}{': already imported before' if report.already_imported else ''}")
    if report.trust is not None:
        print(f"  signature: {report.trust.message}")
    for withheld in report.withheld:
        print(f"  withheld: {withheld.message}")
    for entity, counts in sorted(report.counts.items()):
        shown = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items() if n)
        if shown:
            print(f"  {RECORD_TYPES[entity].plural if entity in RECORD_TYPES else entity}: {shown}")
    for group in report.rejected_groups():  # one line per column and cause; every cell is in --json
        print(f"  rejected {group}")
    # one line per sheet and reason; every row is in --json
    for line in report.quarantined_lines():
        print(f"  quarantined {line}")
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
