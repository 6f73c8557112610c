"""Time imports by hand (medians of fresh processes): first import into an empty database, the
same file again, another file with the same content, or several files in one go.

    .venv/bin/python scripts/time_import.py first FILE [--runs 5]
    .venv/bin/python scripts/time_import.py again FILE [--runs 5]
    .venv/bin/python scripts/time_import.py other FILE OTHER [--runs 5]
    .venv/bin/python scripts/time_import.py many FILE... [--runs 5]
    .venv/bin/python scripts/time_import.py floor FILE [--runs 5]   # calamine + sqlite3 executemany

Each run is its own process, so peak memory (ru_maxrss) is that of one import.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _one(mode: str, files: list[Path], profile: str | None) -> dict[str, float]:
    from mouliaison.services import exchange
    from mouliaison.services.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        if mode == "floor":
            return _floor(files[0], Path(tmp))
        path = Path(tmp) / "office.sqlite3"
        db = open_database(path)
        if mode in ("again", "other"):
            result = exchange.import_workbooks(db, [files[0]])
            assert not result.refused, result.refused
        timed = {"first": [files[0]], "again": [files[0]], "other": [files[-1]], "many": files}[mode]
        profiler = None
        if profile:
            import pyinstrument

            profiler = pyinstrument.Profiler(interval=0.001)
            profiler.start()
        start = time.perf_counter()
        result = exchange.import_workbooks(db, timed)
        seconds = time.perf_counter() - start
        if profiler is not None:
            profiler.stop()
            Path(profile).write_text(profiler.output_text(unicode=True, color=False, show_all=False))
        assert not result.refused, result.refused
        db.close()
        totals = {k: v for k, v in result.totals.items() if v}
        return {"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "totals": totals, "already": [f.already_imported for f in result.files]}  # type: ignore[dict-item]


def _floor(file: Path, folder: Path) -> dict[str, float]:
    import sqlite3

    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(file))
    rows = book.get_sheet_by_name("Joint activities").to_python()
    width = max(len(r) for r in rows)
    con = sqlite3.connect(folder / "floor.sqlite3")
    con.execute(f"create table t ({', '.join(f'c{i}' for i in range(width))})")
    with con:
        con.executemany(f"insert into t values ({', '.join('?' * width)})",
                        [tuple(r) + (None,) * (width - len(r)) for r in rows])
    con.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _use_other_tree() -> None:
    """MOULIAISON_TREE=folder: time that copy of the package (an older commit) instead of this one."""
    import os

    tree = os.environ.get("MOULIAISON_TREE")
    if tree:
        sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in getattr(f, "__module__", "")]
        sys.path.insert(0, tree)


def main() -> None:
    _use_other_tree()
    args = sys.argv[1:]
    if args[0] == "--child":
        profile = None
        if args[1] == "--profile":
            profile, args = args[2], args[2:]
        print(json.dumps(_one(args[1], [Path(a) for a in args[2:]], profile)))
        return
    runs = 5
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    mode, files = args[0], args[1:]
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child", mode, *files], capture_output=True, text=True,
                             check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"  {results[-1]['seconds']:.2f} s  {results[-1]['peak_mib']:.0f} MiB "
              f"{results[-1].get('totals', '')} {results[-1].get('already', '')}", flush=True)
    seconds = statistics.median(r["seconds"] for r in results)
    peak = statistics.median(r["peak_mib"] for r in results)
    print(f"{mode}: median {seconds:.2f} s over {runs} runs, peak {peak:.0f} MiB")


if __name__ == "__main__":
    main()
