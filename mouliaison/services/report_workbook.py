"""The report of the MOU's implementation as a workbook: one sheet per section, made to be printed.

Each sheet has the report's title and period on top, the section's title and note, then a table
whose header row repeats on every printed page; landscape, fitted to the page's width, with the
confidentiality line in the page header when the recipient is the partner party.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import xlsxwriter

from mouliaison.services.report import Report, Section
from mouliaison.sync.escaped_workbook import EscapedWorkbook

MAX_WIDTH = 60  # characters: longer text wraps
SHEET_NAME = 31  # Excel's limit


def write_report_workbook(report: Report, path: Path) -> Path:
    """Writes next to `path` first, then moves it in place: a failed write leaves no half file."""
    partial = path.with_name(path.name + ".partial")
    book = EscapedWorkbook(str(partial), {"default_date_format": "yyyy-mm-dd"})
    try:
        book.set_properties({"title": f"{report.title}, {report.period}", "subject": report.agreement_title,
                             "comments": f"Made by mouliaison on {report.made_on}; for {report.recipient}"})
        styles = {
            "title": book.add_format({"bold": True, "font_size": 14}),
            "subtitle": book.add_format({"italic": True}),
            "section": book.add_format({"bold": True, "font_size": 12}),
            "header": book.add_format({"bold": True, "bg_color": "#DDE4EE", "border": 1, "text_wrap": True,
                                       "valign": "top"}),
            "cell": book.add_format({"text_wrap": True, "valign": "top", "border": 1}),
            "date": book.add_format({"num_format": "yyyy-mm-dd", "valign": "top", "border": 1}),
            "warning": book.add_format({"bold": True, "font_color": "#9C0006"}),
        }
        taken: set[str] = set()
        for section in report.sections:
            _sheet(book, styles, report, section, _sheet_name(section.title, taken))
        book.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return path


def _sheet_name(title: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", title.split(" (MOU")[0])[:SHEET_NAME].strip()
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" {n}"
        name, n = base[: SHEET_NAME - len(suffix)] + suffix, n + 1
    taken.add(name.casefold())
    return name


def _sheet(book: xlsxwriter.Workbook, styles: dict, report: Report, section: Section, name: str) -> None:  # type: ignore[type-arg]
    sheet = book.add_worksheet(name)
    row = 0
    words = report.wording
    if report.confidential:
        sheet.write(row, 0, words.confidential, styles["warning"])
        row += 1
    sheet.write(row, 0, f"{report.title}: {report.period}", styles["title"])
    sheet.write(row + 1, 0, words.subtitle.format(report.agreement_title, report.scope, words.day(report.made_on)),
                styles["subtitle"])
    sheet.write(row + 3, 0, section.title, styles["section"])
    row += 4
    if section.note:
        sheet.write(row, 0, section.note)
        row += 1
    header = row + 1
    widths = [len(c) for c in section.columns]
    for column, text in enumerate(section.columns):
        sheet.write(header, column, text, styles["header"])
    for offset, values in enumerate(section.rows, start=1):
        for column, value in enumerate(values):
            if isinstance(value, dt.date):
                sheet.write_datetime(header + offset, column, dt.datetime.combine(value, dt.time()), styles["date"])
                shown = 10
            elif isinstance(value, bool) or value is None:
                sheet.write_string(header + offset, column, "" if value is None else str(value), styles["cell"])
                shown = 5
            elif isinstance(value, int | float):
                sheet.write_number(header + offset, column, value, styles["cell"])
                shown = len(str(value))
            else:
                sheet.write_string(header + offset, column, str(value), styles["cell"])
                shown = len(str(value))
            widths[column] = max(widths[column], shown)
    if not section.rows:
        sheet.write(header + 1, 0, words.none)
    for column, width in enumerate(widths):
        sheet.set_column(column, column, min(width, MAX_WIDTH) + 2)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)  # the width of one page, as many pages down as it takes
    sheet.repeat_rows(header)
    sheet.set_header(f"&L{words.confidential.replace('&', '&&')}" if report.confidential else "")
    sheet.set_footer(f"&L{section.title.replace('&', '&&')}&R{words.page_codes}")
    sheet.freeze_panes(header + 1, 0)
