"""The overview: where the agreement stands and what needs a liaison officer's attention.

One read of the current state, returned as plain dataclasses for the window (and any report):
the agreement's status (MOU 7.1, 7.2), live activities of a period (or of all dates) by status,
by thematic area (MOU 4.1; a topic x.a-x.l also counts under x), by country and by quarter
(store.activity_counts), activities confirmed by one party only, open cooperation requests
(MOU 1.2), focal points missing (MOU 1.4) and overdue action items; the last four as of today.
`Overview.criteria` names the records a count counted, for the list that shows them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from mouliaison.domain.default_agreement import AGREEMENT_ID, termination_effective
from mouliaison.domain.filtering import ONE, Criteria
from mouliaison.domain.periods import Period
from mouliaison.domain.vocabularies import THEMATIC_AREAS, VOCABULARIES, VocabularyIndex
from mouliaison.services.consent import today as utc_today
from mouliaison.services.database import Database
from mouliaison.store import activity_counts, queries
from mouliaison.store.activity_counts import NOTHING, Breakdown
from mouliaison.store.session import Session

THEMATIC = "thematic_area"
FOCAL_POINT_LEVELS = tuple(t.code for t in VOCABULARIES["focal_point_level"])  # headquarters, regional, field
_SHIPPED_ORDER = {t.code: i for i, t in enumerate(THEMATIC_AREAS)}


@dataclass(frozen=True)
class PartyName:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class AgreementStatus:
    id: str
    title: str
    reference: str | None
    parties: tuple[PartyName, ...]  # first, then second
    in_force_since: dt.date | None  # entry into force
    status: str  # the code
    status_label: str
    notice_delivered_on: dt.date | None  # a termination notice (MOU 7.2)
    notice_given_by: str | None  # the party's code
    termination_effective_on: dt.date | None  # six months (by default) after the notice's delivery
    terminated: bool  # the notice has taken effect by today


@dataclass(frozen=True)
class Count:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class OneSidedConfirmation:
    activity_id: str
    title: str
    confirmed_by_party: str  # the code of the party that confirmed
    waiting_for_party: str  # the code of the party that has not
    confirmed_on: dt.date


@dataclass(frozen=True)
class OpenRequest:
    id: str
    subject: str
    requesting_party: str
    requested_party: str
    requested_on: dt.date | None
    days_open: int | None


@dataclass(frozen=True)
class FocalPointCover:
    party: str  # the party's code
    party_id: str
    level: str
    level_label: str
    count: int  # focal points designated for this party and level, current today


@dataclass(frozen=True)
class OverdueAction:
    id: str
    description: str
    due_date: dt.date
    days_overdue: int
    meeting: str
    owner: str | None


@dataclass(frozen=True)
class Overview:
    today: dt.date
    agreement: AgreementStatus | None
    activities: int  # live ones of the period
    by_status: tuple[Count, ...]
    by_area: tuple[Count, ...]  # the top-level areas i-xi; a topic of x counts under x
    by_topic: tuple[Count, ...]  # the topics x.a-x.l, listed separately
    without_area: int
    confirmed_by_one: tuple[OneSidedConfirmation, ...]
    open_requests: tuple[OpenRequest, ...]
    focal_points: tuple[FocalPointCover, ...]  # every (party, level) of the agreement's two parties
    overdue_actions: tuple[OverdueAction, ...]
    period: tuple[dt.date, dt.date] | None = None  # first and last day; None: all dates
    undated: int = 0  # live activities with no date, which no period counts
    by_country: Breakdown = NOTHING
    by_quarter: Breakdown = NOTHING

    def criteria(self, **narrowed: str | dt.date | None) -> Criteria:
        """The records list's filter for a count of activities: the period's dates, narrowed
        by status, area, country, or a quarter's own dates (date_from, date_to)."""
        start, end = self.period or (None, None)
        return Criteria(**{"date_from": start, "date_to": end, **narrowed})  # type: ignore[arg-type]

    @staticmethod
    def confirmed_by_one_criteria() -> Criteria:
        return Criteria(confirmed=ONE)

    @staticmethod
    def open_requests_criteria() -> Criteria:
        return Criteria(status="open")

    def focal_points_criteria(self, cover: FocalPointCover) -> Criteria:
        """The focal points a cell counts: of its party and level, designated today."""
        return Criteria(party=cover.party_id, level=cover.level, current_on=self.today)

    def overdue_criteria(self) -> Criteria:
        """The action items overdue today: open, due yesterday or before."""
        return Criteria(status="open", date_to=self.today - dt.timedelta(days=1))

    @property
    def missing_focal_points(self) -> tuple[FocalPointCover, ...]:
        return tuple(c for c in self.focal_points if c.count == 0)


