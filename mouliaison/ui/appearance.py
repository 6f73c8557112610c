"""Light or dark: the Fusion style with an explicit palette, so it looks the same everywhere.

Fusion follows no platform theme by itself, and offscreen or under Xvfb Qt reports no colour
scheme at all, so "dark" is a palette we set (and test), not a request to the platform.
Every colour the window sets is here, chosen for the palette it sits on: text reads at 4.5:1
or more (WCAG), and an unticked box's frame at 3:1 (tests/ui/test_contrast.py measures both).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from mouliaison.services.preferences import APPEARANCES, load_preferences

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e8e8e8",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#262626",
    Role.ToolTipBase: "#3a3a3a",
    Role.ToolTipText: "#f0f0f0",
    Role.PlaceholderText: "#9a9a9a",  # 4.5:1 on the window too (hints, "shown now")
    Role.Text: "#e8e8e8",
    Role.Button: "#363636",
    Role.ButtonText: "#e8e8e8",
    Role.BrightText: "#ff7b72",
    Role.Light: "#505050",
    Role.Midlight: "#404040",
    Role.Mid: "#2a2a2a",
    Role.Dark: "#1a1a1a",
    Role.Shadow: "#0a0a0a",
    Role.Highlight: "#2f6fb5",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#6cb6ff",
    Role.LinkVisited: "#c4a5ff",
}
DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    Role.WindowText: "#7a7a7a",
    Role.Text: "#7a7a7a",
    Role.ButtonText: "#7a7a7a",
    Role.Base: "#262626",
    Role.Button: "#2f2f2f",
    Role.Highlight: "#4a4a4a",
    Role.HighlightedText: "#a0a0a0",
    Role.PlaceholderText: "#5f5f5f",
}
# Fusion's own light palette, where its text falls short of 4.5:1: a selected row's white text on
# its blue (3.7:1), hint text (its black at half opacity, 4.0:1) and visited links (3.1:1).
LIGHT_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Highlight: "#2a6fb0",
    Role.PlaceholderText: "#696969",
    Role.Link: "#0645ad",
    Role.LinkVisited: "#7a2ea8",
}
PROBLEM_ON_LIGHT = "#b00020"
PROBLEM_ON_DARK = "#ff8a80"
# a message that something failed, as a box: text, background, border
ERROR_BOX_ON_LIGHT = ("#a61b1b", "#fdecea", "#f1b0aa")
ERROR_BOX_ON_DARK = ("#ffb4ab", "#3d1d1b", "#8c3b36")
# behind a value two records hold differently (the text keeps the palette's colour)
DIFFERS_ON_LIGHT = "#ffecb3"
DIFFERS_ON_DARK = "#4d3d00"
# the printed report (ui/report_pdf.py): always on white paper, whatever the window's palette
PRINT_TEXT = "#000000"
PRINT_BAR = "#2f5d8a"
PRINT_HEADER_FILL = "#dde4ee"
PRINT_GRID = "#9aa5b1"
PRINT_CONFIDENTIAL = "#9c0006"
INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
INDICATOR_FRAME_MIX = 0.5  # an unticked box's frame: halfway from the window's colour to its text's


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    if hasattr(Role, "Accent"):  # Qt 6.6+: radio buttons and check boxes draw with it
        palette.setColor(Role.Accent, QColor(DARK_COLOURS[Role.Highlight]))
    for role, colour in DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    if hasattr(Role, "Accent"):
        palette.setColor(Group.Disabled, Role.Accent, QColor(DARK_DISABLED[Role.Highlight]))
    return palette


def light_palette(app: QApplication) -> QPalette:
    style = app.style()
    assert style is not None
    palette = style.standardPalette()
    for role, colour in LIGHT_COLOURS.items():
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, role, QColor(colour))
    return palette


def system_is_dark() -> bool:
    """Whether the platform says it is dark; False when it cannot tell (older Qt, offscreen)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def problem_colour(palette: QPalette) -> str:
    """A red that reads on the palette's window colour."""
    return PROBLEM_ON_DARK if is_dark(palette) else PROBLEM_ON_LIGHT


