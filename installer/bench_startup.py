"""Benchmark of the built files: their sizes, and how long the built window takes to appear.

    python installer/bench_startup.py [--runs 7] [--x11] [--compare-source]

- Sizes: the one-folder build dist/mouliaison (target < 170 MiB), its largest parts, and every
  package in dist/ (.deb, .tar.gz, Windows installer).
- Start-up: the built `mouliaison` is launched on a database (created beforehand, so no run
  pays for creating it) with $MOULIAISON_EXIT_AFTER_FIRST_PAINT set: the window prints the wall
  clock once its first frame is painted, and quits. The time from launch to that print is the
  start-up a person waits for (target < 1 s). One warm-up run is not counted; the median of
  --runs is reported, with the spread and the machine's load (other work on the machine slows
  every figure). Offscreen by default; --x11 draws on a real X server (Xvfb, xcb platform).
- --compare-source also times `python -m mouliaison` from this checkout, for the ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from smoke_test import clean_environment  # installer/, this script's folder

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
TARGET_SECONDS = 1.0
TARGET_MIB = 170


def mib(size: int) -> str:
    return f"{size / 2**20:7.1f} MiB"


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def report_sizes(folder: Path) -> int:
    total = tree_size(folder)
    verdict = "under" if total < TARGET_MIB * 2**20 else "OVER"
    shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"one-folder build {shown}: {mib(total)} ({verdict} the {TARGET_MIB} MiB target)")
    opened = [folder / "_internal", folder / "_internal" / "PySide6", folder / "_internal" / "PySide6" / "Qt"]
    parts = [folder, *opened]
    parts = [child for parent in parts if parent.is_dir() for child in parent.iterdir()]
    parts = [part for part in parts if part not in opened and not part.is_symlink()]
    for part in sorted(parts, key=tree_size, reverse=True)[:10]:
        print(f"  {mib(tree_size(part))}  {part.relative_to(folder)}")
    for package in sorted([*DIST.glob("*.deb"), *DIST.glob("*.tar.gz"), *DIST.glob("*-setup.exe")]):
        print(f"package {package.name}: {mib(package.stat().st_size)}")
    return total


def load() -> str:
    try:
        return " ".join(f"{value:.1f}" for value in os.getloadavg()) + f" on {os.cpu_count()} cores"
    except (OSError, AttributeError):  # Windows has no load average
        return "unknown"


def children_cpu_seconds() -> float:
    """User + system CPU time of the finished child processes so far (0 where unknown: Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_first_paint(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to the first painted frame, seconds to exit, CPU seconds) for one launch of `command`."""
    cpu_before = children_cpu_seconds()
    launched = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    exited = time.time() - launched
    cpu = children_cpu_seconds() - cpu_before
    for line in done.stdout.splitlines():
        if line.startswith("first paint at "):
            return float(line.removeprefix("first paint at ")) - launched, exited, cpu
    raise SystemExit(f"no first paint from {' '.join(command)} (exit {done.returncode}):\n{done.stderr[-2000:]}")


def bench(candidates: list[tuple[str, list[str], dict[str, str]]], runs: int) -> list[float]:
    """Median time to first paint of each (name, command, env), their runs interleaved so that
    a change in the machine's load falls on all of them alike."""
    for _, command, env in candidates:
        time_to_first_paint(command, env)  # warm-up: files into the page cache, as on any second start
    results: list[list[tuple[float, float, float]]] = [[] for _ in candidates]
    for _ in range(runs):
        for result, (_, command, env) in zip(results, candidates, strict=True):
            result.append(time_to_first_paint(command, env))
    medians = []
    for (name, _, _), result in zip(candidates, results, strict=True):
        paints, exits, cpus = zip(*result, strict=True)
        median = statistics.median(paints)
        medians.append(median)
        verdict = "under" if median < TARGET_SECONDS else "OVER"
        print(f"{name}: first paint median {median:.3f} s over {runs} runs (min {min(paints):.3f}, "
              f"max {max(paints):.3f}) — {verdict} the {TARGET_SECONDS:g} s target")
        # CPU time hardly depends on what else the machine runs; on an idle machine the wall time
        # to exit comes close to it.
        print(f"  exit median {statistics.median(exits):.3f} s; CPU (user+system, whole run) median "
              f"{statistics.median(cpus):.3f} s")
    return medians


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb on a free display (-displayfd: it picks one and writes its number back)."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("--x11 needs Xvfb: apt-get install xvfb")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as reply:
        number = reply.readline().strip()
    if not number:
        server.kill()
        raise SystemExit("Xvfb did not start")
    return server, f":{number}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sizes and start-up time of the built mouliaison.")
    parser.add_argument("--folder", type=Path, default=DIST / "mouliaison", help="the one-folder build")
    parser.add_argument("--runs", type=int, default=7, help="timed launches (at least 5)")
    parser.add_argument("--x11", action="store_true", help="a real X server (Xvfb) instead of offscreen")
    parser.add_argument("--compare-source", action="store_true", help="also time python -m mouliaison")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs: at least 5, for a median worth quoting")
    suffix = ".exe" if sys.platform == "win32" else ""
    cli = args.folder / f"mouliaison-cli{suffix}"
    # The same program; on Windows the windowed one has no standard output to report the paint on.
    window = cli if sys.platform == "win32" else args.folder / f"mouliaison{suffix}"
    if not window.exists():
        raise SystemExit(f"{window} does not exist: run python installer/build.py first")

    args.folder = args.folder.resolve()  # --folder dist/mouliaison from any working directory
    report_sizes(args.folder)
    print(f"load average before: {load()}")
    server = None
    with tempfile.TemporaryDirectory(prefix="mouliaison-bench-") as scratch:
        env = clean_environment(os.environ)  # QT_QPA_FONTDIR kept: offscreen Qt on Windows needs it
        env.update(MOULIAISON_CONFIG_DIR=f"{scratch}/config", MOULIAISON_LANG="en", HOME=scratch,
                   XDG_CONFIG_HOME=f"{scratch}/config-qt", MOULIAISON_EXIT_AFTER_FIRST_PAINT="1",
                   QT_QPA_PLATFORM="offscreen")
        if args.x11:
            server, display = start_xvfb()
            env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
        database = f"{scratch}/office.sqlite3"
        subprocess.run([str(cli), "--db", database, "init", "--office", "IOM Nairobi", "--party", "IOM"],
                       env=env, check=True, capture_output=True)
        platform = env["QT_QPA_PLATFORM"]
        try:
            candidates = [(f"built window ({platform})", [str(window), "--db", database], env)]
            if args.compare_source:
                # bytecode cached, as after pip install (the warm-up run writes it)
                source_env = {key: value for key, value in env.items() if key != "PYTHONDONTWRITEBYTECODE"}
                candidates.append((f"python -m mouliaison ({platform})",
                                   [sys.executable, "-m", "mouliaison", "--db", database], source_env))
            medians = bench(candidates, args.runs)
            if args.compare_source:
                print(f"built / source: {medians[0] / medians[1]:.2f} (first paint medians, runs interleaved)")
            cli_times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                subprocess.run([str(cli), "--version"], env=env, check=True, capture_output=True)
                cli_times.append(time.perf_counter() - started)
            print(f"built mouliaison-cli --version: median {statistics.median(cli_times):.3f} s over {args.runs} runs")
        finally:
            if server is not None:
                server.kill()
    print(f"load average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
