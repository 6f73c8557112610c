"""Settings' country: a name in the window's language or an ISO code; a refusal says so (issue 13).

The refusal used to list codes ("use codes such as: ABW, AFG…"); it now says that what was typed
is not a country it knows and how to write one, in the window's language.
"""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt

from mouliaison.services.office import current_office, set_office
from mouliaison.ui.settings_dialog import SettingsDialog

SAID = {"fr": ("« Narnia » n'est pas un pays que ce bureau connaît", "« Allemagne »",
               "ou son code ISO à trois lettres"),
        "es": ("«Narnia» no es un país que esta oficina conozca", "«Alemania»", "o su código ISO de tres letras")}
GERMANY = {"fr": "allemagne", "es": "ALEMANIA"}


@pytest.fixture
def dialog(qtbot, db) -> SettingsDialog:
    set_office(db, "IOM Nairobi", "IOM", "country", "KEN")
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.show_office())  # the refused text dropped: no question
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_country(qtbot, dialog: SettingsDialog, text: str) -> None:
    line = dialog.country_combo.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def test_an_unknown_country_is_refused_by_saying_how_to_write_one(qtbot, db, language, dialog) -> None:
    _type_country(qtbot, dialog, "Narnia")
    qtbot.mouseClick(dialog.save_office_button, Qt.MouseButton.LeftButton)
    problem = dialog.problems["country"]
    assert problem.isVisible()
    said = html.unescape(problem.text())
    for words in SAID[language]:
        assert words in said, said
    assert "ABW" not in said and "not allowed" not in said
    assert current_office(db).country == "KEN"  # nothing written


def test_a_country_typed_by_its_name_in_the_language_is_saved_as_its_code(qtbot, db, language, dialog) -> None:
    _type_country(qtbot, dialog, GERMANY[language])
    qtbot.mouseClick(dialog.save_office_button, Qt.MouseButton.LeftButton)
    assert dialog.problems["country"].isHidden()
    assert current_office(db).country == "DEU"
    _type_country(qtbot, dialog, "ken")  # the ISO code, in any case
    qtbot.mouseClick(dialog.save_office_button, Qt.MouseButton.LeftButton)
    assert current_office(db).country == "KEN"
