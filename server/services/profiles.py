"""Which stored person a LinkedIn profile shows, found through indexed look-ups only.

Candidates come from three narrow queries, each on an indexed column within the user:
the profile key; the family name together with the given names it could go with; and the
given names at a company the profile names. Nothing here reads every contact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time

from sqlalchemy import or_, union
from sqlalchemy.orm import load_only, selectinload

from server.engines.compose import ComposeError, DraftRequest, Sender, compose
from server.engines.compose import InterviewFacts as ComposeInterview
from server.engines.compose import Person as ComposePerson
from server.engines.compose import RoundFacts as ComposeRound
from server.engines.people import (
    Candidate,
    ParsedName,
    PersonFacts,
    ProfileFacts,
    display_name,
    match_profile,
    nickname_set,
    parse_name,
    profile_key,
    profile_url_for,
)
from server.engines.plan import InterviewFacts as PlanInterview
from server.engines.plan import (
    PlanItem,
    PlanRecord,
    build_plan,
)
from server.engines.profile_text import (
    CompanyFacts,
    CompanyMention,
    company_key,
    company_mentions,
    title_from_headline,
)
from server.errors import field_error
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
from server.models.base import utcnow
from server.ownership import owned
from server.services.companies import company_key as stored_company_key
from server.services.contacts import apply_contact_fields
from server.services.plan import (
    opening_facts,
    plan_settings,
    round_facts,
    touch_facts,
)
from server.services.plan import person_facts as plan_person_facts

# A profile with only an initial for a given name can only be narrowed by family name; this
# caps how many of those namesakes are considered.
INITIAL_ONLY_LIMIT = 50
_KEY_LENGTH = 100


@dataclass(frozen=True)
class ProfileMatch:
    """The stored contact the profile shows (or None) and the scored candidates."""

    contact: Contact | None
    candidates: list[tuple[Contact, Candidate]] = field(default_factory=list)


def profile_facts(data: dict) -> ProfileFacts:
    """The engine's view of a profile request body."""
    return ProfileFacts(
        profile_url=data.get("profile_url") or None,
        name=data.get("name") or "",
        headline=data.get("headline") or "",
        company=data.get("company") or "",
        location=data.get("location") or "",
    )


def person_facts(contact: Contact) -> PersonFacts:
    """The engine's view of a stored contact."""
    company = contact.company
    return PersonFacts(
        contact_id=contact.id,
        name=contact.name,
        preferred_name=contact.preferred_name or "",
        title=contact.title or "",
        profile_key=contact.profile_key,
        company=(
            CompanyFacts(company.name, tuple(company.aliases or ()), tuple(company.domains or ()))
            if company is not None
            else None
        ),
    )


def given_name_keys(parsed: ParsedName, *, shortened: bool = True) -> set[str]:
    """Stored given-name keys that could belong to this person.

    The nicknames of the given name and of any bracketed name; with ``shortened`` also the
    forms a contact may have been saved under: the initial, the parts of a hyphenated name
    and shortenings of at least three letters ("chris" for "christoph").
    """
    keys: set[str] = set()
    for name in (parsed.first, *parsed.alternates):
        keys |= nickname_set(name)
    first = parsed.first
    if shortened and first:
        keys.add(first[0])
        keys.update(first.split("-"))
        keys.update(first[:length] for length in range(3, len(first)))
    return {key[:_KEY_LENGTH] for key in keys if key}


def family_name_keys(parsed: ParsedName) -> set[str]:
    """Stored family-name keys worth looking up: the last name, its parts, middle names
    (a maiden name kept in the middle) and bracketed names."""
    keys = {parsed.last} if parsed.last else set()
    keys.update(parsed.last.split("-"))
    for index, word in enumerate(parsed.words[1:-1], start=1):
        if index not in parsed.initials:
            keys.add(word)
    keys.update(parsed.alternates)
    return {key[:_KEY_LENGTH] for key in keys if key}


def _company_name_keys(mentions: list[CompanyMention]) -> set[str]:
    """Stored company name keys the companies named on a profile could have."""
    keys: set[str] = set()
    for mention in mentions:
        keys.add(stored_company_key(mention.text))
        keys.add(company_key(mention.text)[:200])
    keys.discard("")
    return keys


def _in_list(keys: set[str]) -> list[str]:
    """The keys for an IN (...), padded to a power-of-two length with a repeated key.

    Each count of keys is a different SQL text, which PostgreSQL plans afresh; with a few
    lengths only, the driver's prepared statements are reused (a repeat changes no result).
    """
    ordered = sorted(keys)
    size = 1
    while size < len(ordered):
        size *= 2
    return ordered + ordered[-1:] * (size - len(ordered))


def _owned_company_ids(keys: set[str]):
    """A select of the current user's company ids with these name keys (indexed)."""
    return owned(Company).where(Company.name_key.in_(_in_list(keys))).with_only_columns(Company.id)


