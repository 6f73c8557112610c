"""A form's Alt+letters never take one the menu bar or the records page answers to, in any language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from mouliaison.ui.language import SHIPPED, install_translators, remove_translators
from mouliaison.ui.main_window import MainWindow
from mouliaison.ui.mnemonics import mnemonic


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("type_name", ["activity", "meeting", "contact", "cooperation_request"])
def test_form_letters_leave_the_menus_and_the_page_alone(qtbot, qapp, db, language: str, type_name: str) -> None:
    translators = install_translators(qapp, language)
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        window.show_type(type_name)
        form = window.records.form
        menus = {mnemonic(action.text()) for action in window.menuBar().actions()}
        assert None not in menus and len(menus) == 4  # File, Edit, Tools, Help: each has its letter
        shown = [*window.records.findChildren(QLabel), *window.records.findChildren(QAbstractButton)]
        page = {mnemonic(w.text()) for w in shown
                if not form.isAncestorOf(w) and (not isinstance(w, QLabel) or w.buddy() is not None)} - {None}
        assert page  # the search and the filters
        own = [mnemonic(t) for t in [label.text() for label in form.labels.values()]
               + [editor.input.text() for key, editor in form.editors.items() if not form.labels[key].text()]]
        letters = [letter for letter in own if letter]
        assert letters  # the form still has some
        assert len(set(letters)) == len(letters)
        assert not set(letters) & menus, (language, set(letters) & menus)
        assert not set(letters) & page, (language, set(letters) & page)
        assert not set(letters) & {mnemonic(form.save_button.text()), mnemonic(form.discard_button.text())}
    finally:
        remove_translators(qapp, translators)
