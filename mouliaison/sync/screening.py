"""What of an incoming workbook of ours may be taken: its signature, its office's key, its clock.

Checked before planning, so that what is withheld is never half-written:
- the file's signature over its content, and the key that made it: a file of an office is
  taken as that office's only under a key this database trusts for that office. A new key is
  shown with its fingerprint for a person to confirm (trust on first use); a key of another
  office, a signature that does not verify, or a key revoked before the file was signed
  withholds everything the file brings, and the report says which office, which key, why;
- the key records the file passes on (rotations, revocations, headquarters' approved keys),
  each taken only under a key trusted here;
- the clock: a version more than a day (SYNC.md's skew bound) ahead of this office's clock is
  held with every version of its record the file brings, and listed; importing the file
  again once the clocks agree takes it;
- the head of the office's history (sync/history): checked against what is held here and the
  last head seen of that office.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mouliaison.domain import clock, signing
from mouliaison.domain.messages import Message
from mouliaison.domain.versions import LOCAL, Version
from mouliaison.store.keys import OWN, PUBLISHER, REVOKED, SEEN, TRUSTED, TRUSTING
from mouliaison.store.schema import HistoryHead, Installation, KeyRecord, OfficeKey
from mouliaison.sync import history
from mouliaison.sync.reader import IncomingWorkbook

VERIFIED = "verified"  # signed under a key trusted for its office
FIRST_USE = "first-use"  # signed under a key new here, trusted now at a person's word
UNSIGNED = "unsigned"  # written by a release before signing; its office has no key here
NEW_KEY = "new-key"  # signed under a key new here: withheld until a person trusts it
BAD_SIGNATURE = "bad-signature"
KEY_MISMATCH = "key-mismatch"
REVOKED_KEY = "revoked"
STRIPPED = "unsigned-from-signer"  # not signed, while its office signs its files
TAKEN = (VERIFIED, FIRST_USE, UNSIGNED)
RELAY_ALTERED = "relayed-altered"  # versions in an office's name, relayed, that its signed history disowns
CLOCK = "clock-ahead"
HISTORY = "history"


@dataclass(frozen=True)
class KnownKey:
    fingerprint: str
    site_id: str
    office: str | None
    public_key: str
    status: str
    revoked_stamp: int | None = None


@dataclass
class Keyring:
    """The keys this database knows, as planning changes them; written with the import."""

    keys: dict[str, KnownKey]
    trust_new: bool = False
    changed: dict[str, tuple[KnownKey, str]] = field(default_factory=dict)  # fingerprint -> (key, source)
    records: dict[str, signing.SignedRecord] = field(default_factory=dict)  # taken now
    heads: dict[str, tuple[int, str, int, str]] = field(default_factory=dict)  # site -> length, head, stamp, file
    histories: dict[str, history.Head] = field(default_factory=dict)  # site -> newest head it signed (records)
    bounds: dict[str, history.Head] = field(default_factory=dict)  # revoked key -> where in its history it stops

    @classmethod
    def load(cls, session: Session, trust_new: bool = False) -> Keyring:
        keys = {k.fingerprint: KnownKey(k.fingerprint, k.site_id, k.office_name, k.public_key, k.status,
                                        k.revoked_stamp) for k in session.scalars(select(OfficeKey))}
        ring = cls(keys, trust_new)
        for row in session.scalars(select(KeyRecord).where(KeyRecord.kind.in_((signing.HISTORY, signing.REVOCATION)))):
            ring._remember(signing.SignedRecord(row.body_json, row.signer, row.signature).fields())
        return ring

    def _remember(self, body: dict[str, Any]) -> None:
        """What a history or revocation record held (or taken now) says about an office's history."""
        try:
            if body.get("kind") == signing.HISTORY:
                head = history.Head(int(body["length"]), str(body["head"]))
                site = str(body["site_id"])
                if site not in self.histories or head.length > self.histories[site].length:
                    self.histories[site] = head
            elif body.get("kind") == signing.REVOCATION and "history_length" in body:
                bound = history.Head(int(body["history_length"]), str(body["history_head"]))
                fp = str(body["fingerprint"])
                if fp not in self.bounds or bound.length < self.bounds[fp].length:
                    self.bounds[fp] = bound
        except (KeyError, TypeError, ValueError):
            return

    def trusted_for(self, site_id: str) -> list[KnownKey]:
        return [k for k in self.keys.values() if k.site_id == site_id and k.status in TRUSTING]

    def put(self, key: KnownKey, source: str) -> None:
        self.keys[key.fingerprint] = key
        self.changed[key.fingerprint] = (key, source)

    def take_records(self, records: list[signing.SignedRecord], stamp_now: int) -> list[str]:
        """Apply the records signed by keys trusted here (a record may enable the next: repeated
        until nothing changes). Returns what was applied, in words, for the report."""
        done: list[str] = []
        pending = [r for r in records if r.id not in self.records]
        progress = True
        while pending and progress:
            progress = False
            for record in list(pending):
                signer = self.keys.get(record.signer)
                usable = signer is not None and signer.status in (*TRUSTING, REVOKED)
                if signer is None or not usable or not record.verifies(signer.public_key):
                    continue
                said = self._apply(record, signer)
                if said is not None:
                    if said:
                        done.append(said)
                    self.records[record.id] = record
                    self._remember(record.fields())
                    pending.remove(record)
                    progress = True
        return done

    def _apply(self, record: signing.SignedRecord, signer: KnownKey) -> str | None:
        body = record.fields()
        kind = body.get("kind")
        try:
            if kind == signing.ROTATION and signer.status in TRUSTING and body.get("site_id") == signer.site_id:
                new = str(body["new_key"])
                fp = signing.fingerprint(new)
                if self.keys.get(fp, None) is None or self.keys[fp].status == SEEN:
                    self.put(KnownKey(fp, signer.site_id, signer.office, new, TRUSTED), "rotation")
                return Message("{who} moved to a new key {key}", who=signer.office or signer.site_id[:8],
                               key=signing.shown(fp))
            if kind == signing.REVOCATION:
                fp, stamp = str(body["fingerprint"]), int(body["stamp"])
                target = self.keys.get(fp)
                allowed = signer.status in TRUSTING and (target is None or target.site_id == signer.site_id
                                                         or signer.status == PUBLISHER or signer.fingerprint == fp)
                if not allowed:
                    return None
                if target is None:
                    target = KnownKey(fp, str(body.get("site_id", "")), body.get("office"), str(body["public_key"]),
                                      REVOKED, stamp)
                elif target.status != REVOKED or (target.revoked_stamp or 0) > stamp:
                    target = KnownKey(fp, target.site_id, target.office, target.public_key, REVOKED, stamp)
                self.put(target, "revocation")
                return Message("key {key} of {who} was revoked", key=signing.shown(fp),
                               who=target.office or target.site_id[:8])
            if kind == signing.HISTORY:  # kept and relayed, said nothing about: checked with relayed versions
                mine = signer.status in (TRUSTED, PUBLISHER) and body.get("site_id") == signer.site_id
                return "" if mine and int(body["length"]) >= 0 and len(str(body["head"])) == 64 else None
            if kind == signing.APPROVAL and signer.status in (PUBLISHER, OWN):
                count = 0
                for item in body.get("keys", []):
                    public = str(item["public_key"])
                    fp = signing.fingerprint(public)
                    if fp not in self.keys or self.keys[fp].status == SEEN:
                        self.put(KnownKey(fp, str(item["site_id"]), item.get("office"), public, TRUSTED),
                                 "approved list")
                        count += 1
                approver = signer.office or Message("headquarters")
                if count == 1:
                    return Message("1 key approved by {who}", who=approver)
                return Message("{count} keys approved by {who}", count=count, who=approver)
        except (KeyError, TypeError, ValueError, signing.BadKey):
            return None
        return None


