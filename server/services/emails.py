"""Classify emails against the user's record, and record rejections on interviews."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from server.engines.detect import Classification, Email, classify
from server.engines.detect.text import visible_text
from server.engines.email_match import StoredInterview, match_interview
from server.errors import field_error
from server.extensions import db
from server.models import Contact, Interview, Rejection, Round, User, round_contacts
from server.ownership import owned

EXCERPT_CHARS = 300


def _contact_emails(user: User) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Contact addresses by company id, and by interview id through the rounds they attended."""
    by_company: dict[int, set[str]] = {}
    for company_id, email in db.session.execute(
        select(Contact.company_id, Contact.email).where(
            Contact.user_id == user.id, Contact.email.is_not(None)
        )
    ):
        if company_id is not None:
            by_company.setdefault(company_id, set()).add(email.lower())
    by_interview: dict[int, set[str]] = {}
    for interview_id, email in db.session.execute(
        select(Round.interview_id, Contact.email)
        .join(round_contacts, round_contacts.c.round_id == Round.id)
        .join(Contact, Contact.id == round_contacts.c.contact_id)
        .where(Round.user_id == user.id, Contact.email.is_not(None))
    ):
        by_interview.setdefault(interview_id, set()).add(email.lower())
    return by_company, by_interview


def stored_interviews(user: User) -> list[StoredInterview]:
    """The user's interviews as plain data for the matcher."""
    by_company, by_interview = _contact_emails(user)
    stored = []
    for interview in db.session.scalars(owned(Interview)):
        company = interview.company
        emails = by_company.get(company.id, set()) | by_interview.get(interview.id, set())
        stored.append(
            StoredInterview(
                interview_id=interview.id,
                company_name=company.name,
                company_aliases=tuple(company.aliases or ()),
                company_domains=tuple(company.domains or ()),
                role=interview.role,
                status=interview.status,
                contact_emails=tuple(sorted(emails)),
            )
        )
    return stored


def _email(data: dict) -> Email:
    return Email(
        subject=data.get("subject") or "",
        from_name=data.get("from_name") or "",
        from_email=data.get("from_email") or "",
        body=data.get("body") or "",
        body_html=data.get("body_html") or "",
    )


def _answer(result: Classification, data: dict, interviews: list[StoredInterview]) -> dict:
    match = match_interview(interviews, data.get("from_email"), result.company, result.role)
    interview = None
    if match is not None:
        stored = next(i for i in interviews if i.interview_id == match.interview_id)
        interview = {
            "id": stored.interview_id,
            "company": stored.company_name,
            "role": stored.role,
            "match": match.reason,
        }
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
    }


def classify_emails(user: User, emails: list[dict]) -> list[dict]:
    """The detector's answer for each email, tied to a stored interview where one fits."""
    interviews = stored_interviews(user)
    return [_answer(classify(_email(data)), data, interviews) for data in emails]


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