def problem_style(palette: QPalette) -> str:
    """The style sheet of a problem message (the text says what is wrong; the colour only helps)."""
    return f"color: {problem_colour(palette)};"


def error_box_style(palette: QPalette) -> str:
    """A label boxed as a failure (a write refused, a database gone)."""
    text, background, border = ERROR_BOX_ON_DARK if is_dark(palette) else ERROR_BOX_ON_LIGHT
    return f"QLabel {{ color: {text}; background: {background}; border: 1px solid {border}; padding: 6px; }}"


def differs_colour(palette: QPalette) -> QColor:
    """The background of a value two records hold differently; the palette's text reads on it."""
    return QColor(DIFFERS_ON_DARK if is_dark(palette) else DIFFERS_ON_LIGHT)


def indicator_frame(palette: QPalette) -> QColor:
    """The frame of a check box or radio button: halfway between the window and its text."""
    window, text = palette.color(Role.Window), palette.color(Role.WindowText)
    mix = INDICATOR_FRAME_MIX
    return QColor.fromRgbF(
        window.redF() + (text.redF() - window.redF()) * mix,
        window.greenF() + (text.greenF() - window.greenF()) * mix,
        window.blueF() + (text.blueF() - window.blueF()) * mix,
    )


def text_colours(palette: QPalette) -> list[tuple[str, QColor, QColor]]:
    """Every text colour the window's own code sets, with the background it is read on."""
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    box_text, box_background, _border = ERROR_BOX_ON_DARK if is_dark(palette) else ERROR_BOX_ON_LIGHT
    return [
        ("a problem, on the window", QColor(problem_colour(palette)), window),
        ("a problem, in a text box", QColor(problem_colour(palette)), base),
        ("a failure's box", QColor(box_text), QColor(box_background)),
        ("a value that differs", palette.color(Role.Text), differs_colour(palette)),
    ]


class FramedIndicators(QProxyStyle):
    """Fusion, with every check box and radio button framed so an unticked one shows.

    Fusion draws their frame a shade darker than the window: on the dark palette that is the
    colour of the box inside it, and an unticked box could not be seen (list items' boxes too:
    Fusion draws those through this one).
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in INDICATORS:
            return
        focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if option.state & focused == focused:
            return  # Fusion draws the focus frame in the highlight colour
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(indicator_frame(option.palette), 1))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.drawRect(rect)
        else:
            painter.drawEllipse(rect)
        painter.restore()


def use_framed_indicators(app: QApplication) -> None:
    """Fusion with visible check boxes (see FramedIndicators), unless already so."""
    if not isinstance(app.style(), FramedIndicators):
        app.setStyle(FramedIndicators())


def apply_appearance(app: QApplication, appearance: str) -> None:
    """Fusion, with the dark palette, the light one, or whichever the platform prefers."""
    if appearance not in APPEARANCES:
        raise ValueError(f"appearance is one of {', '.join(APPEARANCES)}, not {appearance!r}")
    use_framed_indicators(app)
    hints = QGuiApplication.styleHints()
    if appearance == "system" and hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()  # forget an earlier explicit choice, then ask (Qt 6.8+)
    dark = appearance == "dark" or (appearance == "system" and system_is_dark())
    if appearance != "system" and hasattr(hints, "setColorScheme"):
        # native parts (title bars, file dialogs) follow where the platform allows; a no-op offscreen
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if dark else light_palette(app))
    app.setProperty("mouliaison_appearance", appearance)


def apply_saved_appearance(app: QApplication) -> str:
    """At start: the appearance the person chose last time (never fails); returns it.

    With "system", the palette follows the platform when it switches between light and dark.
    """
    appearance = load_preferences().appearance
    apply_appearance(app, appearance)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged") and not app.property("mouliaison_follows_system"):
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        app.setProperty("mouliaison_follows_system", True)
    return appearance


def _follow_system(app: QApplication) -> None:
    if app.property("mouliaison_appearance") == "system":
        app.setPalette(dark_palette() if system_is_dark() else light_palette(app))
