"""How a liaison workbook's visible sheet prints: landscape, as wide as the page, on as many
pages as its rows need, the header row on each page, a title and the export's period.

A sheet of many wide columns (a joint activity has 25 fields) fitted to one page's width would
print its text at a third of its size: such a sheet prints two or three pages wide instead
(`print_width`), the record's title column repeated on each page and the pages ordered across
then down, so that a record's columns follow each other.

The page header holds, centred, the recipient's banner ("STRICTLY CONFIDENTIAL...") on its
own line above the sheet's title and period: one section, so nothing prints over it (the file
name, printed over the banner before, is in the footer's left section; the page number in its
right). Excel and LibreOffice both keep header and footer sections apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xlsxwriter.worksheet import Worksheet

from mouliaison.sync import workbook_format as fmt

A4 = 9  # xlsxwriter's paper size code
HEADER_LIMIT = 255  # characters Excel keeps of a header or footer
PAGE_WIDTH = 150.0  # column-width units (a "0" of Calibri 11) across A4 landscape within the margins, at 100 %
SMALLEST_SCALE = 0.6  # printed smaller than this, text is hard to read: the sheet takes another page width
MAX_PAGES_WIDE = 3

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


def pages_wide(widths: Sequence[float], repeated: float = 0.0) -> int:
    """How many pages wide a sheet of columns `widths` prints, so that its text is printed at
    SMALLEST_SCALE of its size or larger (at most MAX_PAGES_WIDE); `repeated`: the width of a
    column printed again on each further page."""
    total = sum(widths)
    room = PAGE_WIDTH / SMALLEST_SCALE
    for pages in range(1, MAX_PAGES_WIDE):
        if total + (pages - 1) * repeated <= pages * room:
            return pages
    return MAX_PAGES_WIDE


def print_width(sheet: Worksheet, widths: Sequence[float], title_column: int) -> int:
    """Fits the sheet to as many pages wide as pages_wide says (its printed columns' `widths`),
    the column `title_column` repeated on each; returns the number of pages."""
    pages = pages_wide(widths, widths[title_column] if title_column < len(widths) else 0.0)
    sheet.fit_to_pages(pages, 0)
    if pages > 1:
        sheet.repeat_columns(title_column)
        sheet.print_across()
    return pages


# Column widths (in characters) and row heights (in points), so that a sheet fitted to the
# page's width stays readable: columns as wide as their usual content, long texts wrapped on
# rows made as tall as their lines (LibreOffice does not grow a row for its wrapped text when it
# opens a file), columns that hold nothing in this export narrowed to their wrapped label.
LINE_HEIGHT = 15.0  # points, a line of the default font (Calibri 11)
MAX_LINES = 12  # a taller cell shows its first lines; the whole text is in the cell
EMPTY_WIDTH = 11.0  # a column with no value in this export
_CHARACTERS_PER_WIDTH = 1.2  # text characters on a line per unit of column width (a unit is a "0")
_HALF_A_WORD = 4  # characters a wrapped line leaves unused, on average


def characters_per_line(width: float) -> int:
    """The characters of text a line holds in a column `width` wide: a longer text wraps."""
    return max(1, int(width * _CHARACTERS_PER_WIDTH))


def lines_of(text: str, per_line: int) -> int:
    """About the lines `text` takes wrapped on lines of `per_line` characters (characters_per_line;
    at most MAX_LINES): a line breaks before a word that does not fit, leaving on average half a
    word's room unused. (Counted for every long cell of an export: cheaper than breaking the
    words, and as close in practice.)"""
    if len(text) <= per_line and "\n" not in text:
        return 1
    room = max(1, per_line - _HALF_A_WORD)
    if "\n" not in text:
        return min(-(-len(text) // room), MAX_LINES)
    lines = sum(-(-len(paragraph) // room) or 1 for paragraph in text.split("\n"))
    return min(lines, MAX_LINES)


def _wrapped_lines(paragraph: str, per_line: int) -> int:
    """Lines of a paragraph broken at spaces, as a spreadsheet wraps it."""
    lines, used = 1, 0
    for word in paragraph.split(" "):
        size = len(word)
        if used and used + 1 + size > per_line:
            lines += 1
            used = 0
        used += size + (1 if used else 0)
        while used > per_line:  # a word longer than the line is cut
            lines += 1
            used -= per_line
    return lines


def row_height(lines: int) -> float | None:
    """A data row's height for its tallest cell; None (the default height) for one line."""
    return None if lines <= 1 else lines * LINE_HEIGHT


def label_row_height(labels: list[str], widths: list[float]) -> float:
    """The labels row, as tall as its longest wrapped label (in a narrowed column, if it may be)."""
    # bold: about a character per unit of width
    lines = max((_wrapped_lines(label, max(1, int(min(w, EMPTY_WIDTH))))
                 for label, w in zip(labels, widths, strict=True)), default=1)
    return max(2, lines) * LINE_HEIGHT + 2
