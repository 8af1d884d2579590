"""Export all of a user's data as one document, and import such a document back."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import selectinload

from server.engines.compose import template_problems
from server.engines.people import name_keys, profile_key
from server.errors import abort, field_error
from server.extensions import db
from server.models import (
    OWNED_MODELS,
    Company,
    Contact,
    Interview,
    Opening,
    Rejection,
    Round,
    Template,
    Touchpoint,
    User,
)
from server.schemas.transfer import EXPORT_FORMAT, EXPORT_VERSION
from server.services.companies import company_key

_SETTINGS = (
    "name",
    "signature",
    "linkedin_account",
    "follow_up_days",
    "linkedin_notes_per_month",
    "keep_email_body",
)


def _rows(user: User, model, *options):
    query = select(model).where(model.user_id == user.id).order_by(model.id)
    return list(db.session.scalars(query.options(*options)))


def _refs(rows) -> dict[int, int]:
    return {row.id: position for position, row in enumerate(rows, start=1)}


def export_user(user: User) -> dict:
    """The whole record of one user, references local to the document."""
    companies = _rows(user, Company)
    contacts = _rows(user, Contact)
    interviews = _rows(user, Interview, selectinload(Interview.rounds).selectinload(Round.contacts))
    company_ref, contact_ref, interview_ref = _refs(companies), _refs(contacts), _refs(interviews)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "settings": {field: getattr(user, field) for field in _SETTINGS},
        "companies": [
            {"ref": company_ref[c.id], "name": c.name, "domains": c.domains,
             "aliases": c.aliases, "notes": c.notes}
            for c in companies
        ],
        "contacts": [
            {"ref": contact_ref[c.id], "company_ref": company_ref.get(c.company_id),
             "name": c.name, "preferred_name": c.preferred_name, "title": c.title,
             "email": c.email, "linkedin_url": c.linkedin_url, "notes": c.notes,
             "warmth": c.warmth, "follow_up_days": c.follow_up_days,
             "do_not_contact": c.do_not_contact, "connection_state": c.connection_state,
             "profile_data": c.profile_data}
            for c in contacts
        ],
        "interviews": [
            {"ref": interview_ref[i.id], "company_ref": company_ref[i.company_id],
             "role": i.role, "status": i.status, "applied_on": i.applied_on,
             "rejected_on": i.rejected_on, "posting_url": i.posting_url, "notes": i.notes,
             "rounds": [
                 {"kind": r.kind, "held_on": r.held_on, "duration_minutes": r.duration_minutes,
                  "notes": r.notes, "contact_refs": [contact_ref[p.id] for p in r.contacts]}
                 for r in sorted(i.rounds, key=lambda r: r.id)
             ]}
            for i in interviews
        ],
        "rejections": [
            {"interview_ref": interview_ref[r.interview_id], "message_id": r.message_id,
             "received_at": r.received_at, "subject": r.subject, "sender_name": r.sender_name,
             "sender_email": r.sender_email, "excerpt": r.excerpt, "body": r.body}
            for r in _rows(user, Rejection)
        ],
        "touchpoints": [
            {"contact_ref": contact_ref.get(t.contact_id),
             "interview_ref": interview_ref.get(t.interview_id), "channel": t.channel,
             "kind": t.kind, "status": t.status, "subject": t.subject, "text": t.text,
             "occurred_at": t.occurred_at}
            for t in _rows(user, Touchpoint)
        ],
        "openings": [
            {"company_ref": company_ref[o.company_id], "title": o.title, "url": o.url,
             "seen_at": o.seen_at}
            for o in _rows(user, Opening)
        ],
        "templates": [
            {"kind": t.kind, "name": t.name, "tone": t.tone, "subject": t.subject,
             "body": t.body}
            for t in _rows(user, Template)
        ],
    }  # fmt: skip


def user_has_data(user: User) -> bool:
    """Whether the user keeps any record at all."""
    return any(
        db.session.scalar(select(exists().where(model.user_id == user.id)))
        for model in OWNED_MODELS
    )


def _lookup(mapping: dict, ref, field: str):
    if ref is None:
        return None
    if ref not in mapping:
        field_error(field, f"refers to {ref}, which the document does not define")
    return mapping[ref]


def _unique_refs(rows: list[dict], section: str) -> None:
    seen = set()
    for row in rows:
        if row["ref"] in seen:
            field_error(f"{section}.ref", f"ref {row['ref']} appears twice")
        seen.add(row["ref"])


def import_user(user: User, doc: dict) -> dict[str, int]:
    """Add every row of a validated export document to the user's record (caller commits)."""
    for section in ("companies", "contacts", "interviews"):
        _unique_refs(doc[section], section)
    keys = [company_key(c["name"]) for c in doc["companies"]]
    if len(set(keys)) != len(keys):
        field_error("companies.name", "two companies share a name")
    for field, value in doc["settings"].items():
        setattr(user, field, value)

    companies = {}
    for row in doc["companies"]:
        data = {k: v for k, v in row.items() if k != "ref"}
        data["domains"] = sorted({d.lower() for d in data["domains"]})
        companies[row["ref"]] = Company(user_id=user.id, name_key=company_key(row["name"]), **data)
    contacts = {}
    for row in doc["contacts"]:
        data = {k: v for k, v in row.items() if k not in ("ref", "company_ref")}
        if data["email"]:
            data["email"] = data["email"].strip().lower()
        keys_ = name_keys(row["name"])
        contacts[row["ref"]] = Contact(
            user_id=user.id,
            company=_lookup(companies, row["company_ref"], "contacts.company_ref"),
            profile_key=profile_key(row["linkedin_url"]),
            first_name_key=keys_.first[:100],
            last_name_key=keys_.last[:100],
            name_key=keys_.full[:200],
            **data,
        )
    interviews = {}
    for row in doc["interviews"]:
        data = {k: v for k, v in row.items() if k not in ("ref", "company_ref", "rounds")}
        interview = Interview(
            user_id=user.id,
            company=_lookup(companies, row["company_ref"], "interviews.company_ref"),
            **data,
        )
        for round_row in row["rounds"]:
            people = [
                _lookup(contacts, ref, "interviews.rounds.contact_refs")
                for ref in round_row["contact_refs"]
            ]
            fields_ = {k: v for k, v in round_row.items() if k != "contact_refs"}
            interview.rounds.append(Round(user_id=user.id, contacts=people, **fields_))
        interviews[row["ref"]] = interview

    message_ids = [r["message_id"] for r in doc["rejections"]]
    if len(set(message_ids)) != len(message_ids):
        field_error("rejections.message_id", "a message id appears twice")
    rows: list = [*companies.values(), *contacts.values(), *interviews.values()]
    for row in doc["rejections"]:
        data = {k: v for k, v in row.items() if k != "interview_ref"}
        interview = _lookup(interviews, row["interview_ref"], "rejections.interview_ref")
        rows.append(Rejection(user_id=user.id, interview=interview, **data))
    for row in doc["touchpoints"]:
        data = {k: v for k, v in row.items() if k not in ("contact_ref", "interview_ref")}
        rows.append(
            Touchpoint(
                user_id=user.id,
                contact=_lookup(contacts, row["contact_ref"], "touchpoints.contact_ref"),
                interview=_lookup(interviews, row["interview_ref"], "touchpoints.interview_ref"),
                **data,
            )
        )
    for row in doc["openings"]:
        data = {k: v for k, v in row.items() if k != "company_ref"}
        company = _lookup(companies, row["company_ref"], "openings.company_ref")
        rows.append(Opening(user_id=user.id, company=company, **data))
    for position, row in enumerate(doc["templates"], start=1):
        problems = template_problems(
            row["kind"], row["body"], row.get("subject"), user.linkedin_account
        )
        if problems:
            field, reasons = next(iter(problems.items()))
            field_error(f"templates.{field}", f"template {position}: {reasons[0]}")
        rows.append(Template(user_id=user.id, **row))
    # Insert in id order of the document so a later export lists rows in the same order.
    for row in rows:
        db.session.add(row)
        db.session.flush()
    return {section: len(doc[section]) for section in doc if isinstance(doc[section], list)}


def refuse_non_empty(user: User) -> None:
    """Importing over existing data would duplicate it; say how to replace instead."""
    if user_has_data(user):
        abort(409, "This account already has data; import with ?replace=true to replace it.")
