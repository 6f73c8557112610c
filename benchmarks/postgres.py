"""Headquarters on PostgreSQL beside SQLite: the import, the coordinator's 20 files, and search.

    MOULIAISON_BENCH_POSTGRES=postgresql://USER:PASSWORD@HOST/postgres \\
        python -m benchmarks.postgres [--scale 0.1] [--runs 3] [--skip-coordinator]

The role must be allowed to create databases. Each run of each case is a fresh process
(benchmarks/cases.py) on a fresh database: a copy of an empty, migrated one (a file copy for
SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL); the cases of a round are interleaved, so
a busy moment of the machine hits both. Search is timed on the databases the last round's
imports made, keystroke by keystroke, without the window (count and first 200 ids, as the
records page asks). Wall times are medians; CPU time is the client process's, and on
PostgreSQL also that of the server processes serving the case's database (`ServerCPU`: sampled
from /proc, so only with the server on this machine; 0 elsewhere). The summary gives the CPU
ratio too: client and server CPU on PostgreSQL against the one process of SQLite.
`--skip-coordinator` leaves the 20 files out (the slowest case) while iterating.

Search: per keystroke the count as the records page asks for it while typing (up to
record_listing.COUNTED_WHILE_TYPING) and the first page of ids; then the exact count, which the
page asks for after a pause in typing, apart.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import DATA, DEFAULT_SEED, ensure, field_name
from benchmarks.run import child, environment
from benchmarks.workload import OFFICES, Scale
from tests.postgres_server import drop_database

ADDRESS_VARIABLE = "MOULIAISON_BENCH_POSTGRES"


class Server:
    def __init__(self, address: str) -> None:
        import psycopg
        from sqlalchemy import make_url

        self.url = make_url(address)
        self.admin = psycopg.connect(self.address("postgres"), autocommit=True)
        self.made: list[str] = []

    def address(self, name: str) -> str:
        return self.url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        drop_database(self.admin, name)
        self.admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self.made.append(name)
        return self.address(name)

    def close(self) -> None:
        import psycopg

        for name in self.made:
            for attempt in range(30):  # the server's autovacuum may be analysing it: FORCE cannot end that
                try:
                    drop_database(self.admin, name)
                    break
                except psycopg.errors.InsufficientPrivilege:
                    if attempt == 29:
                        raise
                    time.sleep(1)
        self.admin.close()


class ServerCPU:
    """CPU seconds of the local server processes serving database `name` (a backend's title
    names its database), sampled every 0.1 s while a case runs: the server's share of the work,
    whatever other databases of the server do meanwhile. A backend's last 0.1 s may be missed."""

    def __init__(self, name: str) -> None:
        self.marker = f" {name} ".encode()
        self.seen: dict[str, float] = {}
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        while not self.stopped.wait(0.1):
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as title:
                        if self.marker not in title.read():
                            continue
                    with open(f"/proc/{pid}/stat") as stat:
                        fields = stat.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                self.seen[pid] = (int(fields[11]) + int(fields[12])) / tick  # utime + stime

    def stop(self) -> float:
        self.stopped.set()
        self.thread.join()
        return sum(self.seen.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.postgres")
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-coordinator", action="store_true", help="leave out the 20 files (iterating)")
    args = parser.parse_args(argv)
    address = os.environ.get(ADDRESS_VARIABLE)
    if not address:
        raise SystemExit(f"set {ADDRESS_VARIABLE}=postgresql://USER:PASSWORD@HOST/postgres (a role that may "
                         "create databases)")
    scale = Scale(args.scale, DEFAULT_SEED)
    data = ensure(scale)
    one = [str(data / "activities.xlsx")]
    twenty = [str(data / field_name(k)) for k in range(OFFICES)]
    cases = [("import", one)] + ([] if args.skip_coordinator else [("coordinator", twenty)])
    server = Server(address)
    raw: dict[str, list[dict[str, Any]]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="mouliaison-pg-bench-", dir=DATA) as temp:
            work = Path(temp)
            env = environment(work / "config")
            child("make_empty", {"db": str(work / "empty.sqlite3")}, env)
            prefix = f"mouliaison_bench_{os.getpid()}"  # two runs of this benchmark on one server never meet
            child("make_empty", {"db": server.create(f"{prefix}_empty")}, env)
            last: dict[str, str] = {}
            for run in range(1, args.runs + 1):
                for name, files in cases:
                    sqlite_db = work / f"{name}-{run}.sqlite3"
                    shutil.copyfile(work / "empty.sqlite3", sqlite_db)
                    pg_db = server.create(f"{prefix}_{name}_{run}", template=f"{prefix}_empty")
                    for backend, db in (("sqlite", str(sqlite_db)), ("postgresql", pg_db)):
                        watch = ServerCPU(f"{prefix}_{name}_{run}") if backend == "postgresql" else None
                        result = child("import_ours", {"db": db, "files": files}, env)
                        result["server_cpu_seconds"] = watch.stop() if watch else 0.0
                        raw.setdefault(f"{name} {backend}", []).append(result)
                        print(f"run {run}/{args.runs} {name} on {backend}: {result['seconds']:.1f} s "
                              f"(client CPU {result['cpu_seconds']:.1f} s, server CPU "
                              f"{result['server_cpu_seconds']:.1f} s, {result['peak_mib']:.0f} MiB)", flush=True)
                        if name == "import":
                            last[backend] = db
            for backend, db in last.items():
                result = child("search", {"db": db}, env)
                raw[f"search {backend}"] = [result]
                print(f"search on {backend}: " + ", ".join(f"{s * 1000:.0f}" for s in result["keystroke_seconds"])
                      + " ms per keystroke; exact count " + ", ".join(
                          f"{s * 1000:.0f}" for s in result["exact_count_seconds"])
                      + f" ms ({result['matches']} matches)", flush=True)
    finally:
        server.close()
    print()
    print(f"scale {args.scale} ({int(100_000 * args.scale):,} activities), medians of {args.runs} runs:")
    for name, _files in cases:
        lite = statistics.median(r["seconds"] for r in raw[f"{name} sqlite"])
        pg = statistics.median(r["seconds"] for r in raw[f"{name} postgresql"])
        lite_cpu = statistics.median(r["cpu_seconds"] for r in raw[f"{name} sqlite"])
        pg_cpu = statistics.median(r["cpu_seconds"] for r in raw[f"{name} postgresql"])
        pg_server = statistics.median(r["server_cpu_seconds"] for r in raw[f"{name} postgresql"])
        pg_total = statistics.median(r["cpu_seconds"] + r["server_cpu_seconds"] for r in raw[f"{name} postgresql"])
        print(f"  {name}: SQLite {lite:.1f} s (CPU {lite_cpu:.1f} s), PostgreSQL {pg:.1f} s "
              f"(client CPU {pg_cpu:.1f} s, server CPU {pg_server:.1f} s): {pg / lite:.2f}x wall, "
              f"CPU {pg_total:.1f} s / {lite_cpu:.1f} s = {pg_total / lite_cpu:.2f}x")
    for backend in ("sqlite", "postgresql"):
        result = raw[f"search {backend}"][0]
        times, exact = result["keystroke_seconds"], result["exact_count_seconds"]
        print(f"  search on {backend}: median {statistics.median(times) * 1000:.0f} ms a keystroke, "
              f"slowest {max(times) * 1000:.0f} ms" + (" (count capped)" if result["capped"] else "")
              + f"; exact count median {statistics.median(exact) * 1000:.0f} ms, slowest {max(exact) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
