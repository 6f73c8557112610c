"""The records of the MOU (PRODUCT.md's table), each with its fields and rules.

Positional parties: an agreement has a first and a second party (IOM and WCO in the
embedded default). Fields that exist once per party (joint confirmation, signatures,
resources) are named `first_party_...` and `second_party_...` so that the two parties
editing their own confirmation at the same time never conflict.
"""

from __future__ import annotations

import graphlib
from dataclasses import dataclass
from dataclasses import field as dc_field

from mouliaison.domain import rules
from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.rules import Rule
from mouliaison.domain.values import Value


@dataclass(frozen=True)
class RecordType:
    name: str  # singular key: the command line's TYPE, the table's name
    label: str
    plural: str
    fields: tuple[Field, ...]
    title_field: str  # what names a record to a person, and finds it by name
    rules: tuple[Rule, ...] = dc_field(default=())
    append_only: bool = False  # never edited or deleted: a later record supersedes it

    def count(self, n: int) -> str:
        """'1 joint activity', '2 joint activities': for messages."""
        return f"{n} {(self.label if n == 1 else self.plural).lower()}"

    def field(self, key: str) -> Field | None:
        return self._by_key.get(key)

    @property
    def _by_key(self) -> dict[str, Field]:
        cached = self.__dict__.get("_fields_by_key")
        if cached is None:
            cached = {f.key: f for f in self.fields}
            object.__setattr__(self, "_fields_by_key", cached)
        return cached

    def defaults(self) -> dict[str, Value]:
        """The values a new record starts with, for the fields that have one."""
        return {f.key: f.default for f in self.fields if f.default is not None}

    @property
    def personal_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.personal)


def _text(key: str, label: str, required: bool = False, **kw: object) -> Field:
    return Field(key, label, Kind.TEXT, required=required, **kw)  # type: ignore[arg-type]


def _long(key: str, label: str, **kw: object) -> Field:
    return Field(key, label, Kind.LONG_TEXT, **kw)  # type: ignore[arg-type]


def _date(key: str, label: str, required: bool = False) -> Field:
    return Field(key, label, Kind.DATE, required=required)


def _choice(key: str, label: str, vocabulary: str, required: bool = False, default: str | None = None) -> Field:
    return Field(key, label, Kind.CHOICE, required=required, vocabulary=vocabulary, default=default)


def _choices(key: str, label: str, vocabulary: str) -> Field:
    return Field(key, label, Kind.CHOICES, vocabulary=vocabulary)


def _ref(key: str, label: str, target: str, required: bool = False) -> Field:
    return Field(key, label, Kind.REFERENCE, required=required, target=target)


def _refs(key: str, label: str, target: str) -> Field:
    return Field(key, label, Kind.REFERENCES, target=target)


def _count(key: str, label: str) -> Field:
    return Field(key, label, Kind.INTEGER, minimum=0)


CONFIRMATION_FIELDS: tuple[Field, ...] = (
    _ref("first_party_confirmed_by", "Confirmed for the first party by", "contact"),
    _date("first_party_confirmed_on", "Confirmed for the first party on"),
    _ref("second_party_confirmed_by", "Confirmed for the second party by", "contact"),
    _date("second_party_confirmed_on", "Confirmed for the second party on"),
)
CONFIRMATION_RULES: tuple[Rule, ...] = (
    rules.together("first_party_confirmed_by", "first_party_confirmed_on",
                   "a confirmation names who confirmed and when"),
    rules.together("second_party_confirmed_by", "second_party_confirmed_on",
                   "a confirmation names who confirmed and when"),
)

