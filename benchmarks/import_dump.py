"""What an import of liaison workbooks leaves in a database, as text: a check that a faster
import writes the very same content (plain_dump does the same for plain sheets).

    python -m benchmarks.import_dump OUT.txt [--scale 0.1]

Takes the benchmark's workbooks of that scale (benchmarks/generate.py makes them once): the
activities workbook as a first import into a fresh database, then the 20 field offices'
workbooks in one import on top of it, dumped; and the 20 field workbooks alone into another
fresh database (a coordinator: their edits, conflicts and hash-chained histories), dumped.
Every table's rows, sorted, and each search index's words with the number of records holding
each (plain_dump.dump). Run it before and after a change and `diff` the two outputs: any
difference is a change of behaviour.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.generate import DEFAULT_SEED, ensure, field_name
from benchmarks.plain_dump import dump
from benchmarks.run import child, environment
from benchmarks.workload import OFFICES, Scale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_dump", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=0.1, help="0.1 = 10,000 activities (default)")
    args = parser.parse_args(argv)
    data = ensure(Scale(args.scale, DEFAULT_SEED))
    fields = [data / field_name(k) for k in range(OFFICES)]
    databases = {"first": [[data / "activities.xlsx"], fields], "coordinator": [fields]}
    parts = []
    with tempfile.TemporaryDirectory(prefix="mouliaison-import-dump-") as folder:
        work = Path(folder)
        env = environment(work / "config")
        for name, steps in databases.items():
            db = work / f"{name}.sqlite3"
            child("make_empty", {"db": str(db)}, env)
            for files in steps:
                result = child("import_ours", {"db": str(db), "files": [str(f) for f in files]}, env)
                print(f"{name}: {len(files)} files: {result.get('counts')}", file=sys.stderr)
            parts.append(f"=== database {name}: {' then '.join(str(len(s)) + ' files' for s in steps)}\n" + dump(db))
    args.out.write_text("".join(parts).replace(str(work), "<work>").replace(str(data), "<data>"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
