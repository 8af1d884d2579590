"""Request and response schemas for recognising a person on a LinkedIn profile."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from server.engines.people import profile_key
from server.models import CONNECTION_STATES, INTERVIEW_STATUSES, ROUND_KINDS
from server.schemas.common import StrictSchema, http_url, label, one_of, text
from server.schemas.record import ContactSchema


def _linkedin_profile(value: str) -> None:
    if profile_key(value) is None:
        raise ma.ValidationError("Not a LinkedIn profile URL (expected linkedin.com/in/...).")


def _profile_url(**kwargs) -> fields.String:
    # Any spelling LinkedIn uses is accepted (no scheme, locale subdomains, raw non-ASCII),
    # so this is checked as a profile address rather than as a generic URL.
    return fields.String(validate=[validate.Length(max=2000), _linkedin_profile], **kwargs)


class ProfileSchema(StrictSchema):
    """What a LinkedIn profile page shows, as the extension reads it."""

    profile_url = _profile_url(allow_none=True, load_default=None)
    name = label(required=True, metadata={"description": "The name as the page shows it"})
    headline = text(500, allow_none=True, load_default="")
    company = fields.String(
        allow_none=True,
        load_default="",
        validate=validate.Length(max=200),
        metadata={"description": "Company of the current position, if the page shows one"},
    )
    location = fields.String(allow_none=True, load_default="", validate=validate.Length(max=200))
    photo_url = http_url(allow_none=True, load_default=None)


class ProfileToStoreSchema(ProfileSchema):
    """A profile the user picked, with the connection state the page showed."""

    profile_url = _profile_url(required=True)
    connection_state = one_of(CONNECTION_STATES, allow_none=True, load_default=None)


class ConfirmProfileSchema(ProfileToStoreSchema):
    """Confirming a candidate: the profile address is required, the rest is what was shown."""

    name = fields.String(validate=validate.Length(max=200), load_default="")


class CandidateSchema(ma.Schema):
    contact = fields.Nested(ContactSchema)
    score = fields.Float(metadata={"description": "0.0-1.0; 1.0 is the same profile URL"})
    why = fields.String()


class MetRoundSchema(ma.Schema):
    id = fields.Integer()
    kind = fields.String(metadata={"enum": list(ROUND_KINDS)})
    held_on = fields.DateTime(allow_none=True)


class MetInterviewSchema(ma.Schema):
    id = fields.Integer(attribute="interview.id")
    company_id = fields.Integer(attribute="interview.company_id")
    company = fields.String(attribute="interview.company.name")
    role = fields.String(attribute="interview.role")
    status = fields.String(
        attribute="interview.status", metadata={"enum": list(INTERVIEW_STATUSES)}
    )
    applied_on = fields.Date(attribute="interview.applied_on", allow_none=True)
    rejected_on = fields.Date(attribute="interview.rejected_on", allow_none=True)
    met = fields.Method("_met", metadata={"description": "Whether this person was in a round"})
    rounds_met = fields.List(fields.Nested(MetRoundSchema))

    def _met(self, obj) -> bool:
        return bool(obj.rounds_met)


class ConnectionSchema(ma.Schema):
    state = fields.String(metadata={"enum": list(CONNECTION_STATES)})


class DraftNoteSchema(ma.Schema):
    text = fields.String()
    length = fields.Integer()
    limit = fields.Integer(allow_none=True)


class SuggestionSchema(ma.Schema):
    kind = fields.String(
        metadata={
            "description": "A plan item kind (connect, check_in, thank_you, ...), or "
            "nothing_yet, confirm_candidate, add_contact"
        }
    )
    title = fields.String()
    why = fields.String()
    status = fields.String(metadata={"enum": ["overdue", "due", "upcoming"]})
    channel = fields.String(allow_none=True)
    start_on = fields.Date(allow_none=True)
    due_on = fields.Date(allow_none=True)
    draft = fields.Nested(DraftNoteSchema, allow_none=True)


class ProfileMatchSchema(ma.Schema):
    contact = fields.Nested(ContactSchema, allow_none=True)
    candidates = fields.List(fields.Nested(CandidateSchema))
    interviews = fields.List(fields.Nested(MetInterviewSchema))
    connection = fields.Nested(ConnectionSchema)
    suggestions = fields.List(fields.Nested(SuggestionSchema))
