"""The check every incoming workbook file passes before any spreadsheet library parses it.

Workbooks arrive by email and USB from other offices and are never trusted (RELIABILITY.md,
"Workbooks coming in"). :func:`check_workbook_file` looks at the raw bytes and the zip structure
only -- it never hands the file to openpyxl or another spreadsheet reader -- and refuses, with a
:class:`RefusedFile` whose message names the file, says what it is and what to do:

=========================  ===========================================================
kind                       the file
=========================  ===========================================================
``missing``                does not exist
``folder``                 is a folder
``not_a_file``             is a device, pipe or other special file
``unreadable``             cannot be read (permissions, drive gone)
``empty``                  has 0 bytes
``too_large``              is larger than ``Limits.max_file_bytes``
``not_zip``                is not a zip at all (random bytes, CSV or other text, PDF, ...)
``xls``                    is an old Excel 97-2003 (OLE2 compound) file
``encrypted``              is password-protected (OLE2 with an "EncryptedPackage" stream,
                           or a zip whose entries are encrypted)
``not_a_workbook``         is a zip but not an .xlsx (.docx, .pptx, .ods/.odt, .xlsb, any zip)
``macros``                 is a macro-enabled workbook (vbaProject.bin, Excel 4 macro sheets,
                           a macroEnabled content type)
``truncated``              was cut off (no end-of-archive record, data past the end)
``corrupt``                is damaged (CRC error, bad headers, sizes that do not add up)
``too_many_entries``       zip bomb: more entries (or a larger directory) than allowed
``uncompressed_too_large`` zip bomb: declared or actual unpacked size above the limit
``compression_ratio``      zip bomb: an entry compressed more than ``Limits.max_ratio``
``overlapping_entries``    zip bomb: an entry hidden inside another entry's compressed bytes
``unsafe_path``            an entry name that is absolute or contains ``..``
``xml_entities``           XML bomb: ``<!DOCTYPE`` or ``<!ENTITY`` in an entry
``xml_encoding``           an XML entry in an encoding Excel never writes (could hide a DTD)
=========================  ===========================================================

Every entry is read once, streaming (compressed chunks of 1 MiB, at most 4 MiB of output at a
time), checking its CRC and its actual size while counting; reading stops as soon as a limit is
passed, so an entry whose header lies about its size is caught too. Each loop consumes input or
produces bounded output, so a hostile file cannot make the check hang.

openpyxl must still parse with defusedxml (:func:`check_xml_safety`): the DTD scan here is a
second line of defence, not the only one.
"""

from __future__ import annotations

import codecs
import dataclasses
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mouliaison.sync.sheet_xml import SheetFacts, SheetScanner

__all__ = ["RATIO_MIN_BYTES", "CheckedFile", "Limits", "RefusedFile", "check_workbook_file", "check_xml_safety"]

MiB = 2**20

#: The compression-ratio rule only applies to entries that unpack to more than this.
RATIO_MIN_BYTES = MiB

_READ_CHUNK = MiB  # compressed bytes read at a time
_OUT_CHUNK = 4 * MiB  # most uncompressed bytes produced at a time
_CD_BYTES_PER_ENTRY = 1024  # central directory bytes allowed per permitted entry

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # first local header; an empty zip
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"

