"""The reference data of issue 6, made in memory from a fixed seed: the same seed gives the same
records, versions and ids on every machine.

100,000 activities (about 20 fields each: text of realistic lengths with accents, dates,
thematic areas and countries as lists, statuses, the lead party), 20,000 contacts and 10,000
meetings at scale 1. Activities belong to 20 field offices (5,000 each); 10% of them were edited
at their own office and at a second office (a different field, and for half of them the status
too, so those come out as conflicts when both offices' files meet).

Everything is built as the sync layer's `Version`s, so the databases made from it hold exactly
what offices that typed these records would hold.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from mouliaison.domain import clock
from mouliaison.domain.countries import COUNTRIES
from mouliaison.domain.default_agreement import IOM_ID, WCO_ID
from mouliaison.domain.languages import LANGUAGES
from mouliaison.domain.record_types import record_type
from mouliaison.domain.values import normalise, to_wire
from mouliaison.domain.versions import FILE, LOCAL, Version
from mouliaison.domain.vocabularies import VOCABULARIES

OFFICES = 20
EDITED_SHARE = 0.10  # of activities edited at two offices
FULL = {"activity": 100_000, "contact": 20_000, "meeting": 10_000}
START_MS = int(dt.datetime(2024, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)  # first creation stamp
EDIT_MS = int(dt.datetime(2025, 3, 1, tzinfo=dt.UTC).timestamp() * 1000)  # edits come after every creation

PLACES = ("Ouagadougou", "Bamako", "Niamey", "N'Djamena", "Dakar", "Nouakchott", "Abidjan", "Lomé", "Cotonou",
          "Douala", "Yaoundé", "Bogotá", "Cúcuta", "Tumbes", "Asunción", "Ciudad del Este", "San José",
          "Panamá", "Tegucigalpa", "Managua", "Bruxelles", "Genève", "Malmö", "Kraków", "Ñuñoa", "Goma",
          "Gisenyi", "Busia", "Malaba", "Namanga", "Moyale", "Chirundu", "Kasumbalesa", "Beitbridge", "Erbil")
TITLE_STARTS = ("Formation conjointe sur", "Atelier régional sur", "Évaluation des risques :", "Joint training on",
                "Regional workshop on", "Taller de capacitación sobre", "Misión de evaluación:",
                "Séminaire de haut niveau sur", "Study visit on", "Consultation technique sur")
TOPICS = ("la gestion coordonnée des frontières", "les postes frontières à guichet unique",
          "la facilitation douanière d'urgence", "les données préalables sur les passagers",
          "la traite des êtres humains", "el contrabando de migrantes", "la gestión humanitaria de fronteras",
          "integrated border management", "risk analysis for customs and immigration",
          "cross-border trade and small traders", "la santé publique aux points d'entrée",
          "biometrics and information systems", "les communautés frontalières", "la coopération régionale")
WORDS = ("les", "agents", "douane", "frontière", "migration", "coopération", "réunion", "équipe", "sécurité",
         "commerce", "données", "procédures", "évaluation", "capacités", "formación", "aduanas", "migración",
         "población", "fronteriza", "información", "officers", "border", "post", "community", "training",
         "risk", "traders", "manual", "guidance", "partners", "ministère", "intérieur", "santé", "été", "où",
         "après", "début", "préparation", "matériel", "véhicules", "équipements", "résultats", "año", "niños")
FIRST_NAMES = ("Aïcha", "Amadou", "Bénédicte", "Chloé", "Daniela", "Émile", "Fatoumata", "François", "Hélène",
               "Ibrahim", "Inés", "José", "Jürgen", "Léa", "Mariama", "Moussa", "Nuño", "Oumar", "Renée",
               "Søren", "Zoë", "Ángela", "Çelik", "Łukasz")
LAST_NAMES = ("Diallo", "Traoré", "Ouédraogo", "García", "Muñoz", "Pérez", "Dupré", "Lefèvre", "Kaboré",
              "Ndiaye", "Sánchez", "Müller", "Nakamura", "O'Connor", "Ødegaard", "Kowalczyk", "Mbappé")
ROLES = ("Chef de poste", "Customs officer", "Oficial de migración", "Programme manager", "Directeur adjoint",
         "Border liaison officer", "Coordinadora regional")


@dataclass(frozen=True)
class Scale:
    factor: float
    seed: int

    def count(self, entity: str) -> int:
        return max(OFFICES, round(FULL[entity] * self.factor))

    @property
    def key(self) -> str:
        return f"scale-{self.factor:g}-seed-{self.seed}"


@dataclass
class Workload:
    """All versions of the reference data, and which office holds what."""

    scale: Scale
    office_sites: list[str]  # site id of field office k (0-based)
    hq_site: str
    activities: list[str] = field(default_factory=list)  # record ids, in office order
    home: dict[str, int] = field(default_factory=dict)  # activity -> its office
    versions: dict[tuple[str, str], list[Version]] = field(default_factory=dict)  # (entity, id) -> versions
    edited_at: dict[str, int] = field(default_factory=dict)  # activity -> the second office that edited it

    def office_records(self, office: int) -> list[str]:
        """The activities office `office` holds: its own, and those of others it edited."""
        own = [a for a in self.activities if self.home[a] == office]
        edited = [a for a, other in self.edited_at.items() if other == office]
        return own + edited

    def office_versions(self, office: int) -> Iterator[Version]:
        """What that office's database holds of the activities: every creation, and its own edits
        (a record another office created came in a file; the other office's edit has not yet)."""
        site = self.office_sites[office]
        for record_id in self.office_records(office):
            created, *edits = self.versions[("activity", record_id)]
            yield created if created.site_id == site else as_received(created, _file_of(created.site_id))
            yield from (v for v in edits if v.site_id == site)

    def all_versions(self) -> Iterator[Version]:
        for versions in self.versions.values():
            yield from versions


class _Ids:
    """UUIDv7-shaped ids from the seeded generator (the app's own uuid7 draws from os.urandom)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def at(self, ms: int) -> str:
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | self._rng.getrandbits(12) << 64
        value |= 0b10 << 62 | self._rng.getrandbits(62)
        return str(uuid.UUID(int=value))


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, low: int, high: int) -> str:
    """Sentences until the text is between `low` and `high` characters long."""
    target = rng.randint(low, high)
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < target:
        parts.append(_sentence(rng, rng.randint(6, 16)))
    return " ".join(parts)[:high].rstrip()


def _wire(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """Canonical wire values, as the app's write path would store them."""
    rtype = record_type(entity)
    wire = {}
    for key, value in values.items():
        f = rtype.field(key)
        assert f is not None, key
        canonical = normalise(f, value)
        if canonical is not None:
            wire[key] = to_wire(f, canonical)
    return wire


def _activity(rng: random.Random, n: int) -> dict[str, Any]:
    codes = [t.code for t in VOCABULARIES["thematic_area"]]
    countries = [c for c, _ in COUNTRIES]
    kinds = [t.code for t in VOCABULARIES["activity_kind"]]
    start = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2500))
    end = start + dt.timedelta(days=rng.randint(0, 20))
    status = rng.choice(("planned", "ongoing", "completed", "completed", "cancelled"))
    place = rng.choice(PLACES)
    values: dict[str, Any] = {
        "title": f"{rng.choice(TITLE_STARTS)} {rng.choice(TOPICS)} à {place} ({n})",
        "description": _paragraph(rng, 150, 700),
        "thematic_areas": rng.sample(codes, rng.randint(1, 3)),
        "kind": rng.choice(kinds),
        "lead_party": rng.choice((IOM_ID, WCO_ID)),
        "status": status,
        "planned_start_date": start,
        "planned_end_date": end,
        "countries": rng.sample(countries, rng.randint(1, 3)),
        "places": ", ".join(rng.sample(PLACES, rng.randint(1, 3))),
        "participants_women": rng.randint(0, 40),
        "participants_men": rng.randint(0, 40),
        "first_party_resources": _paragraph(rng, 20, 120),
        "second_party_resources": _paragraph(rng, 20, 120),
        "outcomes": _paragraph(rng, 60, 400),
        # a dash list now and then: text a spreadsheet would take for a formula
        "follow_up": ("- " if rng.random() < 0.03 else "") + _paragraph(rng, 30, 200),
    }
    if status in ("ongoing", "completed"):
        values["start_date"] = start + dt.timedelta(days=rng.randint(0, 10))
        values["end_date"] = values["start_date"] + dt.timedelta(days=rng.randint(0, 20))
    return values


