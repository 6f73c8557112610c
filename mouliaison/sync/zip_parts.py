"""The zip level of the file check: the table of contents, then every part read once, streaming.

Each part is unpacked in bounded steps (compressed chunks of 1 MiB, at most 4 MiB of output at a
time) while its CRC, its actual size, the total and the compression ratio are checked; reading
stops as soon as a limit is passed. Worksheet parts are scanned on the way (sheet_xml), and every
XML part is searched for a DTD (xml_declarations).
"""

from __future__ import annotations

import dataclasses
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from mouliaison.domain.messages import Message
from mouliaison.sync.refusals import (
    DANGER,
    HOLDS_MORE_THAN,
    RATIO_MIN_BYTES,
    SAYS_IT_HOLDS,
    Limits,
    MiB,
    RefusedFile,
    compression_ratio,
    corrupt,
    macros,
    show,
    truncated,
    uncompressed_too_large,
)
from mouliaison.sync.sheet_xml import SheetFacts, SheetScanner
from mouliaison.sync.xml_declarations import DtdSniffer

READ_CHUNK = MiB  # compressed bytes read at a time
_OUT_CHUNK = 4 * MiB  # most uncompressed bytes produced at a time
CD_BYTES_PER_ENTRY = 1024  # central directory bytes allowed per permitted entry

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"

# Errors zipfile may raise on a hostile central directory (UnicodeDecodeError is a ValueError).
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    ValueError,
    struct.error,
    EOFError,
    OverflowError,
    IndexError,
    KeyError,
    NotImplementedError,
    OSError,
)


@dataclass
class CheckedFile:
    """A file that passed, and what its worksheet parts' XML showed on the way (see sheet_xml)."""

    sheets: dict[str, SheetFacts] = dataclasses.field(default_factory=dict)  # by part name, lower case
    kind: str = "xlsx"  # what the file really is: "xlsx", "ods" (OpenDocument) or "csv" (text)


def end_record(fp: BinaryIO, size: int, name: str = "") -> tuple[int, int] | None:
    """(entry count, central directory size) as zipfile will read them; None if there is no end record.

    The end record (with its comment, of the length it declares) must end the file: zipfile reads
    a zip with bytes appended after it, but no spreadsheet program writes one, and the bytes
    could hide anything (issue 19 #5), so they are refused as damage."""
    tail_size = min(size, 22 + 65535)
    fp.seek(size - tail_size)
    tail = fp.read(tail_size)
    if len(tail) >= 22 and tail[-22:-18] == _EOCD and tail[-2:] == b"\0\0":
        pos = len(tail) - 22  # the usual case, as zipfile tries it first: no archive comment
    else:
        pos = tail.rfind(_EOCD)
        if pos < 0 or pos + 22 > len(tail):
            return None
        (comment_length,) = struct.unpack("<H", tail[pos + 20 : pos + 22])
        extra = len(tail) - (pos + 22 + comment_length)
        if extra:
            raise corrupt(name, Message("{count:,} bytes follow the end of its zip archive", count=extra)
                          if extra > 0 else Message("its zip archive's comment runs past the end of the file"))
    count, cd_size = struct.unpack("<HI", tail[pos + 10 : pos + 16])
    absolute = size - tail_size + pos
    if absolute >= 20 + 56:  # zipfile prefers a zip64 end record just before the locator
        fp.seek(absolute - 20 - 56)
        record = fp.read(76)
        if record[56:60] == _EOCD64_LOCATOR and record[:4] == _EOCD64:
            count, cd_size = struct.unpack("<QQ", record[32:48])
    return count, cd_size


_DRIVE = re.compile(r"^[A-Za-z]:")


def check_names(infos: list[zipfile.ZipInfo], name: str) -> None:
    seen: set[str] = set()
    for info in infos:
        entry = info.orig_filename
        parts = re.split(r"[\\/]", entry)
        if entry.startswith(("/", "\\")) or _DRIVE.match(entry) or ".." in parts:
            raise RefusedFile("unsafe_path", Message('"{name}" contains a part with a path that leads outside the '
                                                     'workbook ("{part}"), which no spreadsheet program writes; it '
                                                     "may be malicious. {danger}", name=name, part=show(entry),
                                                     danger=DANGER))
        key = entry.lower()
        if key in seen:
            raise corrupt(name, Message('the part "{part}" appears twice', part=show(entry)))
        seen.add(key)


