"""Request and response schemas of drafting."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from server.engines.compose import KINDS, TONES
from server.schemas.common import StrictSchema, http_url, label, one_of, text

# Ids are 32-bit integers in the database; a larger one cannot name a row.
_ID_RANGE = validate.Range(min=1, max=2**31 - 1)


class DraftExtrasSchema(StrictSchema):
    """What the user adds to a draft beyond the record."""

    link = http_url(metadata={"description": "A link worth sharing (never put on a card)"})
    link_title = text(200, metadata={"description": "A short title for that link"})
    news = text(300, metadata={"description": "The company's news, e.g. 'the Series B'"})
    progress = text(500, metadata={"description": "The user's own update"})
    opening_title = label(300, metadata={"description": "The title of an opening seen"})
    opening_url = http_url(metadata={"description": "The URL of that opening"})
    looking_for = text(200, metadata={"description": "The kind of role the user is after"})


class DraftRequestSchema(StrictSchema):
    kind = one_of(KINDS, required=True)
    tone = one_of(TONES, load_default="warm")
    interview_id = fields.Integer(allow_none=True, load_default=None, validate=_ID_RANGE)
    contact_id = fields.Integer(
        allow_none=True,
        load_default=None,
        validate=_ID_RANGE,
        metadata={"description": "Without it, one set of drafts per person met in the interview"},
    )
    round_id = fields.Integer(
        allow_none=True,
        load_default=None,
        validate=_ID_RANGE,
        metadata={"description": "The round a thank-you is for (default: the latest)"},
    )
    extras = fields.Nested(DraftExtrasSchema, load_default=dict)


class DraftSchema(ma.Schema):
    text = fields.String()
    subject = fields.String(allow_none=True, metadata={"description": "Emails only"})
    channel = fields.String()
    length = fields.Integer(metadata={"description": "In UTF-16 code units"})
    limit = fields.Integer(allow_none=True)
    personalised_with = fields.List(fields.String())
    missing = fields.List(fields.String())
    tone = fields.String()
    source = fields.String(metadata={"description": "builtin, or template:<id>"})
    contact_id = fields.Integer(allow_none=True, metadata={"description": "Who it is written to"})


class DraftsSchema(ma.Schema):
    drafts = fields.List(fields.Nested(DraftSchema))
