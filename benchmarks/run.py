"""The speed benchmark of issue 6: every figure, side by side, median of several runs.

    .venv/bin/python -m benchmarks.run [--scale 1] [--runs 5] [--only import,export,...] [--readme]
    .venv/bin/python -m benchmarks.run --profile export     # a profile of one figure's timed part

Groups for --only: import (ours, floor, peer), reimport (same file, a re-export),
coordinator (20 field workbooks), export (ours, floor), window (start, search, jump, sort).
Each run of each case is a fresh process (benchmarks/cases.py), so peak memory is per run;
the runs of the cases are interleaved, so a busy moment of the machine hits all of them.
Results: benchmarks/results.md and results.json; --readme also puts the table in README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.generate import DATA, DEFAULT_SEED, ensure, field_name
from benchmarks.workload import OFFICES, Scale

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROFILES = HERE / "profiles"
RESULTS_MD = HERE / "results.md"
RESULTS_JSON = HERE / "results.json"
README = ROOT / "README.md"
BEGIN, END = "<!-- speed:begin -->", "<!-- speed:end -->"
SHEET = "Joint activities"  # the activities' visible sheet in a workbook
PLURALS = {"activity": "activities", "contact": "contacts", "meeting": "meetings"}
GROUPS = ("import", "reimport", "coordinator", "export", "window")


@dataclass(frozen=True)
class Case:
    """One thing measured: a function of benchmarks/cases.py and how to set up its inputs."""

    name: str
    group: str
    function: str
    setup: Callable[[Path, Path], dict[str, Any]]  # (data folder, scratch folder) -> arguments


def _copy(source: Path, target: Path) -> str:
    shutil.copyfile(source, target)
    return str(target)


CASES = (
    Case("import_ours", "import", "import_ours",
         lambda data, tmp: {"db": _copy(tmp.parent / "empty.sqlite3", tmp / "db.sqlite3"),
                            "files": [str(data / "activities.xlsx")]}),
    Case("import_floor", "import", "import_floor",  # the same work (issue 18), into a copy of the same empty database
         lambda data, tmp: {"workbook": str(data / "activities.xlsx"), "sheet": SHEET,
                            "db": _copy(tmp.parent / "empty.sqlite3", tmp / "floor.sqlite3")}),
    Case("import_peer", "import", "import_peer",
         lambda data, tmp: {"workbook": str(data / "activities.xlsx"), "sheet": SHEET, "db": str(tmp / "peer.db")}),
    Case("reimport_same", "reimport", "import_ours",
         lambda data, tmp: {"db": _copy(tmp.parent / "imported.sqlite3", tmp / "db.sqlite3"),
                            "files": [str(data / "activities.xlsx")]}),
    Case("reimport_reexport", "reimport", "import_ours",
         lambda data, tmp: {"db": _copy(tmp.parent / "imported.sqlite3", tmp / "db.sqlite3"),
                            "files": [str(tmp.parent / "reexport.xlsx")]}),
    Case("import_coordinator", "coordinator", "import_ours",
         lambda data, tmp: {"db": _copy(tmp.parent / "empty.sqlite3", tmp / "db.sqlite3"),
                            "files": [str(data / field_name(k)) for k in range(OFFICES)]}),
    Case("export_ours", "export", "export_ours",
         lambda data, tmp: {"db": _copy(data / "hq.sqlite3", tmp / "db.sqlite3"), "out": str(tmp / "out.xlsx")}),
    Case("export_floor", "export", "export_floor",
         lambda data, tmp: {"db": str(data / "hq.sqlite3"), "out": str(tmp / "floor.xlsx")}),
    Case("window", "window", "window",
         lambda data, tmp: {"db": _copy(data / "hq.sqlite3", tmp / "db.sqlite3")}),
)


def child(function: str, arguments: dict[str, Any], env: dict[str, str]) -> dict[str, Any]:
    """Run one case in a fresh interpreter; its last line of output is the result."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.cases", function, json.dumps(arguments)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{function} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def environment(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("MOULIAISON_DB", None)
    env["MOULIAISON_CONFIG_DIR"] = str(config)  # never the person's own preferences
    env["MOULIAISON_LANG"] = "en"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def code_stamp() -> str:
    """A digest of the app's source: what a prepared database depends on."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "mouliaison").rglob("*.py")):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def prepare(data: Path, work: Path, groups: set[str], env: dict[str, str],
            say: Callable[[str], None]) -> dict[str, Any] | None:
    """The databases the cases start from: empty, and after a first import with its re-export.

    The imported database and the re-export are kept beside the data for this version of the
    app's code (they take minutes to make); returns the first import's result when it was made
    now, since that import is a run of import_ours like any other."""
    child("make_empty", {"db": str(work / "empty.sqlite3")}, env)
    if "reimport" not in groups:
        return None
    kept = data / f"prepared-{code_stamp()}"
    if (kept / "reexport.xlsx").exists():
        say(f"prepared databases from {kept}")
        for name in ("imported.sqlite3", "reexport.xlsx"):
            shutil.copyfile(kept / name, work / name)
        return None
    say("preparing: a first import, and its re-export (a coordinator's file with the same content)")
    for stale in data.glob("prepared-*"):
        shutil.rmtree(stale)
    shutil.copyfile(work / "empty.sqlite3", work / "imported.sqlite3")
    first = child("import_ours", {"db": str(work / "imported.sqlite3"), "files": [str(data / "activities.xlsx")]}, env)
    say(f"run 1 import_ours (the preparation's import): {_brief(first)}")
    scratch = work / "scratch-prepare"
    scratch.mkdir()
    child("export_ours", {"db": _copy(work / "imported.sqlite3", scratch / "db.sqlite3"),
                          "out": str(work / "reexport.xlsx")}, env)
    shutil.rmtree(scratch)
    building = kept.with_name(kept.name + ".partial")
    building.mkdir()
    for name in ("imported.sqlite3", "reexport.xlsx"):
        shutil.copyfile(work / name, building / name)
    building.rename(kept)
    return first


def measure(scale: Scale, runs: int, groups: set[str], say: Callable[[str], None],
            saved: Callable[[dict[str, list[dict[str, Any]]]], None]) -> dict[str, list[dict[str, Any]]]:
    """Every case `runs` times, round after round; `saved` gets the runs so far after each round."""
    data = ensure(scale)
    cases = [c for c in CASES if c.group in groups]
    raw: dict[str, list[dict[str, Any]]] = {c.name: [] for c in cases}
    with tempfile.TemporaryDirectory(prefix="mouliaison-bench-", dir=DATA) as temp:
        work = Path(temp)
        env = environment(work / "config")
        first = prepare(data, work, groups, env, say)
        if first is not None and "import_ours" in raw:
            raw["import_ours"].append(first)
        for run in range(1, runs + 1):
            for c in cases:
                if len(raw[c.name]) >= run:  # the preparation's import was this run
                    continue
                scratch = work / f"scratch-{c.name}"
                scratch.mkdir()
                try:
                    result = child(c.function, c.setup(data, scratch), env)
                except RuntimeError as exc:  # a crash is a result too: shown in the table, the rest goes on
                    result = {"error": str(exc)[-2000:]}
                finally:
                    shutil.rmtree(scratch)
                raw[c.name].append(result)
                say(f"run {run}/{runs} {c.name}: {_brief(result)}")
            saved(raw)
    return raw


def _brief(result: dict[str, Any]) -> str:
    if "error" in result:
        return "FAILED: " + result["error"].strip().splitlines()[-1][:300]
    if "start_seconds" in result:
        keys = statistics.median(result["keystroke_seconds"]) * 1000
        return (f"start {result['start_seconds']:.2f} s, keystroke {keys:.0f} ms, jump "
                f"{result['jump_seconds'] * 1000:.0f} ms, sort {result['sort_seconds'] * 1000:.0f} ms, "
                f"{result['peak_mib']:.0f} MiB")
    return f"{result['seconds']:.2f} s, {result['peak_mib']:.0f} MiB"


# --- the table ------------------------------------------------------------------------------


def _median(raw: dict[str, list[dict[str, Any]]], name: str, key: str = "seconds") -> float | None:
    values = [r[key] for r in raw.get(name, []) if "error" not in r]
    return statistics.median(values) if values else None


def _failures(raw: dict[str, list[dict[str, Any]]], name: str) -> str:
    """How a case failed, for the table (the first line Python gave as the reason)."""
    errors = [r["error"] for r in raw.get(name, []) if "error" in r]
    if not errors:
        return ""
    reason = next((line.strip() for line in errors[0].splitlines() if "Fatal Python error" in line or "Error" in line),
                  errors[0].strip().splitlines()[-1])
    return f"crashed in {len(errors)} of {len(raw[name])} runs ({':'.join(reason.split(':')[:2])})"


def figures(raw: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Each row of the issue's table, from the medians of the runs."""
    med = lambda name, key="seconds": _median(raw, name, key)  # noqa: E731
    rows: list[dict[str, Any]] = []
    ours, floor, peer = med("import_ours"), med("import_floor"), med("import_peer")
    ours_mib, floor_mib = med("import_ours", "peak_mib"), med("import_floor", "peak_mib")
    if ours is not None and floor is not None:
        ratio = ours / floor
        ours_cpu, floor_cpu = med("import_ours", "cpu_seconds"), med("import_floor", "cpu_seconds")
        cpu = (f" (CPU {ours_cpu:.1f} s ÷ {floor_cpu:.1f} s = {ours_cpu / floor_cpu:.2f}×)"
               if ours_cpu and floor_cpu else "")
        rows.append(_row("import of the 100k-activity workbook into an empty database", f"{ours:.1f} s, "
                         f"{ours_mib:.0f} MiB", f"floor, the same work (calamine reads the three sheets, sqlite3 "
                         f"writes versions, records, search index): {floor:.1f} s, {floor_mib:.0f} MiB",
                         f"{ratio:.2f}×{cpu}", "≤ 1.4× the floor; ≤ 1000 MiB (issue 18)",
                         ratio <= 1.4 and ours_mib <= 1000))
    if ours is not None and peer is not None:
        rows.append(_row("same", f"{ours:.1f} s", f"peer (pandas + openpyxl, to_sql): {peer:.1f} s",
                         f"peer ÷ ours = {peer / ours:.2f}", "at least 3× faster than the peer", peer / ours >= 3.0))
    for name, what, target, limit in (
        ("reimport_same", "import of the same file again", "≤ 0.2×", 0.2),
        ("reimport_reexport", "import of a different file with the same content (a coordinator's re-export)",
         "≤ 0.5×", 0.5),
        ("import_coordinator", "coordinator: 20 field workbooks imported in one go", "≤ 1.3×", 1.3),
    ):
        value = med(name)
        if value is not None and ours is not None:
            compared = "our single 100k import" if name == "import_coordinator" else "our first import"
            rows.append(_row(what, f"{value:.1f} s", f"{compared}: {ours:.1f} s", f"{value / ours:.2f}×", target,
                             value / ours <= limit))
    export, export_floor = med("export_ours"), med("export_floor")
    if export is not None and export_floor is not None:
        mib, floor_mib = med("export_ours", "peak_mib"), med("export_floor", "peak_mib")
        ratio = export / export_floor
        rows.append(_row("export of the 100k activities as a sync workbook (hidden sheets included)",
                         f"{export:.1f} s, {mib:.0f} MiB",
                         f"floor (xlsxwriter constant memory, visible cells): {export_floor:.1f} s, "
                         f"{floor_mib:.0f} MiB",
                         f"{ratio:.2f}×", "≤ 2.0× the floor; ≤ 300 MiB", ratio <= 2.0 and mib <= 300))
    window_failed = _failures(raw, "window")
    if window_failed and not any("error" not in r for r in raw["window"]):
        for figure, target in (("window with 100k activities: start to first painted rows", "≤ 1.0 s"),
                               ("search while typing over 100k activities", "≤ 50 ms"),
                               ("jump to the last row", "≤ 150 ms"), ("sort by a column", "≤ 150 ms")):
            rows.append(_row(figure, window_failed, "—", "—", target, False))
    elif raw.get("window"):
        runs = [r for r in raw["window"] if "error" not in r]
        start = statistics.median(r["start_seconds"] for r in runs)
        keystroke = statistics.median(statistics.median(r["keystroke_seconds"]) for r in runs)
        worst_key = statistics.median(max(r["keystroke_seconds"]) for r in runs)
        jump = statistics.median(r["jump_seconds"] for r in runs)
        sort = statistics.median(r["sort_seconds"] for r in runs)
        mib = statistics.median(r["peak_mib"] for r in runs)
        rows.append(_row("window with 100k activities: start to first painted rows", f"{start:.2f} s ({mib:.0f} MiB)",
                         "—", "—", "≤ 1.0 s", start <= 1.0))
        rows.append(_row("search while typing over 100k activities", f"{keystroke * 1000:.0f} ms per keystroke "
                         f"(slowest {worst_key * 1000:.0f} ms)", "—", "—", "≤ 50 ms", keystroke <= 0.05))
        rows.append(_row("jump to the last row", f"{jump * 1000:.0f} ms", "—", "—", "≤ 150 ms", jump <= 0.15))
        rows.append(_row("sort by a column", f"{sort * 1000:.0f} ms", "—", "—", "≤ 150 ms", sort <= 0.15))
    for name, results in raw.items():  # a case that never finished still gets its line
        if name != "window" and results and all("error" in r for r in results):
            rows.append(_row(name, _failures(raw, name), "—", "—", "—", False))
    return rows


def _row(figure: str, ours: str, compared: str, ratio: str, target: str, met: bool) -> dict[str, Any]:
    return {"figure": figure, "ours": ours, "compared with": compared, "ratio": ratio, "target": target,
            "met": "yes" if met else "**no**"}


def machine() -> dict[str, str]:
    cpu = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "?"
    with open("/proc/meminfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
                break
    return {"cpu": cpu, "cores": str(os.cpu_count()), "ram": ram, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "system": f"{platform.system()} {platform.release()}"}


def table(rows: list[dict[str, Any]], info: dict[str, Any]) -> str:
    columns = ("figure", "ours", "compared with", "ratio", "target", "met")
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(r[c]) for c in columns) + " |" for r in rows]
    m = info["machine"]
    lines += ["", f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; {m['system']}; Python {m['python']}, "
              f"SQLite {m['sqlite']}. Scale {info['scale']:g} ({info['records']}), seed {info['seed']}; "
              f"medians ({info['runs_text']}), each run a fresh process (peak memory = its ru_maxrss); "
              f"measured {info['date']}."]
    return "\n".join(lines) + "\n"


