"""The import window's preview: the counts per file and record type, each signed file's badge
beside its name, and the details below (refusals, what was withheld and why, rejected cells,
quarantined rows, notes). It shows what the services planned; it decides nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QHeaderView, QSplitter, QStyle, QTextBrowser, QTreeWidget, QTreeWidgetItem

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services.exchange import UNREAD_FIX, ImportResult
from mouliaison.services.mapping_step import KEY_HINT, KEY_HINT_SOME, MAP_HINT, MAP_ONE
from mouliaison.ui.appearance import problem_colour
from mouliaison.ui.messages import count_text, labelled, rendered, type_plural_of

# the services' count names, in the order a person reads them
COUNTS = ("inserted", "updated", "unchanged", "stale", "conflicts", "hand_edits", "possible_duplicates",
          "quarantined", "rejected")
NEEDS_A_LOOK = ("conflicts", "possible_duplicates", "quarantined", "rejected")
NEW_KEYS = ("new-key", "first-use")  # a file whose key a person is asked to check
_NOT_TRUSTED = QStyle.StandardPixmap.SP_MessageBoxCritical
_BADGE_ICONS = {"verified": QStyle.StandardPixmap.SP_DialogApplyButton,
                "first-use": QStyle.StandardPixmap.SP_DialogApplyButton,
                "unsigned": QStyle.StandardPixmap.SP_MessageBoxInformation,
                "new-key": QStyle.StandardPixmap.SP_MessageBoxQuestion}


def type_label(name: str) -> str:
    return type_plural_of(name)


def type_order(name: str) -> int:
    return list(RECORD_TYPES).index(name) if name in RECORD_TYPES else len(RECORD_TYPES)


class ImportPreview(QSplitter):
    """The counts tree above, the details below."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.count_labels = {
            "inserted": self.tr("New"), "updated": self.tr("Changed"), "unchanged": self.tr("Unchanged"),
            "stale": self.tr("Stale"), "conflicts": self.tr("Conflicts"), "hand_edits": self.tr("Hand edits"),
            "possible_duplicates": self.tr("Possible duplicates"), "quarantined": self.tr("Quarantined"),
            "rejected": self.tr("Rejected"),
        }
        self.tree = QTreeWidget()
        self.tree.setObjectName("importCounts")
        self.tree.setColumnCount(1 + len(COUNTS))
        self.tree.setHeaderLabels([self.tr("File and record type"), *(self.count_labels[n] for n in COUNTS)])
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(COUNTS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.details = QTextBrowser()
        self.details.setObjectName("importDetails")
        self.details.setOpenLinks(False)
        self.addWidget(self.tree)
        self.addWidget(self.details)
        self.setChildrenCollapsible(False)
        self.setSizes([200, 320])

    def show_result(self, result: ImportResult | None) -> None:
        self.tree.clear()
        self.details.clear()
        if result is None:
            return
        for name, message in result.refused:
            item = QTreeWidgetItem([Path(name).name, self.tr("refused")])
            item.setToolTip(0, name)
            item.setToolTip(1, rendered(message))
            item.setForeground(1, QBrush(QColor(problem_colour(self.palette()))))
            self.tree.addTopLevelItem(item)
        for name, message in result.unread:
            item = QTreeWidgetItem([Path(name).name, self.tr("nothing read")])
            item.setToolTip(0, name)
            item.setToolTip(1, rendered(message, self.hints()))
            item.setForeground(1, QBrush(QColor(problem_colour(self.palette()))))
            self.tree.addTopLevelItem(item)
        for report in result.files:
            title = Path(report.file).name
            if report.already_imported:
                title = self.tr("{0} (already imported)").format(title)
            top = self._count_item(title, report.totals(), bold=True)
            top.setToolTip(0, report.file)
            if report.trust is not None:  # the file's signature: a badge beside its name
                badge = self.badge(report.trust.status)
                top.setIcon(0, self.style().standardIcon(_BADGE_ICONS.get(report.trust.status, _NOT_TRUSTED)))
                top.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, badge)
                top.setToolTip(0, f"{report.file}\n{labelled(badge, rendered(report.trust.message))}")
            for rtype in sorted(report.counts, key=type_order):
                top.addChild(self._count_item(type_label(rtype), report.counts[rtype]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if len(result.files) > 1:
            self.tree.addTopLevelItem(self._count_item(self.tr("All files"), result.totals, bold=True))
        self.details.setHtml(self.details_html(result))

    def hints(self) -> dict[str, str]:
        """The command line's hints (write a mapping file) in the window's words: what to do in
        the mapping step (ui.messages.rendered's `instead`)."""
        return {
            UNREAD_FIX: self.tr("Change how its sheets are read in the mapping step, or select the file in the "
                                "list above and press Remove."),
            MAP_HINT.template: self.tr("pick its type, or what each column becomes, in the mapping step"),
            MAP_ONE.template: self.tr("map one in the mapping step"),
            KEY_HINT: self.tr("choose {fields} as the “Row identity (key)” in the mapping step"),
            KEY_HINT_SOME: self.tr("choose {fields} as the “Row identity (key)” in the mapping step (then all but "
                                   "{count} of them differ)"),
        }

    def badge(self, status: str) -> str:
        """What the preview says of a file's signature, before its name."""
        if status in ("verified", "first-use"):
            return self.tr("✔ signed")
        if status == "unsigned":
            return self.tr("○ not signed")
        if status == "new-key":
            return self.tr("? new key")
        return self.tr("✘ not trusted")

    def _count_item(self, title: str, counts: dict[str, int], bold: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, *(count_text(counts.get(n, 0)) for n in COUNTS)])
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for column, name in enumerate(COUNTS, start=1):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value = counts.get(name, 0)
            if not value:
                item.setForeground(column, muted)
            elif name in NEEDS_A_LOOK or bold:
                font = QFont(item.font(column))
                font.setBold(True)
                item.setFont(column, font)
        if bold:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        return item

    def details_html(self, result: ImportResult) -> str:
        e = html.escape
        parts: list[str] = []
        hints = self.hints()
        if result.refused:
            refused = e(self.tr("Refused: nothing will be imported"))
            parts.append(f"<h3 style='color:{problem_colour(self.palette())}'>{refused}</h3><ul>")
            parts += [f"<li>{labelled(f'<b>{e(Path(name).name)}</b>', e(rendered(message)))}</li>"
                      for name, message in result.refused]
            parts.append("</ul><p><b>" + e(self.tr("What to do:")) + "</b> " + e(self.tr(
                "one refused workbook stops the whole import, so that nothing is half done. Select it in the list "
                "above and press Remove to import the others, or ask its sender to export it again.")) + "</p>")
        if result.unread:
            unread = e(self.tr("Nothing read: nothing will be imported"))
            parts.append(f"<h3 style='color:{problem_colour(self.palette())}'>{unread}</h3><ul>")
            parts += [f"<li>{labelled(f'<b>{e(Path(name).name)}</b>', e(rendered(message, hints)))}</li>"
                      for name, message in result.unread]
            parts.append("</ul>")
        for report in result.files:
            parts.append(f"<h3>{e(Path(report.file).name)}</h3>")
            facts = []
            if not report.ours:
                facts.append(self.tr("A workbook not made by mouliaison (no hidden sheets): rows are matched by id "
                                     "where they have one, columns by their headings."))
            elif report.office:
                facts.append(self.tr("From the office: {0}.").format(report.office))
            if report.already_imported:
                facts.append(self.tr("Already imported: importing it again changes nothing."))
            if facts:
                parts.append(f"<p>{e(' '.join(facts))}</p>")
            if report.trust is not None:
                badge, why = e(self.badge(report.trust.status)), e(rendered(report.trust.message))
                parts.append(f"<p>{labelled(f'<b>{badge}</b>', why)}</p>")
            if report.withheld:
                withheld = self.tr("Withheld (not imported)")
                parts.append(f"<h4>{e(withheld)}</h4><ul>")
                parts += [f"<li>{e(rendered(w.message))}</li>" for w in report.withheld]
                parts.append("</ul>")
            if report.rejected:  # one line per column and cause, as the command line and the saved text report
                heading = self.tr("Rejected cells (left out; the notes say which rows were imported without them)")
                parts.append(f"<h4>{e(heading)}</h4>")
                parts.append(self._table(
                    (self.tr("Sheet"), self.tr("Column"), self.tr("Rows"), self.tr("Cells"), self.tr("Reason")),
                    [(g.sheet, g.column, g.rows_text, str(g.count), self.group_reason(g))
                     for g in report.rejected_groups()]))
            if report.quarantined:
                heading = self.tr("Quarantined rows (not imported)")
                parts.append(f"<h4>{e(heading)}</h4>")
                parts.append(self._table(
                    (self.tr("Sheet"), self.tr("Rows"), self.tr("Reason")),
                    [(sheet, rows, rendered(reason, hints)) for sheet, rows, reason in report.quarantined_groups()]))
            if report.notes:
                parts.append("<h4>" + e(self.tr("Notes")) + "</h4><ul>")
                parts += [f"<li>{e(rendered(note, hints))}</li>" for note in report.notes]
                parts.append("</ul>")
            if not (report.rejected or report.quarantined or report.notes):
                parts.append("<p>" + e(self.tr("No rejected cells, quarantined rows or notes.")) + "</p>")
        return "".join(parts)

    def group_reason(self, group: Any) -> str:  # a FileReport's rejected group (sync.grouped_report)
        """The first cell's reason in the window's language, and the other values refused alike."""
        first = rendered(group.reasons[0])
        others = group.values[1:]
        if not others:
            return first
        shown = ", ".join(others[:8]) + (" …" if len(others) > 8 else "")
        return first + " " + self.tr("(and the same for {0})").format(shown)

    @staticmethod
    def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
        e = html.escape
        head = "".join(f"<th align='left'>{e(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"