@dataclass(frozen=True)
class Withheld:
    """What a file brought that was not taken, and why (listed in the report)."""

    why: str
    office: str | None
    site_id: str
    fingerprint: str | None
    versions: int
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"why": self.why, "office": self.office, "site_id": self.site_id, "fingerprint": self.fingerprint,
                "versions": self.versions, "message": self.message}


@dataclass(frozen=True)
class FileTrust:
    status: str
    office: str | None
    fingerprint: str | None
    message: str

    @property
    def taken(self) -> bool:
        return self.status in TAKEN

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "office": self.office, "fingerprint": self.fingerprint, "message": self.message}


def screen_file(incoming: IncomingWorkbook, keyring: Keyring,
                session: Session | None = None) -> tuple[FileTrust | None, list[Withheld], list[str]]:
    """Decide whether the file's content is taken; what is not is removed from `incoming`.
    Returns the verdict (None: a foreign workbook), what was withheld, and notes. `session`: the
    versions held, against which a file under a revoked key is checked (sync/history)."""
    meta, found = incoming.meta, incoming.signature
    if meta is None or found is None:
        return None, [], []
    site, office = meta["site_id"], meta.get("office_name") or None
    who = office or site_text(site)
    notes: list[str] = []
    fp = found.fingerprint
    if not found.signed:
        signers = keyring.trusted_for(site)
        if signers:
            trust = FileTrust(STRIPPED, office, None, Message(
                "{file} is not signed, but office {office} signs its files (key {key}): its signature was removed, "
                "or another made it in that office's name. Nothing in it was taken; ask the office to export again.",
                file=incoming.path.name, office=who, key=signing.shown(signers[0].fingerprint)))
            return trust, [_withhold_all(incoming, trust, site)], notes
        withheld = _withhold_claims_of_signers(incoming, keyring)
        return FileTrust(UNSIGNED, office, None, Message(
            "{file} is not signed (written by a release before signing): who wrote it cannot be proved",
            file=incoming.path.name)), withheld, notes
    if not found.verifies():
        trust = FileTrust(BAD_SIGNATURE, office, fp, Message(
            "the signature of {file} does not match its content: the file was changed after office {office} signed "
            "it (key {key}). Nothing in it was taken; ask the office to export again.",
            file=incoming.path.name, office=who, key=signing.shown(fp or "")))
        return trust, [_withhold_all(incoming, trust, site)], notes
    assert fp is not None and found.public_key is not None
    notes += keyring.take_records(found.records, int(meta["export_stamp"]))
    key = keyring.keys.get(fp)
    trust = _decide(incoming, keyring, key, fp, found.public_key, site, office, who)
    if trust.taken and key is not None and key.status == REVOKED and session is not None:
        trust = _within_bound(session, incoming, keyring, key, trust, who)
    if not trust.taken:
        return trust, [_withhold_all(incoming, trust, site)], notes
    notes += keyring.take_records(found.records, int(meta["export_stamp"]))  # those of a key trusted just now
    if found.history is not None:
        keyring.heads.setdefault(site, (found.history.length, found.history.head, int(meta["export_stamp"]),
                                        meta["file_id"]))
    return trust, [], notes


