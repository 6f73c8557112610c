"""Flat exports for other tools: HXL-tagged tables, an iCalendar file, a vCard file.

Each is filtered for its recipient like the liaison workbook (MOU 3.6, privacy/profiles.py):
for a third party, a person's name, email and phone go only with a consent that covers that
recipient today; otherwise the person appears under a pseudonym (or not at all, as chosen),
confidential information exchanges and consent records stay home. A vCard of a person without
consent would hold nothing of use, so the address book leaves such people out. Each file
written is logged in the export receipts (services.receipts) like a liaison workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import display
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.privacy.profiles import LEAVE_OUT, PSEUDONYMISE, ContactOutcome, RecipientPolicy
from mouliaison.privacy.pseudonyms import new_key
from mouliaison.privacy.recipients import Recipient
from mouliaison.services.consent import policy_for, today
from mouliaison.services.database import Database
from mouliaison.services.receipts import log_flat_receipts
from mouliaison.store import queries
from mouliaison.store.installation import pseudonym_key
from mouliaison.store.session import Session
from mouliaison.sync.calendar_files import Card, Event, Task, calendar_text, cards_text, write_text
from mouliaison.sync.hxl_table import Table, tag_for, write_csv, write_xlsx

TODO_STATUS = {"open": "NEEDS-ACTION", "done": "COMPLETED", "cancelled": "CANCELLED"}


@dataclass
class FlatExport:
    files: list[Path]
    recipient: Recipient
    counts: dict[str, int]  # what went, by record type (or "meeting", "action_item", "contact")
    left_out: dict[str, int] = field(default_factory=dict)  # kept home for this recipient, by type


def parse_recipient(text: str | None) -> Recipient:
    try:
        return Recipient.parse(text or "same-party")
    except ValueError as exc:
        raise Invalid([Problem("recipient", str(exc))]) from None


def _check_out(path: Path, endings: tuple[str, ...], what: str) -> Path:
    path = path.absolute()
    if path.suffix.lower() not in endings:
        raise Invalid([Problem("out", f"{path.name}: {what} is a {' or '.join(endings)} file; end the name with "
                                      f"{endings[0]}")])
    if not path.parent.is_dir():
        raise Invalid([Problem("out", f"the folder {path.parent} does not exist; choose an existing folder")])
    if path.is_dir():
        raise Invalid([Problem("out", f"{path} is a folder; give a file name")])
    return path


def _key(db: Database) -> str:
    """The installation's pseudonym key (made on first use, as the workbook export does)."""
    with db.writing() as change:
        return pseudonym_key(change.session, new_key)


class _Names:
    """Records named as a person reads them, people as this recipient may see them."""

    def __init__(self, session: Session, policy: RecipientPolicy, vocab: VocabularyIndex) -> None:
        self.session, self.policy, self.vocab = session, policy, vocab
        self._titles: dict[str, dict[str, str]] = {}
        self._people: dict[str, str] = {}

    def person(self, contact_id: str) -> str:
        """The name, the pseudonym, or "" (left out) of a contact, for this recipient."""
        if contact_id not in self._people:
            row = queries.fetch_record(self.session, "contact", contact_id)
            if row is None or not self.policy.keep_record("contact", contact_id):
                self._people[contact_id] = ""
            else:
                shown = self.policy.record_values("contact", contact_id, {"full_name": row["full_name"]})
                self._people[contact_id] = str(shown.get("full_name") or "")
        return self._people[contact_id]

    def title(self, entity: str, record_id: str) -> str:
        if entity == "contact":
            return self.person(record_id)
        if entity not in self._titles:
            self._titles[entity] = queries.titles(self.session, entity)
        return self._titles[entity].get(record_id, "")

    def value(self, f: Field, value: Any) -> str | int:
        if value is None or value == () or value == []:
            return ""
        if f.kind == Kind.CHOICE:
            return self.vocab.label(str(f.vocabulary), str(value))
        if f.kind == Kind.CHOICES:
            return "; ".join(self.vocab.label(str(f.vocabulary), str(v)) for v in value)
        if f.kind == Kind.REFERENCE:
            return self.title(str(f.target), str(value))
        if f.kind == Kind.REFERENCES:
            return "; ".join(t for t in (self.title(str(f.target), str(v)) for v in value) if t)
        if f.kind == Kind.INTEGER and isinstance(value, int) and not isinstance(value, bool):
            return value
        return display(value)