def earlier_runs(scale: Scale) -> tuple[dict[str, list[dict[str, Any]]], bool]:
    """The runs in results.json of this scale, and whether the app's code is still the same."""
    previous = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    if previous.get("info", {}).get("scale") != scale.factor:
        return {}, False
    return previous["runs"], previous["info"].get("code") == code_stamp()


def write_results(raw: dict[str, list[dict[str, Any]]], scale: Scale, readme: bool,
                  earlier: tuple[dict[str, list[dict[str, Any]]], bool] | None = None,
                  measured: str | None = None) -> str:
    """The tables and results.json; with `earlier`, the runs measured before are kept (and, if the
    code is the same, runs of the cases measured again add up)."""
    code = code_stamp()
    if earlier is not None:
        runs_before, same_code = earlier
        raw = {**runs_before, **{name: (runs_before.get(name, []) if same_code else []) + runs
                                 for name, runs in raw.items()}}
    manifest = json.loads((DATA / scale.key / "manifest.json").read_text())
    runs = sorted({len(v) for v in raw.values() if v})
    per_case = ", ".join(f"{name} {len(v)}" for name, v in raw.items() if v)
    info = {"scale": scale.factor, "seed": scale.seed, "machine": machine(), "code": code,
            "date": measured or time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "records": ", ".join(f"{n:,} {PLURALS.get(k, k)}" for k, n in manifest["records"].items()),
            "runs_text": f"runs per case: {per_case}"}
    rows = figures(raw)
    text = table(rows, info)
    RESULTS_JSON.write_text(json.dumps({"info": info, "figures": rows, "runs": raw}, indent=1,
                                       ensure_ascii=False) + "\n")
    RESULTS_MD.write_text("# Speed at 100,000 records (issue 6)\n\nMade by `.venv/bin/python -m benchmarks.run "
                          f"--scale {scale.factor:g} --runs {max(runs) if runs else 0}`; raw runs in "
                          "results.json.\n\n" + text)
    if readme:
        replace_readme_block(text)
    return text


