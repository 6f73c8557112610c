"""The names people give a record type's columns: what a plain sheet's header may say.

A header matches a field by the field's key, by its label in English, French or Spanish (the
app's own labels: catalog_domain), by a common name (SYNONYMS: "Activity title", "E-mail",
"Date de début"), or by an HXL hashtag row under it (HXL: `#date+start`). Matching ignores
case, accents, spaces and punctuation, so "Start date:", "START_DATE" and "start date *" are
one name. KoboToolbox/ODK exports add form metadata columns (KOBO_META) that are no field.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.resources.translations.catalog_domain import DOMAIN
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.sheet_mapping import BY_HXL, BY_KEY, BY_LABEL, BY_SYNONYM

# Common names per record type and field, in English, French and Spanish (after the labels)
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "activity": {
        "title": ("Activity title", "Activity name", "Activity", "Name of the activity", "Event", "Event name",
                  "Intitulé", "Titre de l'activité", "Nom de l'activité", "Activité",
                  "Título de la actividad", "Nombre de la actividad", "Actividad"),
        "description": ("Details", "Summary", "Activity description", "Détails", "Résumé", "Detalles", "Resumen"),
        "thematic_areas": ("Thematic area", "Theme", "Themes", "Sector", "Sectors", "Cluster", "Thème", "Thèmes",
                           "Secteur", "Secteurs", "Tema", "Temas", "Sector", "Sectores"),
        "kind": ("Activity type", "Type of activity", "Type", "Category", "Type d'activité", "Catégorie",
                 "Tipo de actividad", "Tipo", "Categoría"),
        "lead_party": ("Lead", "Lead agency", "Led by", "Chef de file", "Dirigée par", "Líder", "Dirigida por"),
        "status": ("State", "Progress", "Activity status", "État", "Avancement", "Situación"),
        "planned_start_date": ("Planned start date", "Date de début prévue", "Fecha de inicio prevista"),
        "planned_end_date": ("Planned end date", "Date de fin prévue", "Fecha de fin prevista"),
        "start_date": ("Start date", "Date start", "Begin date", "Starting date", "Date de début",
                       "Fecha de inicio", "Fecha inicio"),
        "end_date": ("End date", "Date end", "Finish date", "Date de fin", "Fecha de fin", "Fecha fin",
                     "Fecha de término"),
        "countries": ("Country", "Country name", "Country code", "Countries covered", "País"),
        "places": ("Place", "Location", "Locations", "Venue", "City", "District", "Region", "Province",
                   "Lieu", "Localité", "Région", "Lugar", "Ubicación", "Región", "Provincia"),
        "organisations": ("Organisation", "Organization", "Organizations", "Partner", "Partners",
                          "Implementing partner", "Implementing partners", "Agency", "Agencies",
                          "Partenaire", "Partenaires", "Organismes", "Organización", "Organizaciones",
                          "Socio", "Socios"),
        "participants_women": ("Women", "Female", "Female participants", "Women participants", "Femmes",
                               "Participantes (mujeres)", "Mujeres"),
        "participants_men": ("Men", "Male", "Male participants", "Men participants", "Hommes",
                             "Participantes (hombres)", "Hombres"),
        "outcomes": ("Outcome", "Result", "Results", "Résultat", "Résultats", "Resultado", "Resultados"),
    },
    "meeting": {
        "title": ("Meeting title", "Meeting", "Name of the meeting", "Titre de la réunion", "Réunion",
                  "Título de la reunión", "Reunión"),
        "date": ("Meeting date", "Date of the meeting", "Date de la réunion", "Fecha de la reunión"),
        "kind": ("Meeting type", "Type of meeting", "Type", "Type de réunion", "Tipo de reunión", "Tipo"),
        "location": ("Venue", "Place", "City", "Lugar", "Ubicación"),
        "attendees": ("Participants", "Attendance", "Participantes", "Asistentes"),
        "decisions": ("Decisions taken", "Outcome", "Outcomes", "Décisions prises", "Decisiones tomadas"),
        "agenda": ("Topics", "Ordre du jour", "Orden del día", "Agenda"),
    },
    "contact": {
        "full_name": ("Name", "Contact name", "Contact", "Person", "Nom", "Nom et prénom", "Nombre",
                      "Nombre y apellido", "Persona"),
        "title": ("Position", "Role", "Job title", "Function", "Fonction", "Poste", "Cargo", "Puesto"),
        "organisation": ("Organization", "Agency", "Institution", "Employer", "Organisme", "Institución"),
        "email": ("E-mail", "Email address", "E-mail address", "Mail", "Adresse électronique", "Adresse e-mail",
                  "Correo", "Correo-e"),
        "phone": ("Telephone", "Tel", "Tel.", "Mobile", "Phone number", "Cell", "Tél", "Portable",
                  "Numéro de téléphone", "Móvil", "Celular", "Número de teléfono"),
        "languages": ("Language", "Langue", "Idioma"),
    },
    "organisation": {
        "name": ("Organisation", "Organization", "Organisation name", "Organization name", "Agency",
                 "Institution", "Nom de l'organisation", "Organisme", "Nombre de la organización",
                 "Organización"),
        "acronym": ("Abbreviation", "Short name", "Abréviation", "Acrónimo", "Abreviatura"),
        "organisation_type": ("Organisation type", "Organization type", "Category", "Type d'organisation",
                              "Tipo de organización"),
    },
    "information_exchange": {
        "from_party": ("Sender", "Sent by", "Expéditeur", "Envoyé par", "Remitente", "Enviado por"),
        "to_party": ("Recipient", "Sent to", "Destinataire", "Destinatario"),
        "subject": ("Topic", "Objet", "Sujet", "Asunto", "Tema"),
        "classification": ("Confidentiality", "Confidentialité", "Confidencialidad"),
    },
    "cooperation_request": {
        "subject": ("Topic", "Objet", "Sujet", "Asunto", "Tema"),
    },
    "ip_use_approval": {
        "owner_party": ("Owner", "IP owner", "Propriétaire", "Propietario"),
        "user_party": ("User", "Used by", "Utilisateur", "Usuario"),
        "item": ("Item", "Logo", "Élément", "Elemento"),
        "purpose": ("Purpose", "Product", "Event", "Objet", "Produit", "Événement", "Propósito", "Producto",
                    "Evento"),
    },
    "office": {
        "name": ("Office", "Office name", "Nom du bureau", "Nombre de la oficina", "Oficina"),
    },
}

# HXL hashtags (https://hxlstandard.org): (hashtag, attributes) -> field, per record type
HXL: dict[str, dict[tuple[str, frozenset[str]], str]] = {}


def _hxl(entity: str, table: dict[str, str]) -> None:
    found = HXL.setdefault(entity, {})
    for tag, key in table.items():
        hashtag, *attributes = tag.lower().split("+")
        found[(hashtag, frozenset(attributes))] = key


_hxl("activity", {"#activity": "title", "#activity+name": "title", "#activity+title": "title",
                  "#activity+description": "description", "#activity+type": "kind", "#activity+code": fmt.ID_KEY,
                  "#date+start": "start_date", "#date+end": "end_date",
                  "#date+start+planned": "planned_start_date", "#date+end+planned": "planned_end_date",
                  "#country": "countries", "#country+code": "countries", "#country+name": "countries",
                  "#adm1": "places", "#adm1+name": "places", "#adm2+name": "places", "#loc": "places",
                  "#loc+name": "places", "#org": "organisations", "#org+name": "organisations",
                  "#org+impl": "organisations", "#org+prog": "organisations", "#sector": "thematic_areas",
                  "#status": "status", "#reached+f": "participants_women", "#reached+m": "participants_men",
                  "#meta+id": fmt.ID_KEY})
_hxl("meeting", {"#event": "title", "#event+name": "title", "#date": "date", "#loc": "location",
                 "#loc+name": "location", "#meta+id": fmt.ID_KEY})
_hxl("contact", {"#contact": "full_name", "#contact+name": "full_name", "#contact+email": "email",
                 "#contact+phone": "phone", "#contact+title": "title", "#org": "organisation",
                 "#org+name": "organisation", "#meta+id": fmt.ID_KEY})
_hxl("organisation", {"#org": "name", "#org+name": "name", "#org+acronym": "acronym", "#org+type": "organisation_type",
                      "#country": "country", "#country+code": "country", "#country+name": "country",
                      "#meta+id": fmt.ID_KEY})

# Form metadata of a KoboToolbox or ODK export: no field of ours, whatever its name
KOBO_META = frozenset({
    "_id", "_uuid", "_index", "_submission_time", "_validation_status", "_submitted_by", "_tags", "_notes",
    "__version__", "_status", "_geolocation", "_attachments", "_parent_index", "_parent_table_name",
    "_submission__id", "_submission__uuid", "_xform_id_string", "_version_", "meta/instanceid",
    "meta/instancename", "meta/rootuuid", "meta/deprecatedid", "formhub/uuid", "start", "end", "today",
    "deviceid", "simserial", "subscriberid", "phonenumber", "username", "audit",
})
# Only these say for sure that a sheet is a Kobo/ODK export ("start" and "end" alone do not)
_KOBO_SIGNS = frozenset({"_uuid", "_submission_time", "_index", "__version__", "meta/instanceid",
                         "_validation_status", "formhub/uuid", "_xform_id_string"})

# An id column: only one whose cells hold record ids (UUIDs) is taken as ours
ID_NAMES = frozenset({"id", "recordid", "uuid", "identifier", "identifiant", "identificador"})


def normal(text: str) -> str:
    """A header as matched: no case, accents, spaces or punctuation ("Date de début *" -> "datededebut")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _labels(text: str) -> tuple[str, ...]:
    return (text, *DOMAIN.get(text, ()))


