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

Every word is English here, written as domain.messages.Message (and vocabulary labels as
TermLabel) so that the window prints the report in its own language (ui/report_language.py);
`Wording` holds what the writers print around the figures.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from mouliaison.domain.messages import Message, TermLabel
from mouliaison.domain.validation import Invalid, Problem
from mouliaison.domain.values import parse_date
from mouliaison.domain.vocabularies import VOCABULARIES
from mouliaison.privacy.recipients import PARTNER, SAME_PARTY, Recipient
from mouliaison.services import overview as overview_service
from mouliaison.services.consent import today as utc_today
from mouliaison.services.database import Database
from mouliaison.store import queries

CONFIDENTIAL_LINE = "STRICTLY CONFIDENTIAL: shared with the partner party under MOU 3.6"


@dataclass(frozen=True)
class Wording:
    """What the writers print around the figures: English here; ui/report_language.py gives the
    window's language. {0}, {1}: the values each line names."""

    period: str = "{0} to {1}"
    all_dates: str = "all dates"
    all_countries: str = "all countries"
    led_by: str = "; activities led by {0}"
    period_line: str = "Period: {0}"
    scope_line: str = "Scope: {0}"
    parties_line: str = "Parties: {0}"
    joiner: str = " and "
    prepared_for: str = "Prepared for: {0}"
    made: str = "Made on {0} with mouliaison; standing figures as of {1}."
    personal: str = "This report names people: the recipient may see personal data (MOU 3.6)."
    impersonal: str = "This report holds no personal data: counts and titles, no one's name or contact details."
    confidential: str = CONFIDENTIAL_LINE
    none: str = "(none in this period)"
    page: str = "Page {0} of {1}"
    page_codes: str = "Page &P of &N"  # a printed sheet's footer: Excel puts the numbers in
    subtitle: str = "{0}; {1}; made on {2}"
    day: Callable[[dt.date], str] = dt.date.isoformat  # how a date is written


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
    title: str = Message("Implementation of the Memorandum of Understanding")
    wording: Wording = Wording()

    @property
    def period(self) -> str:
        if self.period_from is None or self.period_to is None:
            return self.wording.all_dates
        return self.wording.period.format(self.wording.day(self.period_from), self.wording.day(self.period_to))

    @property
    def scope(self) -> str:
        where = f"{self.country_label} ({self.country})" if self.country else self.wording.all_countries
        led = self.wording.led_by.format(self.party) if self.party else ""
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
        country=country, country_label=TermLabel(vocab.label("country", country), "country") if country else None,
        party=next((p.code for p in parties.values() if p.id == party_id), None),
        recipient=str(who) if who else Message("no recipient named"), personal_data=personal,
        confidential=who is not None and who.confidential, sections=tuple(sections),
    )


