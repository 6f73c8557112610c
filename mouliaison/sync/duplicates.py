"""Candidates for the same real-world contact or organisation, recorded twice.

Never merged automatically: candidates are scored with the reason shown, and a person
merges them or says "not a duplicate". Names are compared after normalising (Unicode NFC,
accents, case, spacing, punctuation) and regardless of the order of given and family
names (RapidFuzz's token-sort ratio); email and phone numbers count when they match.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from mouliaison.domain.messages import Message

NAME_THRESHOLD = 88.0  # token-sort ratio of normalised names that makes a candidate on its own
SCORE_THRESHOLD = 60.0

_PUNCTUATION = re.compile(r"[^\w\s@.+]", re.UNICODE)


@dataclass(frozen=True)
class Party:
    """What is compared of one record."""

    id: str
    name: str
    email: str | None = None
    phone: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class Candidate:
    first: str  # the smaller id
    second: str
    score: float  # 0..100
    reasons: tuple[str, ...]


# The fields `party_of` compares: a save that changes none of them makes no new candidate.
COMPARED = {"contact": ("full_name", "email", "phone", "organisation"), "organisation": ("name", "acronym", "country")}


def party_of(entity: str, record_id: str, values: Mapping[str, Any]) -> Party:
    """What is compared of a contact or an organisation, from its field values."""
    if entity == "contact":
        return Party(record_id, values.get("full_name") or "", values.get("email"), values.get("phone"),
                     values.get("organisation"))
    name = " ".join(filter(None, [values.get("name"), values.get("acronym")]))
    return Party(record_id, name, organisation=values.get("country"))


def normalise_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", name))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_PUNCTUATION.sub(" ", bare.casefold()).split())


def phone_digits(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    return digits[-9:] if len(digits) >= 7 else ""


def score(a: Party, b: Party) -> Candidate | None:
    reasons: list[str] = []
    name_a, name_b = normalise_name(a.name), normalise_name(b.name)
    similarity = fuzz.token_sort_ratio(name_a, name_b) if name_a and name_b else 0.0
    points = similarity * 0.8
    if name_a and name_a == name_b:
        reasons.append(Message("same name") if a.name == b.name
                       else Message("same name once accents, case and spacing are set aside"))
    elif name_a and sorted(name_a.split()) == sorted(name_b.split()):
        reasons.append(Message("same name, given and family names in another order"))
    elif similarity >= NAME_THRESHOLD:
        reasons.append(Message("similar names ({percent}%)", percent=f"{similarity:.0f}"))
    if a.email and b.email and a.email.casefold() == b.email.casefold():
        points += 40
        reasons.append(Message("same email"))
    if phone_digits(a.phone) and phone_digits(a.phone) == phone_digits(b.phone):
        points += 30
        reasons.append(Message("same phone number"))
    if a.organisation and a.organisation == b.organisation:
        points += 10
        reasons.append(Message("same organisation"))
    strong = similarity >= NAME_THRESHOLD or any(r.startswith("same email") or r.startswith("same phone")
                                                 for r in reasons)
    if not strong or min(points, 100.0) < SCORE_THRESHOLD:
        return None
    first, second = sorted((a.id, b.id))
    return Candidate(first, second, round(min(points, 100.0), 1), tuple(reasons))


def candidates(parties: Iterable[Party], among: Iterable[Party] | None = None) -> list[Candidate]:
    """Scored pairs: all pairs of `parties`, or each of `parties` against `among`.

    Only pairs sharing a blocking key (a name token, an email, a phone number) are scored,
    so thousands of contacts do not make millions of comparisons.
    """
    parties = list(parties)
    pool = parties if among is None else list(among)
    index: dict[str, set[int]] = defaultdict(set)
    for n, party in enumerate(pool):
        for key in _keys(party):
            index[key].add(n)
    found: dict[tuple[str, str], Candidate] = {}
    for party in parties:
        others = {n for key in _keys(party) for n in index.get(key, ())}
        for n in others:
            other = pool[n]
            if other.id == party.id:
                continue
            candidate = score(party, other)
            if candidate is not None:
                found[(candidate.first, candidate.second)] = candidate
    return sorted(found.values(), key=lambda c: (-c.score, c.first, c.second))


def _keys(party: Party) -> set[str]:
    keys = {f"n:{token}" for token in normalise_name(party.name).split() if len(token) > 2}
    if party.email:
        keys.add(f"e:{party.email.casefold()}")
    if phone_digits(party.phone):
        keys.add(f"p:{phone_digits(party.phone)}")
    return keys
