"""The report of the MOU's implementation for a period: what headquarters of both parties send up.

One read of the database, returned as plain sections of rows, so that the workbook (xlsx) and
the PDF (ui/report_pdf.py) print the same figures. The standing of the agreement, focal points,
open requests and overdue actions come from the overview (as of the period's end, or today if
that is earlier); the activities are those whose dates meet the period, and meetings, IP-use
approvals and information exchanges those dated in it.

Names of people (action owners) appear only when the recipient may see personal data: the
same party or the partner party (MOU 3.6). A report without a recipient, or for a third party,
holds counts and titles but no one's name; confidential information exchanges are then counted,
not described.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import parse_date
from mouliaison.domain.vocabularies import VOCABULARIES
from mouliaison.privacy.recipients import PARTNER, SAME_PARTY, Recipient
from mouliaison.services import overview as overview_service
from mouliaison.services.consent import today as utc_today
from mouliaison.services.database import Database
from mouliaison.store import queries

BOTH, NEITHER = "Both parties", "Neither party"
CONFIDENTIAL_LINE = "STRICTLY CONFIDENTIAL: shared with the partner party under MOU 3.6"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    note: str = ""
    chart: bool = False  # rows are (label, count): the PDF draws them as bars


@dataclass(frozen=True)
class Report:
    period_from: dt.date | None  # None: all dates (the Overview printed over all dates)
    period_to: dt.date | None
    as_of: dt.date  # the day standing figures (focal points, overdue actions) are taken on
    made_on: dt.date
    agreement_title: str
    parties: tuple[str, ...]  # "IOM (International Organization for Migration)", ...
    country: str | None  # the code, if the report is for one country
    country_label: str | None
    party: str | None  # the code, if only the activities led by one party are counted
    recipient: str  # as given, or "no recipient named"
    personal_data: bool
    confidential: bool
    sections: tuple[Section, ...]
    title: str = "Implementation of the Memorandum of Understanding"

    @property
    def period(self) -> str:
        if self.period_from is None or self.period_to is None:
            return "all dates"
        return f"{self.period_from.isoformat()} to {self.period_to.isoformat()}"

    @property
    def scope(self) -> str:
        where = f"{self.country_label} ({self.country})" if self.country else "all countries"
        led = f"; activities led by {self.party}" if self.party else ""
        return f"{where}{led}"

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def build_report(db: Database, date_from: str | dt.date, date_to: str | dt.date, *, country: str | None = None,
                 party: str | None = None, recipient: str | None = None,
                 today: dt.date | None = None) -> Report:
    """Refuses (Invalid, nothing read) a bad date, an empty period, an unknown country or party."""
    today = today or utc_today()
    start, end = _date("from", date_from), _date("to", date_to)
    who = _recipient(recipient)
    problems = []
    if start and end and end < start:
        problems.append(Problem("to", f"the period ends ({end}) before it starts ({start}); swap the dates"))
    with db.reading() as session:
        vocab = queries.load_vocabularies(session)
        parties = overview_service._parties(session)
        if country is not None:
            country = country.strip().upper()
            if not vocab.allows("country", country):
                problems.append(Problem("country", f"'{country}' is not an ISO 3166 alpha-3 country code held "
                                                   "here, e.g. KEN"))
        party_id = None
        if party is not None:
            party_id = next((p.id for p in parties.values() if p.code.casefold() == party.strip().casefold()), None)
            if party_id is None:
                known = ", ".join(sorted(p.code for p in parties.values()))
                problems.append(Problem("party", f"'{party}' is not a party held here; write one of {known}"))
        if problems or start is None or end is None:
            raise Invalid(problems)
        terms = overview_service.area_terms(session)
        records = {e: list(queries.fetch_records(session, e)) for e in
                   ("activity", "meeting", "information_exchange", "ip_use_approval")}
    as_of = min(end, today)
    standing = overview_service.overview(db, today=as_of)
    personal = who is not None and who.kind in (SAME_PARTY, PARTNER)
    party_code = {p.id: p.code for p in parties.values()}
    agreement = standing.agreement
    first, second = ([p.code for p in agreement.parties] + ["first party", "second party"])[:2] \
        if agreement else ("first party", "second party")

    activities, undated = _activities_in(records["activity"], start, end, country, party_id)
    in_country = {str(a["id"]) for a in activities}
    sections = [
        _agreement_section(standing.agreement),
        _status_section(activities, vocab, undated),
        *_area_sections(activities, terms),
        _country_section(activities, vocab),
        _quarter_section(activities, start, end),
        _confirmation_section(activities, first, second),
        _focal_section(standing),
        _requests_section(standing),
        _overdue_section(standing, personal),
        _meetings_section(records["meeting"], start, end, vocab, country, in_country, party_code),
        _ip_section(records["ip_use_approval"], start, end, vocab, party_code),
        _exchanges_section(records["information_exchange"], start, end, vocab, country, in_country, party_code,
                           personal),
    ]
    return Report(
        period_from=start, period_to=end, as_of=as_of, made_on=today,
        agreement_title=agreement.title if agreement else "",
        parties=tuple(f"{p.code} ({p.name})" for p in agreement.parties) if agreement else (),
        country=country, country_label=vocab.label("country", country) if country else None,
        party=next((p.code for p in parties.values() if p.id == party_id), None),
        recipient=str(who) if who else "no recipient named", personal_data=personal,
        confidential=who is not None and who.confidential, sections=tuple(sections),
    )


def overview_report(standing: overview_service.Overview, made_on: dt.date | None = None) -> Report:
    """The Overview as shown, printed by the report's writers (PDF or xlsx): the same figures,
    over the same period. It names no one (no recipient is chosen for it): owners are left out."""
    statuses = [c.label for c in standing.by_status]
    agreement = standing.agreement
    period = standing.period or (None, None)
    undated = (f" {_n(standing.undated, 'activity has', 'activities have')} no date and no period counts them."
               if standing.undated else "")
    sections = [
        _agreement_section(agreement),
        Section("by_status", "Joint activities by status", ("Status", "Activities"),
                tuple((c.label, c.count) for c in standing.by_status),
                f"{_n(standing.activities, 'joint activity', 'joint activities')} whose dates meet the period."
                + undated, chart=True),
        Section("by_area", "Joint activities by thematic area (MOU 4.1 i-xi)", ("Area", "Activities"),
                tuple((f"{c.code}. {c.label}", c.count) for c in standing.by_area),
                f"An activity counts once under each area it is tagged with. {standing.without_area} have no "
                "thematic area.", chart=True),
        Section("by_topic", "Joint activities by topic of area x (MOU 4.1 x.a-x.l)", ("Topic", "Activities"),
                tuple((f"{c.code}. {c.label}", c.count) for c in standing.by_topic)),
        Section("by_country", "Joint activities by country and status", ("Country", "ISO code", *statuses, "All"),
                tuple((r.label, r.key, *r.counts, r.total) for r in standing.by_country.rows),
                f"An activity in several countries counts in each. {standing.by_country.without} have no country."),
        Section("by_quarter", "Joint activities by quarter (each quarter they run in) and status",
                ("Quarter", *statuses, "All"),
                tuple((r.label, *r.counts, r.total) for r in standing.by_quarter.rows),
                "An activity counts in each quarter it runs in (from its start, or planned start, to its end, or "
                "planned end)." + (f" The {standing.by_quarter.left_out} earlier quarters are left out."
                                   if standing.by_quarter.left_out else "")),
        Section("confirmed_by_one", "Activities confirmed by one party only",
                ("Activity", "Confirmed by", "On", "Waiting for"),
                tuple((c.title, c.confirmed_by_party, c.confirmed_on, c.waiting_for_party)
                      for c in standing.confirmed_by_one), f"As of {standing.today}."),
        _focal_section(standing),
        _requests_section(standing),
        _overdue_section(standing, personal=False),
    ]
    return Report(
        period_from=period[0], period_to=period[1], as_of=standing.today, made_on=made_on or utc_today(),
        agreement_title=agreement.title if agreement else "",
        parties=tuple(f"{p.code} ({p.name})" for p in agreement.parties) if agreement else (),
        country=None, country_label=None, party=None, recipient="no recipient named", personal_data=False,
        confidential=False, sections=tuple(sections), title="Overview of the MOU's implementation",
    )


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _date(name: str, value: str | dt.date) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(str(value).strip())
    except ValueError:
        raise Invalid([Problem(name, f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31")]) from None


def _recipient(text: str | None) -> Recipient | None:
    if text is None or not text.strip():
        return None
    try:
        return Recipient.parse(text)
    except ValueError as exc:
        raise Invalid([Problem("recipient", str(exc))]) from None


def _span(row: dict[str, object]) -> tuple[dt.date | None, dt.date | None]:
    """An activity's days: what happened, else what was planned; one date stands for both ends."""
    start = row["start_date"] or row["planned_start_date"]
    end = row["end_date"] or row["planned_end_date"] or start
    start = start or end
    assert start is None or isinstance(start, dt.date)
    assert end is None or isinstance(end, dt.date)
    return start, end


