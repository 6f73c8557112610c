"""Light or dark: the Fusion style with an explicit palette, so it looks the same everywhere.

Fusion follows no platform theme by itself, and offscreen or under Xvfb Qt reports no colour
scheme at all, so "dark" is a palette we set (and test), not a request to the platform.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
    Role.PlaceholderText: "#8f8f8f",
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
PROBLEM_ON_LIGHT = "#b00020"
PROBLEM_ON_DARK = "#ff8a80"


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
    return style.standardPalette()


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


def apply_appearance(app: QApplication, appearance: str) -> None:
    """Fusion, with the dark palette, the light one, or whichever the platform prefers."""
    if appearance not in APPEARANCES:
        raise ValueError(f"appearance is one of {', '.join(APPEARANCES)}, not {appearance!r}")
    style = app.style()
    if style is None or style.name().casefold() != "fusion":
        app.setStyle("Fusion")
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
