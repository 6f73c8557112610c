"""Alt+letter shortcuts for a form's labels that never take a letter the window already uses.

Alt+F must open the File menu (Alt+E Edit, Alt+T Tools, Alt+H Help in English; Alt+F, É, O,
A in French...), and Alt+S must still reach the records page's search. A form label's letter
is chosen after those: the menu bar's and every label or button outside the form, read from
the window it sits in, plus the window's known titles in the current language for a form
shown on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QWidget

# the window's own Alt+letters (ui/main_window.py _build_menus, ui/records_page.py, ui/record_filters.py)
WINDOW_TEXTS = (
    ("MainWindow", ("&File", "&Edit", "&Tools", "&Help")),
    ("RecordsPage", ("&Search:",)),
    ("RecordFilters", ("C&lear filters", "Stat&us:", "Thematic &area:", "Part&y:", "Cou&ntry:", "Fro&m:",
                       "T&o:", "Confirme&d:")),
)


def mnemonic(text: str) -> str | None:
    """The letter after the single & in `text`, casefolded; None when it has none."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].casefold()
        i += 2
    return None


def with_mnemonic(text: str, used: set[str]) -> str:
    """`text` with an & before a letter no other label uses: a word's first letter if possible."""
    text = text.replace("&", "&&")
    starts = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    for i in starts + list(range(len(text))):
        letter = text[i].casefold()
        if text[i].isalnum() and letter not in used:
            used.add(letter)
            return text[:i] + "&" + text[i:]
    return text


def taken_letters(form: QWidget) -> set[str]:
    """The letters the window around `form` answers to already (outside the form itself)."""
    texts = [QCoreApplication.translate(context, text) for context, sources in WINDOW_TEXTS for text in sources]
    window = form.window()
    if window is not form:
        for bar in window.findChildren(QMenuBar):
            texts += [action.text() for action in bar.actions()]
        for widget in window.findChildren(QWidget):
            if form.isAncestorOf(widget):
                continue
            if isinstance(widget, (QLabel, QAbstractButton)):
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
    return {letter for text in texts if (letter := mnemonic(text))}
