"""Export receipts: every export logged with its recipient, profile, file hash, counts and
the consent basis of the personal data it carried (`mouliaison receipts`): liaison workbooks
and the flat exports (HXL tables, calendars, address books) alike."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mouliaison.domain.ids import uuid7
from mouliaison.privacy.profiles import ContactOutcome
from mouliaison.privacy.recipients import Recipient
from mouliaison.services.database import Database
from mouliaison.store import receipts as stored

if TYPE_CHECKING:  # for annotations only: the workbook writer loads with an export
    from mouliaison.sync.export import ExportReport


@dataclass(frozen=True)
class Receipt:
    file_id: str
    file_name: str
    exported_at: str
    recipient: str
    profile: str
    sha256: str
    counts: dict[str, Any]
    basis: dict[str, str]  # contact -> consent record that allowed its personal data to go

    @property
    def signed_by(self) -> str | None:
        """The fingerprint of the key that signed the file (None: a flat export, or one from before signing)."""
        found = self.counts.get("signed_by")
        return str(found) if found else None

    def to_json(self) -> dict[str, Any]:
        return {"file_id": self.file_id, "file": self.file_name, "exported_at": self.exported_at,
                "recipient": self.recipient, "profile": self.profile, "sha256": self.sha256,
                "signed_by": self.signed_by, "counts": self.counts, "consent_basis": self.basis}


def log_receipt(db: Database, report: ExportReport, recipient: Recipient, contacts: ContactOutcome,
                unconsented: str, signed_by: str | None = None) -> str:
    """Record the export of a liaison workbook (`signed_by`: the fingerprint of the key that signed
    it); returns the SHA-256 of the file as written."""
    counts: dict[str, Any] = {"rows": report.rows, "versions": report.versions}
    if signed_by:
        counts["signed_by"] = signed_by
    return _record(db, report.file_id, report.path, recipient, contacts, unconsented, counts)


def log_flat_receipts(db: Database, kind: str, files: dict[Path, dict[str, int]], recipient: Recipient,
                      contacts: ContactOutcome, unconsented: str, left_out: dict[str, int]) -> list[str]:
    """Record a flat export (`kind`: hxl, ics or vcf), one receipt per file written with the
    rows it holds by type; returns the files' SHA-256s."""
    return [_record(db, uuid7(), path, recipient, contacts, unconsented,
                    {"format": kind, "rows": rows, "kept_home": left_out})
            for path, rows in files.items()]


def _record(db: Database, file_id: str, path: Path, recipient: Recipient, contacts: ContactOutcome,
            unconsented: str, counts: dict[str, Any]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    counts = {**counts, "contacts": contacts.counts(),
              "pseudonymised_because": sorted(set(contacts.pseudonymised.values())),
              "left_out_because": sorted(set(contacts.left_out.values()))}
    profile = recipient.kind if recipient.kind != "third-party" else f"third-party ({unconsented} without consent)"
    with db.writing() as change:
        stored.add_receipt(change.session, file_id=file_id, file_name=str(path), recipient=str(recipient),
                           profile=profile, sha256=digest.hexdigest(), counts=counts, basis=contacts.basis())
    return digest.hexdigest()


def list_receipts(db: Database) -> list[Receipt]:
    with db.reading() as session:
        return [Receipt(**row) for row in stored.receipts(session)]
