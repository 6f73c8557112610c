"""Workbooks for measuring imports by hand: N activities exported by one office, and a coordinator's
set of field-office workbooks where some records were edited at two offices.

Not part of the package or the test run. The offices' databases are filled by writing versions
directly (one transaction, no per-record work), then exported through the real export, so the
workbooks are exactly what offices send each other.

    .venv/bin/python scripts/import_workloads.py OUT_DIR --activities 10000
    .venv/bin/python scripts/import_workloads.py OUT_DIR --offices 20 --per-office 5000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import tempfile
from pathlib import Path

from mouliaison.domain.ids import uuid7
from mouliaison.domain.versions import LOCAL, Version, resolve
from mouliaison.services import exchange
from mouliaison.services.database import Database, open_database
from mouliaison.services.office import set_office
from mouliaison.store import queries
from mouliaison.sync.plan import ImportPlan, apply_plan

WORDS = ("coopération", "frontière", "douane", "formation", "atelier", "évaluation", "risque", "données",
         "échange", "intégration", "gestion", "coordinated", "border", "management", "training", "régional",
         "migración", "aduana", "capacité", "sécurité", "procédure", "outil", "technologie", "politique")


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


def activity_values(rng: random.Random, vocab: dict[str, list[str]], parties: list[str]) -> dict[str, object]:
    start = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    values: dict[str, object] = {
        "title": _text(rng, 3, 8),
        "description": _text(rng, 15, 60),
        "thematic_areas": sorted(set(rng.sample(vocab["thematic_area"], rng.randint(1, 3)))),
        "kind": rng.choice(vocab["activity_kind"]),
        "lead_party": rng.choice(parties),
        "status": rng.choice(vocab["activity_status"]),
        "planned_start_date": start.isoformat(),
        "planned_end_date": (start + dt.timedelta(days=rng.randrange(1, 30))).isoformat(),
        "countries": sorted(set(rng.sample(vocab["country"], rng.randint(1, 4)))),
        "places": _text(rng, 1, 3),
        "participants_women": rng.randrange(0, 60),
        "participants_men": rng.randrange(0, 60),
        "first_party_resources": _text(rng, 4, 20),
        "second_party_resources": _text(rng, 4, 20),
        "outcomes": _text(rng, 10, 40),
        "follow_up": _text(rng, 5, 20),
    }
    if rng.random() < 0.5:
        values["start_date"] = values["planned_start_date"]
        values["end_date"] = values["planned_end_date"]
    return values


def _vocab(db: Database) -> tuple[dict[str, list[str]], list[str]]:
    with db.reading() as session:
        index = queries.load_vocabularies(session)
        vocab = {name: sorted(index.codes(name)) for name in ("thematic_area", "activity_kind", "activity_status",
                                                              "country")}
        parties = sorted(queries.all_ids(session, "party"))
    return vocab, parties


def add_versions(db: Database, versions: list[Version]) -> None:
    """Write versions and their records' current state in one transaction, as an import would."""
    by_record: dict[tuple[str, str], list[Version]] = {}
    for v in versions:
        by_record.setdefault((v.entity, v.record_id), []).append(v)
    with db.writing() as change:
        held: dict[tuple[str, str], list[Version]] = {}
        from mouliaison.store.current_state import load_versions_for

        for (entity, record_id) in by_record:
            held[(entity, record_id)] = load_versions_for(change.session, entity, [record_id]).get(record_id, [])
        plan = ImportPlan()
        for key, new in by_record.items():
            plan.states[key] = resolve(key[0], key[1], held[key] + new)
        plan.new_versions = [(v, None) for v in versions]  # type: ignore[misc]
        apply_plan(change.session, plan, dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"))


def new_office(template: Path, folder: Path, name: str) -> Database:
    path = folder / f"{name}.sqlite3"
    shutil.copyfile(template, path)
    db = open_database(path)
    set_office(db, name, "IOM" if len(name) % 2 else "WCO")
    return db


def created(db: Database, rng: random.Random, n: int) -> list[Version]:
    vocab, parties = _vocab(db)
    with db.writing() as change:
        clock = change.clock
        out = []
        for _ in range(n):
            record_id = uuid7(clock.wall_ms())
            out.append(Version(uuid7(clock.wall_ms()), "activity", record_id, clock.now(), clock.site_id,
                               activity_values(rng, vocab, parties), {}, LOCAL))
    return out


def edits(db: Database, rng: random.Random, of: list[Version], fraction: float) -> list[Version]:
    """A later edit of a few fields of some records (parents: the versions edited)."""
    with db.writing() as change:
        clock = change.clock
        out = []
        for base in of:
            if rng.random() >= fraction:
                continue
            values = {"title": _text(rng, 3, 8) + " (rev.)", "participants_women": rng.randrange(0, 60)}
            out.append(Version(uuid7(clock.wall_ms()), "activity", base.record_id, clock.now(), clock.site_id,
                               values, {k: (base.id,) for k in values}, LOCAL))
    return out


def single(out: Path, template: Path, n: int, seed: int) -> Path:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = new_office(template, Path(tmp), "HQ")
        made = created(db, rng, n)
        add_versions(db, made)
        add_versions(db, edits(db, rng, made, 0.1))
        path = out / f"activities_{n}.xlsx"
        exchange.export_workbook(db, path)
        exchange.export_workbook(db, out / f"activities_{n}_again.xlsx")  # same content, another file
        db.close()
    return path


def offices(out: Path, template: Path, count: int, per_office: int, seed: int) -> list[Path]:
    """`count` field offices, each with its own records; 10% of office i's records were also
    edited (concurrently) at office i+1, which holds them too."""
    rng = random.Random(seed)
    paths = []
    with tempfile.TemporaryDirectory() as tmp:
        dbs = [new_office(template, Path(tmp), f"Field{i:02d}") for i in range(count)]
        made = [created(db, rng, per_office) for db in dbs]
        for db, versions in zip(dbs, made, strict=True):
            add_versions(db, versions)
        for i, db in enumerate(dbs):
            add_versions(db, edits(db, rng, made[i], 0.1))
        for i, db in enumerate(dbs):
            previous = made[i - 1]
            shared = [v for v in previous if rng.random() < 0.1]
            add_versions(db, shared)
            add_versions(db, edits(db, rng, shared, 1.0))
        for i, db in enumerate(dbs):
            path = out / f"field_{i:02d}.xlsx"
            exchange.export_workbook(db, path)
            paths.append(path)
            db.close()
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--activities", type=int, default=0)
    parser.add_argument("--offices", type=int, default=0)
    parser.add_argument("--per-office", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.sqlite3"
        open_database(template).close()
        if args.activities:
            print(single(args.out, template, args.activities, args.seed))
        if args.offices:
            for path in offices(args.out, template, args.offices, args.per_office, args.seed):
                print(path)


if __name__ == "__main__":
    main()
