"""What an import of plain sheets leaves in a database, as text: a check that a faster import
writes the very same content.

    python -m benchmarks.plain_dump OUT.txt [SHEET.xlsx ...]

Imports the sheets one after the other (each its own import, as next month's copy of a tracker
comes) into a fresh database, then writes every table's rows, sorted, and each search index's
words with the number of records holding each (fts5vocab: the index's content, whatever the
layout of its segments). Without sheets it imports its own: `sheets()` writes a first tracker,
a copy sent again later with edits, a rejected cell, a total row, rows sharing a key, and a
copy older than the first. Run it before and after a change, then `diff` the two outputs: any
difference is a change of behaviour.

Times of day that differ between two runs (when a version or a file was received) are masked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

from benchmarks.plain_sheet import COUNTRIES, HEADERS, STATUSES, WORDS
from benchmarks.run import child, environment

MASKED = {"received_at", "imported_at", "last_seen"}  # when, on this machine: differs run to run


def dump(db: Path) -> str:
    """Every table's rows (sorted, masked columns left out) and every search index's vocabulary."""
    connection = sqlite3.connect(db)
    lines: list[str] = []
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        columns = [c[1] for c in connection.execute(f"PRAGMA table_info({table})") if c[1] not in MASKED]
        rows = sorted(json.dumps(list(r), ensure_ascii=False) for r in connection.execute(
            f"SELECT {', '.join(f'{c!r}' for c in columns)} FROM {table}"))
        lines.append(f"== {table} ({len(rows)} rows): {', '.join(columns)}")
        lines += rows
    indexes = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' "
        "ORDER BY name")]
    for index in indexes:
        connection.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")  # raises if damaged
        connection.execute(f"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, {index}, 'row')")
        vocabulary = connection.execute("SELECT term, doc FROM temp.vocab ORDER BY term")
        words = [f"{term} {docs}" for term, docs in vocabulary]
        connection.execute("DROP TABLE temp.vocab")
        lines.append(f"== index {index} ({len(words)} words)")
        lines += words
    connection.close()
    return "\n".join(lines) + "\n"


def sheets(folder: Path, rows: int = 2000) -> list[Path]:
    """A tracker, then later copies: edited, with problems; and an older copy arriving last."""
    first = _tracker(folder / "tracker-1.xlsx", rows, edits=False, saved=dt.datetime(2026, 3, 1, 9))
    second = _tracker(folder / "tracker-2.xlsx", rows, edits=True, saved=dt.datetime(2026, 4, 1, 9))
    older = _tracker(folder / "tracker-0.xlsx", rows // 2, edits=True, saved=dt.datetime(2026, 2, 1, 9))
    return [first, second, first, older]


def _tracker(path: Path, rows: int, *, edits: bool, saved: dt.datetime) -> Path:
    import xlsxwriter

    rng = random.Random(12)  # the same rows in every copy; the edits do not draw from it
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"created": saved})
    sheet = book.add_worksheet("Activities")
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_string(0, 0, "IOM East Africa – joint activities tracker")
    sheet.write_row(2, 0, HEADERS)
    start = dt.date(2024, 1, 1)
    r = 3
    for n in range(rows):
        begin = start + dt.timedelta(days=rng.randrange(900))
        title = f"{' '.join(rng.choice(WORDS) for _ in range(4)).capitalize()} #{n + 1}"
        description = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(8, 30)))
        status = rng.choice(STATUSES)
        lead = rng.choice(["IOM", "WCO"])
        country = rng.choice(COUNTRIES)
        end: object = dt.datetime.combine(begin + dt.timedelta(days=rng.randrange(1, 5)), dt.time())
        women: object = rng.randrange(40)
        if edits and n % 7 == 0:
            status = STATUSES[(n // 7) % len(STATUSES)]  # a later status
        if edits and n % 11 == 0:
            description = "  Révisé :  " + description.upper() + "\u00a0"  # spaces, accents, NFC
        if edits and n % 13 == 0:
            end = None  # a cell emptied
        if edits and n % 17 == 0:
            title = title.replace("#", "No. ")  # another key: a new record
        if edits and n % 19 == 0:
            women = "twelve"  # refused
        if edits and n % 23 == 0:
            lead = "UNHCR"  # a party not held here
        if edits and n % 29 == 0:
            country = "Kenya; Uganda"
        if edits and n % 31 == 0:
            end = "6 juillet 2026"
        if edits and n % 37 == 0:
            description = "bell\x07" + description  # a control character
        sheet.write_number(r, 0, n + 1)
        sheet.write_string(r, 1, title)
        sheet.write_string(r, 2, description)
        sheet.write_string(r, 3, country)
        sheet.write_datetime(r, 4, dt.datetime.combine(begin, dt.time()), dates)
        if isinstance(end, dt.datetime):
            sheet.write_datetime(r, 5, end, dates)
        elif end is not None:
            sheet.write_string(r, 5, str(end))
        sheet.write_string(r, 6, status)
        sheet.write_string(r, 7, lead)
        sheet.write(r, 8, women)
        sheet.write_number(r, 9, rng.randrange(40))
        r += 1
        if edits and n == rows // 2:  # the same key twice
            sheet.write_row(r, 0, [n + 1, title, "a copy", country])
            sheet.write_datetime(r, 4, dt.datetime.combine(begin, dt.time()), dates)
            r += 1
    if edits:
        sheet.write_row(r, 0, [None, "Total", None, None, None, None, None, None, 999, 999])
    book.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.plain_dump", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="where the dump is written")
    parser.add_argument("sheets", type=Path, nargs="*", help="sheets to import in turn (default: its own)")
    args = parser.parse_args(argv)
    out, files = args.out, [p.resolve() for p in args.sheets]
    with tempfile.TemporaryDirectory(prefix="mouliaison-plain-dump-") as folder:
        work = Path(folder)
        files = files or sheets(work)
        env = environment(work / "config")
        db = work / "db.sqlite3"
        child("make_empty", {"db": str(db)}, env)
        for file in files:
            result = child("import_ours", {"db": str(db), "files": [str(file)]}, env)
            print(f"{file.name}: {result.get('counts')}", file=sys.stderr)
        out.write_text(dump(db).replace(str(work), "<work>"))  # the reports name the files
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
