"""Make (once) the reference databases and workbooks of issue 6, cached by scale and seed.

    .venv/bin/python -m benchmarks.generate [--scale 1] [--seed 6]

Under benchmarks/.data/scale-S-seed-N/:
  hq.sqlite3          every version: 100k activities, 20k contacts, 10k meetings (at scale 1)
  activities.xlsx     the 100k activities as a sync workbook (exported from hq by the app)
  field-01..20.xlsx   each field office's workbook: its 5,000 activities and the others' it edited
                      (not made with --no-field-workbooks: the 1,000,000-activity case of
                      benchmarks/linear.py needs only hq and activities.xlsx)
  manifest.json       what is there, and the generator version that made it

Databases are created by the app's services (`open_database`, `set_office`) and filled through
the store's own pieces in one write transaction per database: the versions as rows of the
versions table, then `write_states` for the current state, which is what the write path does
(`ChangeWriter.add_versions` looks each record up one by one, far too slow for 100k records).
Workbooks are written by `services.exchange.export_workbook`, the app's own export.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import insert

from benchmarks.workload import OFFICES, Scale, Workload, as_received, build
from mouliaison.domain.versions import Version, resolve
from mouliaison.services.database import Database, open_database
from mouliaison.services.exchange import export_workbook
from mouliaison.services.office import set_office
from mouliaison.store.current_state import write_states
from mouliaison.store.schema import Site, VersionRow

GENERATOR_VERSION = 2  # bump when the data or the layout changes: the cache is rebuilt
DATA = Path(__file__).resolve().parent / ".data"
DEFAULT_SEED = 6
HQ_SOURCE = "00000000-0000-4000-8000-0000000000b0"  # the file id HQ's versions are said to come from
BATCH = 20_000


def cache_dir(scale: Scale) -> Path:
    return DATA / scale.key


def field_name(office: int) -> str:
    return f"field-{office + 1:02d}.xlsx"


def ensure(scale: Scale, *, quiet: bool = False, field_workbooks: bool = True) -> Path:
    """The cache folder for `scale`, generated first if it is missing or stale (or made without
    the field workbooks when they are wanted now)."""
    folder = cache_dir(scale)
    manifest = folder / "manifest.json"
    if manifest.exists():
        made = json.loads(manifest.read_text())
        if made.get("generator") == GENERATOR_VERSION and (made.get("field_workbooks", True) or not field_workbooks):
            return folder
    _configure_environment()
    say = (lambda _text: None) if quiet else (lambda text: print(text, file=sys.stderr, flush=True))
    started = time.perf_counter()
    say(f"generating the reference data ({scale.key}) in {folder} ...")
    if folder.exists():
        shutil.rmtree(folder)
    building = folder.with_name(folder.name + ".partial")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    work = build(scale)
    say(f"  {len(work.versions):,} records in memory ({time.perf_counter() - started:.0f} s)")
    hq = building / "hq.sqlite3"
    with open_database(hq) as db:
        fill(db, (as_received(v, HQ_SOURCE) for v in work.all_versions()), work)
        set_office(db, "Headquarters liaison desk", "IOM", level="headquarters")
        export_workbook(db, building / "activities.xlsx", types=["activity"])
    say(f"  hq.sqlite3 and activities.xlsx ({time.perf_counter() - started:.0f} s)")
    with tempfile.TemporaryDirectory(prefix="mouliaison-field-") as temp:
        for office in range(OFFICES if field_workbooks else 0):
            path = Path(temp) / f"field-{office + 1:02d}.sqlite3"
            with open_database(path) as db:
                fill(db, work.office_versions(office), work, site_id=work.office_sites[office])
                set_office(db, f"Field office {office + 1:02d}", "IOM" if office % 2 == 0 else "WCO")
                export_workbook(db, building / field_name(office), types=["activity"])
            path.unlink()
        if field_workbooks:
            say(f"  {OFFICES} field workbooks ({time.perf_counter() - started:.0f} s)")
    counts = {entity: sum(1 for (e, _r) in work.versions if e == entity) for entity in ("activity", "contact",
                                                                                         "meeting")}
    (building / "manifest.json").write_text(json.dumps({
        "generator": GENERATOR_VERSION, "scale": scale.factor, "seed": scale.seed, "records": counts,
        "edited_at_two_offices": len(work.edited_at), "offices": OFFICES, "field_workbooks": field_workbooks,
        "seconds": round(time.perf_counter() - started, 1),
    }, indent=2))
    for leftover in building.glob("*.sqlite3-*"):
        leftover.unlink()
    for lock in building.glob("*.lock"):
        lock.unlink()
    building.rename(folder)
    say(f"done in {time.perf_counter() - started:.0f} s")
    return folder


def fill(db: Database, versions: Iterable[Version], work: Workload, site_id: str | None = None) -> None:
    """Versions and their current state, in one write transaction (what an import writes)."""
    received_at = "2025-06-01T00:00:00.000+00:00"
    by_record: dict[tuple[str, str], list[Version]] = defaultdict(list)
    with db.writing() as change:
        session = change.session
        if site_id is not None:
            change.installation.site_id = site_id  # this database is that office's installation
        rows = []
        for version in versions:
            by_record[(version.entity, version.record_id)].append(version)
            rows.append({
                "id": version.id, "entity": version.entity, "record_id": version.record_id, "stamp": version.stamp,
                "site_id": version.site_id, "origin": version.origin, "source": version.source,
                "values_json": version.values_json(), "parents_json": version.parents_json(),
                "received_at": received_at,
            })
            if len(rows) == BATCH:
                session.execute(insert(VersionRow), rows)
                rows = []
        if rows:
            session.execute(insert(VersionRow), rows)
        states = [resolve(entity, record_id, vs) for (entity, record_id), vs in by_record.items()]
        for start in range(0, len(states), BATCH):
            write_states(session, states[start : start + BATCH])
        change.clock.receive(max(max(v.stamp for v in vs) for vs in by_record.values()))
        for office, site in enumerate(work.office_sites):
            if site != site_id:
                session.merge(Site(site_id=site, office_name=f"Field office {office + 1:02d}",
                                   party="IOM" if office % 2 == 0 else "WCO", last_seen=received_at))


def _configure_environment() -> None:
    """Benchmarks never touch the person's own preferences or database."""
    os.environ.pop("MOULIAISON_DB", None)
    os.environ.setdefault("MOULIAISON_CONFIG_DIR", tempfile.mkdtemp(prefix="mouliaison-bench-config-"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 100,000 activities (default); 0.1 = 10,000")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--no-field-workbooks", action="store_true",
                        help="only hq.sqlite3 and activities.xlsx (what benchmarks/linear.py imports)")
    args = parser.parse_args(argv)
    print(ensure(Scale(args.scale, args.seed), field_workbooks=not args.no_field_workbooks))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