def overview(db: Database, today: dt.date | None = None, period: Period | None = None) -> Overview:
    """As of `today`; the activities' counts over `period` (all dates if None)."""
    today = today or utc_today()
    span = period.span(today) if period is not None else None
    chosen = activity_counts.period_criteria(span)
    with db.reading() as session:
        vocab = queries.load_vocabularies(session)
        parties = _parties(session)
        agreement = _agreement(session, vocab, parties, today)
        areas, topics, without = _by_area(session, chosen)
        by_status = _by_status(session, vocab, chosen)
        statuses = [c.code for c in by_status]
        return Overview(
            today=today,
            agreement=agreement,
            activities=activity_counts.count(session, chosen),
            by_status=by_status,
            by_area=areas,
            by_topic=topics,
            without_area=without,
            confirmed_by_one=_confirmed_by_one(session, agreement),
            open_requests=_open_requests(session, parties, today),
            focal_points=_focal_points(session, vocab, agreement, today),
            overdue_actions=_overdue(session, today),
            period=span,
            undated=activity_counts.undated(session) if span else 0,
            by_country=activity_counts.by_country(session, vocab, statuses, chosen),
            by_quarter=activity_counts.by_quarter(session, statuses, chosen),
        )


def _live(session: Session, entity: str) -> list[dict[str, object]]:
    return list(queries.fetch_records(session, entity))


def _parties(session: Session) -> dict[str, PartyName]:
    rows = queries.columns_of(session, "party", ("id", "code", "name"))
    return {rid: PartyName(rid, code or "", name or "") for rid, code, name in rows}


def _code(parties: dict[str, PartyName], party_id: object) -> str:
    party = parties.get(str(party_id)) if party_id else None
    return party.code if party else ""


def _agreement(session: Session, vocab: VocabularyIndex, parties: dict[str, PartyName],
               today: dt.date) -> AgreementStatus | None:
    """The embedded agreement if it is live, otherwise the first live one by title."""
    rows = _live(session, "agreement")
    if not rows:
        return None
    row = next((r for r in rows if r["id"] == AGREEMENT_ID), None) or min(rows, key=lambda r: str(r["title"]))
    notice = row["termination_notice_on"]
    months = row["termination_notice_months"]
    effective = (
        termination_effective(notice, months if isinstance(months, int) else 6)
        if isinstance(notice, dt.date) else None
    )
    status = str(row["status"] or "")
    return AgreementStatus(
        id=str(row["id"]),
        title=str(row["title"] or ""),
        reference=row["reference"],  # type: ignore[arg-type]
        parties=tuple(parties[p] for p in (row["first_party"], row["second_party"]) if p in parties),
        in_force_since=row["entry_into_force"],  # type: ignore[arg-type]
        status=status,
        status_label=vocab.label("agreement_status", status) if status else "",
        notice_delivered_on=notice,  # type: ignore[arg-type]
        notice_given_by=_code(parties, row["termination_notice_by"]) or None,
        termination_effective_on=effective,
        terminated=status == "terminated" or (effective is not None and effective <= today),
    )


def _counts(vocab: VocabularyIndex, vocabulary: str, codes: Iterable[str], counted: Counter[str]) -> tuple[Count, ...]:
    return tuple(Count(code, vocab.label(vocabulary, code), counted.get(code, 0)) for code in codes)


def _by_status(session: Session, vocab: VocabularyIndex, chosen: Criteria) -> tuple[Count, ...]:
    counted: Counter[str] = Counter(
        {str(status): n for status, n in activity_counts.grouped(session, "status", chosen) if status})
    shipped = {t.code: i for i, t in enumerate(VOCABULARIES["activity_status"])}
    known = set(vocab.codes("activity_status")) | set(counted)  # a status gone from the vocabulary still counts
    codes = sorted(known, key=lambda c: (shipped.get(c, len(shipped)), c))
    return _counts(vocab, "activity_status", codes, counted)


def _by_area(session: Session, chosen: Criteria) -> tuple[tuple[Count, ...], tuple[Count, ...], int]:
    return tally_areas(area_terms(session), activity_counts.grouped(session, "thematic_areas", chosen))


