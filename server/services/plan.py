"""Load a user's record into the plan engine's plain facts, and shape its answers for the API."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Row

from server.engines.plan import (
    InterviewFacts,
    OpeningFacts,
    OpeningSuggestion,
    PersonFacts,
    Plan,
    PlanItem,
    PlanRecord,
    PlanSettings,
    RoundFacts,
    TouchFacts,
    build_plan,
    evaluate_opening,
)
from server.extensions import db
from server.models import (
    Company,
    Contact,
    Interview,
    Opening,
    Rejection,
    Round,
    Touchpoint,
    User,
    round_contacts,
)
from server.ownership import owned


@dataclass
class LoadedRecord:
    """The engine's input plus the rows needed to name things in the answer.

    The rows are read-only column rows (attribute access by column name), not ORM objects:
    the plan reads the whole record on every call, and building objects cost more than the
    plan itself.
    """

    facts: PlanRecord
    contacts: dict[int, Row]  # id, name, email, company_id and the plan's person fields
    interviews: dict[int, Row]  # id, company_id, company_name, role, status, rejected_on
    openings: dict[int, Row]  # id, company_id, company_name, title, url, seen_at


def _rows(query) -> list[Row]:
    return list(db.session.execute(query))


def load_record(user: User) -> LoadedRecord:
    """Read the current user's rows (through the ownership helper) into plan facts."""
    contacts = {
        c.id: c
        for c in _rows(
            owned(Contact)
            .with_only_columns(
                Contact.id,
                Contact.name,
                Contact.email,
                Contact.company_id,
                Contact.follow_up_days,
                Contact.do_not_contact,
                Contact.warmth,
                Contact.connection_state,
            )
            .order_by(Contact.id)
        )
    }
    interviews = {
        i.id: i
        for i in _rows(
            owned(Interview)
            .with_only_columns(
                Interview.id,
                Interview.company_id,
                Company.name.label("company_name"),
                Interview.role,
                Interview.status,
                Interview.rejected_on,
            )
            .outerjoin_from(Interview, Company, Company.id == Interview.company_id)
            .order_by(Interview.id)
        )
    }
    # Rounds and who attended each, in one statement: a row per round and person met.
    rounds: list[Row] = []
    attended: dict[int, list[int]] = defaultdict(list)
    for row in db.session.execute(
        owned(Round)
        .with_only_columns(
            Round.id,
            Round.interview_id,
            Round.held_on,
            Round.duration_minutes,
            Round.kind,
            round_contacts.c.contact_id,
        )
        .outerjoin_from(Round, round_contacts, round_contacts.c.round_id == Round.id)
        .order_by(Round.id, round_contacts.c.contact_id)
    ):
        if not rounds or rounds[-1].id != row.id:
            rounds.append(row)
        if row.contact_id is not None:
            attended[row.id].append(row.contact_id)
    rejections = _rows(
        owned(Rejection).with_only_columns(
            Rejection.id, Rejection.interview_id, Rejection.received_at, Rejection.sender_email
        )
    )
    # Message texts can be long and the plan never reads them.
    touches = _rows(
        owned(Touchpoint).with_only_columns(
            Touchpoint.id,
            Touchpoint.kind,
            Touchpoint.channel,
            Touchpoint.status,
            Touchpoint.occurred_at,
            Touchpoint.contact_id,
            Touchpoint.interview_id,
        )
    )
    openings = {
        o.id: o
        for o in _rows(
            owned(Opening)
            .with_only_columns(
                Opening.id,
                Opening.company_id,
                Company.name.label("company_name"),
                Opening.title,
                Opening.url,
                Opening.seen_at,
            )
            .outerjoin_from(Opening, Company, Company.id == Opening.company_id)
            .order_by(Opening.id)
        )
    }

    senders = _rejection_senders(rejections, contacts, interviews)
    first_news: dict[int, datetime] = {}
    for rejection in rejections:
        known = first_news.get(rejection.interview_id)
        if known is None or rejection.received_at < known:
            first_news[rejection.interview_id] = rejection.received_at

    facts = PlanRecord(
        settings=plan_settings(user),
        people=tuple(person_facts(c) for c in contacts.values()),
        interviews=tuple(
            _interview(i, first_news.get(i.id), senders.get(i.id)) for i in interviews.values()
        ),
        rounds=tuple(round_facts(r, attended.get(r.id, ())) for r in rounds),
        touches=tuple(touch_facts(t) for t in touches),
        openings=tuple(opening_facts(o, o.company_name) for o in openings.values()),
    )
    return LoadedRecord(facts, contacts, interviews, openings)


def plan_settings(user: User) -> PlanSettings:
    """The plan engine's view of the user's cadence settings."""
    return PlanSettings(
        follow_up_days=user.follow_up_days,
        linkedin_account=user.linkedin_account,
        linkedin_notes_per_month=user.linkedin_notes_per_month,
    )


def round_facts(round_, people) -> RoundFacts:
    """The plan engine's view of one round and the ids of the people met in it."""
    return RoundFacts(
        id=round_.id,
        interview_id=round_.interview_id,
        held_on=round_.held_on,
        duration_minutes=round_.duration_minutes,
        kind=round_.kind,
        people=tuple(people),
    )


def person_facts(contact) -> PersonFacts:
    """The plan engine's view of one person (a Contact or a row with its columns)."""
    return PersonFacts(
        id=contact.id,
        name=contact.name,
        company_id=contact.company_id,
        follow_up_days=contact.follow_up_days,
        do_not_contact=contact.do_not_contact,
        warmth=contact.warmth,
        connection_state=contact.connection_state,
        has_email=bool(contact.email),
    )


