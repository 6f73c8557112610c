"""Where a plain sheet's header is: not always row 1.

People put a title above their table ("IOM Nairobi – activity tracker 2026"), a subtitle,
blank rows; OCHA 3W sheets put an HXL hashtag row under the header (or only hashtags). The
header is the row, among the first SCAN_ROWS, whose cells best match field names.
"""

from __future__ import annotations

from typing import NamedTuple

from mouliaison.sync.column_names import is_field_name, is_hxl_row

SCAN_ROWS = 25


class HeaderRows(NamedTuple):
    header: int  # 0-based index of the header row among the rows looked at; -1: none
    hxl: int | None  # 0-based index of the HXL hashtag row, if any

    @property
    def first_data(self) -> int:
        """0-based index of the first data row."""
        return max(self.header, self.hxl if self.hxl is not None else -1) + 1


def find_header(rows: list[list[str]]) -> HeaderRows:
    """The header (and HXL) rows among `rows`, the sheet's first rows as text ("" for empty)."""
    rows = rows[:SCAN_ROWS]
    for index, cells in enumerate(rows):
        if is_hxl_row(cells):
            above = rows[index - 1] if index else []
            # the hashtags are under a header, or are the only header
            if sum(1 for c in above if c) >= 2 and not is_hxl_row(above):
                return HeaderRows(index - 1, index)
            return HeaderRows(index, index)
    best, best_score = -1, 0
    for index, cells in enumerate(rows):
        score = sum(1 for c in cells if c and is_field_name(c))
        if score > best_score:
            best, best_score = index, score
    if best >= 0:
        below = rows[best + 1] if best + 1 < len(rows) else []
        filled = [c for c in below if c]
        if filled and all(is_field_name(c) for c in filled):
            return HeaderRows(best + 1, None)  # a header on two rows: "Dates" over "Start", "End"
        return HeaderRows(best, None)
    # nothing names a field: the first row with two cells or more, else the first filled row
    for wanted in (2, 1):
        for index, cells in enumerate(rows):
            if sum(1 for c in cells if c) >= wanted:
                return HeaderRows(index, None)
    return HeaderRows(-1, None)