def matching_company_ids(mentions: list[CompanyMention]) -> list[int]:
    """The current user's companies named on the profile, by their indexed name key."""
    keys = _company_name_keys(mentions)
    if not keys:
        return []
    return list(db.session.scalars(_owned_company_ids(keys).order_by(Company.id)))


def _candidate_id_queries(profile: ProfileFacts) -> list:
    """One narrow, index-backed select of contact ids per way a contact can be found."""
    ids = owned(Contact).with_only_columns(Contact.id)
    queries = []
    key = profile_key(profile.profile_url)
    if key:
        queries.append(ids.where(Contact.profile_key == key))
    parsed = parse_name(profile.name)
    if not parsed.words:
        return queries
    if not parsed.last:
        queries.append(ids.where(Contact.name_key == parsed.words[0][:200]))
    elif parsed.first_is_initial:
        queries.append(
            ids.where(Contact.last_name_key.in_(_in_list(family_name_keys(parsed))))
            .order_by(Contact.id)
            .limit(INITIAL_ONLY_LIMIT)
        )
    else:
        lasts = _in_list(family_name_keys(parsed))
        queries.append(
            ids.where(
                Contact.last_name_key.in_(lasts),
                Contact.first_name_key.in_(_in_list(given_name_keys(parsed))),
            )
        )
        # A stored preferred name has no key of its own; namesakes who have one are few.
        queries.append(
            ids.where(Contact.last_name_key.in_(lasts), Contact.preferred_name.is_not(None))
        )
    company_keys = _company_name_keys(company_mentions(profile.headline, profile.company))
    firsts = given_name_keys(parsed, shortened=False)
    if company_keys and firsts:
        queries.append(
            ids.where(
                Contact.company_id.in_(_owned_company_ids(company_keys)),
                Contact.first_name_key.in_(_in_list(firsts)),
            )
        )
    return queries


def candidate_query(profile: ProfileFacts):
    """The select of the current user's contacts who could be the person on the profile."""
    queries = _candidate_id_queries(profile)
    if not queries:
        return None
    # Each branch keeps its own index; the union is then read by primary key.
    found = union(*[q.subquery().select() for q in queries]) if len(queries) > 1 else queries[0]
    # Every candidate is shown with the interviews it was met in, so their rounds come in one
    # further statement rather than one lazy load per contact.
    return (
        owned(Contact)
        .where(Contact.id.in_(found))
        .options(selectinload(Contact.rounds))
        .order_by(Contact.id)
    )


def candidate_contacts(profile: ProfileFacts) -> list[Contact]:
    """The current user's contacts who could be the person on the profile (one round trip)."""
    query = candidate_query(profile)
    return list(db.session.scalars(query)) if query is not None else []


def match_stored_profile(profile: ProfileFacts) -> ProfileMatch:
    """Find the current user's contact shown on a profile, or the candidates when unsure."""
    contacts = {contact.id: contact for contact in candidate_contacts(profile)}
    result = match_profile(profile, [person_facts(c) for c in contacts.values()])
    return ProfileMatch(
        contact=contacts.get(result.contact_id) if result.contact_id is not None else None,
        candidates=[(contacts[c.contact_id], c) for c in result.candidates],
    )


# --------------------------------------------------------------------------- what was shared


@dataclass(frozen=True)
class MetInterview:
    """An interview linked to the person: one they took part in, or one at their company."""

    interview: Interview
    rounds_met: list[Round]


def interviews_with(contact: Contact) -> list[MetInterview]:
    """Interviews where the user met this person, then other interviews at their company."""
    # The rounds came with the contact (see candidate_query); the owner check stays.
    rounds = [r for r in contact.rounds if r.user_id == contact.user_id]
    conditions = []
    if rounds:
        conditions.append(Interview.id.in_({r.interview_id for r in rounds}))
    if contact.company_id is not None:
        conditions.append(Interview.company_id == contact.company_id)
    if not conditions:
        return []
    interviews = db.session.scalars(
        owned(Interview).where(or_(*conditions)).order_by(Interview.created_at, Interview.id)
    ).unique()
    met = [
        MetInterview(i, sorted((r for r in rounds if r.interview_id == i.id), key=_round_time))
        for i in interviews
    ]
    return sorted(met, key=lambda m: not m.rounds_met)


def _round_time(round_: Round) -> tuple:
    return (round_.held_on is None, round_.held_on or utcnow(), round_.id)


# --------------------------------------------------------------------------- suggestions


# Message texts and bodies can be long, and the plan reads none of them.
_REJECTION_FIELDS = load_only(
    Rejection.id, Rejection.interview_id, Rejection.received_at, Rejection.sender_email
)
_TOUCH_FIELDS = load_only(
    Touchpoint.id,
    Touchpoint.kind,
    Touchpoint.channel,
    Touchpoint.status,
    Touchpoint.occurred_at,
    Touchpoint.contact_id,
    Touchpoint.interview_id,
)