@functools.cache
def names_of(entity: str) -> dict[str, tuple[str, str]]:
    """Normal name -> (field key, how matched) for one record type; a key beats a label beats a synonym."""
    rtype = RECORD_TYPES[entity]
    found: dict[str, tuple[str, str]] = {}
    for key in (fmt.ID_KEY, fmt.DELETE_KEY):  # a plain sheet's "Version" is no token of ours
        found.setdefault(normal(key), (key, BY_KEY))
        found.setdefault(normal(fmt.LEADING_LABELS[key]), (key, BY_LABEL))
    for f in rtype.fields:
        found.setdefault(normal(f.key), (f.key, BY_KEY))
    for f in rtype.fields:
        for label in _labels(f.label):
            found.setdefault(normal(label), (f.key, BY_LABEL))
    for key, names in SYNONYMS.get(entity, {}).items():
        for name in names:
            found.setdefault(normal(name), (key, BY_SYNONYM))
    for name in ID_NAMES:
        found.setdefault(name, (fmt.ID_KEY, BY_SYNONYM))
    return found


@functools.cache
def _any_names() -> frozenset[str]:
    return frozenset(n for entity in RECORD_TYPES for n in names_of(entity))


def is_field_name(text: str) -> bool:
    """The header names a field of some record type (finding the header row)."""
    name = normal(text)
    return bool(name) and (name in _any_names() or normal(_last_segment(text)) in _any_names())


