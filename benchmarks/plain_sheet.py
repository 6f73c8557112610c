"""A coordinator's plain tracker of 100,000 activities: our import against its floor and its peer.

    python -m benchmarks.plain_sheet [--rows 100000] [--runs 5]

The sheet is what a field office keeps (no hidden sheets): a title row, the header in row 3 in
a person's words, then rows with a title, a description, dates as real dates, a country and
a status by label, IOM or WCO as the lead party, a participant count. Each case runs in a fresh
process (benchmarks.cases), so each peak memory is its own; the figures are medians.

- ours: services.exchange.import_workbooks into an empty database (the mapping, the row
  identity, values read as people write them, versions, current state, search index);
- floor, the same work written plainly: python-calamine reads the sheet; each row's values are
  converted (text cleaned as ours is: NFC, single spaces; dates to ISO, labels to codes, the
  party's name to its id) and turned into a version (JSON), a record row with its search text
  (the same words as ours: title, description, the party's code, each choice's code and label,
  the dates, the counts), and its search-index entry; sqlite3 executemany writes them in one
  transaction into a copy of the same empty database (the same tables, indexes and FTS5 index).
  It does not check the file's safety, validate values (lengths, control characters, date
  range), nor write the import's report, as ours does;
- peer: pandas.read_excel (openpyxl) then DataFrame.to_sql, far less work.

Target (issue 12): ours ≤ 1.5× the floor, and faster than the peer. Not met: on 2026-12-06
at 20:33 UTC (load 3.8 to 5.2 on 2 cores; CPU time, user + sys of the timed part, is the figure
to follow), medians of 3 interleaved runs: CPU ours 12.5 s, floor 7.0 s, peer 12.2 s (1.79×;
main before that round 13.9 s, 1.94×). benchmarks/results.md keeps each round's figures.
`python -m benchmarks.plain_dump` shows the database unchanged by a round of work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.run import child, environment

DATA = Path(__file__).parent / ".data"
HEADERS = ["No.", "Activity title", "Description", "Country", "Start date", "End date", "Status", "Lead party",
           "Participants (women)", "Participants (men)"]
COUNTRIES = ["Kenya", "Uganda", "United Republic of Tanzania", "Rwanda", "Burundi", "Ethiopia", "Somalia",
             "South Sudan", "Djibouti", "Eritrea"]
STATUSES = ["Planned", "Ongoing", "Completed", "Cancelled"]
WORDS = ["border", "coordinated", "management", "joint", "training", "customs", "migration", "risk", "assessment",
         "one", "stop", "post", "namanga", "busia", "malaba", "workshop", "officers", "data", "exchange",
         "trafficking", "smuggling", "corridor"]


def generate(path: Path, rows: int, seed: int = 12) -> None:
    """The tracker, written by xlsxwriter in constant memory (as Excel would lay it out)."""
    import xlsxwriter

    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Activities")
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_string(0, 0, "IOM East Africa – joint activities tracker")
    sheet.write_row(2, 0, HEADERS)
    start = dt.date(2024, 1, 1)
    for n in range(rows):
        r = n + 3
        begin = start + dt.timedelta(days=rng.randrange(900))
        sheet.write_number(r, 0, n + 1)
        sheet.write_string(r, 1, f"{' '.join(rng.choice(WORDS) for _ in range(4)).capitalize()} #{n + 1}")
        sheet.write_string(r, 2, " ".join(rng.choice(WORDS) for _ in range(rng.randrange(8, 30))))
        sheet.write_string(r, 3, rng.choice(COUNTRIES))
        sheet.write_datetime(r, 4, dt.datetime.combine(begin, dt.time()), dates)
        sheet.write_datetime(r, 5, dt.datetime.combine(begin + dt.timedelta(days=rng.randrange(1, 5)), dt.time()),
                             dates)
        sheet.write_string(r, 6, rng.choice(STATUSES))
        sheet.write_string(r, 7, rng.choice(["IOM", "WCO"]))
        sheet.write_number(r, 8, rng.randrange(40))
        sheet.write_number(r, 9, rng.randrange(40))
    book.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    sheet = DATA / f"plain-activities-{args.rows}.xlsx"
    if not sheet.exists():
        print(f"writing {sheet.name} ({args.rows:,} rows)", file=sys.stderr)
        generate(sheet, args.rows)
    with tempfile.TemporaryDirectory(prefix="mouliaison-plain-bench-") as folder:
        work = Path(folder)
        env = environment(work / "config")
        child("make_empty", {"db": str(work / "empty.sqlite3")}, env)
        raw: dict[str, list[dict[str, Any]]] = {"ours": [], "floor": [], "peer": []}
        for run in range(args.runs):
            for name in raw:  # interleaved, so a slower minute of the machine touches every case alike
                db = work / f"{name}-{run}.sqlite3"
                if name != "peer":
                    shutil.copyfile(work / "empty.sqlite3", db)
                arguments: dict[str, Any] = {"db": str(db)}
                if name == "ours":
                    result = child("import_ours", {**arguments, "files": [str(sheet)]}, env)
                else:
                    result = child(f"plain_{name}", {**arguments, "workbook": str(sheet)}, env)
                raw[name].append(result)
                print(f"run {run + 1} {name}: {result['seconds']:.2f} s, {result['peak_mib']:.0f} MiB "
                      f"{result.get('counts') or result.get('rows')}", file=sys.stderr)
                db.unlink(missing_ok=True)
    read = [r.get("counts", {}).get("inserted", 0) for r in raw["ours"]]
    if any(n != args.rows for n in read):
        print(f"  NOTE: our import inserted {read} of {args.rows:,} rows: the figures compare unequal work")
    med = {name: statistics.median(r["seconds"] for r in results) for name, results in raw.items()}
    mib = {name: statistics.median(r["peak_mib"] for r in results) for name, results in raw.items()}
    cpu = {name: statistics.median(r["cpu_seconds"] for r in results) for name, results in raw.items()}
    print(f"plain sheet of {args.rows:,} activities, median of {args.runs} runs each:")
    for name in raw:
        print(f"  {name:5}  {med[name]:6.2f} s  CPU {cpu[name]:6.2f} s  {mib[name]:6.0f} MiB")
    print(f"  CPU: ours / floor = {cpu['ours'] / cpu['floor']:.2f}×")
    print(f"  ours / floor = {med['ours'] / med['floor']:.2f}× (target ≤ 1.5×); "
          f"peer / ours = {med['peer'] / med['ours']:.2f} (target > 1)")
    (DATA / f"plain-results-{args.rows}.json").write_text(json.dumps(raw, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