def _table(session: Session, entity: str, policy: RecipientPolicy, names: _Names) -> tuple[Table, int]:
    rtype = RECORD_TYPES[entity]
    headers: list[str] = []
    tags: list[str] = []
    for f in rtype.fields:
        headers.append(f.label)
        tags.append(tag_for(entity, f))
        if f.vocabulary == "country":  # names for people, ISO codes for the tools
            headers.append(f"{f.label} (ISO 3166 code)")
            tags.append("#country+code" + ("+list" if f.kind.is_list else ""))
    headers.append("ID")
    tags.append("#meta+id")
    rows = []
    left_out = 0
    for row in queries.fetch_records(session, entity):
        record_id = str(row["id"])
        if not policy.keep_record(entity, record_id):
            policy.note_left_out(entity, record_id)
            left_out += 1
            continue
        values = policy.record_values(entity, record_id, {f.key: row[f.key] for f in rtype.fields})
        cells: list[str | int] = []
        for f in rtype.fields:
            value = values.get(f.key)
            cells.append(names.value(f, value))
            if f.vocabulary == "country":
                cells.append("; ".join(value) if f.kind.is_list and value else str(value or ""))
        cells.append(record_id)
        rows.append(tuple(cells))
    return Table(entity, rtype.plural, tuple(headers), tuple(tags), tuple(rows)), left_out


def export_hxl(db: Database, out: Path, *, types: Sequence[str] | None = None, recipient: Recipient | None = None,
               unconsented: str = PSEUDONYMISE) -> FlatExport:
    """OUT.xlsx: a sheet per type. OUT.csv: that file for one type, OUT_<type>.csv for each of several."""
    recipient = recipient or Recipient("same-party")
    path = _check_out(out, (".csv", ".xlsx"), "an HXL export")
    chosen = tuple(types) if types else ("activity", "meeting", "organisation", "project_agreement",
                                         "information_exchange", "cooperation_request")
    unknown = [t for t in chosen if t not in RECORD_TYPES]
    if unknown:
        raise Invalid([Problem("types", f"unknown record type {', '.join(unknown)}; use: {', '.join(RECORD_TYPES)}")])
    if unconsented not in (PSEUDONYMISE, LEAVE_OUT):
        raise Invalid([Problem("unconsented", f"'{unconsented}': write {PSEUDONYMISE} or {LEAVE_OUT}")])
    key = _key(db)
    with db.reading() as session:
        policy = policy_for(session, recipient, key=key, on=today(), unconsented=unconsented)
        people = policy_for(session, recipient, key=key, on=today(), unconsented=unconsented)
        names = _Names(session, people, queries.load_vocabularies(session))
        made = [_table(session, entity, policy, names) for entity in chosen]
    tables = [t for t, _ in made]
    counts = {t.name: len(t.rows) for t in tables}
    left_out = {t.name: n for t, n in made if n}
    if path.suffix.lower() == ".xlsx":
        written = {write_xlsx(tables, path): counts}
    elif len(tables) == 1:
        written = {write_csv(tables[0], path): counts}
    else:
        written = {write_csv(t, path.with_name(f"{path.stem}_{t.name}.csv")): {t.name: len(t.rows)} for t in tables}
    log_flat_receipts(db, "hxl", written, recipient, _merged(policy.outcome, people.outcome), unconsented, left_out)
    return FlatExport(list(written), recipient, counts, left_out)


def _merged(*outcomes: ContactOutcome) -> ContactOutcome:
    """What happened to each contact across the policies of one export."""
    merged = ContactOutcome()
    for outcome in outcomes:
        merged.included.update(outcome.included)
        merged.pseudonymised.update(outcome.pseudonymised)
        merged.left_out.update(outcome.left_out)
    return merged


