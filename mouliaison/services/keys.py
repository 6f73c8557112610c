"""Office signing keys: this database's own, and the keys of the offices it imports from.

The use cases behind Tools ▸ Keys and `mouliaison keys`: list them, trust one (after checking
its fingerprint with its office), mark headquarters' key as the publisher of approved keys,
publish this office's list of approved keys, revoke a key, and move this office to a new key.
Each rotation, revocation and approved list is a signed record that travels in every export.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from mouliaison.domain import signing
from mouliaison.services.database import Database
from mouliaison.services.office import current_office
from mouliaison.store import keys as store_keys
from mouliaison.store.keys import OWN, PUBLISHER, REVOKED, SEEN, TRUSTED, TRUSTING, KeyFileProblem, OwnKey
from mouliaison.store.keys import KeyRow as OfficeKey
from mouliaison.store.postgres import ServerAddress
from mouliaison.store.queries import known_sites
from mouliaison.store.session import Session
from mouliaison.sync.history import START, Head, last_seen, own_head
from mouliaison.sync.signed_files import ExportSigning

__all__ = ["OWN", "PUBLISHER", "REVOKED", "SEEN", "TRUSTED", "KeyFileProblem", "KeyProblem", "KeyView", "OwnKey",
           "export_private_key", "install_private_key", "key_location", "list_keys", "own_key", "publish_approved",
           "revoke_key", "rotate_own_key", "signing_for_export", "trust_key"]


class KeyProblem(ValueError):
    """A person's request about keys that cannot be done: the message says why and what to do."""


@dataclass(frozen=True)
class KeyView:
    fingerprint: str
    shown: str
    office: str | None
    site_id: str
    status: str  # own, trusted, publisher, seen, revoked
    source: str
    added_at: str
    party: str | None = None
    rotated: bool = False  # revoked by its own office on moving to a new key
    approved: bool = False  # on an approved list of headquarters' held here

    @property
    def own(self) -> bool:
        return self.status == OWN


def own_key(db: Database, office_name: str | None = None) -> OwnKey:
    """This database's key: made at `init` or at the first export (a database from before signing)."""
    with db.writing() as change:
        return _own_in(change.session, db.path, change.installation.site_id, office_name)


def key_location(db: Database) -> Path:
    """Where this computer keeps the database's private key (store.keys decides)."""
    return store_keys.key_path(db.path, db.installation().site_id)


def export_private_key(db: Database, destination: Path) -> OwnKey:
    """A copy of this office's private key, for another analyst of the same server database."""
    with db.writing() as change:
        key = _own_in(change.session, db.path, change.installation.site_id, None)
    store_keys.export_private(db.path, key, destination)
    return key


def install_private_key(db: Database, source: Path) -> OwnKey:
    """Keep on this computer the office's key a colleague exported (export_private_key)."""
    with db.writing() as change:
        return store_keys.install(change.session, db.path, change.installation.site_id, source)


def _own_in(session: Session, path: Path | ServerAddress, site_id: str, office_name: str | None) -> OwnKey:
    key = store_keys.load_or_make(session, path, site_id)
    store_keys.record_own(session, key, office_name)
    return key


def signing_for_export(db: Database, session: Session, site_id: str, office_name: str | None,
                       with_history: bool) -> ExportSigning:
    """What an export signs with and vouches for: the key, every key record held, the history's head
    (not for a recipient whose copy of the versions is changed for them: there is nothing to check)."""
    key = _own_in(session, db.path, site_id, office_name)
    records = store_keys.records(session)
    head = own_head(session, site_id) if with_history else None
    if head is not None:  # the head once more, signed on its own: a coordinator relays it with these versions
        records.append(signing.sign_record(key.private, {"kind": signing.HISTORY, "site_id": site_id,
                                                         "length": head.length, "head": head.head}))
    return ExportSigning(key.private, key.public, records, head)


def list_keys(db: Database) -> list[KeyView]:
    """Every key known here, with its office's party, and what the key records held say of it."""
    office = current_office(db)
    with db.reading() as session:
        parties = {site_id: site["party"] for site_id, site in known_sites(session).items()}
        parties[office.site_id] = office.party_code
        rotated, approved = set(), set()
        for record in store_keys.records(session, (signing.ROTATION, signing.APPROVAL)):
            body = record.fields()
            if body.get("kind") == signing.ROTATION:
                rotated.add(str(body.get("old")))
            else:
                approved |= {_fingerprint_of(item) for item in body.get("keys", []) if isinstance(item, dict)}
        ours = {office.site_id: office.name}  # this office's key may predate its name being set
        return [replace(_view(k), office=k.office_name or ours.get(k.site_id), party=parties.get(k.site_id),
                        rotated=k.fingerprint in rotated, approved=k.fingerprint in approved)
                for k in store_keys.all_keys(session)]


def _fingerprint_of(item: dict[str, object]) -> str:
    try:
        return signing.fingerprint(str(item.get("public_key", "")))
    except signing.BadKey:
        return ""