def replace_readme_block(text: str) -> None:
    content = README.read_text(encoding="utf-8")
    if BEGIN not in content or END not in content:
        raise SystemExit(f"README.md has no {BEGIN} ... {END} block to replace")
    head, rest = content.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    README.write_text(f"{head}{BEGIN}\n{text}{END}{tail}", encoding="utf-8")


def profile(scale: Scale, figure: str, say: Callable[[str], None]) -> Path:
    """One run of one case with the profiler around its timed part; saved under benchmarks/profiles/."""
    chosen = next((c for c in CASES if c.name == figure), None)
    if chosen is None:
        raise SystemExit(f"no figure '{figure}'; choose one of: {', '.join(c.name for c in CASES)}")
    data = ensure(scale)
    target = PROFILES / f"{figure}-{scale.key}"
    with tempfile.TemporaryDirectory(prefix="mouliaison-bench-", dir=DATA) as temp:
        work = Path(temp)
        env = environment(work / "config")
        prepare(data, work, {chosen.group}, env, say)
        scratch = work / "scratch"
        scratch.mkdir()
        env["MOULIAISON_BENCH_PROFILE"] = str(target)
        result = child(chosen.function, chosen.setup(data, scratch), env)
    say(f"{figure}: {_brief(result)}; profile in {target}.txt and .html")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 100,000 activities (default); 0.1 = 10,000")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--runs", type=int, default=5, help="runs of each case (default 5); the median is shown")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"groups, comma-separated: {', '.join(GROUPS)}")
    parser.add_argument("--readme", action="store_true", help="also replace the speed table in README.md")
    parser.add_argument("--profile", metavar="FIGURE", help="profile one case instead: "
                        + ", ".join(c.name for c in CASES))
    parser.add_argument("--merge", action="store_true",
                        help="keep the runs in results.json: other cases' as they are, and this case's too "
                        "if the app's code has not changed since (the runs add up)")
    parser.add_argument("--from-json", action="store_true", help="rebuild the tables from results.json, run nothing")
    args = parser.parse_args(argv)
    scale = Scale(args.scale, args.seed)
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    if args.profile:
        profile(scale, args.profile, say)
        return 0
    if args.from_json:
        saved = json.loads(RESULTS_JSON.read_text())
        scale = Scale(saved["info"]["scale"], saved["info"]["seed"])
        print(write_results(saved["runs"], scale, args.readme, measured=saved["info"]["date"]))
        return 0
    groups = {g.strip() for g in args.only.split(",") if g.strip()}
    unknown = groups - set(GROUPS)
    if unknown:
        raise SystemExit(f"unknown group {', '.join(sorted(unknown))}; choose from {', '.join(GROUPS)}")
    earlier = earlier_runs(scale) if args.merge else None
    raw = measure(scale, args.runs, groups, say, lambda so_far: write_results(so_far, scale, False, earlier))
    print(write_results(raw, scale, args.readme, earlier))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
