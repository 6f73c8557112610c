"""Commands that make outputs people read: the report of the MOU's implementation."""

from __future__ import annotations

import argparse
from pathlib import Path

from mouliaison.cli.output import OK, Command, print_json
from mouliaison.services.database import Database
from mouliaison.services.report import build_report, report_format


def _report(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    out = Path(args.out)
    fmt = report_format(out, args.format)
    report = build_report(db, args.date_from, args.date_to, country=args.country, party=args.party,
                          recipient=args.recipient)
    if fmt == "pdf":
        from mouliaison.ui.report_pdf import write_report_pdf  # Qt only when a PDF is asked for

        write_report_pdf(report, out)
    else:
        from mouliaison.services.report_workbook import write_report_workbook

        write_report_workbook(report, out)
    if args.json:
        print_json({"file": str(out.absolute()), "format": fmt, "period": [str(report.period_from),
                    str(report.period_to)], "country": report.country, "party": report.party,
                    "recipient": report.recipient, "personal_data": report.personal_data,
                    "sections": [s.key for s in report.sections]})
    else:
        print(f"wrote {out}: the report for {report.period}, {report.scope}; for {report.recipient}"
              f"{'' if report.personal_data else ', no personal data'}")
    return OK


HANDLERS: dict[str, Command] = {
    "report": _report,
}