def _find(session: Session, prefix: str) -> OfficeKey:
    cleaned = prefix.replace(" ", "").lower()
    if len(cleaned) < 8:
        raise KeyProblem(f"'{prefix}' is too short to name a key; give at least 8 characters of its fingerprint "
                         "(mouliaison keys list shows them)")
    found = store_keys.keys_starting(session, cleaned)
    if not found:
        raise KeyProblem(f"no key here has a fingerprint starting with {prefix}; mouliaison keys list shows the keys "
                         "this database knows (a new office's key is known once one of its files was imported)")
    if len(found) > 1:
        raise KeyProblem(f"several keys start with {prefix}; give more of the fingerprint")
    return found[0]


def trust_key(db: Database, prefix: str, *, publisher: bool = False) -> KeyView:
    """A person checked this fingerprint with its office: its files are taken as that office's.
    `publisher`: headquarters' key, whose lists of approved keys this database follows."""
    with db.writing() as change:
        row = _find(change.session, prefix)
        if row.status == REVOKED:
            raise KeyProblem(f"key {signing.shown(row.fingerprint)} was revoked; it cannot be trusted again")
        if row.status == OWN:
            raise KeyProblem("that is this database's own key")
        clash = [k for k in store_keys.keys_of_site(change.session, row.site_id)
                 if k.fingerprint != row.fingerprint and k.status in (TRUSTED, PUBLISHER)]
        for other in clash:  # the office moved to this key: its old key stays valid for what it signed before
            other.status = SEEN
        row.status, row.source = (PUBLISHER if publisher else TRUSTED), "person"
        return _view(row)


def revoke_key(db: Database, prefix: str) -> KeyView:
    """Files signed with this key after now are refused, here and (the record travels) everywhere
    that trusts this database's key. This database's own key: use rotate_own_key."""
    with db.writing() as change:
        row = _find(change.session, prefix)
        if row.status == OWN:
            raise KeyProblem("to stop using this database's own key, move to a new one: mouliaison keys rotate")
        own = _own_in(change.session, db.path, change.installation.site_id, None)
        stamp = change.clock.now()
        seen = last_seen(change.session, row.site_id)  # nothing of theirs seen: nothing more is taken under it
        _add_record(change.session, own, {"kind": signing.REVOCATION, "fingerprint": row.fingerprint,
                                          "public_key": row.public_key, "site_id": row.site_id,
                                          "office": row.office_name, "stamp": stamp,
                                          **_bound(Head(seen.length, seen.head) if seen else Head(0, START))})
        row.status, row.revoked_stamp = REVOKED, stamp
        return _view(row)


def rotate_own_key(db: Database) -> KeyView:
    """A new key for this office; the old one signs a record naming the new one (offices that trust
    the old key trust the new one on reading it), then is revoked from now on."""
    with db.writing() as change:
        site_id = change.installation.site_id
        old = _own_in(change.session, db.path, site_id, None)
        new = store_keys.make_key(db.path, site_id)
        store_keys.record_own(change.session, new, None)
        stamp = change.clock.now()
        _add_record(change.session, old, {"kind": signing.ROTATION, "site_id": site_id, "old": old.fingerprint,
                                          "new_key": new.public, "stamp": stamp})
        _add_record(change.session, new, {"kind": signing.REVOCATION, "fingerprint": old.fingerprint,
                                          "public_key": old.public, "site_id": site_id, "stamp": stamp,
                                          **_bound(own_head(change.session, site_id))})
        old_row = store_keys.key(change.session, old.fingerprint)
        assert old_row is not None
        old_row.status, old_row.revoked_stamp = REVOKED, stamp
        new_row = store_keys.key(change.session, new.fingerprint)
        assert new_row is not None
        return _view(new_row)


def publish_approved(db: Database) -> int:
    """Headquarters: sign the list of every key trusted here; it travels in every export, and the
    offices that marked this key as the publisher trust the keys it lists. Returns how many."""
    with db.writing() as change:
        own = _own_in(change.session, db.path, change.installation.site_id, None)
        keys = [{"site_id": k.site_id, "office": k.office_name, "public_key": k.public_key}
                for k in store_keys.all_keys(change.session) if k.status in TRUSTING]
        listed = sorted(keys, key=lambda k: str(k["public_key"]))
        _add_record(change.session, own, {"kind": signing.APPROVAL, "keys": listed, "stamp": change.clock.now()})
        return len(keys)


def _bound(head: Head) -> dict[str, object]:
    """Where in its office's history a revoked key stops: what it signed beyond is not taken, whatever
    time its files claim (sync/screening)."""
    return {"history_length": head.length, "history_head": head.head}


def _add_record(session: Session, key: OwnKey, body: dict[str, object]) -> None:
    store_keys.add_record(session, signing.sign_record(key.private, body), str(body["kind"]))


def _view(row: OfficeKey) -> KeyView:
    return KeyView(row.fingerprint, signing.shown(row.fingerprint), row.office_name, row.site_id, row.status,
                   row.source, row.added_at)