AGREEMENT = RecordType(
    "agreement", "Agreement", "Agreements",
    (
        _text("title", "Title", required=True),
        _text("reference", "Reference"),
        _ref("first_party", "First party", "party", required=True),
        _ref("second_party", "Second party", "party", required=True),
        _date("first_party_signed_on", "Signed by the first party on"),
        _text("first_party_signed_at", "Place of the first party's signature"),
        _text("first_party_signatory", "Signatory for the first party"),
        _date("second_party_signed_on", "Signed by the second party on"),
        _text("second_party_signed_at", "Place of the second party's signature"),
        _text("second_party_signatory", "Signatory for the second party"),
        _date("entry_into_force", "Entry into force"),
        Field("termination_notice_months", "Termination takes effect after (months)", Kind.INTEGER,
              required=True, minimum=0, default=6),
        _date("termination_notice_on", "Termination notice delivered on"),
        _ref("termination_notice_by", "Termination notice given by", "party"),
        _choice("status", "Status", "agreement_status", required=True, default="draft"),
        _long("amendments", "Amendments (agreed in writing by both parties)"),
        _long("notes", "Notes"),
    ),
    title_field="title",
    rules=(
        rules.differ("first_party", "second_party", "an agreement is between two different parties"),
        rules.entry_into_force_is_later_signature,
        rules.together("termination_notice_on", "termination_notice_by",
                       "a termination notice names who gave it and when it was delivered"),
        rules.required_when("termination_notice_on", "status", "notice_given",
                            "a notice given needs the date it was delivered"),
    ),
)

PARTY = RecordType(
    "party", "Party", "Parties",
    (
        _text("code", "Code", required=True),
        _text("name", "Name", required=True),
        _text("headquarters", "Headquarters"),
        _long("description", "Description"),
    ),
    title_field="code",
)

OFFICE = RecordType(
    "office", "Office", "Offices",
    (
        _text("name", "Name", required=True),
        _ref("party", "Party", "party", required=True),
        _choice("level", "Level", "office_level", required=True),
        _choice("country", "Country", "country"),
        _text("town", "Town"),
        Field("other_party_present", "The other party is present here", Kind.BOOLEAN),
        _long("notes", "Notes"),
    ),
    title_field="name",
)

ORGANISATION = RecordType(
    "organisation", "Organisation", "Organisations",
    (
        _text("name", "Name", required=True),
        _text("acronym", "Acronym"),
        _choice("organisation_type", "Type", "organisation_type"),
        _choice("country", "Country", "country"),
        _long("notes", "Notes"),
    ),
    title_field="name",
)

CONTACT = RecordType(
    "contact", "Contact", "Contacts",
    (
        _text("full_name", "Full name", required=True, personal=True),
        _text("title", "Title or role"),
        _ref("organisation", "Organisation", "organisation"),
        _ref("party", "Party", "party"),
        _ref("office", "Office", "office"),
        Field("email", "Email", Kind.EMAIL, personal=True),
        Field("phone", "Phone", Kind.PHONE, personal=True),
        _choices("languages", "Languages", "language"),
        _long("notes", "Notes", personal=True),
    ),
    title_field="full_name",
)

FOCAL_POINT = RecordType(
    "focal_point", "Focal point", "Focal points",
    (
        _ref("contact", "Contact", "contact", required=True),
        _ref("party", "Party", "party", required=True),
        _choice("level", "Level", "focal_point_level", required=True),
        _choices("thematic_areas", "Thematic areas", "thematic_area"),
        _date("start_date", "From"),
        _date("end_date", "Until"),
        _long("notes", "Notes"),
    ),
    title_field="contact",
    rules=(rules.dates_in_order("start_date", "end_date", "the designation"),),
)

