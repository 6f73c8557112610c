"""The kinds of file File ▸ Export writes: the liaison workbook, and the flat exports for other
tools (HXL-tagged tables, an iCalendar file, a vCard address book).

Each kind says which of the dialog's choices apply to it: the record types (a calendar holds
meetings and action items, an address book contacts), "changed since" and the labels' language
(the liaison workbook's only), and what to do with people without consent (an address book
leaves them out: a card without a name is of no use). Every kind is filtered for its recipient
(MOU 3.6) by its service, which also logs the receipts; `run` calls the right one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mouliaison.privacy.recipients import Recipient
from mouliaison.services.database import Database
from mouliaison.services.exchange import ExportResult, export_workbook
from mouliaison.services.flat_exports import FlatExport, export_calendar, export_contacts, export_hxl
from mouliaison.ui.messages import count_text, type_plural_of

WORKBOOK, HXL_XLSX, HXL_CSV, CALENDAR, CONTACTS = "workbook", "hxl-xlsx", "hxl-csv", "ics", "vcf"


@dataclass(frozen=True)
class ExportKind:
    key: str
    ending: str  # of the file name
    name_tail: str  # after the profile in the conventional name: "_hxl" ...
    types: bool = True  # the record types chosen apply
    workbook_only: bool = False  # "changed since" and the labels' language apply

    @property
    def label(self) -> str:
        return _words()[self.key][0]

    @property
    def filter(self) -> str:
        """For the file chooser."""
        return _words()[self.key][1]


KINDS = (
    ExportKind(WORKBOOK, ".xlsx", "", workbook_only=True),
    ExportKind(HXL_XLSX, ".xlsx", "_hxl"),
    ExportKind(HXL_CSV, ".csv", "_hxl"),
    ExportKind(CALENDAR, ".ics", "_calendar", types=False),
    ExportKind(CONTACTS, ".vcf", "_contacts", types=False),
)
BY_KEY = {kind.key: kind for kind in KINDS}


def _words() -> dict[str, tuple[str, str]]:
    """Each kind's name and file filter in the window's language."""
    return {
        WORKBOOK: (QCoreApplication.translate("ExportKinds",
                                              "Liaison workbook, for the other office to import (.xlsx)"),
                   QCoreApplication.translate("ExportKinds", "Liaison workbooks (*.xlsx)")),
        HXL_XLSX: (QCoreApplication.translate("ExportKinds", "HXL-tagged tables for Excel or Power BI (.xlsx)"),
                   QCoreApplication.translate("ExportKinds", "HXL workbooks (*.xlsx)")),
        HXL_CSV: (QCoreApplication.translate("ExportKinds", "HXL-tagged tables, a CSV file per type (.csv)"),
                  QCoreApplication.translate("ExportKinds", "CSV files (*.csv)")),
        CALENDAR: (QCoreApplication.translate("ExportKinds", "Calendar: meetings and action items' due dates (.ics)"),
                   QCoreApplication.translate("ExportKinds", "Calendars (*.ics)")),
        CONTACTS: (QCoreApplication.translate("ExportKinds", "Address book: contacts who consented (.vcf)"),
                   QCoreApplication.translate("ExportKinds", "Address books (*.vcf)")),
    }


def run(db: Database, kind: ExportKind, path: Path, *, types: list[str], since: str | None, recipient: Recipient,
        unconsented: str, language: str) -> ExportResult | FlatExport:
    """The export of `kind`, filtered for `recipient` and logged in the receipts (in the worker)."""
    if kind.key == WORKBOOK:
        return export_workbook(db, path, types=types, since=since, recipient=recipient, unconsented=unconsented,
                               language=language)
    if kind.key in (HXL_XLSX, HXL_CSV):
        return export_hxl(db, path, types=types, recipient=recipient, unconsented=unconsented)
    if kind.key == CALENDAR:
        return export_calendar(db, path, recipient=recipient, unconsented=unconsented)
    return export_contacts(db, path, recipient=recipient)


def flat_summary_html(result: FlatExport) -> str:
    """What a flat export wrote, for whom, and what stayed home."""
    e = html.escape
    saved = ", ".join(f"<a href='file'>{e(str(path))}</a>" for path in result.files)
    counts = ", ".join(f"{type_plural_of(t)} {count_text(n)}" for t, n in result.counts.items())
    parts = [
        "<p><b>" + e(QCoreApplication.translate("ExportKinds", "Exported for {0}").format(result.recipient)) + "</b> — "
        + e(QCoreApplication.translate("ExportKinds", "saved as")) + f" {saved}</p>",
        "<p>" + e(counts or QCoreApplication.translate("ExportKinds", "No records matched.")) + "</p>",
    ]
    if result.left_out:
        home = ", ".join(f"{type_plural_of(t)} {count_text(n)}" for t, n in result.left_out.items())
        parts.append("<p>" + e(QCoreApplication.translate(
            "ExportKinds", "Kept home for this recipient (MOU 3.6): {0}. Tools ▸ Export receipts tells why.").format(
            home)) + "</p>")
    return "".join(parts)


def unconsented_applies(kind: ExportKind) -> bool:
    """An address book always leaves out people without consent: there is no choice to make."""
    return kind.key != CONTACTS
