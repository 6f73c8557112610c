"""What a worksheet's own XML holds, learned while the file check unpacks it, before any parser runs.

python-calamine reads a sheet about 6× faster than openpyxl, but it lays a sheet out as one dense
grid from its first cell to its last: a tiny hostile file with cells at A1 and IV1048576 asks for
8 GiB and aborts the process. It also gives a formula's cached value as if typed, and an error cell
as empty text. openpyxl streams and tells them apart, slowly. So while the file check streams each
worksheet part, a `SheetScanner` notes how large that grid could be, whether every cell is in the
plain form spreadsheet programs write, and whether any cell is a formula or an error; the reader
uses calamine only for sheets whose grid is small and whose cells are plain, openpyxl otherwise.

The grid is "small" when it holds at most GRID_LIMIT cells, or when it is no larger than the
sheet's own XML can fill: at most one cell for every XML_BYTES_PER_CELL bytes of it. A sheet of
1,000,000 records (28 million cells, 2.4 GB of XML) is dense and goes to calamine, whose grid then
takes at most twice the XML's size; a small file that asks for a huge grid does not.

One regular expression pass does it, a row at a time: a row whose cells are all plain values
carrying the row's own number (`<row r="123"><c r="B123" s="4" t="s"><v>`...), in columns the
scan has already counted, is one match that gives its number; every other cell start (a cell in
any other row) is looked at, except a plain value cell with a one-letter column and a row below
100,000, which fails on its first bytes. So a cell costs the same whatever its row number and
column letters (issue 18: cells below row 99,999 and in columns AA, AB were each looked at, 10 s
of CPU at 1,000,000 records). A cell the scan cannot read makes the sheet "not plain", never "safe".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

#: Cells of calamine's dense grid allowed whatever the sheet's size (about 32 bytes each before
#: Python sees them).
GRID_LIMIT = 8_000_000
#: Above GRID_LIMIT, the grid may have one cell for every this many bytes of the sheet's XML (a
#: plain value cell takes at least 20): a sheet that large is dense, not a far cell in a small file.
#: One limit for every size sent every sheet above about 285,000 rows of ours (GRID_LIMIT over 28
#: columns) to openpyxl, about 4 times slower (100,000 activities: 74 s of CPU against 19 s).
XML_BYTES_PER_CELL = 16

_PLAIN_ROWS = 99_999  # rows a plain-looking cell may have without being looked at
_PLAIN_COLUMNS = 26  # columns A..Z likewise

_VALUE_TAIL = rb'(?: s="\d{1,6}")?(?: t="(?:s|n|b|inlineStr|d)")?>(?:<v>|<is>)'
# A cell start that is not a plain one-letter, five-digit value cell: (letters, digits, value start).
_CELL = (rb'<c(?! r="[A-Z]\d{1,5}"' + _VALUE_TAIL + rb")(?=[\s>/])"
         rb'(?: r="([A-Z]{1,3})(\d{1,7})"(' + _VALUE_TAIL + rb")?)?")
# A whole row of plain cells, each with the row's own number (backreference 1) and column letters
# put in by _scanning: a plain value, an inline text without runs, or empty.
_ROW = (rb'<row r="(\d{1,7})"(?:\s[^>/]*)?>(?:<c r="(?:%s)\1"(?: s="\d{1,6}")?'
        rb'(?:(?: t="(?:s|n|b|d)")?><v>[^<]*+</v></c>|'
        rb' t="inlineStr"><is><t(?: xml:space="preserve")?>[^<]*+</t></is></c>|/>))++</row>')
_CELL_START = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"([^>]{0,200})>')
# A cell in a namespace prefix (`<x:c r="A1">`): not plain (the other patterns do not see it).
_PREFIXED_CELL = rb"<[\w.-]{1,40}:c[\s>/]"
# A row or cell reference that may lie beyond the last row or column a worksheet can have, when
# a space comes before it (checked apart: a pattern that starts with the literal `r="` is searched
# for far faster than one that starts with `\s`, 2.6 s of CPU at 100,000 records).
_FAR_REFERENCE = re.compile(rb'r="([A-Z]{4,}|[A-Z]{0,3}\d{7,})')
_SPACES = frozenset(b" \t\n\r\f\v")  # what `\s` matches in a bytes pattern
# `<row r="7" hidden="1">`, `<col min="2" max="4" hidden="1"/>`: what a plain sheet's mapping leaves
# out unless a person includes it, noted while the check unpacks the sheet (not unpacked again for it)
_ROW_OR_COL = re.compile(rb'<(?:\w+:)?(row|col)\s([^>]*)>')
_HIDDEN = re.compile(rb'\shidden="(?:1|true)"')
_ATTRIBUTE = re.compile(rb'\s(r|min|max)="(\d{1,7})"')
LAST_ROW = 1_048_576  # the last row and column a worksheet can have (Excel, LibreOffice)
LAST_COLUMN = 16_384  # XFD
_CARRY_LIMIT = 16 * 2**20
_FIRST_ROWS = 64 * 2**10  # bytes of a chunk scanned before the rest, to learn its columns


@dataclass
class SheetFacts:
    """What a worksheet part's XML showed."""

    max_row: int = 0  # an upper bound of the rows calamine's grid may span (1-based)
    max_column: int = 0  # likewise for columns
    plain: bool = True  # every cell has its reference first; no prefixed elements; UTF-8
    formulas: bool = False  # a cell holds a formula
    errors: bool = False  # a cell holds an error value (#REF!, #N/A...)
    beyond: str = ""  # a reference beyond the last row or column a worksheet can have, if any
    xml_bytes: int = 0  # the size of the sheet's XML
    hidden_rows: set[int] = field(default_factory=set)  # 1-based
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)  # (first, last), 1-based

    @property
    def grid(self) -> int:
        return self.max_row * self.max_column

    @property
    def calamine_safe(self) -> bool:
        """calamine may read it: its grid is bounded and small, and its values are values."""
        return (self.plain and not self.formulas and not self.errors
                and self.grid <= max(GRID_LIMIT, self.xml_bytes // XML_BYTES_PER_CELL))


@dataclass
class SheetScanner:
    """Fed a worksheet part's bytes in order (any chunk sizes); `facts` once `finish` is called."""

    facts: SheetFacts = field(default_factory=SheetFacts)
    _carry: bytes = b""

    def feed(self, data: bytes) -> None:
        self.facts.xml_bytes += len(data)
        data = self._carry + data if self._carry else data
        cut = data.rfind(b"</row>")  # whole rows, so that each is one match (_ROW)
        end = cut + 6 if cut >= 0 else data.rfind(b"</c>") + 4
        if end < 4 and len(data) < _CARRY_LIMIT:
            self._carry = data
            return
        end = len(data) if end < 4 else end
        self._carry = data[end:]
        self._scan(data, end)

    def finish(self) -> SheetFacts:
        if self._carry:
            self._scan(self._carry, len(self._carry))
            self._carry = b""
        facts = self.facts
        # plain cells were not looked at one by one: count them as far as they may reach
        facts.max_row = max(facts.max_row, _PLAIN_ROWS)
        facts.max_column = max(facts.max_column, _PLAIN_COLUMNS)
        return facts

    def not_utf8(self) -> None:
        self.facts.plain = False

    def _scan(self, data: bytes, end: int) -> None:
        """Scan data[:end] (not sliced: a copy of each chunk cost 0.05 s at 100,000 records)."""
        facts = self.facts
        # the first rows tell how many columns a row of plain cells may have (_scanning)
        split = data.find(b"</row>", _FIRST_ROWS, end)
        split = end if split < 0 else split + 6
        odd = self._cells(data, 0, split)
        odd = self._cells(data, split, end) or odd
        if odd:
            self._look_closer(data, end)
        if not facts.beyond:
            self._beyond(data, end)
        if data.find(b'hidden="', 0, end) >= 0:
            hidden_tags(data, end, facts.hidden_rows, facts.hidden_columns)

    def _cells(self, data: bytes, start: int, end: int) -> bool:
        """Count the rows and columns of data[start:end]; whether a cell there is not a plain value."""
        facts = self.facts
        odd = False
        rows: set[bytes] = set()
        columns: set[bytes] = set()
        pattern = _scanning(max(facts.max_column, _PLAIN_COLUMNS))
        for row, letters, digits, value in pattern.findall(data, start, end):
            if row:
                rows.add(row)  # a row of plain cells in columns already counted
                continue
            if not letters:
                facts.plain = False  # no reference, one the scan cannot read, or a prefixed cell
                continue
            rows.add(digits)
            columns.add(letters)
            if not value:
                odd = True
        if rows:
            facts.max_row = max(facts.max_row, max(map(int, rows)))
        if columns:
            facts.max_column = max(facts.max_column, max(map(_column_number, columns)))
        return odd

    def _beyond(self, data: bytes, end: int) -> None:
        """A reference no worksheet can hold: readers lay out every row up to it (a tiny file with
        one cell at row 9,999,999 took 160 s of CPU to read), so the file check refuses it."""
        if self.facts.max_column > LAST_COLUMN:
            self.facts.beyond = "a column beyond XFD"
            return
        for match in _FAR_REFERENCE.finditer(data, 0, end):
            if match.start() == 0 or data[match.start() - 1] not in _SPACES:
                continue
            reference = match.group(1)
            digits = reference.lstrip(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            letters = reference[: len(reference) - len(digits)]
            if len(letters) > 3 or (digits and int(digits) > LAST_ROW):
                self.facts.beyond = f'"{reference.decode()[:20]}"'
                return

    def _look_closer(self, data: bytes, end: int) -> None:
        """Cells that are not plain values: empty styled cells (harmless), formulas and errors."""
        facts = self.facts
        for match in _CELL_START.finditer(data, 0, end):
            attributes = match.group(3)
            if attributes.endswith(b"/"):
                continue  # an empty cell
            if b't="e"' in attributes:
                facts.errors = True
            following = data[match.end() : min(match.end() + 40, end)].lstrip()
            if following.startswith(b"<f") and following[2:3] in (b">", b" ", b"/", b"\t", b"\r", b"\n"):
                facts.formulas = True


def hidden_tags(data: bytes, end: int, rows: set[int], columns: list[tuple[int, int]]) -> None:
    """Add the rows and the column spans that data[:end] hides to `rows` and `columns` (a tag cut
    at `end` is not seen: the caller scans it with what follows)."""
    for tag in _ROW_OR_COL.finditer(data, 0, end):
        attributes = b" " + tag.group(2)
        if not _HIDDEN.search(attributes):
            continue
        numbers = dict(_ATTRIBUTE.findall(attributes))
        if tag.group(1) == b"row" and b"r" in numbers:
            rows.add(int(numbers[b"r"]))
        elif tag.group(1) == b"col" and b"min" in numbers:
            first = int(numbers[b"min"])
            columns.append((first, int(numbers[b"max"]) if b"max" in numbers else first))


def _column_number(letters: bytes) -> int:
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


@functools.lru_cache(maxsize=64)
def _scanning(columns: int) -> re.Pattern[bytes]:
    """The scan's pattern for a sheet of which `columns` columns are counted: a row of plain
    cells within them (_ROW), a cell start (_CELL), or a prefixed cell (no group matched)."""
    return re.compile(rb"(?:" + _ROW % _letters_up_to(columns) + rb")|" + _CELL + rb"|" + _PREFIXED_CELL)


def _letters_up_to(column: int) -> bytes:
    """A pattern for the letters of columns 1 to `column` (at most ZZZ): 28 gives [A-Z]|A[A-B]."""
    options, first = [], 1
    for length in (1, 2, 3):
        if column < first:
            break
        last = min(column, first + 26**length - 1) - first  # the last one of this length, from 0
        digits = [last // 26**power % 26 for power in reversed(range(length))]
        options.append(_not_after(digits))
        first += 26**length
    return b"|".join(options)


def _not_after(digits: list[int]) -> bytes:
    """A pattern for the strings of len(digits) letters that sort at or before `digits` (A=0)."""
    head, rest = digits[0], digits[1:]
    if not rest:
        return b"[A-%c]" % (65 + head)
    options = [b"[A-%c][A-Z]{%d}" % (64 + head, len(rest))] if head else []
    options.append(b"%c(?:%s)" % (65 + head, _not_after(rest)))
    return b"|".join(options)
