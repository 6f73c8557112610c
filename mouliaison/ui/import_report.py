"""The import report a person saves from the import window (File ▸ Import ▸ Save report…), as
text; the JSON form is the command line's `import --json`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from mouliaison.services.exchange import ImportResult
from mouliaison.ui.import_preview import COUNTS, type_label, type_order
from mouliaison.ui.messages import count_text, labelled, rendered


class ImportReport(QObject):
    """The report's text, in the window's language."""

    def __init__(self, count_labels: dict[str, str], group_reason: Callable[[Any], str], hints: dict[str, str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.count_labels = count_labels
        self.group_reason = group_reason  # a rejected group's reason as the preview words it
        self.hints = hints  # the command line's hints in the window's words, as the preview has them

    def text(self, result: ImportResult, database: object) -> str:
        def counts_text(counts: dict[str, int]) -> str:
            shown = [f"{self.count_labels[n].lower()} {count_text(counts.get(n, 0))}"
                     for n in COUNTS if counts.get(n, 0)]
            return ", ".join(shown) or self.tr("nothing")

        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        written = self.tr("yes") if result.applied else self.tr("no (preview)")
        lines = [
            self.tr("mouliaison import report, {0}").format(now),
            self.tr("Written to the database: {0}").format(written),
            self.tr("Database: {0}").format(database),
            "",
        ]
        for name, message in result.refused:
            lines += [self.tr("{0}: refused").format(name), f"  {rendered(message)}", ""]
        for report in result.files:
            lines.append(str(report.file) + (self.tr(" (already imported)") if report.already_imported else ""))
            if report.office:
                lines.append("  " + self.tr("office: {0}").format(report.office))
            if report.trust is not None:  # who signed it, with which key, or why it is not trusted
                lines.append("  " + self.tr("signature: {0}").format(rendered(report.trust.message)))
            lines += ["  " + self.tr("withheld: {0}").format(rendered(w.message)) for w in report.withheld]
            for rtype in sorted(report.counts, key=type_order):
                lines.append("  " + labelled(type_label(rtype), counts_text(report.counts[rtype])))
            # grouped as the window shows them: one line per column and cause (every cell is in the JSON report)
            for g in report.rejected_groups():
                lines.append("  " + self.tr("rejected: sheet {0}, column {1}, rows {2} (cells: {3}): {4}").format(
                    g.sheet, g.column, g.rows_text, count_text(g.count), self.group_reason(g)))
            for sheet, rows, reason in report.quarantined_groups():
                lines.append("  " + self.tr("quarantined: sheet {0}, rows {1}: {2}").format(
                    sheet, rows, rendered(reason, self.hints)))
            lines += ["  " + self.tr("note: {0}").format(rendered(note, self.hints)) for note in report.notes]
            lines.append("")
        lines.append(self.tr("Totals: {0}").format(counts_text(result.totals)))
        return "\n".join(lines) + "\n"