def area_terms(session: Session) -> dict[str, tuple[str, str | None]]:
    """The thematic areas held here, code -> (label, parent), the shipped ones included."""
    rows = queries.columns_of(session, "term", ("code", "label", "parent"), live=True, where={"vocabulary": THEMATIC})
    terms = {code: (label, parent) for code, label, parent in rows}
    for term in THEMATIC_AREAS:  # a database that lost a shipped term still counts under it
        terms.setdefault(term.code, (term.label, term.parent))
    return terms


def tally_areas(terms: dict[str, tuple[str, str | None]],
                grouped: Iterable[tuple[object, int]]) -> tuple[tuple[Count, ...], tuple[Count, ...], int]:
    """Areas, topics and the untagged, from each combination of areas with its count (the report
    counts the activities of a period with it too)."""
    areas: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    without = 0
    for tagged, n in grouped:
        assert tagged is None or isinstance(tagged, list | tuple)
        if not tagged:
            without += n
            continue
        tops = set()
        for code in tagged:
            parent = terms.get(code, ("", None))[1]
            if parent:
                topics[code] += n
                tops.add(parent)
            else:
                tops.add(code)
        areas.update({top: n for top in tops})  # an activity tagged x and x.b counts once under x
    order = sorted(terms, key=lambda c: (_SHIPPED_ORDER.get(c, len(_SHIPPED_ORDER)), c))
    by_area = tuple(Count(c, terms[c][0], areas[c]) for c in order if not terms[c][1])
    by_topic = tuple(Count(c, terms[c][0], topics[c]) for c in order if terms[c][1])
    return by_area, by_topic, without


def _confirmed_by_one(session: Session, agreement: AgreementStatus | None) -> tuple[OneSidedConfirmation, ...]:
    first, second = ([p.code for p in agreement.parties] + ["", ""])[:2] if agreement else ("", "")
    first = first or "first party"
    second = second or "second party"
    found = []
    for record_id, title, one, two in queries.set_on_one_side_only(
            session, "activity", "first_party_confirmed_on", "second_party_confirmed_on", ("id", "title")):
        by, waiting, on = (first, second, one) if one is not None else (second, first, two)
        found.append(OneSidedConfirmation(str(record_id), str(title or ""), by, waiting, on))
    return tuple(sorted(found, key=lambda c: (c.confirmed_on, c.title)))


def _open_requests(session: Session, parties: dict[str, PartyName], today: dt.date) -> tuple[OpenRequest, ...]:
    found = []
    for r in _live(session, "cooperation_request"):
        if r["status"] != "open":
            continue
        on = r["requested_on"]
        assert on is None or isinstance(on, dt.date)
        found.append(OpenRequest(str(r["id"]), str(r["subject"] or ""), _code(parties, r["requesting_party"]),
                                 _code(parties, r["requested_party"]), on, (today - on).days if on else None))
    return tuple(sorted(found, key=lambda r: (r.requested_on or dt.date.max, r.subject)))


def _focal_points(session: Session, vocab: VocabularyIndex, agreement: AgreementStatus | None,
                  today: dt.date) -> tuple[FocalPointCover, ...]:
    """A focal point counts while its designation is current: started (or no start) and not ended."""
    if agreement is None:
        return ()
    current: Counter[tuple[str, str]] = Counter()
    for f in _live(session, "focal_point"):
        start, end = f["start_date"], f["end_date"]
        if (start is not None and start > today) or (end is not None and end < today):  # type: ignore[operator]
            continue
        current[(str(f["party"]), str(f["level"]))] += 1
    return tuple(
        FocalPointCover(party.code, party.id, level, vocab.label("focal_point_level", level),
                        current[(party.id, level)])
        for party in agreement.parties
        for level in FOCAL_POINT_LEVELS
    )


def _overdue(session: Session, today: dt.date) -> tuple[OverdueAction, ...]:
    meeting_titles = dict(queries.columns_of(session, "meeting", ("id", "title")))
    owners = dict(queries.columns_of(session, "contact", ("id", "full_name")))
    found = []
    for item in _live(session, "action_item"):
        due = item["due_date"]
        if item["status"] != "open" or due is None:
            continue
        assert isinstance(due, dt.date)
        if due >= today:
            continue
        owner = owners.get(item["owner"]) if item["owner"] else None
        found.append(OverdueAction(str(item["id"]), str(item["description"] or ""), due, (today - due).days,
                                   str(meeting_titles.get(item["meeting"], "") or ""), owner))
    return tuple(sorted(found, key=lambda a: (a.due_date, a.description)))
