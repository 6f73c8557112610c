"""Export receipts (MOU 3.6): what each export carried, to whom, and on which consent.

Read-only. The table lists the receipts newest first; the pane below tells, for the chosen
one, the consent record behind each contact whose personal data went, and why the others
were pseudonymised or left out. Everything is read once through the services when opened.
"""

from __future__ import annotations

import datetime as dt
import html
from enum import IntEnum
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.signing import shown
from mouliaison.domain.values import display
from mouliaison.services.database import Database
from mouliaison.services.names import Names, names_for
from mouliaison.services.receipts import Receipt, list_receipts
from mouliaison.services.records import find_record
from mouliaison.ui.messages import count_text, labelled, type_plural_of
from mouliaison.ui.screen_fit import fit_to_screen
from mouliaison.ui.tables import ListTableModel, read_only_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECEIPT_ROLE = Qt.ItemDataRole.UserRole + 2
SHORT_HASH = 12
CONSENT = RECORD_TYPES["consent_record"]
PARTIES = ("same-party", "partner")  # recipients that need no consent (MOU 3.6 covers third parties)

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    RECIPIENT = 1
    PROFILE = 2
    FILE = 3
    INCLUDED = 4
    PSEUDONYMISED = 5
    LEFT_OUT = 6
    SHA256 = 7


COUNTED = {Column.INCLUDED: "included", Column.PSEUDONYMISED: "pseudonymised", Column.LEFT_OUT: "left_out"}


def contact_count(receipt: Receipt, key: str) -> int:
    """Contacts included, pseudonymised or left out."""
    return int(receipt.counts.get("contacts", {}).get(key, 0))


def local_time(stamp: str) -> str:
    """An ISO UTC stamp as the local minute a person reads; the stamp itself if it is not one."""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class ReceiptTableModel(ListTableModel):
    def __init__(self, receipts: list[Receipt], parent: Any = None) -> None:
        super().__init__(receipts, parent)
        self.headers = {
            Column.TIME: self.tr("Exported"),
            Column.RECIPIENT: self.tr("Recipient"),
            Column.PROFILE: self.tr("Profile"),
            Column.FILE: self.tr("File"),
            Column.INCLUDED: self.tr("Included"),
            Column.PSEUDONYMISED: self.tr("Pseudonymised"),
            Column.LEFT_OUT: self.tr("Left out"),
            Column.SHA256: self.tr("SHA-256"),
        }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        receipt, column = self.rows[index.row()], Column(index.column())
        if role == RECEIPT_ROLE:
            return receipt
        if column in COUNTED:
            count = contact_count(receipt, COUNTED[column])
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return count if role == SORT_ROLE else count_text(count)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and receipt.recipient in PARTIES:
                return self.tr("A party to the MOU: every contact goes in full, no consent needed")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(receipt, column)
        if role == SORT_ROLE:  # the file id (a UUIDv7) orders exports made within the same second
            if column is Column.TIME:
                return f"{receipt.exported_at} {receipt.file_id}"
            return self._text(receipt, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.TIME: receipt.exported_at,
                Column.FILE: receipt.file_name,
                Column.SHA256: receipt.sha256,
                Column.PROFILE: receipt.profile,
            }.get(column)
        return None

    @staticmethod
    def _text(receipt: Receipt, column: Column) -> str:
        if column is Column.TIME:
            return local_time(receipt.exported_at)
        if column is Column.RECIPIENT:
            return receipt.recipient
        if column is Column.PROFILE:  # "third-party (pseudonymise without consent)": the recipient says the first part
            prefix = receipt.recipient.split(":")[0] + " ("
            return receipt.profile[len(prefix) : -1] if receipt.profile.startswith(prefix) else receipt.profile
        if column is Column.FILE:
            return PurePath(receipt.file_name).name
        return receipt.sha256[:SHORT_HASH] + "…"