def _plan_record(user: User, contact: Contact, met: list[MetInterview], now: datetime):
    """The plan's view of this one person and the interviews they are part of."""
    interview_ids = [m.interview.id for m in met]
    # The rounds and who attended each, in one round trip.
    rounds: list[Round] = []
    people_by_round: dict[int, list[int]] = {}
    if interview_ids:
        for round_, contact_id in db.session.execute(
            owned(Round)
            .add_columns(round_contacts.c.contact_id)
            .outerjoin(round_contacts, round_contacts.c.round_id == Round.id)
            .where(Round.interview_id.in_(interview_ids))
            .order_by(Round.id, round_contacts.c.contact_id)
        ):
            if round_.id not in people_by_round:
                rounds.append(round_)
                people_by_round[round_.id] = []
            if contact_id is not None:
                people_by_round[round_.id].append(contact_id)
    rejections = {}
    if interview_ids:
        for rejection in db.session.scalars(
            owned(Rejection)
            .options(_REJECTION_FIELDS)
            .where(Rejection.interview_id.in_(interview_ids))
            .order_by(Rejection.received_at)
        ):
            rejections[rejection.interview_id] = rejection
    touch_filter = [Touchpoint.contact_id == contact.id]
    if interview_ids:
        touch_filter.append(Touchpoint.interview_id.in_(interview_ids))
    # Invitation notes sent to anyone this month count against the monthly allowance.
    month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    touch_filter.append(
        (Touchpoint.kind == "connection_note") & (Touchpoint.occurred_at >= month_start)
    )
    touches = db.session.scalars(owned(Touchpoint).options(_TOUCH_FIELDS).where(or_(*touch_filter)))
    openings = (
        db.session.scalars(owned(Opening).where(Opening.company_id == contact.company_id))
        if contact.company_id is not None
        else []
    )
    return PlanRecord(
        settings=plan_settings(user),
        people=(plan_person_facts(contact),),
        interviews=tuple(
            PlanInterview(
                id=m.interview.id,
                company_id=m.interview.company_id,
                status=m.interview.status,
                company_name=m.interview.company.name,
                role=m.interview.role,
                rejected_at=_rejected_at(m.interview, rejections.get(m.interview.id)),
                rejection_sender_id=_sender_id(contact, rejections.get(m.interview.id)),
            )
            for m in met
        ),
        rounds=tuple(round_facts(r, people_by_round.get(r.id, ())) for r in rounds),
        touches=tuple(touch_facts(t) for t in touches),
        openings=tuple(opening_facts(o, o.company.name) for o in openings),
    )


def _rejected_at(interview: Interview, rejection: Rejection | None) -> datetime | None:
    if interview.status != "rejected":
        return None
    if rejection is not None:
        return rejection.received_at
    if interview.rejected_on is not None:
        return datetime.combine(interview.rejected_on, time(), tzinfo=UTC)
    return None


def _sender_id(contact: Contact, rejection: Rejection | None) -> int | None:
    """This contact, if the rejection came from their address."""
    if rejection is None or not contact.email:
        return None
    return contact.id if rejection.sender_email.lower() == contact.email.lower() else None


def _connection_note(user: User, contact: Contact, met: list[MetInterview]) -> dict | None:
    """A drafted invitation note within the account's length limit, or None."""
    shared = next((m for m in met if m.rounds_met), met[0] if met else None)
    rounds = tuple(
        ComposeRound(kind=r.kind, held_on=r.held_on, notes=r.notes or None)
        for r in (shared.rounds_met if shared else [])
    )
    request = DraftRequest(
        kind="connection_note",
        person=ComposePerson(
            name=contact.name,
            preferred_name=contact.preferred_name,
            title=contact.title,
            notes=contact.notes or None,
        ),
        interview=(
            ComposeInterview(
                company=shared.interview.company.name,
                role=shared.interview.role,
                notes=shared.interview.notes or None,
                rounds=rounds,
            )
            if shared
            else None
        ),
        round=rounds[-1] if rounds else None,
        user=Sender(
            name=user.name or None,
            signature=user.signature or None,
            linkedin_account=user.linkedin_account,
        ),
    )
    try:
        drafts = compose(request)
    except ComposeError:
        return None
    if not drafts:
        return None
    return {"text": drafts[0].text, "length": drafts[0].length, "limit": drafts[0].limit}


