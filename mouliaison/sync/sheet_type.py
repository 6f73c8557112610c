"""Which record type a plain sheet's rows are: the best score, not "every column must fit".

A type scores for each column that names one of its fields: a key, label or HXL hashtag
counts 1, a common name 0.8, and half that for a column most types have (Title, Status,
Notes). Its required fields present add 0.5 each, one missing that has no default takes
0.5, and the sheet named after the type in English, French or Spanish, singular or plural,
counts strongly (+3: "Activités", "Reuniones", "Contacts 2026"). An extra column (Notes,
No., Email) only fails to score; it never drops the sheet.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.resources.translations.catalog_domain import DOMAIN
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.column_names import match
from mouliaison.sync.sheet_mapping import BY_SYNONYM

NAME_WEIGHT = 3.0
COMMON = 5  # a column that names a field of this many types or more counts half
# Short names a sheet goes by, beyond each type's label and plural in the three languages
_SHORT_NAMES = {
    "activity": ("Activity", "Activities", "Activité", "Activités", "Actividad", "Actividades"),
    "information_exchange": ("Exchanges", "Échanges", "Intercambios"),
    "ip_use_approval": ("IP use", "IP approvals"),
}


class TypeScore(NamedTuple):
    entity: str
    score: float
    columns: int  # columns that name one of its fields (an Id column not counted)
    named: bool  # the sheet is named after it


def _words(text: str) -> list[str]:
    plain = "".join(ch if ch.isalnum() else " " for ch in unicodedata.normalize("NFKD", text.casefold())
                    if not unicodedata.combining(ch))
    return plain.split()


@functools.cache
def _name_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    forms: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name, rtype in RECORD_TYPES.items():
        texts = [name.replace("_", " "), rtype.label, rtype.plural, *_SHORT_NAMES.get(name, ())]
        texts += [t for text in (rtype.label, rtype.plural) for t in DOMAIN.get(text, ())]
        forms[name] = tuple({tuple(_words(t)) for t in texts if _words(t)})
    return forms


def named_after(sheet_name: str, entity: str) -> bool:
    """The sheet's name holds one of the type's names (its words, in order)."""
    words = _words(sheet_name)
    for form in _name_forms()[entity]:
        n = len(form)
        if any(tuple(words[i : i + n]) == form for i in range(len(words) - n + 1)):
            return True
    return False


def score_types(sheet_name: str, headers: list[str], hxl: list[str], skip: set[int]) -> list[TypeScore]:
    """Every record type's score for the sheet, best first (ties in the types' order)."""
    matches = {entity: [None if index in skip else match(entity, header, hxl[index] if index < len(hxl) else "")
                        for index, header in enumerate(headers)] for entity in RECORD_TYPES}
    # a column most types have (Title, Status, Notes) says less about the type than Country or Start
    common = {index for index in range(len(headers))
              if sum(1 for found in matches.values() if found[index] is not None) >= COMMON}
    found: list[TypeScore] = []
    for entity, rtype in RECORD_TYPES.items():
        score, columns, fields = 0.0, 0, set()
        for index, matched in enumerate(matches[entity]):
            if matched is None or matched[0] in fields or matched[0] in fmt.LEADING_KEYS:
                continue
            key, how = matched
            fields.add(key)
            columns += 1
            score += (0.8 if how == BY_SYNONYM else 1.0) * (0.5 if index in common else 1.0)
        for f in rtype.fields:
            if f.required and f.key in fields:
                score += 0.5
            elif f.required and f.default is None:
                score -= 0.5
        named = named_after(sheet_name, entity)
        if named:
            score += NAME_WEIGHT
        found.append(TypeScore(entity, round(score, 2), columns, named))
    order = list(RECORD_TYPES)
    found.sort(key=lambda s: (-s.score, order.index(s.entity)))
    return found


def choose(scores: list[TypeScore]) -> tuple[str | None, list[str]]:
    """(the type, []) or (None, the types it could be): a tie or too weak a score chooses nothing."""
    if not scores:
        return None, []
    best = scores[0]
    if best.columns == 0 or (best.columns < 2 and not best.named):
        return None, [s.entity for s in scores[:1] if s.columns]
    tied = [s.entity for s in scores if s.score == best.score and (s.columns or s.named)]
    if len(tied) > 1:
        return None, tied
    return best.entity, []
