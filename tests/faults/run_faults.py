"""The fault suite (issue 17 #3, issue 19): thousands of seeded hostile inputs, and the outcome of each.

    PYTHONPATH=. python tests/faults/run_faults.py [--per-kind N] [--seed S] [--kinds bytes,xml,...]

Kinds:
  bytes      random bytes of a valid export changed (1, 2 or 8 of them)
  xml        one XML edit inside a sound zip (CRCs made again): an element cut, doubled or renamed,
             an attribute value replaced, a part cut short
  forged     every field of the hidden `_meta`, `_versions` and `_base` sheets replaced by odd values,
             the content hash recomputed as a forger would
  kill       kill -9 at a random moment of an export, then of an import
  lock       a command against a database another process holds open
  truncated  a database file cut short, opened by a command

The only acceptable outcomes: a clear refusal (exit 1 for a command) with nothing written, or a
correct import. Anything else -- a traceback, a refusal that wrote something, an empty message, a
partial file left, a database failing its check after a kill -- is listed, and the exit code is 1.
tests/faults/test_fault_suite.py runs a bounded number of each in the test run.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

KINDS = ("bytes", "xml", "forged", "kill", "lock", "truncated")
ODD_VALUES = ("", "x", "-1", "9" * 30, "[]", "{}", '{"a": [1]}', "null", "NaN", "_x0007_", "é" * 300,
              "00000000-0000-0000-0000-000000000000")


class Suite:
    """One run: a template database, a valid export, and the outcomes counted per kind."""

    def __init__(self, folder: Path, seed: int) -> None:
        from mouliaison.services import exchange, records
        from mouliaison.services.database import open_database

        self.folder = folder
        self.rng = random.Random(seed)
        self.outcomes: dict[str, Counter[str]] = {}
        self.failures: list[str] = []
        self.template = folder / "template.sqlite3"
        open_database(self.template).close()
        source = folder / "source.sqlite3"
        shutil.copyfile(self.template, source)
        with open_database(source) as db:
            for n in range(8):
                records.add_record(db, "activity", {"title": f"Joint patrol {n}", "status": "planned",
                                                    "description": "Namanga one-stop border post " * 3})
            records.add_record(db, "contact", {"full_name": "Amina Yusuf", "phone": "0722 000 111"})
            self.valid = folder / "valid.xlsx"
            exchange.export_workbook(db, self.valid)
        self.source = source
        self.count = 0

    # --- importing one hostile file ------------------------------------------------------------

    def import_one(self, kind: str, data: bytes, label: str) -> None:
        from mouliaison.services import exchange
        from mouliaison.services.database import open_database
        from mouliaison.services.dump import dump_state

        self.count += 1
        path = self.folder / f"case-{self.count}.xlsx"
        path.write_bytes(data)
        target = self.folder / f"case-{self.count}.sqlite3"
        shutil.copyfile(self.template, target)
        counts = self.outcomes.setdefault(kind, Counter())
        try:
            with open_database(target) as db:
                before = dump_state(db)
                result = exchange.import_workbooks(db, [path], trust_new_keys=True)
                if result.refused:
                    if dump_state(db) != before:
                        self._fail(kind, label, "refused but wrote something")
                    elif not all(message.strip() for _file, message in result.refused):
                        self._fail(kind, label, "refused with an empty message")
                    else:
                        counts["refused"] += 1
                else:
                    counts["imported"] += 1
        except Exception:
            self._fail(kind, label, "traceback:\n" + traceback.format_exc(limit=6))
        finally:
            path.unlink(missing_ok=True)
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(str(target) + suffix).unlink(missing_ok=True)

    def _fail(self, kind: str, label: str, what: str) -> None:
        self.outcomes.setdefault(kind, Counter())["FAILED"] += 1
        self.failures.append(f"{kind} {label}: {what}")

    # --- the kinds -----------------------------------------------------------------------------

    def random_bytes(self, count: int) -> None:
        source = self.valid.read_bytes()
        for n in range(count):
            data = bytearray(source)
            for _ in range(self.rng.choice((1, 1, 2, 8))):
                data[self.rng.randrange(len(data))] = self.rng.randrange(256)
            self.import_one("bytes", bytes(data), f"#{n}")

    def xml_edits(self, count: int) -> None:
        with zipfile.ZipFile(self.valid) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        xml_parts = [name for name in parts if name.endswith((".xml", ".rels"))]
        for n in range(count):
            name = self.rng.choice(xml_parts)
            edited, how = self._edit_xml(parts[name])
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
                for part, data in parts.items():
                    target.writestr(part, edited if part == name else data)
            self.import_one("xml", buffer.getvalue(), f"#{n} {name}: {how}")

    def _edit_xml(self, data: bytes) -> tuple[bytes, str]:
        rng = self.rng
        starts = [i for i in range(len(data)) if data[i : i + 1] == b"<" and data[i + 1 : i + 2] not in (b"/", b"?")]
        if not starts:
            return data[: len(data) // 2], "cut short"
        at = rng.choice(starts)
        end = data.find(b">", at)
        how = rng.choice(("cut", "double", "rename", "attribute", "short"))
        if how == "cut":
            close = data.find(b"<", end)
            return data[:at] + data[close if close > 0 else end + 1 :], "element start cut"
        if how == "double":
            return data[: end + 1] + data[at : end + 1] + data[end + 1 :], "element start doubled"
        if how == "rename":
            return data[: at + 1] + b"q" + data[at + 2 :], "element renamed"
        if how == "attribute":
            quote = data.find(b'"', at, end)
            if quote < 0:
                return data[: at + 1] + b"q" + data[at + 2 :], "element renamed"
            close = data.find(b'"', quote + 1)
            value = rng.choice((b"", b"-1", b"99999999", b"ZZZZ1", b"&amp;", b"A0"))
            return data[: quote + 1] + value + data[close:], f"attribute set to {value!r}"
        return data[: rng.randrange(1, len(data))], "part cut short"

    def forged_fields(self, count: int) -> None:
        """Hidden-sheet cells replaced by odd values, the hash recomputed: every cell and value when
        `count` reaches their number, else a seeded sample."""
        import openpyxl

        from mouliaison.sync import workbook_format as fmt
        from tests.sync.test_damaged_bytes import _recompute_hash

        book = openpyxl.load_workbook(self.valid)
        cells = [(sheet, row, col) for sheet in (fmt.META_SHEET, fmt.VERSIONS_SHEET, fmt.BASE_SHEET)
                 if sheet in book.sheetnames
                 for row in range(1, book[sheet].max_row + 1) for col in range(1, book[sheet].max_column + 1)
                 if book[sheet].cell(row, col).value not in (None, "") and
                 (sheet, book[sheet].cell(row, 1).value) != (fmt.META_SHEET, "content_sha256")]
        cases = [(cell, value) for cell in cells for value in ODD_VALUES]
        cases = self.rng.sample(cases, min(count, len(cases)))
        for (sheet, row, col), value in cases:
            book = openpyxl.load_workbook(self.valid)
            cell = book[sheet].cell(row, col)
            cell.value = value or None
            cell.data_type = "s"
            _recompute_hash(book)
            buffer = io.BytesIO()
            book.save(buffer)
            self.import_one("forged", buffer.getvalue(), f"{sheet}!{cell.coordinate} = {value[:20]!r}")

    def kills(self, count: int) -> None:
        """kill -9 at random moments of an export, then of an import: no partial file stays after
        the next export; the database passes its checks and holds all of the import or none."""
        if not hasattr(signal, "SIGKILL"):
            return
        counts = self.outcomes.setdefault("kill", Counter())
        out = self.folder / "exports"
        out.mkdir(exist_ok=True)
        for n in range(count):
            destination = out / "killed.xlsx"
            child = _child(_EXPORT_CHILD, self.source, destination)
            time.sleep(self.rng.uniform(0.0, 0.6))
            child.kill()
            child.wait()
            problem = _after_kill_export(self.source, destination)
            if problem:
                self._fail("kill", f"export #{n}", problem)
            else:
                counts["export killed"] += 1
            target = self.folder / f"kill-{n}.sqlite3"
            shutil.copyfile(self.template, target)
            child = _child(_IMPORT_CHILD, target, self.valid)
            time.sleep(self.rng.uniform(0.0, 0.4))
            child.kill()
            child.wait()
            problem = _after_kill_import(target)
            if problem:
                self._fail("kill", f"import #{n}", problem)
            else:
                counts["import killed"] += 1

    def locked(self) -> None:
        """A command against a database another process holds open: a message and exit 1."""
        target = self.folder / "locked.sqlite3"
        shutil.copyfile(self.template, target)
        holder = _child(_HOLD_CHILD, target, target)
        try:
            assert holder.stdout is not None
            holder.stdout.readline()
            self._command("lock", target, ["add", "activity", "title=Patrol", "status=planned"])
        finally:
            holder.kill()
            holder.wait()

    def truncated(self, count: int) -> None:
        size = self.source.stat().st_size
        for n in range(count):
            target = self.folder / f"truncated-{n}.sqlite3"
            data = self.source.read_bytes()
            target.write_bytes(data[: self.rng.randrange(1, size)])
            self._command("truncated", target, ["list", "activity"], may_succeed=True)

    def _command(self, kind: str, database: Path, arguments: list[str], may_succeed: bool = False) -> None:
        done = subprocess.run([sys.executable, "-m", "mouliaison", "--db", str(database), *arguments],
                              capture_output=True, text=True, timeout=60, env=_env())
        counts = self.outcomes.setdefault(kind, Counter())
        if "Traceback" in done.stderr or "Traceback" in done.stdout:
            self._fail(kind, database.name, "traceback:\n" + done.stderr[-1500:])
        elif done.returncode == 1 and done.stderr.strip():
            counts["refused, exit 1"] += 1
        elif done.returncode == 0 and may_succeed:
            counts["read"] += 1
        else:
            self._fail(kind, database.name, f"exit {done.returncode}: {done.stderr[-300:]}")

    def report(self) -> str:
        lines = [f"{kind:10} " + ", ".join(f"{what} {n}" for what, n in sorted(counts.items()))
                 for kind, counts in self.outcomes.items()]
        lines += ["", f"{len(self.failures)} unacceptable outcome(s)", *self.failures[:50]]
        return "\n".join(lines)


_EXPORT_CHILD = """
import sys
from pathlib import Path
from mouliaison.services.database import open_database
from mouliaison.services import exchange
with open_database(Path(sys.argv[1])) as db:
    for _ in range(50):
        exchange.export_workbook(db, Path(sys.argv[2]))