def overview_report(standing: overview_service.Overview, made_on: dt.date | None = None) -> Report:
    """The Overview as shown, printed by the report's writers (PDF or xlsx): the same figures,
    over the same period. It names no one (no recipient is chosen for it): owners are left out."""
    statuses = [TermLabel(c.label, "activity_status") for c in standing.by_status]
    agreement = standing.agreement
    period = standing.period or (None, None)
    counted = (Message("{count} joint activity whose dates meet the period.", count=standing.activities)
               if standing.activities == 1 else
               Message("{count} joint activities whose dates meet the period.", count=standing.activities))
    undated = (Message("{count} activity has no date and no period counts it.", count=standing.undated)
               if standing.undated == 1 else
               Message("{count} activities have no date and no period counts them.", count=standing.undated)
               if standing.undated else None)
    all_ = Message("All")
    sections = [
        _agreement_section(agreement),
        Section("by_status", Message("Joint activities by status"), (Message("Status"), Message("Activities")),
                tuple((TermLabel(c.label, "activity_status"), c.count) for c in standing.by_status),
                Message("{counted} {undated}", counted=counted, undated=undated) if undated else counted,
                chart=True),
        *_area_sections_of(standing.by_area, standing.by_topic, standing.without_area),
        Section("by_country", Message("Joint activities by country and status"),
                (Message("Country"), Message("ISO code"), *statuses, all_),
                tuple((TermLabel(r.label, "country"), r.key, *r.counts, r.total) for r in standing.by_country.rows),
                Message("An activity in several countries counts in each. {count} have no country.",
                        count=standing.by_country.without)),
        Section("by_quarter", Message("Joint activities by quarter (each quarter they run in) and status"),
                (Message("Quarter"), *statuses, all_),
                tuple((r.label, *r.counts, r.total) for r in standing.by_quarter.rows),
                Message("An activity counts in each quarter it runs in (from its start, or planned start, to its "
                        "end, or planned end).") if not standing.by_quarter.left_out else
                Message("An activity counts in each quarter it runs in (from its start, or planned start, to its "
                        "end, or planned end). The {count} earlier quarters are left out.",
                        count=standing.by_quarter.left_out)),
        Section("confirmed_by_one", Message("Activities confirmed by one party only"),
                (Message("Activity"), Message("Confirmed by"), Message("On"), Message("Waiting for")),
                tuple((c.title, c.confirmed_by_party, c.confirmed_on, c.waiting_for_party)
                      for c in standing.confirmed_by_one), Message("As of {day}.", day=standing.today)),
        _focal_section(standing),
        _requests_section(standing),
        _overdue_section(standing, personal=False),
    ]
    return Report(
        period_from=period[0], period_to=period[1], as_of=standing.today, made_on=made_on or utc_today(),
        agreement_title=agreement.title if agreement else "",
        parties=tuple(f"{p.code} ({p.name})" for p in agreement.parties) if agreement else (),
        country=None, country_label=None, party=None, recipient=Message("no recipient named"), personal_data=False,
        confidential=False, sections=tuple(sections), title=Message("Overview of the MOU's implementation"),
    )


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
    columns = (Message("Item"), Message("Value"))
    if agreement is None:
        return Section("agreement", Message("Agreement status"), columns, (),
                       note=Message("No agreement is held in this database."))
    rows: list[tuple[object, ...]] = [
        (Message("Agreement"), agreement.title),
        (Message("Reference"), agreement.reference or ""),
        (Message("Parties"), _both(tuple(f"{p.code} ({p.name})" for p in agreement.parties))),
        (Message("In force since"), agreement.in_force_since or Message("not recorded")),
        (Message("Status"), TermLabel(agreement.status_label, "agreement_status")),
    ]
    if agreement.notice_delivered_on:
        rows += [(Message("Termination notice delivered on"), agreement.notice_delivered_on),
                 (Message("Notice given by"), agreement.notice_given_by or ""),
                 (Message("Termination takes effect on"), agreement.termination_effective_on or "")]
    return Section("agreement", Message("Agreement status (MOU 7.1, 7.2)"), columns, tuple(rows))


def _both(names: tuple[str, ...]) -> str:
    """Two parties: "IOM (...) and WCO (...)"."""
    return Message("{first} and {second}", first=names[0], second=names[1]) if len(names) == 2 else "".join(names)


def _status_section(activities: list[dict[str, object]], vocab, undated: int) -> Section:  # type: ignore[no-untyped-def]
    counted = Counter(str(a["status"]) for a in activities)
    shipped = {t.code: i for i, t in enumerate(VOCABULARIES["activity_status"])}  # the overview's order
    codes = sorted(set(vocab.codes("activity_status")) | set(counted), key=lambda c: (shipped.get(c, len(shipped)), c))
    rows = tuple((TermLabel(vocab.label("activity_status", c), "activity_status"), counted[c]) for c in codes)
    found = (Message("{count} joint activity in the period.", count=len(activities)) if len(activities) == 1 else
             Message("{count} joint activities in the period.", count=len(activities)))
    note: str = found
    if undated:
        more = (Message("1 more has no date at all and is not counted: give it a start or planned start.")
                if undated == 1 else
                Message("{count} more have no date at all and are not counted: give them a start or planned start.",
                        count=undated))
        note = Message("{counted} {undated}", counted=found, undated=more)
    return Section("by_status", Message("Joint activities by status"), (Message("Status"), Message("Activities")),
                   rows, note, chart=True)


def _area_sections(activities: list[dict[str, object]], terms: dict[str, tuple[str, str | None]]) -> list[Section]:
    grouped = Counter(tuple(a["thematic_areas"] or ()) for a in activities)  # type: ignore[arg-type]
    return _area_sections_of(*overview_service.tally_areas(terms, grouped.items()))


def _area_sections_of(areas: Iterable[overview_service.Count], topics: Iterable[overview_service.Count],
                      without: int) -> list[Section]:
    def named(c: overview_service.Count) -> str:
        return Message("{code}. {label}", code=c.code, label=TermLabel(c.label, overview_service.THEMATIC))

    return [
        Section("by_area", Message("Joint activities by thematic area (MOU 4.1 i-xi)"),
                (Message("Area"), Message("Activities")), tuple((named(c), c.count) for c in areas),
                Message("An activity counts once under each area it is tagged with. {count} have no thematic area.",
                        count=without), chart=True),
        Section("by_topic", Message("Joint activities by topic of area x (MOU 4.1 x.a-x.l)"),
                (Message("Topic"), Message("Activities")), tuple((named(c), c.count) for c in topics)),
    ]