def _decide(incoming: IncomingWorkbook, keyring: Keyring, key: KnownKey | None, fp: str, public: str, site: str,
            office: str | None, who: str) -> FileTrust:
    name, shown = incoming.path.name, signing.shown(fp)
    stamp = int((incoming.meta or {})["export_stamp"])
    if key is not None and key.site_id != site:
        other = key.office or site_text(key.site_id)
        return FileTrust(KEY_MISMATCH, office, fp, Message(
            "{file} says it comes from office {office}, but it is signed with the key of office {other} ({key}). "
            "Nothing in it was taken.", file=name, office=who, other=other, key=shown))
    if key is not None and key.status == REVOKED and stamp > (key.revoked_stamp or 0):
        return FileTrust(REVOKED_KEY, office, fp, Message(
            "{file} was signed by office {office} with key {key} after that key was revoked. Nothing in it was "
            "taken; ask the office to export again with its new key.", file=name, office=who, key=shown))
    if key is not None and key.status in (*TRUSTING, REVOKED):
        return FileTrust(VERIFIED, office, fp, Message("signed by office {office}, key {key}", office=who,
                                                         key=shown))
    others = [k for k in keyring.trusted_for(site) if k.fingerprint != fp]
    if others:
        if key is None:  # known from now on, so that a person can trust it once they checked it
            keyring.put(KnownKey(fp, site, office, public, SEEN), "seen")
        return FileTrust(KEY_MISMATCH, office, fp, Message(
            "{file} says it comes from office {office}, whose key here is {known}, but it is signed with another key "
            "({key}): a key from another database, or a new key the office did not announce. Nothing in it was "
            "taken. If the office really changed keys, trust the new one (Tools ▸ Office keys, or mouliaison keys "
            "trust {prefix})", file=name, office=who, known=signing.shown(others[0].fingerprint), key=shown,
            prefix=fp[:16]))
    if keyring.trust_new:
        keyring.put(KnownKey(fp, site, office, public, TRUSTED), "first use")
        return FileTrust(FIRST_USE, office, fp, Message(
            "office {office}'s key {key} was new here and is now trusted (trust on first use): check this "
            "fingerprint with the office", office=who, key=shown))
    if key is None:
        keyring.put(KnownKey(fp, site, office, public, SEEN), "seen")
    return FileTrust(NEW_KEY, office, fp, Message(
        "office {office} signs with key {key}, new here. Check this fingerprint with the office (by phone, not by "
        "the same email), then import again with --trust-new-keys, or trust it with: mouliaison keys trust "
        "{prefix} (in the window: the box above, or Tools ▸ Office keys)", office=who, key=shown, prefix=fp[:16]))


