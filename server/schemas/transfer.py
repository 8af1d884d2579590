"""The export document: everything a user keeps, with local references instead of ids.

References (`ref`, `company_ref`, ...) are positions 1..n in the document, so exporting,
wiping, importing and exporting again gives the same document, whatever ids the database hands
out.
"""

from marshmallow import fields, validate

from server.engines.compose import TONES
from server.models import (
    CONNECTION_STATES,
    INTERVIEW_STATUSES,
    LINKEDIN_ACCOUNTS,
    MAX_FOLLOW_UP_DAYS,
    MESSAGE_KINDS,
    MIN_FOLLOW_UP_DAYS,
    ROUND_KINDS,
    TOUCHPOINT_CHANNELS,
    TOUCHPOINT_KINDS,
    TOUCHPOINT_STATUSES,
)
from server.schemas.common import (
    QueryArgsSchema,
    StrictSchema,
    aware_datetime,
    label,
    one_of,
    text,
)

EXPORT_FORMAT = "rebound-export"
EXPORT_VERSION = 1
_MAX_ROWS = 50_000


def _ref(**kwargs):
    return fields.Integer(validate=validate.Range(min=1, max=_MAX_ROWS), **kwargs)


def _short_list(item, max_length: int = 50):
    return fields.List(item, load_default=list, validate=validate.Length(max=max_length))


def _rows(schema):
    return fields.List(
        fields.Nested(schema), load_default=list, validate=validate.Length(max=_MAX_ROWS)
    )


def _optional(max_length: int):
    return fields.String(
        allow_none=True, load_default=None, validate=validate.Length(max=max_length)
    )


class SettingsDoc(StrictSchema):
    name = text(200, load_default="")
    signature = text(2000, load_default="")
    linkedin_account = one_of(LINKEDIN_ACCOUNTS, load_default="free")
    follow_up_days = fields.Integer(
        load_default=105, validate=validate.Range(min=MIN_FOLLOW_UP_DAYS, max=MAX_FOLLOW_UP_DAYS)
    )
    linkedin_notes_per_month = fields.Integer(load_default=3, validate=validate.Range(0, 100))
    keep_email_body = fields.Boolean(load_default=False)


class CompanyDoc(StrictSchema):
    ref = _ref(required=True)
    name = label(required=True)
    domains = _short_list(fields.String(validate=validate.Length(max=253)), 20)
    aliases = _short_list(label(), 20)
    notes = text(10_000, load_default="")


class ContactDoc(StrictSchema):
    ref = _ref(required=True)
    company_ref = _ref(allow_none=True, load_default=None)
    name = label(required=True)
    preferred_name = _optional(100)
    title = _optional(200)
    email = _optional(254)
    linkedin_url = _optional(2000)
    notes = text(20_000, load_default="")
    warmth = fields.Integer(allow_none=True, load_default=None, validate=validate.Range(1, 5))
    follow_up_days = fields.Integer(
        allow_none=True,
        load_default=None,
        validate=validate.Range(min=MIN_FOLLOW_UP_DAYS, max=MAX_FOLLOW_UP_DAYS),
    )
    do_not_contact = fields.Boolean(load_default=False)
    connection_state = one_of(CONNECTION_STATES, load_default="unknown")
    profile_data = fields.Dict(allow_none=True, load_default=None)


class RoundDoc(StrictSchema):
    kind = one_of(ROUND_KINDS, load_default="other")
    held_on = aware_datetime(allow_none=True, load_default=None)
    duration_minutes = fields.Integer(
        allow_none=True, load_default=None, validate=validate.Range(1, 24 * 60)
    )
    notes = text(20_000, load_default="")
    contact_refs = _short_list(_ref())


class InterviewDoc(StrictSchema):
    ref = _ref(required=True)
    company_ref = _ref(required=True)
    role = label(required=True)
    status = one_of(INTERVIEW_STATUSES, load_default="applied")
    applied_on = fields.Date(allow_none=True, load_default=None)
    rejected_on = fields.Date(allow_none=True, load_default=None)
    posting_url = _optional(2000)
    notes = text(20_000, load_default="")
    rounds = _short_list(fields.Nested(RoundDoc), 100)


class RejectionDoc(StrictSchema):
    interview_ref = _ref(required=True)
    message_id = label(500, required=True)
    received_at = aware_datetime(required=True)
    subject = text(500, load_default="")
    sender_name = text(200, load_default="")
    sender_email = text(254, load_default="")
    excerpt = text(5000, load_default="")
    body = _optional(200_000)


class TouchpointDoc(StrictSchema):
    contact_ref = _ref(allow_none=True, load_default=None)
    interview_ref = _ref(allow_none=True, load_default=None)
    channel = one_of(TOUCHPOINT_CHANNELS, required=True)
    kind = one_of(TOUCHPOINT_KINDS, required=True)
    status = one_of(TOUCHPOINT_STATUSES, load_default="drafted")
    subject = _optional(500)
    text = text(20_000, load_default="")
    occurred_at = aware_datetime(required=True)


class OpeningDoc(StrictSchema):
    company_ref = _ref(required=True)
    title = label(300, required=True)
    url = _optional(2000)
    seen_at = aware_datetime(required=True)


class TemplateDoc(StrictSchema):
    kind = one_of(MESSAGE_KINDS, required=True)
    name = text(100, load_default="")
    tone = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(TONES))
    subject = _optional(500)
    body = text(5000, required=True)


class ExportSchema(StrictSchema):
    format = fields.String(required=True, validate=validate.Equal(EXPORT_FORMAT))
    version = fields.Integer(required=True, validate=validate.Equal(EXPORT_VERSION))
    settings = fields.Nested(SettingsDoc, load_default=dict)
    companies = _rows(CompanyDoc)
    contacts = _rows(ContactDoc)
    interviews = _rows(InterviewDoc)
    rejections = _rows(RejectionDoc)
    touchpoints = _rows(TouchpointDoc)
    openings = _rows(OpeningDoc)
    templates = _rows(TemplateDoc)


class ImportArgsSchema(QueryArgsSchema):
    replace = fields.Boolean(
        load_default=False,
        metadata={"description": "Delete everything the user keeps before importing"},
    )


class ImportResultSchema(StrictSchema):
    imported = fields.Dict(keys=fields.String(), values=fields.Integer())
