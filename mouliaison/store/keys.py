"""This database's signing key, and the keys of other offices it knows.

The private key lives in a file beside the database (`NAME.signing-key`), readable by its
owner only (0600), never in the database itself: a copy of the database sent to someone is
not a copy of the office's key. The file names the site id it belongs to: a database copied
elsewhere takes a new site id (store/installation) and, at its first export, a key of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.domain import signing
from mouliaison.store.schema import OfficeKey

OWN = "own"
TRUSTED = "trusted"
PUBLISHER = "publisher"  # trusted, and its lists of approved keys are followed
SEEN = "seen"
REVOKED = "revoked"
TRUSTING = (OWN, TRUSTED, PUBLISHER)


class KeyFileProblem(RuntimeError):
    """The key file cannot be read or written: the message says what to do."""


@dataclass(frozen=True)
class OwnKey:
    site_id: str
    private: bytes
    public: str

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public)


def key_path(database: Path) -> Path:
    return database.with_name(database.name + ".signing-key")


def load_or_make(database: Path, site_id: str) -> tuple[OwnKey, bool]:
    """The key of this site (made when there is none, or the file belongs to another site); and
    whether it was made now."""
    path = key_path(database)
    found = _read(path)
    if found is not None and found.site_id == site_id:
        return found, False
    private = signing.new_private_key()
    key = OwnKey(site_id, private, signing.public_of(private))
    _write(path, key)
    return key, True


def _read(path: Path) -> OwnKey | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        private = signing.unb64(data["private_key"])
        return OwnKey(str(data["site_id"]), private, signing.public_of(private))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileProblem(f"the signing key {path} cannot be read ({exc}); move it away and export again to "
                             "make a new key (other offices will then be asked to trust the new key)") from None


def _write(path: Path, key: OwnKey) -> None:
    """Owner-only from its first byte: made 0600 under a temporary name, synced, then renamed."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    text = json.dumps({"site_id": key.site_id, "private_key": signing.b64(key.private),
                       "public_key": key.public}, indent=1)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        try:
            os.fchmod(fd, stat.S_IRUSR | stat.S_IWUSR)
            os.write(fd, text.encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise KeyFileProblem(f"cannot write the signing key {path} ({exc.strerror or exc}); the database's folder "
                             "must be writable to sign exports") from None


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def record_own(session: Session, key: OwnKey, office_name: str | None) -> None:
    row = session.get(OfficeKey, key.fingerprint)
    if row is None:
        session.add(OfficeKey(fingerprint=key.fingerprint, site_id=key.site_id, office_name=office_name,
                              public_key=key.public, status=OWN, source=OWN, added_at=now_text()))
    elif row.status not in (OWN, REVOKED):
        row.status = OWN


def all_keys(session: Session) -> list[OfficeKey]:
    return list(session.scalars(select(OfficeKey).order_by(OfficeKey.office_name, OfficeKey.added_at)))


def put_key(session: Session, public_key: str, site_id: str, office: str | None, status: str, source: str) -> OfficeKey:
    """Add or change a key's trust (a revoked key stays revoked)."""
    fp = signing.fingerprint(public_key)
    row = session.get(OfficeKey, fp)
    if row is None:
        row = OfficeKey(fingerprint=fp, site_id=site_id, office_name=office, public_key=public_key, status=status,
                        source=source, added_at=now_text())
        session.add(row)
    elif row.status not in (REVOKED, OWN) and not (row.status == PUBLISHER and status == TRUSTED):
        row.status, row.source = status, source
        row.office_name = office or row.office_name
    return row
