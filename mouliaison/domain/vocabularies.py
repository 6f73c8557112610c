"""The reference vocabularies that ship with the app.

A new database holds every term below as a `term` record (see `default_agreement`),
so offices can extend a vocabulary and the extension travels like any other record.
Codes are stable keys written to workbooks; labels are for people.
"""

from __future__ import annotations

from dataclasses import dataclass

from mouliaison.domain.countries import COUNTRIES
from mouliaison.domain.languages import LANGUAGES


@dataclass(frozen=True)
class Term:
    vocabulary: str
    code: str
    label: str
    parent: str | None = None
    description: str = ""


def _terms(vocabulary: str, *pairs: tuple[str, str]) -> tuple[Term, ...]:
    return tuple(Term(vocabulary, code, label) for code, label in pairs)


# MOU Article 4.1: the thematic areas i-xi and the topics x.a-x.l of area x.
THEMATIC_AREAS: tuple[Term, ...] = (
    Term("thematic_area", "i", "Border management: risk assessment, materials, training",
         description="Risk assessments; information materials; capacity building support "
         "programmes; training manuals, tools and guidance; joint advocacy and public "
         "information campaigns."),
    Term("thematic_area", "ii", "Good practices and recommendations for CBM/IBM policy"),
    Term("thematic_area", "iii", "Organisational and institutional structures for CBM"),
    Term("thematic_area", "iv", "Standard Operating Procedures on CBM/IBM"),
    Term("thematic_area", "v", "Joint training courses and joint trainings"),
    Term("thematic_area", "vi", "Responsible data collection and information exchange"),
    Term("thematic_area", "vii", "Standards for border management tools and technology"),
    Term("thematic_area", "viii", "Regional cooperation and integration on border management"),
    Term("thematic_area", "ix", "Conferences, seminars and workshops on CBM/IBM"),
    Term("thematic_area", "x", "Joint research, awareness, policy and capacity building"),
    Term("thematic_area", "x.a", "Cross-border trade and development", parent="x"),
    Term("thematic_area", "x.b", "One Stop Border Posts (OSBPs)", parent="x"),
    Term("thematic_area", "x.c", "Engagement of cross-border communities", parent="x"),
    Term("thematic_area", "x.d", "Risk analysis and risk management", parent="x"),
    Term("thematic_area", "x.e", "Cross-border crime (trafficking, smuggling)", parent="x"),
    Term("thematic_area", "x.f", "Cross-border security threats", parent="x"),
    Term("thematic_area", "x.g", "Irregular cross-border movements", parent="x"),
    Term("thematic_area", "x.h", "Advance Passenger Information (API)", parent="x"),
    Term("thematic_area", "x.i", "Humanitarian Border Management", parent="x"),
    Term("thematic_area", "x.j", "Public health and cross-border flows", parent="x"),
    Term("thematic_area", "x.k", "Integrated IT, biometrics, information systems", parent="x"),
    Term("thematic_area", "x.l", "Public-private partnerships in border management", parent="x"),
    Term("thematic_area", "xi", "Emergency customs facilitation for humanitarian aid"),
)

ACTIVITY_KINDS = _terms(
    "activity_kind",
    ("risk_assessment", "Risk assessment"),
    ("training", "Training"),
    ("information_materials", "Information materials"),
    ("guidance_materials", "Training manuals, tools and guidance"),
    ("sop", "Standard Operating Procedures"),
    ("advocacy_campaign", "Advocacy or public information campaign"),
    ("policy_advice", "Policy advice and recommendations"),
    ("conference_workshop", "Conference, seminar or workshop"),
    ("joint_research", "Joint research"),
    ("capacity_building", "Capacity building"),
    ("data_exchange", "Data collection and information exchange"),
    ("emergency_customs_facilitation", "Emergency customs facilitation"),
    ("other", "Other"),
)

VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "thematic_area": THEMATIC_AREAS,
    "activity_kind": ACTIVITY_KINDS,
    "activity_status": _terms(
        "activity_status",
        ("planned", "Planned"), ("ongoing", "Ongoing"),
        ("completed", "Completed"), ("cancelled", "Cancelled"),
    ),
    "office_level": _terms(
        "office_level",
        ("headquarters", "Headquarters"), ("regional", "Regional"),
        ("country", "Country"), ("field", "Field"),
    ),
    "focal_point_level": _terms(
        "focal_point_level",
        ("headquarters", "Headquarters"), ("regional", "Regional"), ("field", "Field"),
    ),
    "meeting_kind": _terms(
        "meeting_kind",
        ("consultation", "Consultation"), ("joint_meeting", "Joint meeting"),
        ("workshop", "Workshop"), ("observer_invitation", "Observer invitation to a conference"),
    ),
    "action_status": _terms(
        "action_status", ("open", "Open"), ("done", "Done"), ("cancelled", "Cancelled"),
    ),
    "classification": _terms(
        "classification",
        ("public_domain", "Public domain"), ("project_specific", "Project-specific"),
        ("confidential", "Confidential"),
    ),
    "request_status": _terms(
        "request_status",
        ("open", "Open"), ("accepted", "Accepted"),
        ("declined", "Declined"), ("completed", "Completed"),
    ),
    "project_status": _terms(
        "project_status",
        ("draft", "Draft"), ("signed", "Signed"), ("active", "Active"),
        ("completed", "Completed"), ("terminated", "Terminated"),
    ),
    "agreement_status": _terms(
        "agreement_status",
        ("draft", "Draft"), ("in_force", "In force"),
        ("notice_given", "Termination notice given"), ("terminated", "Terminated"),
    ),
    "ip_item": _terms(
        "ip_item",
        ("logo", "Logo"), ("name", "Name"), ("trademark", "Trademark"), ("other", "Other"),
    ),
    "ip_status": _terms(
        "ip_status",
        ("requested", "Requested"), ("approved", "Approved"), ("refused", "Refused"),
        ("withdrawn", "Withdrawn"),
    ),
    "organisation_type": _terms(
        "organisation_type",
        ("customs", "Customs administration"), ("border_police", "Border police"),
        ("immigration", "Immigration authority"), ("ministry", "Ministry"),
        ("private_partner", "Private partner"),
        ("international_organisation", "International organisation"),
        ("ngo", "Non-governmental organisation"), ("academic", "Academic institution"),
        ("other", "Other"),
    ),
    "consent_method": _terms(
        "consent_method",
        ("signed-form", "Signed form"), ("email", "Email"), ("other", "Other"),
    ),
    "country": tuple(Term("country", code, name) for code, name in COUNTRIES),
    "language": tuple(Term("language", code, name) for code, name in LANGUAGES),
}

VOCABULARY_LABELS: dict[str, str] = {
    "thematic_area": "Thematic areas (MOU Article 4.1)",
    "activity_kind": "Activity kinds",
    "activity_status": "Activity statuses",
    "office_level": "Office levels",
    "focal_point_level": "Focal point levels (MOU 1.3)",
    "meeting_kind": "Meeting kinds",
    "action_status": "Action item statuses",
    "classification": "Information classification (MOU 3.1, 3.2, 3.6)",
    "request_status": "Cooperation request statuses",
    "project_status": "Project agreement statuses",
    "agreement_status": "Agreement statuses",
    "ip_item": "Intellectual property items (MOU 3.3)",
    "ip_status": "IP-use approval statuses",
    "organisation_type": "Organisation types",
    "consent_method": "Consent methods (MOU 3.6)",
    "country": "Countries (ISO 3166-1)",
    "language": "Languages (ISO 639-1)",
}


class VocabularyIndex:
    """Which codes each vocabulary allows: the shipped terms plus any added in the database."""

    def __init__(self, terms: dict[str, list[Term]] | None = None) -> None:
        source = terms if terms is not None else {k: list(v) for k, v in VOCABULARIES.items()}
        self._terms = {name: {t.code: t for t in items} for name, items in source.items()}

    @classmethod
    def shipped(cls) -> VocabularyIndex:
        return cls()

    def names(self) -> list[str]:
        return sorted(self._terms)

    def allows(self, vocabulary: str, code: str) -> bool:
        return code in self._terms.get(vocabulary, {})

    def codes(self, vocabulary: str) -> list[str]:
        return list(self._terms.get(vocabulary, {}))

    def label(self, vocabulary: str, code: str) -> str:
        term = self._terms.get(vocabulary, {}).get(code)
        return term.label if term else code

    def lookup(self, vocabulary: str, text: str) -> str | None:
        """The code for `text` given as a code or a label (case-insensitive), if any."""
        terms = self._terms.get(vocabulary, {})
        if text in terms:
            return text
        folded = text.casefold()
        for code, term in terms.items():
            if code.casefold() == folded or term.label.casefold() == folded:
                return code
        return None
