"""The embedded default: the IOM-WCO Memorandum of Understanding of 2018.

Every new database holds these records. Their ids are derived from their content's
natural keys, so every office holds the very same records and merging never duplicates
them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from mouliaison.domain.ids import derived
from mouliaison.domain.vocabularies import VOCABULARIES


@dataclass(frozen=True)
class EmbeddedRecord:
    entity: str
    record_id: str
    values: dict[str, Any]  # canonical values


IOM_ID = derived("party", "IOM")
WCO_ID = derived("party", "WCO")
AGREEMENT_ID = derived("agreement", "IOM-WCO MOU 2018")

PARTIES = (
    EmbeddedRecord("party", IOM_ID, {
        "code": "IOM",
        "name": "International Organization for Migration",
        "headquarters": "17, Route des Morillons, CH-1211 Geneva 19, Switzerland",
        "description": "An intergovernmental organization, part of the United Nations system.",
    }),
    EmbeddedRecord("party", WCO_ID, {
        "code": "WCO",
        "name": "World Customs Organization",
        "headquarters": "30 rue du Marché, Brussels, Belgium",
        "description": "An intergovernmental organisation established in 1952 as the "
        "Customs Co-operation Council.",
    }),
)

# The parties as French and Spanish trackers (and British spelling) name them: a Lead party cell
# saying "OIM" or "Organisation mondiale des douanes" names the party all the same.
PARTY_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    IOM_ID: ("OIM", "Organisation internationale pour les migrations",
             "Organización Internacional para las Migraciones", "International Organisation for Migration"),
    WCO_ID: ("OMD", "OMA", "Organisation mondiale des douanes", "Organización Mundial de Aduanas",
             "World Customs Organisation"),
}

AGREEMENT = EmbeddedRecord("agreement", AGREEMENT_ID, {
    "title": "Memorandum of Understanding between the International Organization for "
    "Migration and the World Customs Organization",
    "reference": "IOM-WCO MOU 2018",
    "first_party": IOM_ID,
    "second_party": WCO_ID,
    "first_party_signed_on": dt.date(2018, 5, 7),
    "first_party_signed_at": "Geneva",
    "first_party_signatory": "William Lacy Swing, Director General",
    "second_party_signed_on": dt.date(2018, 5, 8),
    "second_party_signed_at": "Brussels",
    "second_party_signatory": "Kunio Mikuriya, Secretary General",
    "entry_into_force": dt.date(2018, 5, 8),
    "termination_notice_months": 6,
    "status": "in_force",
    "notes": "MOU 7.1: in force on signature by both Parties. 7.2: terminated by mutual "
    "consent, or by written notice of one Party, effective six months after delivery. "
    "7.3: modified by mutual written consent.",
})


def term_id(vocabulary: str, code: str) -> str:
    return derived("term", vocabulary, code)


TERMS = tuple(
    EmbeddedRecord("term", term_id(t.vocabulary, t.code), {
        k: v for k, v in {
            "vocabulary": t.vocabulary,
            "code": t.code,
            "label": t.label,
            "parent": t.parent,
            "description": t.description or None,
        }.items() if v is not None
    })
    for terms in VOCABULARIES.values()
    for t in terms
)

EMBEDDED_RECORDS: tuple[EmbeddedRecord, ...] = (*PARTIES, AGREEMENT, *TERMS)


def termination_effective(notice_delivered: dt.date, months: int = 6) -> dt.date:
    """MOU 7.2: the day termination takes effect, `months` after the notice's delivery."""
    month_index = notice_delivered.month - 1 + months
    year, month = notice_delivered.year + month_index // 12, month_index % 12 + 1
    for day in range(notice_delivered.day, 0, -1):  # 31 August + 6 months = 28/29 February
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
