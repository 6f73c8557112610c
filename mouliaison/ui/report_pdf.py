"""The report of the MOU's implementation as a PDF, drawn with Qt's own PDF writer (no other library).

A cover (the agreement, the parties, the period, for whom), then each section: its note, a bar
chart where the section is a count by status, thematic area or quarter, and its table, the
header row repeated on a new page. Every page carries its number ("Page 2 of 7") and, for the
partner party, the confidentiality line. The pages are laid out twice: once to count them, then
for real, so that each page knows the total.

The command line has no window: `ensure_application()` makes an offscreen QGuiApplication
the first time a PDF is asked for, and only then (Qt stays out of the other commands).
Its words and dates are written as `report.wording` says (English and ISO dates unless
ui/report_language.py gave the window's language).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from mouliaison.services.report import Report, Section
from mouliaison.ui.appearance import PRINT_BAR, PRINT_CONFIDENTIAL, PRINT_GRID, PRINT_HEADER_FILL, PRINT_TEXT

RESOLUTION = 300  # dots per inch of the PDF's drawing coordinates
MARGIN_MM = 15
BAR = QColor(PRINT_BAR)
HEADER_FILL = QColor(PRINT_HEADER_FILL)
GRID = QColor(PRINT_GRID)
TEXT = QColor(PRINT_TEXT)


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (the command line has none).

    A QApplication, not a bare QGuiApplication: in a process that later shows a window (the tests,
    a script), Qt cannot make the widgets' application once a QGuiApplication exists, and aborts."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["mouliaison"])
    assert isinstance(app, QGuiApplication)
    return app


def write_report_pdf(report: Report, path: Path) -> Path:
    """Writes next to `path` first, then moves it in place: a failed write leaves no half file."""
    ensure_application()
    counting = QBuffer()
    counting.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = _draw(report, counting, total=0)
    partial = path.with_name(path.name + ".partial")
    try:
        _draw(report, str(partial), total=pages)
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError(f"the PDF could not be written to {path.parent}; check that the folder is writable")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def _draw(report: Report, target: QBuffer | str, total: int) -> int:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{report.title}, {report.period}")
    writer.setCreator("mouliaison")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started; check that the folder is writable")
    try:
        pages = _Pages(painter, writer, report, total)
        _cover(pages, report)
        for section in report.sections:
            _section(pages, section)
        pages.finish()
    finally:
        painter.end()
    return pages.number


class _Pages:
    """A cursor down the page, with a new page (and its header and footer) when one is full."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, report: Report, total: int) -> None:
        self.painter, self.writer, self.report, self.total = painter, writer, report, total
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.number = 1
        self.y = 0.0
        self._furnish()

    def font(self, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: the PDF's text is searched and copied
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        self.painter.setFont(font)
        return font

    def px(self, points: float) -> float:
        return points * RESOLUTION / 72

    def advance(self, text: str) -> float:
        """The width of one line of `text` in the painter's font, as the painter will draw it."""
        return self.painter.boundingRect(QRectF(0, 0, self.width * 10, self.height), 0, text).width()

    @property
    def bottom(self) -> float:
        return self.height - self.px(24)  # room for the footer

    def room(self, needed: float) -> bool:
        """A new page unless `needed` fits below the cursor; true if a page was started."""
        if self.y + needed <= self.bottom:
            return False
        self.writer.newPage()
        self.number += 1
        self._furnish()
        return True

    def text(self, text: str, points: float, *, bold: bool = False, italic: bool = False,
             left: float = 0.0, after: float = 4.0) -> None:
        self.font(points, bold=bold, italic=italic)
        box = QRectF(left, 0, self.width - left, self.height)
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = self.painter.boundingRect(box, flags, text).height()
        self.room(needed)
        self.painter.drawText(QRectF(left, self.y, self.width - left, needed), flags, text)
        self.y += needed + self.px(after)

    def _furnish(self) -> None:
        """The page's header (confidentiality) and footer (title, period, page number)."""
        p = self.painter
        self.font(8)
        p.setPen(TEXT)
        self.y = 0.0
        if self.report.confidential:
            self.font(9, bold=True)
            p.setPen(QColor(PRINT_CONFIDENTIAL))
            p.drawText(QRectF(0, 0, self.width, self.px(14)), int(Qt.AlignmentFlag.AlignHCenter),
                       self.report.wording.confidential)
            p.setPen(TEXT)
            self.y = self.px(20)
        self.font(8)
        foot = QRectF(0, self.height - self.px(12), self.width, self.px(12))
        p.drawText(foot, int(Qt.AlignmentFlag.AlignLeft), f"{self.report.title}, {self.report.period}")
        page = self.report.wording.page.format(self.number, self.total or "…")
        p.drawText(foot, int(Qt.AlignmentFlag.AlignRight), page)

    def finish(self) -> None:
        self.painter.setPen(TEXT)


def _cover(pages: _Pages, report: Report) -> None:
    words = report.wording
    pages.y += pages.px(120)
    pages.text(report.title, 22, bold=True, after=10)
    pages.text(report.agreement_title, 12, after=16)
    pages.text(words.period_line.format(report.period), 14, bold=True, after=8)
    pages.text(words.scope_line.format(report.scope), 11, after=8)
    if report.parties:
        pages.text(words.parties_line.format(words.joiner.join(report.parties)), 11, after=8)
    pages.text(words.prepared_for.format(report.recipient), 11, after=8)
    pages.text(words.made.format(words.day(report.made_on), words.day(report.as_of)), 10, italic=True, after=8)
    pages.text(words.personal if report.personal_data else words.impersonal, 10, italic=True, after=8)
    if report.confidential:
        pages.text(words.confidential, 12, bold=True)
    pages.room(pages.height)  # the sections start on a page of their own


def _section(pages: _Pages, section: Section) -> None:
    pages.room(pages.px(90))  # a title alone at the foot of a page goes to the next
    pages.y += pages.px(6)
    pages.text(section.title, 14, bold=True, after=4)
    if section.note:
        pages.text(section.note, 9, italic=True, after=6)
    if section.chart and section.rows:
        _bars(pages, section)
    _table(pages, section)


def _bars(pages: _Pages, section: Section) -> None:
    """Horizontal bars, one per row (label, count), scaled to the largest count."""
    p = pages.painter
    pages.font(8)
    metrics = p.fontMetrics()
    line = metrics.height() * 1.5
    label_width = pages.width * 0.45
    bar_left = label_width + pages.px(6)
    bar_room = pages.width - bar_left - pages.px(30)
    largest = max((int(row[-1]) for row in section.rows if isinstance(row[-1], int)), default=0) or 1
    for row in section.rows:
        label, count = str(row[0]), int(row[-1]) if isinstance(row[-1], int) else 0
        pages.room(line)
        pages.font(8)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        p.drawText(QRectF(0, pages.y, label_width, line), right, shown)
        length = bar_room * count / largest
        if count:
            p.fillRect(QRectF(bar_left, pages.y + line * 0.15, max(length, pages.px(1)), line * 0.7), BAR)
        p.drawText(QRectF(bar_left + length + pages.px(3), pages.y, pages.px(30), line),
                   int(Qt.AlignmentFlag.AlignVCenter), str(count))
        pages.y += line
    pages.y += pages.px(8)


def _cell(value: object, day: Callable[[dt.date], str]) -> str:
    if isinstance(value, dt.date):
        return day(value)
    return "" if value is None else str(value)


def _fit(wanted: list[float], room: float) -> list[float]:
    """Narrow columns keep their width; the wide ones share what is left, in proportion."""
    if sum(wanted) <= room:
        return wanted
    fair = room / len(wanted)
    given = [min(w, fair) for w in wanted]
    left = room - sum(given)
    excess = [w - g for w, g in zip(wanted, given, strict=True)]
    return [g + left * e / sum(excess) for g, e in zip(given, excess, strict=True)]


def _table(pages: _Pages, section: Section) -> None:
    p = pages.painter
    if not section.rows:
        pages.text(pages.report.wording.none, 9, italic=True, after=6)
        return
    pad = pages.px(4)
    pages.font(8, bold=True)
    wanted = [pages.advance(title) for title in section.columns]
    pages.font(8)
    for row in section.rows:
        day = pages.report.wording.day
        wanted = [max(w, pages.advance(_cell(v, day))) for w, v in zip(wanted, row, strict=True)]
    wanted = [w + 2 * pad + pages.px(1) for w in wanted]
    widths = _fit(wanted, pages.width)
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def height(cells: list[str], bold: bool) -> float:
        pages.font(8, bold=bold)
        return max(p.boundingRect(QRectF(0, 0, w - 2 * pad, pages.height), flags, c).height()
                   for c, w in zip(cells, widths, strict=True)) + 2 * pad

    def draw(cells: list[str], bold: bool) -> None:
        h = height(cells, bold)
        x = 0.0
        for text, w in zip(cells, widths, strict=True):
            cell = QRectF(x, pages.y, w, h)
            if bold:
                p.fillRect(cell, HEADER_FILL)
            p.setPen(GRID)
            p.drawRect(cell)
            p.setPen(TEXT)
            pages.font(8, bold=bold)
            p.drawText(cell.adjusted(pad, pad, -pad, -pad), flags, text)
            x += w
        pages.y += h

    header = list(section.columns)
    pages.room(height(header, True) * 2)
    draw(header, True)
    for row in section.rows:
        cells = [_cell(v, pages.report.wording.day) for v in row]
        if pages.room(height(cells, False)):
            draw(header, True)  # the header row again on the new page
        draw(cells, False)
    pages.y += pages.px(8)
