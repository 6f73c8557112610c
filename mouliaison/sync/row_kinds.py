"""Rows of a plain sheet that are no record: totals and section (month, region) rows.

People total their trackers ("Total", "Grand total", "Sous-total", "TOTAL GÉNÉRAL", or a row
of only numbers under the count columns) and split them into sections: one cell filled, such
as "January 2026", "Region: East", "EAST AFRICA", or a cell merged across the columns. Read as
records they would be wrong records; they are left out and named in a note.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

TOTAL = "total"
SECTION = "section"

_TOTAL_WORDS = re.compile(r"^(grand |sub |sous |)(total|totals|totaux|totales|subtotal|subtotales)( general| generale"
                          r"| des| de| del)?(?P<more>( [\w:]+){0,2})$")
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec "
           "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
           "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre")
_SECTION = re.compile(
    rf"^(({'|'.join(_MONTHS.split())})( \d{{4}})?|\d{{4}}|q[1-4]( \d{{4}})?|(week|semaine|semana|month|mois|mes"
    rf"|quarter|trimestre) \d+( \d{{4}})?)$"
)
_LABELLED = re.compile(r"^[^:]{1,40}:\s*\S")  # "Region: East", "Province : Nord-Kivu"


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(" " if ch in "-_" else ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w: ]", " ", letters).split())


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def row_kind(cells: list[Any], title_column: int | None, spans_columns: bool = False) -> str | None:
    """TOTAL, SECTION or None (a record's row) for a row's values (every column, None when empty)."""
    filled = [(i, v) for i, v in enumerate(cells) if v is not None and v != ""]
    if not filled:
        return None
    texts = [(i, v) for i, v in filled if isinstance(v, str)]
    others = [v for _i, v in filled if not isinstance(v, str)]
    total = _TOTAL_WORDS.match(_plain(texts[0][1])) if len(texts) == 1 else None
    if total and all(_number(v) for v in others) and (others or not total.group("more")):
        return TOTAL  # "Total", or "Total participants" with its numbers
    if not texts and all(_number(v) for v in others) and (title_column is None or title_column not in dict(filled)):
        return TOTAL
    if len(filled) == 1 and texts:
        index, text = texts[0]
        plain = _plain(text)
        shouted = text.isupper() and len(text.strip()) <= 40  # "EAST AFRICA", "NAIROBI OFFICE"
        if spans_columns or _SECTION.match(plain) or _LABELLED.match(text.strip()) or shouted or index != title_column:
            return SECTION
    if len(filled) == 1 and isinstance(filled[0][1], (dt.date, dt.datetime)) and spans_columns:
        return SECTION
    return None