def _within_bound(session: Session, incoming: IncomingWorkbook, keyring: Keyring, key: KnownKey, trust: FileTrust,
                  who: str) -> FileTrust:
    """A file under a revoked key: taken only when what it brings of its office's history lies within
    the point where the revocation says the key stops, whatever time the file claims (a clock can be
    set back; the history cannot be made shorter without it showing)."""
    bound = keyring.bounds.get(key.fingerprint)
    if bound is None:  # a revocation from before bounds travelled: the claimed time is all there is
        return trust
    site = key.site_id
    claimed = incoming.signature.history if incoming.signature is not None else None
    own = [v for v in incoming.versions if v.site_id == site and v.origin == LOCAL]
    held = history.held_links(session, site)
    new = {(v.stamp, v.id) for v in own} - held
    chain = sorted(held | new)
    beyond = (claimed is not None and claimed.length > bound.length) or bool(new & set(chain[bound.length:]))
    _length, found = history.heads_at(session, site, own, {bound.length})
    if bound.length in found and found[bound.length] != bound.head:
        beyond = True  # versions slipped in among those signed before the revocation
    if not beyond:
        return trust
    return FileTrust(REVOKED_KEY, trust.office, trust.fingerprint, Message(
        "{file} is signed with key {key} of office {office}, which was revoked, and it brings versions past the "
        "{length} of that office's history signed before the revocation, whatever time it claims. Nothing in it was "
        "taken; ask the office to export again with its new key.", file=incoming.path.name,
        key=signing.shown(key.fingerprint), office=who, length=bound.length))


def _withhold_all(incoming: IncomingWorkbook, trust: FileTrust, site: str) -> Withheld:
    count = len(incoming.versions)
    incoming.versions, incoming.base, incoming.rows, incoming.unchanged = [], {}, [], []
    incoming.forget_tokens()
    return Withheld(trust.status, trust.office, site, trust.fingerprint, count, trust.message)


def check_relayed(session: Session, keyring: Keyring, incoming: IncomingWorkbook,
                  trust: FileTrust | None) -> tuple[list[Withheld], list[str]]:
    """Versions a signed file relays from other offices (a coordinator's export): the file's key, the
    coordinator's, vouches for them; their own office's signature does not travel with each. Where that
    office's signed history head is known here (a history record, relayed or from its own file) and the
    versions held plus these reach it, they are checked against it: a version changed, left out or added
    in that office's name does not match, and all of them are withheld, laid at the relaying office's
    door, never at the original office's."""
    meta = incoming.meta
    if meta is None or trust is None or not trust.taken or trust.fingerprint is None:
        return [], []
    file_site = meta["site_id"]
    installation = session.get(Installation, 1)
    local_site = installation.site_id if installation is not None else ""
    by_site: dict[str, list[Version]] = defaultdict(list)
    for version in incoming.versions:
        if version.origin == LOCAL and version.site_id not in (file_site, local_site):
            by_site[version.site_id].append(version)
    sites = _sites(meta)
    relayer = trust.office or site_text(file_site)
    withheld: list[Withheld] = []
    notes: list[str] = []
    for site, versions in sorted(by_site.items()):
        office = sites.get(site) or site_text(site)
        signed = keyring.histories.get(site)
        found: dict[int, str] = {}
        if signed is not None:
            _length, found = history.heads_at(session, site, versions, {signed.length})
        count = len(versions)
        if signed is not None and signed.length in found and found[signed.length] != signed.head:
            _withhold_records(incoming, {(v.entity, v.record_id) for v in versions})
            withheld.append(Withheld(RELAY_ALTERED, trust.office, file_site, trust.fingerprint, count,
                                     Message(
                "{file}, signed by office {relayer} (key {key}), relays versions in office {office}'s name ({count}) "
                "that do not match the history {office} signed ({length} versions): changed, added or left out "
                "after {office} signed them, by {relayer} or on the way to it. Not taken; ask {office} for its own "
                "export.", file=incoming.path.name, relayer=relayer, key=signing.shown(trust.fingerprint),
                office=office, count=count, length=signed.length)))
        elif signed is not None and signed.length in found:
            notes.append(Message("versions of office {office} relayed by office {relayer} ({count}): they match "
                                 "the history {office} signed", office=office, relayer=relayer, count=count))
        else:
            notes.append(Message("versions of office {office} relayed by office {relayer} ({count}): vouched for "
                                 "by {relayer}'s key {key}, not by {office}'s own (its signed history does not reach "
                                 "them here yet)", office=office, relayer=relayer, count=count,
                                 key=signing.shown(trust.fingerprint)))
    return withheld, notes


