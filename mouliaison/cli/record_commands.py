"""Commands on records: init, office, add, edit, delete, list, show, dump, check."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mouliaison.cli.output import OK, REFUSED, Command, print_json
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.signing import shown
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import display, to_wire
from mouliaison.services import duplicates, records
from mouliaison.services.check import check_database
from mouliaison.services.database import Database
from mouliaison.services.dump import dump_json
from mouliaison.services.keys import KeyFileProblem, key_location, own_key
from mouliaison.services.names import names_for
from mouliaison.services.office import current_office, set_office


def _wire(view: records.RecordView) -> dict[str, Any]:
    rtype = RECORD_TYPES[view.type]
    data = {f.key: to_wire(f, view.values[f.key]) for f in rtype.fields}
    data.update(id=view.id, type=view.type, deleted=view.deleted, conflicted=view.conflicted)
    return data

def _init(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    set_office(db, args.office, args.party, args.level, args.country)
    try:
        key = own_key(db, args.office)  # the office's signing key (store.keys says where it is kept)
    except KeyFileProblem as exc:
        if not db.is_server:
            raise Invalid([Problem("", str(exc))]) from None
        # another analyst's computer: the office is set as asked; exports wait for the office's key
        print(f"note: {exc}", file=sys.stderr)
        return _office(db, args, {})
    if not args.json:
        print(f"signing key {shown(key.fingerprint)} (give this fingerprint to the offices you send files to)")
        if db.is_server:
            print(f"its private key is kept on this computer as {key_location(db)}; other analysts who export "
                  "from this database install a copy: mouliaison keys export-private FILE, then keys install FILE")
    return _office(db, args, {})

def _office(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    office = current_office(db)
    data = {
        "office_id": office.office_id, "name": office.name, "party": office.party_code,
        "level": office.level, "country": office.country, "database": str(db.path),
    }
    if args.json:
        print_json(data)
    elif office.office_id is None:
        print(f"no office set for {db.path}; run: mouliaison init --office NAME --party IOM|WCO")
    else:
        print(f"{office.name} ({office.party_code}, {office.level}{', ' + office.country if office.country else ''})")
        print(f"office id {office.office_id}; database {db.path}")
    return OK

def _add(db: Database, args: argparse.Namespace, pairs: dict[str, str]) -> int:
    record_id = pairs.pop("id", None)
    new_id = records.add_record(db, args.type, pairs, record_id=record_id)
    possible = _note_duplicates(db, args.type, new_id, args.json)
    if args.json:
        print_json({"id": new_id, "type": args.type, "possible_duplicates": possible})
    else:
        print(new_id)
    return OK

def _note_duplicates(db: Database, type_name: str, record_id: str, as_json: bool) -> list[dict[str, object]]:
    """Candidates are checked when a contact or organisation is saved; a person decides."""
    if type_name not in duplicates.CHECKED:
        return []
    views = duplicates.find_duplicates(db, type_name, record_id)
    if not as_json:
        for v in views:
            other = v.second if v.first == record_id else v.first
            name = v.second_title if v.first == record_id else v.first_title
            print(f"note: may be the same as {other} '{name}' ({'; '.join(v.reasons)}); see: mouliaison "
                  "duplicates", file=sys.stderr)
    return [v.to_json() for v in views]

def _edit(db: Database, args: argparse.Namespace, pairs: dict[str, str]) -> int:
    changed = records.edit_record(db, args.type, args.id, pairs)
    if args.json:
        print_json({"id": args.id, "type": args.type, "changed": sorted(changed)})
    else:
        print(f"changed {', '.join(sorted(changed))}" if changed else "nothing changed: the values were already so")
    return OK

def _delete(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    records.delete_record(db, args.type, args.id, force=args.force)
    if args.json:
        print_json({"id": args.id, "type": args.type, "deleted": True})
    else:
        print(f"deleted {args.type} {args.id}")
    return OK

def _list(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    views = records.list_records(db, args.type, include_deleted=args.deleted)
    if args.json:
        print_json([_wire(v) for v in views])
        return OK
    rtype = RECORD_TYPES[args.type]
    for v in views:
        print(f"{v.id}  {display(v.values[rtype.title_field])}{_flags(v)}")
    print(rtype.count(len(views)), file=sys.stderr)
    return OK

def _flags(view: records.RecordView) -> str:
    return ("  [deleted]" if view.deleted else "") + ("  [conflict]" if view.conflicted else "")

def _show(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    view = records.show_record(db, args.type, args.id)
    if args.json:
        print_json(_wire(view))
        return OK
    rtype = RECORD_TYPES[args.type]
    names = names_for(db, args.type)
    width = max(len(f.label) for f in rtype.fields)
    print(f"{rtype.label} {view.id}{_flags(view)}")
    for f in rtype.fields:
        print(f"  {f.label:<{width}}  {display(names.readable(f, view.values[f.key]))}")
    return OK

def _dump(db: Database, _args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    sys.stdout.write(dump_json(db))
    return OK

def _check(db: Database, args: argparse.Namespace, _pairs: dict[str, str]) -> int:
    report = check_database(db)
    if args.json:
        print_json({"clean": report.clean, "problems": report.problems, "notes": report.notes,
                     "records_checked": report.records_checked})
    else:
        for p in report.problems:
            print(f"problem: {p}")
        for n in report.notes:
            print(f"note: {n}")
        print(f"{'clean' if report.clean else 'NOT clean'}: {report.records_checked} records checked, "
              f"{len(report.problems)} problems, {len(report.notes)} notes")
    return OK if report.clean else REFUSED


HANDLERS: dict[str, Command] = {
    "init": _init,
    "office": _office,
    "add": _add,
    "edit": _edit,
    "delete": _delete,
    "list": _list,
    "show": _show,
    "dump": _dump,
    "check": _check,
}
