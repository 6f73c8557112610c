"""What a signed export adds to a workbook, and what the reader takes back from it.

In `_meta` (so inside the signed content hash): the office's public key and its fingerprint,
the key records it passes on, and the head of its own history. On the `_signature` sheet: the
signature over the content hash (outside it, necessarily).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import xlsxwriter

from mouliaison.domain import signing
from mouliaison.domain.messages import Message
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.file_checks import RefusedFile
from mouliaison.sync.history import Head
from mouliaison.sync.streamed_sheet import StreamedSheet


@dataclass(frozen=True)
class ExportSigning:
    """The exporting office's key, and what it vouches for in the file."""

    private: bytes
    public: str
    records: list[signing.SignedRecord] = field(default_factory=list)
    history: Head | None = None  # None: the recipient gets versions changed for them (no head to check)

    def meta_rows(self) -> dict[str, str]:
        rows = {
            fmt.SIGNING_KEY_ROW: self.public,
            fmt.FINGERPRINT_ROW: signing.fingerprint(self.public),
            fmt.KEY_RECORDS_ROW: signing.records_to_meta(self.records),
        }
        if self.history is not None:
            rows[fmt.HISTORY_LENGTH_ROW] = str(self.history.length)
            rows[fmt.HISTORY_HEAD_ROW] = self.history.head
        return rows

    def write_signature(self, book: xlsxwriter.Workbook, content_sha256: str) -> None:
        sheet = book.add_worksheet(fmt.SIGNATURE_SHEET, worksheet_class=StreamedSheet)
        sheet.very_hidden()
        sheet.write_texts(0, [fmt.SIGNATURE_ROW, signing.sign_content(self.private, content_sha256)])


@dataclass(frozen=True)
class FileSignature:
    """What an incoming file says about its signing: all None/empty for an unsigned file."""

    public_key: str | None
    signature: str | None
    content_sha256: str
    records: list[signing.SignedRecord]
    history: Head | None

    @property
    def signed(self) -> bool:
        return bool(self.public_key and self.signature)

    def verifies(self) -> bool:
        return bool(self.public_key and self.signature
                    and signing.content_verifies(self.public_key, self.signature, self.content_sha256))

    @property
    def fingerprint(self) -> str | None:
        try:
            return signing.fingerprint(self.public_key) if self.public_key else None
        except signing.BadKey:
            return None


def read_signature(meta: dict[str, str], content_sha256: str, rows: Iterator[list[str]], name: str) -> FileSignature:
    """The file's signing, from its checked `_meta` and its `_signature` sheet; RefusedFile when
    these rows are not what an exporter writes (the signature itself is checked by sync/trust)."""
    signature = None
    for cells in rows:
        if cells and cells[0] == fmt.SIGNATURE_ROW:
            signature = cells[1] if len(cells) > 1 else ""
    public = meta.get(fmt.SIGNING_KEY_ROW) or None
    records = signing.records_from_meta(meta.get(fmt.KEY_RECORDS_ROW, ""))
    wrong = []
    if public is not None:
        try:
            if signing.fingerprint(public) != meta.get(fmt.FINGERPRINT_ROW):
                wrong.append(fmt.FINGERPRINT_ROW)
        except signing.BadKey:
            wrong.append(fmt.SIGNING_KEY_ROW)
    if records is None:
        wrong.append(fmt.KEY_RECORDS_ROW)
    if wrong:
        raise RefusedFile("damaged", Message("{name} has metadata that mouliaison did not write ({rows} missing or "
                                             "changed), so who signed it cannot be known. Ask the sender to export "
                                             "it again.", name=name, rows=", ".join(wrong)))
    history = None
    if fmt.HISTORY_LENGTH_ROW in meta:
        history = Head(int(meta[fmt.HISTORY_LENGTH_ROW]), meta[fmt.HISTORY_HEAD_ROW])
    return FileSignature(public, signature, content_sha256, records or [], history)
