"""The XML level of the file check: no DTD in any part, in whatever encoding a parser would read.

XML before the root element may hold a DTD; scanning every byte rather than the first few KiB
also catches a DTD pushed back by a long comment. "<!" in a workbook's XML is otherwise only a
comment or CDATA: element text escapes "<".
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections.abc import Iterator

from mouliaison.domain.messages import Message
from mouliaison.sync.refusals import DANGER, RefusedFile, show

_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_SAFE_CODECS = ("utf-8", "ascii", "iso8859", "cp125", "utf-16", "utf-32")


class DtdSniffer:
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
                    raise RefusedFile("xml_encoding", Message(
                        '"{name}" holds XML in an unusual text encoding ("{encoding}", in "{part}") that Excel never '
                        "writes and that can hide harmful content; it may be malicious. {danger}", name=self.name,
                        encoding=show(label, 40), part=show(self.info.orig_filename), danger=DANGER))
        self.encoding = encoding
        self.utf8 = self.utf8 and encoding == "utf-8"
        self.needle = "<!".encode(encoding)
        self.keep = len("<!DOCTYPE".encode(encoding))

    def _scan(self, data: bytes) -> None:
        buffer = self.pending + data if self.pending else data
        for position in self._markup_declarations(buffer):
            word = buffer[position + len(self.needle) : position + self.keep]
            if word.decode(self.encoding or "utf-8", errors="replace").upper().startswith(("DOCTYPE", "ENTITY")):
                raise RefusedFile("xml_entities", Message(
                    '"{name}" contains XML entity declarations (a DTD, in "{part}"), which workbooks never need; it '
                    'may be malicious (an "XML bomb", made to overload the computer). {danger}', name=self.name,
                    part=show(self.info.orig_filename), danger=DANGER))
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