def _activities_in(rows: list[dict[str, object]], start: dt.date, end: dt.date, country: str | None,
                   party_id: str | None) -> tuple[list[dict[str, object]], int]:
    """The activities of the period (and country, and lead party); and how many in scope have no date."""
    found, undated = [], 0
    for row in rows:
        if country and country not in (row["countries"] or ()):  # type: ignore[operator]
            continue
        if party_id and row["lead_party"] != party_id:
            continue
        first, last = _span(row)
        if first is None or last is None:
            undated += 1
        elif first <= end and last >= start:
            found.append(row)
    return found, undated


def _agreement_section(agreement: overview_service.AgreementStatus | None) -> Section:
    if agreement is None:
        return Section("agreement", "Agreement status", ("Item", "Value"), (),
                       note="No agreement is held in this database.")
    rows: list[tuple[object, ...]] = [
        ("Agreement", agreement.title),
        ("Reference", agreement.reference or ""),
        ("Parties", " and ".join(f"{p.code} ({p.name})" for p in agreement.parties)),
        ("In force since", agreement.in_force_since or "not recorded"),
        ("Status", agreement.status_label),
    ]
    if agreement.notice_delivered_on:
        rows += [("Termination notice delivered on", agreement.notice_delivered_on),
                 ("Notice given by", agreement.notice_given_by or ""),
                 ("Termination takes effect on", agreement.termination_effective_on or "")]
    return Section("agreement", "Agreement status (MOU 7.1, 7.2)", ("Item", "Value"), tuple(rows))