def _country_section(activities: list[dict[str, object]], vocab) -> Section:  # type: ignore[no-untyped-def]
    counted: Counter[str] = Counter()
    without = 0
    for a in activities:
        countries = a["countries"] or ()
        counted.update(set(countries))  # type: ignore[arg-type]
        without += not countries
    rows = tuple((TermLabel(vocab.label("country", c), "country"), c, n) for c, n in
                 sorted(counted.items(), key=lambda item: (-item[1], vocab.label("country", item[0]))))
    note = Message("An activity in several countries counts in each. {count} have no country.", count=without)
    return Section("by_country", Message("Joint activities by country"),
                   (Message("Country"), Message("ISO code"), Message("Activities")), rows, note)


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
    return Section("by_quarter", Message("Joint activities by quarter of their start"),
                   (Message("Quarter"), Message("Activities")), rows,
                   Message("An activity that started before the period counts in its first quarter."), chart=True)


def _confirmation_section(activities: list[dict[str, object]], first: str, second: str) -> Section:
    both, neither = Message("Both parties"), Message("Neither party")
    first_only, second_only = Message("{party} only", party=first), Message("{party} only", party=second)
    counted = Counter(
        "both" if a["first_party_confirmed_on"] and a["second_party_confirmed_on"]
        else "first" if a["first_party_confirmed_on"]
        else "second" if a["second_party_confirmed_on"] else "neither"
        for a in activities
    )
    rows = ((both, counted["both"]), (first_only, counted["first"]), (second_only, counted["second"]),
            (neither, counted["neither"]))
    return Section("confirmation", Message("Joint confirmation of activities"),
                   (Message("Confirmed by"), Message("Activities")), rows)


def _focal_section(standing: overview_service.Overview) -> Section:
    rows = tuple((c.party, TermLabel(c.level_label, "focal_point_level"), c.count,
                  Message("present") if c.count else Message("MISSING")) for c in standing.focal_points)
    missing = len(standing.missing_focal_points)
    return Section("focal_points", Message("Focal points (MOU 1.3, 1.4)"),
                   (Message("Party"), Message("Level"), Message("Designated"), Message("Cover")), rows,
                   Message("As of {day}: {missing} of {levels} levels without a focal point.", day=standing.today,
                           missing=missing, levels=len(rows)))


def _requests_section(standing: overview_service.Overview) -> Section:
    rows = tuple((r.subject, r.requesting_party, r.requested_party, r.requested_on or "", r.days_open or "")
                 for r in standing.open_requests)
    return Section("open_requests", Message("Open cooperation requests (MOU 1.2)"),
                   (Message("Subject"), Message("Requested by"), Message("Requested of"), Message("Requested on"),
                    Message("Days open")), rows,
                   Message("1 open now; days open counted to {day}.", day=standing.today) if len(rows) == 1 else
                   Message("{count} open now; days open counted to {day}.", count=len(rows), day=standing.today))


def _overdue_section(standing: overview_service.Overview, personal: bool) -> Section:
    columns = (Message("Action"), Message("Meeting"), Message("Due"), Message("Days overdue"),
               *((Message("Owner"),) if personal else ()))
    rows = tuple((a.description, a.meeting, a.due_date, a.days_overdue, *((a.owner or "",) if personal else ()))
                 for a in standing.overdue_actions)
    if len(rows) == 1:
        note = Message("1 open action item past the due date as of {day}.", day=standing.today)
    else:
        note = Message("{count} open action items past the due date as of {day}.", count=len(rows),
                       day=standing.today)
    if not personal:
        note = Message("{note} Owners are not named in a report for this recipient.", note=note)
    return Section("overdue_actions", Message("Overdue action items"), columns, rows, note)


def _dated_in(rows: Iterable[dict[str, object]], key: str, start: dt.date, end: dt.date) -> list[dict[str, object]]:
    found = [r for r in rows if isinstance(r[key], dt.date) and start <= r[key] <= end]  # type: ignore[operator]
    return sorted(found, key=lambda r: (r[key], str(r["id"])))  # type: ignore[return-value]


def _in_country(row: dict[str, object], country: str | None, in_country: set[str]) -> bool:
    return country is None or str(row["activity"]) in in_country


def _listed(parts: list[str]) -> str:
    """Parts joined by commas, as one message (each part stays translatable)."""
    if not parts:
        return ""
    listed = parts[-1]
    for part in reversed(parts[:-1]):
        listed = Message("{first}, {rest}", first=part, rest=listed)
    return listed