class ReceiptsDialog(QDialog):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Export receipts"))
        fit_to_screen(self, 1100, 620)  # a netbook's screen is smaller: the table and the details share it
        self._names: Names = names_for(db, "consent_record")  # contacts' names, consent methods' labels

        self.model = ReceiptTableModel(list_receipts(db), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = read_only_table("receipts", self.proxy)
        self.table.sortByColumn(Column.TIME, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.PROFILE, QHeaderView.ResizeMode.Stretch)  # takes what is left
        for column, widest in ((Column.RECIPIENT, 170), (Column.FILE, 220)):
            header.resizeSection(column, min(header.sectionSize(column), widest))

        self.details = QTextBrowser()
        self.details.setObjectName("receiptDetails")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 340])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)

        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.details.setPlainText(self.tr("No export has been made from this database yet."))
        self.table.setFocus()

    def selected(self) -> Receipt | None:
        index = self.table.currentIndex()
        return index.data(RECEIPT_ROLE) if index.isValid() else None

    def _show(self, index: QModelIndex) -> None:
        receipt = index.data(RECEIPT_ROLE) if index.isValid() else None
        self.details.setHtml(self.details_html(receipt) if receipt else "")

    def details_html(self, receipt: Receipt) -> str:
        e = html.escape
        counts = receipt.counts
        rows = ", ".join(
            f"{type_plural_of(t)} {count_text(n)}"
            for t, n in sorted(counts.get("rows", {}).items())
            if n
        ) or self.tr("none")
        parts = [
            "<h3>" + e(self.tr("Export to {0} on {1}").format(receipt.recipient, local_time(receipt.exported_at)))
            + "</h3>",
            "<table cellspacing='0' cellpadding='2'>",
            *(
                f"<tr><td><b>{e(label)}</b>&nbsp;</td><td>{e(value)}</td></tr>"
                for label, value in (
                    (self.tr("Export:"), self.kind_text(receipt)),
                    (self.tr("Profile:"), receipt.profile),
                    (self.tr("File:"), receipt.file_name),
                    (self.tr("File id:"), receipt.file_id),
                    (self.tr("SHA-256:"), receipt.sha256),
                    (self.tr("Signed with:"), self.tr("this office's key {0}").format(shown(receipt.signed_by))
                     if receipt.signed_by else self.tr("no key (only liaison workbooks are signed)")),
                    (self.tr("Rows:"), rows),
                )
            ),
            "</table>",
            "<h4>" + e(self.tr("Consent basis: personal data sent")) + "</h4>",
            self._basis_html(receipt),
        ]
        for key, title in (
            ("pseudonymised_because", self.tr("Why contacts were pseudonymised")),
            ("left_out_because", self.tr("Why contacts were left out")),
        ):
            reasons = counts.get(key) or []
            if reasons:
                parts.append(f"<h4>{e(title)}</h4><ul>{''.join(f'<li>{e(r)}</li>' for r in reasons)}</ul>")
        return "".join(parts)

    def kind_text(self, receipt: Receipt) -> str:
        """What was exported: a liaison workbook, or one of the flat exports for other tools."""
        return {
            "hxl": self.tr("HXL-tagged tables, for other tools"),
            "ics": self.tr("iCalendar file of meetings and due dates"),
            "vcf": self.tr("vCard address book"),
        }.get(str(receipt.counts.get("format", "")), self.tr("Liaison workbook"))

    def _basis_html(self, receipt: Receipt) -> str:
        if not receipt.basis:
            if receipt.recipient in PARTIES:
                none = self.tr("None needed: the recipient is a party to the MOU.")  # outside the f-string: lupdate
                return f"<p>{html.escape(none)}</p>"
            nobody = self.tr("No contact’s personal data went in this export.")
            return f"<p>{html.escape(nobody)}</p>"
        lines = sorted(
            (self._names.titles.get(contact, contact), self._consent_text(consent))
            for contact, consent in receipt.basis.items()
        )
        return (
            "<ul>"
            + "".join(f"<li>{labelled(f'<b>{html.escape(name)}</b>', html.escape(text))}</li>" for name, text in lines)
            + "</ul>"
        )

    def _consent_text(self, consent_id: str) -> str:
        record = find_record(self.db, "consent_record", consent_id)
        if record is None:
            return self.tr("consent record {0} (not held here)").format(consent_id)

        def value(key: str) -> str:
            field = CONSENT.field(key)
            return display(self._names.readable(field, record.values.get(key))) if field else ""

        text = self.tr("consent for {0}, given {1}").format(value("recipient"), value("given_on") or "?")
        more = [
            *([self.tr("valid until {0}").format(value("valid_until"))] if value("valid_until") else []),
            *([value("method")] if value("method") else []),
            *([self.tr("evidence {0}").format(value("evidence"))] if value("evidence") else []),
        ]
        return f"{text} ({', '.join(more)})" if more else text