"""
_IMPORT_CHILD = """
import sys
from pathlib import Path
from mouliaison.services.database import open_database
from mouliaison.services import exchange
with open_database(Path(sys.argv[1])) as db:
    exchange.import_workbooks(db, [Path(sys.argv[2])], trust_new_keys=True)
"""
_HOLD_CHILD = """
import sys, time
from pathlib import Path
from mouliaison.services.database import open_database
db = open_database(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(60)
"""


def _env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _child(code: str, first: Path, second: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, str(first), str(second)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())


def _after_kill_export(database: Path, destination: Path) -> str:
    from mouliaison.services import exchange
    from mouliaison.services.database import open_database
    from mouliaison.sync.file_checks import RefusedFile, check_workbook_file

    if destination.exists():
        try:
            check_workbook_file(destination)  # an export is renamed into place whole, or not at all
        except RefusedFile as exc:
            return f"a damaged export was left: {exc}"
    with open_database(database) as db:
        exchange.export_workbook(db, destination)
    left = [p.name for p in destination.parent.glob(".*.partial")]
    return f"partial files left after the next export: {left}" if left else ""


def _after_kill_import(target: Path) -> str:
    from mouliaison.services.check import check_database
    from mouliaison.services.database import open_database

    connection = sqlite3.connect(target)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return "the database fails SQLite's integrity check"
        files = connection.execute("SELECT count(*) FROM imported_files").fetchone()[0]
        versions = connection.execute("SELECT count(*) FROM versions WHERE origin != 'embedded'").fetchone()[0]
    finally:
        connection.close()
    if (files == 0) != (versions == 0):
        return f"half an import: {files} files, {versions} versions"
    with open_database(target) as db:
        if not check_database(db).clean:
            return "mouliaison check is not clean"
    return ""


def run(per_kind: int, seed: int, kinds: tuple[str, ...] = KINDS, folder: Path | None = None) -> Suite:
    with tempfile.TemporaryDirectory(prefix="mouliaison-faults-") as temp:
        suite = Suite(Path(folder or temp), seed)
        steps: dict[str, Callable[[], None]] = {
            "bytes": lambda: suite.random_bytes(per_kind),
            "xml": lambda: suite.xml_edits(per_kind),
            "forged": lambda: suite.forged_fields(per_kind),
            "kill": lambda: suite.kills(max(1, per_kind // 50)),
            "lock": suite.locked,
            "truncated": lambda: suite.truncated(max(1, per_kind // 50)),
        }
        for kind in kinds:
            steps[kind]()
        return suite


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-kind", type=int, default=1000, help="cases of each kind (default 1000)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--json", action="store_true", help="the outcomes as JSON")
    args = parser.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds {sorted(unknown)}; choose among {', '.join(KINDS)}")
    started = time.monotonic()
    suite = run(args.per_kind, args.seed, kinds)
    if args.json:
        print(json.dumps({"outcomes": suite.outcomes, "failures": suite.failures}, indent=1))
    else:
        print(suite.report())
        print(f"\n{sum(sum(c.values()) for c in suite.outcomes.values())} cases in {time.monotonic() - started:.0f} s")
    return 1 if suite.failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
