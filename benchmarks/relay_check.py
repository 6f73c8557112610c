"""What checking relayed versions against their office's signed history costs (issue 16).

    python -m benchmarks.relay_check [N] [RUNS]

Kampala makes N activities; a coordinator imports them and exports a file relaying them all;
headquarters, which trusts both keys and holds Kampala's signed history head, previews the
import of that file (a dry run, so every run plans the same) with the relay check
(sync/screening.check_relayed) and with it replaced by a no-op, interleaved. Prints the medians
of wall and CPU time (process_time: the planning process; the machine is shared).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from mouliaison.services.database import Database, open_database
from mouliaison.services.exchange import export_workbook, import_workbooks, prepare_import
from mouliaison.services.office import set_office
from mouliaison.sync import plan as plan_module
from mouliaison.sync import screening


def main(count: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        temp = Path(folder)

        def office(name: str) -> Database:
            return open_database(temp / f"{name}.sqlite3")

        kampala, coordinator, hq = office("kampala"), office("coordinator"), office("hq")
        set_office(kampala, "Kampala", "WCO")
        set_office(coordinator, "Coordinator", "IOM", "regional")
        set_office(hq, "HQ", "WCO", "headquarters")
        # headquarters trusts both keys; of Kampala's it holds the parties only (its history head too)
        import_workbooks(hq, [export_workbook(kampala, temp / "k0.xlsx", types=["party"]).report.path],
                         trust_new_keys=True)
        import_workbooks(hq, [export_workbook(coordinator, temp / "c0.xlsx").report.path], trust_new_keys=True)
        with kampala.writing() as change:
            for n in range(count):
                change.writer.create("activity", {"title": f"Activity {n}", "status": "planned"})
        import_workbooks(coordinator, [export_workbook(kampala, temp / "k1.xlsx").report.path], trust_new_keys=True)
        relay = export_workbook(coordinator, temp / "relay.xlsx").report.path
        checked = screening.check_relayed
        walls: dict[str, list[float]] = {"with the check": [], "without": []}
        cpus: dict[str, list[float]] = {"with the check": [], "without": []}
        try:
            for _ in range(runs):
                for mode in walls:
                    plan_module.check_relayed = checked if mode == "with the check" else (lambda *_a: ([], []))
                    wall, cpu = time.perf_counter(), time.process_time()
                    preview = prepare_import(hq, [relay]).preview
                    walls[mode].append(time.perf_counter() - wall)
                    cpus[mode].append(time.process_time() - cpu)
                    assert not preview.refused and preview.totals["inserted"] >= count
        finally:
            plan_module.check_relayed = checked
        for mode in walls:
            print(f"{mode}: wall median {statistics.median(walls[mode]):.3f} s, "
                  f"CPU median {statistics.median(cpus[mode]):.3f} s ({runs} runs, {count} relayed activities)")
        for database in (kampala, coordinator, hq):
            database.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
