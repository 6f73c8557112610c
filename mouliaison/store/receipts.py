"""The export receipts a database keeps: one row per file it wrote for someone."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.store.schema import ExportReceipt


def add_receipt(session: Session, *, file_id: str, file_name: str, recipient: str, profile: str, sha256: str,
                counts: Mapping[str, Any], basis: Mapping[str, str]) -> None:
    """Log an export made now (the caller's transaction commits it)."""
    session.add(ExportReceipt(
        id=file_id, file_name=file_name, recipient=recipient, profile=profile,
        exported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), sha256=sha256,
        counts_json=json.dumps(counts, sort_keys=True), basis_json=json.dumps(basis, sort_keys=True),
    ))


def receipts(session: Session) -> list[dict[str, Any]]:
    """Every receipt, oldest first: its columns, with counts and basis read from their JSON."""
    rows = session.scalars(select(ExportReceipt).order_by(ExportReceipt.exported_at, ExportReceipt.id))
    return [{"file_id": r.id, "file_name": r.file_name, "exported_at": r.exported_at, "recipient": r.recipient,
             "profile": r.profile, "sha256": r.sha256, "counts": json.loads(r.counts_json),
             "basis": json.loads(r.basis_json)} for r in rows]
