"""`mouliaison keys`: the office signing keys this database knows (issue 16)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mouliaison.cli.output import OK, Command, print_json
from mouliaison.domain import signing
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.services import keys
from mouliaison.services.database import Database

ACTIONS = ("list", "trust", "revoke", "rotate", "publish", "export-private", "install")


def _keys(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    try:
        if args.action == "list":
            return _list(db, args.json)
        if args.action in ("trust", "revoke") and not args.fingerprint:
            raise keys.KeyProblem(f"name the key: mouliaison keys {args.action} FINGERPRINT "
                                  "(mouliaison keys list shows them)")
        if args.action in ("export-private", "install"):
            return _private(db, args)
        if args.action == "trust":
            view = keys.trust_key(db, args.fingerprint, publisher=args.publisher)
            said = "trusted as headquarters' publisher of approved keys" if args.publisher else "trusted"
        elif args.action == "revoke":
            view = keys.revoke_key(db, args.fingerprint)
            said = "revoked: files it signs from now on are refused (the revocation travels in your exports)"
        elif args.action == "rotate":
            view = keys.rotate_own_key(db)
            said = "is this office's new key; the old one signed it over and is revoked"
        else:
            count = keys.publish_approved(db)
            print(f"published a signed list of {count} approved key{'s' * (count != 1)}: it travels in your exports")
            return OK
    except (keys.KeyProblem, keys.KeyFileProblem) as exc:
        raise Invalid([Problem("", str(exc))]) from None
    if args.json:
        print_json({"fingerprint": view.fingerprint, "office": view.office, "status": view.status})
    else:
        print(f"key {view.shown} of {view.office or 'site ' + view.site_id[:8]} {said}")
    return OK


def _private(db: Database, args: argparse.Namespace) -> int:
    """Another analyst of the same (server) database signs with the office's one key, on purpose."""
    if not args.fingerprint:
        raise keys.KeyProblem(f"name the file: mouliaison keys {args.action} FILE")
    file = Path(args.fingerprint).expanduser()
    if args.action == "export-private":
        key = keys.export_private_key(db, file)
        said = (f"written to {file}, readable by you only: hand it to a colleague of this office (never by email), "
                "who runs mouliaison keys install FILE, then delete it")
    else:
        key = keys.install_private_key(db, file)
        said = f"installed on this computer as {keys.key_location(db)}: exports from {db.path} are signed with it"
    if args.json:
        print_json({"fingerprint": key.fingerprint, "file": str(file)})
    else:
        print(f"signing key {signing.shown(key.fingerprint)} {said}")
    return OK


def _list(db: Database, as_json: bool) -> int:
    keys.own_key(db)  # a database from before signing gets its key here too
    views = keys.list_keys(db)
    if as_json:
        print_json([{"fingerprint": v.fingerprint, "office": v.office, "party": v.party, "site_id": v.site_id,
                     "status": v.status, "rotated": v.rotated, "approved": v.approved, "source": v.source,
                     "added_at": v.added_at} for v in views])
        return OK
    for v in views:
        status = "rotated" if v.rotated else v.status
        approved = ", on headquarters' approved list" if v.approved else ""
        print(f"{v.shown}  {status:<9}  {v.office or 'site ' + v.site_id[:8]}  ({v.source}, {v.added_at}{approved})")
    return OK


HANDLERS: dict[str, Command] = {"keys": _keys}
