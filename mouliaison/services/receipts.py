"""Export receipts: every export logged with its recipient, profile, file hash, counts and
the consent basis of the personal data it carried (`mouliaison receipts`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mouliaison.privacy.profiles import ContactOutcome
from mouliaison.privacy.recipients import Recipient
from mouliaison.services.database import Database
from mouliaison.store.schema import ExportReceipt

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

    def to_json(self) -> dict[str, Any]:
        return {"file_id": self.file_id, "file": self.file_name, "exported_at": self.exported_at,
                "recipient": self.recipient, "profile": self.profile, "sha256": self.sha256,
                "counts": self.counts, "consent_basis": self.basis}


def log_receipt(db: Database, report: ExportReport, recipient: Recipient, contacts: ContactOutcome,
                unconsented: str) -> str:
    """Record the export; returns the SHA-256 of the file as written."""
    digest = hashlib.sha256()
    with open(report.path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    counts = {"rows": report.rows, "versions": report.versions, "contacts": contacts.counts(),
              "pseudonymised_because": sorted(set(contacts.pseudonymised.values())),
              "left_out_because": sorted(set(contacts.left_out.values()))}
    profile = recipient.kind if recipient.kind != "third-party" else f"third-party ({unconsented} without consent)"
    with db.writing() as change:
        change.session.add(ExportReceipt(
            id=report.file_id, file_name=str(report.path), recipient=str(recipient), profile=profile,
            exported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), sha256=digest.hexdigest(),
            counts_json=json.dumps(counts, sort_keys=True), basis_json=json.dumps(contacts.basis(), sort_keys=True),
        ))
    return digest.hexdigest()


def list_receipts(db: Database) -> list[Receipt]:
    with db.reading() as session:
        rows = session.scalars(select(ExportReceipt).order_by(ExportReceipt.exported_at, ExportReceipt.id))
        return [Receipt(r.id, r.file_name, r.exported_at, r.recipient, r.profile, r.sha256,
                        json.loads(r.counts_json), json.loads(r.basis_json)) for r in rows]
