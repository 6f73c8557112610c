"""The `_xHHHH_` escapes of a cell's text in spreadsheet XML: the one way we write them, the one
way we undo them.

XML cannot hold most control characters, so spreadsheet XML writes one as `_xHHHH_` (a carriage
return as `_x000D_`), and a reader turns every `_xHHHH_` back into its character, in one pass from
the left. A text that itself holds such a sequence keeps it by escaping its underscore:
"_x0041_" is written "_x005F_x0041_". Two look-alikes may share an underscore ("_x005F_x0041_"):
escaping only the first, as xlsxwriter and LibreOffice do, writes "_x005F_x005F_x0041_", which
every reader reads "_x005FA". `escaped` escapes the underscore of every look-alike, overlapping
ones too, and of "_xHHHH" just before a character it escapes itself.

python-calamine, which reads most workbooks, undoes only `_x00HH_` (codes below 0x100); writers
escape nothing above that but U+FFFE and U+FFFF. `unescaped` undoes escapes exactly as calamine
does, so a text reads the same whichever reader the import takes (calamine, our stream of the
hidden sheets, or openpyxl, which leaves escapes as the file holds them).
"""

from __future__ import annotations

import re

_WRITTEN_ESCAPED = "\x00-\x08\x0b-\x1f\ufffe\uffff"  # what XML cannot hold (tab and line feed it can)
_CONTROL = re.compile(f"[{_WRITTEN_ESCAPED}]")
_TO_ESCAPE = re.compile(f"[{_WRITTEN_ESCAPED}]|_(?=x[0-9A-Fa-f]{{4}}[_{_WRITTEN_ESCAPED}])")
_ESCAPE = re.compile(r"_x00([0-9A-Fa-f]{2})_")


def escaped(text: str) -> str:
    """`text` as a cell's XML holds it (before XML's own entities: & < >)."""
    if "_x" not in text:  # no look-alike: only characters XML cannot hold (most texts: none)
        if text.isprintable() or _CONTROL.search(text) is None:
            return text
        return _CONTROL.sub(_escape_of, text)
    return _TO_ESCAPE.sub(_escape_of, text)


def _escape_of(match: re.Match[str]) -> str:
    found = match.group()
    return "_x005F_" if found == "_" else f"_x{ord(found):04X}_"


def unescaped(text: str) -> str:
    """A cell's text from its XML (XML's entities already undone), as calamine reads it."""
    if "_x00" not in text:
        return text
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
