"""At its narrowest (the records page's minimum), the form is never wider than its pane: the
joint confirmation group once made the content 50 px wider, and its fields' right edges were cut
off with no way to scroll to them (seen at 1024x600 in French)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.ui.language import install_translators, remove_translators
from mouliaison.ui.record_form import RecordForm
from mouliaison.ui.records_page import FORM_MIN_WIDTH


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_form_fits_the_narrowest_pane(qtbot, qapp: QApplication, db, language: str) -> None:
    translators = install_translators(qapp, language)
    try:
        form = RecordForm(db)
        qtbot.addWidget(form)
        form.resize(FORM_MIN_WIDTH, 600)
        form.show()
        for type_name in RECORD_TYPES:
            form.load(type_name)
            QApplication.processEvents()
            content = form.scroll.widget()
            assert content.minimumSizeHint().width() <= form.scroll.viewport().width(), type_name
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_in_the_narrowest_pane_labels_go_above_their_fields_which_take_its_width(qtbot, qapp, db, language):
    """At 1024x600 the pane is 420 px: beside labels as wide as "Domaines thématiques" a list of
    thematic areas was 165 px, its entries cut ("i · Gestion des frontiè"). Above them, the
    fields take the pane's width; a wide pane keeps labels beside their fields."""
    translators = install_translators(qapp, language)
    try:
        form = RecordForm(db)
        qtbot.addWidget(form)
        form.resize(FORM_MIN_WIDTH, 600)
        form.show()
        form.load("activity")
        QApplication.processEvents()
        label, areas = form.labels["thematic_areas"], form.editors["thematic_areas"]
        assert label.geometry().bottom() <= areas.geometry().top()  # above it
        assert areas.width() >= form.scroll.viewport().width() - 40, (areas.width(), form.scroll.viewport().width())
        form.resize(900, 600)
        QApplication.processEvents()
        assert label.geometry().right() <= areas.geometry().left()  # beside it, with room to spare
    finally:
        remove_translators(qapp, translators)