def check_package_type(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str, ods: bool = False) -> str:
    """"xlsx", or "ods" when `ods` allows it; RefusedFile for any other kind of zip."""
    names = {info.orig_filename.lower(): info for info in infos}
    if "xl/workbook.xml" in names:
        if "[content_types].xml" not in names:
            raise corrupt(name, Message("a required part, [Content_Types].xml, is missing"))
        return "xlsx"
    if ods and "mimetype" in names and _small_entry(archive, names["mimetype"]).strip() in _ODS_TYPES:
        if "content.xml" not in names:
            raise corrupt(name, Message("a required part, content.xml, is missing"))
        _refuse_encrypted_ods(archive, names, name)
        return "ods"
    ask = Message("Ask the sender for the Excel workbook (.xlsx).")
    what: Message | None = None
    if "xl/workbook.bin" in names:
        what = Message("an Excel binary workbook (.xlsb)")
        todo = Message("Open it in Excel and save it as an Excel workbook (.xlsx).")
    elif "word/document.xml" in names:
        what, todo = Message("a Word document (.docx)"), ask
    elif "ppt/presentation.xml" in names:
        what, todo = Message("a PowerPoint presentation (.pptx)"), ask
    elif "mimetype" in names:
        mimetype = _small_entry(archive, names["mimetype"])
        if b"opendocument.spreadsheet" in mimetype:
            what = Message("an OpenDocument spreadsheet (.ods, for example from LibreOffice)")
            todo = Message('Open it in LibreOffice and save it as "Excel 2007-365 (.xlsx)", then import the new file.')
        elif b"opendocument.text" in mimetype:
            what, todo = Message("an OpenDocument text document (.odt)"), ask
        else:
            what, todo = Message("an OpenDocument or similar file"), ask
    if what:
        message = Message('"{name}" is {what} (renamed?), not an Excel workbook. {todo}', name=name, what=what,
                          todo=todo)
    else:
        message = Message('"{name}" is a zip archive but not an Excel workbook: it has no workbook part '
                          "(xl/workbook.xml). {ask}", name=name, ask=ask)
    raise RefusedFile("not_a_workbook", message)


_ODS_TYPES = (b"application/vnd.oasis.opendocument.spreadsheet",
              b"application/vnd.oasis.opendocument.spreadsheet-template")


def _refuse_encrypted_ods(archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], name: str) -> None:
    """An OpenDocument file saved with a password lists how each part is encrypted in its manifest."""
    info = names.get("meta-inf/manifest.xml")
    if info is None:
        return
    try:
        with archive.open(info) as entry:
            manifest = entry.read(4 * MiB)
    except (*ZIP_ERRORS, RuntimeError, zlib.error):
        raise corrupt(name, Message("its list of parts (META-INF/manifest.xml) cannot be unpacked")) from None
    if b"encryption-data" in manifest:
        raise RefusedFile("encrypted", Message(
            '"{name}" is protected with a password (an encrypted OpenDocument spreadsheet), so it cannot be read. '
            'Open it in LibreOffice with the password, save it again without one (File ▸ Save As, untick "Save '
            'with password") and import the new file.', name=name))