def _status_section(activities: list[dict[str, object]], vocab, undated: int) -> Section:  # type: ignore[no-untyped-def]
    counted = Counter(str(a["status"]) for a in activities)
    shipped = {t.code: i for i, t in enumerate(VOCABULARIES["activity_status"])}  # the overview's order
    codes = sorted(set(vocab.codes("activity_status")) | set(counted), key=lambda c: (shipped.get(c, len(shipped)), c))
    rows = tuple((vocab.label("activity_status", c), counted[c]) for c in codes)
    note = f"{_n(len(activities), 'joint activity', 'joint activities')} in the period."
    if undated:
        one = undated == 1
        note += (f" {undated} more {'has' if one else 'have'} no date at all and {'is' if one else 'are'} not "
                 "counted: give them a start or planned start.")
    return Section("by_status", "Joint activities by status", ("Status", "Activities"), rows, note, chart=True)


def _area_sections(activities: list[dict[str, object]], terms: dict[str, tuple[str, str | None]]) -> list[Section]:
    grouped = Counter(tuple(a["thematic_areas"] or ()) for a in activities)  # type: ignore[arg-type]
    areas, topics, without = overview_service.tally_areas(terms, grouped.items())
    note = f"An activity counts once under each area it is tagged with. {without} have no thematic area."
    return [
        Section("by_area", "Joint activities by thematic area (MOU 4.1 i-xi)", ("Area", "Activities"),
                tuple((f"{c.code}. {c.label}", c.count) for c in areas), note, chart=True),
        Section("by_topic", "Joint activities by topic of area x (MOU 4.1 x.a-x.l)", ("Topic", "Activities"),
                tuple((f"{c.code}. {c.label}", c.count) for c in topics)),
    ]


def _country_section(activities: list[dict[str, object]], vocab) -> Section:  # type: ignore[no-untyped-def]
    counted: Counter[str] = Counter()
    without = 0
    for a in activities:
        countries = a["countries"] or ()
        counted.update(set(countries))  # type: ignore[arg-type]
        without += not countries
    rows = tuple((vocab.label("country", c), c, n) for c, n in
                 sorted(counted.items(), key=lambda item: (-item[1], vocab.label("country", item[0]))))
    note = f"An activity in several countries counts in each. {without} have no country."
    return Section("by_country", "Joint activities by country", ("Country", "ISO code", "Activities"), rows, note)