ACTIVITY = RecordType(
    "activity", "Joint activity", "Joint activities",
    (
        _text("title", "Title", required=True),
        _long("description", "Description"),
        _choices("thematic_areas", "Thematic areas", "thematic_area"),
        _choice("kind", "Kind", "activity_kind"),
        _ref("lead_party", "Lead party", "party"),
        _choice("status", "Status", "activity_status", required=True, default="planned"),
        _date("planned_start_date", "Planned start"),
        _date("planned_end_date", "Planned end"),
        _date("start_date", "Start"),
        _date("end_date", "End"),
        _choices("countries", "Countries", "country"),
        _text("places", "Places"),
        _refs("organisations", "Participating organisations", "organisation"),
        _refs("participants", "Participants", "contact"),
        _count("participants_women", "Participants (women)"),
        _count("participants_men", "Participants (men)"),
        _long("first_party_resources", "Resources of the first party"),
        _long("second_party_resources", "Resources of the second party"),
        _long("outcomes", "Outcomes"),
        _long("follow_up", "Follow-up"),
        _ref("project_agreement", "Project agreement", "project_agreement"),
        *CONFIRMATION_FIELDS,
    ),
    title_field="title",
    rules=(
        rules.dates_in_order("planned_start_date", "planned_end_date", "the plan"),
        rules.dates_in_order("start_date", "end_date", "the activity"),
        *CONFIRMATION_RULES,
    ),
)

MEETING = RecordType(
    "meeting", "Meeting", "Meetings",
    (
        _text("title", "Title", required=True),
        _date("date", "Date", required=True),
        _choice("kind", "Kind", "meeting_kind", required=True),
        _ref("organiser_party", "Organised by", "party"),
        _text("location", "Location"),
        Field("online", "Online", Kind.BOOLEAN),
        _refs("attendees", "Attendees", "contact"),
        _long("agenda", "Agenda"),
        _long("decisions", "Decisions"),
        _ref("activity", "Related activity", "activity"),
        *CONFIRMATION_FIELDS,
    ),
    title_field="title",
    rules=CONFIRMATION_RULES,
)

ACTION_ITEM = RecordType(
    "action_item", "Action item", "Action items",
    (
        _ref("meeting", "Meeting", "meeting", required=True),
        _text("description", "Action", required=True),
        _ref("owner", "Owner", "contact"),
        _date("due_date", "Due"),
        _choice("status", "Status", "action_status", required=True, default="open"),
    ),
    title_field="description",
)

INFORMATION_EXCHANGE = RecordType(
    "information_exchange", "Information exchange", "Information exchanges",
    (
        _date("date", "Date", required=True),
        _ref("from_party", "From", "party", required=True),
        _ref("to_party", "To", "party", required=True),
        _text("subject", "Subject", required=True),
        _long("documents", "Documents (title and reference, one a line)"),
        _choice("classification", "Classification", "classification", required=True),
        _ref("activity", "Related activity", "activity"),
        _ref("project_agreement", "Related project agreement", "project_agreement"),
        *CONFIRMATION_FIELDS,
    ),
    title_field="subject",
    rules=(
        rules.differ("from_party", "to_party", "information goes from one party to the other"),
        *CONFIRMATION_RULES,
    ),
)

COOPERATION_REQUEST = RecordType(
    "cooperation_request", "Cooperation request", "Cooperation requests",
    (
        _ref("requesting_party", "Requested by", "party", required=True),
        _ref("requested_party", "Requested of", "party", required=True),
        _text("subject", "Subject", required=True),
        _long("description", "Description"),
        _date("requested_on", "Requested on", required=True),
        _date("responded_on", "Answered on"),
        _choice("status", "Status", "request_status", required=True, default="open"),
        _long("response", "Response"),
    ),
    title_field="subject",
    rules=(
        rules.differ("requesting_party", "requested_party", "a party requests the cooperation of the other"),
        rules.dates_in_order("requested_on", "responded_on", "the request"),
    ),
)

PROJECT_AGREEMENT = RecordType(
    "project_agreement", "Project agreement", "Project agreements",
    (
        _text("title", "Title", required=True),
        _text("reference", "Reference"),
        _date("first_party_signed_on", "Signed by the first party on"),
        _date("second_party_signed_on", "Signed by the second party on"),
        _date("start_date", "Start"),
        _date("end_date", "End"),
        _choice("status", "Status", "project_status", required=True, default="draft"),
        _long("first_party_roles", "Roles and responsibilities of the first party"),
        _long("second_party_roles", "Roles and responsibilities of the second party"),
        _long("first_party_resources", "Resources of the first party"),
        _long("second_party_resources", "Resources of the second party"),
        _long("notes", "Notes"),
    ),
    title_field="title",
    rules=(rules.dates_in_order("start_date", "end_date", "the project"),),
)

