"""Request and response schemas of the interview record."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from server.engines.people import profile_key
from server.models import (
    CONNECTION_STATES,
    INTERVIEW_STATUSES,
    MAX_FOLLOW_UP_DAYS,
    MIN_FOLLOW_UP_DAYS,
    ROUND_KINDS,
)
from server.schemas.common import (
    QueryArgsSchema,
    RefSchema,
    StrictSchema,
    aware_datetime,
    domain_list,
    email_address,
    http_url,
    id_field,
    label,
    one_of,
    sort_field,
    text,
)


class CompanySchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    name = label(required=True)
    domains = domain_list(load_default=list)
    aliases = fields.List(label(), validate=validate.Length(max=20), load_default=list)
    notes = text(10_000, load_default="")
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


class CompanyQueryArgsSchema(QueryArgsSchema):
    q = fields.String(validate=validate.Length(max=200), metadata={"description": "Name contains"})
    sort = sort_field(("name", "created_at", "updated_at"), "name")


class RoundSchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    interview_id = fields.Integer(dump_only=True)
    kind = one_of(ROUND_KINDS, load_default="other")
    held_on = aware_datetime(allow_none=True, load_default=None)
    duration_minutes = fields.Integer(
        allow_none=True, load_default=None, validate=validate.Range(min=1, max=24 * 60)
    )
    notes = text(20_000, load_default="")
    contact_ids = fields.List(
        id_field(),
        load_only=True,
        load_default=list,
        validate=validate.Length(max=50),
    )
    contacts = fields.List(fields.Nested(RefSchema), dump_only=True)
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


class RoundQueryArgsSchema(QueryArgsSchema):
    sort = sort_field(("held_on", "created_at"), "held_on")


class InterviewSchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    company = label(required=True, metadata={"description": "Company name; found or created"})
    company_id = fields.Integer(dump_only=True)
    role = label(required=True)
    status = one_of(INTERVIEW_STATUSES, load_default="applied")
    applied_on = fields.Date(allow_none=True, load_default=None)
    rejected_on = fields.Date(allow_none=True, load_default=None)
    posting_url = http_url(allow_none=True, load_default=None)
    notes = text(20_000, load_default="", metadata={"description": "What was discussed"})
    rounds = fields.List(fields.Nested(RoundSchema), dump_only=True)
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)

    @ma.post_dump(pass_original=True)
    def _company_name(self, data, original, **_):
        if hasattr(original, "company") and original.company is not None:
            data["company"] = original.company.name
        return data


class InterviewQueryArgsSchema(QueryArgsSchema):
    status = one_of(INTERVIEW_STATUSES)
    company_id = id_field()
    q = fields.String(validate=validate.Length(max=200), metadata={"description": "Role contains"})
    sort = sort_field(("created_at", "updated_at", "applied_on", "role", "status"), "-created_at")


def _linkedin_profile(value: str | None) -> None:
    if value and profile_key(value) is None:
        raise ma.ValidationError("Not a LinkedIn profile URL (expected linkedin.com/in/...).")


class ContactSchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    name = label(required=True)
    preferred_name = fields.String(
        allow_none=True, load_default=None, validate=validate.Length(max=100)
    )
    title = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=200))
    email = email_address(allow_none=True, load_default=None)
    linkedin_url = http_url(allow_none=True, load_default=None, validate_also=_linkedin_profile)
    company = fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.Length(min=1, max=200),
        metadata={"description": "Company name; found or created"},
    )
    company_id = fields.Integer(dump_only=True, allow_none=True)
    notes = text(20_000, load_default="", metadata={"description": "What you talked about"})
    warmth = fields.Integer(
        allow_none=True, load_default=None, validate=validate.Range(min=1, max=5)
    )
    follow_up_days = fields.Integer(
        allow_none=True,
        load_default=None,
        validate=validate.Range(min=MIN_FOLLOW_UP_DAYS, max=MAX_FOLLOW_UP_DAYS),
        metadata={"description": "This person's own check-in interval"},
    )
    do_not_contact = fields.Boolean(load_default=False)
    connection_state = one_of(CONNECTION_STATES, load_default="unknown")
    profile_key = fields.String(dump_only=True, allow_none=True)
    interview_ids = fields.List(fields.Integer(), dump_only=True)
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)

    @ma.post_dump(pass_original=True)
    def _derived(self, data, original, **_):
        if hasattr(original, "company"):
            data["company"] = original.company.name if original.company else None
        if hasattr(original, "rounds"):
            data["interview_ids"] = sorted({r.interview_id for r in original.rounds})
        return data


class ContactQueryArgsSchema(QueryArgsSchema):
    company_id = fields.Integer()
    interview_id = id_field(metadata={"description": "People met in this interview"})
    q = fields.String(validate=validate.Length(max=200), metadata={"description": "Name contains"})
    do_not_contact = fields.Boolean()
    sort = sort_field(("name", "created_at", "updated_at"), "name")