def _sites(meta: dict[str, str]) -> dict[str, str]:
    """Office names by site, from the file's checked `sites` row."""
    return {site: info.get("office") or "" for site, info in json.loads(meta.get("sites") or "{}").items()}


def _withhold_records(incoming: IncomingWorkbook, records: set[tuple[str, str]]) -> None:
    """Every version and exported row of these records in the file: not taken."""
    incoming.versions = [v for v in incoming.versions if (v.entity, v.record_id) not in records]
    # a new dict: the kept workbook (File ▸ Import keeps it for Apply) keeps its own
    incoming.base = {k: b for k, b in incoming.base.items() if k not in records}
    incoming.forget_tokens()


def _withhold_claims_of_signers(incoming: IncomingWorkbook, keyring: Keyring) -> list[Withheld]:
    """An unsigned file's versions that claim an office which signs its files: not taken."""
    by_site: dict[str, list[Version]] = defaultdict(list)
    for version in incoming.versions:
        if keyring.trusted_for(version.site_id):
            by_site[version.site_id].append(version)
    if not by_site:
        return []
    _withhold_records(incoming, {(v.entity, v.record_id) for vs in by_site.values() for v in vs})
    found = []
    for site, versions in sorted(by_site.items()):
        key = keyring.trusted_for(site)[0]
        who = key.office or site_text(site)
        if len(versions) == 1:
            said = Message("1 version in {file} claim office {who}, which signs its files, but the file is not "
                           "signed: not taken", file=incoming.path.name, who=who)
        else:
            said = Message("{count} versions in {file} claim office {who}, which signs its files, but the file is "
                           "not signed: not taken", count=len(versions), file=incoming.path.name, who=who)
        found.append(Withheld(STRIPPED, key.office, site, key.fingerprint, len(versions), said))
    return found


def hold_future(versions: list[Version], now_ms: int, sites: dict[str, Any],
                file_name: str) -> tuple[list[Version], list[Withheld]]:
    """Versions more than the skew bound ahead of this office's clock, and every version of their
    records in the file: held (not taken), one entry per office."""
    bound = now_ms + clock.MAX_SKEW_MS
    ahead = [v for v in versions if clock.wall_ms(v.stamp) > bound]
    if not ahead:
        return versions, []
    records = {(v.entity, v.record_id) for v in ahead}
    kept = [v for v in versions if (v.entity, v.record_id) not in records]
    by_site: dict[str, list[Version]] = defaultdict(list)
    for version in versions:
        if (version.entity, version.record_id) in records:
            by_site[version.site_id].append(version)
    held = []
    for site, group in sorted(by_site.items()):
        office = (sites.get(site) or {}).get("office")
        most = max(clock.wall_ms(v.stamp) for v in group) - now_ms
        days = most / clock.DAY_MS
        count = len(group)
        said = dict(office=office or site_text(site), file=file_name, far=_how_far(days))
        if count == 1:
            note = Message("1 version from office {office} in {file} carry a time {far} ahead of this office's "
                           "clock (device time), more than the day two clocks may differ: held, not taken. Import "
                           "{file} again once the clocks agree; if that office's clock is wrong, ask it to set it "
                           "right and export again", **said)
        else:
            note = Message("{count} versions from office {office} in {file} carry a time {far} ahead of this "
                           "office's clock (device time), more than the day two clocks may differ: held, not taken. "
                           "Import {file} again once the clocks agree; if that office's clock is wrong, ask it to "
                           "set it right and export again", count=count, **said)
        held.append(Withheld(CLOCK, office, site, None, count, note))
    return kept, held