IP_USE_APPROVAL = RecordType(
    "ip_use_approval", "IP-use approval", "IP-use approvals",
    (
        _ref("owner_party", "Owner of the IP", "party", required=True),
        _ref("user_party", "Party using it", "party", required=True),
        _choice("item", "Logo, name or trademark", "ip_item", required=True),
        _text("purpose", "Product or event", required=True),
        _ref("requested_by", "Requested by", "contact"),
        _ref("approved_by", "Approved by", "contact"),
        _date("requested_on", "Requested on"),
        _date("approved_on", "Approved on"),
        _date("expires_on", "Expires on"),
        _choice("status", "Status", "ip_status", required=True, default="requested"),
        _long("instructions", "Written instructions"),
    ),
    title_field="purpose",
    rules=(
        rules.differ("owner_party", "user_party", "approval is for the other party's IP (MOU 3.3)"),
        rules.required_when("approved_on", "status", "approved", "an approval needs its date"),
        rules.dates_in_order("approved_on", "expires_on", "the approval"),
    ),
)

CONSENT_RECORD = RecordType(
    "consent_record", "Consent record", "Consent records",
    (
        _ref("contact", "Person", "contact", required=True),
        _text("recipient", "Recipient (partner, third-party:NAME, any-third-party)", required=True),
        _date("given_on", "Given on", required=True),
        _date("valid_until", "Valid until"),
        _choice("method", "Method", "consent_method", required=True),
        _text("evidence", "Evidence reference", required=True),
        _text("recorded_by", "Recorded by"),
        _ref("withdraws", "Withdraws the consent", "consent_record"),
        _date("withdrawn_on", "Withdrawn on"),
    ),
    title_field="recipient",
    append_only=True,  # MOU 3.6: a consent and its withdrawal both stay provable
    rules=(
        rules.recipient_syntax,
        rules.dates_in_order("given_on", "valid_until", "the consent"),
        rules.together("withdraws", "withdrawn_on", "a withdrawal names the consent it withdraws and its date"),
    ),
)

TERM = RecordType(
    "term", "Vocabulary term", "Vocabulary terms",
    (
        _text("vocabulary", "Vocabulary", required=True),
        _text("code", "Code", required=True),
        _text("label", "Label", required=True),
        _text("parent", "Parent code"),
        _long("description", "Description"),
    ),
    title_field="code",
)

RECORD_TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
        AGREEMENT, PARTY, OFFICE, ORGANISATION, CONTACT, FOCAL_POINT, ACTIVITY, MEETING,
        ACTION_ITEM, INFORMATION_EXCHANGE, COOPERATION_REQUEST, PROJECT_AGREEMENT,
        IP_USE_APPROVAL, CONSENT_RECORD, TERM,
    )
}


def _referenced_first() -> tuple[str, ...]:
    """The types, each after the types it refers to (a record refers to itself at most)."""
    refers_to = {name: {f.target for f in t.fields if f.target and f.target != name}
                 for name, t in RECORD_TYPES.items()}
    return tuple(graphlib.TopologicalSorter(refers_to).static_order())


# The order in which records are written: a record's search text names what it refers to, so
# those are written before it (contacts before the activities they take part in).
WRITE_ORDER: dict[str, int] = {name: i for i, name in enumerate(_referenced_first())}


# Other names a person may use for a type on the command line.
TYPE_ALIASES: dict[str, str] = {"consent": "consent_record"}


def record_type(name: str) -> RecordType:
    """The record type called `name` (or an alias of it); KeyError names the known ones."""
    try:
        return RECORD_TYPES[TYPE_ALIASES.get(name, name)]
    except KeyError:
        raise KeyError(f"no record type '{name}'; known types: {', '.join(RECORD_TYPES)}") from None
