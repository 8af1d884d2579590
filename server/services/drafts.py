"""Drafting for the current user: load the record through the ownership helper, ask the engine."""

from __future__ import annotations

from dataclasses import asdict

from server.engines.compose import (
    KINDS_NEEDING_PERSON,
    ComposeError,
    DraftRequest,
    InterviewFacts,
    Person,
    RoundFacts,
    Sender,
    UserTemplate,
    compose,
)
from server.errors import field_error
from server.extensions import db
from server.models import Contact, Interview, Opening, Rejection, Round, Template, User
from server.ownership import get_owned_or_404, owned

# The engine names the person 'person'; the API's field for it is 'contact_id'.
_REQUEST_FIELD = {"person": "contact_id"}


def drafts_for(user: User, args: dict) -> list[dict]:
    """Every variant on offer for the request, for each person it is written to."""
    kind, tone = args["kind"], args["tone"]
    interview = _owned(Interview, args.get("interview_id"))
    contact = _owned(Contact, args.get("contact_id"))
    round_ = _owned(Round, args.get("round_id"))
    if round_ is not None:
        if interview is not None and round_.interview_id != interview.id:
            field_error("round_id", "this round belongs to another interview")
        interview = interview or round_.interview
    if interview is None and contact is not None:
        interview = _latest_interview_of(contact)

    people = _people(kind, interview, contact, round_)
    templates = [_template_input(t) for t in _templates_of(kind)]
    extras = {key: value for key, value in args.get("extras", {}).items() if value}
    if kind == "opening" and "opening_title" not in extras:
        extras.update(_latest_opening(interview, contact))
    sender = Sender(user.name or None, user.signature or None, user.linkedin_account)
    rejection = _latest_rejection(interview)

    results: list[dict] = []
    for index, person in enumerate(people):
        request = DraftRequest(
            kind=kind,
            tone=tone,
            person=_person_input(person) if person else _rejection_sender(rejection),
            interview=_interview_input(interview, person, rejection),
            round=_round_input(round_ or _latest_round_with(interview, person)),
            user=sender,
            extras=extras,
            rotation=index,
        )
        try:
            drafts = compose(request, templates)
        except ComposeError as error:
            field_error(_REQUEST_FIELD.get(error.field, error.field), error.message)
        for draft in drafts:
            results.append({**asdict(draft), "contact_id": person.id if person else None})
    return results


def _owned(model, obj_id: int | None):
    """The current user's row with this id (404 otherwise), or None when no id was given."""
    return get_owned_or_404(model, obj_id) if obj_id is not None else None


def _people(kind: str, interview, contact, round_) -> list:
    """Who the drafts are written to: the contact given, else everyone met in the interview."""
    if contact is not None:
        if contact.do_not_contact:
            field_error("contact_id", "this contact is marked 'do not contact'")
        return [contact]
    if kind not in KINDS_NEEDING_PERSON:
        return [None]
    if interview is None:
        field_error(
            "contact_id", f"a {kind} is written to a person: give contact_id or interview_id"
        )
    met = _people_met(interview, round_)
    reachable = [person for person in met if not person.do_not_contact]
    if not reachable:
        reason = "everyone met is marked 'do not contact'" if met else "no contacts recorded"
        field_error("contact_id", f"the interview has no one to write to ({reason})")
    return reachable


def _people_met(interview: Interview, round_) -> list[Contact]:
    """The people met in the round, or in every round of the interview, each once."""
    rounds = [round_] if round_ is not None else interview.rounds
    seen: dict[int, Contact] = {}
    for each in rounds:
        for person in each.contacts:
            seen.setdefault(person.id, person)
    return list(seen.values())


def _latest_interview_of(contact: Contact) -> Interview | None:
    """The most recent interview the contact took part in."""
    rounds = sorted(contact.rounds, key=_round_order)
    return rounds[-1].interview if rounds else None


def _latest_round_with(interview: Interview | None, person: Contact | None) -> Round | None:
    """The latest round of the interview this person was in (None: the engine picks)."""
    if interview is None or person is None:
        return None
    attended = [r for r in interview.rounds if any(c.id == person.id for c in r.contacts)]
    return max(attended, key=_round_order) if attended else None


def _round_order(round_: Round):
    """Rounds by date, undated ones first, then by id."""
    return (round_.held_on is not None, round_.held_on or 0, round_.id)


def _templates_of(kind: str) -> list[Template]:
    """The current user's templates for this kind, oldest first."""
    query = owned(Template).where(Template.kind == kind).order_by(Template.id)
    return list(db.session.scalars(query))


def _latest_opening(interview: Interview | None, contact: Contact | None) -> dict:
    """The title and URL of the latest opening seen at the company, if any was recorded."""
    company_id = interview.company_id if interview else contact.company_id if contact else None
    if company_id is None:
        return {}
    opening = db.session.scalar(
        owned(Opening).where(Opening.company_id == company_id).order_by(Opening.seen_at.desc())
    )
    if opening is None:
        return {}
    found = {"opening_title": opening.title, "opening_url": opening.url}
    return {key: value for key, value in found.items() if value}


def _rejection_sender(rejection: Rejection | None) -> Person | None:
    """The sender of the interview's latest rejection, as the person a reply is written to."""
    if rejection is None or not rejection.sender_name.strip():
        return None
    return Person(rejection.sender_name)


def _latest_rejection(interview: Interview | None) -> Rejection | None:
    if interview is None:
        return None
    return db.session.scalar(
        owned(Rejection)
        .where(Rejection.interview_id == interview.id)
        .order_by(Rejection.received_at.desc())
    )


def _person_input(contact: Contact) -> Person:
    return Person(contact.name, contact.preferred_name, contact.title, contact.notes or None)


def _interview_input(
    interview: Interview | None, person: Contact | None, rejection: Rejection | None
) -> InterviewFacts:
    """The interview as plain facts; without one, the person's company is all there is."""
    if interview is None:
        company = person.company.name if person is not None and person.company else None
        return InterviewFacts(company=company)
    return InterviewFacts(
        company=interview.company.name,
        role=interview.role,
        notes=interview.notes or None,
        rounds=tuple(_round_input(r) for r in sorted(interview.rounds, key=_round_order)),
        rejection_subject=rejection.subject if rejection and rejection.subject else None,
    )


def _round_input(round_: Round | None) -> RoundFacts | None:
    if round_ is None:
        return None
    return RoundFacts(round_.kind, round_.held_on, round_.notes or None)


def _template_input(template: Template) -> UserTemplate:
    return UserTemplate(
        template.id, template.kind, template.body, template.subject, template.tone, template.name
    )
