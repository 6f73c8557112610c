"""The file check's scan of worksheet XML, alone, per record: does it stay linear (issue 18)?

    python -m benchmarks.sheet_scan [--scales 1,10] [--runs 3]

For each scale, the activities workbook (benchmarks/generate.py) goes through the file check
(`check_incoming_file`) `--runs` times in this process; the CPU time (process_time) spent in
`SheetScanner.feed` and `finish` is summed per run, beside the whole check's. Printed per scale:
the medians, and per 100,000 activities; then each larger scale's scan cost per record against
the first's. Nothing is written: the check only reads the file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from mouliaison.sync import sheet_xml
from mouliaison.sync.file_checks import check_incoming_file

DATA = Path(__file__).parent / ".data"


def timed_scanner() -> list[float]:
    """Wrap the scanner's methods so that the CPU time spent in them adds up in the list's one item."""
    spent = [0.0]
    scanner = sheet_xml.SheetScanner
    for name in ("feed", "finish"):
        method = getattr(scanner, name)

        def wrapped(self: Any, *args: Any, _method: Any = method) -> Any:
            start = time.process_time()
            try:
                return _method(self, *args)
            finally:
                spent[0] += time.process_time() - start

        setattr(scanner, name, wrapped)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10", help="scales of the generated data, comma-separated")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    spent = timed_scanner()
    first: float | None = None
    for scale in args.scales.split(","):
        folder = DATA / f"scale-{scale}-seed-{args.seed}"
        activities = json.loads((folder / "manifest.json").read_text())["records"]["activity"]
        scans, checks = [], []
        for _ in range(args.runs):
            spent[0] = 0.0
            start = time.process_time()
            checked = check_incoming_file(folder / "activities.xlsx")
            checks.append(time.process_time() - start)
            scans.append(spent[0])
        scan, check = statistics.median(scans), statistics.median(checks)
        per = scan / activities * 100_000
        first = per if first is None else first
        safe = sorted(part for part, facts in checked.sheets.items() if facts.calamine_safe)
        print(f"scale {scale} ({activities:,} activities): scan {scan:.2f} s (runs "
              f"{', '.join(f'{s:.2f}' for s in scans)}), {per:.2f} s per 100k ({per / first:.2f}× the first); "
              f"whole check {check:.2f} s ({check / activities * 100_000:.2f} s per 100k); cleared for calamine: "
              f"{', '.join(safe)}", flush=True)


if __name__ == "__main__":
    main()
