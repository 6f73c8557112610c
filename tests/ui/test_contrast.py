"""Light and dark: text reads at 4.5:1 or more (WCAG's contrast ratio), an unticked box's frame
at 3:1, measured on the palettes, on every colour the window's code sets, and on real drawings."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.ui import appearance
from mouliaison.ui.appearance import apply_appearance, dark_palette, light_palette, text_colours
from mouliaison.ui.overview_page import OverviewPage

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
UI = Path(appearance.__file__).parent
TEXT = 4.5
FRAME = 3.0
# text and the background it is drawn on, by the style, in the window's lists, forms and tips
ROLE_PAIRS = [
    (Role.WindowText, Role.Window), (Role.Text, Role.Window), (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase), (Role.ButtonText, Role.Button), (Role.ToolTipText, Role.ToolTipBase),
    (Role.HighlightedText, Role.Highlight), (Role.PlaceholderText, Role.Base), (Role.PlaceholderText, Role.Window),
    (Role.Link, Role.Base), (Role.LinkVisited, Role.Base), (Role.Link, Role.Window),
]


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(text: QColor, background: QColor) -> float:
    """WCAG 2's contrast ratio; a translucent text colour is first laid over its background."""
    alpha = text.alphaF()
    seen = QColor.fromRgbF(*(t * alpha + b * (1 - alpha) for t, b in zip(
        (text.redF(), text.greenF(), text.blueF()), (background.redF(), background.greenF(), background.blueF()),
        strict=True)))
    lighter, darker = sorted((luminance(seen), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def palettes(app: QApplication) -> dict[str, QPalette]:
    return {"light": light_palette(app), "dark": dark_palette()}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_appearance(qapp, "light")


def test_the_measure_is_wcags() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_role_reads_on_its_background(app: QApplication, name: str) -> None:
    palette = palettes(app)[name]
    low = [(group.name, text.name, background.name, round(contrast(palette.color(group, text),
                                                                   palette.color(group, background)), 2))
           for group in (Group.Active, Group.Inactive) for text, background in ROLE_PAIRS
           if contrast(palette.color(group, text), palette.color(group, background)) < TEXT]
    assert not low


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_colour_the_window_sets_reads(app: QApplication, name: str) -> None:
    palette = palettes(app)[name]
    low = [(what, round(contrast(text, background), 2)) for what, text, background in text_colours(palette)
           if contrast(text, background) < TEXT]
    assert not low


def test_no_colour_is_set_outside_appearance() -> None:
    """Colours are chosen in appearance.py, for both palettes, where the tests above measure them."""
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*\d|QColor\(\s*[\"']|Qt\.GlobalColor\.")
    found = [f"{path.name}:{number}: {line.strip()}" for path in sorted(UI.glob("*.py")) if path.name != "appearance.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if literal.search(line)]
    assert not found


def frame_contrast(image: QImage, rect: QRect, background: QColor) -> float:
    """The strongest contrast along the indicator's outer ring of pixels."""
    ring = [(x, rect.top()) for x in range(rect.left(), rect.right() + 1)]
    ring += [(x, rect.bottom()) for x in range(rect.left(), rect.right() + 1)]
    ring += [(rect.left(), y) for y in range(rect.top(), rect.bottom() + 1)]
    ring += [(rect.right(), y) for y in range(rect.top(), rect.bottom() + 1)]
    ring += [(rect.center().x(), rect.top() + 1), (rect.left() + 1, rect.center().y())]  # a round one's edge
    return max(contrast(QColor(image.pixel(x, y)), background) for x, y in ring)


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_an_unticked_box_shows(app: QApplication, qtbot, name: str, kind: type) -> None:
    apply_appearance(app, name)
    button = kind("Only records changed since")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = QStyle.SubElement.SE_CheckBoxIndicator if kind is QCheckBox else QStyle.SubElement.SE_RadioButtonIndicator
    rect = button.style().subElementRect(element, option, button)
    image = button.grab().toImage()
    window = app.palette().color(Role.Window)
    assert frame_contrast(image, rect, window) >= FRAME, (name, kind.__name__)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_an_unticked_item_in_a_list_shows(app: QApplication, qtbot, name: str) -> None:
    """Export's record types: checkable list items, drawn on the list's base colour."""
    apply_appearance(app, name)
    listing = QListWidget()
    qtbot.addWidget(listing)
    item = QListWidgetItem("Joint activities")
    item.setCheckState(Qt.CheckState.Unchecked)
    listing.addItem(item)
    listing.resize(240, 80)
    listing.show()
    qtbot.waitExposed(listing)
    image = listing.viewport().grab().toImage()
    base = app.palette().color(Role.Base)
    item_rect = listing.visualItemRect(item)
    strongest = max(contrast(QColor(image.pixel(x, y)), base)
                    for x in range(item_rect.left(), item_rect.left() + 18)  # the box, not the text
                    for y in range(item_rect.top(), item_rect.bottom() + 1))
    assert strongest >= FRAME


def strongest_text(page: QWidget, label: QWidget, background: QColor) -> float:
    """The label as the page draws it (on the page's background), its most contrasting pixel."""
    image = page.grab(QRect(label.mapTo(page, QPoint(0, 0)), label.size())).toImage()
    return max(contrast(QColor(image.pixel(x, y)), background)
               for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_overviews_red_headings_read(app: QApplication, qtbot, db: Database, name: str) -> None:
    meeting = records.add_record(db, "meeting", {"title": "Consultation", "date": dt.date(2025, 5, 1),
                                                 "kind": "consultation"})
    records.add_record(db, "action_item", {"meeting": meeting, "description": "Send the SOP draft",
                                           "due_date": dt.date(2025, 6, 1)})
    page = OverviewPage(db, today=dt.date(2025, 6, 15))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    apply_appearance(app, name)  # switched while the page is shown, as Settings does
    QApplication.processEvents()
    warnings = [page.findChild(QLabel, "overdueActions"),
                *(cell for cell in page.findChildren(QLabel, "focalPointCell") if cell.text() == "missing")]
    assert len(warnings) > 1
    window = app.palette().color(Role.Window)
    for label in warnings:
        assert strongest_text(page, label, window) >= TEXT, (name, label.objectName(), label.text())
