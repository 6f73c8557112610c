"""This database's signing key, and the keys of other offices it knows.

The private key is never in the database itself (a copy of the database sent to someone is not a
copy of the office's key); it is a file readable by its owner only (0600), and `key_path` alone
decides where:
- a database file's key is beside it (`NAME.sqlite3.signing-key`);
- a server database has no folder of its own, and many analysts on many computers: its key is in
  this user's data folder (`signing-keys/SITE-ID.signing-key`; $MOULIAISON_KEYS_DIR chooses
  another), named by the database's site id (a random id kept in the database). The first
  analyst to need it makes it; the others of the same office install a copy on purpose
  (`keys export-private FILE`, then `keys install FILE` on their computer), never a new key of
  their own: a computer without it is told so, and what to do.
The file names the site id it belongs to: a database copied elsewhere takes a new site id
(store/installation) and, at its first export, a key of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.domain import signing
from mouliaison.store.postgres import ServerAddress
from mouliaison.store.schema import KeyRecord, OfficeKey

KeyRow = OfficeKey  # a known key as services hold it (they do not import the schema)

OWN = "own"
TRUSTED = "trusted"
PUBLISHER = "publisher"  # trusted, and its lists of approved keys are followed
SEEN = "seen"
REVOKED = "revoked"
TRUSTING = (OWN, TRUSTED, PUBLISHER)
KEYS_DIR_VARIABLE = "MOULIAISON_KEYS_DIR"


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


def key_path(database: Path | ServerAddress, site_id: str) -> Path:
    """Where this database's private key is kept on this computer (the module's docstring says why)."""
    if isinstance(database, Path):
        return database.with_name(database.name + ".signing-key")
    folder = os.environ.get(KEYS_DIR_VARIABLE) or Path(platformdirs.user_data_dir("mouliaison", appauthor=False),
                                                       "signing-keys")
    return Path(folder) / f"{site_id}.signing-key"


def load_or_make(session: Session, database: Path | ServerAddress, site_id: str) -> OwnKey:
    """The key of this site: the one kept on this computer, or a new one when there is none (or the
    file belongs to another site). A server database's key is made only once, by the first analyst:
    another computer that lacks the office's current key is refused, with what to do."""
    path = key_path(database, site_id)
    found = _read(path)
    if found is not None and found.site_id != site_id:
        found = None
    if isinstance(database, ServerAddress):
        current = {k.fingerprint for k in session.scalars(
            select(OfficeKey).where(OfficeKey.site_id == site_id, OfficeKey.status == OWN))}
        if current and (found is None or found.fingerprint not in current):
            raise KeyFileProblem(_not_here(database, path, found is not None))
    return found if found is not None else make_key(database, site_id)


def make_key(database: Path | ServerAddress, site_id: str) -> OwnKey:
    """A new key for this site, kept where `key_path` says (replacing the one there)."""
    private = signing.new_private_key()
    key = OwnKey(site_id, private, signing.public_of(private))
    _write(key_path(database, site_id), key)
    return key


def _not_here(database: ServerAddress, path: Path, stale: bool) -> str:
    what = ("this computer holds an older signing key of this database (the office moved to a new key since)"
            if stale else "this database's signing key is not on this computer")
    return (f"{what}: {database} signs with a key that one of its analysts made. Ask a colleague who exports "
            "from it to run: mouliaison --db ADDRESS keys export-private FILE, and give you FILE by hand (it is "
            "the office's secret); then run here: mouliaison --db ADDRESS keys install FILE "
            f"(it is kept as {path})")


def export_private(database: Path | ServerAddress, key: OwnKey, destination: Path) -> None:
    """A copy of this database's key for another analyst of the same office (owner-only, 0600)."""
    if destination.exists():
        raise KeyFileProblem(f"{destination} exists already; give the name of a new file (nothing was written)")
    _write(destination, key)


def install(session: Session, database: Path | ServerAddress, site_id: str, source: Path) -> OwnKey:
    """Keep on this computer a key exported from this database elsewhere (`export_private`); only
    the key this database records as its own current key is taken."""
    if not source.is_file():
        raise KeyFileProblem(f"{source} is not a file; give the key file a colleague exported with "
                             "mouliaison keys export-private FILE")
    try:
        key = _read(source)
    except KeyFileProblem:
        key = None
    if key is None:
        raise KeyFileProblem(f"{source} is not a mouliaison signing key file; give the file a colleague exported "
                             "with mouliaison keys export-private FILE (nothing was installed)")
    row = session.get(OfficeKey, key.fingerprint)
    if key.site_id != site_id or row is None or row.status != OWN:
        raise KeyFileProblem(f"{source} is not this database's current signing key (its fingerprint is "
                             f"{signing.shown(key.fingerprint)}; mouliaison keys list shows this database's own "
                             "key): ask for a new export of the key from this database; nothing was installed")
    _write(key_path(database, site_id), key)
    return key


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
    try:
        path.parent.mkdir(mode=stat.S_IRWXU, parents=True, exist_ok=True)
    except OSError as exc:
        raise KeyFileProblem(f"cannot make the folder {path.parent} for the signing key ({exc.strerror or exc}); "
                             f"choose a writable one with {KEYS_DIR_VARIABLE}") from None
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
        raise KeyFileProblem(f"cannot write the signing key {path} ({exc.strerror or exc}); its folder must be "
                             "writable to sign exports") from None


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


def key(session: Session, fingerprint: str) -> OfficeKey | None:
    return session.get(OfficeKey, fingerprint)


def keys_starting(session: Session, prefix: str) -> list[OfficeKey]:
    """The keys whose fingerprint starts with `prefix` (a person names a key by its start)."""
    return list(session.scalars(select(OfficeKey).where(OfficeKey.fingerprint.startswith(prefix))))


def keys_of_site(session: Session, site_id: str) -> list[OfficeKey]:
    return list(session.scalars(select(OfficeKey).where(OfficeKey.site_id == site_id)))


def records(session: Session, kinds: Iterable[str] | None = None) -> list[signing.SignedRecord]:
    """The signed key records held (rotations, revocations, approved lists...), of `kinds` or all."""
    query = select(KeyRecord) if kinds is None else select(KeyRecord).where(KeyRecord.kind.in_(list(kinds)))
    return [signing.SignedRecord(r.body_json, r.signer, r.signature) for r in session.scalars(query)]


def add_record(session: Session, record: signing.SignedRecord, kind: str) -> None:
    session.add(KeyRecord(id=record.id, kind=kind, body_json=record.body, signer=record.signer,
                          signature=record.signature, received_at=now_text()))