def suggestions_for(
    user: User, contact: Contact, met: list[MetInterview], now: datetime
) -> list[dict]:
    """What to do about this person now, from the plan, or why nothing is due yet."""
    plan = build_plan(_plan_record(user, contact, met, now), now)
    items = [item for item in plan.items if item.contact_id == contact.id]
    suggestions = []
    for item in items:
        suggestion = {
            "kind": item.kind,
            "title": item.title,
            "why": item.why,
            "status": item.status,
            "channel": item.channel,
            "start_on": item.start_on,
            "due_on": item.due_on,
            "draft": None,
        }
        if item.kind == "connect" and item.with_note is not False:
            suggestion["draft"] = _connection_note(user, contact, met)
        suggestions.append(suggestion)
    if not any(s["status"] in ("due", "overdue") for s in suggestions):
        suggestions.append(_nothing_yet(contact, met, items))
    return suggestions


def _nothing_yet(contact: Contact, met: list[MetInterview], items: list[PlanItem]) -> dict:
    """The 'nothing yet' answer, with the reason."""
    if contact.do_not_contact:
        why = "You marked this person as someone not to contact."
    elif items:
        soonest = min(items, key=lambda i: i.start_on)
        why = f"Next: {soonest.title.rstrip('.')}, from {soonest.start_on.isoformat()}."
    elif not met:
        why = "No interview on record with this person or at their company yet."
    else:
        why = "Nothing is due for this person; the plan keeps a respectful gap between messages."
    return {
        "kind": "nothing_yet",
        "title": "Nothing to send yet",
        "why": why,
        "status": "upcoming",
        "channel": None,
        "start_on": None,
        "due_on": None,
        "draft": None,
    }


def suggestions_without_contact(match: ProfileMatch) -> list[dict]:
    """What to offer when the profile is nobody stored for sure."""
    if match.candidates:
        names = ", ".join(c.name for c, _ in match.candidates[:3])
        title, why = (
            "Is this someone you met?",
            f"Possibly {names}; confirm the right one to link this profile.",
        )
        kind = "confirm_candidate"
    else:
        title, why = (
            "Not in your record",
            "No stored person has this profile or a matching name; add them if you met them.",
        )
        kind = "add_contact"
    return [
        {
            "kind": kind,
            "title": title,
            "why": why,
            "status": "due",
            "channel": None,
            "start_on": None,
            "due_on": None,
            "draft": None,
        }
    ]


# --------------------------------------------------------------------------- storing a profile


def _page_record(data: dict, now: datetime) -> dict:
    """What the page showed, as stored on the contact."""
    shown = {
        name: data.get(name)
        for name in ("profile_url", "name", "headline", "company", "location", "photo_url")
        if data.get(name)
    }
    shown["seen_at"] = now.isoformat()
    return shown


def _duplicate_of(key: str, contact_id: int | None = None) -> Contact | None:
    """Another contact of the current user already linked to this profile."""
    query = owned(Contact).where(Contact.profile_key == key)
    if contact_id is not None:
        query = query.where(Contact.id != contact_id)
    return db.session.scalars(query.limit(1)).first()


def confirm_profile(user: User, contact: Contact, data: dict, now: datetime) -> Contact:
    """Link a contact to the profile the user confirmed, keeping what the page showed."""
    key = profile_key(data["profile_url"])
    other = _duplicate_of(key, contact.id)
    if other is not None:
        field_error(
            "profile_url", f"already linked to contact {other.id} ({other.name})", status=409
        )
    fields = {"linkedin_url": profile_url_for(key), "profile_data": _page_record(data, now)}
    if data.get("connection_state"):
        fields["connection_state"] = data["connection_state"]
    return apply_contact_fields(user, contact, fields)


def _employer(profile: ProfileFacts) -> str | None:
    """The company to file a new contact under: an existing one the profile names, else the
    current employer as the page writes it."""
    mentions = [m for m in company_mentions(profile.headline, profile.company) if m.explicit]
    ids = matching_company_ids([m for m in mentions if not m.former])
    if ids:
        return db.session.get(Company, ids[0]).name
    current = next((m for m in mentions if not m.former), None)
    return current.text[:200] if current else None


def contact_from_profile(user: User, data: dict, now: datetime) -> Contact:
    """A new contact made from a profile: name, title and company as the page shows them."""
    key = profile_key(data["profile_url"])
    other = _duplicate_of(key)
    if other is not None:
        field_error(
            "profile_url", f"already linked to contact {other.id} ({other.name})", status=409
        )
    profile = profile_facts(data)
    name = display_name(profile.name)
    if not name:
        field_error("name", "no name left once emoji and decorations are removed")
    title = title_from_headline(profile.headline)[:200] or None
    fields = {
        "name": name[:200],
        "title": title,
        "company": _employer(profile),
        "linkedin_url": profile_url_for(key),
        "profile_data": _page_record(data, now),
        "connection_state": data.get("connection_state") or "unknown",
    }
    contact = apply_contact_fields(user, Contact(user_id=user.id), fields)
    db.session.add(contact)
    return contact
