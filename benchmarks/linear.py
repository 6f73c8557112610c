"""Does the first import grow linearly? The 100k-activity workbook beside ten times it (issue 18).

    .venv/bin/python -m benchmarks.linear [--scales 1,10] [--runs 1]

For each scale, the activities workbook (benchmarks/generate.py, made without the field
workbooks: the 1,000,000-activity data takes about half an hour to make, once) is imported into
a copy of an empty database by our import and by the same-work floor (benchmarks/cases.py
`import_ours`, `import_floor`), each run a fresh process, the cases interleaved. Printed per
scale: medians of wall and CPU seconds, the CPU cost per 1,000 activities, the peak memory
(ru_maxrss) and the floor beside it; then the per-record cost of each larger scale against the
first (the target: within ±20 %) and the peak against the machine's memory (the target: no
swapping: on a machine without swap, a peak well under its RAM). The figures are kept in
benchmarks/linear.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.generate import DATA, DEFAULT_SEED, cache_dir
from benchmarks.run import SHEET, _brief, child, environment
from benchmarks.workload import Scale

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "linear.json"
CASES = ("import_ours", "import_floor")
TOLERANCE = 0.20  # the per-record cost at a larger scale, against the first


def memory_total_mib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def swapped_pages() -> int:
    """Pages swapped out since boot (0 on a machine without swap)."""
    for line in Path("/proc/vmstat").read_text().splitlines():
        if line.startswith("pswpout "):
            return int(line.split()[1])
    return 0


def generated(scale: Scale) -> Path:
    """The scale's data, generated in a process of its own: a child's ru_maxrss starts at its
    parent's peak (Linux carries it over the fork and exec), so this process must stay small."""
    subprocess.run([sys.executable, "-m", "benchmarks.generate", "--scale", f"{scale.factor:g}", "--seed",
                    str(scale.seed), "--no-field-workbooks"], cwd=HERE.parent, check=True, stdout=subprocess.DEVNULL)
    return cache_dir(scale)


def measure(scale: Scale, runs: int, say: Any) -> dict[str, list[dict[str, Any]]]:
    data = generated(scale)
    workbook = data / "activities.xlsx"
    raw: dict[str, list[dict[str, Any]]] = {name: [] for name in CASES}
    with tempfile.TemporaryDirectory(prefix="mouliaison-linear-", dir=DATA) as temp:
        work = Path(temp)
        env = environment(work / "config")
        child("make_empty", {"db": str(work / "empty.sqlite3")}, env)
        for run in range(1, runs + 1):
            for name in CASES:
                db = work / f"{name}.sqlite3"
                shutil.copyfile(work / "empty.sqlite3", db)
                arguments: dict[str, Any] = ({"db": str(db), "files": [str(workbook)]} if name == "import_ours"
                                             else {"workbook": str(workbook), "sheet": SHEET, "db": str(db)})
                before = swapped_pages()
                result = child(name, arguments, env)
                result["swapped_pages"] = swapped_pages() - before
                for leftover in work.glob(f"{name}.sqlite3*"):
                    leftover.unlink()
                raw[name].append(result)
                say(f"{scale.key} run {run}/{runs} {name}: {_brief(result)}, CPU {result['cpu_seconds']:.1f} s")
    return raw


def summary(raw: dict[str, list[dict[str, Any]]], activities: int) -> dict[str, Any]:
    out: dict[str, Any] = {"activities": activities}
    for name, runs in raw.items():
        cpu = statistics.median(r["cpu_seconds"] for r in runs)
        out[name] = {
            "runs": len(runs),
            "seconds": statistics.median(r["seconds"] for r in runs),
            "cpu_seconds": cpu,
            "cpu_ms_per_1000": cpu / activities * 1_000_000,
            "peak_mib": max(r["peak_mib"] for r in runs),
            "swapped_pages": sum(r["swapped_pages"] for r in runs),
        }
    return out


def report(figures: list[dict[str, Any]]) -> str:
    lines = ["| activities | case | runs | wall (median) | CPU (median) | CPU per 1,000 | peak |",
             "|---|---|---|---|---|---|---|"]
    for scale in figures:
        for name in CASES:
            f = scale[name]
            lines.append(f"| {scale['activities']:,} | {name} | {f['runs']} | {f['seconds']:.1f} s | "
                         f"{f['cpu_seconds']:.1f} s | {f['cpu_ms_per_1000']:.0f} ms | {f['peak_mib']:.0f} MiB |")
    first = figures[0]
    total = memory_total_mib()
    for scale in figures[1:]:
        for name in CASES:
            ratio = scale[name]["cpu_ms_per_1000"] / first[name]["cpu_ms_per_1000"]
            verdict = "within" if abs(ratio - 1) <= TOLERANCE else "outside"
            lines.append(f"\n{name}: per-record CPU at {scale['activities']:,} is {ratio:.2f}× that at "
                         f"{first['activities']:,} ({verdict} ±{TOLERANCE:.0%}); peak {scale[name]['peak_mib']:.0f} "
                         f"MiB of {total:.0f} MiB, {scale[name]['swapped_pages']} pages swapped out")
        ours, floor = scale["import_ours"], scale["import_floor"]
        lines.append(f"ours ÷ floor at {scale['activities']:,}: CPU {ours['cpu_seconds'] / floor['cpu_seconds']:.2f}×")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.linear", description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10", help="comma-separated; 1 = 100,000 activities")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    os.environ.pop("MOULIAISON_DB", None)
    figures = []
    for factor in (float(s) for s in args.scales.split(",")):
        scale = Scale(factor, args.seed)
        raw = measure(scale, args.runs, lambda text: print(text, flush=True))
        figures.append(summary(raw, scale.count("activity")) | {"raw": raw})
    RESULTS.write_text(json.dumps(figures, indent=1))
    print(report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