def _small_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The first bytes of an entry, for naming the file type only; b"" if it cannot be read."""
    try:
        with archive.open(info) as entry:
            return entry.read(128)
    except (*ZIP_ERRORS, RuntimeError, zlib.error):
        return b""


def check_directory(infos: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """What the central directory declares: encryption, macros, compression, sizes."""
    for info in infos:
        if info.flag_bits & 0x1:
            raise RefusedFile("encrypted", Message(
                '"{name}" is protected with a password (its parts are encrypted), so it cannot be read. Open it '
                "with the password, remove the password, save it again as .xlsx and import the new file.",
                name=name))
    for info in infos:
        entry = info.orig_filename.lower()
        if entry.endswith("vbaproject.bin") or entry.startswith("xl/macrosheets/"):
            raise macros(name)
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise corrupt(name, Message('the part "{part}" uses a compression method ({method}) that spreadsheet '
                                        "programs do not use", part=show(info.orig_filename),
                                        method=str(info.compress_type)))
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_uncompressed_bytes:
        raise uncompressed_too_large(name, declared, limits, SAYS_IT_HOLDS)
    for info in infos:
        if info.file_size > RATIO_MIN_BYTES and info.file_size > limits.max_ratio * info.compress_size:
            raise compression_ratio(name, info, info.file_size, limits)


def stream_entries(fp: BinaryIO, size: int, start_dir: int, infos: list[zipfile.ZipInfo], name: str,
                    limits: Limits, checked: CheckedFile) -> None:
    total = 0
    previous_end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        shown = show(info.orig_filename)
        if info.header_offset < 0:
            raise corrupt(name, Message('the part "{part}" is placed before the start of the file', part=shown))
        if info.header_offset + 30 > start_dir:
            raise corrupt(name, Message('the part "{part}" is not where the table of contents says', part=shown))
        fp.seek(info.header_offset)
        header = fp.read(30)
        if header[:4] != b"PK\x03\x04":
            raise corrupt(name, Message('the part "{part}" is not where the table of contents says', part=shown))
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        local_name = fp.read(name_length).decode("utf-8" if info.flag_bits & 0x800 else "cp437", errors="replace")
        if local_name != info.orig_filename:
            raise corrupt(name, Message('the part "{part}" has two different names inside the file', part=shown))
        if info.header_offset < previous_end:  # a genuine part inside another one's packed data
            raise RefusedFile("overlapping_entries", Message(
                '"{name}" has parts hidden inside other parts ("{part}"), a trick of "zip bombs", files made to '
                "overload the computer. {danger}", name=name, part=shown, danger=DANGER))
        data_start = info.header_offset + 30 + name_length + extra_length
        data_end = data_start + info.compress_size
        if data_end > start_dir:
            raise corrupt(name, Message('the part "{part}" runs into the table of contents', part=shown))
        previous_end = data_end
        fp.seek(data_start)
        total = _read_entry(fp, info, total, name, limits, checked)


class _Entry:
    """Running checks over one entry's uncompressed bytes."""

    def __init__(self, info: zipfile.ZipInfo, total: int, name: str, limits: Limits) -> None:
        self.info = info
        entry = info.orig_filename.lower()
        worksheet = entry.startswith("xl/worksheets/") and entry.endswith(".xml") and entry.count("/") == 2
        self.scanner = SheetScanner() if worksheet else None
        self.total = total
        self.name = name
        self.limits = limits
        self.size = 0
        self.crc = 0
        self.sniffer = DtdSniffer(info, name)
        self.content_types = info.orig_filename.lower() == "[content_types].xml"
        self.tail = b""

    def feed(self, data: bytes) -> None:
        info, limits = self.info, self.limits
        self.size += len(data)
        self.total += len(data)
        if self.total > limits.max_uncompressed_bytes:
            raise uncompressed_too_large(self.name, self.total, limits, HOLDS_MORE_THAN)
        if self.size > RATIO_MIN_BYTES and self.size > limits.max_ratio * info.compress_size:
            raise compression_ratio(self.name, info, self.size, limits)
        if self.size > info.file_size:
            raise corrupt(self.name, Message('the part "{part}" is larger than the table of contents says',
                                             part=show(info.orig_filename)))
        self.crc = zlib.crc32(data, self.crc)
        self.sniffer.feed(data)
        if self.scanner is not None:
            self.scanner.feed(data)
        if self.content_types:
            window = (self.tail + data).lower()
            if b"macroenabled" in window:
                raise macros(self.name)
            self.tail = window[-16:]

    def finish(self, checked: CheckedFile) -> None:
        self.sniffer.finish()
        if self.scanner is not None:
            if not self.sniffer.utf8:
                self.scanner.not_utf8()
            facts = self.scanner.finish()
            if facts.beyond:
                raise corrupt(self.name, Message('the sheet part "{part}" refers to a cell or row beyond the last '
                                                 "one a worksheet can have ({beyond}; the last is XFD1048576)",
                                                 part=show(self.info.orig_filename), beyond=str(facts.beyond)))
            checked.sheets[self.info.orig_filename.lower()] = facts
        shown = show(self.info.orig_filename)
        if self.size != self.info.file_size:
            raise corrupt(self.name, Message('the part "{part}" is shorter than the table of contents says',
                                             part=shown))
        if self.crc != self.info.CRC:
            raise corrupt(self.name, Message('the part "{part}" fails its checksum (CRC)', part=shown))


def _read_entry(fp: BinaryIO, info: zipfile.ZipInfo, total: int, name: str, limits: Limits,
                checked: CheckedFile) -> int:
    entry = _Entry(info, total, name, limits)
    remaining = info.compress_size
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    while remaining > 0 and not (inflater and inflater.eof):
        chunk = fp.read(min(READ_CHUNK, remaining))
        if not chunk:
            raise truncated(name)
        remaining -= len(chunk)
        if inflater is None:
            entry.feed(chunk)
            continue
        data = chunk
        while True:  # each round consumes input or yields output, which is bounded by the limits
            try:
                out = inflater.decompress(data, _OUT_CHUNK)
            except zlib.error:
                raise corrupt(name, Message('the part "{part}" cannot be unpacked',
                                            part=show(info.orig_filename))) from None
            if out:
                entry.feed(out)
            data = inflater.unconsumed_tail
            if inflater.eof or (not data and len(out) < _OUT_CHUNK):
                break
    if inflater is not None and not inflater.eof and info.compress_size > 0:  # 0 bytes: an empty entry
        raise corrupt(name, Message('the packed data of the part "{part}" ends too early',
                                     part=show(info.orig_filename)))
    entry.finish(checked)
    return entry.total