def build(scale: Scale) -> Workload:
    rng = random.Random(scale.seed)
    ids = _Ids(rng)
    offices = [ids.at(START_MS - 86_400_000) for _ in range(OFFICES)]
    work = Workload(scale, offices, ids.at(START_MS - 86_400_000))
    n = scale.count("activity")
    per_office = n // OFFICES
    step = (EDIT_MS - START_MS) // (n + 1)
    edit_step = 60_000
    for i in range(n):
        office = min(i // per_office, OFFICES - 1)
        ms = START_MS + i * step
        record_id = ids.at(ms)
        site = offices[office]
        create = Version(ids.at(ms), "activity", record_id, clock.pack(ms), site, _wire("activity", _activity(rng, i)),
                         {}, LOCAL)
        versions = [create]
        if rng.random() < EDITED_SHARE:
            other = (office + 1 + rng.randrange(OFFICES - 1)) % OFFICES
            work.edited_at[record_id] = other
            edit_ms = EDIT_MS + i * edit_step // 10
            home_values = _wire("activity", {"status": "completed", "outcomes": _paragraph(rng, 60, 300)})
            versions.append(Version(ids.at(edit_ms), "activity", record_id, clock.pack(edit_ms), site, home_values,
                                    {k: (create.id,) for k in home_values}, LOCAL))
            other_values: dict[str, Any] = {"follow_up": _paragraph(rng, 40, 200)}
            if rng.random() < 0.5:
                other_values["status"] = "ongoing"  # concurrent with the home office's: a conflict
            other_values = _wire("activity", other_values)
            versions.append(Version(ids.at(edit_ms + 1), "activity", record_id, clock.pack(edit_ms + 1),
                                    offices[other], other_values, {k: (create.id,) for k in other_values}, LOCAL))
        work.activities.append(record_id)
        work.home[record_id] = office
        work.versions[("activity", record_id)] = versions
    contacts = _contacts(rng, ids, work, scale.count("contact"))
    _meetings(rng, ids, work, scale.count("meeting"), contacts)
    return work


def _contacts(rng: random.Random, ids: _Ids, work: Workload, count: int) -> list[str]:
    languages = [c for c, _ in LANGUAGES]
    made = []
    for i in range(count):
        ms = START_MS + i * 1_000
        record_id = ids.at(ms)
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        values = _wire("contact", {
            "full_name": f"{first} {last}",
            "title": rng.choice(ROLES),
            "party": rng.choice((IOM_ID, WCO_ID)),
            "email": f"contact{i}@example.org",
            "phone": f"+226 70 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "languages": rng.sample(languages, rng.randint(1, 3)),
            "notes": _paragraph(rng, 0, 200) if rng.random() < 0.4 else None,
        })
        site = work.office_sites[i % OFFICES]
        work.versions[("contact", record_id)] = [
            Version(ids.at(ms), "contact", record_id, clock.pack(ms), site, values, {}, LOCAL)]
        made.append(record_id)
    return made


def _meetings(rng: random.Random, ids: _Ids, work: Workload, count: int, contacts: list[str]) -> None:
    kinds = [t.code for t in VOCABULARIES["meeting_kind"]]
    for i in range(count):
        ms = START_MS + i * 2_000 + 500
        record_id = ids.at(ms)
        values = _wire("meeting", {
            "title": f"Réunion de coordination {rng.choice(TOPICS)} ({i})",
            "date": dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2500)),
            "kind": rng.choice(kinds),
            "organiser_party": rng.choice((IOM_ID, WCO_ID)),
            "location": rng.choice(PLACES),
            "online": rng.random() < 0.3,
            "attendees": rng.sample(contacts, rng.randint(1, 4)),
            "agenda": _paragraph(rng, 50, 400),
            "decisions": _paragraph(rng, 0, 300),
            "activity": rng.choice(work.activities),
        })
        site = work.office_sites[i % OFFICES]
        work.versions[("meeting", record_id)] = [
            Version(ids.at(ms), "meeting", record_id, clock.pack(ms), site, values, {}, LOCAL)]


def _file_of(site: str) -> str:
    """The id of the file a site's versions travelled in (any stable id will do)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"mouliaison-benchmark-file:{site}"))


def as_received(version: Version, source: str) -> Version:
    """The version as a database that imported it from a file holds it."""
    return Version(version.id, version.entity, version.record_id, version.stamp, version.site_id, version.values,
                   version.parents, FILE, source)
