"""The user's profile and settings."""

from marshmallow import fields, validate

from server.models import LINKEDIN_ACCOUNTS, MAX_FOLLOW_UP_DAYS, MIN_FOLLOW_UP_DAYS
from server.schemas.common import StrictSchema, email_address, one_of, text


class MeSchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    email = fields.String(dump_only=True)
    name = text(200)
    signature = text(2000)
    linkedin_account = one_of(LINKEDIN_ACCOUNTS)
    follow_up_days = fields.Integer(
        validate=validate.Range(min=MIN_FOLLOW_UP_DAYS, max=MAX_FOLLOW_UP_DAYS)
    )
    linkedin_notes_per_month = fields.Integer(validate=validate.Range(min=0, max=100))
    keep_email_body = fields.Boolean()
    created_at = fields.DateTime(dump_only=True)


class SignupSchema(StrictSchema):
    email = email_address(required=True)
    name = text(200, load_default="")


class SignupResultSchema(StrictSchema):
    user = fields.Nested(MeSchema)
    token = fields.String(metadata={"description": "Shown once; keep it in the extension"})
