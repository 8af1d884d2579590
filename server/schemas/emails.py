"""Emails sent for classification, the detector's answer, and recorded rejections."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate, validates_schema

from server.engines.detect import CATEGORIES
from server.schemas.common import StrictSchema, aware_datetime, label, text

MAX_BATCH = 100
MAX_BODY_CHARS = 200_000
MAX_HTML_CHARS = 500_000


class _EmailFields(StrictSchema):
    subject = text(1000, load_default="")
    from_name = text(320, load_default="")
    from_email = text(320, load_default="")
    body = text(MAX_BODY_CHARS, load_default="")
    body_html = text(MAX_HTML_CHARS, load_default="")
    received_at = aware_datetime(allow_none=True, load_default=None)


class EmailSchema(_EmailFields):
    """One email as the extension reads it; `body` or `body_html` must hold something."""

    message_id = text(500, allow_none=True, load_default=None)

    @validates_schema
    def _has_a_body(self, data, **kwargs):
        if not (data.get("body") or "").strip() and not (data.get("body_html") or "").strip():
            raise ma.ValidationError("Send the email text in body or body_html.", "body")


class EmailBatchSchema(StrictSchema):
    """Up to 100 emails, answered in the same order."""

    emails = fields.List(
        fields.Nested(EmailSchema),
        required=True,
        validate=validate.Length(min=1, max=MAX_BATCH),
    )


class InterviewMatchSchema(ma.Schema):
    """The stored interview an email belongs to and why."""

    id = fields.Integer()
    company = fields.String()
    role = fields.String()
    match = fields.String(metadata={"description": "Why it matched"})


class SenderContactSchema(ma.Schema):
    """The stored contact whose address is the sender's."""

    id = fields.Integer()
    name = fields.String()


class ClassificationSchema(ma.Schema):
    """The detector's answer for one email."""

    category = fields.String(metadata={"enum": list(CATEGORIES)})
    is_rejection = fields.Boolean()
    confidence = fields.Float()
    evidence = fields.List(fields.String())
    company = fields.String(allow_none=True)
    role = fields.String(allow_none=True)
    contact_name = fields.String(allow_none=True)
    language = fields.String()
    interview = fields.Nested(
        InterviewMatchSchema,
        allow_none=True,
        metadata={"description": "The stored interview it belongs to; null for `other` mail"},
    )
    contact = fields.Nested(
        SenderContactSchema,
        allow_none=True,
        metadata={
            "description": "The user's contact whose email address is the sender's "
            "(compared without regard to case), or null"
        },
    )


class ClassificationBatchSchema(ma.Schema):
    """One answer per email, in the order they were sent."""

    results = fields.List(fields.Nested(ClassificationSchema))


class RejectionInSchema(_EmailFields):
    """A rejection email to record on an interview, identified by its message id."""

    message_id = label(500, required=True)


class RejectionSchema(ma.Schema):
    """A recorded rejection."""

    id = fields.Integer()
    interview_id = fields.Integer()
    message_id = fields.String()
    received_at = fields.DateTime()
    subject = fields.String()
    sender_name = fields.String()
    sender_email = fields.String()
    excerpt = fields.String()
    body = fields.String(allow_none=True)
    created_at = fields.DateTime()
