"""A report (or the printed Overview) in the window's language, for the PDF and xlsx writers.

services.report writes every title, column, note and label in English as a Message (vocabulary
labels as TermLabel): here each is translated and formatted the user's way (ui/messages.py), and
the words the writers print around the figures (cover lines, "Page 2 of 7") are taken in the
window's language. Names, titles and codes held in the records are printed as they are. The
command line prints English: it never calls this.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from mouliaison.domain.messages import TermLabel
from mouliaison.services.report import Report, Section, Wording
from mouliaison.ui.labels import term_label
from mouliaison.ui.messages import date_text, rendered


def in_language(report: Report) -> Report:
    return replace(
        report,
        title=said(report.title),
        recipient=said(report.recipient),
        country_label=said(report.country_label) if report.country_label else None,
        sections=tuple(_section(s) for s in report.sections),
        wording=wording(),
    )


def said(value: object) -> object:
    """A Message or a vocabulary label translated; anything else (a name, a date, a count) as it is."""
    if isinstance(value, TermLabel):
        return term_label(value.vocabulary, "", value)
    if isinstance(value, str):
        return rendered(value)
    return value


def _section(section: Section) -> Section:
    return replace(
        section,
        title=str(said(section.title)),
        columns=tuple(str(said(c)) for c in section.columns),
        rows=tuple(tuple(said(v) for v in row) for row in section.rows),
        note=str(said(section.note)),
    )


def wording() -> Wording:
    return Wording(
        period=QCoreApplication.translate("ReportWording", "{0} to {1}"),
        all_dates=QCoreApplication.translate("ReportWording", "all dates"),
        all_countries=QCoreApplication.translate("ReportWording", "all countries"),
        led_by=QCoreApplication.translate("ReportWording", "; activities led by {0}"),
        period_line=QCoreApplication.translate("ReportWording", "Period: {0}"),
        scope_line=QCoreApplication.translate("ReportWording", "Scope: {0}"),
        parties_line=QCoreApplication.translate("ReportWording", "Parties: {0}"),
        joiner=QCoreApplication.translate("ReportWording", " and "),
        prepared_for=QCoreApplication.translate("ReportWording", "Prepared for: {0}"),
        made=QCoreApplication.translate("ReportWording", "Made on {0} with mouliaison; standing figures as of {1}."),
        personal=QCoreApplication.translate(
            "ReportWording", "This report names people: the recipient may see personal data (MOU 3.6)."),
        impersonal=QCoreApplication.translate(
            "ReportWording",
            "This report holds no personal data: counts and titles, no one's name or contact details."),
        confidential=QCoreApplication.translate(
            "ReportWording", "STRICTLY CONFIDENTIAL: shared with the partner party under MOU 3.6"),
        none=QCoreApplication.translate("ReportWording", "(none in this period)"),
        page=QCoreApplication.translate("ReportWording", "Page {0} of {1}"),
        page_codes=QCoreApplication.translate("ReportWording", "Page &P of &N"),
        subtitle=QCoreApplication.translate("ReportWording", "{0}; {1}; made on {2}"),
        day=date_text,  # the locale's way (ISO in English)
    )