def export_calendar(db: Database, out: Path, *, recipient: Recipient | None = None,
                    unconsented: str = PSEUDONYMISE) -> FlatExport:
    """Meetings as all-day events (their date and place), action items with a due date as tasks."""
    recipient = recipient or Recipient("same-party")
    path = _check_out(out, (".ics",), "a calendar")
    key = _key(db)
    with db.reading() as session:
        policy = policy_for(session, recipient, key=key, on=today(), unconsented=unconsented)
        vocab = queries.load_vocabularies(session)
        names = _Names(session, policy, vocab)
        meetings = {str(m["id"]): m for m in queries.fetch_records(session, "meeting")}
        events = [
            Event(f"{m_id}@mouliaison", str(m["title"] or ""), m["date"],
                  location="online" if m["online"] and not m["location"] else str(m["location"] or ""),
                  description="\n".join(part for part in (
                      vocab.label("meeting_kind", str(m["kind"])),
                      f"Organised by {names.title('party', str(m['organiser_party']))}" if m["organiser_party"] else "",
                      str(m["agenda"] or "")) if part),
                  category=vocab.label("meeting_kind", str(m["kind"])))
            for m_id, m in sorted(meetings.items(), key=lambda item: (item[1]["date"], item[0]))
            if isinstance(m["date"], dt.date)
        ]
        tasks = []
        for item in queries.fetch_records(session, "action_item"):
            if not isinstance(item["due_date"], dt.date):
                continue
            meeting = meetings.get(str(item["meeting"]))
            owner = names.person(str(item["owner"])) if item["owner"] else ""
            tasks.append(Task(f"{item['id']}@mouliaison", str(item["description"] or ""), item["due_date"],
                              TODO_STATUS.get(str(item["status"]), "NEEDS-ACTION"),
                              description="\n".join(part for part in (
                                  f"From the meeting {meeting['title']} of {meeting['date']}" if meeting else "",
                                  f"Owner: {owner}" if owner else "") if part)))
        tasks.sort(key=lambda t: (t.due, t.uid))
    text = calendar_text(events, tasks, dt.datetime.now(dt.UTC), "MOU liaison: meetings and action items")
    counts = {"meeting": len(events), "action_item": len(tasks)}
    written = write_text(text, path)
    log_flat_receipts(db, "ics", {written: counts}, recipient, policy.outcome, unconsented, {})
    return FlatExport([written], recipient, counts)


def export_contacts(db: Database, out: Path, *, recipient: Recipient | None = None) -> FlatExport:
    """The contacts whose personal data may go to this recipient; the others are counted, not written."""
    recipient = recipient or Recipient("same-party")
    path = _check_out(out, (".vcf",), "an address book")
    key = _key(db)
    cards = []
    left_out = 0
    with db.reading() as session:
        policy = policy_for(session, recipient, key=key, on=today(), unconsented=LEAVE_OUT)
        names = _Names(session, policy, queries.load_vocabularies(session))
        contact = RECORD_TYPES["contact"]
        for row in queries.fetch_records(session, "contact"):
            record_id = str(row["id"])
            if not policy.keep_record("contact", record_id):
                policy.note_left_out("contact", record_id)
                left_out += 1
                continue
            shown = policy.record_values("contact", record_id, {f.key: row[f.key] for f in contact.fields})
            organisation = names.title("organisation", str(row["organisation"])) if row["organisation"] else ""
            cards.append(Card(record_id, str(shown.get("full_name") or ""), organisation=organisation,
                              title=str(shown.get("title") or ""),
                              emails=(str(shown["email"]),) if shown.get("email") else (),
                              phones=(str(shown["phone"]),) if shown.get("phone") else (),
                              languages=tuple(shown.get("languages") or ()),
                              note=str(shown.get("notes") or "")))
    cards.sort(key=lambda c: (c.full_name.casefold(), c.uid))
    written = write_text(cards_text(cards), path)
    kept_home = {"contact": left_out} if left_out else {}
    log_flat_receipts(db, "vcf", {written: {"contact": len(cards)}}, recipient, policy.outcome, LEAVE_OUT, kept_home)
    return FlatExport([written], recipient, {"contact": len(cards)}, kept_home)
