"""The conflicts page with thousands of open conflicts: time to its first rows, and to a resolution.

    python -m benchmarks.conflicts_page [--scale 1] [--runs 5] [--profile open|resolve] [--window]

The database is a coordinator's after every field office's workbook came in: the reference
data of benchmarks/workload.py (100k activities, 20k contacts, 10k meetings at scale 1), every
office's versions in it, each version received from that office's file. Half of the activities
edited at two offices disagree on the status: about 5,000 open conflicts at scale 1. It is made
by benchmarks.generate.fill (the versions, then `write_states`, which derives the conflicts as an
import does) and cached under benchmarks/.data/conflicts-scale-S-seed-N/.

Each run opens a fresh page on a working copy (offscreen) and times:
  open     from the page asked to refresh to its list painted with rows in it;
  resolve  from "Keep this (1)" clicked to the list read again and painted;
  end      from End pressed in the list to the last conflict shown and painted.
--window opens the page from the main window's navigation instead: the resolution then includes
what the window does when the count changes (the navigation's count, the records page reloaded).
Medians of the runs are printed; --profile prints where the time of one goes (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.workload import OFFICES, Scale, as_received, build

DEFAULT_SEED = 6
SOURCE = "00000000-0000-4000-8000-0000000000c0"  # versions are said to come from the offices' files


def data_dir(scale: Scale) -> Path:
    return Path(__file__).resolve().parent / ".data" / f"conflicts-{scale.key}"


def ensure(scale: Scale) -> Path:
    """The coordinator's database for `scale`, made once."""
    from sqlalchemy import func, select, update

    from benchmarks.generate import fill
    from mouliaison.services.database import open_database
    from mouliaison.services.office import set_office
    from mouliaison.store.schema import ConflictRow, ImportedFile, VersionRow

    path = data_dir(scale) / "coordinator.sqlite3"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name("partial.sqlite3")
    for leftover in path.parent.glob("partial.sqlite3*"):
        leftover.unlink()
    started = time.perf_counter()
    print(f"making {path} ...", file=sys.stderr, flush=True)
    work = build(scale)
    with open_database(partial) as db:
        fill(db, (as_received(v, SOURCE) for v in work.all_versions()), work)
        set_office(db, "Regional coordination, Dakar", "IOM", level="regional")
        with db.writing() as change:  # each version came in its office's workbook
            session = change.session
            for office, site in enumerate(work.office_sites):
                file_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"mouliaison-benchmark-conflicts:{office}"))
                session.add(ImportedFile(id=file_id, sha256=file_id.replace("-", "").ljust(64, "0"),
                                         file_name=f"field-{office + 1:02d}.xlsx", exporting_site=site,
                                         exporting_office=f"Field office {office + 1:02d}",
                                         imported_at="2025-06-01T00:00:00.000+00:00", report_json="{}"))
                session.flush()
                session.execute(update(VersionRow).where(VersionRow.site_id == site).values(received_from=file_id))
        with db.reading() as session:
            count = session.scalar(select(func.count()).select_from(ConflictRow))
    for leftover in path.parent.glob("partial.sqlite3-*"):
        leftover.unlink()
    partial.rename(path)
    print(f"  {count:,} open conflicts, {len(work.versions):,} records, {OFFICES} offices "
          f"({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    return path


def _until_painted(app, widget, started: float) -> float:
    """Seconds from `started` to the next paint of `widget` (the list's viewport)."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    widget.update()
    deadline = time.perf_counter() + 60
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(watch)
    return painted[0] - started if painted else float("nan")


def run_once(app, db, profile: str | None = None, window: bool = False) -> tuple[float, float, float, int]:
    """(seconds to the first rows painted, for one resolution, for End pressed in the list; conflicts listed).

    `window`: the page inside the main window, reached from the navigation; the resolution then
    includes what the window does when the count changes (the navigation, the records page)."""
    from mouliaison.ui.conflicts_page import ConflictsPage
    from mouliaison.ui.main_window import MainWindow

    shell = MainWindow(db) if window else None
    page = shell.conflicts if shell else ConflictsPage(db, load=False)  # as the window makes it: read when shown
    top = shell or page
    top.resize(1100, 700)
    top.show()
    app.processEvents()
    profiler = cProfile.Profile()
    started = time.perf_counter()
    if profile == "open":
        profiler.enable()
    if shell:
        shell.show_page("conflicts")
    else:
        page.refresh()
    opened = _until_painted(app, page.conflicts.viewport(), started)
    if profile == "open":
        profiler.disable()
    count = page.count
    rows = page.conflicts.model().rowCount()
    read = getattr(page.conflicts.model(), "loaded_rows", lambda: rows)()
    print(f"  opened: {count:,} conflicts counted, {read:,} read", file=sys.stderr)
    assert rows > 0 and page.value_buttons, "no conflict to resolve"
    started = time.perf_counter()
    if profile == "resolve":
        profiler.enable()
    page.value_buttons[0].click()
    resolved = _until_painted(app, page.conflicts.viewport(), started)
    if profile == "resolve":
        profiler.disable()
    assert page.count == count - 1, (page.count, count)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    started = time.perf_counter()
    QTest.keyClick(page.conflicts, Qt.Key.Key_End)  # the keyboard to the last conflict
    to_end = _until_painted(app, page.conflicts.viewport(), started)
    assert page.conflicts.currentIndex().row() == count - 2 and page.value_buttons
    if shell:
        assert shell.conflicts_item.text().endswith(f"({count - 1})"), shell.conflicts_item.text()
    top.close()
    top.deleteLater()
    app.processEvents()
    if profile:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    return opened, resolved, to_end, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.conflicts_page", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 100,000 activities, ~5,000 conflicts")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", choices=("open", "resolve"), help="profile one run's open or resolve")
    parser.add_argument("--window", action="store_true", help="the page in the main window, from the navigation")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("MOULIAISON_DB", None)
    os.environ.setdefault("MOULIAISON_CONFIG_DIR", tempfile.mkdtemp(prefix="mouliaison-bench-config-"))
    source = ensure(Scale(args.scale, args.seed))

    from PySide6.QtWidgets import QApplication

    from mouliaison.services.database import open_database

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="mouliaison-conflicts-") as temp:
        working = Path(temp) / "coordinator.sqlite3"
        shutil.copyfile(source, working)  # each run resolves one conflict of this copy
        with open_database(working) as db:
            runs = [run_once(app, db, args.profile, args.window) for _ in range(1 if args.profile else args.runs)]
    opens, resolves, ends = [r[0] for r in runs], [r[1] for r in runs], [r[2] for r in runs]
    print(f"{runs[0][3]:,} open conflicts; {len(runs)} runs")
    print(f"first rows painted: median {statistics.median(opens):.3f} s  ({', '.join(f'{t:.3f}' for t in opens)})")
    print(f"one resolution:     median {statistics.median(resolves):.3f} s  "
          f"({', '.join(f'{t:.3f}' for t in resolves)})")
    print(f"End key, last one:  median {statistics.median(ends):.3f} s  ({', '.join(f'{t:.3f}' for t in ends)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
