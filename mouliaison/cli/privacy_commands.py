"""Commands for personal data (MOU 3.6): receipts, withdraw-consent, duplicates, merges, erase."""

from __future__ import annotations

import argparse
import sys

from mouliaison.cli.output import OK, Command, print_json
from mouliaison.domain.signing import shown
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.services import duplicates, records
from mouliaison.services.consent import withdraw_consent
from mouliaison.services.database import Database
from mouliaison.services.erasure import erase_personal_data
from mouliaison.services.receipts import list_receipts


def _receipts(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    receipts = list_receipts(db)
    if args.json:
        print_json([r.to_json() for r in receipts])
        return OK
    for r in receipts:
        contacts = r.counts.get("contacts", {})
        print(f"{r.exported_at}  {r.recipient}  {r.file_name}  sha256 {r.sha256[:16]}...  "
              f"contacts: {contacts.get('included', 0)} included, {contacts.get('pseudonymised', 0)} "
              f"pseudonymised, {contacts.get('left_out', 0)} left out  "
              f"{'signed with ' + shown(r.signed_by) if r.signed_by else 'not signed'}")
    print(f"{len(receipts)} export{'s' * (len(receipts) != 1)}", file=sys.stderr)
    return OK

def _withdraw_consent(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    withdrawal = withdraw_consent(db, args.consent_id, on=args.on, evidence=args.evidence, method=args.method)
    if args.json:
        print_json({"id": withdrawal, "withdraws": args.consent_id})
    else:
        print(withdrawal)
    return OK

def _duplicates(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    views = duplicates.find_duplicates(db, args.type)
    if args.json:
        print_json([v.to_json() for v in views])
        return OK
    for v in views:
        pair = f"{v.first} '{v.first_title}'  and  {v.second} '{v.second_title}'"
        print(f"{v.score:5.1f}  {pair}: {'; '.join(v.reasons)}")
    print(f"{len(views)} possible duplicate{'s' * (len(views) != 1)}", file=sys.stderr)
    return OK

def _type_of_pair(db: Database, *ids: str) -> str:
    for type_name in duplicates.CHECKED:
        found = [records.find_record(db, type_name, i) for i in ids]
        if all(found):
            return type_name
    raise Invalid([Problem("id", f"{' and '.join(ids)} are not two contacts or two organisations held here")])

def _merge_duplicates(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    type_name = _type_of_pair(db, args.keep, args.duplicate)
    filled = duplicates.merge_duplicates(db, type_name, args.keep, args.duplicate)
    if args.json:
        print_json({"kept": args.keep, "merged": args.duplicate, "type": type_name, "filled": sorted(filled)})
    else:
        more = f"; filled from it: {', '.join(sorted(filled))}" if filled else ""
        print(f"merged {type_name} {args.duplicate} into {args.keep}{more}")
    return OK

def _not_duplicate(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    type_name = _type_of_pair(db, args.first, args.second)
    duplicates.mark_distinct(db, type_name, args.first, args.second)
    if args.json:
        print_json({"type": type_name, "distinct": sorted([args.first, args.second])})
    else:
        print(f"noted: {args.first} and {args.second} are different {type_name}s")
    return OK

def _erase(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    erased = erase_personal_data(db, args.type, args.id)
    if args.json:
        print_json({"id": args.id, "type": args.type, "erased": erased})
    else:
        print(f"erased {', '.join(erased)} of {args.type} {args.id}; the erasure travels in your next export")
    return OK


HANDLERS: dict[str, Command] = {
    "receipts": _receipts,
    "withdraw-consent": _withdraw_consent,
    "duplicates": _duplicates,
    "merge-duplicates": _merge_duplicates,
    "not-duplicate": _not_duplicate,
    "erase": _erase,
}