def match(entity: str, header: str, hxl: str = "") -> tuple[str, str] | None:
    """(field key, how) for a column of a sheet of `entity`, or None: its HXL hashtag first, then its header."""
    if hxl:
        key = hxl_field(entity, hxl)
        if key is not None:
            return key, BY_HXL
    names = names_of(entity)
    found = names.get(normal(header)) if header else None
    if found is None and "/" in header:  # a Kobo group path: group_activity/activity_title
        found = names.get(normal(_last_segment(header)))
    return found


def _last_segment(text: str) -> str:
    return text.rsplit("/", 1)[-1]


def parse_hxl(text: str) -> tuple[str, frozenset[str]] | None:
    """'#date +start' -> ('#date', {'start'}); None when the text is no hashtag."""
    compact = "".join(text.split()).lower()
    if not re.fullmatch(r"#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*", compact):
        return None
    hashtag, *attributes = compact.split("+")
    return hashtag, frozenset(attributes)


def hxl_field(entity: str, text: str) -> str | None:
    """The field an HXL hashtag fills: the entry with most attributes that the column has (order ignored)."""
    parsed = parse_hxl(text)
    if parsed is None:
        return None
    hashtag, attributes = parsed
    best: tuple[int, str] | None = None
    for (tag, wanted), key in HXL.get(entity, {}).items():
        if tag == hashtag and wanted <= attributes and (best is None or len(wanted) > best[0]):
            best = (len(wanted), key)
    return best[1] if best else None


def is_hxl_row(cells: list[str]) -> bool:
    """A row of HXL hashtags: most of its filled cells are hashtags."""
    filled = [c for c in cells if c]
    tags = [c for c in filled if parse_hxl(c) is not None]
    return bool(tags) and len(tags) * 2 > len(filled)


def kobo_columns(headers: list[str]) -> set[int]:
    """Indexes of the form-metadata columns, when the headers show a Kobo/ODK export."""
    lowered = [h.strip().lower() for h in headers]
    if not _KOBO_SIGNS & set(lowered):
        return set()
    return {i for i, h in enumerate(lowered) if h in KOBO_META}
