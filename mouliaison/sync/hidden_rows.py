"""Reading our own hidden sheets (`_versions`, `_base`) as a stream, in the form our exporter writes.

python-calamine holds a whole sheet while it is read: the `_versions` sheet of 100,000 records
is about 250 MB of XML and was the largest single block of an import's memory. The exporter
(streamed_sheet.StreamedSheet.write_texts) writes these sheets in one fixed form: rows in
increasing order, each `<row r="N">` holding only inline-string cells
`<c r="B7" t="inlineStr"><is><t>text</t></is></c>` (with ` xml:space="preserve"` on `<t>` when
the text starts or ends with a space). `sheet_rows` reads that XML from the zip in blocks of
BLOCK bytes and yields each row's texts as `_text_rows` yields calamine's: "" for a missing cell
before the last one, XML entities and the `_x00HH_` escapes undone as calamine undoes them,
rows without cells left out.

Anything else (a workbook re-saved by Excel or LibreOffice: shared strings, styles, other
attributes, rows out of order) raises NotOurForm, and the reader reads the sheet with calamine
as before. The rows are checked as they are read, so NotOurForm may come after rows were
yielded (all of them right): the caller drops what it took and starts that sheet again.
The content hash of the hidden sheets is still checked over the rows read here.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from mouliaison.sync.cell_escapes import unescaped

BLOCK = 1 << 20  # bytes of XML inflated and parsed at a time

_START = b"<sheetData>"
_EMPTY = b"<sheetData/>"
_END = b"</sheetData>"
_WORKSHEET = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_HEAD_AT_MOST = 1 << 16  # bytes before <sheetData> (ours has about 400)
# One whole row of ours: the regex engine checks its every cell's form (and that each cell's
# reference names the row); _CELL then takes the cells apart.
_CELL_FORM = r'<c r="[A-Z]{1,3}\1" t="inlineStr"><is><t(?: xml:space="preserve")?>[^<]*</t></is></c>'
_ROW = re.compile(r'<row r="([1-9][0-9]{0,6})">((?:' + _CELL_FORM + r")*)</row>")
_CELL = re.compile(r'<c r="([A-Z]{1,3})[0-9]+" t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>')
_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


class NotOurForm(Exception):
    """The sheet's XML is not in the form our exporter writes: read it with calamine instead."""


def sheet_rows(path: Path, member: str) -> Iterator[list[str]]:
    """The rows of the sheet stored at `member` (xl/worksheets/sheetN.xml) of the workbook `path`."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
            yield from rows_of_xml(iter(lambda: handle.read(BLOCK), b""))
    except KeyError:
        raise NotOurForm(f"no part {member}") from None


def rows_of_xml(blocks: Iterable[bytes]) -> Iterator[list[str]]:
    """The rows of one sheet's XML, given as blocks of bytes cut anywhere."""
    blocks = iter(blocks)
    data = b""
    for block in blocks:  # the head, up to <sheetData>
        data += block
        start, empty = data.find(_START), data.find(_EMPTY)
        if empty >= 0 and (start < 0 or empty < start):
            _check_head(data[:empty])
            return
        if start >= 0:
            _check_head(data[:start])
            data = data[start + len(_START) :]
            break
        if len(data) > _HEAD_AT_MOST:
            raise NotOurForm("no <sheetData> near the start")
    else:
        raise NotOurForm("no <sheetData>")
    last = 0  # the row number before
    while True:
        end = data.find(_END)
        if end >= 0:
            rows, last = _rows(data[:end], last)
            yield from rows
            return  # what follows </sheetData> (page margins...) is not needed
        cut = data.rfind(b"</row>")
        if cut >= 0:  # whole rows up to there; the rest waits for the next block
            cut += len(b"</row>")
            rows, last = _rows(data[:cut], last)
            yield from rows
            data = data[cut:]
        block = next(blocks, b"")
        if not block:
            raise NotOurForm("the sheet's XML ends before </sheetData>")
        data += block


def _check_head(head: bytes) -> None:
    if _WORKSHEET not in head:
        raise NotOurForm("not the worksheet element our exporter writes")


def _rows(chunk: bytes, last: int) -> tuple[list[list[str]], int]:
    """The rows of `chunk`, whole rows one after the other and nothing else; the last row number."""
    try:
        text = chunk.decode()
    except UnicodeDecodeError:
        raise NotOurForm("not UTF-8") from None
    if "\r" in text:  # an XML reader would turn it into a line feed: not a text of ours
        raise NotOurForm("a carriage return in the XML")
    rows: list[list[str]] = []
    at = 0
    for match in _ROW.finditer(text):
        number = int(match.group(1))
        if match.start() != at or number <= last:
            raise NotOurForm(f"row {number} is not in our form or out of order")
        at, last = match.end(), number
        body = match.group(2)
        if not body:
            continue  # a row without cells: calamine's empty row, which the reader leaves out
        cells = _CELL.findall(body)
        # every column from A on: nearly every row
        row = [t for _, t in cells] if [c for c, _ in cells] == _NAMES[: len(cells)] else _placed(cells)
        if "&" in body or "_x00" in body:
            row = [_unescaped(t) for t in row]
        rows.append(row)
    if at != len(text):
        raise NotOurForm(f"something else than a row of ours after row {last}")
    return rows, last


def _placed(cells: list[tuple[str, str]]) -> list[str]:
    row: list[str] = []
    for name, text in cells:
        index = _column(name)
        if index < len(row):
            raise NotOurForm(f"column {name} out of order")
        row.extend([""] * (index - len(row)))
        row.append(text)
    return row


def _column(name: str) -> int:
    index = 0
    for letter in name:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _unescaped(text: str) -> str:
    """XML entities, then the cell escapes (cell_escapes.unescaped, as calamine undoes them)."""
    if "&" in text:
        if _ENTITY.sub("", text).count("&"):
            raise NotOurForm("an entity calamine may read otherwise")
        text = _ENTITY.sub(_entity, text)
    return unescaped(text)


def _entity(match: re.Match[str]) -> str:
    named, decimal, hexadecimal = match.groups()
    if named:
        return _NAMED[named]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        raise NotOurForm("a character reference XML does not allow")
    return chr(code)


def _name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


_NAMES = [_name(i) for i in range(16384)]  # A, B, ... XFD: the columns a sheet may have
