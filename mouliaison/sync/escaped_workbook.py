"""xlsxwriter's Workbook and Worksheet, writing their texts' `_xHHHH_` escapes the one way
(cell_escapes.escaped).

xlsxwriter escapes only the first of two look-alikes that share an underscore: a title
"_x005F_x0041_" is written so that Excel, LibreOffice and calamine all read "_x005FA". Every
workbook we write (a liaison workbook, a report, HXL tables) is an `EscapedWorkbook`: its sheets'
inline strings and its shared strings both go through `escaped`. xlsxwriter has no option for
it: the worksheets override the method that escapes, and the shared strings part, which
xlsxwriter makes while it stores the file, is made by a subclass for that step only.
"""

from __future__ import annotations

import threading
from typing import Any

import xlsxwriter
import xlsxwriter.packager
from xlsxwriter.sharedstrings import SharedStrings
from xlsxwriter.worksheet import Worksheet

from mouliaison.sync.cell_escapes import escaped

# xlsxwriter's module-level names swapped while a workbook is stored (here and in streamed_sheet)
STORING = threading.RLock()


def _escaped(data: Any) -> Any:
    return escaped(data) if isinstance(data, str) else data


class EscapedSheet(Worksheet):
    """A Worksheet whose inline strings (constant-memory mode) are escaped the one way."""

    _escape_control_characters = staticmethod(_escaped)


class _EscapedStrings(SharedStrings):
    _escape_control_characters = staticmethod(_escaped)


class EscapedWorkbook(xlsxwriter.Workbook):
    """A Workbook whose sheets are EscapedSheets (unless told another kind) and whose shared
    strings are escaped the one way."""

    def add_worksheet(self, name: str | None = None, worksheet_class: type[Worksheet] | None = None) -> Any:
        return super().add_worksheet(name, worksheet_class or EscapedSheet)

    def _store_workbook(self) -> None:
        with STORING:
            plain = xlsxwriter.packager.SharedStrings  # type: ignore[attr-defined]
            xlsxwriter.packager.SharedStrings = _EscapedStrings  # type: ignore[attr-defined]
            try:
                super()._store_workbook()
            finally:
                xlsxwriter.packager.SharedStrings = plain  # type: ignore[attr-defined]