def _how_far(days: float) -> Message:
    if days > 3650:
        return Message("more than ten years")
    return Message("{days} days", days=f"{days:.1f}")


def site_text(site_id: str) -> Message:
    """An office without a name, as messages call it: "site" and the start of its id."""
    return Message("site {id}", id=site_id[:8])


def check_history(session: Session, keyring: Keyring, site: str, adding: list[Version], who: str) -> list[str]:
    """The file's signed head against what is held here (with this import) and the last head seen."""
    if site not in keyring.heads:
        return []
    length, head, stamp, _file = keyring.heads[site]
    seen = history.last_seen(session, site)
    lengths = {length} | ({seen.length} if seen is not None else set())
    held, found = history.heads_at(session, site, adding, lengths)
    problems: list[str] = []
    if seen is not None and stamp > seen.export_stamp and length < seen.length:
        problems.append(Message("office {who}'s history is shorter ({length} versions) than in a file it signed "
                                "before ({before}): versions were removed from its history (truncated or rewritten)",
                                who=who, length=length, before=seen.length))
    elif seen is not None and length >= seen.length and seen.length in found and found[seen.length] != seen.head:
        problems.append(Message("office {who}'s history held here no longer matches the head it signed before: a "
                                "version was changed or replaced", who=who))
    if length in found and found[length] != head:
        problems.append(Message("office {who}'s versions held here differ from the history it signed ({length} "
                                "versions): one was altered or replaced on its way here", who=who, length=length))
    elif held < length and not problems:
        problems.append(Message("office {who} signed a history of {length} versions; {held} are held here: "
                                "{missing} missing (a file of theirs not imported yet, or versions left out on the "
                                "way)", who=who, length=length, held=held, missing=length - held))
    if seen is not None and stamp <= seen.export_stamp:
        del keyring.heads[site]  # an older file arriving late: the newest head seen stays
    return problems


def save(session: Session, keyring: Keyring, received_at: str) -> None:
    """Write what planning decided about keys, key records and history heads (same transaction)."""
    for fp, (key, source) in keyring.changed.items():
        row = session.get(OfficeKey, fp)
        if row is None:
            session.add(OfficeKey(fingerprint=fp, site_id=key.site_id, office_name=key.office,
                                  public_key=key.public_key, status=key.status, source=source, added_at=received_at,
                                  revoked_stamp=key.revoked_stamp))
        else:
            row.status, row.revoked_stamp = key.status, key.revoked_stamp
            if row.status != OWN:
                row.source = source
    for record in keyring.records.values():
        if session.get(KeyRecord, record.id) is None:
            session.add(KeyRecord(id=record.id, kind=str(record.fields().get("kind")), body_json=record.body,
                                  signer=record.signer, signature=record.signature, received_at=received_at))
    _keep_newest_histories(session, keyring)
    for site, (length, head, stamp, file_id) in keyring.heads.items():
        seen = session.get(HistoryHead, site)
        if seen is None:
            session.add(HistoryHead(site_id=site, length=length, head=head, export_stamp=stamp, file_id=file_id,
                                    seen_at=received_at))
        elif stamp > seen.export_stamp:
            seen.length, seen.head, seen.export_stamp = length, head, stamp
            seen.file_id, seen.seen_at = file_id, received_at



def _keep_newest_histories(session: Session, keyring: Keyring) -> None:
    """Of each office's signed history records, only the newest is kept (and relayed in exports)."""
    sites = {str(r.fields().get("site_id")) for r in keyring.records.values()
             if r.fields().get("kind") == signing.HISTORY}
    if not sites:
        return
    for row in session.scalars(select(KeyRecord).where(KeyRecord.kind == signing.HISTORY)):
        body = signing.SignedRecord(row.body_json, row.signer, row.signature).fields()
        newest = keyring.histories.get(str(body.get("site_id")))
        if body.get("site_id") in sites and newest is not None and (body.get("length"), body.get("head")) != (
                newest.length, newest.head):
            session.delete(row)