def quarters(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    year, quarter = start.year, (start.month - 1) // 3 + 1
    found = []
    while (year, quarter) <= (end.year, (end.month - 1) // 3 + 1):
        found.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return found


def _quarter_section(activities: list[dict[str, object]], start: dt.date, end: dt.date) -> Section:
    """Each activity counts in the quarter it starts in (or the period's first, if it started before)."""
    counted: Counter[tuple[int, int]] = Counter()
    for a in activities:
        first = max(_span(a)[0] or start, start)
        counted[(first.year, (first.month - 1) // 3 + 1)] += 1
    rows = tuple((f"{y} Q{q}", counted[(y, q)]) for y, q in quarters(start, end))
    return Section("by_quarter", "Joint activities by quarter of their start", ("Quarter", "Activities"), rows,
                   "An activity that started before the period counts in its first quarter.", chart=True)


def _confirmation_section(activities: list[dict[str, object]], first: str, second: str) -> Section:
    counted = Counter(
        BOTH if a["first_party_confirmed_on"] and a["second_party_confirmed_on"]
        else f"{first} only" if a["first_party_confirmed_on"]
        else f"{second} only" if a["second_party_confirmed_on"] else NEITHER
        for a in activities
    )
    rows = tuple((who, counted[who]) for who in (BOTH, f"{first} only", f"{second} only", NEITHER))
    return Section("confirmation", "Joint confirmation of activities", ("Confirmed by", "Activities"), rows)


def _focal_section(standing: overview_service.Overview) -> Section:
    rows = tuple((c.party, c.level_label, c.count, "present" if c.count else "MISSING") for c in standing.focal_points)
    missing = len(standing.missing_focal_points)
    return Section("focal_points", "Focal points (MOU 1.3, 1.4)", ("Party", "Level", "Designated", "Cover"), rows,
                   f"As of {standing.today}: {missing} of {len(rows)} levels without a focal point.")


def _requests_section(standing: overview_service.Overview) -> Section:
    rows = tuple((r.subject, r.requesting_party, r.requested_party, r.requested_on or "", r.days_open or "")
                 for r in standing.open_requests)
    return Section("open_requests", "Open cooperation requests (MOU 1.2)",
                   ("Subject", "Requested by", "Requested of", "Requested on", "Days open"), rows,
                   f"{len(rows)} open now; days open counted to {standing.today}.")


def _overdue_section(standing: overview_service.Overview, personal: bool) -> Section:
    columns = ("Action", "Meeting", "Due", "Days overdue", *(("Owner",) if personal else ()))
    rows = tuple((a.description, a.meeting, a.due_date, a.days_overdue, *((a.owner or "",) if personal else ()))
                 for a in standing.overdue_actions)
    note = f"{_n(len(rows), 'open action item', 'open action items')} past the due date as of {standing.today}."
    if not personal:
        note += " Owners are not named in a report for this recipient."
    return Section("overdue_actions", "Overdue action items", columns, rows, note)


def _dated_in(rows: Iterable[dict[str, object]], key: str, start: dt.date, end: dt.date) -> list[dict[str, object]]:
    found = [r for r in rows if isinstance(r[key], dt.date) and start <= r[key] <= end]  # type: ignore[operator]
    return sorted(found, key=lambda r: (r[key], str(r["id"])))  # type: ignore[return-value]


def _in_country(row: dict[str, object], country: str | None, in_country: set[str]) -> bool:
    return country is None or str(row["activity"]) in in_country


def _meetings_section(rows: list[dict[str, object]], start: dt.date, end: dt.date, vocab,  # type: ignore[no-untyped-def]
                      country: str | None, in_country: set[str], party_code: dict[str, str]) -> Section:
    meetings = [m for m in _dated_in(rows, "date", start, end) if _in_country(m, country, in_country)]
    kinds = Counter(str(m["kind"]) for m in meetings)
    table = tuple((m["date"], m["title"] or "", vocab.label("meeting_kind", str(m["kind"])),
                   party_code.get(str(m["organiser_party"]), ""),
                   "online" if m["online"] else (m["location"] or ""), len(m["attendees"] or ()))  # type: ignore[arg-type]
                  for m in meetings)
    summary = ", ".join(f"{vocab.label('meeting_kind', k)}: {n}" for k, n in sorted(kinds.items()))
    observers = _n(kinds["observer_invitation"], "observer invitation", "observer invitations")
    note = (f"{_n(len(meetings), 'meeting', 'meetings')}, of which {observers} (MOU 5)"
            + (f" ({summary})." if summary else "."))
    if country:
        note += " For one country, only meetings about an activity in it are listed."
    return Section("meetings", "Meetings and observers (MOU 5)",
                   ("Date", "Title", "Kind", "Organised by", "Place", "Attendees"), table, note)


def _ip_section(rows: list[dict[str, object]], start: dt.date, end: dt.date, vocab,  # type: ignore[no-untyped-def]
                party_code: dict[str, str]) -> Section:
    def dated(r: dict[str, object]) -> dt.date | None:
        return r["approved_on"] or r["requested_on"]  # type: ignore[return-value]

    found = sorted((r for r in rows if (d := dated(r)) is not None and start <= d <= end),
                   key=lambda r: (dated(r), str(r["id"])))
    table = tuple((vocab.label("ip_item", str(r["item"])), r["purpose"] or "",
                   party_code.get(str(r["owner_party"]), ""), party_code.get(str(r["user_party"]), ""),
                   vocab.label("ip_status", str(r["status"])),
                   r["requested_on"] or "", r["approved_on"] or "", r["expires_on"] or "") for r in found)
    return Section("ip_use", "Use of the other party's name, logo or trademark (MOU 3.3)",
                   ("Item", "Product or event", "Owner", "Used by", "Status", "Requested on", "Approved on",
                    "Expires on"), table,
                   f"{_n(len(table), 'request or approval', 'requests or approvals')} dated in the period.")


def _exchanges_section(rows: list[dict[str, object]], start: dt.date, end: dt.date, vocab,  # type: ignore[no-untyped-def]
                       country: str | None, in_country: set[str], party_code: dict[str, str],
                       personal: bool) -> Section:
    found = [r for r in _dated_in(rows, "date", start, end) if _in_country(r, country, in_country)]
    hidden = 0
    table = []
    for r in found:
        secret = r["classification"] == "confidential" and not personal
        hidden += secret
        table.append((r["date"], party_code.get(str(r["from_party"]), ""), party_code.get(str(r["to_party"]), ""),
                      "(confidential: not described to this recipient)" if secret else r["subject"] or "",
                      vocab.label("classification", str(r["classification"]))))
    by_class = Counter(str(r["classification"]) for r in found)
    note = f"{_n(len(found), 'exchange', 'exchanges')}: " + ", ".join(
        f"{vocab.label('classification', c)} {by_class[c]}" for c in vocab.codes("classification")) + "."
    if country:
        note += " For one country, only exchanges about an activity in it are listed."
    return Section("exchanges", "Information exchanges (MOU 3.1, 3.2)",
                   ("Date", "From", "To", "Subject", "Classification"), tuple(table), note)


FORMATS = ("pdf", "xlsx")


def report_format(path: Path, given: str | None) -> str:
    """The format asked for, else the one the file's name ends with; refused if they disagree or
    the folder does not exist."""
    suffix = path.suffix.lower().lstrip(".")
    fmt = (given or suffix).lower()
    if fmt not in FORMATS:
        raise Invalid([Problem("format", f"'{path.name}': a report is a .pdf or an .xlsx file; end the name with "
                                         ".pdf or .xlsx, or give --format pdf|xlsx")])
    if suffix in FORMATS and suffix != fmt:
        raise Invalid([Problem("format", f"'{path.name}' ends with .{suffix} but the format asked for is {fmt}; "
                                         "make them agree")])
    if not path.absolute().parent.is_dir():
        raise Invalid([Problem("out", f"the folder {path.absolute().parent} does not exist; choose an existing "
                                      "folder")])
    if path.is_dir():
        raise Invalid([Problem("out", f"{path} is a folder; give a file name, e.g. {path / ('report.' + fmt)}")])
    return fmt