# Errors zipfile may raise on a hostile central directory (UnicodeDecodeError is a ValueError).
_ZIP_ERRORS = (
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

_DANGER = (
    "Do not open it in another program either; ask the sender where it comes from and for a fresh copy "
    "saved from Excel."
)


class RefusedFile(Exception):
    """A file that will not be read; .message says what the file is and what to do; .kind is a short code."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(kind, message)  # both in args, so that it pickles
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Limits:
    """Upper bounds for an incoming workbook.

    The defaults are generous enough for a 100,000-row x 25-column workbook with long texts
    (about 60 MB compressed).
    """

    max_file_bytes: int = 200 * 2**20
    max_entries: int = 10_000
    max_uncompressed_bytes: int = 2 * 2**30
    max_ratio: float = 200.0  # per entry, uncompressed/compressed, for entries above RATIO_MIN_BYTES

    def __post_init__(self) -> None:
        for field in ("max_file_bytes", "max_entries", "max_uncompressed_bytes", "max_ratio"):
            if not getattr(self, field) > 0:
                raise ValueError(f"Limits.{field} must be positive")


def check_xml_safety() -> None:
    """Raise RuntimeError unless openpyxl parses XML through defusedxml (call it at start-up)."""
    try:
        import defusedxml  # noqa: F401
    except ImportError as exc:
        raise RuntimeError(
            "defusedxml is not installed, so workbooks could not be read safely. Reinstall mouliaison "
            "with its dependencies (pip install defusedxml)."
        ) from exc
    import openpyxl.xml
    import openpyxl.xml.functions

    if openpyxl.xml.DEFUSEDXML is not True:
        raise RuntimeError(
            "openpyxl is not using defusedxml (is OPENPYXL_DEFUSEDXML set to something other than True?), "
            "so workbooks could not be read safely."
        )
    iterparse = getattr(openpyxl.xml.functions, "iterparse", None)
    if not getattr(iterparse, "__module__", "").startswith("defusedxml"):
        raise RuntimeError("openpyxl does not parse worksheets with defusedxml, so workbooks could not be read safely.")


@dataclass
class CheckedFile:
    """A file that passed, and what its worksheet parts' XML showed on the way (see sheet_xml)."""

    sheets: dict[str, SheetFacts] = dataclasses.field(default_factory=dict)  # by part name, lower case


def check_workbook_file(path: Path | str | os.PathLike[str], limits: Limits = Limits()) -> CheckedFile:
    """Refuse (raise :class:`RefusedFile`) anything that is not a plain, sane .xlsx file."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise _missing(path) from None
    except OSError as exc:
        raise _unreadable(name, exc) from None
    _check_stat(info, name, limits)

    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)  # a pipe must not block
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        raise _missing(path) from None
    except IsADirectoryError:
        raise _folder(name) from None
    except OSError as exc:
        raise _unreadable(name, exc) from None
    try:
        fp = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fp:
        try:
            info = os.fstat(fp.fileno())
            _check_stat(info, name, limits)  # it may have changed since the first look
            return _check_open_file(fp, info.st_size, name, limits)
        except RefusedFile:
            raise
        except OSError as exc:
            raise _unreadable(name, exc) from None


# --------------------------------------------------------------------------------------------
# Messages


def _missing(path: Path) -> RefusedFile:
    return RefusedFile("missing", f'"{path.name or path}" was not found (looked for {path}). '
                       "Check the name and the folder, then choose the file again.")


def _folder(name: str) -> RefusedFile:
    return RefusedFile("folder", f'"{name}" is a folder, not a workbook file. '
                       "Open the folder and choose the .xlsx workbook inside it.")


def _unreadable(name: str, exc: OSError) -> RefusedFile:
    reason = exc.strerror or type(exc).__name__
    return RefusedFile("unreadable", f'"{name}" could not be read ({reason}). Check that you are allowed to open it '
                       "and that its drive is still connected, or copy it to this computer and try again.")


def _truncated(name: str) -> RefusedFile:
    return RefusedFile("truncated", f'"{name}" is incomplete: the file was cut off, probably while it was being '
                       "copied, downloaded or saved. Ask the sender to send it again (or copy it again from "
                       "the USB drive).")


def _corrupt(name: str, detail: str) -> RefusedFile:
    return RefusedFile("corrupt", f'"{name}" is damaged ({detail}). Ask the sender to send it again; if the new '
                       "copy is damaged too, ask them to open it in Excel and save it under a new name.")


def _show(text: str, limit: int = 80) -> str:
    """An entry name fit for a message: printable, not too long."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in text)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def _size(size: int) -> str:
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= scale:
            return f"{size / scale:,.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


# --------------------------------------------------------------------------------------------
# File level


def _check_stat(info: os.stat_result, name: str, limits: Limits) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise _folder(name)
    if not stat.S_ISREG(info.st_mode):
        raise RefusedFile("not_a_file", f'"{name}" is not an ordinary file (it is a device, a pipe or another '
                          "special file). Choose the workbook file itself.")
    if info.st_size == 0:
        raise RefusedFile("empty", f'"{name}" is empty (0 bytes): it was probably not saved or copied completely. '
                          "Ask the sender to send it again.")
    if info.st_size > limits.max_file_bytes:
        raise RefusedFile("too_large", f'"{name}" is {_size(info.st_size)}, more than the '
                          f"{_size(limits.max_file_bytes)} this app accepts. Ask the sender to split it into "
                          "smaller workbooks.")


def _check_open_file(fp: BinaryIO, size: int, name: str, limits: Limits) -> CheckedFile:
    head = fp.read(4096)
    if head.startswith(_OLE2_MAGIC):
        _refuse_ole2(fp, name)
    if not head.startswith(_ZIP_MAGICS):
        raise RefusedFile("not_zip", f'"{name}" {_describe_non_zip(head)}')

    end = _end_record(fp, size)
    if end is None:
        raise _truncated(name)
    count, cd_size = end
    if count > limits.max_entries:
        raise _too_many_entries(name, count, limits)
    if cd_size > limits.max_entries * _CD_BYTES_PER_ENTRY:  # zipfile reads it whole, whatever the count says
        raise _too_many_entries(name, count, limits, cd_size)

    fp.seek(0)
    try:
        with zipfile.ZipFile(fp) as archive:
            infos = archive.infolist()
            start_dir = archive.start_dir
            if len(infos) > limits.max_entries:
                raise _too_many_entries(name, len(infos), limits)
            _check_names(infos, name)
            _check_package_type(archive, infos, name)
    except RefusedFile:
        raise
    except _ZIP_ERRORS as exc:
        raise _corrupt(name, f"its table of contents cannot be read: {_show(str(exc))}") from None

    _check_directory(infos, name, limits)
    checked = CheckedFile()
    _stream_entries(fp, size, start_dir, infos, name, limits, checked)
    return checked


def _refuse_ole2(fp: BinaryIO, name: str) -> None:
    """An OLE2 compound file: an old .xls (or .doc/.ppt), or an encrypted OOXML package."""
    wanted = {label: label.encode("utf-16-le") for label in
              ("EncryptedPackage", "Workbook", "Book", "WordDocument", "PowerPoint Document")}
    found: set[str] = set()
    overlap = max(len(v) for v in wanted.values())
    fp.seek(0)
    previous = b""
    while True:
        chunk = fp.read(_READ_CHUNK)
        if not chunk:
            break
        window = previous + chunk
        found.update(label for label, needle in wanted.items() if needle in window)
        previous = window[-overlap:]
    if "EncryptedPackage" in found:
        raise RefusedFile("encrypted", f'"{name}" is protected with a password (an encrypted workbook), so it cannot '
                          "be read. Open it in Excel or LibreOffice with the password, remove the password, "
                          "save it again as .xlsx and import the new file.")
    if "WordDocument" in found and not found & {"Workbook", "Book"}:
        raise RefusedFile("not_a_workbook", f'"{name}" is an old Word document (.doc), not an Excel workbook. '
                          "Ask the sender for the Excel workbook (.xlsx).")
    if "PowerPoint Document" in found and not found & {"Workbook", "Book"}:
        raise RefusedFile("not_a_workbook", f'"{name}" is an old PowerPoint presentation (.ppt), not an Excel '
                          "workbook. Ask the sender for the Excel workbook (.xlsx).")
    raise RefusedFile("xls", f'"{name}" is an old Excel 97-2003 workbook (.xls), which this app does not read. '
                      "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import the "
                      "new file.")


def _describe_non_zip(head: bytes) -> str:
    """What a file that is not a zip is, and what to do, after its name."""
    resend = "Ask the sender for the workbook saved from Excel as .xlsx."
    if head.startswith(b"%PDF"):
        return f"is a PDF document, not an Excel workbook (.xlsx). {resend}"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return f"is a picture, not an Excel workbook (.xlsx). {resend}"
    if head.startswith((b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")):
        return ("is a compressed archive of another kind (RAR, 7-Zip or gzip), not an Excel workbook (.xlsx). "
                "Unpack it first and import the .xlsx inside.")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    else:
        text = head
    control = sum(1 for byte in text if byte < 9 or 13 < byte < 32)
    if text and control <= len(text) // 100:
        lowered = text.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
        save = ("Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) "
                "and import that.")
        if lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in lowered:
            return f"is an Excel 2003 XML spreadsheet, not an Excel workbook (.xlsx). {save}"
        if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
            return f"is a web page (HTML) with a workbook's name, not an Excel workbook (.xlsx). {save}"
        return f"is a plain text file (a CSV file or similar, renamed), not an Excel workbook (.xlsx). {save}"
    return ("is not an Excel workbook (.xlsx): it is not even a zip archive, as every .xlsx file is. It may be "
            f"damaged, or another kind of file renamed. {resend}")


# --------------------------------------------------------------------------------------------
# Zip directory level


def _end_record(fp: BinaryIO, size: int) -> tuple[int, int] | None:
    """(entry count, central directory size) as zipfile will read them; None if there is no end record."""
    tail_size = min(size, 22 + 65535)
    fp.seek(size - tail_size)
    tail = fp.read(tail_size)
    if len(tail) >= 22 and tail[-22:-18] == _EOCD and tail[-2:] == b"\0\0":
        pos = len(tail) - 22  # the usual case, as zipfile tries it first: no archive comment
    else:
        pos = tail.rfind(_EOCD)
        if pos < 0 or pos + 22 > len(tail):
            return None
    count, cd_size = struct.unpack("<HI", tail[pos + 10 : pos + 16])
    absolute = size - tail_size + pos
    if absolute >= 20 + 56:  # zipfile prefers a zip64 end record just before the locator
        fp.seek(absolute - 20 - 56)
        record = fp.read(76)
        if record[56:60] == _EOCD64_LOCATOR and record[:4] == _EOCD64:
            count, cd_size = struct.unpack("<QQ", record[32:48])
    return count, cd_size


def _too_many_entries(name: str, count: int, limits: Limits, directory_size: int = 0) -> RefusedFile:
    if directory_size:
        what = f"a table of contents of {_size(directory_size)}, enough for far more parts than a workbook has"
    else:
        what = f"a table of contents that lists {count:,} parts"
    return RefusedFile("too_many_entries", f'"{name}" is a zip with {what} (at most {limits.max_entries:,} parts are '
                       f'accepted). It is probably a "zip bomb", a file made to overload the computer. {_DANGER}')


_DRIVE = re.compile(r"^[A-Za-z]:")


def _check_names(infos: list[zipfile.ZipInfo], name: str) -> None:
    seen: set[str] = set()
    for info in infos:
        entry = info.orig_filename
        parts = re.split(r"[\\/]", entry)
        if entry.startswith(("/", "\\")) or _DRIVE.match(entry) or ".." in parts:
            raise RefusedFile("unsafe_path", f'"{name}" contains a part with a path that leads outside the '
                              f'workbook ("{_show(entry)}"), which no spreadsheet program writes; it may be '
                              f"malicious. {_DANGER}")
        key = entry.lower()
        if key in seen:
            raise _corrupt(name, f'the part "{_show(entry)}" appears twice')
        seen.add(key)


def _check_package_type(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> None:
    names = {info.orig_filename.lower(): info for info in infos}
    if "xl/workbook.xml" in names:
        if "[content_types].xml" not in names:
            raise _corrupt(name, "a required part, [Content_Types].xml, is missing")
        return
    ask = "Ask the sender for the Excel workbook (.xlsx)."
    what = ""
    if "xl/workbook.bin" in names:
        what, todo = "an Excel binary workbook (.xlsb)", "Open it in Excel and save it as an Excel workbook (.xlsx)."
    elif "word/document.xml" in names:
        what, todo = "a Word document (.docx)", ask
    elif "ppt/presentation.xml" in names:
        what, todo = "a PowerPoint presentation (.pptx)", ask
    elif "mimetype" in names:
        mimetype = _small_entry(archive, names["mimetype"])
        if b"opendocument.spreadsheet" in mimetype:
            what = "an OpenDocument spreadsheet (.ods, for example from LibreOffice)"
            todo = 'Open it in LibreOffice and save it as "Excel 2007-365 (.xlsx)", then import the new file.'
        elif b"opendocument.text" in mimetype:
            what, todo = "an OpenDocument text document (.odt)", ask
        else:
            what, todo = "an OpenDocument or similar file", ask
    if what:
        message = f'"{name}" is {what} (renamed?), not an Excel workbook. {todo}'
    else:
        message = (f'"{name}" is a zip archive but not an Excel workbook: it has no workbook part '
                   f"(xl/workbook.xml). {ask}")
    raise RefusedFile("not_a_workbook", message)


def _small_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The first bytes of an entry, for naming the file type only; b"" if it cannot be read."""
    try:
        with archive.open(info) as entry:
            return entry.read(128)
    except (*_ZIP_ERRORS, RuntimeError, zlib.error):
        return b""


def _check_directory(infos: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """What the central directory declares: encryption, macros, compression, sizes."""
    for info in infos:
        if info.flag_bits & 0x1:
            raise RefusedFile("encrypted", f'"{name}" is protected with a password (its parts are encrypted), so it '
                              "cannot be read. Open it with the password, remove the password, save it again as "
                              ".xlsx and import the new file.")
    for info in infos:
        entry = info.orig_filename.lower()
        if entry.endswith("vbaproject.bin") or entry.startswith("xl/macrosheets/"):
            raise _macros(name)
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _corrupt(name, f'the part "{_show(info.orig_filename)}" uses a compression method '
                           f"({info.compress_type}) that spreadsheet programs do not use")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_uncompressed_bytes:
        raise _uncompressed_too_large(name, declared, limits, "says it holds")
    for info in infos:
        if info.file_size > RATIO_MIN_BYTES and info.file_size > limits.max_ratio * info.compress_size:
            raise _compression_ratio(name, info, info.file_size, limits)


def _macros(name: str) -> RefusedFile:
    return RefusedFile("macros", f'"{name}" is a macro-enabled workbook (it contains macros), which this app does '
                       'not accept. Open it in Excel, save it as "Excel Workbook (.xlsx)" without macros, and '
                       "import the new file.")


def _uncompressed_too_large(name: str, size: int, limits: Limits, how: str) -> RefusedFile:
    return RefusedFile("uncompressed_too_large", f'"{name}" {how} {_size(size)} once unpacked, more than the '
                       f"{_size(limits.max_uncompressed_bytes)} this app accepts. It may be a \"zip bomb\", a file "
                       f"made to overload the computer. {_DANGER} If it is a genuine workbook, ask for it in "
                       "smaller parts.")


def _compression_ratio(name: str, info: zipfile.ZipInfo, size: int, limits: Limits) -> RefusedFile:
    ratio = size / max(info.compress_size, 1)
    return RefusedFile("compression_ratio", f'"{name}" contains a part ("{_show(info.orig_filename)}") packed '
                       f"{ratio:,.0f} times smaller than its content, far beyond real workbooks (at most "
                       f'{limits.max_ratio:,.0f}). It is probably a "zip bomb", a file made to overload the computer. '
                       f"{_DANGER}")


# --------------------------------------------------------------------------------------------
# Entry contents


def _stream_entries(fp: BinaryIO, size: int, start_dir: int, infos: list[zipfile.ZipInfo], name: str,
                    limits: Limits, checked: CheckedFile) -> None:
    total = 0
    previous_end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        shown = _show(info.orig_filename)
        if info.header_offset < 0:
            raise _corrupt(name, f'the part "{shown}" is placed before the start of the file')
        if info.header_offset + 30 > start_dir:
            raise _corrupt(name, f'the part "{shown}" is not where the table of contents says')
        fp.seek(info.header_offset)
        header = fp.read(30)
        if header[:4] != b"PK\x03\x04":
            raise _corrupt(name, f'the part "{shown}" is not where the table of contents says')
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        local_name = fp.read(name_length).decode("utf-8" if info.flag_bits & 0x800 else "cp437", errors="replace")
        if local_name != info.orig_filename:
            raise _corrupt(name, f'the part "{shown}" has two different names inside the file')
        if info.header_offset < previous_end:  # a genuine part inside another one's packed data
            raise RefusedFile("overlapping_entries", f'"{name}" has parts hidden inside other parts ("{shown}"), '
                              f'a trick of "zip bombs", files made to overload the computer. {_DANGER}')
        data_start = info.header_offset + 30 + name_length + extra_length
        data_end = data_start + info.compress_size
        if data_end > start_dir:
            raise _corrupt(name, f'the part "{shown}" runs into the table of contents')
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
        self.sniffer = _DtdSniffer(info, name)
        self.content_types = info.orig_filename.lower() == "[content_types].xml"
        self.tail = b""

    def feed(self, data: bytes) -> None:
        info, limits = self.info, self.limits
        self.size += len(data)
        self.total += len(data)
        if self.total > limits.max_uncompressed_bytes:
            raise _uncompressed_too_large(self.name, self.total, limits, "holds more than")
        if self.size > RATIO_MIN_BYTES and self.size > limits.max_ratio * info.compress_size:
            raise _compression_ratio(self.name, info, self.size, limits)
        if self.size > info.file_size:
            raise _corrupt(self.name, f'the part "{_show(info.orig_filename)}" is larger than the table of '
                           "contents says")
        self.crc = zlib.crc32(data, self.crc)
        self.sniffer.feed(data)
        if self.scanner is not None:
            self.scanner.feed(data)
        if self.content_types:
            window = (self.tail + data).lower()
            if b"macroenabled" in window:
                raise _macros(self.name)
            self.tail = window[-16:]

    def finish(self, checked: CheckedFile) -> None:
        self.sniffer.finish()
        if self.scanner is not None:
            if not self.sniffer.utf8:
                self.scanner.not_utf8()
            checked.sheets[self.info.orig_filename.lower()] = self.scanner.finish()
        shown = _show(self.info.orig_filename)
        if self.size != self.info.file_size:
            raise _corrupt(self.name, f'the part "{shown}" is shorter than the table of contents says')
        if self.crc != self.info.CRC:
            raise _corrupt(self.name, f'the part "{shown}" fails its checksum (CRC)')


def _read_entry(fp: BinaryIO, info: zipfile.ZipInfo, total: int, name: str, limits: Limits,
                checked: CheckedFile) -> int:
    entry = _Entry(info, total, name, limits)
    remaining = info.compress_size
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    while remaining > 0 and not (inflater and inflater.eof):
        chunk = fp.read(min(_READ_CHUNK, remaining))
        if not chunk:
            raise _truncated(name)
        remaining -= len(chunk)
        if inflater is None:
            entry.feed(chunk)
            continue
        data = chunk
        while True:  # each round consumes input or yields output, which is bounded by the limits
            try:
                out = inflater.decompress(data, _OUT_CHUNK)
            except zlib.error:
                raise _corrupt(name, f'the part "{_show(info.orig_filename)}" cannot be unpacked') from None
            if out:
                entry.feed(out)
            data = inflater.unconsumed_tail
            if inflater.eof or (not data and len(out) < _OUT_CHUNK):
                break
    if inflater is not None and not inflater.eof and info.compress_size > 0:  # 0 bytes: an empty entry
        raise _corrupt(name, f'the packed data of the part "{_show(info.orig_filename)}" ends too early')
    entry.finish(checked)
    return entry.total


# XML before the root element may hold a DTD; scanning every byte rather than the first few KiB
# also catches a DTD pushed back by a long comment. "<!" in a workbook's XML is otherwise only a
# comment or CDATA: element text escapes "<".
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_SAFE_CODECS = ("utf-8", "ascii", "iso8859", "cp125", "utf-16", "utf-32")


class _DtdSniffer:
    """Finds <!DOCTYPE / <!ENTITY in an entry, in whatever encoding an XML parser would detect."""

    def __init__(self, info: zipfile.ZipInfo, name: str) -> None:
        self.info = info
        self.name = name
        self.head = b""
        self.encoding: str | None = None
        self.utf8 = True  # read as UTF-8 (no other encoding detected or declared)
        self.needle = b""
        self.keep = 0
        self.pending = b""

    def feed(self, data: bytes) -> None:
        if self.encoding is None:
            self.head += data
            if len(self.head) < 256:
                return
            data, self.head = self.head, b""
            self._start(data)
        self._scan(data)

    def finish(self) -> None:
        if self.encoding is None and self.head:
            data, self.head = self.head, b""
            self._start(data)
            self._scan(data)

    def _start(self, head: bytes) -> None:
        encoding = _sniff_encoding(head)
        if encoding is None:  # ASCII-like bytes: "<!DOCTYPE" is the same bytes in every encoding allowed
            declared = _DECLARED_ENCODING.match(head.removeprefix(b"\xef\xbb\xbf").lstrip())
            encoding = "utf-8"
            if declared:
                label = declared.group(1).decode("ascii")
                try:
                    codec = codecs.lookup(label).name
                except LookupError:
                    codec = ""
                self.utf8 = codec == "utf-8"
                if not codec.startswith(_SAFE_CODECS):
                    raise RefusedFile("xml_encoding", f'"{self.name}" holds XML in an unusual text encoding '
                                      f'("{_show(label, 40)}", in "{_show(self.info.orig_filename)}") that Excel '
                                      f"never writes and that can hide harmful content; it may be malicious. {_DANGER}")
        self.encoding = encoding
        self.utf8 = self.utf8 and encoding == "utf-8"
        self.needle = "<!".encode(encoding)
        self.keep = len("<!DOCTYPE".encode(encoding))

    def _scan(self, data: bytes) -> None:
        buffer = self.pending + data if self.pending else data
        for position in self._markup_declarations(buffer):
            word = buffer[position + len(self.needle) : position + self.keep]
            if word.decode(self.encoding or "utf-8", errors="replace").upper().startswith(("DOCTYPE", "ENTITY")):
                raise RefusedFile("xml_entities", f'"{self.name}" contains XML entity declarations (a DTD, in '
                                  f'"{_show(self.info.orig_filename)}"), which workbooks never need; it may be '
                                  f'malicious (an "XML bomb", made to overload the computer). {_DANGER}')
        self.pending = buffer[-(self.keep - 1) :]

    def _markup_declarations(self, buffer: bytes) -> Iterator[int]:
        """Positions of "<!" in buffer.

        "!" is rare in workbook XML, and looking for one byte is much faster than for two, so the
        first few hits are found that way; after 16 "!" the two-byte search takes over.
        """
        bang, lt = self.needle[len(self.needle) // 2 :], self.needle[: len(self.needle) // 2]
        start = 0
        for _ in range(16):
            found = buffer.find(bang, start)
            if found < 0:
                return
            if found >= len(lt) and buffer[found - len(lt) : found] == lt:
                yield found - len(lt)
            start = found + 1
        found = buffer.find(self.needle, max(start - len(lt), 0))
        while found >= 0:
            yield found
            found = buffer.find(self.needle, found + 1)


def _sniff_encoding(head: bytes) -> str | None:
    """The encoding an XML parser infers from the first bytes (XML 1.0 appendix F); None: ASCII-like."""
    for prefix, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"<\x00\x00\x00", "utf-32-le"),
        (b"\x00\x00\x00<", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"<\x00", "utf-16-le"),
        (b"\x00<", "utf-16-be"),
        (b"\x4c\x6f\xa7\x94", "cp037"),  # "<?xm" in EBCDIC
    ):
        if head.startswith(prefix):
            return encoding
    return None
