"""Commands that make outputs people read: the report of the MOU's implementation, HXL tables,
a calendar and an address book."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mouliaison.cli.output import OK, Command, print_json
from mouliaison.domain.record_types import RECORD_TYPES, TYPE_ALIASES
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.services.database import Database
from mouliaison.services.report import build_report, report_format

if TYPE_CHECKING:  # the workbook library loads with an export, not with every command
    from mouliaison.services.flat_exports import FlatExport


def _report(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    out = Path(args.out)
    fmt = report_format(out, args.format)
    report = build_report(db, args.date_from, args.date_to, country=args.country, party=args.party,
                          recipient=args.recipient)
    try:
        if fmt == "pdf":
            from mouliaison.ui.report_pdf import write_report_pdf  # Qt only when a PDF is asked for

            write_report_pdf(report, out)
        else:
            from mouliaison.services.report_workbook import write_report_workbook

            write_report_workbook(report, out)
    except OSError as exc:
        raise _not_written(out, exc) from None
    if args.json:
        print_json({"file": str(out.absolute()), "format": fmt, "period": [str(report.period_from),
                    str(report.period_to)], "country": report.country, "party": report.party,
                    "recipient": report.recipient, "personal_data": report.personal_data,
                    "sections": [s.key for s in report.sections]})
    else:
        print(f"wrote {out}: the report for {report.period}, {report.scope}; for {report.recipient}"
              f"{'' if report.personal_data else ', no personal data'}")
    return OK


def _not_written(out: Path, exc: OSError) -> Invalid:
    return Invalid([Problem("out", f"could not write {out}: {exc.strerror or exc}; nothing was written. "
                                   "Choose a folder you may write in")])


def _flat(args: argparse.Namespace, result: FlatExport) -> int:
    if args.json:
        print_json({"files": [str(f) for f in result.files], "recipient": str(result.recipient),
                    "counts": result.counts, "left_out": result.left_out})
        return OK
    went = ", ".join(f"{RECORD_TYPES[t].count(n)}" for t, n in result.counts.items())
    print(f"wrote {', '.join(str(f) for f in result.files)}: {went or 'nothing'}; for {result.recipient}")
    for entity, n in result.left_out.items():
        print(f"  kept home for this recipient (MOU 3.6): {RECORD_TYPES[entity].count(n)}")
    return OK


def _export_hxl(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    from mouliaison.services.flat_exports import export_hxl, parse_recipient

    types = [TYPE_ALIASES.get(t.strip(), t.strip()) for t in args.types.split(",") if t.strip()] if args.types else None
    try:
        result = export_hxl(db, Path(args.out), types=types, recipient=parse_recipient(args.recipient),
                            unconsented=args.unconsented)
    except OSError as exc:
        raise _not_written(Path(args.out), exc) from None
    return _flat(args, result)


def _export_ics(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    from mouliaison.services.flat_exports import export_calendar, parse_recipient

    try:
        result = export_calendar(db, Path(args.out), recipient=parse_recipient(args.recipient),
                                 unconsented=args.unconsented)
    except OSError as exc:
        raise _not_written(Path(args.out), exc) from None
    return _flat(args, result)


def _export_vcf(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    from mouliaison.services.flat_exports import export_contacts, parse_recipient

    try:
        result = export_contacts(db, Path(args.out), recipient=parse_recipient(args.recipient))
    except OSError as exc:
        raise _not_written(Path(args.out), exc) from None
    return _flat(args, result)


HANDLERS: dict[str, Command] = {
    "report": _report,
    "export-hxl": _export_hxl,
    "export-ics": _export_ics,
    "export-vcf": _export_vcf,
}