def _meetings_section(rows: list[dict[str, object]], start: dt.date, end: dt.date, vocab,  # type: ignore[no-untyped-def]
                      country: str | None, in_country: set[str], party_code: dict[str, str]) -> Section:
    meetings = [m for m in _dated_in(rows, "date", start, end) if _in_country(m, country, in_country)]
    kinds = Counter(str(m["kind"]) for m in meetings)

    def kind(code: str) -> str:
        return TermLabel(vocab.label("meeting_kind", code), "meeting_kind")

    table = tuple((m["date"], m["title"] or "", kind(str(m["kind"])),
                   party_code.get(str(m["organiser_party"]), ""),
                   Message("online") if m["online"] else (m["location"] or ""), len(m["attendees"] or ()))  # type: ignore[arg-type]
                  for m in meetings)
    summary = _listed([Message("{kind}: {count}", kind=kind(k), count=n) for k, n in sorted(kinds.items())])
    held = (Message("1 meeting") if len(meetings) == 1 else
            Message("{count} meetings", count=len(meetings)))
    observed = kinds["observer_invitation"]
    observers = (Message("1 observer invitation") if observed == 1 else
                 Message("{count} observer invitations", count=observed))
    note = (Message("{meetings}, of which {observers} (MOU 5) ({kinds}).", meetings=held, observers=observers,
                    kinds=summary) if summary else
            Message("{meetings}, of which {observers} (MOU 5).", meetings=held, observers=observers))
    if country:
        note = Message("{note} For one country, only meetings about an activity in it are listed.", note=note)
    return Section("meetings", Message("Meetings and observers (MOU 5)"),
                   (Message("Date"), Message("Title"), Message("Kind"), Message("Organised by"), Message("Place"),
                    Message("Attendees")), table, note)


def _ip_section(rows: list[dict[str, object]], start: dt.date, end: dt.date, vocab,  # type: ignore[no-untyped-def]
                party_code: dict[str, str]) -> Section:
    def dated(r: dict[str, object]) -> dt.date | None:
        return r["approved_on"] or r["requested_on"]  # type: ignore[return-value]

    found = sorted((r for r in rows if (d := dated(r)) is not None and start <= d <= end),
                   key=lambda r: (dated(r), str(r["id"])))
    table = tuple((TermLabel(vocab.label("ip_item", str(r["item"])), "ip_item"), r["purpose"] or "",
                   party_code.get(str(r["owner_party"]), ""), party_code.get(str(r["user_party"]), ""),
                   TermLabel(vocab.label("ip_status", str(r["status"])), "ip_status"),
                   r["requested_on"] or "", r["approved_on"] or "", r["expires_on"] or "") for r in found)
    note = (Message("1 request or approval dated in the period.") if len(table) == 1 else
            Message("{count} requests or approvals dated in the period.", count=len(table)))
    return Section("ip_use", Message("Use of the other party's name, logo or trademark (MOU 3.3)"),
                   (Message("Item"), Message("Product or event"), Message("Owner"), Message("Used by"),
                    Message("Status"), Message("Requested on"), Message("Approved on"), Message("Expires on")),
                   table, note)


def _exchanges_section(rows: list[dict[str, object]], start: dt.date, end: dt.date, vocab,  # type: ignore[no-untyped-def]
                       country: str | None, in_country: set[str], party_code: dict[str, str],
                       personal: bool) -> Section:
    found = [r for r in _dated_in(rows, "date", start, end) if _in_country(r, country, in_country)]

    def classification(code: str) -> str:
        return TermLabel(vocab.label("classification", code), "classification")

    table = []
    for r in found:
        secret = r["classification"] == "confidential" and not personal
        table.append((r["date"], party_code.get(str(r["from_party"]), ""), party_code.get(str(r["to_party"]), ""),
                      Message("(confidential: not described to this recipient)") if secret else r["subject"] or "",
                      classification(str(r["classification"]))))
    by_class = Counter(str(r["classification"]) for r in found)
    exchanges = (Message("1 exchange") if len(found) == 1 else Message("{count} exchanges", count=len(found)))
    classes = _listed([Message("{label} {count}", label=classification(c), count=by_class[c])
                       for c in vocab.codes("classification")])
    note = Message("{exchanges}: {classes}.", exchanges=exchanges, classes=classes)
    if country:
        note = Message("{note} For one country, only exchanges about an activity in it are listed.", note=note)
    return Section("exchanges", Message("Information exchanges (MOU 3.1, 3.2)"),
                   (Message("Date"), Message("From"), Message("To"), Message("Subject"), Message("Classification")),
                   tuple(table), note)


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
