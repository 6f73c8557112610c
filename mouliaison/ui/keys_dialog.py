"""Tools ▸ Keys: the office signing keys this database knows, and what a person decides about them.

The same services as `mouliaison keys`: trust a new office's key once its fingerprint was
compared with that office (by phone, not by the same email), revoke another office's key,
move this office to a new key, publish headquarters' list of approved keys. Each decision is
asked in a box that says what it means; the box opens window-modal (`open`), never blocking.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from mouliaison.services import keys
from mouliaison.services.database import Database
from mouliaison.services.keys import KeyView
from mouliaison.ui.receipts_dialog import local_time
from mouliaison.ui.screen_fit import fit_to_screen
from mouliaison.ui.tables import ListTableModel, read_only_table

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    OFFICE = 0
    PARTY = 1
    FINGERPRINT = 2
    FIRST_SEEN = 3
    STATUS = 4
    APPROVED = 5


class KeyTableModel(ListTableModel):
    def __init__(self, views: list[KeyView], parent: Any = None) -> None:
        super().__init__(views, parent)
        self.headers = {
            Column.OFFICE: self.tr("Office"),
            Column.PARTY: self.tr("Party"),
            Column.FINGERPRINT: self.tr("Fingerprint"),
            Column.FIRST_SEEN: self.tr("First seen"),
            Column.STATUS: self.tr("Status"),
            Column.APPROVED: self.tr("On headquarters' list"),
        }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view, column = self.rows[index.row()], Column(index.column())
        if role == KEY_ROLE:
            return view
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.FINGERPRINT:
            return view.fingerprint
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.STATUS:
            return self.status_help(view)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.OFFICE: view.office or self.tr("site {0}").format(view.site_id[:8]),
            Column.PARTY: view.party or "",
            Column.FINGERPRINT: view.shown,
            Column.FIRST_SEEN: local_time(view.added_at),
            Column.STATUS: self.status_text(view),
            Column.APPROVED: self.tr("yes") if view.approved else "",
        }[column]

    def status_text(self, view: KeyView) -> str:
        if view.status == keys.REVOKED:
            return self.tr("rotated") if view.rotated else self.tr("revoked")
        return {
            keys.OWN: self.tr("this office"),
            keys.TRUSTED: self.tr("trusted"),
            keys.PUBLISHER: self.tr("trusted, headquarters"),
            keys.SEEN: self.tr("new: not confirmed"),
        }.get(view.status, view.status)

    def status_help(self, view: KeyView) -> str:
        if view.status == keys.SEEN:
            return self.tr("Met in a file; its files are not taken until a person trusts it")
        if view.status == keys.REVOKED:
            return self.tr("Files under it that bring versions past where it was revoked are refused")
        return self.tr("How it came to be trusted: {0}").format(view.source)


class KeysDialog(QDialog):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.box: QMessageBox | None = None  # the open confirmation, if any
        self.setWindowTitle(self.tr("Office keys"))
        fit_to_screen(self, 980, 480)
        intro = QLabel(self.tr(
            "Every workbook is signed with its office's key. A new office's files are taken once you trust its "
            "key: compare the fingerprint with that office by phone, not by the same email."))
        intro.setWordWrap(True)
        self.model = KeyTableModel([], self)
        self.table = read_only_table("keys", self.model)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OFFICE, QHeaderView.ResizeMode.Stretch)

        self.trust_button = QPushButton(self.tr("&Trust…"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.rotate_button = QPushButton(self.tr("Move this office to a &new key…"))
        self.publish_button = QPushButton(self.tr("&Publish the approved list…"))
        self.trust_button.clicked.connect(self.ask_trust)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.rotate_button.clicked.connect(self.ask_rotate)
        self.publish_button.clicked.connect(self.ask_publish)
        actions = QHBoxLayout()
        for button in (self.trust_button, self.revoke_button, self.rotate_button, self.publish_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("keysStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.reload()
        self.table.setFocus()

    def reload(self, select: str | None = None) -> None:
        keys.own_key(self.db)  # a database from before signing gets its key here too
        self.model.beginResetModel()
        self.model.rows = keys.list_keys(self.db)
        self.model.endResetModel()
        rows = [i for i, v in enumerate(self.model.rows) if v.fingerprint == select] or [0]
        if self.model.rows:
            self.table.selectRow(rows[0])
        self._enable()

    def selected(self) -> KeyView | None:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def _enable(self) -> None:
        view = self.selected()
        self.trust_button.setEnabled(view is not None and view.status in (keys.SEEN, keys.TRUSTED))
        self.revoke_button.setEnabled(view is not None and view.status in (keys.SEEN, keys.TRUSTED, keys.PUBLISHER))

    # --- asking --------------------------------------------------------------------------

    def _ask(self, title: str, text: str, yes: str, then: Any, details: str,
             check: QCheckBox | None = None) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("keysConfirmation")
        box.setInformativeText(details)
        if check is not None:
            box.setCheckBox(check)
        box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Cancel"))

        def answered(_result: int) -> None:
            self.box = None
            if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
                self._do(then)

        box.finished.connect(answered)
        self.box = box
        box.open()
        return box

    def _do(self, action: Any) -> None:
        try:
            said, fingerprint = action()
        except (keys.KeyProblem, keys.KeyFileProblem) as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(said)
        self.reload(fingerprint)

    def ask_trust(self) -> QMessageBox | None:
        view = self.selected()
        if view is None:
            return None
        office = view.office or self.tr("site {0}").format(view.site_id[:8])
        publisher = QCheckBox(self.tr("This is headquarters' key: &follow the lists of approved keys it publishes"))
        return self._ask(
            self.tr("Trust this key"),
            self.tr("Trust the key of {0}?\n\n{1}").format(office, _grouped(view.fingerprint)),
            self.tr("&Trust"),
            lambda: self._trust(view, publisher.isChecked()),
            self.tr("Read this fingerprint to the office by phone (not by the same email) and trust it only if "
                    "theirs is the same. Its files are then taken as that office's."),
            publisher)

    def _trust(self, view: KeyView, publisher: bool) -> tuple[str, str]:
        done = keys.trust_key(self.db, view.fingerprint, publisher=publisher)
        return self.tr("Trusted: {0}").format(done.shown), done.fingerprint

    def ask_revoke(self) -> QMessageBox | None:
        view = self.selected()
        if view is None:
            return None
        office = view.office or self.tr("site {0}").format(view.site_id[:8])
        return self._ask(
            self.tr("Revoke this key"),
            self.tr("Revoke the key {0} of {1}?").format(view.shown, office),
            self.tr("&Revoke"),
            lambda: self._revoke(view),
            self.tr("Files it signs from now on are refused here, and the revocation travels in your exports to "
                    "every office that trusts yours. It cannot be trusted again."))

    def _revoke(self, view: KeyView) -> tuple[str, str]:
        done = keys.revoke_key(self.db, view.fingerprint)
        return self.tr("Revoked: {0}").format(done.shown), done.fingerprint

    def ask_rotate(self) -> QMessageBox:
        return self._ask(
            self.tr("Move to a new key"),
            self.tr("Move this office to a new signing key?"),
            self.tr("&Move to a new key"),
            self._rotate,
            self.tr("Do this when the key may be known to someone else (a lost laptop, a copied folder). The old "
                    "key signs a record naming the new one, then is revoked: offices that trust the old key take "
                    "the new one on reading your next export; files signed with the old key from now on are "
                    "refused."))

    def _rotate(self) -> tuple[str, str]:
        done = keys.rotate_own_key(self.db)
        return self.tr("This office now signs with {0}").format(done.shown), done.fingerprint

    def ask_publish(self) -> QMessageBox:
        return self._ask(
            self.tr("Publish the approved list"),
            self.tr("Publish the list of every key trusted here?"),
            self.tr("&Publish"),
            self._publish,
            self.tr("For headquarters. The list is signed with this office's key and travels in every export; "
                    "offices that marked this key as headquarters' trust the keys it lists."))

    def _publish(self) -> tuple[str, str]:
        count = keys.publish_approved(self.db)
        return self.tr("Published a list of %n approved key(s)", "", count), ""


def open_keys(db: Database, parent: Any) -> KeysDialog:
    """Tools ▸ Office keys: opened window-modal, deleted on closing."""
    dialog = KeysDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _grouped(fingerprint: str) -> str:
    """The whole fingerprint in groups of four, two lines: what is read aloud and compared."""
    groups = [fingerprint[i : i + 4].upper() for i in range(0, len(fingerprint), 4)]
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])
