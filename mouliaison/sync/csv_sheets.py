"""A CSV file (KoboToolbox, IOM DTM, Google Forms exports; French Excel's ";" files) as a `SheetBook`.

One sheet, named after the file (activities.csv: "activities"), of text cells: the reader and
sync/cells.py make dates and numbers of them per field, as they do for a text cell of a
workbook; an empty field is an empty cell. A row is a CSV record, so a quoted value that spans
lines stays one row, and row numbers count records, as a spreadsheet program shows them.

The text is UTF-8 (with or without the byte-order mark Excel writes for "CSV UTF-8"), else
Windows-1252, which French and Spanish Excel write for plain "CSV" (said in a note, as the
accents depend on it). Anything else -- UTF-16 ("Unicode Text"), a binary file -- is refused,
saying what it seems to be. The separator is a comma, a semicolon or a tab: the one that splits
the first records into the same number of columns, decided once for the whole file (a note says
so when two would fit). The whole file is read once before any row is used, so a malformed or
oversized file is refused before anything is written; then rows are read streaming.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from mouliaison.domain.messages import Message
from mouliaison.sync.refusals import MiB, RefusedFile
from mouliaison.sync.sheet_readers import MAX_COLUMNS, SheetBook

MAX_ROW_CHARS = 4 * MiB  # characters one record may span (a quoted value may hold many lines)
SAMPLE_CHARS = 64 * 1024  # the start of the file the separator is decided on
SAMPLE_RECORDS = 50

_SEPARATORS = {",": Message("commas (,)"), ";": Message("semicolons (;)"), "\t": Message("tabs")}
_SAVE_AS = Message('Open it in Excel or LibreOffice and save it as "CSV UTF-8 (comma delimited)" or as an Excel '
                   "workbook (.xlsx), then import that file.")


class CsvBook(SheetBook):
    """The records of a CSV file as the rows of one sheet (see the module's docstring)."""

    modified = None  # a CSV file has no "modified" time of its own

    def __init__(self, path: Path) -> None:
        self._path = path
        self._notes: list[str] = []
        self._encoding = _encoding(path)
        if self._encoding == "cp1252":
            self._notes.append(Message('{name} is not UTF-8 text; it was read as Windows-1252 (Western European, as '
                                       "Excel saves plain CSV in French or Spanish): check the accents of the "
                                       'imported records, or save it as "CSV UTF-8" and import that instead',
                                       name=path.name))
        self._sheet = path.stem or path.name
        self._columns = 1  # the usual number of fields of the first records (decided with the separator)
        self.sheet_names = [self._sheet]
        self._separator = self._choose_separator()
        self._last_row = self._survey()

    def _open(self) -> io.TextIOWrapper:
        try:
            return open(self._path, encoding=self._encoding, newline="")  # closed by the caller
        except OSError as exc:
            raise _unreadable(self._path.name, exc) from None

    def _records(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, fields) for every record; RefusedFile for a malformed or oversized one."""
        name = self._path.name
        with self._open() as handle:
            lines = _BoundedLines(handle, name)
            reader = csv.reader(lines, delimiter=self._separator, strict=True)
            number = 0
            while True:
                lines.row_chars = 0
                try:
                    record = next(reader, None)
                except csv.Error as exc:
                    raise RefusedFile("bad_csv", Message(
                        '"{name}" cannot be read as CSV at row {row} ({error}): a quote (") is probably missing or '
                        "misplaced there. {save_as}", name=name, row=str(number + 1), error=str(exc),
                        save_as=_SAVE_AS)) from None
                except (UnicodeDecodeError, OSError) as exc:  # the file changed since it was checked
                    raise _unreadable(name, exc) from None
                if record is None:
                    return
                number += 1
                yield number, record

    def _choose_separator(self) -> str:
        with self._open() as handle:
            try:
                sample = handle.read(SAMPLE_CHARS)
                complete = handle.read(1) == ""
            except (UnicodeDecodeError, OSError) as exc:
                raise _unreadable(self._path.name, exc) from None
        if not sample.strip():
            raise RefusedFile("empty", Message('"{name}" holds no rows (only blank lines). Ask the sender to export '
                                               "the data again.", name=self._path.name))
        preferred = "\t" if self._path.suffix.lower() == ".tsv" else ","
        scores: dict[str, tuple[float, int]] = {}
        for separator in _SEPARATORS:
            counts = _field_counts(sample, separator, complete)
            # the usual number of columns, not the first row's: a title line above the header is common
            usual = max(Counter(c for c in counts if c > 1).items(), key=lambda item: item[::-1], default=None)
            if usual is not None:
                scores[separator] = (usual[1] / len(counts), usual[0])
        if not scores:
            self._columns = 1
            return preferred  # one column: no separator in the first records
        best = max(scores, key=lambda s: (*scores[s], s == preferred))
        self._columns = scores[best][1]
        others = [s for s in scores if s != best and scores[s][0] == 1.0]
        if others and scores[best][0] == 1.0:
            other = _SEPARATORS[others[0]]
            self._notes.append(Message("{name}: its first rows could be split by {best} or by {other}; read as "
                                       "separated by {best} ({columns} columns). If the columns look wrong, save "
                                       "the file with one kind of separator and import it again",
                                       name=self._path.name, best=_SEPARATORS[best], other=other,
                                       columns=scores[best][1]))
        return best

    def _survey(self) -> int:
        """The last row with a value, once every record was read and checked."""
        name = self._path.name
        if self._columns > MAX_COLUMNS:
            raise RefusedFile("too_many_columns", Message(
                '"{name}" has {columns:,} columns, more than the {limit} this app reads. Remove the columns you do not '
                "need to import and import the file again.", name=name, columns=self._columns, limit=MAX_COLUMNS))
        last_row = 0
        wider: list[int] = []
        for number, record in self._records():
            if len(record) > self._columns and any(record[self._columns :]):
                wider.append(number)
            if any(record):
                last_row = number
        if wider:
            shown: str = ", ".join(str(n) for n in wider[:5])
            if len(wider) > 5:
                shown = Message("{rows} and {more} more", rows=shown, more=len(wider) - 5)
            said = dict(sheet=self._sheet, rows=shown, columns=self._columns, letter=get_column_letter(self._columns))
            if len(wider) == 1:
                self._notes.append(Message("sheet '{sheet}': row {rows} has more values than the file's {columns} "
                                           "columns (beyond column {letter}): a value holding the separator without "
                                           "quotes around it does that; check that row", **said))
            else:
                self._notes.append(Message("sheet '{sheet}': rows {rows} have more values than the file's {columns} "
                                           "columns (beyond column {letter}): a value holding the separator without "
                                           "quotes around it does that; check those rows", **said))
        return last_row

    def notes(self) -> list[str]:
        return list(self._notes)

    def visible(self, name: str) -> bool:
        return True

    def rows(self, name: str, raw: bool = False) -> Iterator[list[Any]]:
        for number, record in self._records():
            yield [value or None for value in record[:MAX_COLUMNS]]
            if number >= self._last_row:
                return

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return []

    def last_row(self, name: str) -> int:
        return self._last_row

    def close(self) -> None:
        """Nothing stays open: each pass opens the file and closes it when it ends."""


class _BoundedLines:
    """A text file's lines for csv.reader, refusing a record longer than MAX_ROW_CHARS.

    The reader of the records sets `row_chars` to 0 before each record; csv.reader asks for
    lines only while a record lasts, so the count is the record's.
    """

    def __init__(self, handle: io.TextIOWrapper, name: str) -> None:
        self.handle = handle
        self.name = name
        self.row_chars = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self.handle.readline(MAX_ROW_CHARS + 1)
        if not line:
            raise StopIteration
        self.row_chars += len(line)
        if self.row_chars > MAX_ROW_CHARS:
            raise RefusedFile("row_too_long", Message(
                '"{name}" has a row longer than {millions} million characters: a quote (") is probably missing, so '
                "the rest of the file reads as one value. {save_as}", name=self.name, millions=MAX_ROW_CHARS // MiB,
                save_as=_SAVE_AS))
        return line


def _field_counts(sample: str, separator: str, complete: bool) -> list[int]:
    """How many fields each of the sample's first non-blank records has under `separator`."""
    counts: list[int] = []
    reader = csv.reader(io.StringIO(sample), delimiter=separator)
    try:
        for record in reader:
            if any(record):
                counts.append(len(record))
            if len(counts) > SAMPLE_RECORDS:
                break
    except csv.Error:
        pass  # malformed under this separator: the records so far count
    if not complete and len(counts) > 1:
        counts.pop()  # the sample may have cut the last record
    return counts[:SAMPLE_RECORDS]


def _encoding(path: Path) -> str:
    """"utf-8-sig" (with or without the mark) or "cp1252"; RefusedFile for anything else."""
    name = path.name
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
            _refuse_non_text(head, name)
            for encoding in ("utf-8-sig", "cp1252"):
                handle.seek(0)
                decoder = codecs.getincrementaldecoder(encoding)()
                lines = 1
                try:
                    for block in iter(lambda: handle.read(MiB), b""):
                        if b"\0" in block:
                            raise RefusedFile("binary", _binary_message(name))
                        decoder.decode(block)
                        lines += block.count(b"\n")
                    decoder.decode(b"", final=True)
                    return encoding
                except UnicodeDecodeError as exc:  # exc.object: the block, after a partial character (no "\n")
                    line = lines + exc.object[: exc.start].count(b"\n")
                    byte = exc.object[exc.start]
    except OSError as exc:
        raise _unreadable(name, exc) from None
    raise RefusedFile("encoding", Message(
        '"{name}" is neither UTF-8 nor Windows-1252 text (on line {line:,}, the byte {byte} is not a character in '
        'either), so its accents would come out wrong. Open it in the program that made it, save it as "CSV UTF-8", '
        "and import that file.", name=name, line=line, byte=f"0x{byte:02X}"))


def _refuse_non_text(head: bytes, name: str) -> None:
    """UTF-16 or UTF-32 text, or binary data, seen in the file's first bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head):
        raise RefusedFile("utf16", Message('"{name}" is UTF-16 text (what Excel calls "Unicode Text"), which this app '
                                           'does not read as CSV. Open it in Excel or LibreOffice and save it as "CSV '
                                           'UTF-8 (comma delimited)", then import that file.', name=name))
    if b"\0" in head:
        raise RefusedFile("binary", _binary_message(name))
    control = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    if control > len(head) // 100:
        raise RefusedFile("binary", _binary_message(name))


def _looks_utf16(head: bytes) -> bool:
    """Text in UTF-16 without its mark: every other byte a NUL, for ASCII letters."""
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and (even.count(0) > len(even) * 0.4 or odd.count(0) > len(odd) * 0.4) and not (
        even.count(0) > len(even) * 0.4 and odd.count(0) > len(odd) * 0.4)


def _binary_message(name: str) -> str:
    return Message('"{name}" is not a text file (it holds binary data), so it is not a CSV file: it may be damaged, '
                   "or another kind of file renamed. Ask the sender for the data as CSV (UTF-8) or as an Excel "
                   "workbook (.xlsx).", name=name)


def _unreadable(name: str, exc: Exception) -> RefusedFile:
    reason = getattr(exc, "strerror", None) or str(exc)
    return RefusedFile("unreadable", Message('"{name}" could not be read ({reason}). Check that it is still there '
                                             "and unchanged, then import it again.", name=name, reason=reason))