def _interview(interview: Row, news: datetime | None, sender: int | None):
    rejected_at = news
    if rejected_at is None and interview.rejected_on is not None:
        # Marked rejected by hand: the day is all we know, so the reply window opens that day.
        rejected_at = datetime.combine(interview.rejected_on, time(0, 0), tzinfo=UTC)
    return InterviewFacts(
        id=interview.id,
        company_id=interview.company_id,
        status=interview.status,
        company_name=interview.company_name or "",
        role=interview.role,
        rejected_at=rejected_at,
        rejection_sender_id=sender,
    )


def touch_facts(touch: Touchpoint) -> TouchFacts:
    """The plan engine's view of one logged touchpoint."""
    return TouchFacts(
        id=touch.id,
        kind=touch.kind,
        channel=touch.channel,
        status=touch.status,
        occurred_at=touch.occurred_at,
        contact_id=touch.contact_id,
        interview_id=touch.interview_id,
    )


def opening_facts(opening, company_name: str | None) -> OpeningFacts:
    """The plan engine's view of one opening the user saw (an Opening or a row)."""
    return OpeningFacts(
        id=opening.id,
        company_id=opening.company_id,
        seen_at=opening.seen_at,
        title=opening.title,
        company_name=company_name or "",
    )


def _rejection_senders(rejections, contacts, interviews) -> dict[int, int]:
    """Which stored person sent each interview's rejection, matched by address."""
    by_email: dict[str, list[Row]] = defaultdict(list)
    for contact in contacts.values():
        if contact.email:
            by_email[contact.email.strip().lower()].append(contact)
    senders: dict[int, int] = {}
    for rejection in sorted(rejections, key=lambda r: r.received_at):
        matches = by_email.get((rejection.sender_email or "").strip().lower(), [])
        if not matches or rejection.interview_id in senders:
            continue
        interview = interviews.get(rejection.interview_id)
        company_id = interview.company_id if interview else None
        # Two people may share an address (a shared recruiting inbox): prefer the company's.
        best = next((c for c in matches if c.company_id == company_id), matches[0])
        senders[rejection.interview_id] = best.id
    return senders


def plan_for(user: User, now: datetime) -> tuple[Plan, LoadedRecord]:
    """The user's plan as of ``now``, with the loaded rows to name its items."""
    loaded = load_record(user)
    return build_plan(loaded.facts, now), loaded


def opening_answer(user: User, opening: Opening, now: datetime) -> dict:
    """What the rules say about writing to someone about this opening, as the API shows it."""
    loaded = load_record(user)
    suggestion = evaluate_opening(
        opening_facts(opening, opening.company.name if opening.company else None),
        loaded.facts,
        now,
    )
    return suggestion_document(suggestion, loaded.contacts)


def filter_items(items, today: date, args: dict) -> list[PlanItem]:
    """Items matching the query's kind, status and horizon."""
    chosen = []
    for item in items:
        if "kind" in args and item.kind != args["kind"]:
            continue
        if "status" in args and item.status != args["status"]:
            continue
        if "within_days" in args and item.start_on > today + timedelta(days=args["within_days"]):
            continue
        chosen.append(item)
    return chosen


def person_ref(contacts: dict[int, Row], contact_id: int | None) -> dict | None:
    """{id, name} of a stored person, or None."""
    contact = contacts.get(contact_id) if contact_id is not None else None
    return {"id": contact.id, "name": contact.name} if contact else None


def item_document(item: PlanItem, loaded: LoadedRecord) -> dict:
    """One plan item as the API shows it, with the person, interview and opening named."""
    interview = loaded.interviews.get(item.interview_id) if item.interview_id else None
    opening = loaded.openings.get(item.opening_id) if item.opening_id else None
    return {
        "key": item.key,
        "kind": item.kind,
        "status": item.status,
        "person": person_ref(loaded.contacts, item.contact_id),
        "interview": {
            "id": interview.id,
            "company": interview.company_name or "",
            "role": interview.role,
        }
        if interview
        else None,
        "opening": {"id": opening.id, "title": opening.title, "url": opening.url}
        if opening
        else None,
        "start_on": item.start_on,
        "due_on": item.due_on,
        "channel": item.channel,
        "title": item.title,
        "why": item.why,
        "with_note": item.with_note,
        "draft_id": item.draft_id,
    }


def plan_document(plan: Plan, loaded: LoadedRecord, today: date, args: dict) -> dict:
    """The whole plan as the API shows it."""
    meter = plan.linkedin_notes
    return {
        "as_of": today,
        "items": [item_document(i, loaded) for i in filter_items(plan.items, today, args)],
        "linkedin_notes": {
            "account": meter.account,
            "notes_per_month": meter.notes_per_month,
            "used_this_month": meter.used_this_month,
            "notes_left_this_month": meter.notes_left_this_month,
            "with_note": [person_ref(loaded.contacts, i) for i in meter.with_note],
            "plain_invite": [person_ref(loaded.contacts, i) for i in meter.plain_invite],
        },
    }


def suggestion_document(suggestion: OpeningSuggestion, contacts: dict[int, Row]) -> dict:
    """An opening suggestion as the API shows it."""
    return {
        "suggested": suggestion.suggested,
        "person": person_ref(contacts, suggestion.contact_id),
        "due_on": suggestion.due_on,
        "why": suggestion.why,
        "next_possible_on": suggestion.next_possible_on,
    }
