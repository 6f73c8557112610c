"""The check every incoming workbook file passes before any spreadsheet library parses it.

:func:`check_incoming_file` also lets through what the import reads besides .xlsx: an
OpenDocument spreadsheet (its zip checked the same way, its manifest for a password) and, under
a text name (.csv, .tsv, .txt), a text file, whose text csv_sheets checks as it reads it.

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
``not_text``               (a text name only) is a PDF, a picture or an archive renamed
=========================  ===========================================================

Every entry is read once, streaming (compressed chunks of 1 MiB, at most 4 MiB of output at a
time), checking its CRC and its actual size while counting; reading stops as soon as a limit is
passed, so an entry whose header lies about its size is caught too. Each loop consumes input or
produces bounded output, so a hostile file cannot make the check hang.

The check is in parts: this module (the file itself), zip_parts (the zip level), xml_declarations
(no DTD), sheet_xml (what a worksheet holds), refusals (the messages). openpyxl must still parse
with defusedxml (:func:`check_xml_safety`): the DTD scan is a second line of defence, not the only one.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

from mouliaison.domain.messages import Message
from mouliaison.sync.refusals import (
    RATIO_MIN_BYTES,
    Limits,
    RefusedFile,
    corrupt,
    folder,
    missing,
    show,
    size_text,
    too_many_entries,
    truncated,
    unreadable,
)
from mouliaison.sync.zip_parts import (
    CD_BYTES_PER_ENTRY,
    READ_CHUNK,
    ZIP_ERRORS,
    CheckedFile,
    check_directory,
    check_names,
    check_package_type,
    end_record,
    stream_entries,
)

DEFAULT_LIMITS = Limits()

__all__ = ["RATIO_MIN_BYTES", "CheckedFile", "Limits", "RefusedFile", "check_incoming_file", "check_workbook_file",
           "check_xml_safety"]

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # first local header; an empty zip
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")  # names under which a text file is read as CSV


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


def check_workbook_file(path: Path | str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> CheckedFile:
    """Refuse (raise :class:`RefusedFile`) anything that is not a plain, sane .xlsx file."""
    return _check(Path(path), limits, other_kinds=False)


def check_incoming_file(path: Path | str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> CheckedFile:
    """Like :func:`check_workbook_file`, for every kind the import reads; `kind` says which it is.

    The kind comes from the content, not the name: an .xlsx, or an OpenDocument spreadsheet,
    whatever its name (an .ods renamed .xlsx is read as .ods; its zip passes the same checks);
    a text file only under a text name (.csv, .tsv, .txt), and only once it is not a PDF, a
    picture or an archive renamed. The text itself is checked as it is read (csv_sheets).
    """
    return _check(Path(path), limits, other_kinds=True)


def _check(path: Path, limits: Limits, other_kinds: bool) -> CheckedFile:
    name = path.name or str(path)
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise missing(path) from None
    except OSError as exc:
        raise unreadable(name, exc) from None
    _check_stat(info, name, limits)

    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)  # a pipe must not block
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        raise missing(path) from None
    except IsADirectoryError:
        raise folder(name) from None
    except OSError as exc:
        raise unreadable(name, exc) from None
    try:
        fp = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fp:
        try:
            info = os.fstat(fp.fileno())
            _check_stat(info, name, limits)  # it may have changed since the first look
            text = other_kinds and path.suffix.lower() in TEXT_SUFFIXES
            return _check_open_file(fp, info.st_size, name, limits.for_file(info.st_size), ods=other_kinds, text=text)
        except RefusedFile:
            raise
        except OSError as exc:
            raise unreadable(name, exc) from None


def _check_stat(info: os.stat_result, name: str, limits: Limits) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise folder(name)
    if not stat.S_ISREG(info.st_mode):
        raise RefusedFile("not_a_file", Message('"{name}" is not an ordinary file (it is a device, a pipe or '
                                                "another special file). Choose the workbook file itself.",
                                                name=name))
    if info.st_size == 0:
        raise RefusedFile("empty", Message('"{name}" is empty (0 bytes): it was probably not saved or copied '
                                           "completely. Ask the sender to send it again.", name=name))
    if info.st_size > limits.max_file_bytes:
        raise RefusedFile("too_large", Message('"{name}" is {size}, more than the {limit} this app accepts. Ask the '
                                               "sender to split it into smaller workbooks.", name=name,
                                               size=size_text(info.st_size), limit=size_text(limits.max_file_bytes)))


def _check_open_file(fp: BinaryIO, size: int, name: str, limits: Limits, ods: bool = False,
                     text: bool = False) -> CheckedFile:
    head = fp.read(4096)
    if head.startswith(_OLE2_MAGIC):
        _refuse_ole2(fp, name)
    if not head.startswith(_ZIP_MAGICS):
        if text:
            _refuse_binary_kinds(head, name)
            return CheckedFile(kind="csv")
        raise RefusedFile("not_zip", _describe_non_zip(head, name))

    end = end_record(fp, size, name)
    if end is None:
        raise truncated(name)
    count, cd_size = end
    if count > limits.max_entries:
        raise too_many_entries(name, count, limits)
    if cd_size > limits.max_entries * CD_BYTES_PER_ENTRY:  # zipfile reads it whole, whatever the count says
        raise too_many_entries(name, count, limits, cd_size)

    fp.seek(0)
    try:
        with zipfile.ZipFile(fp) as archive:
            infos = archive.infolist()
            start_dir = archive.start_dir
            if len(infos) > limits.max_entries:
                raise too_many_entries(name, len(infos), limits)
            check_names(infos, name)
            kind = check_package_type(archive, infos, name, ods=ods)
    except RefusedFile:
        raise
    except ZIP_ERRORS as exc:
        raise corrupt(name, Message("its table of contents cannot be read: {reason}", reason=show(str(exc)))) from None

    check_directory(infos, name, limits)
    checked = CheckedFile(kind=kind)
    stream_entries(fp, size, start_dir, infos, name, limits, checked)
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
        chunk = fp.read(READ_CHUNK)
        if not chunk:
            break
        window = previous + chunk
        found.update(label for label, needle in wanted.items() if needle in window)
        previous = window[-overlap:]
    if "EncryptedPackage" in found:
        raise RefusedFile("encrypted", Message('"{name}" is protected with a password (an encrypted workbook), so it '
                                               "cannot be read. Open it in Excel or LibreOffice with the password, "
                                               "remove the password, save it again as .xlsx and import the new file.",
                                               name=name))
    if "WordDocument" in found and not found & {"Workbook", "Book"}:
        raise RefusedFile("not_a_workbook", Message('"{name}" is an old Word document (.doc), not an Excel workbook. '
                                                    "Ask the sender for the Excel workbook (.xlsx).", name=name))
    if "PowerPoint Document" in found and not found & {"Workbook", "Book"}:
        raise RefusedFile("not_a_workbook", Message('"{name}" is an old PowerPoint presentation (.ppt), not an Excel '
                                                    "workbook. Ask the sender for the Excel workbook (.xlsx).",
                                                    name=name))
    raise RefusedFile("xls", Message('"{name}" is an old Excel 97-2003 workbook (.xls), which this app does not '
                                     "read. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), "
                                     "then import the new file.", name=name))


def _refuse_binary_kinds(head: bytes, name: str) -> None:
    """A file with a text name (.csv) that is a known binary kind: said as such."""
    what: Message | None = None
    if head.startswith(b"%PDF"):
        what = Message("a PDF document")
    elif head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        what = Message("a picture")
    elif head.startswith((b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")):
        what = Message("a compressed archive (RAR, 7-Zip or gzip)")
    if what:
        raise RefusedFile("not_text", Message('"{name}" is {what}, not a CSV file (text). Ask the sender for the '
                                              "data as CSV (UTF-8) or as an Excel workbook (.xlsx).", name=name,
                                              what=what))


def _describe_non_zip(head: bytes, name: str) -> Message:
    """What a file that is not a zip is, and what to do, named."""
    if head.startswith(b"%PDF"):
        return Message('"{name}" is a PDF document, not an Excel workbook (.xlsx). Ask the sender for the workbook '
                       "saved from Excel as .xlsx.", name=name)
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return Message('"{name}" is a picture, not an Excel workbook (.xlsx). Ask the sender for the workbook saved '
                       "from Excel as .xlsx.", name=name)
    if head.startswith((b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")):
        return Message('"{name}" is a compressed archive of another kind (RAR, 7-Zip or gzip), not an Excel workbook '
                       "(.xlsx). Unpack it first and import the .xlsx inside.", name=name)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    else:
        text = head
    control = sum(1 for byte in text if byte < 9 or 13 < byte < 32)
    if text and control <= len(text) // 100:
        lowered = text.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
        if lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in lowered:
            return Message('"{name}" is an Excel 2003 XML spreadsheet, not an Excel workbook (.xlsx). Open it in Excel '
                           "or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and import that.",
                           name=name)
        if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
            return Message('"{name}" is a web page (HTML) with a workbook\'s name, not an Excel workbook (.xlsx). Open '
                           "it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and "
                           "import that.", name=name)
        return Message('"{name}" is a plain text file (a CSV file or similar, renamed), not an Excel workbook (.xlsx). '
                       "Open it in Excel or LibreOffice, check the columns, save it as an Excel workbook (.xlsx) and "
                       "import that.", name=name)
    return Message('"{name}" is not an Excel workbook (.xlsx): it is not even a zip archive, as every .xlsx file is. '
                   "It may be damaged, or another kind of file renamed. Ask the sender for the workbook saved from "
                   "Excel as .xlsx.", name=name)
