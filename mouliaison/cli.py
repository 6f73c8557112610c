"""The command line: `mouliaison [--db PATH] SUB-COMMAND ... [--json]`.

Exit status: 0 done, 1 refused (nothing written), 2 wrong usage. With no sub-command
the window opens.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from mouliaison import __version__
from mouliaison.domain.record_types import RECORD_TYPES, TYPE_ALIASES, record_type
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import display, to_wire
from mouliaison.privacy.recipients import NotARecipient, Recipient
from mouliaison.services import duplicates, exchange, records
from mouliaison.services.check import check_database
from mouliaison.services.conflicts import list_conflicts, resolve_conflict
from mouliaison.services.consent import withdraw_consent
from mouliaison.services.database import Database, DatabaseUnavailable, choose_database, open_database
from mouliaison.services.dump import dump_json
from mouliaison.services.erasure import erase_personal_data
from mouliaison.services.names import names_for
from mouliaison.services.office import current_office, set_office
from mouliaison.services.receipts import list_receipts
from mouliaison.store.lock import DatabaseInUse
from mouliaison.store.migrate import DatabaseTooNew, MigrationFailed, NotOurDatabase
from mouliaison.sync.export import ExportRefused
from mouliaison.sync.plan import FileReport

OK, REFUSED, USAGE = 0, 1, 2

# Problems opening the database: each message says what is wrong and what to do.
OPEN_ERRORS = (DatabaseUnavailable, DatabaseInUse, DatabaseTooNew, NotOurDatabase, MigrationFailed)


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: {message}\n")


def build_parser() -> Parser:
    parser = Parser(prog="mouliaison", description="Liaison desk for the IOM-WCO Memorandum of Understanding.")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $MOULIAISON_DB, else your data folder)")
    parser.add_argument("--version", action="version", version=f"mouliaison {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="SUB-COMMAND", parser_class=Parser)
    types = sorted([*RECORD_TYPES, *TYPE_ALIASES])

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", help="machine-readable output")
        return p

    p = command("init", "set the office this installation records for")
    p.add_argument("--office", required=True, metavar="NAME")
    p.add_argument("--party", required=True, metavar="PARTY", help="IOM or WCO")
    p.add_argument("--level", default="field", help="headquarters, regional, country or field")
    p.add_argument("--country", metavar="ISO3", help="ISO 3166 alpha-3 code, e.g. KEN")

    p = command("add", "add a record: add TYPE key=value ...")
    p.add_argument("type", choices=types, metavar="TYPE")
    p.add_argument("pairs", nargs="*", metavar="key=value")

    p = command("edit", "change fields of a record: edit TYPE ID key=value ...")
    p.add_argument("type", choices=types, metavar="TYPE")
    p.add_argument("id")
    p.add_argument("pairs", nargs="*", metavar="key=value")

    p = command("delete", "delete a record (it leaves a tombstone that travels)")
    p.add_argument("type", choices=types, metavar="TYPE")
    p.add_argument("id")

    p = command("list", "list the records of a type")
    p.add_argument("type", choices=types, metavar="TYPE")
    p.add_argument("--deleted", action="store_true", help="include deleted records")

    p = command("show", "show one record")
    p.add_argument("type", choices=types, metavar="TYPE")
    p.add_argument("id")

    p = command("export", "write a liaison workbook (.xlsx) to send to another office")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--types", metavar="TYPE,...", help="record types to include (default: all)")
    p.add_argument("--since", metavar="DATE", help="only what this database received since then")
    p.add_argument("--recipient", default="same-party", help="same-party, partner or third-party:NAME")
    p.add_argument("--unconsented", default="pseudonymise", choices=("pseudonymise", "leave-out"),
                   help="for a third party: people without consent get a pseudonym, or are left out")

    p = command("import", "import liaison workbooks: check, plan, then apply in one transaction")
    p.add_argument("files", nargs="+", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")

    command("receipts", "list the exports this database made: recipient, file hash, consent basis")
    p = command("withdraw-consent", "record that a person withdrew a consent (both stay provable)")
    p.add_argument("consent_id", metavar="CONSENT_ID")
    p.add_argument("--on", required=True, metavar="DATE", help="the day the consent was withdrawn")
    p.add_argument("--evidence", required=True, metavar="REFERENCE")
    p.add_argument("--method", default="other", help="signed-form, email or other")

    p = command("duplicates", "list possible duplicate contacts or organisations, with the reasons")
    p.add_argument("type", choices=("contact", "organisation"), metavar="TYPE", nargs="?", default="contact")
    p = command("merge-duplicates", "merge a duplicate into the record to keep (a person's decision)")
    p.add_argument("keep", metavar="KEEP_ID")
    p.add_argument("duplicate", metavar="DUPLICATE_ID")
    p = command("not-duplicate", "record that two contacts or organisations are not the same")
    p.add_argument("first", metavar="ID")
    p.add_argument("second", metavar="OTHER_ID")
    p = command("erase", "erase a person's personal data on request, everywhere it travels (MOU 3.6)")
    p.add_argument("type", choices=("contact",), metavar="TYPE")
    p.add_argument("id")

    command("conflicts", "list the open conflicts")
    p = command("resolve", "resolve a conflict: keep one version, or give a value")
    p.add_argument("conflict_id", metavar="CONFLICT_ID")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--keep", metavar="VERSION_ID")
    which.add_argument("--value", metavar="VALUE")

    command("dump", "print the whole current state as canonical JSON")
    command("check", "check the database's integrity; exit 0 only when clean")
    command("office", "show this installation's office and site")
    return parser


def parse_pairs(pairs: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(f"'{pair}' is not key=value (for example title=\"Joint training\")")
        if key in values:
            raise UsageError(f"'{key}' is given twice")
        values[key] = value
    return values


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return OK


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command is None:
        if extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        from mouliaison.app import run_window  # Qt only when a window is wanted

        return run_window(choose_database(args.db))
    if extra and not hasattr(args, "pairs"):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if getattr(args, "type", None):
        args.type = record_type(args.type).name  # `consent` is `consent_record`
    as_json = args.json
    try:
        handler = HANDLERS[args.command]
        # key=value pairs may come before or after --json
        pairs = parse_pairs([*(getattr(args, "pairs", None) or []), *extra])
        if args.command == "edit" and not pairs:
            raise UsageError("give at least one key=value to change")
        with open_database(choose_database(args.db)) as db:
            for warning in db.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            return handler(db, args, pairs)
    except UsageError as exc:
        parser.exit(USAGE, f"mouliaison {args.command}: {exc}\n")
    except Invalid as exc:
        _refused([{"field": p.field, "message": p.message} for p in exc.problems], as_json)
    except OPEN_ERRORS as exc:
        _refused([{"field": "", "message": str(exc)}], as_json)
    return REFUSED


def _refused(problems: list[dict[str, str]], as_json: bool) -> None:
    if as_json:
        _print_json({"error": "refused", "problems": problems})
        return
    print(f"refused, nothing was written ({len(problems)} problem{'s' * (len(problems) != 1)}):", file=sys.stderr)
    for p in problems:
        print(f"  {p['field'] + ': ' if p['field'] else ''}{p['message']}", file=sys.stderr)


def _print_json(data: Any) -> None:
    print(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1))


def _wire(view: records.RecordView) -> dict[str, Any]:
    rtype = RECORD_TYPES[view.type]
    data = {f.key: to_wire(f, view.values[f.key]) for f in rtype.fields}
    data.update(id=view.id, type=view.type, deleted=view.deleted, conflicted=view.conflicted)
    return data


def _init(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    set_office(db, args.office, args.party, args.level, args.country)
    return _office(db, args, {})


def _office(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    office = current_office(db)
    data = {
        "office_id": office.office_id, "name": office.name, "party": office.party_code,
        "level": office.level, "country": office.country, "database": str(db.path),
    }
    if args.json:
        _print_json(data)
    elif office.office_id is None:
        print(f"no office set for {db.path}; run: mouliaison init --office NAME --party IOM|WCO")
    else:
        print(f"{office.name} ({office.party_code}, {office.level}{', ' + office.country if office.country else ''})")
        print(f"office id {office.office_id}; database {db.path}")
    return OK


def _add(db: Database, args: argparse.Namespace, pairs: dict[str, str]) -> int:
    record_id = pairs.pop("id", None)
    new_id = records.add_record(db, args.type, pairs, record_id=record_id)
    possible = _note_duplicates(db, args.type, new_id, args.json)
    if args.json:
        _print_json({"id": new_id, "type": args.type, "possible_duplicates": possible})
    else:
        print(new_id)
    return OK


def _note_duplicates(db: Database, type_name: str, record_id: str, as_json: bool) -> list[dict[str, object]]:
    """Candidates are checked when a contact or organisation is saved; a person decides."""
    if type_name not in duplicates.CHECKED:
        return []
    views = duplicates.find_duplicates(db, type_name, record_id)
    if not as_json:
        for v in views:
            other = v.second if v.first == record_id else v.first
            name = v.second_title if v.first == record_id else v.first_title
            print(f"note: may be the same as {other} '{name}' ({'; '.join(v.reasons)}); see: mouliaison "
                  "duplicates", file=sys.stderr)
    return [v.to_json() for v in views]


def _edit(db: Database, args: argparse.Namespace, pairs: dict[str, str]) -> int:
    changed = records.edit_record(db, args.type, args.id, pairs)
    if args.json:
        _print_json({"id": args.id, "type": args.type, "changed": sorted(changed)})
    else:
        print(f"changed {', '.join(sorted(changed))}" if changed else "nothing changed: the values were already so")
    return OK


def _delete(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    records.delete_record(db, args.type, args.id)
    if args.json:
        _print_json({"id": args.id, "type": args.type, "deleted": True})
    else:
        print(f"deleted {args.type} {args.id}")
    return OK


def _list(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    views = records.list_records(db, args.type, include_deleted=args.deleted)
    if args.json:
        _print_json([_wire(v) for v in views])
        return OK
    rtype = RECORD_TYPES[args.type]
    for v in views:
        print(f"{v.id}  {display(v.values[rtype.title_field])}{_flags(v)}")
    print(f"{len(views)} {(rtype.label if len(views) == 1 else rtype.plural).lower()}", file=sys.stderr)
    return OK


def _flags(view: records.RecordView) -> str:
    return ("  [deleted]" if view.deleted else "") + ("  [conflict]" if view.conflicted else "")


def _show(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    view = records.show_record(db, args.type, args.id)
    if args.json:
        _print_json(_wire(view))
        return OK
    rtype = RECORD_TYPES[args.type]
    names = names_for(db, args.type)
    width = max(len(f.label) for f in rtype.fields)
    print(f"{rtype.label} {view.id}{_flags(view)}")
    for f in rtype.fields:
        print(f"  {f.label:<{width}}  {display(names.readable(f, view.values[f.key]))}")
    return OK


def _dump(db: Database, _args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    sys.stdout.write(dump_json(db))
    return OK


def _check(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    report = check_database(db)
    if args.json:
        _print_json({"clean": report.clean, "problems": report.problems, "notes": report.notes,
                     "records_checked": report.records_checked})
    else:
        for p in report.problems:
            print(f"problem: {p}")
        for n in report.notes:
            print(f"note: {n}")
        print(f"{'clean' if report.clean else 'NOT clean'}: {report.records_checked} records checked, "
              f"{len(report.problems)} problems, {len(report.notes)} notes")
    return OK if report.clean else REFUSED


def _export(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    try:
        recipient = Recipient.parse(args.recipient)
        result = exchange.export_workbook(db, Path(args.out), types=exchange.parse_types(args.types),
                                          since=exchange.parse_since(args.since), recipient=recipient,
                                          unconsented=args.unconsented)
    except (NotARecipient, exchange.ExportProblem, ExportRefused) as exc:
        raise Invalid([Problem("", str(exc))]) from None
    report, contacts = result.report, result.contacts
    if args.json:
        _print_json({"file": str(report.path), "file_id": report.file_id, "rows": report.rows,
                     "versions": report.versions, "sha256": result.file_sha256, "recipient": str(recipient),
                     "contacts": contacts.counts(),
                     "pseudonymised_because": sorted(set(contacts.pseudonymised.values())),
                     "left_out_because": sorted(set(contacts.left_out.values()))})
        return OK
    rows = ", ".join(f"{n} {RECORD_TYPES[t].plural.lower()}" for t, n in report.rows.items() if n) or "no records"
    print(f"wrote {report.path}: {rows}; {report.versions} versions; for {recipient}")
    if recipient.kind == "third-party":
        counts = contacts.counts()
        print(f"contacts: {counts['included']} with their personal data (consent on file), "
              f"{counts['pseudonymised']} pseudonymised, {counts['left_out']} left out")
        for why in sorted(set(contacts.pseudonymised.values()) | set(contacts.left_out.values())):
            print(f"  without consent: {why}")
    return OK


def _receipts(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    receipts = list_receipts(db)
    if args.json:
        _print_json([r.to_json() for r in receipts])
        return OK
    for r in receipts:
        contacts = r.counts.get("contacts", {})
        print(f"{r.exported_at}  {r.recipient}  {r.file_name}  sha256 {r.sha256[:16]}...  "
              f"contacts: {contacts.get('included', 0)} included, {contacts.get('pseudonymised', 0)} "
              f"pseudonymised, {contacts.get('left_out', 0)} left out")
    print(f"{len(receipts)} export{'s' * (len(receipts) != 1)}", file=sys.stderr)
    return OK


def _withdraw_consent(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    withdrawal = withdraw_consent(db, args.consent_id, on=args.on, evidence=args.evidence, method=args.method)
    if args.json:
        _print_json({"id": withdrawal, "withdraws": args.consent_id})
    else:
        print(withdrawal)
    return OK


def _import(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    result = exchange.import_workbooks(db, [Path(f) for f in args.files], dry_run=args.dry_run)
    if args.json:
        _print_json(result.to_json())
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
    for _entity, problem in report.rejected:
        print(f"  rejected {problem}")
    for _entity, row_problem in report.quarantined:
        print(f"  quarantined {row_problem}")
    for note in report.notes:
        print(f"  note: {note}")


def _duplicates(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    views = duplicates.find_duplicates(db, args.type)
    if args.json:
        _print_json([v.to_json() for v in views])
        return OK
    for v in views:
        pair = f"{v.first} '{v.first_title}'  and  {v.second} '{v.second_title}'"
        print(f"{v.score:5.1f}  {pair}: {'; '.join(v.reasons)}")
    print(f"{len(views)} possible duplicate{'s' * (len(views) != 1)}", file=sys.stderr)
    return OK


def _type_of_pair(db: Database, *ids: str) -> str:
    for type_name in duplicates.CHECKED:
        found = [records.find_record(db, type_name, i) for i in ids]
        if all(found):
            return type_name
    raise Invalid([Problem("id", f"{' and '.join(ids)} are not two contacts or two organisations held here")])


def _merge_duplicates(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    type_name = _type_of_pair(db, args.keep, args.duplicate)
    filled = duplicates.merge_duplicates(db, type_name, args.keep, args.duplicate)
    if args.json:
        _print_json({"kept": args.keep, "merged": args.duplicate, "type": type_name, "filled": sorted(filled)})
    else:
        more = f"; filled from it: {', '.join(sorted(filled))}" if filled else ""
        print(f"merged {type_name} {args.duplicate} into {args.keep}{more}")
    return OK


def _not_duplicate(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    type_name = _type_of_pair(db, args.first, args.second)
    duplicates.mark_distinct(db, type_name, args.first, args.second)
    if args.json:
        _print_json({"type": type_name, "distinct": sorted([args.first, args.second])})
    else:
        print(f"noted: {args.first} and {args.second} are different {type_name}s")
    return OK


def _erase(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    erased = erase_personal_data(db, args.type, args.id)
    if args.json:
        _print_json({"id": args.id, "type": args.type, "erased": erased})
    else:
        print(f"erased {', '.join(erased)} of {args.type} {args.id}; the erasure travels in your next export")
    return OK


def _conflicts(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    views = list_conflicts(db)
    if args.json:
        _print_json([v.to_json() for v in views])
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
        _print_json({"id": args.conflict_id, "resolved": True})
    else:
        print(f"resolved {args.conflict_id}; the resolution travels in your next export")
    return OK


HANDLERS: dict[str, Callable[[Database, argparse.Namespace, dict[str, str]], int]] = {
    "init": _init, "office": _office, "add": _add, "edit": _edit, "delete": _delete,
    "list": _list, "show": _show, "dump": _dump, "check": _check,
    "export": _export, "import": _import, "conflicts": _conflicts, "resolve": _resolve,
    "receipts": _receipts, "withdraw-consent": _withdraw_consent, "duplicates": _duplicates,
    "merge-duplicates": _merge_duplicates, "not-duplicate": _not_duplicate, "erase": _erase,
}

if __name__ == "__main__":
    sys.exit(main())
