"""Classify emails against the user's record, and record rejections on interviews."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Text, bindparam, cast, select
from sqlalchemy.exc import IntegrityError

from server.engines.detect import Classification, Email, classify
from server.engines.detect.text import visible_text
from server.engines.email_match import StoredInterview, match_interview
from server.errors import field_error
from server.extensions import db
from server.models import Company, Contact, Interview, Rejection, Round, User, round_contacts

EXCERPT_CHARS = 300


# Built once: the statements are the same on every request, only the parameters change.
# They select columns, not entities, so they run on the session's connection as plain Core
# statements: the ORM's per-statement set-up would cost more than the query itself.
# Contact addresses are stored trimmed and lower-cased (services/contacts.py), so the look-up
# is an exact match on the (user_id, email) index.
_CONTACT_ADDRESS = Contact.email
_SENDER_CONTACTS = (
    select(Contact.id, Contact.name, _CONTACT_ADDRESS, Contact.company_id, Round.interview_id)
    .outerjoin(round_contacts, round_contacts.c.contact_id == Contact.id)
    .outerjoin(Round, Round.id == round_contacts.c.round_id)
    .where(
        Contact.user_id == bindparam("user_id"),
        _CONTACT_ADDRESS.in_(bindparam("senders", expanding=True)),
    )
    .order_by(Contact.id)
)
# A company's aliases and domains come as text and are parsed once per company, not once per
# interview row: a user has many interviews at few companies.
_STORED_INTERVIEWS = (
    select(
        Interview.id,
        Interview.role,
        Interview.status,
        Company.id,
        Company.name,
        cast(Company.aliases, Text),
        cast(Company.domains, Text),
    )
    .join(Company, Company.id == Interview.company_id)
    .where(Interview.user_id == bindparam("user_id"))
    .order_by(Interview.id)
)


@dataclass(frozen=True)
class _SenderContacts:
    """The user's contacts whose address is one of the senders', and where each was met."""

    # sender address -> (contact id, name) of the contact with that address (lowest id)
    by_address: dict[str, tuple[int, str]]
    by_company: dict[int, set[str]]
    by_interview: dict[int, set[str]]


def _sender_contacts(user: User, senders: set[str]) -> _SenderContacts:
    """One query: the contacts whose address is a sender's, with the interviews they attended.

    The matcher only ever asks whether the sender is among an interview's contacts, so the
    contacts with any other address need not be loaded.
    """
    found = _SenderContacts({}, {}, {})
    if not senders:
        return found
    params = {"user_id": user.id, "senders": sorted(senders)}
    rows = db.session.connection().execute(_SENDER_CONTACTS, params)
    for contact_id, name, email, company_id, interview_id in rows:
        found.by_address.setdefault(email, (contact_id, name))
        if company_id is not None:
            found.by_company.setdefault(company_id, set()).add(email)
        if interview_id is not None:
            found.by_interview.setdefault(interview_id, set()).add(email)
    return found


def stored_interviews(user: User, contacts: _SenderContacts) -> list[StoredInterview]:
    """The user's interviews as plain data for the matcher, from one column query."""
    rows = db.session.connection().execute(_STORED_INTERVIEWS, {"user_id": user.id})
    stored = []
    names_and_domains: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for interview_id, role, status, company_id, name, aliases_text, domains_text in rows:
        if company_id not in names_and_domains:
            names_and_domains[company_id] = (_text_list(aliases_text), _text_list(domains_text))
        aliases, domains = names_and_domains[company_id]
        emails = contacts.by_company.get(company_id, set()) | contacts.by_interview.get(
            interview_id, set()
        )
        stored.append(
            StoredInterview(
                interview_id=interview_id,
                company_name=name,
                company_aliases=aliases,
                company_domains=domains,
                role=role,
                status=status,
                contact_emails=tuple(sorted(emails)),
            )
        )
    return stored


def _text_list(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def _email(data: dict) -> Email:
    return Email(
        subject=data.get("subject") or "",
        from_name=data.get("from_name") or "",
        from_email=data.get("from_email") or "",
        body=data.get("body") or "",
        body_html=data.get("body_html") or "",
    )


def _sender(data: dict) -> str:
    return (data.get("from_email") or "").strip().lower()


def _interview(
    result: Classification, data: dict, interviews: list[StoredInterview]
) -> dict | None:
    match = match_interview(interviews, data.get("from_email"), result.company, result.role)
    if match is None:
        return None
    stored = next(i for i in interviews if i.interview_id == match.interview_id)
    return {
        "id": stored.interview_id,
        "company": stored.company_name,
        "role": stored.role,
        "match": match.reason,
    }


def _answer(
    result: Classification, interview: dict | None, contact: tuple[int, str] | None
) -> dict:
    return {
        "category": result.category,
        "is_rejection": result.is_rejection,
        "confidence": result.confidence,
        "evidence": list(result.evidence),
        "company": result.company,
        "role": result.role,
        "contact_name": result.contact_name,
        "language": result.language,
        "interview": interview,
        "contact": {"id": contact[0], "name": contact[1]} if contact else None,
    }


def classify_emails(user: User, emails: list[dict]) -> list[dict]:
    """The detector's answer for each email, tied to a stored interview where one fits."""
    results = [classify(_email(data)) for data in emails]
    contacts = _sender_contacts(user, {_sender(data) for data in emails} - {""})
    # Mail that is not about hiring is never tied to an interview, so the interviews are
    # loaded only when some email needs them.
    wants_match = any(result.category != "other" for result in results)
    interviews = stored_interviews(user, contacts) if wants_match else []
    return [
        _answer(
            result,
            _interview(result, data, interviews) if result.category != "other" else None,
            contacts.by_address.get(_sender(data)),
        )
        for result, data in zip(results, emails, strict=True)
    ]


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= EXCERPT_CHARS:
        return flat
    return flat[: EXCERPT_CHARS - 1].rsplit(" ", 1)[0] + "…"


def record_rejection(user: User, interview: Interview, data: dict) -> tuple[Rejection, bool]:
    """Record a rejection on the interview once per message id; (row, whether it is new)."""
    existing = _existing(user, data["message_id"])
    if existing is not None:
        return _same_interview(existing, interview), False
    received_at = data.get("received_at") or datetime.now(UTC)
    text = visible_text(data.get("body") or "", data.get("body_html") or "")
    rejection = Rejection(
        user_id=user.id,
        interview_id=interview.id,
        message_id=data["message_id"],
        received_at=received_at,
        subject=(data.get("subject") or "")[:500],
        sender_name=(data.get("from_name") or "")[:200],
        sender_email=(data.get("from_email") or "")[:254],
        excerpt=_excerpt(text),
        body=(data.get("body") or text) if user.keep_email_body else None,
    )
    interview.status = "rejected"
    interview.rejected_on = received_at.astimezone(UTC).date()
    db.session.add(rejection)
    try:
        db.session.commit()
    except IntegrityError:
        # Two requests raced with the same message id: the other one recorded it.
        db.session.rollback()
        existing = _existing(user, data["message_id"])
        if existing is None:
            raise
        return _same_interview(existing, interview), False
    return rejection, True


def _existing(user: User, message_id: str) -> Rejection | None:
    return db.session.scalar(
        select(Rejection).where(Rejection.user_id == user.id, Rejection.message_id == message_id)
    )


def _same_interview(rejection: Rejection, interview: Interview) -> Rejection:
    if rejection.interview_id != interview.id:
        field_error(
            "message_id",
            f"this message is already recorded on interview {rejection.interview_id}",
            409,
        )
    return rejection
