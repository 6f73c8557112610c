"""Valid sample records of every record type, every field filled, and a reference check."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mouliaison.domain.ids import derived

D = dt.date

PARTY_A = derived("test", "party", "A")
PARTY_B = derived("test", "party", "B")
CONTACT_1 = derived("test", "contact", "1")
CONTACT_2 = derived("test", "contact", "2")
ORGANISATION_1 = derived("test", "organisation", "1")
ORGANISATION_2 = derived("test", "organisation", "2")
OFFICE_1 = derived("test", "office", "1")
ACTIVITY_1 = derived("test", "activity", "1")
MEETING_1 = derived("test", "meeting", "1")
PROJECT_1 = derived("test", "project_agreement", "1")
CONSENT_1 = derived("test", "consent_record", "1")
MISSING = derived("test", "nowhere")

KNOWN: frozenset[tuple[str, str]] = frozenset({
    ("party", PARTY_A),
    ("party", PARTY_B),
    ("contact", CONTACT_1),
    ("contact", CONTACT_2),
    ("organisation", ORGANISATION_1),
    ("organisation", ORGANISATION_2),
    ("office", OFFICE_1),
    ("activity", ACTIVITY_1),
    ("meeting", MEETING_1),
    ("project_agreement", PROJECT_1),
    ("consent_record", CONSENT_1),
})


def exists(record_type: str, record_id: str) -> bool:
    return (record_type, record_id) in KNOWN


_CONFIRMATIONS: dict[str, Any] = {
    "first_party_confirmed_by": CONTACT_1,
    "first_party_confirmed_on": D(2024, 3, 1),
    "second_party_confirmed_by": CONTACT_2,
    "second_party_confirmed_on": D(2024, 3, 2),
}

# Canonical values: what normalise() gives, sorted tuples for lists.
GOOD: dict[str, dict[str, Any]] = {
    "agreement": {
        "title": "Memorandum of Understanding on border management",
        "reference": "A-B MOU 2018",
        "first_party": PARTY_A,
        "second_party": PARTY_B,
        "first_party_signed_on": D(2018, 5, 7),
        "first_party_signed_at": "Geneva",
        "first_party_signatory": "First Signatory",
        "second_party_signed_on": D(2018, 5, 8),
        "second_party_signed_at": "Brussels",
        "second_party_signatory": "Second Signatory",
        "entry_into_force": D(2018, 5, 8),
        "termination_notice_months": 6,
        "termination_notice_on": D(2025, 8, 31),
        "termination_notice_by": PARTY_B,
        "status": "notice_given",
        "amendments": "Annex I added by exchange of letters.\nAnnex II added.",
        "notes": "Signed in two originals.",
    },
    "party": {
        "code": "IOM",
        "name": "International Organization for Migration",
        "headquarters": "Geneva, Switzerland",
        "description": "An intergovernmental organization.",
    },
    "office": {
        "name": "IOM Niamey",
        "party": PARTY_A,
        "level": "country",
        "country": "NER",
        "town": "Niamey",
        "other_party_present": True,
        "notes": "Shares premises with customs liaison.",
    },
    "organisation": {
        "name": "Direction Générale des Douanes",
        "acronym": "DGD",
        "organisation_type": "customs",
        "country": "NER",
        "notes": "National customs administration.",
    },
    "contact": {
        "full_name": "José García",
        "title": "Border management officer",
        "organisation": ORGANISATION_1,
        "party": PARTY_A,
        "office": OFFICE_1,
        "email": "jose.garcia@example.org",
        "phone": "+227 20 72 32 31",
        "languages": ("en", "es", "fr"),
        "notes": "Prefers email.",
    },
    "focal_point": {
        "contact": CONTACT_1,
        "party": PARTY_A,
        "level": "headquarters",
        "thematic_areas": ("i", "x.a"),
        "start_date": D(2018, 6, 1),
        "end_date": D(2020, 5, 31),
        "notes": "Designated under MOU 1.4.",
    },
    "activity": {
        "title": "Joint training on coordinated border management",
        "description": "Five-day course.\nCustoms and immigration officers.",
        "thematic_areas": ("v", "x.b"),
        "kind": "training",
        "lead_party": PARTY_B,
        "status": "completed",
        "planned_start_date": D(2024, 2, 1),
        "planned_end_date": D(2024, 2, 5),
        "start_date": D(2024, 2, 12),
        "end_date": D(2024, 2, 16),
        "countries": ("BFA", "NER"),
        "places": "Niamey, Ouagadougou",
        "organisations": tuple(sorted((ORGANISATION_1, ORGANISATION_2))),
        "participants": tuple(sorted((CONTACT_1, CONTACT_2))),
        "participants_women": 11,
        "participants_men": 14,
        "first_party_resources": "Trainers.",
        "second_party_resources": "Venue and materials.",
        "outcomes": "25 officers trained.",
        "follow_up": "Refresher in 2025.",
        "project_agreement": PROJECT_1,
        **_CONFIRMATIONS,
    },
    "meeting": {
        "title": "Annual consultation",
        "date": D(2024, 5, 8),
        "kind": "consultation",
        "organiser_party": PARTY_A,
        "location": "Brussels",
        "online": False,
        "attendees": tuple(sorted((CONTACT_1, CONTACT_2))),
        "agenda": "1. Review\n2. Plans",
        "decisions": "Joint workshop in 2025.",
        "activity": ACTIVITY_1,
        **_CONFIRMATIONS,
    },
    "action_item": {
        "meeting": MEETING_1,
        "description": "Draft the workshop concept note",
        "owner": CONTACT_1,
        "due_date": D(2024, 6, 30),
        "status": "open",
    },
    "information_exchange": {
        "date": D(2024, 4, 2),
        "from_party": PARTY_A,
        "to_party": PARTY_B,
        "subject": "Border assessment report",
        "documents": "Assessment report, REF-2024-01\nAnnex tables, REF-2024-02",
        "classification": "project_specific",
        "activity": ACTIVITY_1,
        "project_agreement": PROJECT_1,
        **_CONFIRMATIONS,
    },
    "cooperation_request": {
        "requesting_party": PARTY_B,
        "requested_party": PARTY_A,
        "subject": "Trainers for a customs course",
        "description": "Two trainers for one week.",
        "requested_on": D(2024, 1, 10),
        "responded_on": D(2024, 1, 20),
        "status": "accepted",
        "response": "Two trainers confirmed.",
    },
    "project_agreement": {
        "title": "Coordinated border management in the Sahel",
        "reference": "PA-2023-07",
        "first_party_signed_on": D(2023, 6, 1),
        "second_party_signed_on": D(2023, 6, 3),
        "start_date": D(2023, 7, 1),
        "end_date": D(2025, 6, 30),
        "status": "active",
        "first_party_roles": "Project management.",
        "second_party_roles": "Technical expertise.",
        "first_party_resources": "Funding.",
        "second_party_resources": "Experts.",
        "notes": "Under MOU 4.2.",
    },
    "ip_use_approval": {
        "owner_party": PARTY_B,
        "user_party": PARTY_A,
        "item": "logo",
        "purpose": "Workshop banner",
        "requested_by": CONTACT_1,
        "approved_by": CONTACT_2,
        "requested_on": D(2024, 3, 1),
        "approved_on": D(2024, 3, 5),
        "expires_on": D(2024, 12, 31),
        "status": "approved",
        "instructions": "Use the logo on a white background.",
    },
    "consent_record": {
        "contact": CONTACT_1,
        "recipient": "third-party:UNHCR",
        "given_on": D(2024, 1, 15),
        "valid_until": D(2026, 1, 14),
        "method": "signed-form",
        "evidence": "Form 2024-001",
        "recorded_by": "Data protection focal point",
        "withdraws": CONSENT_1,
        "withdrawn_on": D(2024, 1, 15),
    },
    "term": {
        "vocabulary": "thematic_area",
        "code": "x.m",
        "label": "Maritime borders",
        "parent": "x",
        "description": "An extension made by an office.",
    },
}
