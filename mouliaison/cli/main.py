"""The command line: `mouliaison [--db PATH] SUB-COMMAND ... [--json]`.

Exit status: 0 done, 1 refused (nothing written), 2 wrong usage. With no sub-command
the window opens.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from mouliaison import __version__, logs
from mouliaison.cli import exchange_commands, key_commands, output_commands, privacy_commands, record_commands
from mouliaison.cli.output import OK, REFUSED, USAGE, Command, print_json, refused
from mouliaison.domain.record_types import RECORD_TYPES, TYPE_ALIASES, record_type
from mouliaison.domain.validation import Invalid
from mouliaison.services.database import DatabaseUnavailable, choose_database, location_of, open_database
from mouliaison.store.lock import DatabaseInUse
from mouliaison.store.migrate import DatabaseTooNew, MigrationFailed, NotOurDatabase

# Problems opening the database: each message says what is wrong and what to do.
OPEN_ERRORS = (DatabaseUnavailable, DatabaseInUse, DatabaseTooNew, NotOurDatabase, MigrationFailed)

HANDLERS: dict[str, Command] = {
    **record_commands.HANDLERS,
    **exchange_commands.HANDLERS,
    **key_commands.HANDLERS,
    **privacy_commands.HANDLERS,
    **output_commands.HANDLERS,
}


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
    parser.add_argument("--screenshot", metavar="PATH.png", help="render the window to a PNG and exit")
    parser.add_argument("--page", metavar="NAME", help="with --screenshot: the page to show (a record type)")
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
    p.add_argument("--force", action="store_true", help="delete it even if other records refer to it")

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
    p.add_argument("--language", default="en", choices=("en", "fr", "es"),
                   help="language of the column labels, statuses, kinds and countries people read (default: en)")

    p = command("import", "import liaison workbooks (.xlsx), other offices' spreadsheets (.xlsx, .ods) or CSV files "
                "(.csv, .tsv, .txt: UTF-8 or Windows-1252; comma, semicolon or tab): check, plan, then apply in "
                "one transaction")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")
    p.add_argument("--show-mapping", action="store_true",
                   help="print how each plain sheet would be read (a mapping file for --map), write nothing")
    p.add_argument("--map", metavar="MAPPING.json", help="read plain sheets as this mapping file says")
    p.add_argument("--create-missing", action="store_true",
                   help="a name a plain sheet refers to (an organisation, a meeting) that is not held here "
                        "becomes a new record, instead of a rejected cell")
    p.add_argument("--save-mapping", action="store_true",
                   help="propose the mapping used again for the next sheet with the same headers")
    p.add_argument("--trust-new-keys", action="store_true",
                   help="trust the signing key of an office met for the first time (check its fingerprint with "
                        "the office first); without it, what a new key signed is not imported")

    p = command("keys", "the offices' signing keys: list; trust FINGERPRINT [--publisher]; revoke FINGERPRINT; "
                "rotate (a new key for this office); publish (headquarters: sign the list of approved keys); "
                "export-private FILE / install FILE (the analysts of one server database share its key)")
    p.add_argument("action", choices=key_commands.ACTIONS)
    p.add_argument("fingerprint", nargs="?", metavar="FINGERPRINT|FILE",
                   help="a key's first 8 or more hex digits; the key file, for export-private and install")
    p.add_argument("--publisher", action="store_true",
                   help="with trust: headquarters' key, whose lists of approved keys this database follows")

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

    p = command("report", "write the report of the MOU's implementation for a period (PDF or xlsx)")
    p.add_argument("out", metavar="OUT.pdf|OUT.xlsx")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day of the period")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day of the period")
    p.add_argument("--country", metavar="ISO3", help="only the activities in this country")
    p.add_argument("--party", metavar="PARTY", help="only the activities this party leads (IOM or WCO)")
    p.add_argument("--format", choices=("pdf", "xlsx"), help="default: from the file name")
    p.add_argument("--recipient", help="same-party or partner to name people; by default no personal data")

    recipient_help = "same-party (default), partner or third-party:NAME: people only with their consent (MOU 3.6)"
    p = command("export-hxl", "write HXL-tagged tables (.csv or .xlsx) for humanitarian tools and Power BI")
    p.add_argument("out", metavar="OUT.csv|OUT.xlsx")
    p.add_argument("--types", metavar="TYPE,...", help="record types, one table each (default: activity, meeting, "
                   "organisation, project_agreement, information_exchange, cooperation_request)")
    p.add_argument("--recipient", default="same-party", help=recipient_help)
    p.add_argument("--unconsented", default="pseudonymise", choices=("pseudonymise", "leave-out"),
                   help="for a third party: people without consent get a pseudonym, or are left out")
    p = command("export-ics", "write meetings and action items' due dates as an iCalendar file (.ics)")
    p.add_argument("out", metavar="OUT.ics")
    p.add_argument("--recipient", default="same-party", help=recipient_help)
    p.add_argument("--unconsented", default="pseudonymise", choices=("pseudonymise", "leave-out"),
                   help="for a third party: an action's owner without consent gets a pseudonym, or no name")
    p = command("export-vcf", "write contacts as a vCard file (.vcf): only those whose consent allows it")
    p.add_argument("out", metavar="OUT.vcf")
    p.add_argument("--recipient", default="same-party", help=recipient_help)

    p = command("copy-db", "copy a whole database to a new one: an office's file to a PostgreSQL server, or back")
    p.add_argument("source", metavar="SOURCE", help="a database file, or postgresql://USER@HOST/DB")
    p.add_argument("destination", metavar="DEST", help="a new file, or an empty PostgreSQL database")

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

def _copy_db(args: argparse.Namespace) -> int:
    from mouliaison.services.database_copy import copy_database

    report = copy_database(location_of(args.source), location_of(args.destination))
    if args.json:
        print_json({"source": report.source, "destination": report.destination, "rows": report.rows})
    else:
        print(f"copied {report.source} to {report.destination}: {sum(report.rows.values())} rows "
              f"({report.rows.get('versions', 0)} versions)")
    return OK


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    logs.start("command line")
    logs.log.info("mouliaison %s", " ".join(arguments))
    try:
        status = _main(arguments)
    except SystemExit as exc:  # argparse: --help, --version, wrong usage
        status = exc.code if isinstance(exc.code, int) else USAGE
    except Exception as exc:
        if _is_closed_pipe(exc, sys.platform):
            status = _after_closed_pipe()
        else:  # a bug of ours: the details go to the log, the person gets words
            logs.log.exception("unexpected error")
            print(logs.unexpected_message(exc), file=sys.stderr)
            status = REFUSED
    logs.log.info("exit status %s after %.2f s", status, time.perf_counter() - started)
    return status

def _is_closed_pipe(exc: BaseException, platform: str) -> bool:
    """Output piped into `head` and the like, whose reader has gone: not an error. Windows reports
    a write into a closed pipe as OSError EINVAL, not BrokenPipeError."""
    if isinstance(exc, BrokenPipeError):
        return True
    return platform == "win32" and isinstance(exc, OSError) and exc.errno == errno.EINVAL


def _after_closed_pipe() -> int:
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

        screenshot = Path(args.screenshot) if args.screenshot else None
        if args.page and screenshot is None:
            parser.error("--page goes with --screenshot")
        return run_window(choose_database(args.db, window=True), screenshot=screenshot, page=args.page)
    if extra and not hasattr(args, "pairs"):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if getattr(args, "type", None):
        args.type = record_type(args.type).name  # `consent` is `consent_record`
    as_json = args.json
    try:
        if args.command == "copy-db":  # two databases, named on the command line: not --db
            return _copy_db(args)
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
        refused([{"field": p.field, "message": p.message} for p in exc.problems], as_json)
    except OPEN_ERRORS as exc:
        refused([{"field": "", "message": str(exc)}], as_json)
    return REFUSED
