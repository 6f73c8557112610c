"""How a liaison workbook's visible sheet prints: landscape, as wide as the page, on as many
pages as its rows need, the header row on each page, a title and the export's period.

The page header holds, centred, the recipient's banner ("STRICTLY CONFIDENTIAL...") on its
own line above the sheet's title and period: one section, so nothing prints over it (the file
name, printed over the banner before, is in the footer's left section; the page number in its
right). Excel and LibreOffice both keep header and footer sections apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from xlsxwriter.worksheet import Worksheet

from mouliaison.sync import workbook_format as fmt

A4 = 9  # xlsxwriter's paper size code
HEADER_LIMIT = 255  # characters Excel keeps of a header or footer

_PERIOD = {
    "en": ("Records as of {to}", "Changes from {since} to {to}", "Page &P of &N"),
    "fr": ("Enregistrements au {to}", "Changements du {since} au {to}", "Page &P sur &N"),
    "es": ("Registros al {to}", "Cambios del {since} al {to}", "Página &P de &N"),
}


@dataclass(frozen=True)
class PrintedPage:
    title: str  # the sheet's record type, in the export's language
    period: str  # period_text
    banner: str | None  # the recipient's banner: confidentiality, consent
    language: str = "en"


def period_text(since: str | None, wall_time: str, language: str) -> str:
    """The export's period as a page says it: up to the export's day, from `since` if given."""
    whole, changes, _page = _PERIOD[language]
    if since:
        return changes.format(since=since[:10], to=wall_time[:10])
    return whole.format(to=wall_time[:10])


def _escaped(text: str) -> str:
    """Text put in a header as itself: & starts a header code."""
    return text.replace("&", "&&")


def set_up_printing(sheet: Worksheet, page: PrintedPage) -> None:
    sheet.set_landscape()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)  # as wide as one page, as many pages high as the rows need
    sheet.repeat_rows(fmt.LABEL_ROW - 1)  # the labels row on every page (the key row is hidden)
    sheet.set_margins(left=0.4, right=0.4, top=0.95, bottom=0.6)
    heading = f"&B{_escaped(page.title)}&B\n{_escaped(page.period)}"  # &B: bold on, then off
    if page.banner:
        heading = f"&B{_escaped(page.banner)}&B\n{heading}"
    header = f"&C{heading}"
    if len(header) > HEADER_LIMIT:
        header = header[:HEADER_LIMIT]
    sheet.set_header(header, {"margin": 0.3})
    sheet.set_footer(f"&L&8&F&R&8{_PERIOD[page.language][2]}", {"margin": 0.3})
