"""Why an incoming file is refused, said to a person: the exception, the limits, the messages.

Shared by the file checks (file_checks), the zip checks (zip_parts) and the XML checks
(xml_declarations): every message names the file, says what it is and what to do.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from mouliaison.domain.messages import Message

MiB = 2**20

#: The compression-ratio rule only applies to entries that unpack to more than this.
RATIO_MIN_BYTES = MiB

DANGER = Message(
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

    The defaults take headquarters' export of 1,000,000 activities with long texts (1.2 GB
    compressed, about 5 GiB of XML once unpacked; 100,000 activities are 117 MB and 503 MiB).
    What a file may unpack to grows with its own size: `max_uncompressed_bytes`, or
    `max_unpacked_per_byte` times the file's bytes when that is more. A small file that unpacks
    to gigabytes is still a zip bomb; a big workbook may take the time its size asks. Each
    entry is also held to `max_ratio`, and every check inflates in bounded steps.
    """

    max_file_bytes: int = 2 * 2**30
    max_entries: int = 10_000
    max_uncompressed_bytes: int = 2 * 2**30
    max_ratio: float = 200.0  # per entry, uncompressed/compressed, for entries above RATIO_MIN_BYTES
    max_unpacked_per_byte: float = 10.0  # the whole file, against its size (ours: 4.3)

    def __post_init__(self) -> None:
        for field in ("max_file_bytes", "max_entries", "max_uncompressed_bytes", "max_ratio",
                      "max_unpacked_per_byte"):
            if not getattr(self, field) > 0:
                raise ValueError(f"Limits.{field} must be positive")

    def for_file(self, size: int) -> Limits:
        """These limits for a file of `size` bytes: what it may unpack to, grown with its size."""
        unpacked = max(self.max_uncompressed_bytes, int(self.max_unpacked_per_byte * size))
        return replace(self, max_uncompressed_bytes=unpacked)


def missing(path: Path) -> RefusedFile:
    return RefusedFile("missing", Message('"{name}" was not found (looked for {path}). Check the name and the '
                                          "folder, then choose the file again.", name=path.name or str(path),
                                          path=str(path)))


def folder(name: str) -> RefusedFile:
    return RefusedFile("folder", Message('"{name}" is a folder, not a workbook file. Open the folder and choose '
                                         "the .xlsx workbook inside it.", name=name))


def unreadable(name: str, exc: OSError) -> RefusedFile:
    reason = exc.strerror or type(exc).__name__
    return RefusedFile("unreadable", Message('"{name}" could not be read ({reason}). Check that you are allowed to '
                                             "open it and that its drive is still connected, or copy it to this "
                                             "computer and try again.", name=name, reason=reason))


def truncated(name: str) -> RefusedFile:
    return RefusedFile("truncated", Message('"{name}" is incomplete: the file was cut off, probably while it was '
                                            "being copied, downloaded or saved. Ask the sender to send it again (or "
                                            "copy it again from the USB drive).", name=name))


def corrupt(name: str, detail: str) -> RefusedFile:
    return RefusedFile("corrupt", Message('"{name}" is damaged ({detail}). Ask the sender to send it again; if the '
                                          "new copy is damaged too, ask them to open it in Excel and save it under a "
                                          "new name.", name=name, detail=detail))


def show(text: str, limit: int = 80) -> str:
    """An entry name fit for a message: printable, not too long."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in text)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def size_text(size: int) -> Message:
    """A size to read, "1.5 MB" or "12 bytes" (a Message: the window writes its units its way)."""
    if size >= 2**30:
        return Message("{amount} GB", amount=_amount(size / 2**30))
    if size >= 2**20:
        return Message("{amount} MB", amount=_amount(size / 2**20))
    if size >= 2**10:
        return Message("{amount} KB", amount=_amount(size / 2**10))
    return Message("{count} bytes", count=size)


def _amount(scaled: float) -> str:
    return f"{scaled:,.1f}".removesuffix(".0")


def too_many_entries(name: str, count: int, limits: Limits, directory_size: int = 0) -> RefusedFile:
    if directory_size:
        what = Message("a table of contents of {size}, enough for far more parts than a workbook has",
                       size=size_text(directory_size))
    else:
        what = Message("a table of contents that lists {count:,} parts", count=count)
    return RefusedFile("too_many_entries", Message('"{name}" is a zip with {what} (at most {limit:,} parts are '
                                                   'accepted). It is probably a "zip bomb", a file made to overload '
                                                   "the computer. {danger}", name=name, what=what,
                                                   limit=limits.max_entries, danger=DANGER))


def macros(name: str) -> RefusedFile:
    return RefusedFile("macros", Message('"{name}" is a macro-enabled workbook (it contains macros), which this app '
                                         'does not accept. Open it in Excel, save it as "Excel Workbook (.xlsx)" '
                                         "without macros, and import the new file.", name=name))


#: How uncompressed_too_large says the size was found: declared by the table of contents, or unpacked.
SAYS_IT_HOLDS = Message("says it holds")
HOLDS_MORE_THAN = Message("holds more than")


def uncompressed_too_large(name: str, size: int, limits: Limits, how: Message) -> RefusedFile:
    """`how` is SAYS_IT_HOLDS or HOLDS_MORE_THAN."""
    return RefusedFile("uncompressed_too_large", Message(
        '"{name}" {how} {size} once unpacked, more than the {limit} this app accepts. It may be a "zip bomb", a '
        "file made to overload the computer. {danger} If it is a genuine workbook, ask for it in smaller parts.",
        name=name, how=how, size=size_text(size), limit=size_text(limits.max_uncompressed_bytes), danger=DANGER))


def compression_ratio(name: str, info: zipfile.ZipInfo, size: int, limits: Limits) -> RefusedFile:
    ratio = size / max(info.compress_size, 1)
    return RefusedFile("compression_ratio", Message(
        '"{name}" contains a part ("{part}") packed {ratio:,} times smaller than its content, far beyond real '
        'workbooks (at most {limit:,}). It is probably a "zip bomb", a file made to overload the computer. {danger}',
        name=name, part=show(info.orig_filename), ratio=round(ratio), limit=round(limits.max_ratio),
        danger=DANGER))
